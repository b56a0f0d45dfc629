// The words people read for the values of enumerated fields (FieldDef::valueText). The API's values
// are camel-case identifiers ("remainActivated"); a translated UI never shows them as text, only in a
// tooltip. tst_schema checks that every enumerated value of every type has a phrase here.
#include "schema/schema.h"

#include <QCoreApplication>

namespace cms {

namespace {

constexpr char valueContext[] = "SchemaValue";

struct ValuePhrase
{
    const char16_t *field;   // nullptr: any field with this value
    const char16_t *value;
    const char *phrase;      // English, marked for translation under "SchemaValue"
};

// A value's meaning may depend on its field ("required" passcode mode vs. "required" encryption):
// a phrase for the field comes first, then one for any field.
const ValuePhrase phrases[] = {
    // Layouts
    {nullptr, u"allEqual", QT_TRANSLATE_NOOP("SchemaValue", "All equal")},
    {nullptr, u"speakerOnly", QT_TRANSLATE_NOOP("SchemaValue", "Speaker only")},
    {nullptr, u"telepresence", QT_TRANSLATE_NOOP("SchemaValue", "Telepresence")},
    {nullptr, u"stacked", QT_TRANSLATE_NOOP("SchemaValue", "Stacked")},
    {nullptr, u"allEqualQuarters", QT_TRANSLATE_NOOP("SchemaValue", "All equal, 2 × 2")},
    {nullptr, u"allEqualNinths", QT_TRANSLATE_NOOP("SchemaValue", "All equal, 3 × 3")},
    {nullptr, u"allEqualSixteenths", QT_TRANSLATE_NOOP("SchemaValue", "All equal, 4 × 4")},
    {nullptr, u"allEqualTwentyFifths", QT_TRANSLATE_NOOP("SchemaValue", "All equal, 5 × 5")},
    {nullptr, u"onePlusFive", QT_TRANSLATE_NOOP("SchemaValue", "One large and five small")},
    {nullptr, u"onePlusSeven", QT_TRANSLATE_NOOP("SchemaValue", "One large and seven small")},
    {nullptr, u"onePlusNine", QT_TRANSLATE_NOOP("SchemaValue", "One large and nine small")},
    {nullptr, u"onePlusN", QT_TRANSLATE_NOOP("SchemaValue", "One large and the others small")},
    {nullptr, u"automatic", QT_TRANSLATE_NOOP("SchemaValue", "Automatic")},
    // Recording and streaming
    {nullptr, u"disabled", QT_TRANSLATE_NOOP("SchemaValue", "Off")},
    {nullptr, u"manual", QT_TRANSLATE_NOOP("SchemaValue", "Started by a participant")},
    // Who sees a space
    {nullptr, u"public", QT_TRANSLATE_NOOP("SchemaValue", "Public")},
    {nullptr, u"private", QT_TRANSLATE_NOOP("SchemaValue", "Private")},
    {nullptr, u"member", QT_TRANSLATE_NOOP("SchemaValue", "Members only")},
    // Lock
    {u"lockMode", u"all", QT_TRANSLATE_NOOP("SchemaValue", "Everyone")},
    {u"lockMode", u"needsActivation", QT_TRANSLATE_NOOP("SchemaValue", "Those who wait for a host")},
    // An empty passcode
    {u"passcodeMode", u"required", QT_TRANSLATE_NOOP("SchemaValue", "Must be entered")},
    {u"passcodeMode", u"timeout", QT_TRANSLATE_NOOP("SchemaValue", "Accepted after a wait")},
    // When the last host leaves
    {u"deactivationMode", u"deactivate", QT_TRANSLATE_NOOP("SchemaValue", "Guests wait for a host again")},
    {u"deactivationMode", u"disconnect", QT_TRANSLATE_NOOP("SchemaValue", "Guests are disconnected")},
    {u"deactivationMode", u"remainActivated", QT_TRANSLATE_NOOP("SchemaValue", "The meeting goes on")},
    // Video quality
    {nullptr, u"unrestricted", QT_TRANSLATE_NOOP("SchemaValue", "Unrestricted")},
    {nullptr, u"max1080p30", QT_TRANSLATE_NOOP("SchemaValue", "Up to 1080p at 30 frames/s")},
    {nullptr, u"max720p30", QT_TRANSLATE_NOOP("SchemaValue", "Up to 720p at 30 frames/s")},
    {nullptr, u"max480p30", QT_TRANSLATE_NOOP("SchemaValue", "Up to 480p at 30 frames/s")},
    {nullptr, u"max720p5", QT_TRANSLATE_NOOP("SchemaValue", "Up to 720p at 5 frames/s")},
    // Participant counter
    {nullptr, u"never", QT_TRANSLATE_NOOP("SchemaValue", "Never")},
    {nullptr, u"auto", QT_TRANSLATE_NOOP("SchemaValue", "When it helps")},
    {nullptr, u"always", QT_TRANSLATE_NOOP("SchemaValue", "Always")},
    // SIP media encryption
    {nullptr, u"optional", QT_TRANSLATE_NOOP("SchemaValue", "Optional")},
    {nullptr, u"required", QT_TRANSLATE_NOOP("SchemaValue", "Required")},
    {nullptr, u"prohibited", QT_TRANSLATE_NOOP("SchemaValue", "Not allowed")},
    // Bulk space synchronisation
    {nullptr, u"pending", QT_TRANSLATE_NOOP("SchemaValue", "Waiting")},
    {nullptr, u"running", QT_TRANSLATE_NOOP("SchemaValue", "In progress")},
    {nullptr, u"complete", QT_TRANSLATE_NOOP("SchemaValue", "Done")},
    {nullptr, u"failedCoSpaceUriConflict", QT_TRANSLATE_NOOP("SchemaValue", "Failed: a URI is already in use")},
    {nullptr, u"failedCallIdConflict", QT_TRANSLATE_NOOP("SchemaValue", "Failed: a call ID is already in use")},
    {nullptr, u"failedIndexRangeInvalid", QT_TRANSLATE_NOOP("SchemaValue", "Failed: the index range is not valid")},
    {nullptr, u"failedIndexRangeTooGreat", QT_TRANSLATE_NOOP("SchemaValue", "Failed: the index range is too large")},
    {nullptr, u"failedNoSuchParameterSet", QT_TRANSLATE_NOOP("SchemaValue", "Failed: the parameter set does not exist")},
    {nullptr, u"failed", QT_TRANSLATE_NOOP("SchemaValue", "Failed")},
    // Call legs
    {nullptr, u"incoming", QT_TRANSLATE_NOOP("SchemaValue", "Incoming")},
    {nullptr, u"outgoing", QT_TRANSLATE_NOOP("SchemaValue", "Outgoing")},
    {nullptr, u"initial", QT_TRANSLATE_NOOP("SchemaValue", "Starting")},
    {nullptr, u"ringing", QT_TRANSLATE_NOOP("SchemaValue", "Ringing")},
    {nullptr, u"connected", QT_TRANSLATE_NOOP("SchemaValue", "Connected")},
    {nullptr, u"onHold", QT_TRANSLATE_NOOP("SchemaValue", "On hold")},
};

const char *phraseFor(QStringView field, QStringView value)
{
    for (const ValuePhrase &p : phrases) {
        if (p.field && field == QStringView(p.field) && value == QStringView(p.value))
            return p.phrase;
    }
    for (const ValuePhrase &p : phrases) {
        if (!p.field && value == QStringView(p.value))
            return p.phrase;
    }
    return nullptr;
}

} // namespace

bool FieldDef::hasValueText(const QString &value) const
{
    return phraseFor(name, value) != nullptr;
}

QString FieldDef::valueText(const QString &value) const
{
    const char *phrase = type == FieldType::Enum ? phraseFor(name, value) : nullptr;
    return phrase ? QCoreApplication::translate(valueContext, phrase) : value;
}

} // namespace cms
