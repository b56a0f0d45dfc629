#include "guesthost/guesthostpatternpage.h"

#include "common/displayformat.h"
#include "guesthost/guesthostpatterndiagram.h"
#include "guesthost/guesthostwizard.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace views {

using Pattern = cms::GuestHostSettings::Pattern;

namespace {

const Pattern kPatterns[] = {Pattern::DifferentUri, Pattern::SamePinDiffers, Pattern::EmptyGuestPin, Pattern::HostIsMember};

} // namespace

GuestHostPatternPage::GuestHostPatternPage(GuestHostWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("guestHostPatternPage"));
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(12);
    int cell = 0;
    for (Pattern pattern : kPatterns) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *button = new QRadioButton(frame);   // the four share their parent's exclusive group
        button->setObjectName(QStringLiteral("patternButton%1").arg(int(pattern)));
        auto *diagram = new GuestHostPatternDiagram(pattern, frame);
        auto *text = new QLabel(frame);
        text->setObjectName(QStringLiteral("patternText%1").arg(int(pattern)));
        text->setWordWrap(true);
        text->setAlignment(Qt::AlignTop | Qt::AlignLeading);
        box->addWidget(button);
        box->addWidget(diagram);
        box->addWidget(text, 1);
        m_group->addButton(button, int(pattern));
        m_buttons.append(button);
        m_diagrams.append(diagram);
        m_texts.append(text);
        grid->addWidget(frame, cell / 2, cell % 2);
        ++cell;
    }
    // Radio buttons in different frames: the group keeps them exclusive, arrow keys move through
    // them as the frames are in one tab chain.
    for (int i = 0; i + 1 < m_buttons.size(); ++i) {
        QWidget::setTabOrder(m_buttons.at(i), m_buttons.at(i + 1));
    }
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_wizard->form().pattern = Pattern(id);
        Q_EMIT completeChanged();
    });
    retranslateUi();
}

QRadioButton *GuestHostPatternPage::button(Pattern pattern) const
{
    return m_buttons.value(int(pattern) - 1);
}

GuestHostPatternDiagram *GuestHostPatternPage::diagram(Pattern pattern) const
{
    return m_diagrams.value(int(pattern) - 1);
}

QString GuestHostPatternPage::whenToChoose(Pattern pattern)
{
    switch (pattern) {
    case Pattern::DifferentUri:
        return tr("SIP and the web app. Hosts get a URI and call ID of their own, so no PIN is needed to tell them "
                  "apart; guests may still have a PIN. Choose it when hosts can be given another address.");
    case Pattern::SamePinDiffers:
        return tr("SIP and the web app. Everybody dials the same URI; the PIN entered says who is a host. Choose it "
                  "when guests have a PIN anyway.");
    case Pattern::EmptyGuestPin:
        return tr("SIP callers only: web app joins are not affected. Guests enter no PIN (they press # or wait), "
                  "hosts enter theirs. Choose it when guests must get in without a PIN.");
    case Pattern::HostIsMember:
        return tr("The web app. The host signs in as a member of the space and owns it; guests dial its URI. "
                  "Choose it when the host has a user account; a host PIN for SIP is optional.");
    }
    return {};
}

void GuestHostPatternPage::initializePage()
{
    if (QAbstractButton *checked = m_group->checkedButton())
        checked->setFocus();
    else
        m_buttons.first()->setFocus();
}

bool GuestHostPatternPage::isComplete() const
{
    return m_group->checkedButton() != nullptr;
}

void GuestHostPatternPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void GuestHostPatternPage::retranslateUi()
{
    setTitle(tr("Choose a Pattern"));
    //: %1: what the wizard works on ("the space “Board”", "3 spaces", "a new space")
    setSubTitle(tr("How guests and hosts reach %1: guests wait in the lobby until a host joins.").arg(m_wizard->targetText()));
    for (int i = 0; i < m_buttons.size(); ++i) {
        const Pattern pattern = kPatterns[i];
        //: A pattern's radio button: %1 its number (the mnemonic), %2 its name
        m_buttons.at(i)->setText(tr("&%1 %2").arg(int(pattern)).arg(cms::GuestHostInputs::patternName(pattern)));
        m_buttons.at(i)->setAccessibleDescription(whenToChoose(pattern));
        m_texts.at(i)->setText(models::DisplayFormat::inLayoutDirection(whenToChoose(pattern)));
    }
}

} // namespace views
