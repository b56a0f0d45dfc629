#include "meetings/placeholderstate.h"

namespace cms {

PlaceholderState PlaceholderState::classify(const PlaceholderPool &pool, int index, const CmsNode *space,
                                            bool detailsRead, const SpaceMeeting *meeting)
{
    PlaceholderState s;
    s.index = index;
    s.placeholderName = pool.nameFor(index);
    s.placeholderUri = pool.uriFor(index);
    if (meeting)
        s.meeting = *meeting;
    if (!space) {
        s.kind = Kind::Inconsistent;
        s.problems.append(tr("No space has the placeholder's URI %1: it was deleted, or its URI was changed.")
                              .arg(s.placeholderUri));
        return s;
    }
    s.spaceId = space->id();
    s.name = space->value(u"name");
    s.detailsRead = detailsRead;
    s.nonMemberAccess = space->value(u"nonMemberAccess") == u"true";
    s.hasPasscode = !space->value(u"passcode").isEmpty();

    if (s.inMeeting()) {
        if (detailsRead && !s.nonMemberAccess)
            s.problems.append(tr("A meeting runs, but non-members may not join: only the space's members get in."));
    } else {
        if (s.name != s.placeholderName)
            //: %1: the space's name, %2: the placeholder's own name
            s.problems.append(tr("No meeting runs, but the space is named “%1” instead of “%2”: a meeting may have "
                                 "ended without the placeholder being put back.")
                                  .arg(s.name, s.placeholderName));
        if (detailsRead && s.nonMemberAccess)
            s.problems.append(tr("No meeting runs, but non-members may join: anyone who knows the URI can start a "
                                 "call in this placeholder."));
        if (detailsRead && s.hasPasscode)
            s.problems.append(tr("No meeting runs, but the space still has a meeting's passcode."));
    }
    s.kind = !s.problems.isEmpty() ? Kind::Inconsistent : s.inMeeting() ? Kind::InMeeting : Kind::Free;
    return s;
}

QString PlaceholderState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Free:
        return tr("free", "placeholder state");
    case Kind::InMeeting:
        return tr("in a meeting", "placeholder state");
    case Kind::Inconsistent:
        return tr("inconsistent", "placeholder state");
    }
    return {};
}

} // namespace cms
