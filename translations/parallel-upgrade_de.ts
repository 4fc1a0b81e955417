<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>puw</name>
    <message>
        <location filename="../core/plan/UpgradePlan.cpp" line="+51"/>
        <source>looks like a secret, and a plan never holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove it: the wizard asks for secrets and keeps them in the system keychain; for unattended runs name an environment variable under &quot;secretEnvironment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the host as { &quot;address&quot;: &quot;host name or ssh alias&quot;, &quot;user&quot;: &quot;...&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set it to the host name, IP address or ~/.ssh/config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+21"/>
        <source>Set it to &quot;nginx&quot;, &quot;dns&quot; or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An nginx route needs the proxy host: { &quot;address&quot;: &quot;...&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the nginx file that names the upstream server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the name users resolve, e.g. app.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is &quot;%1&quot;, which is not a known kind of route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journal/JournalEntries.cpp" line="+25"/>
        <source>
… %1 characters omitted …
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="+12"/>
        <source>Walks you through a parallel upgrade of a self-hosted web application: the new version is installed beside the old one, loaded with its data and tested before users are switched over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the upgrade plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the session journal and local backups in DIR instead of the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Try --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unexpected argument &quot;%1&quot;. To open a plan, use --plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CredentialStore</name>
    <message>
        <location filename="../core/secrets/SecretResult.cpp" line="+29"/>
        <source>The system keychain is unavailable (%1). Passwords and passphrases will be asked for each time and will not be remembered. To remember them, install and unlock a keychain: gnome-keyring (Debian package &quot;gnome-keyring&quot;) or KWallet, in a desktop session with D-Bus. Unattended runs can name environment variables under &quot;secretEnvironment&quot; in the plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/secrets/CredentialStore.cpp" line="+164"/>
        <source>Cannot use the keychain entry &quot;%1&quot;: the purpose must be a lower-case identifier and the host must not be empty or hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Not saved: a secret of fewer than %n characters could not be kept out of the logs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Internal error: the keychain was used from two threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No saved secret for this host and purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no keychain service found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>the keychain did not answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::Journal</name>
    <message>
        <location filename="../core/journal/Journal.cpp" line="+56"/>
        <source>Cannot create the session folder %1. Choose another one with --session-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The session folder %1 is in use by another Parallel Upgrade Wizard (process %2 on %3). Close that window first, or use another folder with --session-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot prepare the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot %1 in the journal %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../core/journal/JournalSteps.cpp" line="+33"/>
        <source>read the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program stopped while this step was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mark interrupted steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>finish the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journal/JournalSteps.cpp" line="+26"/>
        <source>Step %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+17"/>
        <location line="+3"/>
        <source>update a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/journal/JournalEntries.cpp" line="+25"/>
        <source>record a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>record a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>record a backup or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read the backups and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>record a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::JournalSchema</name>
    <message>
        <location filename="../core/journal/JournalSchema.cpp" line="+80"/>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>was written by a newer version of this program (schema %1, this one knows %2); update the program or choose another session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot upgrade the schema to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot save the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::JsonFieldReader</name>
    <message>
        <location filename="../core/plan/JsonFieldReader.cpp" line="+60"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a true/false value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+68"/>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+16"/>
        <location line="+89"/>
        <location line="+16"/>
        <source>must be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+89"/>
        <source>Put the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Use a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, which is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write true or false without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>must be an object ({ ... }), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclose its fields in braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>must be a list ([ ... ]), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enclose the strings in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Put the value in double quotes, even a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>is not a known field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it; the known fields are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::PlanError</name>
    <message>
        <location filename="../core/plan/PlanError.cpp" line="+11"/>
        <source>field &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SecretSources</name>
    <message>
        <location filename="../core/secrets/SecretSources.cpp" line="+32"/>
        <source>The plan names no environment variable for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment variable %1, named in the plan for &quot;%2&quot;, is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The environment variable %1 holds fewer than 3 characters: too short to be kept out of the logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SessionController</name>
    <message>
        <location filename="../core/session/SessionController.cpp" line="+55"/>
        <source>Session %1 is not in the journal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The plan saved with session %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not start a new session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not mark the session finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Step %1 &quot;%2&quot; could not become &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 &quot;%2&quot; cannot be skipped: the later steps depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skipped by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepListPanel</name>
    <message>
        <location filename="../wizard/StepListPanel.cpp" line="+15"/>
        <source>Steps of the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Steps and their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step of the upgrade with its state and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1. %2
%3</source>
        <extracomment>side panel entry: step number, title, then state and duration on a second line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Step %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (current step)</source>
        <extracomment>screen-reader text for the step whose page is showing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepPage</name>
    <message>
        <location filename="../wizard/StepPage.cpp" line="+30"/>
        <source>Step %1 of %2: %3</source>
        <extracomment>page title, e.g. &quot;Step 3 of 10: Back up the old database&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What this step does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downtime begins with this step: users cannot work until step %1 ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downtime ends when this step succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downtime note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point of no return: after this step, going back to the old installation loses data written since, or the old installation itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Point of no return warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>State icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record that you deliberately leave this step out; Next becomes available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Running this step from the wizard is not available in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note about running steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not measured yet</source>
        <extracomment>shown when a step has not run yet, in place of its duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepState</name>
    <message>
        <location filename="../core/steps/StepState.cpp" line="+44"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepStateDisplay</name>
    <message>
        <location filename="../wizard/StepStateDisplay.cpp" line="+57"/>
        <source>&lt; 1 s</source>
        <extracomment>a step that took less than one second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds, e.g. &quot;2 min 05 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 07 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>since %1</source>
        <extracomment>a step still running, with the local time it started, e.g. &quot;since 14:02&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2</source>
        <extracomment>a step&apos;s state and how long it took, e.g. &quot;Done, 2 min 05 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Steps</name>
    <message>
        <location filename="../core/steps/StepCatalogue.cpp" line="+11"/>
        <source>Install the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the new host and install or verify the new version of the application there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy custom configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare configuration files on both hosts and copy the customisations to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back up the old database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream a backup of the live database to the new host to rehearse the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import it on the new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup on the new host and compare row counts with the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the new version&apos;s migrations, start it and wait until it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the new installation over HTTP, in its database and by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop both servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the application on both hosts so that no new data is written. Downtime begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fresh backup, import and re-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the backup, import, start and checks with the up-to-date data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route requests to the new installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the proxy or DNS to the new host and verify it answers. Downtime ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deprovision the old instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After a soak period, stop and disable the old services, keeping the final backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SummaryPage</name>
    <message>
        <location filename="../wizard/SummaryPage.cpp" line="+16"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened at each step, as recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps with their state, duration and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. %2</source>
        <extracomment>summary table: step number and title, e.g. &quot;3. Back up the old database&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>—</source>
        <extracomment>summary table: a step without a measured duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::UpgradePlan</name>
    <message>
        <location filename="../core/plan/UpgradePlan.cpp" line="+30"/>
        <source>is not valid JSON: %1 at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the syntax there (a missing comma or quote is the usual cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enclose the plan in { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is %1, newer than this program understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the application&apos;s recipe: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which is not a known recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use one of %1, or add your own recipe file to the recipes folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is the same host as &quot;old&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A parallel upgrade builds the new installation somewhere else: give another host, port or user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+3"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::UpgradeWizard</name>
    <message>
        <location filename="../wizard/UpgradeWizard.cpp" line="+20"/>
        <location line="+1"/>
        <location line="+116"/>
        <source>Parallel Upgrade Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+1"/>
        <source>Resume the upgrade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An upgrade started on %1 (%2) was not finished.</source>
        <extracomment>%1: date and time the session started, %2: the plan file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume at step %1 &quot;%2&quot;</source>
        <extracomment>%1: step number, %2: step title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps already done are kept. Starting over begins a new session; the old one stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume at the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step is done or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::WelcomePage</name>
    <message>
        <location filename="../wizard/WelcomePage.cpp" line="+20"/>
        <location line="+84"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>nginx reverse proxy on %1, public address %2</source>
        <extracomment>%1: the proxy host, %2: the public address users open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS name %1, public address %2</source>
        <extracomment>%1: the DNS name users resolve, %2: the public address users open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none: users are switched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+53"/>
        <source>&amp;Load plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Welcome to the Parallel Upgrade Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;In a parallel upgrade the new version of your application is installed on a second machine, beside the one your users work on. Its configuration and a copy of the data are brought over and tested while the old installation keeps running. Only when everything works do both stop for a short downtime: the latest data is copied once more, and users are switched to the new installation.&lt;/p&gt;&lt;p&gt;Until that switch the old installation is left untouched, so going back is easy. The wizard does each step over SSH and records what it did.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What a parallel upgrade is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loaded plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No plan loaded. Load a plan file to say which application is upgraded, from which host to which host, and how users are switched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: %1
Application recipe: %2
Old host: %3
New host: %4
Route: %5</source>
        <extracomment>summary of the loaded plan; each %n is a value, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load another plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No session yet: one is recorded in the journal from the first step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session %1, started %2, is recorded in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
