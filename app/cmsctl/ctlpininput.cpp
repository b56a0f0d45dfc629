#include "ctlpininput.h"

#include "ctlsecretinput.h"

#include <QTextStream>

namespace {

using Pattern = cms::GuestHostSettings::Pattern;

const QString kGuestPin = QStringLiteral("guest-pin");
const QString kHostPin = QStringLiteral("host-pin");

} // namespace

QString CtlPinInput::fromLines(const QStringList &lines, cms::GuestHostSettings &settings)
{
    bool guestGiven = false;
    bool hostGiven = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        const QString key = line.section(QLatin1Char('='), 0, 0).trimmed();
        const QString value = line.section(QLatin1Char('='), 1);
        bool *given = key == kGuestPin ? &guestGiven : key == kHostPin ? &hostGiven : nullptr;
        if (!line.contains(QLatin1Char('=')) || !given)
            //: %1: a line number of the input; the line itself is not shown, it may hold a PIN
            return tr("Line %1 of stdin is not guest-pin=DIGITS or host-pin=DIGITS.").arg(i + 1);
        if (*given)
            //: %1: guest-pin or host-pin
            return tr("%1 is given twice on stdin.").arg(key);
        *given = true;
        (key == kGuestPin ? settings.guestPin : settings.hostPin) = value;
    }
    return {};
}

QString CtlPinInput::fromTerminal(cms::GuestHostSettings &settings, QTextStream &prompt)
{
    // The PINs the pattern takes; where it needs one, Enter alone is no answer the check accepts.
    const bool guest = settings.pattern != Pattern::EmptyGuestPin;
    const bool guestNeeded = settings.pattern == Pattern::SamePinDiffers;
    const bool hostNeeded = settings.pattern == Pattern::SamePinDiffers || settings.pattern == Pattern::EmptyGuestPin;
    auto ask = [&prompt](const QString &question, const QString &again, const QString &differ, QString *pin) {
        prompt << question << Qt::flush;
        QString first;
        if (!CtlSecretInput::readHidden(&first))
            return tr("No PIN was typed: the input ended.");
        if (first.isEmpty()) {
            pin->clear();
            return QString();
        }
        prompt << again << Qt::flush;
        QString second;
        if (!CtlSecretInput::readHidden(&second) || second != first)
            return differ;
        *pin = first;
        return QString();
    };
    QString problem;
    if (guest) {
        problem = ask(guestNeeded ? tr("Guest PIN: ") : tr("Guest PIN (Enter for none): "), tr("Guest PIN again: "),
                      tr("The two guest PINs typed differ."), &settings.guestPin);
        if (!problem.isEmpty())
            return problem;
    }
    return ask(hostNeeded ? tr("Host PIN: ") : tr("Host PIN (Enter for none): "), tr("Host PIN again: "),
               tr("The two host PINs typed differ."), &settings.hostPin);
}
