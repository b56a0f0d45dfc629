#pragma once

#include "config/guesthostsettings.h"

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace views {

class GuestHostPatternDiagram;
class GuestHostWizard;

// The wizard's first page: the four patterns side by side, each a radio button (its name, with a
// mnemonic), a diagram of who dials what and who waits, and a line on when to choose it (SIP only or
// the web app too, a PIN or none). Arrow keys move between them.
class GuestHostPatternPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestHostPatternPage(GuestHostWizard *wizard);

    QRadioButton *button(cms::GuestHostSettings::Pattern pattern) const;
    GuestHostPatternDiagram *diagram(cms::GuestHostSettings::Pattern pattern) const;
    // "When to choose it", translated.
    static QString whenToChoose(cms::GuestHostSettings::Pattern pattern);

    void initializePage() override;
    bool isComplete() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    GuestHostWizard *m_wizard;
    QButtonGroup *m_group;
    QList<QRadioButton *> m_buttons;
    QList<GuestHostPatternDiagram *> m_diagrams;
    QList<QLabel *> m_texts;
};

} // namespace views
