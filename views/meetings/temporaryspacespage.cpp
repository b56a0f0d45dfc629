#include "meetings/temporaryspacespage.h"

#include "meetings/temporaryspaces.h"
#include "meetings/temporaryspacesreader.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace views {

TemporarySpacesPage::TemporarySpacesPage(cms::Connection &connection, const cms::MeetingEndLog *ends, QWidget *parent)
    : QWidget(parent)
    , m_reader(new cms::TemporarySpacesReader(connection, ends, this))
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_refresh(new QPushButton(this))
{
    setObjectName(QStringLiteral("temporarySpacesPage"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("The scheduler makes a space for a meeting booked without one. The server deletes it in a job that "
                        "runs every day at 01:15 GMT, once the meeting ended 24 hours or more before. Listed: the spaces "
                        "a meeting scheduler made. Times are in your time zone, with GMT beside."));
    m_table->setObjectName(QStringLiteral("temporarySpaces"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Space"), tr("URI"), tr("Meeting"), tr("Deleted at")});
    m_table->setAccessibleName(tr("Temporary spaces"));
    m_table->setAccessibleDescription(tr("One row per space the scheduler made: its name, its URI, whether its meeting "
                                         "is running, and when the server deletes it"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("temporarySpacesStatus"));
    m_status->setWordWrap(true);
    m_refresh->setObjectName(QStringLiteral("temporarySpacesRefresh"));
    m_refresh->setText(tr("&Refresh"));
    m_refresh->setToolTip(tr("Read the spaces and the calls again (F5)"));
    auto *refreshKey = new QAction(this);
    refreshKey->setShortcut(QKeySequence::Refresh);
    refreshKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refreshKey);
    connect(refreshKey, &QAction::triggered, this, &TemporarySpacesPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &TemporarySpacesPage::refresh);

    connect(m_reader, &cms::TemporarySpacesReader::progress, this, [this](qint64 done, qint64 total) {
        //: %1 and %2: numbers of spaces
        m_status->setText(tr("Reading the spaces… %1 of %2").arg(locale().toString(done), locale().toString(total)));
    });
    connect(m_reader, &cms::TemporarySpacesReader::finished, this, [this] {
        m_refresh->setEnabled(true);
        if (!m_reader->error().isOk()) {
            m_status->setText(tr("The spaces could not be read: %1").arg(m_reader->error().message()));
        } else {
            showSpaces(QDateTime::currentDateTimeUtc());
        }
        Q_EMIT refreshed();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

TemporarySpacesPage::~TemporarySpacesPage() = default;

void TemporarySpacesPage::refreshOnce()
{
    if (!m_readOnce)
        refresh();
}

void TemporarySpacesPage::refresh()
{
    if (m_reader->isReading())
        return;
    m_readOnce = true;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Reading the spaces and the calls…"));
    m_reader->read();
}

void TemporarySpacesPage::showSpaces(const QDateTime &now)
{
    const QList<cms::TemporarySpace> &spaces = m_reader->spaces();
    m_table->setRowCount(int(spaces.size()));
    for (int row = 0; row < spaces.size(); ++row) {
        const cms::TemporarySpace &space = spaces.at(row);
        const auto cell = [this, row](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            m_table->setItem(row, column, item);
            return item;
        };
        cell(Space, space.name)->setData(Qt::UserRole, space.id);
        cell(Uri, space.uri);
        cell(Meeting, space.meetingText());
        cell(DeletedAt, space.deletionText(now, locale()))->setData(Qt::UserRole, space.deletedAt(now));
    }
    m_table->resizeColumnToContents(Space);
    m_table->resizeColumnToContents(Uri);
    m_table->resizeColumnToContents(Meeting);
    m_table->resizeRowsToContents();
    QStringList lines;
    lines << (spaces.isEmpty() ? tr("No space made by a meeting scheduler.")
                               : tr("%n temporary space(s).", nullptr, int(spaces.size())));
    lines << m_reader->bridgeProblems();
    m_status->setText(lines.join(QLatin1Char('\n')));
}

} // namespace views
