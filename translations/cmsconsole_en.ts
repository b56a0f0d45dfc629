<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Console</name>
    <message numerus="yes">
        <source>The demo cluster is running on this computer: %Ln simulated call bridge(s).</source>
        <translation>
            <numerusform>The demo cluster is running on this computer: %Ln simulated call bridge.</numerusform>
            <numerusform>The demo cluster is running on this computer: %Ln simulated call bridges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlCommandLine</name>
    <message numerus="yes">
        <source>Give --pin once per --url, in the same order: %Ln pin(s) given for fewer addresses.</source>
        <translation>
            <numerusform>Give --pin once per --url, in the same order: %Ln pin given for fewer addresses.</numerusform>
            <numerusform>Give --pin once per --url, in the same order: %Ln pins given for fewer addresses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlLiveCommands</name>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>%Ln of %1 participants could not be moved.</numerusform>
            <numerusform>%Ln of %1 participants could not be moved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CtlMeeting</name>
    <message numerus="yes">
        <source>%1  %2  %Ln placeholder(s): %3</source>
        <extracomment>%1: name pattern, %2: URI pattern, %3: number of placeholders, %4: the index ranges</extracomment>
        <translation>
            <numerusform>%1  %2  %Ln placeholder: %3</numerusform>
            <numerusform>%1  %2  %Ln placeholders: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) on %1</source>
        <translation>
            <numerusform>%n participant on %1</numerusform>
            <numerusform>%n participants on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message numerus="yes">
        <source>%Ln d</source>
        <comment>uptime</comment>
        <extracomment>Uptime in days, short: &quot;3 d&quot;</extracomment>
        <translation>
            <numerusform>%Ln d</numerusform>
            <numerusform>%Ln d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h</source>
        <comment>uptime</comment>
        <extracomment>Uptime in hours, short: &quot;4 h&quot;</extracomment>
        <translation>
            <numerusform>%Ln h</numerusform>
            <numerusform>%Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <comment>uptime</comment>
        <extracomment>Uptime in minutes, short: &quot;12 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s</source>
        <comment>uptime</comment>
        <extracomment>Uptime in seconds, short: &quot;42 s&quot;</extracomment>
        <translation>
            <numerusform>%Ln s</numerusform>
            <numerusform>%Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuestHostExpectations</name>
    <message numerus="yes">
        <source>Calling by SIP, enters the empty PIN by waiting %Ln second(s).</source>
        <translation>
            <numerusform>Calling by SIP, enters the empty PIN by waiting %Ln second.</numerusform>
            <numerusform>Calling by SIP, enters the empty PIN by waiting %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message numerus="yes">
        <source>“%1” can be at most %Ln characters long.</source>
        <translation>
            <numerusform>“%1” can be at most %Ln character long.</numerusform>
            <numerusform>“%1” can be at most %Ln characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” can be at most %Ln digits long.</source>
        <translation>
            <numerusform>“%1” can be at most %Ln digit long.</numerusform>
            <numerusform>“%1” can be at most %Ln digits long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::ClusterSession</name>
    <message numerus="yes">
        <source>Discovery found %Ln call bridge(s) in the cluster.</source>
        <translation>
            <numerusform>Discovery found %Ln call bridge in the cluster.</numerusform>
            <numerusform>Discovery found %Ln call bridges in the cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::Connection</name>
    <message numerus="yes">
        <source>The primary call bridge %1 has answered again for %Ln second(s).</source>
        <translation>
            <numerusform>The primary call bridge %1 has answered again for %Ln second.</numerusform>
            <numerusform>The primary call bridge %1 has answered again for %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::PoolBulkOperation</name>
    <message numerus="yes">
        <source>Remove the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</source>
        <translation>
            <numerusform>Remove the %n placeholder space of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</numerusform>
            <numerusform>Remove the %n placeholder spaces of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs removeAll=true)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make the %n placeholder space(s) of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</source>
        <translation>
            <numerusform>Make the %n placeholder space of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</numerusform>
            <numerusform>Make the %n placeholder spaces of the range %1–%2 with a bulk sync, followed to its end (POST /cospaceBulkSyncs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::PoolRemoveOperation</name>
    <message numerus="yes">
        <source>%n placeholder(s) of the pool hold a meeting: end those meetings first.</source>
        <translation>
            <numerusform>%n placeholder of the pool hold a meeting: end those meetings first.</numerusform>
            <numerusform>%n placeholders of the pool hold a meeting: end those meetings first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::SchedulerReadinessCheck</name>
    <message numerus="yes">
        <source>%n space template(s), none with an access method template for guests or hosts.</source>
        <translation>
            <numerusform>%n space template, none with an access method template for guests or hosts.</numerusform>
            <numerusform>%n space templates, none with an access method template for guests or hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cms::UriGeneratorCheck</name>
    <message numerus="yes">
        <source>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</source>
        <translation>
            <numerusform>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</numerusform>
            <numerusform>“%1” has %n “$”: keep exactly one, which stands for the generated part of each URI.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::BridgesModel</name>
    <message numerus="yes">
        <source>%1 of %Ln bridges answering</source>
        <extracomment>Health of a cluster: &quot;2 of 3 bridges answering&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln bridge answering</numerusform>
            <numerusform>%1 of %Ln bridges answering</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::CallsModel</name>
    <message numerus="yes">
        <source>%1 (%Ln in the lobby)</source>
        <extracomment>Participants of a call, with how many of them wait in the lobby: &quot;12 (3 in the lobby)&quot;</extracomment>
        <translation>
            <numerusform>%1 (%Ln in the lobby)</numerusform>
            <numerusform>%1 (%Ln in the lobby)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>models::MembersModel</name>
    <message numerus="yes">
        <source>%1 of %Ln permissions</source>
        <extracomment>A member&apos;s permissions: %1 is how many they have, %Ln how many there are (&quot;3 of 9 permissions&quot;).</extracomment>
        <translation>
            <numerusform>%1 of %Ln permission</numerusform>
            <numerusform>%1 of %Ln permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::BulkResultsDialog</name>
    <message numerus="yes">
        <source>Done: %Ln space(s) changed.</source>
        <translation>
            <numerusform>Done: %Ln space changed.</numerusform>
            <numerusform>Done: %Ln spaces changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::BulkSetFieldDialog</name>
    <message numerus="yes">
        <source>Set one field to the same value on %Ln selected space(s). An empty value unsets the field: the spaces then inherit it.</source>
        <translation>
            <numerusform>Set one field to the same value on %Ln selected space. An empty value unsets the field: the spaces then inherit it.</numerusform>
            <numerusform>Set one field to the same value on %Ln selected spaces. An empty value unsets the field: the spaces then inherit it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ClusterStatusBar</name>
    <message numerus="yes">
        <source>Live updates: events on %Ln bridge(s), polling on %1</source>
        <translation>
            <numerusform>Live updates: events on %Ln bridge, polling on %1</numerusform>
            <numerusform>Live updates: events on %Ln bridges, polling on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::EffectiveSettingsView</name>
    <message numerus="yes">
        <source>%Ln referenced profile(s) could not be read (deleted meanwhile?): %1. Their values are not counted.</source>
        <translation>
            <numerusform>%Ln referenced profile could not be read (deleted meanwhile?): %1. Its values are not counted.</numerusform>
            <numerusform>%Ln referenced profiles could not be read (deleted meanwhile?): %1. Their values are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GrowPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” has %n more placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>The pool “%1” has %n more placeholder, each checked on the cluster.</numerusform>
            <numerusform>The pool “%1” has %n more placeholders, each checked on the cluster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool “%1” has %n placeholder(s). New ones come after its last index, with its patterns and profiles.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>The pool “%1” has %n placeholder. New ones come after its last index, with its patterns and profiles.</numerusform>
            <numerusform>The pool “%1” has %n placeholders. New ones come after its last index, with its patterns and profiles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostCheckDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</source>
        <translation>
            <numerusform>%n problem found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</numerusform>
            <numerusform>%n problems found. Choose one and Fix… to see what its fix would change; one fix runs at a time, and the space is checked again after each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fixed: %n step(s) done. The space is read and checked again.</source>
        <translation>
            <numerusform>Fixed: %n step done. The space is read and checked again.</numerusform>
            <numerusform>Fixed: %n steps done. The space is read and checked again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostPlanPage</name>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply carries out these %Ln step(s).</source>
        <translation>
            <numerusform>Apply carries out these %Ln step.</numerusform>
            <numerusform>Apply carries out these %Ln steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostRunPage</name>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostVerifyPage</name>
    <message numerus="yes">
        <source>All %Ln expectation(s) met.</source>
        <translation>
            <numerusform>All %Ln expectation met.</numerusform>
            <numerusform>All %Ln expectations met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln expectation(s) not met: see the rows marked above.</source>
        <translation>
            <numerusform>%Ln expectation not met: see the rows marked above.</numerusform>
            <numerusform>%Ln expectations not met: see the rows marked above.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::GuestHostWizard</name>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::LivePane</name>
    <message numerus="yes">
        <source>Move %Ln participant(s) into the meeting:</source>
        <translation>
            <numerusform>Move %Ln participant into the meeting:</numerusform>
            <numerusform>Move %Ln participants into the meeting:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln participant(s) into «%1»?</source>
        <translation>
            <numerusform>Move %Ln participant into «%1»?</numerusform>
            <numerusform>Move %Ln participants into «%1»?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) moved into «%1».</source>
        <translation>
            <numerusform>%Ln participant moved into «%1».</numerusform>
            <numerusform>%Ln participants moved into «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be moved.</source>
        <translation>
            <numerusform>%Ln of %1 participants could not be moved.</numerusform>
            <numerusform>%Ln of %1 participants could not be moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done for %Ln participant(s).</source>
        <translation>
            <numerusform>Done for %Ln participant.</numerusform>
            <numerusform>Done for %Ln participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be changed.</source>
        <translation>
            <numerusform>%Ln of %1 participants could not be changed.</numerusform>
            <numerusform>%Ln of %1 participants could not be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) let in.</source>
        <translation>
            <numerusform>%Ln participant let in.</numerusform>
            <numerusform>%Ln participants let in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be let in.</source>
        <translation>
            <numerusform>%Ln of %1 participants could not be let in.</numerusform>
            <numerusform>%Ln of %1 participants could not be let in.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disconnect %Ln participant(s)?</source>
        <translation>
            <numerusform>Disconnect %Ln participant?</numerusform>
            <numerusform>Disconnect %Ln participants?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s) disconnected.</source>
        <translation>
            <numerusform>%Ln participant disconnected.</numerusform>
            <numerusform>%Ln participants disconnected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 participant(s) could not be disconnected.</source>
        <translation>
            <numerusform>%Ln of %1 participants could not be disconnected.</numerusform>
            <numerusform>%Ln of %1 participants could not be disconnected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %Ln meeting(s)? Everyone in them is disconnected.</source>
        <translation>
            <numerusform>End %Ln meeting? Everyone in it is disconnected.</numerusform>
            <numerusform>End %Ln meetings? Everyone in them is disconnected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln participant(s) in all.</source>
        <translation>
            <numerusform>%1 — %Ln participant in all.</numerusform>
            <numerusform>%1 — %Ln participants in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) ended.</source>
        <translation>
            <numerusform>%Ln meeting ended.</numerusform>
            <numerusform>%Ln meetings ended.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 meeting(s) could not be ended.</source>
        <translation>
            <numerusform>%Ln of %1 meetings could not be ended.</numerusform>
            <numerusform>%Ln of %1 meetings could not be ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MeetingDialog</name>
    <message numerus="yes">
        <source>Done: the meeting runs on %1, and %n address(es) were dialled.</source>
        <translation>
            <numerusform>Done: the meeting runs on %1, and %n address were dialled.</numerusform>
            <numerusform>Done: the meeting runs on %1, and %n addresses were dialled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) read from the file.</source>
        <translation>
            <numerusform>%n address read from the file.</numerusform>
            <numerusform>%n addresses read from the file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::MeetingsPane</name>
    <message numerus="yes">
        <source>%1 (%n placeholder(s))</source>
        <extracomment>A pool in the chooser: %1 its name pattern, %n its size</extracomment>
        <translation>
            <numerusform>%1 (%n placeholder)</numerusform>
            <numerusform>%1 (%n placeholders)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in a meeting</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n in a meeting</numerusform>
            <numerusform>%n in a meeting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inconsistent</source>
        <comment>placeholders</comment>
        <translation>
            <numerusform>%n inconsistent</numerusform>
            <numerusform>%n inconsistent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A meeting with %n participant(s) runs on %1.</source>
        <extracomment>%n participants, %1: the call bridge holding the meeting</extracomment>
        <translation>
            <numerusform>A meeting with %n participant runs on %1.</numerusform>
            <numerusform>A meeting with %n participants runs on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::NewPoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” was created: %n placeholder(s), each checked on the cluster.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>The pool “%1” was created: %n placeholder, each checked on the cluster.</numerusform>
            <numerusform>The pool “%1” was created: %n placeholders, each checked on the cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ProfileCompareDialog</name>
    <message numerus="yes">
        <source>&amp;Only the %Ln difference(s)</source>
        <translation>
            <numerusform>&amp;Only the %Ln difference</numerusform>
            <numerusform>&amp;Only the %Ln differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ProfileRepointDialog</name>
    <message numerus="yes">
        <source>%n step(s).</source>
        <translation>
            <numerusform>%n step.</numerusform>
            <numerusform>%n steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::ProfileUsageView</name>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln space template(s)</source>
        <translation>
            <numerusform>%Ln space template</numerusform>
            <numerusform>%Ln space templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln access method template(s)</source>
        <translation>
            <numerusform>%Ln access method template</numerusform>
            <numerusform>%Ln access method templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Among the %Ln space(s) read in detail, of %1</source>
        <translation>
            <numerusform>Among the %Ln space read in detail, of %1</numerusform>
            <numerusform>Among the %Ln spaces read in detail, of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::RemovePoolDialog</name>
    <message numerus="yes">
        <source>The pool “%1” and its %n placeholder(s) were removed.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>The pool “%1” and its %n placeholder were removed.</numerusform>
            <numerusform>The pool “%1” and its %n placeholders were removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the pool “%1” and its %n placeholder(s)? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</source>
        <extracomment>%1: the pool&apos;s name pattern</extracomment>
        <translation>
            <numerusform>Remove the pool “%1” and its %n placeholder? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</numerusform>
            <numerusform>Remove the pool “%1” and its %n placeholders? Their spaces are deleted from the cluster; a scheduler that counts on them can no longer start meetings in them. It is refused while a placeholder holds a meeting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerCommandsPage</name>
    <message numerus="yes">
        <source>%n value(s) missing or wrong: the commands show what is still needed.</source>
        <translation>
            <numerusform>%n value missing or wrong: the commands show what is still needed.</numerusform>
            <numerusform>%n values missing or wrong: the commands show what is still needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) copied.</source>
        <translation>
            <numerusform>%n command copied.</numerusform>
            <numerusform>%n commands copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SchedulerReadinessPanel</name>
    <message numerus="yes">
        <source>%n requirement(s) not met.</source>
        <translation>
            <numerusform>%n requirement not met.</numerusform>
            <numerusform>%n requirements not met.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n object(s) created. The checklist below is read again.</source>
        <translation>
            <numerusform>Done: %n object created. The checklist below is read again.</numerusform>
            <numerusform>Done: %n objects created. The checklist below is read again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SecondsSpinBox</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <extracomment>A number of seconds in a spin box: &quot;5 seconds&quot;</extracomment>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::SpacesPane</name>
    <message numerus="yes">
        <source>%Ln space(s)</source>
        <translation>
            <numerusform>%Ln space</numerusform>
            <numerusform>%Ln spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln space(s)? Their access methods and members are deleted too.</source>
        <translation>
            <numerusform>Delete %Ln space? Its access methods and members are deleted too.</numerusform>
            <numerusform>Delete %Ln spaces? Their access methods and members are deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 match(es)</source>
        <comment>search result</comment>
        <extracomment>%Ln: spaces matching the search; %1: all the spaces, as &quot;304 spaces&quot;</extracomment>
        <translation>
            <numerusform>%Ln of %1 matches</numerusform>
            <numerusform>%Ln of %1 match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TemplateUsersEditor</name>
    <message numerus="yes">
        <source>Assigned to %n user(s).</source>
        <translation>
            <numerusform>Assigned to %n user.</numerusform>
            <numerusform>Assigned to %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>views::TemporarySpacesPage</name>
    <message numerus="yes">
        <source>%n temporary space(s).</source>
        <translation>
            <numerusform>%n temporary space.</numerusform>
            <numerusform>%n temporary spaces.</numerusform>
        </translation>
    </message>
</context>
</TS>
