#pragma once

#include <QString>

namespace cmssim {

// A CMS software version reduced to what gates features: major * 100 + minor ("3.8.1" -> 308,
// "2.0(RC)" -> 200). The full text is kept for /system/status.
struct SimVersion
{
    QString text = QStringLiteral("3.8.1");
    int number = 308;

    static SimVersion parse(const QString &text);   // falls back to 0 when unreadable
    bool atLeast(int required) const { return required == 0 || number >= required; }
    bool isValid() const { return number > 0; }
};

// Versions at which features appear, as the real product gained them.
namespace since {
constexpr int participantMoves = 206;
constexpr int events = 209;
constexpr int templates = 209;
constexpr int lobbyAdmit = 209;
constexpr int accessMethodName = 209;
constexpr int dialInSecurity = 300;
constexpr int webAppMoves = 302;
constexpr int memberScope = 302;
} // namespace since

} // namespace cmssim
