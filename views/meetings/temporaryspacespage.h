#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cms {
class Connection;
class MeetingEndLog;
class TemporarySpacesReader;
} // namespace cms

namespace views {

// "Temporary spaces", a page of the SchedulerAssistant: the spaces the CMS scheduler made for its
// meetings (cms::TemporarySpacesReader), each with its meeting's state and when the server deletes
// it (the daily 01:15 GMT job), in local time with the GMT time beside. Read the first time the page
// is shown and with Refresh (F5).
class TemporarySpacesPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { Space, Uri, Meeting, DeletedAt, ColumnCount };

    // `ends` may be null: then no meeting's end is known.
    TemporarySpacesPage(cms::Connection &connection, const cms::MeetingEndLog *ends, QWidget *parent = nullptr);
    ~TemporarySpacesPage() override;

    void refresh();
    // Reads once, the first time it is asked (when the page is first shown).
    void refreshOnce();

    QTableWidget *table() const { return m_table; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void refreshed();

private:
    void showSpaces(const QDateTime &now);

    cms::TemporarySpacesReader *m_reader;   // child
    QLabel *m_intro;
    QTableWidget *m_table;
    QLabel *m_status;
    QPushButton *m_refresh;
    bool m_readOnce = false;
};

} // namespace views
