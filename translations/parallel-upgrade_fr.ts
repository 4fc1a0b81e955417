<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>puw::App</name>
    <message>
        <source>The recipe cannot be used</source>
        <extracomment>shown when the plan&apos;s recipe cannot be used; the steps cannot run until it is fixed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The wizard shows the journal, but steps cannot run until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--through %1: not a step; give 1 to 10 or a step id such as import-backup.</source>
        <extracomment>%1 is what the admin gave after --through; &quot;import-backup&quot; is a step id, not translated</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::ByteStreams</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Checks</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate for &apos;%1&apos;, valid from %2 until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS certificate of %1 not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected status %1, got %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; in body, got: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, slower than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, body contains &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, TLS certificate valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy at the first attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy after %1 attempts in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not healthy within %1 (%n attempt(s)); last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are not both numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected it to contain &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1 on %2:%3 as %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query returned no row: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, got %2 from: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not run on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output does not contain &apos;%1&apos;, got: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code 0 on %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code 0 on %1, output contains &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not measure the logs on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not measure the logs on %1: unexpected answer &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log error pattern &apos;%1&apos; is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled while reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was rotated or truncated since the start: read from its beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 of %2 were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no line matches the error pattern in %n log(s) since the start (%1 read)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match the error pattern in %1: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ChecksView</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>column headers of the checks table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: none run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>result of one check</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed.</source>
        <extracomment>%1: checks passed, %2: checks failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CommandLine</name>
    <message>
        <source>Walks you through a parallel upgrade of a self-hosted web application: the new version is installed beside the old one, loaded with its data and tested before users are switched over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the upgrade plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session journal and local backups in DIR instead of the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. To open a plan, use --plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the plan&apos;s steps without a window, printing one line per event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: stop after STEP (a number or a step id; default 9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: confirm the steps that change the old installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: list every command as it would run, and run none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: bring the old installation back into service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: write the report to FILE (.md, .html or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the interface in LANG (%1) instead of the system&apos;s language.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;de, en, fr&quot;; LANG is the option&apos;s argument</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>the argument of --lang, shown in --help as &lt;LANG&gt;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang %1: no such language; available: %2.</source>
        <extracomment>%1 is what the admin gave after --lang, %2 the language codes the program has, e.g. &quot;de, en, fr&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--through, --assume-yes, --dry-run, --rollback and --report go with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs a plan: --plan FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CommandResult</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CommandRun</name>
    <message>
        <source>Cannot open a channel on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 ended without an exit status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving side failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending side failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command on %1 stopped reading its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the command on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading from the command on %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::ConfigPage</name>
    <message>
        <source>(not on this host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the local copy %1 cannot be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the configuration files of old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the files on both hosts and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old and new configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to copy (tick the ones the new installation needs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files, ticked to be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on the old host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file on the new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (same on both)</source>
        <extracomment>a configuration file in the list; %1: its path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::CredentialStore</name>
    <message>
        <source>The system keychain is unavailable (%1). Passwords and passphrases will be asked for each time and will not be remembered. To remember them, install and unlock a keychain: gnome-keyring (Debian package &quot;gnome-keyring&quot;) or KWallet, in a desktop session with D-Bus. Unattended runs can name environment variables under &quot;secretEnvironment&quot; in the plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the keychain entry &quot;%1&quot;: the purpose must be a lower-case identifier and the host must not be empty or hold control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a secret of fewer than %n characters could not be kept out of the logs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: the keychain was used from two threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved secret for this host and purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The credential store closed before the operation ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no D-Bus session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no default keyring to save into, or it is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Database</name>
    <message>
        <source>Counting the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the size of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe has no query for the migration head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the dump %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to drop and create the database &quot;%1&quot; on the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the database &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to restore into the database &quot;%1&quot; on the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1 into &quot;%2&quot; (stopped at the first error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fix after the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump %1 cannot dump a PostgreSQL %2 server: install the PostgreSQL %3 client programs (pg_dump must be at least the server&apos;s major version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB&apos;s mysqldump dumps MySQL %1; the restore may need the &quot;mysql8-collations&quot; fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the row count line &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row counts ended early: the end marker is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a number, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s database section uses the unknown placeholder &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database charset &quot;%1&quot; is not a plain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; is not absolute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; names a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump path contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partial dump: it was never verified complete and cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the MySQL server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the server version &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking mysqldump&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read mysqldump&apos;s version &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the PostgreSQL server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking pg_dump&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read pg_dump&apos;s version &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore fix &quot;%1&quot; is not known for this database engine. Known fixes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::DeprovisionPage</name>
    <message>
        <source>What removing the old installation does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the old host, typed in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old host&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stops and disables the old installation&apos;s services for good; the final backup and the configuration archive are kept. To confirm, type the old host&apos;s address (%1) in full:</source>
        <extracomment>%1: the old host&apos;s address, which the admin must type</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::DowntimeClock</name>
    <message>
        <source>Downtime clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime was %1.</source>
        <extracomment>%1: how long users were cut off</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime: %1 so far</source>
        <extracomment>%1: how long users have been cut off so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(predicted: %1)</source>
        <extracomment>%1: the downtime the rehearsal predicted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::FileTransfer</name>
    <message>
        <source>Unexpected answer from the remote host while downloading to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download to %1 ended after %2 of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1: the host is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1: the host is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::GuiSecrets</name>
    <message>
        <source>SSH password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase of the SSH key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the key %1, to log in to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: what the secret is for (e.g. &quot;sudo password&quot;), %2: the host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 for %2@%3:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Headless</name>
    <message>
        <source>Resuming the session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back: the old installation goes back into service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 changes the old installation: run again with --assume-yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::HostShell</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo is not available on the local shell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and none was given. Enter it when asked, store it in the keychain, or name an environment variable for &quot;sudo-password&quot; in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudo on %1 refused the password (%2). Check the sudo password for this host; it may differ from the login password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Jobs</name>
    <message>
        <source>The recipe&apos;s command uses {{%1}}, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run: not executed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s command for %1 uses {{%2}}, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compose service of %1 is not known yet: run step 1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe gives no command to %1 the service %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no %1 host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the %1 host %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the running step to end (or cancel it) before rolling back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4. Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and accept it once in the wizard or with ssh; unattended runs never accept a key on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 for %2: set the environment variable the plan names for &quot;%1&quot; under secretEnvironment, or store it in the keychain from the wizard. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe names a program with {{%1}}, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new host lacks %1. Install the new version there (and its dependencies), then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new version does not answer its version command on the new host. Check the installation there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new host runs the same version as the old one (%1): install the new version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new host has everything the application needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new host is ready with %1 (the old one runs %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 on the %2 host: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe&apos;s file %1 uses {{%2}}, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look for %1 on the old host: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot inspect %1 on the %2 host: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ; choose which to copy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not on the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: copy it by hand or list its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 on the new host: %2 (does the owner %3:%4 exist there?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 arrived altered on the new host (SHA-256 %2 instead of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s) to the new host</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already identical.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the old installation starts the downtime: confirm it on this page (or pass --assume-yes) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime begins: stopping the application on the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop the old installation (%1). Nothing else was changed; roll back to restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after stopping the old host; roll back to restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old installation is stopped, but the new one could not be (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 seconds to make sure nothing starts the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came back on the %2 host after being stopped: something restarts it (Restart=always, a watchdog, a cron job). Find it and turn it off (e.g. systemctl mask), then run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both installations are stopped and stay stopped. Downtime began at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To retire the old installation, type its host name &quot;%1&quot; exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not disable the old services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old installation&apos;s services are stopped and disabled. Its database, configuration and the final backup were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database password (&quot;%1&quot;) for the %2 host is not available: store it in the keychain or name an environment variable for it in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1 on the new host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the dump would stream from old to new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup streams over SSH and a host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming the %1 backup from old to new (local copy: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming the backup to the new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup did not complete (%1). What arrived stays as %2 on the new host and is never restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 in %2 s (%3/s); SHA-256 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no complete backup to import: run the backup step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: the backup would be restored on the new host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreating the database on the new host and restoring %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts old vs new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables, %2 rows, all equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differ in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database differs from the old one in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration head old vs new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old %1, new %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables in %3 s; every count matches the old host. %4 migration(s) to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tunnel to %1 (%2); checking it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; uses {{%2}}, which has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database answers (migration head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the new version&apos;s migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration failed: %1. The migrations before it stay applied; fix the cause and run this step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new application did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Started; %n migration(s) applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting up to %1 s for %2 to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not healthy yet (attempt %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new application is not healthy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied; </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the new application is healthy (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled during the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Downtime: %1 min %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the DNS record of %1 to %2; waiting until %3 answers with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users reach the new installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the DNS record of %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both servers must be stopped first (step 7), or the backup would miss what users write meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh data imported and tested: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old installation could not be started again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old installation runs again, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old installation is back in service, with its data as it was when it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Journal</name>
    <message>
        <source>Cannot create the session folder %1. Choose another one with --session-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session folder %1 is in use by another Parallel Upgrade Wizard (process %2 on %3). Close that window first, or use another folder with --session-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 in the journal %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped while this step was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark interrupted steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a backup or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the backups and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… %1 characters omitted …
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the session&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was written by a newer version of this program (schema %1, this one knows %2); update the program or choose another session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the schema to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, which is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object ({ ... }), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose its fields in braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list ([ ... ]), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose the strings in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in double quotes, even a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it; the known fields are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the syntax there (a missing comma or quote is the usual cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must hold one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose the %1 in { ... }.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::LogView</name>
    <message>
        <source>Output of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[… %n lines not shown here; the journal keeps the output]</source>
        <extracomment>in the live log when output came faster than it can be shown</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ManualChecks</name>
    <message>
        <source>Checks you do yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks you do yourself on the new installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I logged in as an ordinary user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I opened a recent record and it shows the same data as on the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uploaded file or attachment opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages I use most look and work as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recor&amp;d these checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the checks you did yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the manual checks were recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a step first: the checks belong to a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by the administrator</source>
        <extracomment>detail of a manual check the admin did not tick</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 confirmed.</source>
        <extracomment>%1: boxes ticked, %2: boxes in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::PlanError</name>
    <message>
        <source>field &quot;%1&quot;: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::PortForward</name>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tunnel to %1:%2 through %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::ProgressPanel</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <extracomment>time left of a transfer, in seconds</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <extracomment>time left of a transfer, in minutes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <extracomment>time left of a transfer, hours and minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1: amount done, %2: total amount (e.g. &quot;12.5 MB of 40.0 MB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a transfer rate, e.g. &quot;3.2 MB/s&quot; or &quot;120 items/s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::RecipeBinding</name>
    <message>
        <source>is not a variable of the recipe &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it, or use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is needed by the recipe &quot;%1&quot; and has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a default that refers to itself through other variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give it a literal default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the database engine &quot;%1&quot;, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::RecipeLoader</name>
    <message>
        <source>uses {{%1}}, which is neither a variable of this recipe nor a built-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare it under &quot;variables&quot;, or use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, newer than this program understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recipe a short id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the application&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least the application&apos;s own service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a known recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1.json to %2, or choose a shipped recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the file is named for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the id and the file name agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a command: a list of words, or { &quot;argv&quot;: [...], &quot;sudo&quot;: true }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the program and each argument as a separate string, e.g. [&quot;systemctl&quot;, &quot;stop&quot;, &quot;app&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an empty command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the program to run, or remove the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . with a backslash (\\ in JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list ([ ... ]).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose the entries in square brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object ({ ... }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enclose each entry&apos;s fields in braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid variable name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower case letters, digits and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write { &quot;default&quot;: &quot;...&quot;, &quot;description&quot;: &quot;...&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;systemd&quot;, &quot;compose&quot; or &quot;commands&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the systemd unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the compose file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the compose service, or give &quot;composeImage&quot; to find it by its image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service managed by commands needs &quot;start&quot; and &quot;stop&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which database the application uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database reached through docker compose needs the compose file&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which lines of the listing are migrations still to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the URL to request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Report</name>
    <message>
        <source>The value &quot;%1&quot; in the journal is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is not in the journal %2; pick a session that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) left out …</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel upgrade report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This upgrade was not finished when the report was made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1, end %2, duration %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist (times in UTC, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(steps 3 to 6 again, during the cutover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted by the rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>began %1 and had not ended when the report was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the servers were not stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No downtime clock was recorded; the start of step 7 and the end of step 9 stand in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: one bar per step, rehearsal and cutover, downtime shaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of step %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARTIAL: this backup ended early. It is kept for diagnosis and must never be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row count was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration files copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration file was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No migration was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: commands run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Secrets are redacted; each output keeps at most its first and last %1 lines.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command %1 (step %2, %3 host, %4, %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aftermath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downtime %1, not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel upgrade report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not add page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF writer could not finish the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose a folder that exists and that you can write to, or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report to %1: the format follows the file name, which must end in .md, .html or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the report to %1: drawing the timeline needs fonts, which this program only has with its graphical part; run it with QT_QPA_PLATFORM=offscreen instead of without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (The timeline picture of %2 goes beside it.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::RouteView</name>
    <message>
        <source>How requests are switched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users open %1 through nginx on %2. This step writes the upstream in %3 so that it points to %4, tests the configuration (nginx -t), reloads nginx and checks that the new version answers through the proxy. The previous file is kept, so Roll back can restore it.</source>
        <extracomment>%1: public URL, %2: proxy host, %3: upstream file, %4: new host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users reach the application by the name %1. Change its DNS record to point to %2 (lower the record&apos;s TTL a day before, so that resolvers forget the old address quickly). This step then asks the resolvers until the name points to the new host and %3 answers.</source>
        <extracomment>%1: DNS name, %2: new host, %3: public URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan names no route: send users to %1 yourself, then run this step to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a plan to see how requests are switched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Routing</name>
    <message>
        <source>the upstream file must be an absolute path, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the upstream file&apos;s path contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s) in a row, %2 after the reload)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verification cancelled after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no stable expected answer within %1 (%n attempt(s)); last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>verify %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous file is back in place and nginx still routes as before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous file could NOT be put back: restore %1 from %2 by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new upstream is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not keep a copy of %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write %1; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nginx test fails with the new upstream already in place: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nginx test rejected the new upstream, so nginx was not reloaded: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx could not be reloaded: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx routes %1 to the new installation: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx was reloaded with the new upstream, but %1 does not answer as expected: %2. The previous file is kept as %3: revert to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no previous upstream file (%1) to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not put %1 back; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nginx test rejected the previous upstream, so nginx was not reloaded: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current file is back in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current file could NOT be written back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx routes %1 to the previous installation again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx was reloaded with the previous upstream, but %1 does not answer as expected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to nothing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build (Qt %1) can only ask a resolver on port 53, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not resolve %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the %1 record of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It now points to %1 with a TTL of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers may keep the old address for up to %1 s after the change. Lower the TTL (e.g. to 60 s) at least %1 s before the cutover next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvers should see the change within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not resolve now (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the old installation stopped until the name points to the new host everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (the new host) after %n attempt(s) in %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1; last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still does not resolve to %2 only after %n attempt(s) in %3; last answer: %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s route is not nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan names no upstream file (route.upstreamFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing.nginxTest uses an unknown value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing.nginxReload uses an unknown value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipe has no nginx upstream template (routing.nginxUpstream)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>routing.nginxUpstream uses an unknown value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::RowCountsView</name>
    <message>
        <source>Row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table, old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>column headers of the row counts table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>whether a table has as many rows on the new host as on the old</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table, old and new: not counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table, old and new: %1 tables, %2 differ.</source>
        <extracomment>%1: number of tables, %2: how many differ</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations applied: none recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SecretDialogs</name>
    <message>
        <source>Unknown host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in your list of known hosts yet.</source>
        <extracomment>%1: host name (maybe with a port)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the host itself shows, for example by running &quot;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&quot; on its console. Accept only if they are the same; the key is then added to %1.</source>
        <extracomment>%1: the key type, e.g. ssh-ed25519 -&gt; the file name uses &quot;ed25519&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SecretSources</name>
    <message>
        <source>The plan names no environment variable for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1, named in the plan for &quot;%2&quot;, is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 holds fewer than 3 characters: too short to be kept out of the logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SessionController</name>
    <message>
        <source>Session %1 is not in the journal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan saved with session %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a new session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the session finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; could not become &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; cannot be skipped: the later steps depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SshConnector</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the ssh configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented no host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not known and was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the host key of %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: known_hosts records %2 %3, the server now presents %4 %5. This may be an attack; the connection is refused. If the change is expected, remove the old key at %6 and connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 closed during authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication to %1 failed. Tried: %2. The server offers: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (cannot be read: missing or wrong passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 (refused)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SshHost</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepListPanel</name>
    <message>
        <source>Steps of the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and their states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step of the upgrade with its state and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <extracomment>side panel entry: step number, title, then state and duration on a second line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <extracomment>screen-reader text for the step whose page is showing</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>page title, e.g. &quot;Step 3 of 10: Back up the old database&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime begins with this step: users cannot work until step %1 ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime ends when this step succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return: after this step, going back to the old installation loses data written since, or the old installation itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point of no return warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you deliberately leave this step out; Next becomes available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about running steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured yet</source>
        <extracomment>shown when a step has not run yet, in place of its duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To run steps from the wizard, load a plan (on the welcome page or with parallel-upgrade --plan FILE).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepRunPanel</name>
    <message>
        <source>&amp;Run this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the running command; the step can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the old installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the new installation, start the old one and route requests back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note about the run of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the Run button after a failed, cancelled or interrupted run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>shown with a busy indicator while a step runs without measurable progress</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback %1: %2</source>
        <extracomment>%1: the state of the rollback (done, failed), %2: what it did, in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepState</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StepStateDisplay</name>
    <message>
        <source>&lt; 1 s</source>
        <extracomment>a step that took less than one second</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds, e.g. &quot;2 min 05 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 07 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>a step still running, with the local time it started, e.g. &quot;since 14:02&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a step&apos;s state and how long it took, e.g. &quot;Done, 2 min 05 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::Steps</name>
    <message>
        <source>Install the new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the new host and install or verify the new version of the application there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy custom configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare configuration files on both hosts and copy the customisations to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the old database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream a backup of the live database to the new host to rehearse the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import it on the new host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup on the new host and compare row counts with the old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the new version&apos;s migrations, start it and wait until it is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the new installation over HTTP, in its database and by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the application on both hosts so that no new data is written. Downtime begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh backup, import and re-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the backup, import, start and checks with the up-to-date data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route requests to the new installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the proxy or DNS to the new host and verify it answers. Downtime ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deprovision the old instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a soak period, stop and disable the old services, keeping the final backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::StopBothPage</name>
    <message>
        <source>&amp;Stop both servers</source>
        <extracomment>the Run button of step 7: it starts the downtime</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop both servers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are cut off from now: the application stops on the old host (%1) and on the new host, and stays stopped until step 9 routes requests to the new installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been stopped yet. If the cutover goes wrong, Roll back starts the old installation again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at each step, as recorded in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps with their state, duration and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>summary table: step number and title, e.g. &quot;3. Back up the old database&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>summary table: a step without a measured duration</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist with every step, the downtime, the checks and the commands run (secrets masked), as Markdown, HTML or PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report yet: no step has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <extracomment>%1: the report file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::TeeWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::TradeoffsPanel</name>
    <message>
        <source>Before the downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gains and costs of a parallel upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going back is simple: the old installation and its data stay as they were until you remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose when this happens; everything before this step was done while users kept working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new installation was tested with a copy of the real data before anyone uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users are cut off only for the switch itself, not for the whole installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two servers run side by side until step 10, with the cost that brings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every custom setting must have been carried over; the more there are, the more can be missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing a second installation took longer than upgrading in place would have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you gain</source>
        <extracomment>headings of the two lists of the tradeoffs on step 7</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel upgrade: gains and costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rehearsal showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal (steps 3 to 6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checks passed: %1.</source>
        <extracomment>number of rehearsal checks that passed</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that failed – look at them before you stop the servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime:&lt;/b&gt; not known yet – step 6 predicts it from the rehearsal&apos;s timings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: about %1&lt;/b&gt;, from the rehearsal&apos;s backup, import, start and checks, plus stopping and routing.</source>
        <extracomment>%1: a duration such as &quot;4 min 20 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::UpgradePlan</name>
    <message>
        <source>is %1, newer than this program understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the application&apos;s recipe: one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a known recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one of %1, or add your own recipe file to the recipes folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same host as &quot;old&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parallel upgrade builds the new installation somewhere else: give another host, port or user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looks like a secret, and a plan never holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it: the wizard asks for secrets and keeps them in the system keychain; for unattended runs name an environment variable under &quot;secretEnvironment&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the host as { &quot;address&quot;: &quot;host name or ssh alias&quot;, &quot;user&quot;: &quot;...&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it to the host name, IP address or ~/.ssh/config alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it to &quot;nginx&quot;, &quot;dns&quot; or &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An nginx route needs the proxy host: { &quot;address&quot;: &quot;...&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the nginx file that names the upstream server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name users resolve, e.g. app.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known kind of route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::UpgradeWizard</name>
    <message>
        <source>Parallel Upgrade Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the upgrade?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade started on %1 (%2) was not finished.</source>
        <extracomment>%1: date and time the session started, %2: the plan file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume at step %1 &quot;%2&quot;</source>
        <extracomment>%1: step number, %2: step title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps already done are kept. Starting over begins a new session; the old one stays in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume at the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back to the old installation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rollback stops the new installation, starts the old installation&apos;s services again and routes requests back to the old host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old database was not written by the new version, so users continue with the data they had when step 7 stopped the servers. Steps 7 to 9 are marked not started; you can try the cutover again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rollback is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing cancels the running command and closes the wizard once it has stopped. The journal keeps what was done; starting the wizard again offers to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::WelcomePage</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx reverse proxy on %1, public address %2</source>
        <extracomment>%1: the proxy host, %2: the public address users open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS name %1, public address %2</source>
        <extracomment>%1: the DNS name users resolve, %2: the public address users open</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: users are switched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to the Parallel Upgrade Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In a parallel upgrade the new version of your application is installed on a second machine, beside the one your users work on. Its configuration and a copy of the data are brought over and tested while the old installation keeps running. Only when everything works do both stop for a short downtime: the latest data is copied once more, and users are switched to the new installation.&lt;/p&gt;&lt;p&gt;Until that switch the old installation is left untouched, so going back is easy. The wizard does each step over SSH and records what it did.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a parallel upgrade is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan loaded. Load a plan file to say which application is upgraded, from which host to which host, and how users are switched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1
Application recipe: %2
Old host: %3
New host: %4
Route: %5</source>
        <extracomment>summary of the loaded plan; each %n is a value, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load another plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet: one is recorded in the journal from the first step on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1, started %2, is recorded in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>puw::detail::HostWorker</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost: no answer from the server for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
