#pragma once

#include "api/cmsnode.h"
#include "meetings/placeholderpool.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cms {

// The meeting running in a space, as the call bridges report it: one call instance per bridge.
struct SpaceMeeting
{
    QString callId;          // the first instance found
    int endpointIndex = -1;  // the bridge holding that instance
    int participants = 0;    // over every instance
    int instances = 0;

    bool operator==(const SpaceMeeting &other) const = default;
};

// One placeholder of a pool and what it is doing: free, in a meeting (with its live participant
// count), or inconsistent (each problem said in words).
struct PlaceholderState
{
    Q_DECLARE_TR_FUNCTIONS(cms::PlaceholderState)

public:
    enum class Kind { Free, InMeeting, Inconsistent };

    int index = -1;
    QString placeholderName;   // what the pool's name pattern makes
    QString placeholderUri;
    QString spaceId;           // empty: no space has the placeholder's URI
    QString name;              // the space's name now
    bool detailsRead = false;  // nonMemberAccess and passcode below come from the space's own page
    bool nonMemberAccess = false;
    bool hasPasscode = false;
    SpaceMeeting meeting;      // callId empty: no meeting
    Kind kind = Kind::Free;
    QStringList problems;      // translated, for Inconsistent

    bool inMeeting() const { return !meeting.callId.isEmpty(); }
    bool operator==(const PlaceholderState &other) const = default;

    // Works out the state of placeholder `index` from its space (null when none has its URI; a list
    // item or the space's own page, `detailsRead` saying which) and its meeting (null when none).
    static PlaceholderState classify(const PlaceholderPool &pool, int index, const CmsNode *space, bool detailsRead,
                                     const SpaceMeeting *meeting);
    static QString kindName(Kind kind);   // translated: "free", "in a meeting", "inconsistent"
};

} // namespace cms
