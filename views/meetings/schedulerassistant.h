#pragma once

#include <QDialog>

class QTabWidget;

namespace cms {
class ClusterSession;
class Connection;
class MeetingEndLog;
struct OperationResult;
} // namespace cms

namespace views {

class SchedulerCommandsPage;
class SchedulerReadinessPanel;
class TemporarySpacesPage;

// The CMS scheduler set-up assistant (3.3+), three pages: what the API must hold and its creation
// (SchedulerReadinessPanel), the server console commands for the rest (SchedulerCommandsPage), and
// the temporary spaces the scheduler made with when each is deleted (TemporarySpacesPage). It does not
// close while the readiness changes run.
class SchedulerAssistant : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Readiness, Commands, TemporarySpaces };

    // `version`: the server's (Schema::versionNumber()); `ends` may be null.
    SchedulerAssistant(cms::Connection &connection, int version, const cms::MeetingEndLog *ends,
                       QWidget *parent = nullptr);
    ~SchedulerAssistant() override;

    // Opens the assistant for an open session on `page`, window-modal, deleted once closed; null when
    // the session is not open. For the Profiles pane's "Scheduler Ready Check" and the Meetings section.
    static SchedulerAssistant *openFor(cms::ClusterSession &session, Page page, QWidget *parent);

    void showPage(Page page);
    Page currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    SchedulerReadinessPanel *readinessPanel() const { return m_readiness; }
    SchedulerCommandsPage *commandsPage() const { return m_commands; }
    TemporarySpacesPage *temporarySpacesPage() const { return m_spaces; }

    void reject() override;

Q_SIGNALS:
    // The readiness changes ended (what they created appears in the profile lists).
    void setupFinished(const cms::OperationResult &result);

private:
    QTabWidget *m_tabs;
    SchedulerReadinessPanel *m_readiness;
    SchedulerCommandsPage *m_commands;
    TemporarySpacesPage *m_spaces;
};

} // namespace views
