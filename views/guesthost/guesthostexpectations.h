#pragma once

#include "config/effectivesettings.h"
#include "config/guesthostcheck.h"
#include "config/guesthostsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace views {

// What a space set up with a pattern must do for the people joining it, each said in words and found
// met or not in what was read back: the effective settings (a guest waits in the lobby, the host
// does not; pattern 3's empty guest PIN) and the check of the whole chain (GuestHostCheck).
struct GuestHostExpectation
{
    enum class Group { Guest, Host, Check };

    Group group = Group::Guest;
    QString text;   // translated: what should be so
    bool met = false;
};

class GuestHostExpectations
{
    Q_DECLARE_TR_FUNCTIONS(GuestHostExpectations)

public:
    static QList<GuestHostExpectation> list(const cms::GuestHostSettings &settings, const cms::EffectiveSettings &effective,
                                            const cms::GuestHostDiagnosis &diagnosis);
    // "For a guest", "For the host", "The check": translated.
    static QString groupTitle(GuestHostExpectation::Group group);
    // The words for a deactivationMode value ("Guests go back to the lobby").
    static QString deactivationText(const QString &mode);
    // The host's way in, as the settings mean it: an access method or (pattern 4) a member; null when none.
    static const cms::JoinWay *hostWay(const cms::GuestHostSettings &settings, const cms::EffectiveSettings &effective);
};

} // namespace views
