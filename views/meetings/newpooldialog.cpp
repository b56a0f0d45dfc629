#include "meetings/newpooldialog.h"

#include "cluster/clustersession.h"
#include "common/displayformat.h"
#include "config/profilelabels.h"
#include "meetings/pooloperations.h"
#include "net/collectionpager.h"
#include "net/connection.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

namespace {

// A pattern that is right, to check another field alone against problems().
const QString kGoodPattern = QStringLiteral("p$index$");

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::Link);   // stands out in every theme, as SchemaForm's field errors
    label->hide();
    return label;
}

void showProblems(QLabel *label, QWidget *field, const QStringList &problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
    // A screen reader hears the problem with the field.
    field->setAccessibleDescription(problems.join(QLatin1Char(' ')));
}

} // namespace

NewPoolDialog::NewPoolDialog(cms::ClusterSession &session, const cms::ProfileLabels *labels, QWidget *parent)
    : PoolOperationDialog(session, parent)
    , m_labels(labels)
    , m_clusterId(session.profile().id)
{
    setObjectName(QStringLiteral("newPoolDialog"));
    auto *page = new QWidget(this);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);
    m_nameLabel = new QLabel(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("poolNamePattern"));
    m_nameProblem = problemLabel(page, QStringLiteral("poolNameProblem"));
    m_uriLabel = new QLabel(page);
    m_uri = new QLineEdit(page);
    m_uri->setObjectName(QStringLiteral("poolUriPattern"));
    m_uriProblem = problemLabel(page, QStringLiteral("poolUriProblem"));
    m_callIdLabel = new QLabel(page);
    m_callId = new QLineEdit(page);
    m_callId->setObjectName(QStringLiteral("poolCallIdPattern"));
    m_callIdProblem = problemLabel(page, QStringLiteral("poolCallIdProblem"));
    m_countLabel = new QLabel(page);
    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("poolCount"));
    m_count->setRange(1, 100000);
    m_count->setValue(10);
    m_firstLabel = new QLabel(page);
    m_first = new QSpinBox(page);
    m_first->setObjectName(QStringLiteral("poolFirstIndex"));
    m_first->setRange(0, 99999999);
    m_first->setValue(1);
    m_rangeProblem = problemLabel(page, QStringLiteral("poolRangeProblem"));
    m_callProfileLabel = new QLabel(page);
    m_callProfile = new QComboBox(page);
    m_callProfile->setObjectName(QStringLiteral("poolCallProfile"));
    m_callLegProfileLabel = new QLabel(page);
    m_callLegProfile = new QComboBox(page);
    m_callLegProfile->setObjectName(QStringLiteral("poolCallLegProfile"));
    m_firstPreviewLabel = new QLabel(page);
    m_firstPreview = new QLabel(page);
    m_firstPreview->setObjectName(QStringLiteral("poolFirstPreview"));
    m_lastPreviewLabel = new QLabel(page);
    m_lastPreview = new QLabel(page);
    m_lastPreview->setObjectName(QStringLiteral("poolLastPreview"));
    for (QLabel *preview : {m_firstPreview, m_lastPreview}) {
        preview->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    }
    m_nameLabel->setBuddy(m_name);
    m_uriLabel->setBuddy(m_uri);
    m_callIdLabel->setBuddy(m_callId);
    m_countLabel->setBuddy(m_count);
    m_firstLabel->setBuddy(m_first);
    m_callProfileLabel->setBuddy(m_callProfile);
    m_callLegProfileLabel->setBuddy(m_callLegProfile);
    m_firstPreviewLabel->setBuddy(m_firstPreview);
    m_lastPreviewLabel->setBuddy(m_lastPreview);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(m_uriLabel, m_uri);
    form->addRow(QString(), m_uriProblem);
    form->addRow(m_callIdLabel, m_callId);
    form->addRow(QString(), m_callIdProblem);
    form->addRow(m_countLabel, m_count);
    form->addRow(m_firstLabel, m_first);
    form->addRow(QString(), m_rangeProblem);
    form->addRow(m_callProfileLabel, m_callProfile);
    form->addRow(m_callLegProfileLabel, m_callLegProfile);
    form->addRow(m_firstPreviewLabel, m_firstPreview);
    form->addRow(m_lastPreviewLabel, m_lastPreview);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addStretch(1);
    setSetupPage(page);

    m_callProfile->addItem(QString(), QString());
    m_callLegProfile->addItem(QString(), QString());
    auto edited = [this](int field) {
        return [this, field] {
            m_edited[field] = true;
            check();
        };
    };
    connect(m_name, &QLineEdit::textEdited, this, edited(0));
    connect(m_uri, &QLineEdit::textEdited, this, edited(1));
    connect(m_callId, &QLineEdit::textEdited, this, edited(2));
    connect(m_count, &QSpinBox::valueChanged, this, &NewPoolDialog::check);
    connect(m_first, &QSpinBox::valueChanged, this, &NewPoolDialog::check);
    setFactory([this](cms::Connection &connection, QObject *owner) -> cms::PoolBulkOperation * {
        return new cms::PoolAddRangeOperation(connection, cms::PoolAddRangeOperation::Mode::Create, pool(),
                                              m_count->value(), m_first->value(), owner);
    });
    retranslateUi();
    if (cms::Connection *connection = session.connection())
        loadProfiles(*connection);
    check();
    m_name->setFocus();
}

cms::PlaceholderPool NewPoolDialog::pool() const
{
    cms::PlaceholderPool pool;
    pool.nameMapping = m_name->text().trimmed();
    pool.uriMapping = m_uri->text().trimmed();
    pool.callIdMapping = m_callId->text().trimmed();
    pool.callProfile = m_callProfile->currentData().toString();
    pool.callLegProfile = m_callLegProfile->currentData().toString();
    return pool;
}

cms::PlaceholderPool::Range NewPoolDialog::range() const
{
    return {QString(), m_first->value(), m_first->value() + m_count->value() - 1};
}

QString NewPoolDialog::successText() const
{
    //: %1: the pool's name pattern
    return tr("The pool “%1” was created: %n placeholder(s), each checked on the cluster.", nullptr, m_count->value())
        .arg(models::DisplayFormat::isolated(m_name->text().trimmed()));
}

void NewPoolDialog::retranslateUi()
{
    PoolOperationDialog::retranslateUi();
    setWindowTitle(tr("New Placeholder Pool"));
    // The token on a line of its own: in a wrapped right-to-left line, Qt measures a run such as
    // "$index$" short, and the line's end is cut off.
    m_intro->setText(tr("A scheduler starts its meetings in placeholder spaces made in bulk; non-members may not "
                        "join a free placeholder. Each pattern holds this token once, which becomes the "
                        "placeholder's number:")
                     + QLatin1Char('\n') + cms::PlaceholderPool::indexToken());
    m_nameLabel->setText(tr("N&ame pattern:"));
    m_name->setPlaceholderText(QStringLiteral("TMS_Scheduled_Meeting_$index$"));
    m_name->setAccessibleName(tr("Name pattern"));
    m_uriLabel->setText(tr("&URI pattern:"));
    m_uri->setPlaceholderText(QStringLiteral("tms.meeting.$index$"));
    m_uri->setAccessibleName(tr("URI pattern"));
    m_callIdLabel->setText(tr("Call &ID pattern:"));
    //: Placeholder text of the optional call ID pattern
    m_callId->setPlaceholderText(tr("optional, digits around $index$"));
    m_callId->setAccessibleName(tr("Call ID pattern"));
    m_countLabel->setText(tr("Num&ber of placeholders:"));
    m_count->setAccessibleName(tr("Number of placeholders"));
    m_firstLabel->setText(tr("&First index:"));
    m_first->setAccessibleName(tr("First index"));
    m_callProfileLabel->setText(tr("Call &profile:"));
    m_callProfile->setAccessibleName(tr("Call profile"));
    m_callProfile->setAccessibleDescription(tr("The call profile every placeholder uses; none: the cluster's own"));
    m_callLegProfileLabel->setText(tr("Call &leg profile:"));
    m_callLegProfile->setAccessibleName(tr("Call leg profile"));
    m_callLegProfile->setAccessibleDescription(tr("The call leg profile every placeholder uses; none: the cluster's own"));
    //: Choice of no profile: the placeholders use the cluster's own
    m_callProfile->setItemText(0, tr("(none)"));
    m_callLegProfile->setItemText(0, tr("(none)"));
    m_firstPreviewLabel->setText(tr("First placeholder:"));
    m_firstPreview->setAccessibleName(tr("First placeholder"));
    m_lastPreviewLabel->setText(tr("Last placeholder:"));
    m_lastPreview->setAccessibleName(tr("Last placeholder"));
    check();
}

void NewPoolDialog::loadProfiles(cms::Connection &connection)
{
    m_pendingLoads = 2;
    auto load = [this, &connection](const QString &path, QComboBox *choice, bool named) {
        auto *pager = new cms::CollectionPager(connection, path, {}, this);
        connect(pager, &cms::CollectionPager::finished, this, [this, pager, choice, named] {
            pager->deleteLater();
            if (pager->error().isOk()) {
                for (const cms::CmsNode &item : pager->items()) {
                    // Call leg profiles have a name of their own; call profiles the console's label.
                    const QString own = item.value(u"name");
                    const QString text = named ? (own.isEmpty() ? item.id() : own)
                                               : (m_labels ? m_labels->display(m_clusterId, item.id()) : item.id());
                    choice->addItem(text, item.id());
                    choice->setItemData(choice->count() - 1, item.id(), Qt::ToolTipRole);
                }
            }
            if (--m_pendingLoads == 0)
                Q_EMIT profilesLoaded();
        });
        pager->start();
        return pager;
    };
    m_callProfiles = load(QStringLiteral("callProfiles"), m_callProfile, false);
    m_callLegProfiles = load(QStringLiteral("callLegProfiles"), m_callLegProfile, true);
}

QString NewPoolDialog::previewOf(int index) const
{
    const cms::PlaceholderPool typed = pool();
    auto shown = [](const QString &text) { return models::DisplayFormat::isolated(text); };
    if (typed.callIdMapping.isEmpty())
        //: The preview of one placeholder: %1 its name, %2 its URI
        return tr("Name %1, URI %2").arg(shown(typed.nameFor(index)), shown(typed.uriFor(index)));
    //: The preview of one placeholder: %1 its name, %2 its URI, %3 its call ID
    return tr("Name %1, URI %2, call ID %3").arg(shown(typed.nameFor(index)), shown(typed.uriFor(index)), shown(typed.callIdFor(index)));
}

// Each field checked alone (the others replaced by right ones), so that its problems show under it.
void NewPoolDialog::check()
{
    const cms::PlaceholderPool typed = pool();
    const cms::PlaceholderPool::Range wanted = range();
    const cms::PlaceholderPool::Range good{QString(), 1, 1};
    auto alone = [&](int field) {
        cms::PlaceholderPool p;
        p.nameMapping = field == 0 ? typed.nameMapping : kGoodPattern;
        p.uriMapping = field == 1 ? typed.uriMapping : kGoodPattern;
        p.callIdMapping = field == 2 ? typed.callIdMapping : QString();
        if (field < 3 && !m_edited[field] && (field == 0 ? p.nameMapping : p.uriMapping).isEmpty())
            return QStringList();   // not said before the field is touched; Next stays off
        return p.problems(field == 3 ? wanted : good);
    };
    showProblems(m_nameProblem, m_name, alone(0));
    showProblems(m_uriProblem, m_uri, alone(1));
    showProblems(m_callIdProblem, m_callId, alone(2));
    showProblems(m_rangeProblem, m_count, alone(3));
    // The preview follows the typing, before the patterns are right: it shows what they make.
    const bool previewable = !typed.nameMapping.isEmpty() && wanted.end >= wanted.start;
    m_firstPreview->setText(previewable ? previewOf(wanted.start) : QStringLiteral("—"));
    m_lastPreview->setText(previewable ? previewOf(wanted.end) : QStringLiteral("—"));
    setReady(typed.problems(wanted).isEmpty());
}

} // namespace views
