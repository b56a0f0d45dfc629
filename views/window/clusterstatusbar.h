#pragma once

#include <QPointer>
#include <QStatusBar>

class QLabel;

namespace cms {
class ClusterSession;
}

namespace views {

// The main window's status bar for the current cluster: the endpoint taking the configuration
// traffic, the failover state and how live updates arrive (events or polling).
class ClusterStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit ClusterStatusBar(QWidget *parent = nullptr);

    void setSession(cms::ClusterSession *session);
    cms::ClusterSession *session() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    QPointer<cms::ClusterSession> m_session;
    QLabel *m_endpoint = nullptr;
    QLabel *m_failover = nullptr;
    QLabel *m_live = nullptr;
};

} // namespace views
