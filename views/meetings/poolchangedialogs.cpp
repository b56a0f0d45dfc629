#include "meetings/poolchangedialogs.h"

#include "common/displayformat.h"
#include "meetings/pooloperations.h"

#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace views {

GrowPoolDialog::GrowPoolDialog(cms::ClusterSession &session, cms::PlaceholderPool pool, QWidget *parent)
    : PoolOperationDialog(session, parent)
    , m_pool(std::move(pool))
{
    setObjectName(QStringLiteral("growPoolDialog"));
    auto *page = new QWidget(this);
    m_intro = new QLabel(page);
    m_intro->setWordWrap(true);
    m_countLabel = new QLabel(page);
    m_count = new QSpinBox(page);
    m_count->setObjectName(QStringLiteral("growCount"));
    m_count->setRange(1, 100000);
    m_count->setValue(10);
    m_countLabel->setBuddy(m_count);
    m_range = new QLabel(page);
    m_range->setObjectName(QStringLiteral("growRange"));
    m_range->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(m_countLabel, m_count);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_range);
    layout->addStretch(1);
    setSetupPage(page);
    connect(m_count, &QSpinBox::valueChanged, this, &GrowPoolDialog::retranslateUi);
    setFactory([this](cms::Connection &connection, QObject *owner) -> cms::PoolBulkOperation * {
        return new cms::PoolAddRangeOperation(connection, cms::PoolAddRangeOperation::Mode::Grow, m_pool,
                                              m_count->value(), 1, owner);
    });
    retranslateUi();
    setReady(true);
    m_count->setFocus();
}

QString GrowPoolDialog::successText() const
{
    //: %1: the pool's name pattern
    return tr("The pool “%1” has %n more placeholder(s), each checked on the cluster.", nullptr, m_count->value())
        .arg(models::DisplayFormat::isolated(m_pool.nameMapping));
}

void GrowPoolDialog::retranslateUi()
{
    PoolOperationDialog::retranslateUi();
    setWindowTitle(tr("Grow Placeholder Pool"));
    //: %1: the pool's name pattern
    m_intro->setText(tr("The pool “%1” has %n placeholder(s). New ones come after its last index, with its "
                        "patterns and profiles.", nullptr, m_pool.size())
                         .arg(models::DisplayFormat::isolated(m_pool.nameMapping)));
    m_countLabel->setText(tr("&Placeholders to add:"));
    m_count->setAccessibleName(tr("Placeholders to add"));
    const int first = m_pool.lastIndex() + 1;
    const int last = first + m_count->value() - 1;
    //: %1, %2: the first and last new placeholder's names
    m_range->setText(tr("From %1 to %2.").arg(models::DisplayFormat::isolated(m_pool.nameFor(first)),
                                            models::DisplayFormat::isolated(m_pool.nameFor(last))));
}

RemovePoolDialog::RemovePoolDialog(cms::ClusterSession &session, cms::PlaceholderPool pool, QWidget *parent)
    : PoolOperationDialog(session, parent)
    , m_pool(std::move(pool))
{
    setObjectName(QStringLiteral("removePoolDialog"));
    m_question = new QLabel(this);
    m_question->setObjectName(QStringLiteral("removeQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setSetupPage(m_question);
    setFactory([this](cms::Connection &connection, QObject *owner) -> cms::PoolBulkOperation * {
        return new cms::PoolRemoveOperation(connection, m_pool.nameMapping, owner);
    });
    retranslateUi();
    setReady(true);
}

QString RemovePoolDialog::successText() const
{
    //: %1: the pool's name pattern
    return tr("The pool “%1” and its %n placeholder(s) were removed.", nullptr, m_pool.size())
        .arg(models::DisplayFormat::isolated(m_pool.nameMapping));
}

void RemovePoolDialog::retranslateUi()
{
    PoolOperationDialog::retranslateUi();
    setWindowTitle(tr("Remove Placeholder Pool"));
    //: %1: the pool's name pattern
    m_question->setText(tr("Remove the pool “%1” and its %n placeholder(s)? Their spaces are deleted from the "
                           "cluster; a scheduler that counts on them can no longer start meetings in them. "
                           "It is refused while a placeholder holds a meeting.", nullptr, m_pool.size())
                            .arg(models::DisplayFormat::isolated(m_pool.nameMapping)));
}

} // namespace views
