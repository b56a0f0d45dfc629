#pragma once

#include "config/effectivesettings.h"
#include "config/guesthostcheck.h"

#include <QPointer>
#include <QWizardPage>
#include <optional>

class QLabel;
class QTreeWidget;

namespace cms {
class EffectiveSettingsLoader;
class GuestHostReader;
} // namespace cms

namespace views {

class GuestHostWizard;

// The wizard's last page: each space set up (or found already right) is read back, its effective
// settings (cms::EffectiveSettingsLoader) and the chain the check walks (cms::GuestHostReader,
// GuestHostCheck), and what a guest and the host must get is listed, each met or not
// (GuestHostExpectations). Several spaces: one branch each.
class GuestHostVerifyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestHostVerifyPage(GuestHostWizard *wizard);
    ~GuestHostVerifyPage() override;

    QTreeWidget *expectationTree() const { return m_tree; }
    QLabel *statusLabel() const { return m_status; }
    bool isVerified() const { return m_verified; }
    // Expectations not met, over every space read back.
    int unmetCount() const { return m_unmet; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void verified();

private:
    void verifyNext();
    void partRead();
    void showSpace(int index);
    void finish();

    GuestHostWizard *m_wizard;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPointer<cms::EffectiveSettingsLoader> m_loader;
    QPointer<cms::GuestHostReader> m_reader;
    std::optional<cms::EffectiveSettings> m_effective;
    QString m_readError;
    QList<int> m_queue;   // entries to read back
    int m_current = -1;
    int m_met = 0;
    int m_unmet = 0;
    bool m_verified = false;
};

} // namespace views
