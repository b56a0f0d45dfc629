#include "config/guesthostsettings.h"

#include "schema/schema.h"

namespace cms {

namespace {

using Pattern = GuestHostSettings::Pattern;

const FieldDef *schemaField(QStringView collection, QStringView name)
{
    const ObjectType *type = Schema::find(collection);
    return type ? type->field(name) : nullptr;
}

// The API field whose rules an input follows.
const FieldDef *fieldFor(QStringView input)
{
    if (input == GuestHostField::spaceName)
        return schemaField(u"coSpaces", u"name");
    if (input == GuestHostField::spaceUri || input == GuestHostField::hostUri)
        return schemaField(u"coSpaces", u"uri");
    if (input == GuestHostField::spaceCallId || input == GuestHostField::hostCallId)
        return schemaField(u"coSpaces", u"callId");
    if (input == GuestHostField::guestPin || input == GuestHostField::hostPin)
        return schemaField(u"coSpaces", u"passcode");
    if (input == GuestHostField::passcodeMode)
        return schemaField(u"callProfiles", u"passcodeMode");
    if (input == GuestHostField::passcodeTimeout)
        return schemaField(u"callProfiles", u"passcodeTimeout");
    if (input == GuestHostField::hostJid)
        return schemaField(u"coSpaces", u"ownerJid");
    if (input == GuestHostField::deactivationMode)
        return schemaField(u"callLegProfiles", u"deactivationMode");
    return nullptr;
}

} // namespace

QString GuestHostInputs::patternName(GuestHostSettings::Pattern pattern)
{
    switch (pattern) {
    case Pattern::DifferentUri:
        return tr("Different URIs for guests and hosts");
    case Pattern::SamePinDiffers:
        return tr("One URI, a guest PIN and a host PIN");
    case Pattern::EmptyGuestPin:
        return tr("One URI, no guest PIN and a host PIN");
    case Pattern::HostIsMember:
        return tr("The host is a member of the space");
    }
    return {};
}

QString GuestHostInputs::checkValue(QStringView field, const QString &value)
{
    if (value.isEmpty())
        return {};
    const FieldDef *def = fieldFor(field);
    if (!def)
        return {};
    const QString reason = Schema::checkValue(*def, value);
    if (reason.isEmpty())
        return {};
    // The schema's sentence names the API field ("URI"); say whose it is.
    if (field == GuestHostField::hostUri || field == GuestHostField::hostCallId || field == GuestHostField::hostPin)
        //: %1: why a value typed for the hosts cannot be used
        return tr("Hosts: %1").arg(reason);
    if (field == GuestHostField::spaceUri || field == GuestHostField::spaceCallId || field == GuestHostField::guestPin)
        //: %1: why a value typed for the guests cannot be used
        return tr("Guests: %1").arg(reason);
    return reason;
}

QList<GuestHostIssue> GuestHostInputs::check(const GuestHostSettings &s)
{
    QList<GuestHostIssue> issues;
    auto add = [&issues](QStringView field, const QString &reason) {
        for (const GuestHostIssue &issue : std::as_const(issues)) {
            if (issue.field == field)
                return;   // one reason per field: the first is the one to fix first
        }
        issues.append({field.toString(), reason});
    };
    const int number = int(s.pattern);
    if (number < 1 || number > 4) {
        add(GuestHostField::pattern, tr("Choose one of the four patterns."));
        return issues;
    }

    const QList<QPair<QStringView, QString>> typed = {
        {GuestHostField::spaceName, s.spaceName},       {GuestHostField::spaceUri, s.spaceUri},
        {GuestHostField::spaceCallId, s.spaceCallId},   {GuestHostField::hostUri, s.hostUri},
        {GuestHostField::hostCallId, s.hostCallId},     {GuestHostField::guestPin, s.guestPin},
        {GuestHostField::hostPin, s.hostPin},           {GuestHostField::passcodeMode, s.passcodeMode},
        {GuestHostField::hostJid, s.hostJid},           {GuestHostField::deactivationMode, s.deactivationMode},
    };
    for (const auto &input : typed) {
        const QString reason = checkValue(input.first, input.second);
        if (!reason.isEmpty())
            add(input.first, reason);
    }

    if (s.createsSpace() && s.spaceName.trimmed().isEmpty())
        add(GuestHostField::spaceName, tr("A new space needs a name."));
    if (s.deactivationMode.isEmpty())
        add(GuestHostField::deactivationMode, tr("Choose what happens to the guests when the last host leaves."));
    const bool sameUri = s.pattern == Pattern::SamePinDiffers || s.pattern == Pattern::EmptyGuestPin;
    if (sameUri && s.createsSpace() && s.spaceUri.isEmpty())
        add(GuestHostField::spaceUri, tr("Guests and hosts dial the same URI in this pattern: give the space a URI."));

    switch (s.pattern) {
    case Pattern::DifferentUri:
        if (s.hostUri.isEmpty() && s.hostCallId.isEmpty())
            add(GuestHostField::hostUri, tr("Give the hosts a URI or a call ID of their own."));
        if (!s.hostUri.isEmpty() && s.hostUri.compare(s.spaceUri, Qt::CaseInsensitive) == 0)
            add(GuestHostField::hostUri, tr("The hosts' URI must differ from the guests' URI."));
        break;
    case Pattern::SamePinDiffers:
        if (s.guestPin.isEmpty())
            add(GuestHostField::guestPin, tr("Guests need a PIN in this pattern."));
        if (s.hostPin.isEmpty())
            add(GuestHostField::hostPin, tr("Hosts need a PIN in this pattern."));
        if (!s.guestPin.isEmpty() && s.guestPin == s.hostPin)
            add(GuestHostField::hostPin, tr("The host PIN must differ from the guest PIN: the PIN is what tells them apart."));
        break;
    case Pattern::EmptyGuestPin:
        if (!s.guestPin.isEmpty())
            add(GuestHostField::guestPin, tr("Guests have no PIN in this pattern: leave it empty."));
        if (s.hostPin.isEmpty())
            add(GuestHostField::hostPin, tr("Hosts need a PIN in this pattern."));
        if (s.passcodeMode != u"required" && s.passcodeMode != u"timeout")
            add(GuestHostField::passcodeMode, tr("Choose how guests enter an empty PIN: by pressing # or by waiting."));
        if (s.passcodeMode == u"timeout" && s.passcodeTimeout < 1)
            add(GuestHostField::passcodeTimeout, tr("Give the number of seconds of silence that count as an empty PIN."));
        break;
    case Pattern::HostIsMember:
        if (s.hostJid.isEmpty())
            add(GuestHostField::hostJid, tr("Choose the host user."));
        if (!s.guestPin.isEmpty() && s.guestPin == s.hostPin)
            add(GuestHostField::hostPin, tr("The host PIN must differ from the guest PIN: the PIN is what tells them apart."));
        break;
    }
    if (s.pattern != Pattern::HostIsMember && !s.hostCallId.isEmpty() && s.hostCallId == s.spaceCallId)
        add(GuestHostField::hostCallId, tr("The hosts' call ID must differ from the guests' call ID."));
    if (s.pattern != Pattern::EmptyGuestPin && s.passcodeTimeout != 0)
        add(GuestHostField::passcodeTimeout, tr("A passcode timeout only applies to the pattern without a guest PIN."));
    return issues;
}

} // namespace cms
