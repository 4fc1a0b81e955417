<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>puw::App</name>
    <message>
        <source>The recipe cannot be used</source>
        <extracomment>shown when the plan&apos;s recipe cannot be used; the steps cannot run until it is fixed</extracomment>
        <translation>Das Rezept ist nicht verwendbar</translation>
    </message>
    <message>
        <source>%1

The wizard shows the journal, but steps cannot run until this is fixed.</source>
        <translation>%1

Der Assistent zeigt das Journal, aber die Schritte können erst laufen, wenn das behoben ist.</translation>
    </message>
    <message>
        <source>--through %1: not a step; give 1 to 10 or a step id such as import-backup.</source>
        <extracomment>%1 is what the admin gave after --through; &quot;import-backup&quot; is a step id, not translated</extracomment>
        <translation>--through %1: kein Schritt; geben Sie 1 bis 10 oder eine Schritt-ID wie import-backup an.</translation>
    </message>
    <message>
        <source>Parallel Upgrade Wizard</source>
        <extracomment>the program&apos;s name, shown after each window&apos;s title</extracomment>
        <translation>Assistent für parallele Upgrades</translation>
    </message>
</context>
<context>
    <name>puw::ByteStreams</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>puw::CanaryView</name>
    <message>
        <source>Canary stages</source>
        <translation>Canary-Stufen</translation>
    </message>
    <message>
        <source>Canary stages: the share of requests sent to new, and how new answered</source>
        <translation>Canary-Stufen: der Anteil der Anfragen an den neuen Host und wie der neue Host geantwortet hat</translation>
    </message>
    <message>
        <source>Share set</source>
        <extracomment>column headers of the canary table</extracomment>
        <translation>Vorgegebener Anteil</translation>
    </message>
    <message>
        <source>Share seen</source>
        <translation>Beobachteter Anteil</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Requests at new</source>
        <translation>Anfragen an neu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Canary stages: none has run yet.</source>
        <translation>Canary-Stufen: Noch keine ist gelaufen.</translation>
    </message>
</context>
<context>
    <name>puw::Checks</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>certificate for &apos;%1&apos;, valid from %2 until %3</source>
        <translation>Zertifikat für „%1“, gültig von %2 bis %3</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>Verbindung von %1 abgelehnt</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not valid: %2</source>
        <translation>TLS-Zertifikat von %1 ungültig: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>not an http or https address: %1</source>
        <translation>keine http- oder https-Adresse: %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>abgebrochen nach %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>keine Antwort von %1 innerhalb von %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>Status %1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>expected status %1, got %2: %3</source>
        <translation>Status %1 erwartet, %2 erhalten: %3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; in body, got: %2 (%3)</source>
        <translation>„%1“ im Body erwartet, erhalten: %2 (%3)</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>ein leerer Body</translation>
    </message>
    <message>
        <source>%1, slower than the %2 allowed</source>
        <translation>%1, langsamer als die erlaubten %2</translation>
    </message>
    <message>
        <source>, body contains &apos;%1&apos;</source>
        <translation>, Body enthält „%1“</translation>
    </message>
    <message>
        <source>, TLS certificate valid until %1</source>
        <translation>, TLS-Zertifikat gültig bis %1</translation>
    </message>
    <message>
        <source>healthy at the first attempt: %1</source>
        <translation>beim ersten Versuch bereit: %1</translation>
    </message>
    <message>
        <source>healthy after %1 attempts in %2: %3</source>
        <translation>bereit nach %1 Versuchen in %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1</source>
        <translation>
            <numerusform>abgebrochen nach %n Versuch in %1</numerusform>
            <numerusform>abgebrochen nach %n Versuchen in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>angehalten nach %n Versuch in %1; zuletzt: %2</numerusform>
            <numerusform>angehalten nach %n Versuchen in %1; zuletzt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not healthy within %1 (%n attempt(s)); last: %2</source>
        <translation>
            <numerusform>nicht bereit innerhalb von %1 (%n Versuch); zuletzt: %2</numerusform>
            <numerusform>nicht bereit innerhalb von %1 (%n Versuche); zuletzt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are not both numbers</source>
        <translation>„%1“ und „%2“ sind nicht beide Zahlen</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>expected at least %1</source>
        <translation>mindestens %1 erwartet</translation>
    </message>
    <message>
        <source>expected it to contain &apos;%1&apos;</source>
        <translation>erwartet, dass es „%1“ enthält</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>einen Wert erwartet</translation>
    </message>
    <message>
        <source>could not connect to %1 on %2:%3 as %4: %5</source>
        <translation>keine Verbindung zu %1 auf %2:%3 als %4: %5</translation>
    </message>
    <message>
        <source>the query failed: %1 (%2)</source>
        <translation>die Abfrage ist fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>the query returned no row: %1</source>
        <translation>die Abfrage lieferte keine Zeile: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1, got %2 from: %3</source>
        <translation>%1, %2 erhalten von: %3</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-%2)</translation>
    </message>
    <message>
        <source>the check has no command</source>
        <translation>die Prüfung hat keinen Befehl</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>abgebrochen auf %1</translation>
    </message>
    <message>
        <source>could not run on %1: %2</source>
        <translation>konnte auf %1 nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>exit code %1 on %2</source>
        <translation>Exit-Code %1 auf %2</translation>
    </message>
    <message>
        <source>exit code %1 on %2: %3</source>
        <translation>Exit-Code %1 auf %2: %3</translation>
    </message>
    <message>
        <source>output does not contain &apos;%1&apos;, got: %2</source>
        <translation>Ausgabe enthält nicht „%1“, erhalten: %2</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>exit code 0 on %1 in %2</source>
        <translation>Exit-Code 0 auf %1 in %2</translation>
    </message>
    <message>
        <source>exit code 0 on %1, output contains &apos;%2&apos;</source>
        <translation>Exit-Code 0 auf %1, Ausgabe enthält „%2“</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>could not measure the logs on %1: %2</source>
        <translation>die Logs auf %1 konnten nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>could not measure the logs on %1: unexpected answer &apos;%2&apos;</source>
        <translation>die Logs auf %1 konnten nicht gemessen werden: unerwartete Antwort „%2“</translation>
    </message>
    <message>
        <source>the log error pattern &apos;%1&apos; is not valid: %2</source>
        <translation>das Fehlermuster für Logs „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>cancelled while reading %1</source>
        <translation>abgebrochen beim Lesen von %1</translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: unerwartete Antwort „%3“</translation>
    </message>
    <message>
        <source>%1 was rotated or truncated since the start: read from its beginning</source>
        <translation>%1 wurde seit dem Start rotiert oder gekürzt: von Anfang an gelesen</translation>
    </message>
    <message>
        <source>only the first %1 of %2 were read</source>
        <translation>nur die ersten %1 von %2 wurden gelesen</translation>
    </message>
    <message numerus="yes">
        <source>no line matches the error pattern in %n log(s) since the start (%1 read)</source>
        <translation>
            <numerusform>keine Zeile passt auf das Fehlermuster in %n Log seit dem Start (%1 gelesen)</numerusform>
            <numerusform>keine Zeile passt auf das Fehlermuster in %n Logs seit dem Start (%1 gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match the error pattern in %1: %2</source>
        <translation>
            <numerusform>%n Zeile passt auf das Fehlermuster in %1: %2</numerusform>
            <numerusform>%n Zeilen passen auf das Fehlermuster in %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ChecksView</name>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>column headers of the checks table</extracomment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checks and their results</source>
        <translation>Prüfungen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Checks: none run yet.</source>
        <translation>Prüfungen: noch keine ausgeführt.</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>result of one check</extracomment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed.</source>
        <extracomment>%1: checks passed, %2: checks failed</extracomment>
        <translation>Prüfungen: %1 bestanden, %2 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>puw::CommandLine</name>
    <message>
        <source>Walks you through a parallel upgrade of a self-hosted web application: the new version is installed beside the old one, loaded with its data and tested before users are switched over.</source>
        <translation>Führt Sie durch das parallele Upgrade einer selbst gehosteten Webanwendung: Die neue Version wird neben der alten installiert, mit deren Daten befüllt und getestet, bevor die Benutzer umgestellt werden.</translation>
    </message>
    <message>
        <source>Open the upgrade plan FILE.</source>
        <translation>Den Upgrade-Plan DATEI öffnen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Keep the session journal and local backups in DIR instead of the user&apos;s data folder.</source>
        <translation>Sitzungsjournal und lokale Sicherungen in VERZ statt im Datenordner des Benutzers ablegen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation>Mit --help werden die Optionen angezeigt.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. To open a plan, use --plan FILE.</source>
        <translation>Unerwartetes Argument „%1“. Um einen Plan zu öffnen, verwenden Sie --plan DATEI.</translation>
    </message>
    <message>
        <source>Run the plan&apos;s steps without a window, printing one line per event.</source>
        <translation>Die Schritte des Plans ohne Fenster ausführen und je Ereignis eine Zeile ausgeben.</translation>
    </message>
    <message>
        <source>With --headless: stop after STEP (a number or a step id; default 9).</source>
        <translation>Mit --headless: nach SCHRITT anhalten (eine Nummer oder Schritt-ID; Standard 9).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>With --headless: confirm the steps that change the old installation.</source>
        <translation>Mit --headless: die Schritte bestätigen, die die alte Installation verändern.</translation>
    </message>
    <message>
        <source>With --headless: list every command as it would run, and run none.</source>
        <translation>Mit --headless: jeden Befehl so auflisten, wie er laufen würde, und keinen ausführen.</translation>
    </message>
    <message>
        <source>With --headless: bring the old installation back into service.</source>
        <translation>Mit --headless: die alte Installation wieder in Betrieb nehmen.</translation>
    </message>
    <message>
        <source>With --headless: write the report to FILE (.md, .html or .pdf).</source>
        <translation>Mit --headless: den Bericht in DATEI schreiben (.md, .html oder .pdf).</translation>
    </message>
    <message>
        <source>Show the interface in LANG (%1) instead of the system&apos;s language.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;de, en, fr&quot;; LANG is the option&apos;s argument</extracomment>
        <translation>Die Oberfläche in SPRACHE (%1) statt in der Sprache des Systems anzeigen.</translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>the argument of --lang, shown in --help as &lt;LANG&gt;</extracomment>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>--lang %1: no such language; available: %2.</source>
        <extracomment>%1 is what the admin gave after --lang, %2 the language codes the program has, e.g. &quot;de, en, fr&quot;</extracomment>
        <translation>--lang %1: unbekannte Sprache; verfügbar: %2.</translation>
    </message>
    <message>
        <source>--headless needs a plan: --plan FILE.</source>
        <translation>--headless braucht einen Plan: --plan DATEI.</translation>
    </message>
    <message>
        <source>Exit codes of --headless:
  %1  every step that ran succeeded
  %2  a step failed
  %3  a step that changes the old installation needs --assume-yes
  %4  cancelled by Ctrl-C (SIGINT) or SIGTERM: the running step ended Cancelled;
     running again resumes. A second signal ends the program at once (%5 or %6).
  %7 a broken plan or recipe, %8 the journal cannot be opened, %9 a wrong option
</source>
        <extracomment>--help&apos;s list of exit codes; keep the numbers and each code&apos;s line</extracomment>
        <translation>Exit-Codes von --headless:
  %1  jeder ausgeführte Schritt war erfolgreich
  %2  ein Schritt ist fehlgeschlagen
  %3  ein Schritt, der die alte Installation ändert, braucht --assume-yes
  %4  abgebrochen mit Strg-C (SIGINT) oder SIGTERM: der laufende Schritt endete „Abgebrochen“;
     ein erneuter Aufruf setzt fort. Ein zweites Signal beendet das Programm sofort (%5 oder %6).
  %7 ein fehlerhafter Plan oder ein fehlerhaftes Rezept, %8 das Journal lässt sich nicht öffnen, %9 eine falsche Option
</translation>
    </message>
    <message>
        <source>With --headless: remove the dumps the upgrade left on the hosts (the report lists them); with --assume-yes, else they are only listed.</source>
        <translation>Mit --headless: die Sicherungen entfernen, die das Upgrade auf den Hosts hinterlassen hat (der Bericht listet sie auf); mit --assume-yes, sonst werden sie nur aufgelistet.</translation>
    </message>
    <message>
        <source>With --export-ansible: the cutover&apos;s batch size, in installations (default 1).</source>
        <translation>Mit --export-ansible: die Stapelgröße der Umstellung, in Installationen (Standard 1).</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>the argument of --ansible-serial, shown in --help as &lt;N&gt; (a number)</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export-ansible: the cutover&apos;s max_fail_percentage (default 0).</source>
        <extracomment>max_fail_percentage is Ansible&apos;s keyword, not translated</extracomment>
        <translation>Mit --export-ansible: max_fail_percentage der Umstellung (Standard 0).</translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>the argument of --ansible-max-fail-percent, shown in --help as &lt;P&gt; (a percentage)</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>--ansible-serial and --ansible-max-fail-percent go with --export-ansible.</source>
        <translation>--ansible-serial und --ansible-max-fail-percent gehören zu --export-ansible.</translation>
    </message>
    <message>
        <source>--export-ansible runs nothing: it does not go with --headless.</source>
        <translation>--export-ansible führt nichts aus: es gehört nicht zu --headless.</translation>
    </message>
    <message>
        <source>--ansible-serial takes a whole number from 1, --ansible-max-fail-percent one from 0 to 100.</source>
        <translation>--ansible-serial nimmt eine ganze Zahl ab 1, --ansible-max-fail-percent eine von 0 bis 100.</translation>
    </message>
    <message>
        <source>With --headless: create on new the database roles old&apos;s database names and new lacks, as old defines them (steps 1 and 3).</source>
        <translation>Mit --headless: auf dem neuen Host die Datenbankrollen anlegen, die die Datenbank des alten nennt und die dort fehlen, so wie der alte sie definiert (Schritte 1 und 3).</translation>
    </message>
    <message>
        <source>Write the plan&apos;s upgrade as an Ansible project into DIR (inventory, rehearsal, cutover and rollback playbooks, README) and exit. Needs --plan or --inventory.</source>
        <translation>Das Upgrade des Plans als Ansible-Projekt nach DIR schreiben (Inventar, Playbooks für Probe, Umstellung und Rücknahme, README) und beenden. Braucht --plan oder --inventory.</translation>
    </message>
    <message>
        <source>With --export-ansible: export every plan FILE lists (a JSON object {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, paths relative to FILE&apos;s folder), beside --plan&apos;s.</source>
        <translation>Mit --export-ansible: jeden Plan exportieren, den FILE auflistet (ein JSON-Objekt {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, Pfade relativ zum Ordner von FILE), zusätzlich zu dem von --plan.</translation>
    </message>
    <message>
        <source>Read the JSON output of ansible-playbook runs of an export (ANSIBLE_STDOUT_CALLBACK=json), LOG and any further files given after it, in the order they ran; write a session journal and a report per installation (in --session-dir, one folder each; --report FILE chooses the format) and exit. --plan names the plan the export was made from. Exit codes as --headless&apos;s.</source>
        <translation>Die JSON-Ausgabe von ansible-playbook-Läufen eines Exports lesen (ANSIBLE_STDOUT_CALLBACK=json), LOG und die danach angegebenen Dateien, in der Reihenfolge ihrer Läufe; je Installation ein Sitzungsjournal und einen Bericht schreiben (in --session-dir, je ein Ordner; --report FILE wählt das Format) und beenden. --plan nennt den Plan, aus dem der Export stammt. Exit-Codes wie bei --headless.</translation>
    </message>
    <message>
        <source>LOG</source>
        <extracomment>the argument of --import-ansible, shown in --help as &lt;LOG&gt; (a file)</extracomment>
        <translation>LOG</translation>
    </message>
    <message>
        <source>--import-ansible runs nothing: it goes only with --plan, --session-dir, --report and --lang.</source>
        <translation>--import-ansible führt nichts aus: Es geht nur mit --plan, --session-dir, --report und --lang.</translation>
    </message>
    <message>
        <source>--inventory goes with --export-ansible: --export-ansible DIR --inventory FILE.</source>
        <translation>--inventory gehört zu --export-ansible: --export-ansible DIR --inventory FILE.</translation>
    </message>
    <message>
        <source>--export-ansible needs a plan: --plan FILE, or several: --inventory FILE.</source>
        <translation>--export-ansible braucht einen Plan: --plan FILE, oder mehrere: --inventory FILE.</translation>
    </message>
    <message>
        <source>With --headless: step 4 may set wal_level = logical on old and restart old&apos;s PostgreSQL for the plan&apos;s replication (its database unavailable for seconds).</source>
        <translation>Mit --headless: Schritt 4 darf auf dem alten Host wal_level = logical setzen und das PostgreSQL des alten Hosts für die Replikation des Plans neu starten (seine Datenbank ist dann einige Sekunden lang nicht verfügbar).</translation>
    </message>
    <message>
        <source>With --headless: open or close the testers&apos; preview of the plan&apos;s route.preview (from the end of step 6 until step 9); opening reloads the proxy and needs --assume-yes.</source>
        <translation>Mit --headless: die Vorschau für Tester aus route.preview des Plans öffnen oder schließen (vom Ende von Schritt 6 bis Schritt 9); das Öffnen lädt den Proxy neu und braucht --assume-yes.</translation>
    </message>
    <message>
        <source>open|close</source>
        <extracomment>the argument of --preview, shown in --help as &lt;open|close&gt;; the words themselves are not translated</extracomment>
        <translation>open|close</translation>
    </message>
    <message>
        <source>--preview takes &quot;open&quot; or &quot;close&quot;, not &quot;%1&quot;.</source>
        <translation>--preview erwartet „open“ oder „close“, nicht „%1“.</translation>
    </message>
    <message>
        <source>--through, --assume-yes, --dry-run, --rollback, --remove-host-backups, --create-missing-roles, --allow-old-database-restart, --preview and --report go with --headless.</source>
        <translation>--through, --assume-yes, --dry-run, --rollback, --remove-host-backups, --create-missing-roles, --allow-old-database-restart, --preview und --report gehören zu --headless.</translation>
    </message>
</context>
<context>
    <name>puw::CommandPreviewPanel</name>
    <message>
        <source>Show the co&amp;mmands</source>
        <translation>Befehle an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the commands of step %1</source>
        <translation>Die Befehle von Schritt %1 anzeigen</translation>
    </message>
    <message>
        <source>Lists what this step will run on each host, without running anything.</source>
        <translation>Listet auf, was dieser Schritt auf jedem Host ausführen wird, ohne etwas auszuführen.</translation>
    </message>
    <message>
        <source>About the commands of step %1</source>
        <translation>Zu den Befehlen von Schritt %1</translation>
    </message>
    <message>
        <source>Commands step %1 will run</source>
        <translation>Befehle, die Schritt %1 ausführen wird</translation>
    </message>
    <message>
        <source>Listing…</source>
        <extracomment>shown while the list of a step&apos;s commands is being made (it takes a moment)</extracomment>
        <translation>Liste wird erstellt…</translation>
    </message>
    <message>
        <source>Hide the co&amp;mmands</source>
        <translation>Befehle aus&amp;blenden</translation>
    </message>
    <message>
        <source>The list stops where the step needs what an earlier step finds out: %1</source>
        <extracomment>%1 why the dry run of the step stopped before its end</extracomment>
        <translation>Die Liste endet dort, wo der Schritt braucht, was ein früherer Schritt herausfindet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s), none of them run yet. The report lists what did run.</source>
        <translation>
            <numerusform>%n Befehl, noch keiner ausgeführt. Der Bericht listet auf, was ausgeführt wurde.</numerusform>
            <numerusform>%n Befehle, noch keiner ausgeführt. Der Bericht listet auf, was ausgeführt wurde.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step runs no command on the hosts.</source>
        <translation>Dieser Schritt führt keinen Befehl auf den Hosts aus.</translation>
    </message>
</context>
<context>
    <name>puw::CommandResult</name>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>mit Code %1 beendet</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
</context>
<context>
    <name>puw::CommandRun</name>
    <message>
        <source>Cannot open a channel on %1: %2</source>
        <translation>Auf %1 kann kein Kanal geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 hat die Ausführung eines Befehls verweigert: %2</translation>
    </message>
    <message>
        <source>The command on %1 ended without an exit status.</source>
        <translation>Der Befehl auf %1 endete ohne Exit-Status.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s.</source>
        <translation>Der Befehl wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <source>The receiving side failed: %1</source>
        <translation>Die Empfangsseite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The command on %1 failed: %2</source>
        <translation>Der Befehl auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The sending side failed: %1</source>
        <translation>Die Sendeseite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The command on %1 stopped reading its input.</source>
        <translation>Der Befehl auf %1 hat aufgehört, seine Eingabe zu lesen.</translation>
    </message>
    <message>
        <source>Writing to the command on %1 failed: %2</source>
        <translation>Schreiben an den Befehl auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading from the command on %1 failed: %2</source>
        <translation>Lesen vom Befehl auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The command on %1 made no progress for %2 s (it printed nothing and took no input) and was stopped.</source>
        <translation>Der Befehl auf %1 kam %2 s lang nicht voran (er gab nichts aus und las nichts) und wurde beendet.</translation>
    </message>
    <message>
        <source>%1 The last line it printed: &quot;%2&quot;</source>
        <translation>%1 Die letzte Zeile, die er ausgab: „%2“</translation>
    </message>
</context>
<context>
    <name>puw::ConfigDiffView</name>
    <message>
        <source>The file on the new host now</source>
        <translation>Die Datei auf dem neuen Host, wie sie jetzt ist</translation>
    </message>
    <message>
        <source>What step 2 will write on the new host</source>
        <translation>Was Schritt 2 auf den neuen Host schreiben wird</translation>
    </message>
    <message>
        <source>Pre&amp;vious change</source>
        <translation>&amp;Vorige Änderung</translation>
    </message>
    <message>
        <source>Ne&amp;xt change</source>
        <translation>Nä&amp;chste Änderung</translation>
    </message>
    <message>
        <source>Show the previous change (Shift+F8 in the list of changes)</source>
        <translation>Die vorige Änderung zeigen (Umschalt+F8 in der Liste der Änderungen)</translation>
    </message>
    <message>
        <source>Show the next change (F8 in the list of changes)</source>
        <translation>Die nächste Änderung zeigen (F8 in der Liste der Änderungen)</translation>
    </message>
</context>
<context>
    <name>puw::ConfigPage</name>
    <message>
        <source>Co&amp;mpare the files</source>
        <translation>Dateien ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Compare the configuration files of old and new</source>
        <translation>Die Konfigurationsdateien von alt und neu vergleichen</translation>
    </message>
    <message>
        <source>Reads the files on both hosts and changes nothing.</source>
        <translation>Liest die Dateien auf beiden Hosts und ändert nichts.</translation>
    </message>
    <message>
        <source>Old and new configuration files</source>
        <translation>Konfigurationsdateien alt und neu</translation>
    </message>
    <message>
        <source>Files to copy (tick the ones the new installation needs):</source>
        <translation>Zu kopierende Dateien (markieren Sie die, die die neue Installation braucht):</translation>
    </message>
    <message>
        <source>Configuration files, ticked to be copied</source>
        <translation>Konfigurationsdateien, zum Kopieren markiert</translation>
    </message>
    <message>
        <source>%1 (same on both)</source>
        <extracomment>a configuration file in the list; %1: its path</extracomment>
        <translation>%1 (auf beiden gleich)</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (unterschiedlich)</translation>
    </message>
    <message>
        <source>changed by the admin on old</source>
        <translation>vom Administrator auf dem alten geändert</translation>
    </message>
    <message>
        <source>changed by the new version</source>
        <translation>von der neuen Version geändert</translation>
    </message>
    <message>
        <source>added by the new version</source>
        <translation>von der neuen Version hinzugefügt</translation>
    </message>
    <message>
        <source>removed by the new version</source>
        <translation>von der neuen Version entfernt</translation>
    </message>
    <message>
        <source>conflict: both changed it</source>
        <translation>Konflikt: beide haben es geändert</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>unterscheidet sich</translation>
    </message>
    <message>
        <source>old&apos;s is written</source>
        <translation>der des alten wird geschrieben</translation>
    </message>
    <message>
        <source>new&apos;s is written</source>
        <translation>der des neuen wird geschrieben</translation>
    </message>
    <message>
        <source>CHOOSE A SIDE</source>
        <translation>WÄHLEN SIE EINE SEITE</translation>
    </message>
    <message>
        <source>Old&apos;s line %1, %5&apos;s line %2: %3; %4</source>
        <extracomment>a change of the merge; %1: line in old&apos;s file, %2: line in %5, %3: what kind, %4: which side; %5: &quot;the new default&quot; or &quot;new&quot;</extracomment>
        <translation>Zeile %1 des alten, Zeile %2 von %5: %3; %4</translation>
    </message>
    <message>
        <source>the new default</source>
        <translation>der neuen Vorgabe</translation>
    </message>
    <message>
        <source>new</source>
        <translation>dem neuen</translation>
    </message>
    <message>
        <source>The changes of the merge, each with the side that is written</source>
        <translation>Die Änderungen der Zusammenführung, jede mit der Seite, die geschrieben wird</translation>
    </message>
    <message>
        <source>C&amp;hanges (choose a side for each conflict):</source>
        <translation>Än&amp;derungen (wählen Sie für jeden Konflikt eine Seite):</translation>
    </message>
    <message>
        <source>&amp;Take old&apos;s</source>
        <translation>Den des &amp;alten nehmen</translation>
    </message>
    <message>
        <source>Take the old host&apos;s lines for the selected change</source>
        <translation>Die Zeilen des alten Hosts für die gewählte Änderung nehmen</translation>
    </message>
    <message>
        <source>Writes the old host&apos;s lines for the selected change (O in the list).</source>
        <translation>Schreibt die Zeilen des alten Hosts für die gewählte Änderung (O in der Liste).</translation>
    </message>
    <message>
        <source>Keep ne&amp;w&apos;s</source>
        <translation>Den des &amp;neuen behalten</translation>
    </message>
    <message>
        <source>Keep the new host&apos;s lines for the selected change</source>
        <translation>Die Zeilen des neuen Hosts für die gewählte Änderung behalten</translation>
    </message>
    <message>
        <source>Writes the new host&apos;s lines for the selected change (N in the list).</source>
        <translation>Schreibt die Zeilen des neuen Hosts für die gewählte Änderung (N in der Liste).</translation>
    </message>
</context>
<context>
    <name>puw::ConnectionProbe</name>
    <message>
        <source>Logged in to %1, but &quot;id -un; uname -sr&quot; did not work: %2.</source>
        <translation>Angemeldet an %1, aber „id -un; uname -sr“ hat nicht funktioniert: %2.</translation>
    </message>
    <message>
        <source>Connected to %1: logged in as %2 on %3.</source>
        <extracomment>%1: user@host as tested, %2: the remote login name, %3: the remote system (uname -sr)</extracomment>
        <translation>Verbunden mit %1: angemeldet als %2 auf %3.</translation>
    </message>
    <message>
        <source>Check the address and the port, that the host is up and that a firewall lets SSH through (try &quot;ssh -p PORT USER@ADDRESS&quot; from this machine).</source>
        <translation>Prüfen Sie Adresse und Port, ob der Host läuft und ob eine Firewall SSH durchlässt (versuchen Sie „ssh -p PORT BENUTZER@ADRESSE“ von diesem Rechner aus).</translation>
    </message>
    <message>
        <source>Check the user and the identity file; the key&apos;s public half must be in the user&apos;s ~/.ssh/authorized_keys on the host, or enter the right password.</source>
        <translation>Prüfen Sie Benutzer und Identitätsdatei; der öffentliche Teil des Schlüssels muss in ~/.ssh/authorized_keys dieses Benutzers auf dem Host stehen. Andernfalls geben Sie das richtige Passwort ein.</translation>
    </message>
    <message>
        <source>Refused: the host key of %1 has CHANGED since it was recorded. Nothing was saved; compare the two keys below before doing anything.</source>
        <translation>Abgelehnt: Der Host-Schlüssel von %1 hat sich GEÄNDERT, seit er eingetragen wurde. Nichts wurde gespeichert; vergleichen Sie die beiden Schlüssel unten, bevor Sie irgendetwas tun.</translation>
    </message>
    <message>
        <source>Test again and accept the key once you have compared its fingerprint.</source>
        <translation>Testen Sie erneut und nehmen Sie den Schlüssel an, sobald Sie seinen Fingerabdruck verglichen haben.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>puw::CredentialStore</name>
    <message>
        <source>The system keychain is unavailable (%1). Passwords and passphrases will be asked for each time and will not be remembered. To remember them, install and unlock a keychain: gnome-keyring (Debian package &quot;gnome-keyring&quot;) or KWallet, in a desktop session with D-Bus. Unattended runs can name environment variables under &quot;secretEnvironment&quot; in the plan instead.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). Passwörter und Passphrasen werden jedes Mal abgefragt und nicht gespeichert. Um sie zu speichern, installieren und entsperren Sie einen Schlüsselbund: gnome-keyring (Debian-Paket „gnome-keyring“) oder KWallet, in einer Desktop-Sitzung mit D-Bus. Unbeaufsichtigte Läufe können stattdessen Umgebungsvariablen unter „secretEnvironment“ im Plan angeben.</translation>
    </message>
    <message>
        <source>Cannot use the keychain entry &quot;%1&quot;: the purpose must be a lower-case identifier and the host must not be empty or hold control characters.</source>
        <translation>Der Schlüsselbund-Eintrag „%1“ ist nicht verwendbar: Der Zweck muss ein kleingeschriebener Bezeichner sein, und der Host darf weder leer sein noch Steuerzeichen enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a secret of fewer than %n characters could not be kept out of the logs.</source>
        <translation>
            <numerusform>Nicht gespeichert: Ein Geheimnis mit weniger als %n Zeichen kann nicht aus den Logs herausgehalten werden.</numerusform>
            <numerusform>Nicht gespeichert: Ein Geheimnis mit weniger als %n Zeichen kann nicht aus den Logs herausgehalten werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: the keychain was used from two threads.</source>
        <translation>Interner Fehler: Der Schlüsselbund wurde aus zwei Threads verwendet.</translation>
    </message>
    <message>
        <source>No saved secret for this host and purpose.</source>
        <translation>Kein gespeichertes Geheimnis für diesen Host und Zweck.</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>no keychain service found</source>
        <translation>kein Schlüsselbund-Dienst gefunden</translation>
    </message>
    <message>
        <source>The keychain refused the operation.</source>
        <translation>Der Schlüsselbund hat den Vorgang abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>der Schlüsselbund hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential store closed before the operation ended.</source>
        <translation>Der Anmeldedatenspeicher wurde geschlossen, bevor der Vorgang endete.</translation>
    </message>
    <message>
        <source>no Secret Service on the D-Bus session bus</source>
        <translation>kein Secret Service auf dem D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <source>no D-Bus session</source>
        <translation>keine D-Bus-Sitzung</translation>
    </message>
    <message>
        <source>no default keyring to save into, or it is locked</source>
        <translation>kein Standard-Schlüsselbund zum Speichern, oder er ist gesperrt</translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation>der Schlüsselbund ist gesperrt</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>der Schlüsselbund hat einen Fehler gemeldet</translation>
    </message>
</context>
<context>
    <name>puw::Database</name>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>Reading the size of %1</source>
        <translation>Lesen der Größe von %1</translation>
    </message>
    <message>
        <source>The query on %1</source>
        <translation>Die Abfrage auf %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 fehlgeschlagen mit Exit-Code %2.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>The recipe has no query for the migration head.</source>
        <translation>Das Rezept hat keine Abfrage für den Migrationsstand.</translation>
    </message>
    <message>
        <source>Verifying the dump %1</source>
        <translation>Prüfen des Dumps %1</translation>
    </message>
    <message>
        <source>Refusing to drop and create the database &quot;%1&quot; on the old host.</source>
        <translation>Die Datenbank „%1“ auf dem alten Host wird nicht gelöscht und neu angelegt.</translation>
    </message>
    <message>
        <source>Creating the database &quot;%1&quot;</source>
        <translation>Anlegen der Datenbank „%1“</translation>
    </message>
    <message>
        <source>Refusing to restore into the database &quot;%1&quot; on the old host.</source>
        <translation>In die Datenbank „%1“ auf dem alten Host wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring %1 into &quot;%2&quot; (stopped at the first error)</source>
        <translation>Wiederherstellen von %1 in „%2“ (Abbruch beim ersten Fehler)</translation>
    </message>
    <message>
        <source>A fix after the restore</source>
        <translation>Eine Korrektur nach der Wiederherstellung</translation>
    </message>
    <message>
        <source>pg_dump %1 cannot dump a PostgreSQL %2 server: install the PostgreSQL %3 client programs (pg_dump must be at least the server&apos;s major version).</source>
        <translation>pg_dump %1 kann keinen PostgreSQL-%2-Server sichern: Installieren Sie die Client-Programme von PostgreSQL %3 (pg_dump muss mindestens die Hauptversion des Servers haben).</translation>
    </message>
    <message>
        <source>MariaDB&apos;s mysqldump dumps MySQL %1; the restore may need the &quot;mysql8-collations&quot; fix.</source>
        <translation>mysqldump von MariaDB sichert MySQL %1; die Wiederherstellung braucht eventuell die Korrektur „mysql8-collations“.</translation>
    </message>
    <message>
        <source>Cannot read the row count line &quot;%1&quot;.</source>
        <translation>Die Zeilenzahl-Zeile „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The row counts ended early: the end marker is missing.</source>
        <translation>Die Zeilenzahlen endeten vorzeitig: Die Endmarkierung fehlt.</translation>
    </message>
    <message>
        <source>Expected a number, got &quot;%1&quot;.</source>
        <translation>Zahl erwartet, „%1“ erhalten.</translation>
    </message>
    <message>
        <source>The recipe&apos;s database section uses the unknown placeholder &quot;%1&quot;.</source>
        <translation>Der Datenbankabschnitt des Rezepts verwendet den unbekannten Platzhalter „%1“.</translation>
    </message>
    <message>
        <source>The recipe names no database.</source>
        <translation>Das Rezept nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>The database charset &quot;%1&quot; is not a plain name.</source>
        <translation>Der Zeichensatz „%1“ der Datenbank ist kein einfacher Name.</translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; is not absolute.</source>
        <translation>Der Dump-Pfad „%1“ ist nicht absolut.</translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; names a folder, not a file.</source>
        <translation>Der Dump-Pfad „%1“ bezeichnet einen Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The dump path contains a control character.</source>
        <translation>Der Dump-Pfad enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partial dump: it was never verified complete and cannot be restored.</source>
        <translation>„%1“ ist ein unvollständiger Dump: Er wurde nie als vollständig geprüft und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Asking the MySQL server&apos;s version</source>
        <translation>Abfrage der Version des MySQL-Servers</translation>
    </message>
    <message>
        <source>Cannot read the server version &quot;%1&quot;.</source>
        <translation>Die Serverversion „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Asking mysqldump&apos;s version</source>
        <translation>Abfrage der Version von mysqldump</translation>
    </message>
    <message>
        <source>Cannot read mysqldump&apos;s version &quot;%1&quot;.</source>
        <translation>Die Version von mysqldump „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Asking the PostgreSQL server&apos;s version</source>
        <translation>Abfrage der Version des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>Asking pg_dump&apos;s version</source>
        <translation>Abfrage der Version von pg_dump</translation>
    </message>
    <message>
        <source>Cannot read pg_dump&apos;s version &quot;%1&quot;.</source>
        <translation>Die Version von pg_dump „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The restore fix &quot;%1&quot; is not known for this database engine. Known fixes: %2.</source>
        <translation>Die Wiederherstellungskorrektur „%1“ ist für diese Datenbank-Engine nicht bekannt. Bekannte Korrekturen: %2.</translation>
    </message>
    <message>
        <source>A streamed dump needs the SHA-256 the relay computed.</source>
        <translation>Ein übertragener Dump braucht die vom Relay berechnete SHA-256-Summe.</translation>
    </message>
    <message>
        <source>Restoring the indexes and constraints of %1 into &quot;%2&quot;</source>
        <translation>Wiederherstellen der Indizes und Constraints von %1 in „%2“</translation>
    </message>
    <message>
        <source>Asking the database server who it is</source>
        <translation>Frage an den Datenbankserver, wer er ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to reach the database; use one of %2.</source>
        <translation>„%1“ ist kein Weg zur Datenbank; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>server %1 (%2:%3)</source>
        <extracomment>%1 the server&apos;s identity (a number or a UUID), %2:%3 where it listens</extracomment>
        <translation>Server %1 (%2:%3)</translation>
    </message>
    <message>
        <source>The server did not say which server it is (no identity line).</source>
        <translation>Der Server hat nicht gesagt, welcher Server er ist (keine Identitätszeile).</translation>
    </message>
    <message>
        <source>Listing the database roles</source>
        <translation>Auflisten der Datenbankrollen</translation>
    </message>
    <message>
        <source>The list of roles ended early: the end marker is missing.</source>
        <translation>Die Liste der Rollen endete zu früh: Die Endmarke fehlt.</translation>
    </message>
    <message>
        <source>Asking where the server keeps its data</source>
        <translation>Frage an den Server, wo er seine Daten ablegt</translation>
    </message>
    <message>
        <source>The server did not say where it keeps its data.</source>
        <translation>Der Server hat nicht gesagt, wo er seine Daten ablegt.</translation>
    </message>
    <message>
        <source>Asking %1&apos;s version</source>
        <translation>Frage nach der Version von %1</translation>
    </message>
    <message>
        <source>Cannot read %1&apos;s version &quot;%2&quot;.</source>
        <translation>Die Version von %1 ist nicht lesbar: „%2“.</translation>
    </message>
    <message>
        <source>old&apos;s counts are taken after the dump, and while old keeps taking writes the import may find counts that differ</source>
        <translation>die Zählungen des alten Hosts erfolgen nach der Sicherung, und solange er Schreibzugriffe erhält, kann der Import abweichende Zählungen finden</translation>
    </message>
    <message>
        <source>the dump login lacks the RELOAD privilege that FLUSH TABLES WITH READ LOCK needs (%1), so %2. Grant it (GRANT RELOAD ON *.* TO the dump login) to count in the dump&apos;s own snapshot</source>
        <extracomment>%1: the server&apos;s error, %2: what follows (old&apos;s counts are taken after the dump...)</extracomment>
        <translation>dem Sicherungskonto fehlt das Recht RELOAD, das FLUSH TABLES WITH READ LOCK braucht (%1), daher %2. Erteilen Sie es (GRANT RELOAD ON *.* TO das Sicherungskonto), um im Schnappschuss der Sicherung selbst zu zählen</translation>
    </message>
    <message>
        <source>the global read lock was not granted within 1 s (%1), so %2</source>
        <translation>die globale Lesesperre wurde nicht innerhalb von 1 s gewährt (%1), daher %2</translation>
    </message>
    <message>
        <source>mysqldump did not open its transaction within 1 s of the global read lock, which was released so as not to hold the application&apos;s writes any longer, so %1</source>
        <translation>mysqldump hat seine Transaktion nicht innerhalb 1 s nach der globalen Lesesperre geöffnet; die Sperre wurde freigegeben, um die Schreibzugriffe der Anwendung nicht länger aufzuhalten, daher %1</translation>
    </message>
    <message>
        <source>counting in the dump&apos;s snapshot failed (%1), so %2</source>
        <translation>das Zählen im Schnappschuss der Sicherung ist fehlgeschlagen (%1), daher %2</translation>
    </message>
    <message>
        <source>read every table and sequence</source>
        <translation>jede Tabelle und jede Sequenz lesen</translation>
    </message>
    <message>
        <source>the dump reads all of them</source>
        <translation>die Sicherung liest sie alle</translation>
    </message>
    <message>
        <source>the counts read all of them</source>
        <translation>die Zählungen lesen sie alle</translation>
    </message>
    <message>
        <source>act as the database&apos;s owner</source>
        <translation>als Eigentümer der Datenbank handeln</translation>
    </message>
    <message>
        <source>the restore creates the owner&apos;s tables in the database step 4 makes</source>
        <translation>die Wiederherstellung legt die Tabellen des Eigentümers in der Datenbank an, die Schritt 4 erstellt</translation>
    </message>
    <message>
        <source>steps 4 and 8 drop and create the database</source>
        <translation>die Schritte 4 und 8 löschen und erstellen die Datenbank</translation>
    </message>
    <message>
        <source>hand databases to the owner</source>
        <translation>Datenbanken dem Eigentümer übergeben</translation>
    </message>
    <message>
        <source>the database is created owned by the application&apos;s role</source>
        <translation>die Datenbank wird mit der Rolle der Anwendung als Eigentümer erstellt</translation>
    </message>
    <message>
        <source>ends sessions still connected before the drop</source>
        <translation>beendet vor dem Löschen noch verbundene Sitzungen</translation>
    </message>
    <message>
        <source>the dump reads every table</source>
        <translation>die Sicherung liest jede Tabelle</translation>
    </message>
    <message>
        <source>the dump reads the views&apos; definitions</source>
        <translation>die Sicherung liest die Definitionen der Views</translation>
    </message>
    <message>
        <source>the dump reads the triggers</source>
        <translation>die Sicherung liest die Trigger</translation>
    </message>
    <message>
        <source>the dump reads the events</source>
        <translation>die Sicherung liest die Events</translation>
    </message>
    <message>
        <source>counts in the dump&apos;s own snapshot; without it they are taken after the dump</source>
        <translation>Zählungen im eigenen Snapshot der Sicherung; ohne es werden sie nach der Sicherung erhoben</translation>
    </message>
    <message>
        <source>the counts read every table</source>
        <translation>die Zählungen lesen jede Tabelle</translation>
    </message>
    <message>
        <source>the restore runs the dump&apos;s statements</source>
        <translation>die Wiederherstellung führt die Anweisungen der Sicherung aus</translation>
    </message>
    <message>
        <source>create routines with binary logging on</source>
        <translation>Routinen bei aktivem Binärlog anlegen</translation>
    </message>
    <message>
        <source>only when the dump holds routines: SUPER, or the server&apos;s log_bin_trust_function_creators</source>
        <translation>nur wenn die Sicherung Routinen enthält: SUPER oder log_bin_trust_function_creators des Servers</translation>
    </message>
    <message>
        <source>steps 4 and 8 create the database</source>
        <translation>die Schritte 4 und 8 erstellen die Datenbank</translation>
    </message>
    <message>
        <source>steps 4 and 8 drop the database first</source>
        <translation>die Schritte 4 und 8 löschen zuerst die Datenbank</translation>
    </message>
    <message>
        <source>Asking what the login may do</source>
        <translation>Abfrage, was die Anmeldung darf</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the login&apos;s privileges ended early.</source>
        <translation>Die Antwort des Servers zu den Rechten der Anmeldung endete zu früh.</translation>
    </message>
    <message>
        <source>The list of accounts ended early: the end marker is missing.</source>
        <translation>Die Liste der Konten endete zu früh: Die Endmarke fehlt.</translation>
    </message>
    <message>
        <source>The roles&apos; definitions ended early: the end marker is missing.</source>
        <translation>Die Definitionen der Rollen endeten zu früh: Die Endmarke fehlt.</translation>
    </message>
    <message>
        <source>Old&apos;s database has no tables to replicate.</source>
        <translation>Die Datenbank des alten Hosts hat keine Tabellen zum Replizieren.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL has no free replication slot (max_replication_slots): raise it in postgresql.conf and restart, or drop a slot no one uses.</source>
        <translation>Das PostgreSQL des alten Hosts hat keinen freien Replikationsslot (max_replication_slots): Erhöhen Sie den Wert in postgresql.conf und starten Sie neu, oder löschen Sie einen Slot, den niemand verwendet.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL has no free WAL sender (max_wal_senders): raise it in postgresql.conf and restart.</source>
        <translation>Das PostgreSQL des alten Hosts hat keinen freien WAL-Sender (max_wal_senders): Erhöhen Sie den Wert in postgresql.conf und starten Sie neu.</translation>
    </message>
    <message numerus="yes">
        <source>Old&apos;s database holds %n large object(s), which logical replication does not copy.</source>
        <translation>
            <numerusform>Die Datenbank des alten Hosts enthält %n Large Object, das die logische Replikation nicht kopiert.</numerusform>
            <numerusform>Die Datenbank des alten Hosts enthält %n Large Objects, die die logische Replikation nicht kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>These tables have no primary key or replica identity, so their updates and deletes would not replicate: %1. Add a primary key, or run ALTER TABLE ... REPLICA IDENTITY FULL on old.</source>
        <translation>Diese Tabellen haben weder Primärschlüssel noch Replica Identity, daher würden ihre Änderungen und Löschungen nicht repliziert: %1. Fügen Sie einen Primärschlüssel hinzu oder führen Sie auf dem alten Host ALTER TABLE ... REPLICA IDENTITY FULL aus.</translation>
    </message>
    <message>
        <source>Reading what old&apos;s PostgreSQL allows for replication stopped early.</source>
        <translation>Das Lesen dessen, was das PostgreSQL des alten Hosts für die Replikation erlaubt, endete zu früh.</translation>
    </message>
    <message>
        <source>Reading the subscription&apos;s state on new stopped early.</source>
        <translation>Das Lesen des Zustands der Subskription auf dem neuen Host endete zu früh.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WAL position.</source>
        <translation>„%1“ ist keine WAL-Position.</translation>
    </message>
    <message>
        <source>Reading the replication slot on old stopped early.</source>
        <translation>Das Lesen des Replikationsslots auf dem alten Host endete zu früh.</translation>
    </message>
    <message>
        <source>Old has no replication slot &quot;%1&quot;: the subscription on new was dropped, or never created.</source>
        <translation>Der alte Host hat keinen Replikationsslot „%1“: Die Subskription auf dem neuen Host wurde gelöscht oder nie angelegt.</translation>
    </message>
    <message>
        <source>Old&apos;s sequence list holds a line that is not a setval: %1</source>
        <translation>Die Sequenzliste des alten Hosts enthält eine Zeile, die kein setval ist: %1</translation>
    </message>
    <message>
        <source>Reading old&apos;s sequences stopped early.</source>
        <translation>Das Lesen der Sequenzen des alten Hosts endete zu früh.</translation>
    </message>
    <message>
        <source>(the check of what is left on old stopped early)</source>
        <translation>(die Prüfung, was auf dem alten Host übrig ist, endete zu früh)</translation>
    </message>
</context>
<context>
    <name>puw::DeprovisionPage</name>
    <message>
        <source>What removing the old installation does</source>
        <translation>Was das Entfernen der alten Installation bewirkt</translation>
    </message>
    <message>
        <source>Address of the old host, typed in full</source>
        <translation>Adresse des alten Hosts, vollständig eingegeben</translation>
    </message>
    <message>
        <source>old host&apos;s address</source>
        <translation>Adresse des alten Hosts</translation>
    </message>
    <message>
        <source>This stops and disables the old installation&apos;s services for good; the final backup and the configuration archive are kept. To confirm, type the old host&apos;s address (%1) in full:</source>
        <extracomment>%1: the old host&apos;s address, which the admin must type</extracomment>
        <translation>Dies stoppt und deaktiviert die Dienste der alten Installation endgültig; die letzte Sicherung und das Konfigurationsarchiv bleiben erhalten. Geben Sie zur Bestätigung die Adresse des alten Hosts (%1) vollständig ein:</translation>
    </message>
</context>
<context>
    <name>puw::Downtime</name>
    <message>
        <source>stopping both installations</source>
        <translation>Anhalten beider Installationen</translation>
    </message>
    <message>
        <source>preparing the new database</source>
        <translation>Vorbereiten der neuen Datenbank</translation>
    </message>
    <message>
        <source>streaming the backup</source>
        <translation>Übertragen der Sicherung</translation>
    </message>
    <message>
        <source>restoring the rows</source>
        <translation>Wiederherstellen der Zeilen</translation>
    </message>
    <message>
        <source>indexes and constraints</source>
        <translation>Indizes und Constraints</translation>
    </message>
    <message>
        <source>comparing with the old database</source>
        <translation>Vergleich mit der alten Datenbank</translation>
    </message>
    <message>
        <source>watching that both stay stopped</source>
        <translation>Prüfen, dass beide angehalten bleiben</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>starting the new installation</source>
        <translation>Starten der neuen Installation</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>routing users to the new installation</source>
        <translation>Umleiten der Benutzer auf die neue Installation</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>one part of the downtime: %1 what (e.g. &quot;migrations&quot;), %2 seconds with one decimal</extracomment>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>catching up with old&apos;s last changes</source>
        <translation>Aufholen der letzten Änderungen des alten Hosts</translation>
    </message>
</context>
<context>
    <name>puw::DowntimeClock</name>
    <message>
        <source>Downtime clock</source>
        <translation>Ausfallzeit-Uhr</translation>
    </message>
    <message>
        <source>Downtime was %1.</source>
        <extracomment>%1: how long users were cut off</extracomment>
        <translation>Die Ausfallzeit betrug %1.</translation>
    </message>
    <message>
        <source>Downtime: %1 so far</source>
        <extracomment>%1: how long users have been cut off so far</extracomment>
        <translation>Ausfallzeit: bisher %1</translation>
    </message>
    <message>
        <source>(predicted: %1)</source>
        <extracomment>%1: the downtime the rehearsal predicted</extracomment>
        <translation>(vorhergesagt: %1)</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <extracomment>tooltip of the downtime clock; %1: the predicted parts, e.g. &quot;migrations 1.2 s, checks 0.3 s&quot;</extracomment>
        <translation>Vorhergesagt: %1</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <extracomment>tooltip of the downtime clock; %1: the measured parts, e.g. &quot;migrations 1.2 s, checks 0.3 s&quot;</extracomment>
        <translation>Gemessen: %1</translation>
    </message>
</context>
<context>
    <name>puw::Export</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Fix: an inventory of plans is a JSON object {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, each path absolute or relative to the inventory&apos;s folder, each plan once.</source>
        <translation>Behebung: Ein Inventar von Plänen ist ein JSON-Objekt {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, jeder Pfad absolut oder relativ zum Ordner des Inventars, jeder Plan nur einmal.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>is not JSON: %1 at character %2.</source>
        <translation>ist kein JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>is not a field of an inventory of plans.</source>
        <translation>ist kein Feld eines Inventars von Plänen.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>must be a list of plan files.</source>
        <translation>muss eine Liste von Plandateien sein.</translation>
    </message>
    <message>
        <source>lists no plan.</source>
        <translation>listet keinen Plan auf.</translation>
    </message>
    <message>
        <source>must be the path of a plan file.</source>
        <translation>muss der Pfad einer Plandatei sein.</translation>
    </message>
    <message>
        <source>names %1 a second time.</source>
        <extracomment>%1 the path, as the inventory gives it</extracomment>
        <translation>nennt %1 ein zweites Mal.</translation>
    </message>
    <message>
        <source>names %1, which --plan already gives.</source>
        <extracomment>%1 a plan file&apos;s path</extracomment>
        <translation>nennt %1, das --plan schon angibt.</translation>
    </message>
    <message>
        <source>Run the playbook again with its output in the json format: ANSIBLE_STDOUT_CALLBACK=json ansible-playbook ... &gt; LOG</source>
        <translation>Führen Sie das Playbook erneut mit Ausgabe im json-Format aus: ANSIBLE_STDOUT_CALLBACK=json ansible-playbook ... &gt; LOG</translation>
    </message>
    <message>
        <source>Cannot read the Ansible log %1: %2. Give the file ansible-playbook&apos;s output was written to.</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Das Ansible-Log %1 kann nicht gelesen werden: %2. Geben Sie die Datei an, in die die Ausgabe von ansible-playbook geschrieben wurde.</translation>
    </message>
    <message>
        <source>The Ansible log %1 is empty. %2</source>
        <translation>Das Ansible-Log %1 ist leer. %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 is not JSON (ansible-playbook wrote it with another output callback, such as the default one). %2</source>
        <extracomment>%1 the log&apos;s path, %2 how to get a JSON log</extracomment>
        <translation>Das Ansible-Log %1 ist kein JSON (ansible-playbook hat es mit einem anderen Ausgabe-Callback geschrieben, etwa dem Standard). %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 is not complete JSON (%2 at byte %3): the run was cut short or the file was cut. %4</source>
        <extracomment>%1 the log&apos;s path, %2 the JSON parser&apos;s reason, %3 its position, %4 how to get a JSON log</extracomment>
        <translation>Das Ansible-Log %1 ist kein vollständiges JSON (%2 bei Byte %3): Der Lauf wurde abgebrochen oder die Datei abgeschnitten. %4</translation>
    </message>
    <message>
        <source>The Ansible log %1 is JSON, but not the json callback&apos;s output (it has no &quot;plays&quot;). %2</source>
        <extracomment>%1 the log&apos;s path, %2 how to get a JSON log; &quot;plays&quot; is a JSON key, not translated</extracomment>
        <translation>Das Ansible-Log %1 ist JSON, aber nicht die Ausgabe des json-Callbacks (es hat keine „plays“). %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 holds no task result: the playbook ran no task (check the inventory&apos;s group puw_installations and the --limit given).</source>
        <extracomment>%1 the log&apos;s path</extracomment>
        <translation>Das Ansible-Log %1 enthält kein Task-Ergebnis: Das Playbook hat keinen Task ausgeführt (prüfen Sie die Gruppe puw_installations des Inventars und das angegebene --limit).</translation>
    </message>
    <message>
        <source>the task&apos;s output is hidden (no_log)</source>
        <translation>die Ausgabe des Tasks ist verborgen (no_log)</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <extracomment>%1 why a task failed, %2 the command&apos;s exit code</extracomment>
        <translation>%1 (Exit-Code %2)</translation>
    </message>
    <message>
        <source>(output not kept: this command was given a standard input, where the export passes secrets)</source>
        <translation>(Ausgabe nicht behalten: Dieser Befehl bekam eine Standardeingabe, über die der Export Geheimnisse übergibt)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Step %1: the task &quot;%2&quot; was skipped (%3).</source>
        <extracomment>%1 a step&apos;s number, %2 a task&apos;s name, %3 Ansible&apos;s reason, e.g. &quot;Conditional result was False&quot;</extracomment>
        <translation>Schritt %1: Der Task „%2“ wurde übersprungen (%3).</translation>
    </message>
    <message>
        <source>The rollback failed: task &quot;%1&quot;: %2</source>
        <extracomment>%1 the failed task&apos;s name, %2 why it failed</extracomment>
        <translation>Die Rücknahme ist fehlgeschlagen: Task „%1“: %2</translation>
    </message>
    <message>
        <source>The rollback (rollback.yml) put the old installation back into service at %1 UTC.</source>
        <translation>Die Rücknahme (rollback.yml) hat die alte Installation um %1 UTC wieder in Betrieb genommen.</translation>
    </message>
    <message>
        <source>Every task of this step was skipped by the Ansible run.</source>
        <translation>Jeder Task dieses Schritts wurde vom Ansible-Lauf übersprungen.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; failed: %2</source>
        <extracomment>%1 the failed task&apos;s name, %2 why it failed</extracomment>
        <translation>Task „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Run by Ansible: %n task(s), %1 skipped.</source>
        <extracomment>a step&apos;s summary after an Ansible run: %n tasks ran, %1 of them were skipped</extracomment>
        <translation>
            <numerusform>Von Ansible ausgeführt: %n Task, %1 übersprungen.</numerusform>
            <numerusform>Von Ansible ausgeführt: %n Tasks, %1 übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts and checksums: printed by the count tasks of the Ansible run and read back by parallel-upgrade; the Ansible run did not compare them.</source>
        <translation>Zeilenzahlen und Prüfsummen: von den Zähl-Tasks des Ansible-Laufs ausgegeben und von parallel-upgrade zurückgelesen; der Ansible-Lauf hat sie nicht verglichen.</translation>
    </message>
    <message>
        <source>acknowledged by the operator (%1).</source>
        <extracomment>%1 the variable the operator set, e.g. puw_ack_row_counts (not translated)</extracomment>
        <translation>vom Bediener bestätigt (%1).</translation>
    </message>
    <message>
        <source>Counts and checksums: not compared by the Ansible run; %1</source>
        <translation>Zählungen und Prüfsummen: vom Ansible-Lauf nicht verglichen; %1</translation>
    </message>
    <message>
        <source>The merge of the customised configuration: not done by the Ansible run; %1</source>
        <translation>Das Zusammenführen der angepassten Konfiguration: vom Ansible-Lauf nicht gemacht; %1</translation>
    </message>
    <message>
        <source>The check that the new database server is not the old host&apos;s: not made by the Ansible run; %1</source>
        <translation>Die Prüfung, dass der neue Datenbankserver nicht der des alten Hosts ist: vom Ansible-Lauf nicht gemacht; %1</translation>
    </message>
    <message>
        <source>The database check (the migration head on the new host): not made by the Ansible run; %1</source>
        <translation>Die Datenbankprüfung (der Migrationsstand auf dem neuen Host): vom Ansible-Lauf nicht gemacht; %1</translation>
    </message>
    <message>
        <source>The DNS switch: not done by the Ansible run; %1</source>
        <translation>Die DNS-Umstellung: vom Ansible-Lauf nicht gemacht; %1</translation>
    </message>
    <message>
        <source>A part of this step the export does not cover was not done by the Ansible run; acknowledged by the operator.</source>
        <translation>Ein Teil dieses Schritts, den der Export nicht abdeckt, wurde vom Ansible-Lauf nicht gemacht; vom Bediener bestätigt.</translation>
    </message>
    <message>
        <source>A part the export does not cover: not done by the Ansible run; %1</source>
        <translation>Ein Teil, den der Export nicht abdeckt: vom Ansible-Lauf nicht gemacht; %1</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project of %n installation(s) written to %1; its README.md says how to run it and where the secrets come from.</source>
        <extracomment>%1 the folder the export was written to, %n the number of installations in it</extracomment>
        <translation>
            <numerusform>Ansible-Projekt mit %n Installation nach %1 geschrieben; seine README.md sagt, wie man es ausführt und woher die Geheimnisse kommen.</numerusform>
            <numerusform>Ansible-Projekt mit %n Installationen nach %1 geschrieben; seine README.md sagt, wie man es ausführt und woher die Geheimnisse kommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--report %1: the format follows the file name, which must end in .md, .html or .pdf.</source>
        <extracomment>%1 the file given after --report</extracomment>
        <translation>--report %1: Das Format richtet sich nach dem Dateinamen, der auf .md, .html oder .pdf enden muss.</translation>
    </message>
    <message>
        <source>The plan %1 is the installation %2, which the logs do not name: the sessions are written without the plan.</source>
        <extracomment>%1 a plan file, %2 the installation&apos;s name in the export&apos;s inventory</extracomment>
        <translation>Der Plan %1 ist die Installation %2, die die Logs nicht nennen: Die Sitzungen werden ohne den Plan geschrieben.</translation>
    </message>
    <message>
        <source>[%1] no task of the export&apos;s steps (named &quot;[4 import-backup] ...&quot;): nothing to journal.</source>
        <extracomment>%1 an installation (a host of the play); &quot;[4 import-backup]&quot; shows the tags meant</extracomment>
        <translation>[%1] kein Task der Schritte des Exports (benannt „[4 import-backup] ...“): nichts zu protokollieren.</translation>
    </message>
    <message>
        <source>[%1] %2 step(s) done, %3 failed; journal in %4, report %5</source>
        <extracomment>%1 an installation, %2 and %3 numbers of steps, %4 the session folder, %5 the report file</extracomment>
        <translation>[%1] %2 Schritt(e) erledigt, %3 fehlgeschlagen; Journal in %4, Bericht %5</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>says old and new share one database: the Ansible export writes the separate-database procedure (import, downtime) only.</source>
        <translation>gibt an, dass alt und neu eine Datenbank teilen: Der Ansible-Export schreibt nur das Verfahren mit getrennten Datenbanken (Import, Ausfallzeit).</translation>
    </message>
    <message>
        <source>Run this plan with the wizard or with --headless, which leave out the import and the stop and can move users in canary stages.</source>
        <translation>Führen Sie diesen Plan mit dem Assistenten oder mit --headless aus; diese lassen den Import und das Stoppen weg und können die Benutzer in Canary-Stufen umziehen.</translation>
    </message>
</context>
<context>
    <name>puw::FileTransfer</name>
    <message>
        <source>Unexpected answer from the remote host while downloading to %1.</source>
        <translation>Unerwartete Antwort des entfernten Hosts beim Herunterladen nach %1.</translation>
    </message>
    <message>
        <source>The download to %1 ended after %2 of %3 bytes.</source>
        <translation>Das Herunterladen nach %1 endete nach %2 von %3 Bytes.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>%1 kann nicht hochgeladen werden: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>Cannot upload %1: the host is gone.</source>
        <translation>%1 kann nicht hochgeladen werden: Der Host ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Cannot download %1: the host is gone.</source>
        <translation>%1 kann nicht heruntergeladen werden: Der Host ist nicht mehr da.</translation>
    </message>
    <message>
        <source>Cannot upload %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 hochgeladen werden: %3</translation>
    </message>
    <message>
        <source>Cannot download %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 heruntergeladen werden: %3</translation>
    </message>
</context>
<context>
    <name>puw::GuiSecrets</name>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>passphrase of the SSH key</source>
        <translation>Passphrase des SSH-Schlüssels</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>sudo-Passwort</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Passphrase of the key %1, to log in to %2:</source>
        <translation>Passphrase des Schlüssels %1 für die Anmeldung an %2:</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: what the secret is for (e.g. &quot;sudo password&quot;), %2: the host</extracomment>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Enter the %1 for %2@%3:</source>
        <translation>Geben Sie das %1 für %2@%3 ein:</translation>
    </message>
</context>
<context>
    <name>puw::Headless</name>
    <message>
        <source>Resuming the session of %1.</source>
        <translation>Die Sitzung vom %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Rolling back: the old installation goes back into service.</source>
        <translation>Zurücksetzen: Die alte Installation geht wieder in Betrieb.</translation>
    </message>
    <message>
        <source>%1 %2 changes the old installation: run again with --assume-yes to confirm.</source>
        <translation>%1 %2 verändert die alte Installation: Zum Bestätigen erneut mit --assume-yes ausführen.</translation>
    </message>
    <message>
        <source>%1 %2: started</source>
        <translation>%1 %2: gestartet</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>[rollback] %1: %2</source>
        <extracomment>headless output; &quot;[rollback]&quot; is a fixed tag, %1 the rollback&apos;s state (Done, Failed), %2 what it did</extracomment>
        <translation>[rollback] %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>headless output: %1 the step tag, e.g. &quot;[4 import-backup]&quot;, %2 its end state, %3 its summary</extracomment>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Interrupted: a rollback is not stopped halfway, it runs to its end. A second Ctrl-C ends the program at once.</source>
        <translation>Unterbrochen: ein Rollback wird nicht auf halbem Weg angehalten, er läuft bis zum Ende. Ein zweites Strg-C beendet das Programm sofort.</translation>
    </message>
    <message>
        <source>%1 Cancelling the running step (a second Ctrl-C ends the program at once).</source>
        <translation>%1 Der laufende Schritt wird abgebrochen (ein zweites Strg-C beendet das Programm sofort).</translation>
    </message>
    <message>
        <source>Cancelled. Run the same command again to resume: the step runs again.</source>
        <translation>Abgebrochen. Führen Sie denselben Befehl erneut aus, um fortzusetzen: der Schritt läuft noch einmal.</translation>
    </message>
    <message>
        <source>No backup of this plan&apos;s session is left on the hosts.</source>
        <translation>Auf den Hosts ist keine Sicherung der Sitzung dieses Plans mehr vorhanden.</translation>
    </message>
    <message>
        <source>[remove-backups] %1</source>
        <extracomment>headless output: a dump on a host, &quot;new:/var/tmp/parallel-upgrade/demo-final-....dump&quot;</extracomment>
        <translation>[remove-backups] %1</translation>
    </message>
    <message>
        <source>These dumps hold the application&apos;s data and cannot be brought back once removed: run again with --assume-yes to remove them.</source>
        <translation>Diese Sicherungen enthalten die Daten der Anwendung und lassen sich nach dem Entfernen nicht wiederherstellen: erneut mit --assume-yes ausführen, um sie zu entfernen.</translation>
    </message>
    <message>
        <source>[remove-backups] %1: %2</source>
        <extracomment>headless output; &quot;[remove-backups]&quot; is a fixed tag, %1 the state (Done, Failed), %2 what was removed</extracomment>
        <translation>[remove-backups] %1: %2</translation>
    </message>
    <message>
        <source>Opening the preview writes a server block on the proxy (%1) and reloads its nginx, which serves your users: run again with --assume-yes to open it.</source>
        <extracomment>headless output; %1 the proxy&apos;s address</extracomment>
        <translation>Das Öffnen der Vorschau schreibt einen server-Block auf den Proxy (%1) und lädt dessen nginx neu, das Ihre Benutzer bedient: Führen Sie den Befehl mit --assume-yes erneut aus, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>[preview] %1: %2</source>
        <extracomment>headless output; &quot;[preview]&quot; is a fixed tag, %1 the state (Done, Failed), %2 what happened</extracomment>
        <translation>[preview] %1: %2</translation>
    </message>
    <message>
        <source>Interrupted: opening or closing the preview runs to its end (seconds), so that the proxy is not left half-changed.</source>
        <translation>Unterbrochen: Das Öffnen oder Schließen der Vorschau läuft bis zum Ende (wenige Sekunden), damit der Proxy nicht halb geändert zurückbleibt.</translation>
    </message>
</context>
<context>
    <name>puw::HostBackupsPanel</name>
    <message>
        <source>&amp;Remove backups from the hosts…</source>
        <translation>Sicherungen von den Hosts &amp;entfernen…</translation>
    </message>
    <message>
        <source>Backups left on the hosts</source>
        <translation>Auf den Hosts verbliebene Sicherungen</translation>
    </message>
    <message>
        <source>Remove the backups from the hosts</source>
        <translation>Die Sicherungen von den Hosts entfernen</translation>
    </message>
    <message>
        <source>Deletes the dumps listed here from the hosts, after you confirm. Keep them until you are sure the new installation works.</source>
        <translation>Löscht die hier aufgeführten Sicherungen nach Ihrer Bestätigung von den Hosts. Behalten Sie sie, bis Sie sicher sind, dass die neue Installation funktioniert.</translation>
    </message>
    <message>
        <source>What the removal did</source>
        <translation>Was das Entfernen bewirkt hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a dump on a host and its size, e.g. &quot;new:/var/tmp/…/demo-final.dump (12 MiB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backup of this session is left on the hosts.</source>
        <translation>Auf den Hosts ist keine Sicherung dieser Sitzung mehr vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) of this session are still on the hosts (%1): they hold the application&apos;s data.
%2</source>
        <extracomment>%n the number of dumps, %1 their total size, %2 one dump per line</extracomment>
        <translation>
            <numerusform>%n Sicherung dieser Sitzung liegt noch auf den Hosts (%1): Sie enthält die Daten der Anwendung.
%2</numerusform>
            <numerusform>%n Sicherungen dieser Sitzung liegen noch auf den Hosts (%1): Sie enthalten die Daten der Anwendung.
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::HostEditor</name>
    <message>
        <source>host name, IP address or ssh alias</source>
        <translation>Hostname, IP-Adresse oder ssh-Alias</translation>
    </message>
    <message>
        <source>%1: address</source>
        <translation>%1: Adresse</translation>
    </message>
    <message>
        <source>22, or from ~/.ssh/config</source>
        <translation>22 oder aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>%1: port</source>
        <translation>%1: Port</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your login</source>
        <translation>aus ~/.ssh/config, sonst Ihr Anmeldename</translation>
    </message>
    <message>
        <source>%1: user</source>
        <translation>%1: Benutzer</translation>
    </message>
    <message>
        <source>optional: the agent and your default keys are tried</source>
        <translation>optional: Agent und Ihre Standardschlüssel werden versucht</translation>
    </message>
    <message>
        <source>%1: identity file</source>
        <translation>%1: Identitätsdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>%1: choose the identity file</source>
        <translation>%1: Identitätsdatei auswählen</translation>
    </message>
    <message>
        <source>%1: pick from ~/.ssh/config</source>
        <translation>%1: aus ~/.ssh/config auswählen</translation>
    </message>
    <message>
        <source>%1: test the connection</source>
        <translation>%1: Verbindung testen</translation>
    </message>
    <message>
        <source>%1: result of the connection test</source>
        <translation>%1: Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>From ~/.ssh/&amp;config:</source>
        <translation>Aus ~/.ssh/&amp;config:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>&amp;Identitätsdatei:</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Identitätsdatei</translation>
    </message>
    <message>
        <source>no hosts found in ~/.ssh/config</source>
        <translation>keine Hosts in ~/.ssh/config gefunden</translation>
    </message>
    <message>
        <source>choose a host…</source>
        <translation>Host auswählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Give an address and a port from 1 to 65535 (or none) before testing.</source>
        <translation>Geben Sie vor dem Test eine Adresse und einen Port von 1 bis 65535 (oder keinen) an.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1: the host being tested</extracomment>
        <translation>Verbindung zu %1 wird aufgebaut…</translation>
    </message>
</context>
<context>
    <name>puw::HostKeyPanel</name>
    <message>
        <source>Key recorded in known_hosts</source>
        <translation>In known_hosts eingetragener Schlüssel</translation>
    </message>
    <message>
        <source>Key the server offers now</source>
        <translation>Schlüssel, den der Server jetzt vorlegt</translation>
    </message>
    <message>
        <source>What to do about the changed key</source>
        <translation>Was beim geänderten Schlüssel zu tun ist</translation>
    </message>
    <message>
        <source>Command that removes the recorded key</source>
        <translation>Befehl, der den eingetragenen Schlüssel entfernt</translation>
    </message>
    <message>
        <source>&amp;Copy the command</source>
        <translation>Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Changed host key</source>
        <translation>Geänderter Host-Schlüssel</translation>
    </message>
    <message>
        <source>Copy the command that removes the recorded key</source>
        <translation>Befehl kopieren, der den eingetragenen Schlüssel entfernt</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Eingetragen:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since it was recorded. The connection was refused and nothing was saved.</source>
        <extracomment>%1: the host as written in known_hosts, e.g. [10.0.0.5]:2222</extracomment>
        <translation>Der Host-Schlüssel von %1 hat sich geändert, seit er eingetragen wurde. Die Verbindung wurde abgelehnt, und nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1 %2 (in %3)</source>
        <extracomment>%1: key type, %2: SHA256 fingerprint, %3: known_hosts file and line</extracomment>
        <translation>%1 %2 (in %3)</translation>
    </message>
    <message>
        <source>This happens when the host was reinstalled or its keys were replaced, but it is also what an attacker between you and the host would cause. Ask the host&apos;s administrator, by telephone or in person, for the fingerprint of its key (&quot;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&quot; on its console). Only if it is the one offered now, remove the recorded key with the command below and test the connection again; you will then be asked to accept the new key.</source>
        <translation>Das passiert, wenn der Host neu installiert oder seine Schlüssel ersetzt wurden, aber genau das würde auch ein Angreifer zwischen Ihnen und dem Host verursachen. Fragen Sie den Administrator des Hosts telefonisch oder persönlich nach dem Fingerabdruck seines Schlüssels („ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub“ auf seiner Konsole). Nur wenn es der jetzt vorgelegte ist, entfernen Sie den eingetragenen Schlüssel mit dem Befehl unten und testen Sie die Verbindung erneut; Sie werden dann gefragt, ob Sie den neuen Schlüssel annehmen.</translation>
    </message>
</context>
<context>
    <name>puw::HostShell</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>Exit-Code %1: %2</translation>
    </message>
    <message>
        <source>sudo is not available on the local shell.</source>
        <translation>sudo ist in der lokalen Shell nicht verfügbar.</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>durch ein Signal beendet</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and none was given. Enter it when asked, store it in the keychain, or name an environment variable for &quot;sudo-password&quot; in the plan.</source>
        <translation>sudo auf %1 braucht ein Passwort, und es wurde keines angegeben. Geben Sie es bei der Abfrage ein, speichern Sie es im Schlüsselbund oder nennen Sie im Plan eine Umgebungsvariable für „sudo-password“.</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password (%2). Check the sudo password for this host; it may differ from the login password.</source>
        <translation>sudo auf %1 hat das Passwort abgelehnt (%2). Prüfen Sie das sudo-Passwort für diesen Host; es kann vom Anmeldepasswort abweichen.</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>Die Verbindung zu %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>durch Signal %1 beendet</translation>
    </message>
    <message>
        <source>the command printed more than %1 MiB, far more than an answer may be: it was stopped</source>
        <extracomment>%1 a size in MiB</extracomment>
        <translation>der Befehl hat mehr als %1 MiB ausgegeben, weit mehr als eine Antwort sein kann: Er wurde gestoppt</translation>
    </message>
    <message>
        <source>the command on %1 made no progress for %2 s (it printed nothing) and was stopped</source>
        <extracomment>%1 a host (&quot;new&quot;), %2 seconds</extracomment>
        <translation>der Befehl auf %1 kam %2 s lang nicht voran (er gab nichts aus) und wurde beendet</translation>
    </message>
    <message>
        <source>%1; the last line it printed: &quot;%2&quot;</source>
        <extracomment>%1 the sentence above, %2 the last line the command printed</extracomment>
        <translation>%1; die letzte Zeile, die er ausgab: „%2“</translation>
    </message>
</context>
<context>
    <name>puw::ImportPage</name>
    <message>
        <source>How replication keeps new in step with old</source>
        <translation>Wie die Replikation den neuen Host auf dem Stand des alten hält</translation>
    </message>
    <message>
        <source>Replication state</source>
        <translation>Zustand der Replikation</translation>
    </message>
    <message>
        <source>What restarting old&apos;s PostgreSQL means</source>
        <translation>Was ein Neustart des PostgreSQL auf dem alten Host bedeutet</translation>
    </message>
    <message>
        <source>Address of the old host, typed to allow restarting its PostgreSQL</source>
        <translation>Adresse des alten Hosts, eingegeben, um den Neustart seines PostgreSQL zu erlauben</translation>
    </message>
    <message>
        <source>old host&apos;s address (only if its wal_level must change)</source>
        <translation>Adresse des alten Hosts (nur wenn sein wal_level geändert werden muss)</translation>
    </message>
    <message>
        <source>Replication did not start: %1 Step 8 will dump and restore the whole database.</source>
        <translation>Die Replikation ist nicht gestartet: %1 Schritt 8 überträgt die ganze Datenbank per Dump und Wiederherstellung.</translation>
    </message>
    <message>
        <source>Replication has not started yet: it starts when this step&apos;s import is done.</source>
        <translation>Die Replikation hat noch nicht begonnen: Sie beginnt, sobald der Import dieses Schritts fertig ist.</translation>
    </message>
    <message>
        <source>New&apos;s %1 follows old: %2 bytes behind when last read (%3). Steps 5 and 6 read it again.</source>
        <extracomment>%1 the database on new, %2 bytes of WAL, %3 when it was read</extracomment>
        <translation>%1 auf dem neuen Host folgt dem alten: %2 Bytes Rückstand bei der letzten Abfrage (%3). Die Schritte 5 und 6 lesen den Stand erneut.</translation>
    </message>
    <message>
        <source>The plan keeps new in step with old by replication, so that the downtime only waits for the last changes instead of a whole dump and restore. The import below is the rehearsal&apos;s copy, on which steps 5 and 6 start and check the new version with its migrations. Beside it, a second database on new receives old&apos;s data and then every change old makes; the new version&apos;s migrations never touch it while it replicates. At cutover it replaces the rehearsal&apos;s copy, and the migrations run on it then. It needs disk for a second copy on new, and on old a replication role, a publication and a slot, which the cutover or a rollback removes.</source>
        <translation>Der Plan hält den neuen Host per Replikation auf dem Stand des alten, sodass die Ausfallzeit nur auf die letzten Änderungen wartet statt auf einen vollständigen Dump mit Wiederherstellung. Der Import unten ist die Kopie des Probelaufs, auf der die Schritte 5 und 6 die neue Version mit ihren Migrationen starten und prüfen. Daneben empfängt eine zweite Datenbank auf dem neuen Host die Daten des alten und danach jede Änderung, die der alte macht; die Migrationen der neuen Version berühren sie nie, solange sie repliziert. Bei der Umstellung ersetzt sie die Kopie des Probelaufs, und erst dann laufen die Migrationen auf ihr. Dafür braucht es Speicherplatz für eine zweite Kopie auf dem neuen Host und auf dem alten eine Replikationsrolle, eine Publikation und einen Slot, die die Umstellung oder ein Zurücksetzen wieder entfernt.</translation>
    </message>
    <message>
        <source>If old&apos;s PostgreSQL runs with wal_level below &quot;logical&quot;, replication needs it changed and old&apos;s PostgreSQL restarted: its database is unavailable for some seconds, and the step measures how long. Type the old host&apos;s address (%1) to allow it; without it the step keeps the dump as the mode and says so.</source>
        <extracomment>%1: the old host&apos;s address</extracomment>
        <translation>Läuft das PostgreSQL des alten Hosts mit einem wal_level unter „logical“, muss die Replikation ihn ändern und das PostgreSQL des alten Hosts neu starten: Seine Datenbank ist dann einige Sekunden lang nicht verfügbar, und der Schritt misst, wie lange. Geben Sie die Adresse des alten Hosts (%1) ein, um das zu erlauben; ohne sie bleibt der Schritt beim Dump als Modus und weist darauf hin.</translation>
    </message>
</context>
<context>
    <name>puw::InstallNewPage</name>
    <message>
        <source>Create the missing database roles on new as old defines them (attributes, memberships and, where old&apos;s admin login may read them, the same passwords); nothing changes on old</source>
        <translation>Die fehlenden Datenbankrollen auf dem neuen Host so anlegen, wie der alte sie definiert (Attribute, Mitgliedschaften und, wo die Admin-Anmeldung des alten sie lesen darf, dieselben Passwörter); auf dem alten ändert sich nichts</translation>
    </message>
    <message>
        <source>Create the missing database roles on new</source>
        <translation>Die fehlenden Datenbankrollen auf dem neuen Host anlegen</translation>
    </message>
</context>
<context>
    <name>puw::Jobs</name>
    <message>
        <source>The recipe&apos;s command uses {{%1}}, which has no value.</source>
        <translation>Der Befehl des Rezepts verwendet {{%1}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>(dry run: not executed)</source>
        <translation>(Trockenlauf: nicht ausgeführt)</translation>
    </message>
    <message>
        <source>The recipe&apos;s command for %1 uses {{%2}}, which has no value.</source>
        <translation>Der Befehl des Rezepts für %1 verwendet {{%2}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>The plan names no %1 host.</source>
        <translation>Der Plan nennt keinen Host „%1“.</translation>
    </message>
    <message>
        <source>Cannot reach the %1 host %2: %3</source>
        <translation>Der Host „%1“ %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>This step cannot run yet.</source>
        <translation>Dieser Schritt kann noch nicht laufen.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <source>Step %1 is still running.</source>
        <translation>Schritt %1 läuft noch.</translation>
    </message>
    <message>
        <source>A rollback is under way.</source>
        <translation>Ein Zurücksetzen ist im Gange.</translation>
    </message>
    <message>
        <source>Wait for the running step to end (or cancel it) before rolling back.</source>
        <translation>Warten Sie, bis der laufende Schritt endet (oder brechen Sie ihn ab), bevor Sie zurücksetzen.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4. Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and accept it once in the wizard or with ssh; unattended runs never accept a key on their own.</source>
        <translation>Der Host-Schlüssel von %1 (%2 %3) ist nicht in %4. Vergleichen Sie den Fingerabdruck mit dem des Hosts selbst (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) und akzeptieren Sie ihn einmal im Assistenten oder mit ssh; unbeaufsichtigte Läufe akzeptieren nie von selbst einen Schlüssel.</translation>
    </message>
    <message>
        <source>No %1 for %2: set the environment variable the plan names for &quot;%1&quot; under secretEnvironment, or store it in the keychain from the wizard. (%3)</source>
        <translation>Kein %1 für %2: Setzen Sie die Umgebungsvariable, die der Plan unter secretEnvironment für „%1“ nennt, oder speichern Sie es über den Assistenten im Schlüsselbund. (%3)</translation>
    </message>
    <message>
        <source>The recipe names a program with {{%1}}, which has no value.</source>
        <translation>Das Rezept nennt ein Programm mit {{%1}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>The new host lacks %1. Install the new version there (and its dependencies), then run this step again.</source>
        <translation>Auf dem neuen Host fehlt %1. Installieren Sie dort die neue Version (mit ihren Abhängigkeiten) und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The new version does not answer its version command on the new host. Check the installation there.</source>
        <translation>Die neue Version antwortet auf dem neuen Host nicht auf ihren Versionsbefehl. Prüfen Sie die Installation dort.</translation>
    </message>
    <message>
        <source>The new host runs the same version as the old one (%1): install the new version first.</source>
        <translation>Auf dem neuen Host läuft dieselbe Version wie auf dem alten (%1): Installieren Sie zuerst die neue Version.</translation>
    </message>
    <message>
        <source>The new host has everything the application needs.</source>
        <translation>Der neue Host hat alles, was die Anwendung braucht.</translation>
    </message>
    <message>
        <source>The new host is ready with %1 (the old one runs %2).</source>
        <translation>Der neue Host ist bereit mit %1 (auf dem alten läuft %2).</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>eine unbekannte Version</translation>
    </message>
    <message>
        <source>Cannot read %1 on the %2 host: %3</source>
        <translation>%1 auf dem Host „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The recipe&apos;s file %1 uses {{%2}}, which has no value.</source>
        <translation>Die Datei %1 des Rezepts verwendet {{%2}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>Cannot look for %1 on the old host: %2</source>
        <translation>%1 kann auf dem alten Host nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Cannot inspect %1 on the %2 host: %3</source>
        <translation>%1 auf dem Host „%2“ kann nicht untersucht werden: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Abgebrochen; nichts wurde kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ; choose which to copy.</source>
        <translation>
            <numerusform>%n Datei unterscheidet sich; wählen Sie aus, was kopiert wird.</numerusform>
            <numerusform>%n Dateien unterscheiden sich; wählen Sie aus, was kopiert wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: copy it by hand or list its folder.</source>
        <translation>%1 ist größer als %2 MiB: Kopieren Sie es von Hand oder geben Sie seinen Ordner an.</translation>
    </message>
    <message>
        <source>Could not write %1 on the new host: %2 (does the owner %3:%4 exist there?)</source>
        <translation>%1 konnte auf dem neuen Host nicht geschrieben werden: %2 (gibt es dort den Eigentümer %3:%4?)</translation>
    </message>
    <message>
        <source>%1 arrived altered on the new host (SHA-256 %2 instead of %3).</source>
        <translation>%1 kam verändert auf dem neuen Host an (SHA-256 %2 statt %3).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s) to the new host</source>
        <translation>
            <numerusform>%n Datei auf den neuen Host kopiert</numerusform>
            <numerusform>%n Dateien auf den neuen Host kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already identical.</source>
        <translation>
            <numerusform>; %n bereits identisch.</numerusform>
            <numerusform>; %n bereits identisch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the old installation starts the downtime: confirm it on this page (or pass --assume-yes) first.</source>
        <translation>Das Stoppen der alten Installation beginnt die Ausfallzeit: Bestätigen Sie es zuerst auf dieser Seite (oder geben Sie --assume-yes an).</translation>
    </message>
    <message>
        <source>Downtime begins: stopping the application on the old host.</source>
        <translation>Die Ausfallzeit beginnt: Die Anwendung auf dem alten Host wird gestoppt.</translation>
    </message>
    <message>
        <source>Could not stop the old installation (%1). Nothing else was changed; roll back to restart it.</source>
        <translation>Die alte Installation konnte nicht gestoppt werden (%1). Sonst wurde nichts geändert; setzen Sie zurück, um sie neu zu starten.</translation>
    </message>
    <message>
        <source>Cancelled after stopping the old host; roll back to restart it.</source>
        <translation>Abgebrochen, nachdem der alte Host gestoppt wurde; setzen Sie zurück, um ihn neu zu starten.</translation>
    </message>
    <message>
        <source>The old installation is stopped, but the new one could not be (%1).</source>
        <translation>Die alte Installation ist gestoppt, die neue konnte es nicht werden (%1).</translation>
    </message>
    <message>
        <source>%1 came back on the %2 host after being stopped: something restarts it (Restart=always, a watchdog, a cron job). Find it and turn it off (e.g. systemctl mask), then run this step again.</source>
        <translation>%1 lief auf dem Host „%2“ nach dem Stoppen wieder: Etwas startet es neu (Restart=always, ein Watchdog, ein Cron-Job). Finden und deaktivieren Sie es (z. B. systemctl mask) und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>To retire the old installation, type its host name &quot;%1&quot; exactly.</source>
        <translation>Um die alte Installation außer Betrieb zu nehmen, geben Sie ihren Hostnamen „%1“ genau ein.</translation>
    </message>
    <message>
        <source>Could not disable the old services: %1</source>
        <translation>Die alten Dienste konnten nicht deaktiviert werden: %1</translation>
    </message>
    <message>
        <source>The old installation&apos;s services are stopped and disabled. Its database, configuration and the final backup were kept.</source>
        <translation>Die Dienste der alten Installation sind gestoppt und deaktiviert. Ihre Datenbank, Konfiguration und die letzte Sicherung bleiben erhalten.</translation>
    </message>
    <message>
        <source>The database password (&quot;%1&quot;) for the %2 host is not available: store it in the keychain or name an environment variable for it in the plan.</source>
        <translation>Das Datenbankpasswort („%1“) für den Host „%2“ ist nicht verfügbar: Speichern Sie es im Schlüsselbund oder nennen Sie dafür im Plan eine Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Dry run: the dump would stream from old to new.</source>
        <translation>Trockenlauf: Der Dump würde von alt nach neu übertragen.</translation>
    </message>
    <message>
        <source>The backup streams over SSH and a host is not connected.</source>
        <translation>Die Sicherung wird über SSH übertragen, und ein Host ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Streaming the %1 backup from old to new (local copy: %2).</source>
        <translation>Die Sicherung %1 wird von alt nach neu übertragen (lokale Kopie: %2).</translation>
    </message>
    <message>
        <source>Streaming the backup to the new host</source>
        <translation>Übertragen der Sicherung auf den neuen Host</translation>
    </message>
    <message>
        <source>The backup did not complete (%1). What arrived stays as %2 on the new host and is never restored.</source>
        <translation>Die Sicherung wurde nicht fertig (%1). Was ankam, bleibt als %2 auf dem neuen Host und wird nie wiederhergestellt.</translation>
    </message>
    <message>
        <source>Backed up %1 in %2 s (%3/s); SHA-256 %4.</source>
        <translation>%1 gesichert in %2 s (%3/s); SHA-256 %4.</translation>
    </message>
    <message>
        <source>There is no complete backup to import: run the backup step first.</source>
        <translation>Es gibt keine vollständige Sicherung zum Importieren: Führen Sie zuerst den Sicherungsschritt aus.</translation>
    </message>
    <message>
        <source>Dry run: the backup would be restored on the new host.</source>
        <translation>Trockenlauf: Die Sicherung würde auf dem neuen Host wiederhergestellt.</translation>
    </message>
    <message>
        <source>Recreating the database on the new host and restoring %1.</source>
        <translation>Die Datenbank wird auf dem neuen Host neu angelegt und %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>differ in %1</source>
        <translation>Unterschiede in %1</translation>
    </message>
    <message>
        <source>The restored database differs from the old one in %1.</source>
        <translation>Die wiederhergestellte Datenbank unterscheidet sich von der alten in %1.</translation>
    </message>
    <message>
        <source>Migration head old vs new</source>
        <translation>Migrationsstand alt und neu</translation>
    </message>
    <message>
        <source>old %1, new %2</source>
        <translation>alt %1, neu %2</translation>
    </message>
    <message>
        <source>No tunnel to %1 (%2); checking it directly.</source>
        <translation>Kein Tunnel zu %1 (%2); direkte Prüfung.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; uses {{%2}}, which has no value.</source>
        <translation>Die Prüfung „%1“ verwendet {{%2}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>Database answers (migration head)</source>
        <translation>Datenbank antwortet (Migrationsstand)</translation>
    </message>
    <message>
        <source>Applying the new version&apos;s migrations.</source>
        <translation>Die Migrationen der neuen Version werden angewendet.</translation>
    </message>
    <message>
        <source>A migration failed: %1. The migrations before it stay applied; fix the cause and run this step again.</source>
        <translation>Eine Migration ist fehlgeschlagen: %1. Die vorherigen Migrationen bleiben angewendet; beheben Sie die Ursache und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The migrations failed: %1</source>
        <translation>Die Migrationen sind fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled after the migrations.</source>
        <translation>Abgebrochen nach den Migrationen.</translation>
    </message>
    <message>
        <source>The new application did not start: %1</source>
        <translation>Die neue Anwendung ist nicht gestartet: %1</translation>
    </message>
    <message numerus="yes">
        <source>Started; %n migration(s) applied.</source>
        <translation>
            <numerusform>Gestartet; %n Migration angewendet.</numerusform>
            <numerusform>Gestartet; %n Migrationen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting up to %1 s for %2 to answer.</source>
        <translation>Bis zu %1 s warten, bis %2 antwortet.</translation>
    </message>
    <message>
        <source>Not healthy yet (attempt %1): %2</source>
        <translation>Noch nicht bereit (Versuch %1): %2</translation>
    </message>
    <message>
        <source>The new application is not healthy: %1</source>
        <translation>Die neue Anwendung ist nicht bereit: %1</translation>
    </message>
    <message>
        <source>Log since start</source>
        <translation>Log seit dem Start</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied; </source>
        <translation>
            <numerusform>%n Migration angewendet; </numerusform>
            <numerusform>%n Migrationen angewendet; </numerusform>
        </translation>
    </message>
    <message>
        <source>the new application is healthy (%1).</source>
        <translation>die neue Anwendung ist bereit (%1).</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <source>Cancelled during the checks.</source>
        <translation>Abgebrochen während der Prüfungen.</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed: %3.</source>
        <translation>%1 von %2 Prüfungen fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation>Alle %1 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source> Downtime: %1 min %2 s.</source>
        <translation> Ausfallzeit: %1 min %2 s.</translation>
    </message>
    <message>
        <source>Change the DNS record of %1 to %2; waiting until %3 answers with it.</source>
        <translation>Ändern Sie den DNS-Eintrag von %1 auf %2; es wird gewartet, bis %3 damit antwortet.</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>Users reach the new installation.</source>
        <translation>Die Benutzer erreichen die neue Installation.</translation>
    </message>
    <message>
        <source>Point the DNS record of %1 back to %2.</source>
        <translation>Setzen Sie den DNS-Eintrag von %1 wieder auf %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both servers must be stopped first (step 7), or the backup would miss what users write meanwhile.</source>
        <translation>Beide Server müssen zuerst gestoppt sein (Schritt 7), sonst fehlt der Sicherung, was Benutzer inzwischen schreiben.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Fresh data imported and tested: %1 %2</source>
        <translation>Aktuelle Daten importiert und getestet: %1 %2</translation>
    </message>
    <message>
        <source>The old installation could not be started again: %1</source>
        <translation>Die alte Installation konnte nicht wieder gestartet werden: %1</translation>
    </message>
    <message>
        <source>The old installation is back in service, with its data as it was when it stopped.</source>
        <translation>Die alte Installation ist wieder in Betrieb, mit ihren Daten wie zum Zeitpunkt des Stopps.</translation>
    </message>
    <message>
        <source>Both installations are stopped and disabled; step 8 watches that they stay stopped. Downtime began at %1.</source>
        <translation>Beide Installationen sind gestoppt und deaktiviert; Schritt 8 überwacht, dass sie gestoppt bleiben. Die Ausfallzeit begann um %1.</translation>
    </message>
    <message>
        <source>Dry run: the dump would stream from old to new and be restored as it arrives.</source>
        <translation>Trockenlauf: Der Dump würde von alt nach neu übertragen und schon beim Eintreffen wiederhergestellt.</translation>
    </message>
    <message>
        <source>Recreating the database on the new host; the backup is restored as it arrives.</source>
        <translation>Die Datenbank wird auf dem neuen Host neu angelegt; die Sicherung wird schon beim Eintreffen wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup did not complete (%1). What arrived stays as %2 on the new host and is never restored; the new database is incomplete.</source>
        <translation>Die Sicherung wurde nicht fertig (%1). Was ankam, bleibt als %2 auf dem neuen Host und wird nie wiederhergestellt; die neue Datenbank ist unvollständig.</translation>
    </message>
    <message>
        <source>Backed up and restored at once (%1, SHA-256 %2). %3</source>
        <translation>In einem Durchgang gesichert und wiederhergestellt (%1, SHA-256 %2). %3</translation>
    </message>
    <message>
        <source>Backing up the new installation&apos;s database to %1 before the rollback.</source>
        <translation>Die Datenbank der neuen Installation wird vor dem Zurücksetzen nach %1 gesichert.</translation>
    </message>
    <message>
        <source>The dump on the new host</source>
        <translation>Dump auf dem neuen Host</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Backup and import</source>
        <translation>Sicherung und Import</translation>
    </message>
    <message>
        <source> The backup may miss what it wrote.</source>
        <translation> Der Sicherung fehlt womöglich, was inzwischen geschrieben wurde.</translation>
    </message>
    <message>
        <source>Users reach the new installation, and it could not be stopped (%1): nothing else was changed.</source>
        <translation>Die Benutzer erreichen die neue Installation, und sie konnte nicht gestoppt werden (%1): Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Users reached the new installation since %1, and its data could not be backed up (%2), so the rollback stopped before starting the old one. The new application is stopped; its database is untouched.</source>
        <translation>Die Benutzer erreichen die neue Installation seit %1, und ihre Daten konnten nicht gesichert werden (%2); daher hat das Zurücksetzen angehalten, bevor die alte gestartet wurde. Die neue Anwendung ist gestoppt; ihre Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source> What users wrote to the new installation since %1 is NOT in it: it is kept only in the new host&apos;s backup %2.</source>
        <translation> Was die Benutzer seit %1 in die neue Installation geschrieben haben, ist in der alten NICHT enthalten: Es liegt nur in der Sicherung %2 auf dem neuen Host.</translation>
    </message>
    <message>
        <source>The old installation runs again, but: %1.%2</source>
        <translation>Die alte Installation läuft wieder, aber: %1.%2</translation>
    </message>
    <message>
        <source>The recipe gives no command to disable the service %1.</source>
        <extracomment>%1: the service&apos;s name in the recipe</extracomment>
        <translation>Das Rezept nennt keinen Befehl, um den Dienst %1 zu deaktivieren.</translation>
    </message>
    <message>
        <source>The recipe gives no command to control the service %1.</source>
        <translation>Das Rezept nennt keinen Befehl, um den Dienst %1 zu steuern.</translation>
    </message>
    <message>
        <source>df printed an available size that is out of range.</source>
        <translation>df hat eine verfügbare Größe außerhalb des gültigen Bereichs ausgegeben.</translation>
    </message>
    <message>
        <source>df printed %1 lines about file systems instead of one.</source>
        <translation>df hat %1 Zeilen zu Dateisystemen ausgegeben statt einer.</translation>
    </message>
    <message>
        <source>df failed (%1).</source>
        <translation>df ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>The new host has %1 free in %2, and the backup needs about %3 (the rehearsal&apos;s was %4). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the rehearsal&apos;s backup (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Der neue Host hat in %2 noch %1 frei, die Sicherung braucht etwa %3 (die des Probelaufs war %4 groß). Schaffen Sie dort Platz und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The new host has %1 free in %2, and the backup needs about %3 (the database takes %4 on the old host). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the database (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Der neue Host hat in %2 noch %1 frei, die Sicherung braucht etwa %3 (die Datenbank belegt auf dem alten Host %4). Schaffen Sie dort Platz und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>This computer has %1 free in %2, and the local copy of the backup needs about %3 (the rehearsal&apos;s was %4). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the rehearsal&apos;s backup (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Dieser Computer hat in %2 noch %1 frei, die lokale Kopie der Sicherung braucht etwa %3 (die des Probelaufs war %4 groß). Schaffen Sie dort Platz und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>This computer has %1 free in %2, and the local copy of the backup needs about %3 (the database takes %4 on the old host). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the database (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Dieser Computer hat in %2 noch %1 frei, die lokale Kopie der Sicherung braucht etwa %3 (die Datenbank belegt auf dem alten Host %4). Schaffen Sie dort Platz und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>The size of the backup is not known: the free space is not checked.</source>
        <translation>Die Größe der Sicherung ist nicht bekannt: Der freie Speicherplatz wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Checking that both backup folders have about %1 free.</source>
        <translation>Prüfe, ob beide Sicherungsordner etwa %1 frei haben.</translation>
    </message>
    <message>
        <source>The free space on the new host is not known (%1): the backup goes ahead.</source>
        <translation>Der freie Speicherplatz auf dem neuen Host ist nicht bekannt (%1): Die Sicherung läuft weiter.</translation>
    </message>
    <message>
        <source>The free space on this computer is not known (%1): the backup goes ahead.</source>
        <translation>Der freie Speicherplatz auf diesem Computer ist nicht bekannt (%1): Die Sicherung läuft weiter.</translation>
    </message>
    <message>
        <source>Predicted downtime: %1 s (%2).</source>
        <extracomment>%1 seconds with one decimal; %2 the parts of the prediction, e.g. &quot;streaming the backup 2.1 s, ...&quot;</extracomment>
        <translation>Vorhergesagte Ausfallzeit: %1 s (%2).</translation>
    </message>
    <message>
        <source>its status command exited with %1, which means neither running nor stopped</source>
        <extracomment>%1: the exit code of the status command</extracomment>
        <translation>sein Statusbefehl endete mit %1, was weder „läuft“ noch „gestoppt“ bedeutet</translation>
    </message>
    <message>
        <source>This step ran before: stopping the new application again in case that run started it.</source>
        <translation>Dieser Schritt lief schon einmal: Die neue Anwendung wird erneut gestoppt, falls jener Lauf sie gestartet hat.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Could not tell whether %1 is stopped on the %2 host (%3), so the backup cannot be trusted to hold everything users wrote. Check the host, then run this step again.</source>
        <extracomment>%1 a service, %2 &quot;old&quot; or &quot;new&quot;, %3 why (e.g. &quot;connection lost&quot;)</extracomment>
        <translation>Es ließ sich nicht feststellen, ob %1 auf dem Host %2 gestoppt ist (%3); daher ist nicht sicher, dass die Sicherung alles enthält, was Benutzer geschrieben haben. Prüfen Sie den Host und führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The proxy routes to the new installation (an earlier run of step 9 switched it): switching it back.</source>
        <translation>Der Proxy leitet auf die neue Installation (ein früherer Lauf von Schritt 9 hat umgeschaltet): Es wird zurückgeschaltet.</translation>
    </message>
    <message>
        <source>Could not read the proxy&apos;s upstream file (%1): reverting it.</source>
        <translation>Die Upstream-Datei des Proxys ließ sich nicht lesen (%1): Sie wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>The %1 host could not be asked for its version: %2</source>
        <extracomment>%1 &quot;new&quot; or &quot;old&quot;, %2 why (e.g. the connection was lost)</extracomment>
        <translation>Der Host %1 konnte nicht nach seiner Version gefragt werden: %2</translation>
    </message>
    <message>
        <source>The journal could not be written (%1), so the step was stopped: what it did would not be on record. Free space where the session folder is (or fix its permissions), then run the step again. The step said: %2</source>
        <extracomment>%1 why the journal could not be written (e.g. &quot;database or disk is full&quot;), %2 what the step said</extracomment>
        <translation>Das Journal konnte nicht geschrieben werden (%1), daher wurde der Schritt gestoppt: Was er tat, wäre nicht aufgezeichnet. Schaffen Sie Platz dort, wo der Sitzungsordner liegt (oder korrigieren Sie seine Rechte), und führen Sie den Schritt erneut aus. Der Schritt meldete: %2</translation>
    </message>
    <message>
        <source>Remove it, or set &quot;backupDir&quot; for the %1 host in the plan to a folder of your own.</source>
        <translation>Entfernen Sie ihn oder setzen Sie im Plan für den Host %1 ein eigenes „backupDir“.</translation>
    </message>
    <message>
        <source>%1 on the %2 host is a symbolic link: another user may have planted it to catch the backups. %3</source>
        <extracomment>%1 a folder, %2 &quot;old&quot; or &quot;new&quot;, %3 what to do</extracomment>
        <translation>%1 auf dem Host %2 ist ein symbolischer Link: Ein anderer Benutzer könnte ihn angelegt haben, um die Sicherungen abzufangen. %3</translation>
    </message>
    <message>
        <source>%1 on the %2 host is not a folder. %3</source>
        <translation>%1 auf dem Host %2 ist kein Ordner. %3</translation>
    </message>
    <message>
        <source>%1 on the %2 host belongs to %3, not to the login user: another user may have made it to read the backups. %4</source>
        <extracomment>%1 a folder, %2 &quot;old&quot; or &quot;new&quot;, %3 a user name, %4 what to do</extracomment>
        <translation>%1 auf dem Host %2 gehört %3, nicht dem angemeldeten Benutzer: Ein anderer Benutzer könnte ihn angelegt haben, um die Sicherungen zu lesen. %4</translation>
    </message>
    <message>
        <source>Cannot create %1 on the %2 host: %3</source>
        <translation>%1 kann auf dem Host %2 nicht angelegt werden: %3</translation>
    </message>
    <message>
        <source>Old&apos;s counts and checksums are those of the dump&apos;s own snapshot.</source>
        <translation>Die Zahlen und Prüfsummen des alten Hosts sind die des Snapshots der Sicherung selbst.</translation>
    </message>
    <message>
        <source>sudo on the %1 host needs a password for the database&apos;s superuser access and none was given: store it in the keychain or name an environment variable for &quot;sudo-password&quot; in the plan.</source>
        <translation>sudo auf dem Host %1 verlangt ein Passwort für den Superuser-Zugang zur Datenbank, und keines wurde angegeben: Speichern Sie es im Schlüsselbund oder nennen Sie im Plan eine Umgebungsvariable für „sudo-password“.</translation>
    </message>
    <message>
        <source>no migration applied</source>
        <translation>keine Migration angewendet</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Old&apos;s counts in the dump&apos;s snapshot are not available (%1): the import counts old again.</source>
        <translation>Die Zahlen des alten Hosts im Snapshot der Sicherung sind nicht verfügbar (%1): Der Import zählt den alten Host erneut.</translation>
    </message>
    <message>
        <source>as %1 over the local socket</source>
        <translation>als %1 über den lokalen Socket</translation>
    </message>
    <message>
        <source>as %1 to %2:%3</source>
        <translation>als %1 zu %2:%3</translation>
    </message>
    <message>
        <source>as %1 over %2</source>
        <translation>als %1 über %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3 login %4</source>
        <extracomment>%1 old or new, %2 its address, %3 the purpose (dump, restore, count, admin), %4 how it logs in</extracomment>
        <translation>%1 (%2), Anmeldung %3 %4</translation>
    </message>
    <message>
        <source>Both reach the same database server: %1; %2. The new host&apos;s database would be restored into old&apos;s. Fix: make the recipe&apos;s database host for new name new&apos;s own server (a variable such as db_host left at old&apos;s address, or a tunnel), then run this step again.</source>
        <translation>Beide erreichen denselben Datenbankserver: %1; %2. Die Datenbank des neuen Hosts würde in die des alten wiederhergestellt. Abhilfe: Lassen Sie den Datenbank-Host des Rezepts für den neuen Host dessen eigenen Server nennen (etwa eine auf der Adresse des alten belassene Variable db_host oder ein Tunnel), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>They reach two different servers: %1; %2. Fix: give both purposes the same server (the plan&apos;s database.%3 settings or the recipe&apos;s database section), then run this step again.</source>
        <translation>Sie erreichen zwei verschiedene Server: %1; %2. Abhilfe: Geben Sie beiden Zwecken denselben Server (die Einstellungen database.%3 des Plans oder den Abschnitt database des Rezepts), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Database logins</source>
        <translation>Datenbank-Anmeldungen</translation>
    </message>
    <message>
        <source>Old and new are different database servers</source>
        <translation>Alt und neu sind verschiedene Datenbankserver</translation>
    </message>
    <message>
        <source>New&apos;s admin and restore logins reach one server</source>
        <translation>Admin- und Wiederherstellungs-Anmeldung des neuen Hosts erreichen einen Server</translation>
    </message>
    <message>
        <source>Old&apos;s dump and count logins reach one server</source>
        <translation>Sicherungs- und Zähl-Anmeldung des alten Hosts erreichen einen Server</translation>
    </message>
    <message>
        <source>%1 can dump old&apos;s server</source>
        <translation>%1 kann den Server des alten Hosts sichern</translation>
    </message>
    <message>
        <source>%1 on old (%2) for the server %3 %4</source>
        <translation>%1 auf dem alten Host (%2) für den Server %3 %4</translation>
    </message>
    <message>
        <source>On old (%1) %2 is %3.%4, older than the server&apos;s %5.%6: it cannot dump it. Needed: %2 %5 or newer. Fix: install the PostgreSQL client of version %5 on old (Debian: postgresql-client-%5 from the PostgreSQL apt repository), then run this step again.</source>
        <translation>Auf dem alten Host (%1) ist %2 in Version %3.%4, älter als die %5.%6 des Servers: Es kann ihn nicht sichern. Nötig: %2 %5 oder neuer. Abhilfe: Installieren Sie den PostgreSQL-Client der Version %5 auf dem alten Host (Debian: postgresql-client-%5 aus dem apt-Repository von PostgreSQL), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>New&apos;s database server is at least old&apos;s version</source>
        <translation>Der Datenbankserver des neuen Hosts hat mindestens die Version des alten</translation>
    </message>
    <message>
        <source>old %1 %2, new %3 %4</source>
        <translation>alt %1 %2, neu %3 %4</translation>
    </message>
    <message>
        <source>new %1 %2 is older than old&apos;s %3, allowed by the plan: %4</source>
        <translation>neu %1 %2 ist älter als %3 des alten Hosts, vom Plan erlaubt: %4</translation>
    </message>
    <message>
        <source>On new (%1) the server is %2 %3, older than old&apos;s %4: a dump of a newer server may not restore there. Needed: %2 %5.%6 or newer. Fix: upgrade new&apos;s server, or allow the downgrade in the plan with the reason (&quot;database&quot;: {&quot;allowDowngrade&quot;: &quot;...&quot;}).</source>
        <translation>Auf dem neuen Host (%1) ist der Server %2 %3, älter als %4 des alten: Die Sicherung eines neueren Servers lässt sich dort womöglich nicht wiederherstellen. Nötig: %2 %5.%6 oder neuer. Abhilfe: Aktualisieren Sie den Server des neuen Hosts oder erlauben Sie das Downgrade im Plan mit dem Grund (&quot;database&quot;: {&quot;allowDowngrade&quot;: &quot;...&quot;}).</translation>
    </message>
    <message>
        <source>Nothing was dropped or restored. %1</source>
        <translation>Nichts wurde gelöscht oder wiederhergestellt. %1</translation>
    </message>
    <message>
        <source>%1 (count %2 vs %3)</source>
        <translation>%1 (Anzahl %2 gegen %3)</translation>
    </message>
    <message>
        <source>%1 (same count, different content)</source>
        <translation>%1 (gleiche Anzahl, anderer Inhalt)</translation>
    </message>
    <message>
        <source>Row counts and checksums old vs new</source>
        <translation>Zeilenzahlen und Prüfsummen alt und neu</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows, counts and checksums all equal</source>
        <translation>%1 Tabellen, %2 Zeilen, Zahlen und Prüfsummen alle gleich</translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables in %3 s; every count and content checksum matches the old host. %4 migration(s) to apply.</source>
        <translation>%1 Zeilen in %2 Tabellen in %3 s wiederhergestellt; jede Zahl und Inhaltsprüfsumme stimmt mit dem alten Host überein. %4 Migration(en) anzuwenden.</translation>
    </message>
    <message>
        <source>The data read from the %1 host was damaged on the way (not base64).</source>
        <translation>Die auf dem Host %1 gelesenen Daten wurden unterwegs beschädigt (kein Base64).</translation>
    </message>
    <message numerus="yes">
        <source>(data, not recorded: more than %n byte(s))</source>
        <translation>
            <numerusform>(Daten, nicht aufgezeichnet: mehr als %n Byte)</numerusform>
            <numerusform>(Daten, nicht aufgezeichnet: mehr als %n Bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(data, not recorded: %n byte(s), SHA-256 %1)</source>
        <translation>
            <numerusform>(Daten, nicht aufgezeichnet: %n Byte, SHA-256 %1)</numerusform>
            <numerusform>(Daten, nicht aufgezeichnet: %n Bytes, SHA-256 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The compose service of %1 uses a placeholder without a value.</source>
        <translation>Der Compose-Dienst von %1 verwendet einen Platzhalter ohne Wert.</translation>
    </message>
    <message>
        <source>Neither &quot;docker compose&quot; nor &quot;docker-compose&quot; is installed on %1.</source>
        <extracomment>%1: old or new (the host)</extracomment>
        <translation>Weder „docker compose“ noch „docker-compose“ ist auf %1 installiert.</translation>
    </message>
    <message>
        <source>(the service of image %1)</source>
        <extracomment>A placeholder shown in a dry run&apos;s commands; %1: a docker image such as ghcr.io/scille/parsec-server</extracomment>
        <translation>(der Dienst des Images %1)</translation>
    </message>
    <message>
        <source>Reading the compose file %1 on %2 failed: %3</source>
        <extracomment>%1: the compose file, %2: old or new, %3: the error</extracomment>
        <translation>Das Lesen der Compose-Datei %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The compose file %1 on %2 has no service, or more than one, with the image %3.</source>
        <extracomment>%1: the compose file, %2: old or new, %3: a docker image without its tag</extracomment>
        <translation>Die Compose-Datei %1 auf %2 hat keinen oder mehr als einen Dienst mit dem Image %3.</translation>
    </message>
    <message>
        <source>The recipe uses {{compose_service}} but has no compose service.</source>
        <translation>Das Rezept verwendet {{compose_service}}, hat aber keinen Compose-Dienst.</translation>
    </message>
    <message>
        <source>The recipe&apos;s shipped default %1 uses {{%2}}, which has no value.</source>
        <translation>Die ausgelieferte Vorgabe %1 des Rezepts verwendet {{%2}}, das keinen Wert hat.</translation>
    </message>
    <message>
        <source>Note: the shipped default %1 is not on the %2 host.</source>
        <translation>Hinweis: Die ausgelieferte Vorgabe %1 ist nicht auf dem Host %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file on the old host.</source>
        <translation>%1 ist auf dem alten Host keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>Note: %1 on the new host is a symbolic link to %2; a copy replaces the link, it does not write through it.</source>
        <translation>Hinweis: %1 auf dem neuen Host ist ein symbolischer Link auf %2; die Kopie ersetzt den Link und schreibt nicht durch ihn hindurch.</translation>
    </message>
    <message>
        <source>%1 is not a file the recipe&apos;s configuration names on the old host.</source>
        <translation>%1 ist keine Datei, die die Konfiguration des Rezepts auf dem alten Host nennt.</translation>
    </message>
    <message numerus="yes">
        <source> and %n folder(s)</source>
        <translation>
            <numerusform> und %n Ordner</numerusform>
            <numerusform> und %n Ordner</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the clock of the %1 host.</source>
        <translation>Die Uhr des Hosts %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>The roles the dump names exist on new</source>
        <translation>Die Rollen, die die Sicherung nennt, gibt es auf dem neuen Host</translation>
    </message>
    <message>
        <source>New&apos;s data directory has room for the database</source>
        <translation>Das Datenverzeichnis des neuen Hosts hat Platz für die Datenbank</translation>
    </message>
    <message>
        <source>%1 free in %2 on new, %3 needed</source>
        <translation>%1 frei in %2 auf dem neuen Host, %3 nötig</translation>
    </message>
    <message>
        <source>On new (%1) the database&apos;s data directory %2 has %3 free; the restore needs about %4 (old&apos;s database is %5, plus a tenth and 64 MiB). Fix: free space on that file system or grow it, then run this step again.</source>
        <translation>Auf dem neuen Host (%1) hat das Datenverzeichnis der Datenbank %2 noch %3 frei; die Wiederherstellung braucht etwa %4 (die Datenbank des alten ist %5 groß, plus ein Zehntel und 64 MiB). Abhilfe: Schaffen Sie Platz auf diesem Dateisystem oder vergrößern Sie es, dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The clocks of old and new agree</source>
        <translation>Die Uhren von alt und neu stimmen überein</translation>
    </message>
    <message>
        <source>%1 s apart</source>
        <translation>%1 s auseinander</translation>
    </message>
    <message>
        <source>The clocks of old (%1) and new (%2) are %3 s apart; needed: under %4 s (timestamps written by old and by new must stay in order). Fix: enable time synchronisation on both hosts (systemd-timesyncd or chrony), then run this step again.</source>
        <translation>Die Uhren des alten (%1) und des neuen Hosts (%2) liegen %3 s auseinander; nötig: unter %4 s (von alt und neu geschriebene Zeitstempel müssen in der Reihenfolge bleiben). Abhilfe: Schalten Sie auf beiden Hosts die Zeitsynchronisation ein (systemd-timesyncd oder chrony), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>The restored database&apos;s migration head differs from old&apos;s (%1): the dump is not the database old runs on. Run the backup step again, then this one.</source>
        <translation>Der Migrationsstand der wiederhergestellten Datenbank weicht von dem des alten Hosts ab (%1): Die Sicherung ist nicht die Datenbank, mit der der alte Host läuft. Führen Sie den Sicherungsschritt erneut aus, dann diesen.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>%1 ist kein absoluter Pfad</translation>
    </message>
    <message>
        <source>%1 holds a control character</source>
        <translation>%1 enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>%1 has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>%1 hat einen leeren Teil, „.“ oder „..“</translation>
    </message>
    <message>
        <source>%1 on the %2 host is a symbolic link to %3: it is not followed. List the file it points to in the recipe (or the plan) instead.</source>
        <translation>%1 auf dem Host %2 ist ein symbolischer Link auf %3: Ihm wird nicht gefolgt. Nennen Sie stattdessen die Datei, auf die er zeigt, im Rezept (oder im Plan).</translation>
    </message>
    <message>
        <source>The old host named %1 for the recipe&apos;s %2, which does not name it%3: nothing is copied.</source>
        <translation>Der alte Host nannte %1 für %2 des Rezepts, das ihn nicht nennt%3: Nichts wird kopiert.</translation>
    </message>
    <message>
        <source>%1 on the %2 host grew beyond %3 MiB while it was read: nothing is copied.</source>
        <translation>%1 auf dem Host %2 wuchs beim Lesen über %3 MiB: Nichts wird kopiert.</translation>
    </message>
    <message>
        <source>%1 on the %2 host changed while it was read (SHA-256 %3, then %4): run the step again when nothing writes it.</source>
        <translation>%1 auf dem Host %2 hat sich beim Lesen geändert (SHA-256 %3, dann %4): Führen Sie den Schritt erneut aus, wenn nichts mehr hineinschreibt.</translation>
    </message>
    <message>
        <source>The folder %1 on the %2 host holds more than %3 MiB: copy it by hand.</source>
        <translation>Der Ordner %1 auf dem Host %2 enthält mehr als %3 MiB: Kopieren Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1 on the %2 host: %3</source>
        <translation>Der Ordner %1 auf dem Host %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 on the old host has an owner, group or mode that cannot be given on the new host (%2:%3, %4).</source>
        <translation>%1 auf dem alten Host hat einen Eigentümer, eine Gruppe oder Rechte, die auf dem neuen Host nicht vergeben werden können (%2:%3, %4).</translation>
    </message>
    <message>
        <source>Could not write the folder %1 on the new host: %2</source>
        <translation>Der Ordner %1 konnte auf dem neuen Host nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a symbolic link?); nothing is written through it</source>
        <translation>%1 ist kein Ordner (ein symbolischer Link?); nichts wird durch ihn hindurch geschrieben</translation>
    </message>
    <message>
        <source>Not keeping a copy: %1.</source>
        <translation>Keine Kopie behalten: %1.</translation>
    </message>
    <message>
        <source>Not keeping a copy: the side %1 is not a plain name.</source>
        <translation>Keine Kopie behalten: Die Seite %1 ist kein einfacher Name.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot merge %1: %2</source>
        <translation>%1 kann nicht zusammengeführt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 Choose a side on the step&apos;s page, or set &quot;configConflicts&quot; in the plan to &quot;old&quot; or &quot;new&quot;.</source>
        <translation>%1: %2 Wählen Sie auf der Seite des Schritts eine Seite, oder setzen Sie „configConflicts“ im Plan auf „old“ oder „new“.</translation>
    </message>
    <message>
        <source>%1: the merge would put %2 under another section; choose on the step&apos;s page.</source>
        <translation>%1: Die Zusammenführung würde %2 unter einen anderen Abschnitt stellen; wählen Sie auf der Seite des Schritts.</translation>
    </message>
    <message>
        <source>A preview does not connect to the %1 host.</source>
        <extracomment>%1 the host&apos;s role (old, new, proxy); shown when a preview of a step would need to connect</extracomment>
        <translation>Eine Vorschau verbindet sich nicht mit dem Host %1.</translation>
    </message>
    <message>
        <source>The commands can be listed once the running work has ended.</source>
        <translation>Die Befehle können aufgelistet werden, sobald die laufende Arbeit beendet ist.</translation>
    </message>
    <message>
        <source>systemd on the new host did not reload the copied unit files: %1. Run `sudo systemctl daemon-reload` there, then run this step again.</source>
        <translation>systemd auf dem neuen Host hat die kopierten Unit-Dateien nicht neu geladen: %1. Führen Sie dort `sudo systemctl daemon-reload` aus und wiederholen Sie dann diesen Schritt.</translation>
    </message>
    <message>
        <source>%1 failed on the new host (%2). See `journalctl -u %1` and the application log there, fix the cause, then run this step again.</source>
        <extracomment>%1 a systemd unit, %2 systemd&apos;s result (e.g. exit-code, core-dump)</extracomment>
        <translation>%1 ist auf dem neuen Host fehlgeschlagen (%2). Sehen Sie sich dort `journalctl -u %1` und das Anwendungsprotokoll an, beheben Sie die Ursache und wiederholen Sie dann diesen Schritt.</translation>
    </message>
    <message>
        <source>%1 restarts over and over on the new host (%2 restarts since the start): a crash loop. See `journalctl -u %1` and the application log there, fix the cause, then run this step again.</source>
        <translation>%1 startet auf dem neuen Host immer wieder neu (%2 Neustarts seit dem Start): eine Absturzschleife. Sehen Sie sich dort `journalctl -u %1` und das Anwendungsprotokoll an, beheben Sie die Ursache und wiederholen Sie dann diesen Schritt.</translation>
    </message>
    <message>
        <source>The new application cannot finish starting: its log still says &quot;%1&quot; after %2 s. %3</source>
        <extracomment>%1 the log line, %2 seconds, %3 the recipe&apos;s reason and fix</extracomment>
        <translation>Die neue Anwendung kann ihren Start nicht abschließen: Ihr Protokoll meldet nach %2 s immer noch „%1“. %3</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message numerus="yes">
        <source>log: (%n more line(s) in %1)</source>
        <translation>
            <numerusform>Protokoll: (%n weitere Zeile in %1)</numerusform>
            <numerusform>Protokoll: (%n weitere Zeilen in %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No log file of the recipe is on the new host yet: following the journal of %1 until one appears.</source>
        <extracomment>%1 systemd units, e.g. tomcat10</extracomment>
        <translation>Noch keine Protokolldatei des Rezepts auf dem neuen Host: das Journal von %1 wird verfolgt, bis eine erscheint.</translation>
    </message>
    <message>
        <source>Could not stop the old database&apos;s container: %1. Its services are disabled; run this step again.</source>
        <extracomment>%1 why (the command&apos;s error)</extracomment>
        <translation>Der Container der alten Datenbank konnte nicht gestoppt werden: %1. Ihre Dienste sind deaktiviert; wiederholen Sie diesen Schritt.</translation>
    </message>
    <message>
        <source>The old database&apos;s container is removed; its volume, which holds the data, stays.</source>
        <translation>Der Container der alten Datenbank ist entfernt; sein Volume, das die Daten enthält, bleibt erhalten.</translation>
    </message>
    <message>
        <source>If it was still working (one large index can take long without a line of output), raise timeouts.stallSeconds in the recipe (now %1 s); otherwise check the %2 host: its database server, its disk and its load.</source>
        <translation>Falls er noch arbeitete (ein großer Index kann lange ohne eine Ausgabezeile dauern), erhöhen Sie timeouts.stallSeconds im Rezept (derzeit %1 s); sonst prüfen Sie den Host %2: seinen Datenbankserver, seine Platte und seine Last.</translation>
    </message>
    <message>
        <source>Backups are being removed from the hosts.</source>
        <translation>Die Sicherungen werden gerade von den Hosts entfernt.</translation>
    </message>
    <message>
        <source>Wait for the running step to end before removing backups.</source>
        <translation>Warten Sie das Ende des laufenden Schritts ab, bevor Sie Sicherungen entfernen.</translation>
    </message>
    <message>
        <source>%1 is not inside the backup folder %2</source>
        <extracomment>%1 a file on a host, %2 the session&apos;s backup folder there</extracomment>
        <translation>%1 liegt nicht im Sicherungsordner %2</translation>
    </message>
    <message>
        <source>No backup to remove.</source>
        <translation>Keine Sicherung zu entfernen.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after removing %n backup(s).</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %n Sicherung entfernt wurde.</numerusform>
            <numerusform>Abgebrochen, nachdem %n Sicherungen entfernt wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 nennt keinen Host</translation>
    </message>
    <message>
        <source>%1:%2 could not be removed: %3</source>
        <extracomment>%1 &quot;old&quot; or &quot;new&quot;, %2 the file, %3 why (rm&apos;s message, a lost connection)</extracomment>
        <translation>%1:%2 konnte nicht entfernt werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s); not removed: %1</source>
        <translation>
            <numerusform>%n Sicherung entfernt; nicht entfernt: %1</numerusform>
            <numerusform>%n Sicherungen entfernt; nicht entfernt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s) from the hosts.</source>
        <translation>
            <numerusform>%n Sicherung von den Hosts entfernt.</numerusform>
            <numerusform>%n Sicherungen von den Hosts entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old&apos;s writes were held for %1 ms while the dump and the count opened the same snapshot.</source>
        <translation>Die Schreibzugriffe des alten Hosts wurden %1 ms lang angehalten, während Sicherung und Zählung denselben Schnappschuss öffneten.</translation>
    </message>
    <message>
        <source>%1 on new can read old&apos;s dumps</source>
        <translation>%1 auf dem neuen Host kann die Sicherungen des alten lesen</translation>
    </message>
    <message>
        <source>%1 on new (%2) reads what %3 on old (%4) writes</source>
        <extracomment>%1 e.g. &quot;pg_restore (PostgreSQL) 15.4&quot; on new, %2 new&apos;s address, %3 old&apos;s dump tool&apos;s version</extracomment>
        <translation>%1 auf dem neuen Host (%2) liest, was %3 auf dem alten (%4) schreibt</translation>
    </message>
    <message>
        <source>On new (%1) %2 is %3.%4, older than pg_dump %5.%6 on old (%7): it refuses the dump (&quot;unsupported version ... in file header&quot;). Needed: %2 %5 or newer on new. Fix: install the PostgreSQL client of version %5 on new (Debian: postgresql-client-%5 from the PostgreSQL apt repository), then run this step again.</source>
        <translation>Auf dem neuen Host (%1) ist %2 Version %3.%4, älter als pg_dump %5.%6 auf dem alten (%7): Es lehnt die Sicherung ab („unsupported version ... in file header“). Nötig: %2 %5 oder neuer auf dem neuen Host. Abhilfe: den PostgreSQL-Client der Version %5 auf dem neuen Host installieren (Debian: postgresql-client-%5 aus dem apt-Repository von PostgreSQL), dann diesen Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>%1 (a process ss does not name: it names other users&apos; processes to root only)</source>
        <extracomment>%1 an address and port such as 0.0.0.0:8081</extracomment>
        <translation>%1 (ein Prozess, den ss nicht nennt: Prozesse anderer Benutzer nennt es nur root)</translation>
    </message>
    <message>
        <source>Cannot read this line of ss: &quot;%1&quot;</source>
        <translation>Diese Zeile von ss ist nicht lesbar: „%1“</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <extracomment>a process that listens: its name and process id</extracomment>
        <translation>%1 (PID %2)</translation>
    </message>
    <message>
        <source>The application&apos;s ports are free on new</source>
        <translation>Die Ports der Anwendung sind auf dem neuen Host frei</translation>
    </message>
    <message>
        <source>Cannot list the ports that listen on new (%1) with ss: %2. Fix: install iproute2 there (it holds ss), then run this step again.</source>
        <translation>Die lauschenden Ports auf dem neuen Host (%1) lassen sich mit ss nicht auflisten: %2. Abhilfe: dort iproute2 installieren (es enthält ss), dann diesen Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>Port %1 is free on new</source>
        <translation>Port %1 ist auf dem neuen Host frei</translation>
    </message>
    <message>
        <source>nothing listens on port %1 of %2 on new (%3)</source>
        <translation>auf Port %1 von %2 lauscht auf dem neuen Host (%3) nichts</translation>
    </message>
    <message>
        <source>on new (%1) %2 listens there: the new application itself, whose services run already (a previous run of step 5)</source>
        <translation>auf dem neuen Host (%1) lauscht dort %2: die neue Anwendung selbst, deren Dienste schon laufen (ein früherer Lauf von Schritt 5)</translation>
    </message>
    <message>
        <source>On new (%1) port %2 is taken: %3 listens there, and the new application is not running. Needed: port %2 free for the new application (the recipe&apos;s checks reach it at %4:%2), or step 5 cannot start it. Fix: stop and disable that program on new, or give the application another port (a variable such as app_port in the plan), then run this step again.</source>
        <translation>Auf dem neuen Host (%1) ist Port %2 belegt: %3 lauscht dort, und die neue Anwendung läuft nicht. Nötig: Port %2 frei für die neue Anwendung (die Prüfungen des Rezepts erreichen sie unter %4:%2), sonst kann Schritt 5 sie nicht starten. Abhilfe: dieses Programm auf dem neuen Host stoppen und deaktivieren oder der Anwendung einen anderen Port geben (eine Variable wie app_port im Plan), dann diesen Schritt erneut ausführen.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>The missing roles were not created: %1</source>
        <extracomment>%1 why the roles could not be created</extracomment>
        <translation>Die fehlenden Rollen wurden nicht angelegt: %1</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Rollen: %1.</translation>
    </message>
    <message>
        <source>On new (%1) the role(s) %2 do not exist; old&apos;s database names %3 (owners and grantees). Needed: every one of them. Fix: let the program create them on new as old defines them (the step&apos;s &quot;Create the missing roles&quot;, or --create-missing-roles), or create them yourself (%4), then run this step again.</source>
        <extracomment>%4 a command that creates one role by hand</extracomment>
        <translation>Auf dem neuen Host (%1) existieren die Rolle(n) %2 nicht; die Datenbank des alten nennt %3 (Eigentümer und Berechtigte). Nötig: jede davon. Behebung: Lassen Sie das Programm sie auf dem neuen Host so anlegen, wie der alte sie definiert („Die fehlenden Rollen anlegen“ des Schritts, oder --create-missing-roles), oder legen Sie sie selbst an (%4), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Old&apos;s dump login may read what the dump needs</source>
        <translation>Die Sicherungs-Anmeldung des alten darf lesen, was die Sicherung braucht</translation>
    </message>
    <message>
        <source>Old&apos;s count login may read every table</source>
        <translation>Die Zähl-Anmeldung des alten darf jede Tabelle lesen</translation>
    </message>
    <message>
        <source>New&apos;s restore login may restore the dump</source>
        <translation>Die Wiederherstellungs-Anmeldung des neuen darf die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>New&apos;s admin login may drop and create the database</source>
        <translation>Die Admin-Anmeldung des neuen darf die Datenbank löschen und erstellen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a privilege, %2 what lacks it (tables), %3 what the program needs it for</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>none of the needed privileges</source>
        <extracomment>%1 privileges the login has, as a list</extracomment>
        <translation>keines der nötigen Rechte</translation>
    </message>
    <message>
        <source>may %1</source>
        <translation>darf %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <extracomment>%1 privileges the login lacks that the program works around, with what each is for</extracomment>
        <translation>ohne %1</translation>
    </message>
    <message>
        <source>Missing: %1. Fix: on %2 give the login what it lacks (%3), or let this purpose log in as the database&apos;s superuser (the plan&apos;s &quot;database&quot;: {&quot;%4&quot;: {&quot;%5&quot;: &quot;superuser&quot;}}), then run this step again.</source>
        <extracomment>%1 old or new, %2 its address, %3 the missing privileges with what needs them, %4 a GRANT statement, %5 the purpose (dump, restore, count, admin)</extracomment>
        <translation>Fehlt: %1. Behebung: Geben Sie der Anmeldung auf %2, was ihr fehlt (%3), oder lassen Sie diesen Zweck sich als Superuser der Datenbank anmelden (im Plan: &quot;database&quot;: {&quot;%4&quot;: {&quot;%5&quot;: &quot;superuser&quot;}}), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>Listing old&apos;s accounts of %1</source>
        <translation>Auflisten der Konten von %1 auf dem alten</translation>
    </message>
    <message>
        <source>Old has no account named %1 to copy.</source>
        <translation>Der alte hat kein Konto namens %1 zum Kopieren.</translation>
    </message>
    <message>
        <source>Old&apos;s role definitions are larger than 4 MiB.</source>
        <translation>Die Rollendefinitionen des alten sind größer als 4 MiB.</translation>
    </message>
    <message>
        <source>Reading the roles&apos; definitions on old</source>
        <translation>Lesen der Rollendefinitionen auf dem alten</translation>
    </message>
    <message>
        <source>would create %1 on new</source>
        <translation>würde %1 auf dem neuen Host anlegen</translation>
    </message>
    <message>
        <source>Creating %1 on new</source>
        <translation>Anlegen von %1 auf dem neuen Host</translation>
    </message>
    <message>
        <source>created %1 on new as old defines them, with the same passwords</source>
        <extracomment>%1 role names; the sentence says whether their passwords came along</extracomment>
        <translation>%1 auf dem neuen Host so angelegt, wie der alte sie definiert, mit denselben Passwörtern</translation>
    </message>
    <message>
        <source>created %1 on new as old defines them, without passwords (old&apos;s admin login may not read them): set them on new</source>
        <translation>%1 auf dem neuen Host so angelegt, wie der alte sie definiert, ohne Passwörter (die Admin-Anmeldung des alten darf sie nicht lesen): setzen Sie sie auf dem neuen Host</translation>
    </message>
    <message>
        <source>The proxy reaches the new application</source>
        <translation>Der Proxy erreicht die neue Anwendung</translation>
    </message>
    <message>
        <source>The recipe&apos;s nginx upstream names no &quot;server HOST:PORT&quot;: nothing to ask. Fix: give routing.nginxUpstream a server line.</source>
        <translation>Das nginx-Upstream des Rezepts nennt kein „server HOST:PORT“: nichts zu fragen. Behebung: Geben Sie routing.nginxUpstream eine server-Zeile.</translation>
    </message>
    <message>
        <source>From the proxy (%1), %2 does not answer (%3): step 9 would send users where nothing answers them. Needed: the new application reachable from the proxy at the address and port of the recipe&apos;s nginx upstream. Fix: open the way between proxy and new (a firewall, the address the application listens on, the upstream template), then run this step again.</source>
        <extracomment>%1 the proxy&apos;s address, %2 host:port of the new application as nginx will reach it, %3 a path</extracomment>
        <translation>Vom Proxy (%1) aus antwortet %2 nicht (%3): Schritt 9 würde die Benutzer dorthin schicken, wo ihnen nichts antwortet. Nötig: die neue Anwendung vom Proxy aus unter Adresse und Port des nginx-Upstreams des Rezepts erreichbar. Behebung: Öffnen Sie den Weg zwischen Proxy und neuem Host (eine Firewall, die Adresse, auf der die Anwendung lauscht, die Upstream-Vorlage), und führen Sie diesen Schritt dann erneut aus.</translation>
    </message>
    <message>
        <source>no HTTP answer to GET %1</source>
        <translation>keine HTTP-Antwort auf GET %1</translation>
    </message>
    <message>
        <source>from the proxy (%1): %2</source>
        <translation>vom Proxy (%1) aus: %2</translation>
    </message>
    <message>
        <source>nginx accepts the new upstream</source>
        <translation>nginx akzeptiert das neue Upstream</translation>
    </message>
    <message>
        <source>tried on a copy of the proxy&apos;s configuration with the new upstream in %1</source>
        <translation>an einer Kopie der Proxy-Konfiguration mit dem neuen Upstream in %1 erprobt</translation>
    </message>
    <message>
        <source>The old installation does not run: %1</source>
        <translation>Die alte Installation läuft nicht: %1</translation>
    </message>
    <message>
        <source> The shared database keeps what users wrote through either version; the new version&apos;s migrations stay applied (the recipe says the old version works with them).</source>
        <translation> Die gemeinsame Datenbank behält, was die Benutzer über eine der beiden Versionen geschrieben haben; die Migrationen der neuen Version bleiben angewendet (laut Rezept funktioniert die alte Version mit ihnen).</translation>
    </message>
    <message>
        <source>The old installation serves, but: %1.%2</source>
        <translation>Die alte Installation ist in Betrieb, aber: %1.%2</translation>
    </message>
    <message>
        <source>Users reach the old installation again and the new one is stopped.</source>
        <translation>Die Benutzer erreichen wieder die alte Installation, und die neue ist gestoppt.</translation>
    </message>
    <message>
        <source>routing.nginxCanaryUpstream uses an unknown value: %1</source>
        <translation>routing.nginxCanaryUpstream verwendet einen unbekannten Wert: %1</translation>
    </message>
    <message>
        <source>On the proxy (%1), nginx&apos;s test refuses its configuration with the new upstream in %2: %3. Nothing nginx serves was changed. Fix: correct the recipe&apos;s routing.nginxUpstream or routing.nginxCanaryUpstream (or the plan&apos;s values they use), then run this step again.</source>
        <extracomment>%1 the proxy&apos;s address, %2 the upstream file, %3 what nginx&apos;s test said</extracomment>
        <translation>Auf dem Proxy (%1) lehnt der nginx-Test seine Konfiguration mit dem neuen Upstream in %2 ab: %3. An dem, was nginx ausliefert, wurde nichts geändert. Abhilfe: Korrigieren Sie routing.nginxUpstream oder routing.nginxCanaryUpstream des Rezepts (oder die Werte des Plans, die sie verwenden), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>(the recipe cannot list them)</source>
        <translation>(das Rezept kann sie nicht auflisten)</translation>
    </message>
    <message>
        <source>Listing the new version&apos;s migrations failed: %1</source>
        <translation>Das Auflisten der Migrationen der neuen Version ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The new version has migrations to apply (%1) to the database old serves, and the recipe does not say they are backward compatible (migrations.backwardCompatible): they could break the old version while users work on it. Nothing was changed. This upgrade needs the separate-database procedure: give new its own database server and remove &quot;shared&quot; from the plan&apos;s database section.</source>
        <translation>Die neue Version hat Migrationen (%1) auf die Datenbank anzuwenden, die der alte Host bedient, und das Rezept sagt nicht, dass sie abwärtskompatibel sind (migrations.backwardCompatible): Sie könnten die alte Version beschädigen, während die Benutzer mit ihr arbeiten. Nichts wurde geändert. Dieses Upgrade braucht das Verfahren mit getrennten Datenbanken: Geben Sie dem neuen Host einen eigenen Datenbankserver und entfernen Sie „shared“ aus dem Abschnitt database des Plans.</translation>
    </message>
    <message>
        <source>The migrations %1 change the database old serves. The recipe says old keeps working with them; type old&apos;s address (%2) to confirm and run this step again. Nothing was changed.</source>
        <translation>Die Migrationen %1 ändern die Datenbank, die der alte Host bedient. Laut Rezept funktioniert der alte weiterhin mit ihnen; geben Sie zur Bestätigung die Adresse des alten Hosts (%2) ein und führen Sie diesen Schritt erneut aus. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Applying %1 to the shared database, as confirmed: the old version keeps working with them (the recipe says they are backward compatible).</source>
        <translation>%1 wird wie bestätigt auf die gemeinsame Datenbank angewendet: Die alte Version funktioniert weiterhin damit (laut Rezept sind sie abwärtskompatibel).</translation>
    </message>
    <message>
        <source>%1: %2, TTL %3 s</source>
        <extracomment>%1 a resolver, %2 the addresses it gives, %3 the record&apos;s TTL in seconds</extracomment>
        <translation>%1: %2, TTL %3 s</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>DNS record of %1 at each resolver</source>
        <translation>DNS-Eintrag von %1 bei jedem Resolver</translation>
    </message>
    <message>
        <source>No answer from %1: step 9 could not see the change there. Fix: correct the plan&apos;s route.resolver or route.resolvers, or let this computer reach them (port %2), then run this step again.</source>
        <translation>Keine Antwort von %1: Schritt 9 konnte die Änderung dort nicht sehen. Abhilfe: Korrigieren Sie route.resolver oder route.resolvers des Plans oder lassen Sie diesen Computer sie erreichen (Port %2), dann führen Sie diesen Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3% of requests to new. %4 requests reached it, %5 failed (%6%)</source>
        <extracomment>%1 stage number, %2 number of stages, %3 share in percent, %4 requests at new, %5 failed, %6 rate</extracomment>
        <translation>Stufe %1 von %2: %3&#xa0;% der Anfragen an den neuen Host. %4 Anfragen haben ihn erreicht, %5 sind fehlgeschlagen (%6&#xa0;%)</translation>
    </message>
    <message>
        <source>, p95 %1 ms</source>
        <translation>, p95 %1 ms</translation>
    </message>
    <message>
        <source>The recipe&apos;s nginx upstream names no server with a port, so the canary cannot tell the new version&apos;s requests in the proxy&apos;s log. Nothing was changed.</source>
        <translation>Das nginx-Upstream des Rezepts nennt keinen Server mit Port, daher kann der Canary die Anfragen der neuen Version im Log des Proxys nicht erkennen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Moving users to new in stages of %1, each held %2 s, watching %3 in the proxy&apos;s access log.</source>
        <extracomment>%1 the stages, e.g. &quot;10%, 50%, 100%&quot;, %2 seconds, %3 the new upstream server (address:port)</extracomment>
        <translation>Die Benutzer werden in Stufen von %1 auf den neuen Host umgezogen, jede %2 s lang gehalten, während %3 im Access-Log des Proxys beobachtet wird.</translation>
    </message>
    <message>
        <source>nginx sends every request to new, but %1 does not answer: %2</source>
        <translation>nginx schickt jede Anfrage an den neuen Host, aber %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Users reach the new installation: %1. No downtime: old served every request until nginx sent it to new.</source>
        <translation>Die Benutzer erreichen die neue Installation: %1. Keine Ausfallzeit: Der alte Host hat jede Anfrage bedient, bis nginx sie an den neuen schickte.</translation>
    </message>
    <message>
        <source>every request to new from here</source>
        <translation>ab hier jede Anfrage an den neuen Host</translation>
    </message>
    <message>
        <source>The testers&apos; preview is being opened or closed.</source>
        <translation>Die Vorschau für Tester wird gerade geöffnet oder geschlossen.</translation>
    </message>
    <message>
        <source>The plan has no preview for testers (route.preview of an nginx route).</source>
        <translation>Der Plan hat keine Vorschau für Tester (route.preview einer nginx-Route).</translation>
    </message>
    <message>
        <source>The preview opens once step 6 has checked the new installation.</source>
        <translation>Die Vorschau lässt sich öffnen, sobald Schritt 6 die neue Installation geprüft hat.</translation>
    </message>
    <message>
        <source>Step 9 is done: users are on the new installation, a preview has no purpose.</source>
        <translation>Schritt 9 ist erledigt: Die Benutzer sind auf der neuen Installation, eine Vorschau hat keinen Zweck mehr.</translation>
    </message>
    <message>
        <source>Wait for the running work to end before changing the preview.</source>
        <translation>Warten Sie, bis die laufende Arbeit endet, bevor Sie die Vorschau ändern.</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Aufholen</translation>
    </message>
    <message>
        <source>The testers&apos; preview could not be closed: %1 Close it from step 7&apos;s page.</source>
        <translation>Die Vorschau für Tester konnte nicht geschlossen werden: %1 Schließen Sie sie auf der Seite von Schritt 7.</translation>
    </message>
    <message>
        <source>The plan has no preview for testers: add route.preview, e.g. {&quot;port&quot;: 8081}, to an nginx route.</source>
        <translation>Der Plan hat keine Vorschau für Tester: Fügen Sie einer nginx-Route route.preview hinzu, z. B. {&quot;port&quot;: 8081}.</translation>
    </message>
    <message>
        <source>The preview&apos;s file %1 %2 Set route.preview.file.</source>
        <extracomment>%1 the preview&apos;s file on the proxy, %2 what is wrong with it</extracomment>
        <translation>Die Datei der Vorschau %1 %2 Setzen Sie route.preview.file.</translation>
    </message>
    <message>
        <source>Could not read %1 on the proxy: %2</source>
        <translation>%1 auf dem Proxy konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 on the proxy was not written by this program, so it is left alone. Remove it or name another file in route.preview.file.</source>
        <extracomment>%1 a file on the proxy</extracomment>
        <translation>%1 auf dem Proxy wurde nicht von diesem Programm geschrieben und bleibt daher unangetastet. Entfernen Sie die Datei oder nennen Sie in route.preview.file eine andere.</translation>
    </message>
    <message>
        <source>Could not remove %1 on the proxy; the preview is still open.</source>
        <translation>%1 auf dem Proxy konnte nicht entfernt werden; die Vorschau ist noch offen.</translation>
    </message>
    <message>
        <source>nginx&apos;s test fails without the preview (%1), so nginx was not reloaded; %2</source>
        <translation>Der nginx-Test schlägt ohne die Vorschau fehl (%1), daher wurde nginx nicht neu geladen; %2</translation>
    </message>
    <message>
        <source>the preview&apos;s file is back in place.</source>
        <translation>die Datei der Vorschau ist wieder an ihrem Platz.</translation>
    </message>
    <message>
        <source>the preview&apos;s file could NOT be put back.</source>
        <translation>die Datei der Vorschau konnte NICHT zurückgelegt werden.</translation>
    </message>
    <message>
        <source>nginx could not be reloaded: %1; the preview is still open.</source>
        <translation>nginx konnte nicht neu geladen werden: %1; die Vorschau ist noch offen.</translation>
    </message>
    <message>
        <source>Opening the preview reloads the production proxy: type its address (%1) to go ahead. Nothing was changed.</source>
        <extracomment>%1 the proxy&apos;s address</extracomment>
        <translation>Das Öffnen der Vorschau lädt den Produktions-Proxy neu: Geben Sie seine Adresse (%1) ein, um fortzufahren. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The preview cannot be written: %1. Nothing was changed.</source>
        <translation>Die Vorschau kann nicht geschrieben werden: %1. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Something already answers at %1:%2 on the proxy, so nginx could not listen there for the preview. Choose another route.preview.port. Nothing was changed.</source>
        <extracomment>%1 address:port on the proxy</extracomment>
        <translation>Auf dem Proxy antwortet unter %1:%2 bereits etwas, daher könnte nginx dort nicht für die Vorschau lauschen. Wählen Sie einen anderen route.preview.port. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Could not write %1 on the proxy; nothing was changed.</source>
        <translation>%1 konnte auf dem Proxy nicht geschrieben werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>nginx&apos;s test refuses the preview (%1), so nginx was not reloaded; %2</source>
        <extracomment>%1 what nginx&apos;s test said</extracomment>
        <translation>Der nginx-Test lehnt die Vorschau ab (%1), daher wurde nginx nicht neu geladen; %2</translation>
    </message>
    <message>
        <source>its file was removed again: the proxy is as it was.</source>
        <translation>ihre Datei wurde wieder entfernt: Der Proxy ist wie zuvor.</translation>
    </message>
    <message>
        <source>its file could NOT be removed: remove %1 on the proxy by hand.</source>
        <translation>ihre Datei konnte NICHT entfernt werden: Entfernen Sie %1 auf dem Proxy von Hand.</translation>
    </message>
    <message>
        <source>nginx could not be reloaded (%1); the preview&apos;s file was removed again.</source>
        <translation>nginx konnte nicht neu geladen werden (%1); die Datei der Vorschau wurde wieder entfernt.</translation>
    </message>
    <message>
        <source>nginx was reloaded with the preview, but nothing answers at %1 from the proxy itself. Does nginx&apos;s configuration include %2 (an include of its folder&apos;s *.conf, or route.preview.file naming a file it includes)? %3</source>
        <extracomment>%1 the preview&apos;s URL, %2 the preview&apos;s file, %3 what became of it</extracomment>
        <translation>nginx wurde mit der Vorschau neu geladen, aber vom Proxy selbst aus antwortet unter %1 nichts. Bindet die nginx-Konfiguration %2 ein (ein include der *.conf seines Ordners, oder route.preview.file mit einer Datei, die sie einbindet)? %3</translation>
    </message>
    <message>
        <source>The preview was closed again.</source>
        <translation>Die Vorschau wurde wieder geschlossen.</translation>
    </message>
    <message>
        <source>Testers reach the new installation at %1 (it answered: %3); users stay on the old one at %2. Close the preview when testing is done; step 9 closes it too.</source>
        <extracomment>%1 the preview&apos;s URL, %2 the public URL, %3 the first line of the preview&apos;s answer</extracomment>
        <translation>Die Tester erreichen die neue Installation unter %1 (sie antwortete: %3); die Benutzer bleiben auf der alten unter %2. Schließen Sie die Vorschau, wenn die Tests fertig sind; Schritt 9 schließt sie ebenfalls.</translation>
    </message>
    <message>
        <source>No preview is open: %1 is not on the proxy.</source>
        <translation>Keine Vorschau ist offen: %1 liegt nicht auf dem Proxy.</translation>
    </message>
    <message>
        <source>The preview is closed: %1 was removed from the proxy and nginx reloaded.</source>
        <translation>Die Vorschau ist geschlossen: %1 wurde vom Proxy entfernt und nginx neu geladen.</translation>
    </message>
    <message>
        <source>The testers&apos; preview is still open: closing it (%1).</source>
        <translation>Die Vorschau für Tester ist noch offen: Sie wird geschlossen (%1).</translation>
    </message>
    <message>
        <source>see new&apos;s PostgreSQL log</source>
        <translation>siehe das PostgreSQL-Log des neuen Hosts</translation>
    </message>
    <message>
        <source>Reading the subscription on new</source>
        <translation>Lesen der Subskription auf dem neuen Host</translation>
    </message>
    <message>
        <source>New&apos;s database %1 has no subscription to old: replication is not running (run step 4 again to start it).</source>
        <translation>Die Datenbank %1 des neuen Hosts hat keine Subskription beim alten: Die Replikation läuft nicht (führen Sie Schritt 4 erneut aus, um sie zu starten).</translation>
    </message>
    <message>
        <source>The replication from old to new failed (%1 apply and %2 copy errors on new): %3. Roll back, fix the cause and run step 4 again.</source>
        <translation>Die Replikation vom alten zum neuen Host ist fehlgeschlagen (%1 Apply- und %2 Kopierfehler auf dem neuen Host): %3. Setzen Sie zurück, beheben Sie die Ursache und führen Sie Schritt 4 erneut aus.</translation>
    </message>
    <message>
        <source>Reading the replication slot on old</source>
        <translation>Lesen des Replikationsslots auf dem alten Host</translation>
    </message>
    <message>
        <source>Looking for new&apos;s sync database</source>
        <translation>Suche nach der Sync-Datenbank des neuen Hosts</translation>
    </message>
    <message>
        <source>Removing the subscription on new</source>
        <translation>Entfernen der Subskription auf dem neuen Host</translation>
    </message>
    <message>
        <source>%1; removing it without reaching old, then old&apos;s slot directly.</source>
        <translation>%1; sie wird entfernt, ohne den alten Host zu erreichen, danach direkt der Slot des alten Hosts.</translation>
    </message>
    <message>
        <source>Dropping new&apos;s sync database</source>
        <translation>Löschen der Sync-Datenbank des neuen Hosts</translation>
    </message>
    <message>
        <source>Removing the slot, publication and role on old</source>
        <translation>Entfernen von Slot, Publikation und Rolle auf dem alten Host</translation>
    </message>
    <message>
        <source>Checking that nothing of the replication is left on old</source>
        <translation>Prüfen, dass von der Replikation nichts auf dem alten Host übrig ist</translation>
    </message>
    <message>
        <source>Still on old after the removal: %1. A slot left behind keeps old&apos;s WAL and fills its disk: drop it with SELECT pg_drop_replication_slot(...).</source>
        <translation>Nach dem Entfernen noch auf dem alten Host: %1. Ein zurückgebliebener Slot hält das WAL des alten Hosts zurück und füllt seine Platte: Löschen Sie ihn mit SELECT pg_drop_replication_slot(...).</translation>
    </message>
    <message>
        <source>Replication does not start: %1 Step 8 will dump and restore instead.</source>
        <translation>Die Replikation startet nicht: %1 Schritt 8 überträgt die Daten stattdessen per Dump und Wiederherstellung.</translation>
    </message>
    <message>
        <source> Replication did not start (%1): step 8 will dump and restore.</source>
        <translation> Die Replikation ist nicht gestartet (%1): Schritt 8 überträgt die Daten per Dump und Wiederherstellung.</translation>
    </message>
    <message>
        <source>old&apos;s PostgreSQL is not a Debian cluster (cluster_name &quot;%1&quot;), so the program does not know how to restart it: set wal_level = logical in its postgresql.conf and restart it yourself.</source>
        <translation>das PostgreSQL des alten Hosts ist kein Debian-Cluster (cluster_name „%1“), daher weiß das Programm nicht, wie es neu zu starten ist: Setzen Sie wal_level = logical in seiner postgresql.conf und starten Sie es selbst neu.</translation>
    </message>
    <message>
        <source>Setting wal_level = logical on old</source>
        <translation>Setzen von wal_level = logical auf dem alten Host</translation>
    </message>
    <message>
        <source>Restarting %1 on old: its database is unavailable until it is back.</source>
        <translation>%1 wird auf dem alten Host neu gestartet: Seine Datenbank ist nicht verfügbar, bis es wieder läuft.</translation>
    </message>
    <message>
        <source>Restarting %1 on old failed (%2): look at `systemctl status %1` there.</source>
        <translation>Der Neustart von %1 auf dem alten Host ist fehlgeschlagen (%2): Sehen Sie sich dort `systemctl status %1` an.</translation>
    </message>
    <message>
        <source>Asking old&apos;s PostgreSQL</source>
        <translation>Abfrage des PostgreSQL auf dem alten Host</translation>
    </message>
    <message>
        <source>old&apos;s PostgreSQL did not answer within 2 minutes of its restart: %1</source>
        <translation>das PostgreSQL des alten Hosts hat innerhalb von 2 Minuten nach seinem Neustart nicht geantwortet: %1</translation>
    </message>
    <message>
        <source>Cancelled while old&apos;s PostgreSQL restarted.</source>
        <translation>Abgebrochen, während das PostgreSQL des alten Hosts neu startete.</translation>
    </message>
    <message>
        <source>New copies old&apos;s tables for the replication</source>
        <translation>Der neue Host kopiert die Tabellen des alten für die Replikation</translation>
    </message>
    <message>
        <source>Cancelled while new copied old&apos;s tables.</source>
        <translation>Abgebrochen, während der neue Host die Tabellen des alten kopierte.</translation>
    </message>
    <message>
        <source>replication is built for PostgreSQL only so far, and this database is MySQL/MariaDB.</source>
        <translation>die Replikation gibt es bisher nur für PostgreSQL, und diese Datenbank ist MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>replication between databases inside compose services is not built yet.</source>
        <translation>die Replikation zwischen Datenbanken in Compose-Diensten gibt es noch nicht.</translation>
    </message>
    <message>
        <source>Reading what old&apos;s PostgreSQL allows for replication</source>
        <translation>Lesen, was das PostgreSQL des alten Hosts für die Replikation erlaubt</translation>
    </message>
    <message>
        <source>old&apos;s wal_level is &quot;%1&quot;; replication needs &quot;logical&quot;, which takes a restart of old&apos;s PostgreSQL (its database unavailable for some seconds). To allow it, type old&apos;s address on step 4&apos;s page and run the step again.</source>
        <translation>der wal_level des alten Hosts ist „%1“; die Replikation braucht „logical“, was einen Neustart des PostgreSQL auf dem alten Host erfordert (seine Datenbank ist dann einige Sekunden lang nicht verfügbar). Um das zu erlauben, geben Sie auf der Seite von Schritt 4 die Adresse des alten Hosts ein und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL was unavailable for %1 s while it restarted.</source>
        <translation>Das PostgreSQL des alten Hosts war während des Neustarts %1 s lang nicht verfügbar.</translation>
    </message>
    <message>
        <source>Creating the replication role and publication on old</source>
        <translation>Anlegen der Replikationsrolle und der Publikation auf dem alten Host</translation>
    </message>
    <message>
        <source>Restoring old&apos;s schema into %1</source>
        <translation>Wiederherstellen des Schemas des alten Hosts in %1</translation>
    </message>
    <message>
        <source>Subscribing new to old</source>
        <translation>Subskription des neuen Hosts beim alten</translation>
    </message>
    <message>
        <source>%1. New must reach old&apos;s PostgreSQL at %2 as %3: old&apos;s listen_addresses and a pg_hba.conf line for new&apos;s address must allow it.</source>
        <translation>%1. Der neue Host muss das PostgreSQL des alten unter %2 als %3 erreichen: listen_addresses des alten Hosts und eine pg_hba.conf-Zeile für die Adresse des neuen müssen das erlauben.</translation>
    </message>
    <message>
        <source> New&apos;s %1 now follows old by logical replication (%2 tables copied); step 8 only catches up.</source>
        <translation> %1 auf dem neuen Host folgt dem alten jetzt per logischer Replikation (%2 Tabellen kopiert); Schritt 8 holt nur noch auf.</translation>
    </message>
    <message>
        <source>New stopped catching up with old: %1 bytes behind for %2 s (slot %3). %4</source>
        <translation>Der neue Host holt gegenüber dem alten nicht mehr auf: seit %2 s %1 Bytes Rückstand (Slot %3). %4</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Benutzung</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>nicht in Benutzung</translation>
    </message>
    <message>
        <source>Look at new&apos;s PostgreSQL log.</source>
        <translation>Sehen Sie sich das PostgreSQL-Log des neuen Hosts an.</translation>
    </message>
    <message>
        <source>New applies old&apos;s last changes</source>
        <translation>Der neue Host übernimmt die letzten Änderungen des alten</translation>
    </message>
    <message>
        <source>Cancelled while new caught up with old.</source>
        <translation>Abgebrochen, während der neue Host gegenüber dem alten aufholte.</translation>
    </message>
    <message>
        <source>Reading old&apos;s sequences</source>
        <translation>Lesen der Sequenzen des alten Hosts</translation>
    </message>
    <message>
        <source>Setting the sequences on new</source>
        <translation>Setzen der Sequenzen auf dem neuen Host</translation>
    </message>
    <message>
        <source>Making the sync database new&apos;s application database</source>
        <translation>Die Sync-Datenbank wird zur Anwendungsdatenbank des neuen Hosts</translation>
    </message>
    <message>
        <source>New caught up with old in %1 s (%2 bytes of WAL behind at the stop), replication removed from both hosts. %3</source>
        <translation>Der neue Host hat den alten in %1 s eingeholt (%2 Bytes WAL Rückstand beim Stoppen), Replikation von beiden Hosts entfernt. %3</translation>
    </message>
    <message>
        <source>Replication: new is %1 bytes behind old.</source>
        <translation>Replikation: Der neue Host liegt %1 Bytes hinter dem alten.</translation>
    </message>
    <message>
        <source>Replication removed: no subscription or sync database on new, no slot, publication or role on old.</source>
        <translation>Replikation entfernt: keine Subskription und keine Sync-Datenbank auf dem neuen Host, kein Slot, keine Publikation und keine Rolle auf dem alten.</translation>
    </message>
    <message>
        <source> Old&apos;s wal_level stays logical; ALTER SYSTEM RESET wal_level and a restart of old&apos;s PostgreSQL undo it.</source>
        <translation> Der wal_level des alten Hosts bleibt logical; ALTER SYSTEM RESET wal_level und ein Neustart des PostgreSQL auf dem alten Host machen das rückgängig.</translation>
    </message>
    <message>
        <source>The preview&apos;s port %1 still answered 10 s after the reload: nginx&apos;s workers of the previous configuration may still be finishing requests.</source>
        <translation>Der Port %1 der Vorschau antwortete 10 s nach dem Neuladen noch: Worker von nginx mit der vorherigen Konfiguration beenden möglicherweise noch Anfragen.</translation>
    </message>
</context>
<context>
    <name>puw::Journal</name>
    <message>
        <source>Cannot create the session folder %1. Choose another one with --session-dir.</source>
        <translation>Der Sitzungsordner %1 kann nicht angelegt werden. Wählen Sie mit --session-dir einen anderen.</translation>
    </message>
    <message>
        <source>The session folder %1 is in use by another Parallel Upgrade Wizard (process %2 on %3). Close that window first, or use another folder with --session-dir.</source>
        <translation>Der Sitzungsordner %1 wird von einem anderen Assistenten für parallele Upgrades verwendet (Prozess %2 auf %3). Schließen Sie zuerst dieses Fenster oder verwenden Sie mit --session-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht vorbereitet werden: %2.</translation>
    </message>
    <message>
        <source>The journal %1 %2.</source>
        <extracomment>%1 the journal file, %2 why it cannot be used, a phrase such as &quot;was written by a newer version...&quot;</extracomment>
        <translation>Das Journal %1 %2.</translation>
    </message>
    <message>
        <source>Cannot %1 in the journal %2: %3.</source>
        <extracomment>%1 one of this context&apos;s actions (&quot;read the steps&quot;, &quot;record a command&quot;...), %2 the journal file, %3 the database&apos;s own error</extracomment>
        <translation>Journal %2: „%1“ nicht möglich: %3.</translation>
    </message>
    <message>
        <source>read the steps</source>
        <translation>Schritte lesen</translation>
    </message>
    <message>
        <source>The program stopped while this step was running.</source>
        <translation>Das Programm wurde beendet, während dieser Schritt lief.</translation>
    </message>
    <message>
        <source>mark interrupted steps</source>
        <translation>unterbrochene Schritte markieren</translation>
    </message>
    <message>
        <source>create a session</source>
        <translation>Sitzung anlegen</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>Sitzung abschließen</translation>
    </message>
    <message>
        <source>Step %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>Schritt %1 kann nicht von „%2“ zu „%3“ wechseln.</translation>
    </message>
    <message>
        <source>update a step</source>
        <translation>Schritt aktualisieren</translation>
    </message>
    <message>
        <source>record a command</source>
        <translation>Befehl speichern</translation>
    </message>
    <message>
        <source>read the commands</source>
        <translation>Befehle lesen</translation>
    </message>
    <message>
        <source>record a check</source>
        <translation>Prüfung speichern</translation>
    </message>
    <message>
        <source>read the checks</source>
        <translation>Prüfungen lesen</translation>
    </message>
    <message>
        <source>record a backup or file</source>
        <translation>Sicherung oder Datei speichern</translation>
    </message>
    <message>
        <source>read the backups and files</source>
        <translation>Sicherungen und Dateien lesen</translation>
    </message>
    <message>
        <source>record a value</source>
        <translation>Wert speichern</translation>
    </message>
    <message>
        <source>
… %1 characters omitted …
</source>
        <translation>
… %1 Zeichen ausgelassen …
</translation>
    </message>
    <message>
        <source>read the session&apos;s values</source>
        <translation>Werte der Sitzung lesen</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>kann die Schemaversion nicht lesen: %1</translation>
    </message>
    <message>
        <source>was written by a newer version of this program (schema %1, this one knows %2); update the program or choose another session folder</source>
        <translation>wurde von einer neueren Version dieses Programms geschrieben (Schema %1, diese kennt %2); aktualisieren Sie das Programm oder wählen Sie einen anderen Sitzungsordner</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>kann keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the schema to version %1: %2</source>
        <translation>kann das Schema nicht auf Version %1 aktualisieren: %2</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>kann die Schemaversion nicht speichern: %1</translation>
    </message>
    <message>
        <source>cannot save the schema: %1</source>
        <translation>kann das Schema nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>puw::JsonFieldReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a true/false value</source>
        <translation>ein Wahr/Falsch-Wert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation>muss eine Zeichenkette sein, nicht %1.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation>Setzen Sie den Wert in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Verwenden Sie eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>must be a number, not %1.</source>
        <translation>muss eine Zahl sein, nicht %1.</translation>
    </message>
    <message>
        <source>is %1, which is out of range.</source>
        <translation>ist %1 und liegt außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>muss true oder false sein, nicht %1.</translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation>Schreiben Sie true oder false ohne Anführungszeichen.</translation>
    </message>
    <message>
        <source>must be an object ({ ... }), not %1.</source>
        <translation>muss ein Objekt sein ({ ... }), nicht %1.</translation>
    </message>
    <message>
        <source>Enclose its fields in braces.</source>
        <translation>Setzen Sie seine Felder in geschweifte Klammern.</translation>
    </message>
    <message>
        <source>must be a list ([ ... ]), not %1.</source>
        <translation>muss eine Liste sein ([ ... ]), nicht %1.</translation>
    </message>
    <message>
        <source>Enclose the strings in square brackets.</source>
        <translation>Setzen Sie die Zeichenketten in eckige Klammern.</translation>
    </message>
    <message>
        <source>Put the value in double quotes, even a number.</source>
        <translation>Setzen Sie den Wert in doppelte Anführungszeichen, auch eine Zahl.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>ist kein bekanntes Feld.</translation>
    </message>
    <message>
        <source>Remove it; the known fields are: %1.</source>
        <translation>Entfernen Sie es; die bekannten Felder sind: %1.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at line %2.</source>
        <translation>ist kein gültiges JSON: %1 in Zeile %2.</translation>
    </message>
    <message>
        <source>Correct the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>Korrigieren Sie dort die Syntax (meist fehlt ein Komma oder ein Anführungszeichen).</translation>
    </message>
    <message>
        <source>must hold one JSON object.</source>
        <translation>muss genau ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>Enclose the %1 in { ... }.</source>
        <extracomment>%1 is what the file holds: &quot;plan&quot; or &quot;recipe&quot; (translated on their own)</extracomment>
        <translation>Setzen Sie den Inhalt (%1) in { ... }.</translation>
    </message>
</context>
<context>
    <name>puw::LogView</name>
    <message>
        <source>Output of the step</source>
        <translation>Ausgabe des Schritts</translation>
    </message>
    <message numerus="yes">
        <source>[… %n lines not shown here; the journal keeps the output]</source>
        <extracomment>in the live log when output came faster than it can be shown</extracomment>
        <translation>
            <numerusform>[… %n Zeile hier nicht angezeigt; das Journal bewahrt die Ausgabe]</numerusform>
            <numerusform>[… %n Zeilen hier nicht angezeigt; das Journal bewahrt die Ausgabe]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ManualChecks</name>
    <message>
        <source>Checks you do yourself</source>
        <translation>Prüfungen von Hand</translation>
    </message>
    <message>
        <source>Checks you do yourself on the new installation</source>
        <translation>Prüfungen, die Sie selbst an der neuen Installation vornehmen</translation>
    </message>
    <message>
        <source>I logged in as an ordinary user.</source>
        <translation>Ich habe mich als normaler Benutzer angemeldet.</translation>
    </message>
    <message>
        <source>I opened a recent record and it shows the same data as on the old host.</source>
        <translation>Ich habe einen aktuellen Datensatz geöffnet, und er zeigt dieselben Daten wie auf dem alten Host.</translation>
    </message>
    <message>
        <source>An uploaded file or attachment opens.</source>
        <translation>Eine hochgeladene Datei oder ein Anhang lässt sich öffnen.</translation>
    </message>
    <message>
        <source>The pages I use most look and work as before.</source>
        <translation>Die Seiten, die ich am meisten nutze, sehen aus und funktionieren wie vorher.</translation>
    </message>
    <message>
        <source>Recor&amp;d these checks</source>
        <translation>Diese Prüfungen &amp;festhalten</translation>
    </message>
    <message>
        <source>Record the checks you did yourself</source>
        <translation>Die selbst vorgenommenen Prüfungen festhalten</translation>
    </message>
    <message>
        <source>Whether the manual checks were recorded</source>
        <translation>Ob die Prüfungen von Hand festgehalten wurden</translation>
    </message>
    <message>
        <source>Run a step first: the checks belong to a session.</source>
        <translation>Führen Sie zuerst einen Schritt aus: Die Prüfungen gehören zu einer Sitzung.</translation>
    </message>
    <message>
        <source>confirmed by the administrator</source>
        <extracomment>detail of a manual check the admin did not tick</extracomment>
        <translation>vom Administrator bestätigt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>nicht bestätigt</translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 confirmed.</source>
        <extracomment>%1: boxes ticked, %2: boxes in all</extracomment>
        <translation>Festgehalten: %1 von %2 bestätigt.</translation>
    </message>
</context>
<context>
    <name>puw::Merge</name>
    <message>
        <source>libgit2 did not start.</source>
        <translation>libgit2 konnte nicht starten.</translation>
    </message>
    <message>
        <source>libgit2 could not compare the files.</source>
        <translation>libgit2 konnte die Dateien nicht vergleichen.</translation>
    </message>
    <message>
        <source>at the start</source>
        <extracomment>Where a change that has no lines on this side sits, e.g. &quot;after line 12&quot;</extracomment>
        <translation>am Anfang</translation>
    </message>
    <message>
        <source>after line %1</source>
        <translation>nach Zeile %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>old&apos;s file %1, new&apos;s default %2</source>
        <translation>Datei der alten Installation (%1), Standarddatei der neuen (%2)</translation>
    </message>
    <message>
        <source>old&apos;s file %1, new&apos;s file %2</source>
        <translation>Datei der alten Installation (%1), Datei der neuen (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need a decision and no side is set to win: %1</source>
        <extracomment>%1 lists where each change is, e.g. &quot;old&apos;s file line 4, new&apos;s default line 4&quot;</extracomment>
        <translation>
            <numerusform>%n Änderung braucht eine Entscheidung, und keine Seite ist als Gewinner festgelegt: %1</numerusform>
            <numerusform>%n Änderungen brauchen eine Entscheidung, und keine Seite ist als Gewinner festgelegt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the comments at old&apos;s line %1</source>
        <extracomment>A conflict that touches no setting, only comments or blank lines</extracomment>
        <translation>die Kommentare in Zeile %1 der alten Installation</translation>
    </message>
    <message>
        <source>Differed on %1: took old&apos;s</source>
        <translation>Unterschied bei %1: Version der alten Installation übernommen</translation>
    </message>
    <message>
        <source>Conflict on %1: took old&apos;s</source>
        <translation>Konflikt bei %1: Version der alten Installation übernommen</translation>
    </message>
    <message>
        <source>Differed on %1: edited by hand</source>
        <translation>Unterschied bei %1: von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Conflict on %1: edited by hand</source>
        <translation>Konflikt bei %1: von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Differed on %1: kept new&apos;s</source>
        <translation>Unterschied bei %1: Version der neuen Installation behalten</translation>
    </message>
    <message>
        <source>Conflict on %1: kept new&apos;s</source>
        <translation>Konflikt bei %1: Version der neuen Installation behalten</translation>
    </message>
    <message>
        <source>Carried from old: %1</source>
        <translation>Aus der alten Installation übernommen: %1</translation>
    </message>
    <message>
        <source>Kept as new has them: %1</source>
        <translation>Wie in der neuen Installation behalten: %1</translation>
    </message>
    <message>
        <source>Added by new: %1</source>
        <translation>Von der neuen Version hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <extracomment>Settings not written: the new version removed them, or its addition was declined</extracomment>
        <translation>Weggelassen: %1</translation>
    </message>
    <message>
        <source>Edited by hand: %1</source>
        <translation>Von Hand bearbeitet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to comments or blank lines</source>
        <translation>
            <numerusform>%n Änderung an Kommentaren oder Leerzeilen</numerusform>
            <numerusform>%n Änderungen an Kommentaren oder Leerzeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::PlanEditor</name>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Old host (in use now)</source>
        <translation>Alter Host (derzeit in Betrieb)</translation>
    </message>
    <message>
        <source>Old host</source>
        <translation>Alter Host</translation>
    </message>
    <message>
        <source>New host (to be installed)</source>
        <translation>Neuer Host (zu installieren)</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Neuer Host</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Datei bekannter Hosts</translation>
    </message>
    <message>
        <source>&amp;Known hosts file:</source>
        <translation>Datei bekannter &amp;Hosts:</translation>
    </message>
    <message>
        <source>How users reach the application</source>
        <translation>Wie die Benutzer die Anwendung erreichen</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Kind of route</source>
        <translation>Art der Route</translation>
    </message>
    <message>
        <source>By hand: the wizard does not switch users</source>
        <translation>Von Hand: Der Assistent stellt die Benutzer nicht um</translation>
    </message>
    <message>
        <source>nginx reverse proxy: the wizard switches its upstream</source>
        <translation>nginx-Reverse-Proxy: Der Assistent stellt sein Upstream um</translation>
    </message>
    <message>
        <source>DNS name: you change the record, the wizard verifies it</source>
        <translation>DNS-Name: Sie ändern den Eintrag, der Assistent prüft ihn</translation>
    </message>
    <message>
        <source>https://app.example.org/</source>
        <translation>https://app.example.org/</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>/etc/nginx/conf.d/app-upstream.conf</source>
        <translation>/etc/nginx/conf.d/app-upstream.conf</translation>
    </message>
    <message>
        <source>Upstream file</source>
        <translation>Upstream-Datei</translation>
    </message>
    <message>
        <source>Up&amp;stream file:</source>
        <translation>Upstream-&amp;Datei:</translation>
    </message>
    <message>
        <source>app.example.org</source>
        <translation>app.example.org</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <source>empty: the system&apos;s resolver</source>
        <translation>leer: der Resolver des Systems</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>53</source>
        <translation>53</translation>
    </message>
    <message>
        <source>Resolver port</source>
        <translation>Resolver-Port</translation>
    </message>
    <message>
        <source>DNS &amp;name:</source>
        <translation>DNS-Na&amp;me:</translation>
    </message>
    <message>
        <source>Res&amp;olver:</source>
        <translation>R&amp;esolver:</translation>
    </message>
    <message>
        <source>Resolver &amp;port:</source>
        <translation>Resolver-&amp;Port:</translation>
    </message>
    <message>
        <source>Rou&amp;te:</source>
        <translation>Ro&amp;ute:</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Ö&amp;ffentliche Adresse:</translation>
    </message>
</context>
<context>
    <name>puw::PlanError</name>
    <message>
        <source>field &quot;%1&quot;: </source>
        <extracomment>starts a plan or recipe error; %1 the field&apos;s path (e.g. new.port), the problem follows</extracomment>
        <translation>Feld „%1“: </translation>
    </message>
</context>
<context>
    <name>puw::PlanForm</name>
    <message>
        <source>is not the name of an environment variable.</source>
        <translation>ist nicht der Name einer Umgebungsvariable.</translation>
    </message>
    <message>
        <source>Give the variable&apos;s name (letters, digits and _, such as UPGRADE_DB_PASSWORD), never the secret itself; leave it empty to use the keychain.</source>
        <translation>Geben Sie den Namen der Variable an (Buchstaben, Ziffern und _, etwa UPGRADE_DB_PASSWORD), nie das Geheimnis selbst; lassen Sie das Feld leer, um den Schlüsselbund zu verwenden.</translation>
    </message>
</context>
<context>
    <name>puw::PlanWriter</name>
    <message>
        <source>Cannot write the plan to %1: %2.</source>
        <translation>Der Plan kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write the plan to %1: %2. The previous file, if any, is unchanged.</source>
        <translation>Der Plan kann nicht nach %1 geschrieben werden: %2. Eine bereits vorhandene Datei bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>puw::PortForward</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>Cannot tunnel to %1:%2 through %3: %4</source>
        <translation>Kein Tunnel zu %1:%2 über %3 möglich: %4</translation>
    </message>
</context>
<context>
    <name>puw::Procedure</name>
    <message>
        <source>Shared database: only the web servers change, without downtime</source>
        <translation>Gemeinsame Datenbank: Nur die Webserver wechseln, ohne Ausfallzeit</translation>
    </message>
    <message>
        <source>Separate databases: the data moves to new during a downtime</source>
        <translation>Getrennte Datenbanken: Die Daten ziehen während einer Ausfallzeit auf den neuen Host um</translation>
    </message>
    <message>
        <source>Not part of the shared-database procedure: the new installation uses old&apos;s database, so there is nothing to import. Step 3&apos;s backup is kept as the safety copy.</source>
        <translation>Nicht Teil des Verfahrens mit gemeinsamer Datenbank: Die neue Installation verwendet die Datenbank des alten Hosts, daher gibt es nichts zu importieren. Die Sicherung aus Schritt 3 bleibt als Sicherheitskopie erhalten.</translation>
    </message>
    <message>
        <source>Nothing stops: old and new share one database, so old keeps serving users until step 9 moves them, and there is no downtime. Both versions write to the same database from step 5 on; a migration that is not backward compatible would break the old version.</source>
        <translation>Nichts wird gestoppt: Alt und neu teilen eine Datenbank, daher bedient der alte Host die Benutzer weiter, bis Schritt 9 sie umzieht, und es gibt keine Ausfallzeit. Ab Schritt 5 schreiben beide Versionen in dieselbe Datenbank; eine nicht abwärtskompatible Migration würde die alte Version beschädigen.</translation>
    </message>
    <message>
        <source>Not part of the shared-database procedure: both versions already read and write the same data.</source>
        <translation>Nicht Teil des Verfahrens mit gemeinsamer Datenbank: Beide Versionen lesen und schreiben bereits dieselben Daten.</translation>
    </message>
</context>
<context>
    <name>puw::ProgressPanel</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <extracomment>time left of a transfer, in seconds</extracomment>
        <translation>
            <numerusform>noch etwa %n s</numerusform>
            <numerusform>noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <extracomment>time left of a transfer, in minutes</extracomment>
        <translation>
            <numerusform>noch etwa %n min</numerusform>
            <numerusform>noch etwa %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <extracomment>time left of a transfer, hours and minutes</extracomment>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>Progress of the step</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <source>Progress bar</source>
        <translation>Fortschrittsbalken</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1: amount done, %2: total amount (e.g. &quot;12.5 MB of 40.0 MB&quot;)</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a transfer rate, e.g. &quot;3.2 MB/s&quot; or &quot;120 items/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>puw::RecipeBinding</name>
    <message>
        <source>is not a variable of the recipe &quot;%1&quot;.</source>
        <translation>ist keine Variable des Rezepts „%1“.</translation>
    </message>
    <message>
        <source>Remove it, or use one of: %1.</source>
        <translation>Entfernen Sie sie oder verwenden Sie eine von: %1.</translation>
    </message>
    <message>
        <source>is needed by the recipe &quot;%1&quot; and has no value.</source>
        <translation>wird vom Rezept „%1“ benötigt und hat keinen Wert.</translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables.</source>
        <translation>Fügen Sie sie den Variablen des Plans hinzu.</translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables: %1.</source>
        <translation>Fügen Sie sie den Variablen des Plans hinzu: %1.</translation>
    </message>
    <message>
        <source>has a default that refers to itself through other variables.</source>
        <translation>hat einen Standardwert, der über andere Variablen auf sich selbst verweist.</translation>
    </message>
    <message>
        <source>Give it a literal default.</source>
        <translation>Geben Sie ihr einen festen Standardwert.</translation>
    </message>
    <message>
        <source>give the database engine &quot;%1&quot;, which is not supported.</source>
        <translation>nennt die Datenbank-Engine „%1“, die nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation>Verwenden Sie „postgresql“ oder „mysql“ (MySQL und MariaDB).</translation>
    </message>
    <message>
        <source>is &quot;nginx&quot;, but the recipe &quot;%1&quot; has no nginx upstream template (routing.nginxUpstream): step 9 could not switch the proxy.</source>
        <translation>ist „nginx“, aber das Rezept „%1“ hat keine nginx-Upstream-Vorlage (routing.nginxUpstream): Schritt 9 könnte den Proxy nicht umschalten.</translation>
    </message>
    <message>
        <source>Add routing.nginxUpstream to the recipe, or route by DNS.</source>
        <translation>Fügen Sie dem Rezept routing.nginxUpstream hinzu oder leiten Sie per DNS um.</translation>
    </message>
    <message>
        <source>asks for a canary, but the recipe &quot;%1&quot; has no weighted upstream template (routing.nginxCanaryUpstream): step 9 could not share requests between old and new.</source>
        <translation>verlangt einen Canary, aber das Rezept „%1“ hat keine gewichtete Upstream-Vorlage (routing.nginxCanaryUpstream): Schritt 9 könnte die Anfragen nicht zwischen alt und neu aufteilen.</translation>
    </message>
    <message>
        <source>Add routing.nginxCanaryUpstream to the recipe, with {{old_weight}} and {{new_weight}} on the two server lines, or remove route.canary.</source>
        <translation>Fügen Sie dem Rezept routing.nginxCanaryUpstream hinzu, mit {{old_weight}} und {{new_weight}} in den beiden server-Zeilen, oder entfernen Sie route.canary.</translation>
    </message>
</context>
<context>
    <name>puw::RecipeGroup</name>
    <message>
        <source>SSH password:</source>
        <translation>SSH-Passwort:</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key:</source>
        <translation>Passphrase des SSH-Schlüssels:</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>sudo-Passwort:</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Datenbankpasswort:</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;:</source>
        <extracomment>%1: the identifier of a secret a recipe needs</extracomment>
        <translation>Geheimnis „%1“:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>What the recipe covers</source>
        <translation>Was das Rezept abdeckt</translation>
    </message>
    <message>
        <source>Recipe of the application</source>
        <translation>Rezept der Anwendung</translation>
    </message>
    <message>
        <source>Choose the application…</source>
        <translation>Anwendung auswählen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;Stock room, spring upgrade&quot;</source>
        <translation>optional, z. B. „Lager, Frühjahrs-Upgrade“</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Name des Plans</translation>
    </message>
    <message>
        <source>Variables of the recipe</source>
        <translation>Variablen des Rezepts</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What it is (default)</source>
        <translation>Bedeutung (Standardwert)</translation>
    </message>
    <message>
        <source>Secrets are never written in a plan. By default they are asked when needed and may be kept in your keychain; for unattended runs, name the environment variable that holds each one.</source>
        <translation>Geheimnisse werden nie in einen Plan geschrieben. Standardmäßig werden sie bei Bedarf abgefragt und können in Ihrem Schlüsselbund aufbewahrt werden; für unbeaufsichtigte Läufe nennen Sie die Umgebungsvariable, die das jeweilige Geheimnis enthält.</translation>
    </message>
    <message>
        <source>About secrets</source>
        <translation>Über Geheimnisse</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Rezept:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variablen:</translation>
    </message>
    <message>
        <source>The recipe says how the application is installed, where its data and configuration live, and how it is checked.</source>
        <translation>Das Rezept beschreibt, wie die Anwendung installiert wird, wo ihre Daten und ihre Konfiguration liegen und wie sie geprüft wird.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>none: asked, and kept in the keychain if you wish</source>
        <translation>keine: wird abgefragt und auf Wunsch im Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Environment variable for the %1</source>
        <extracomment>%1: the identifier of a secret, e.g. db-password</extracomment>
        <translation>Umgebungsvariable für %1</translation>
    </message>
    <message>
        <source>not a variable of this recipe</source>
        <translation>keine Variable dieses Rezepts</translation>
    </message>
</context>
<context>
    <name>puw::RecipeLoader</name>
    <message>
        <source>uses {{%1}}, which is neither a variable of this recipe nor a built-in.</source>
        <translation>verwendet {{%1}}, das weder eine Variable dieses Rezepts noch eine eingebaute ist.</translation>
    </message>
    <message>
        <source>Declare it under &quot;variables&quot;, or use one of: %1.</source>
        <translation>Deklarieren Sie sie unter „variables“ oder verwenden Sie eine von: %1.</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands.</source>
        <extracomment>about the recipe&apos;s &quot;format&quot; field; %1 its value, a version number</extracomment>
        <translation>ist %1, neuer als dieses Programm versteht.</translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation>Aktualisieren Sie den Assistenten für parallele Upgrades.</translation>
    </message>
    <message>
        <source>Give the recipe a short id.</source>
        <translation>Geben Sie dem Rezept eine kurze ID.</translation>
    </message>
    <message>
        <source>Give the application&apos;s name.</source>
        <translation>Geben Sie den Namen der Anwendung an.</translation>
    </message>
    <message>
        <source>is missing or empty.</source>
        <translation>fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>List at least the application&apos;s own service.</source>
        <translation>Geben Sie mindestens den eigenen Dienst der Anwendung an.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>is not a known recipe.</source>
        <translation>ist kein bekanntes Rezept.</translation>
    </message>
    <message>
        <source>Add %1.json to %2, or choose a shipped recipe.</source>
        <translation>Legen Sie %1.json in %2 ab oder wählen Sie ein mitgeliefertes Rezept.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the file is named for &quot;%2&quot;.</source>
        <translation>ist „%1“, aber die Datei ist nach „%2“ benannt.</translation>
    </message>
    <message>
        <source>Make the id and the file name agree.</source>
        <translation>Bringen Sie ID und Dateinamen in Übereinstimmung.</translation>
    </message>
    <message>
        <source>must be a command: a list of words, or { &quot;argv&quot;: [...], &quot;sudo&quot;: true }.</source>
        <translation>muss ein Befehl sein: eine Liste von Wörtern oder { &quot;argv&quot;: [...], &quot;sudo&quot;: true }.</translation>
    </message>
    <message>
        <source>Write the program and each argument as a separate string, e.g. [&quot;systemctl&quot;, &quot;stop&quot;, &quot;app&quot;].</source>
        <translation>Schreiben Sie das Programm und jedes Argument als eigene Zeichenkette, z. B. [&quot;systemctl&quot;, &quot;stop&quot;, &quot;app&quot;].</translation>
    </message>
    <message>
        <source>is an empty command.</source>
        <translation>ist ein leerer Befehl.</translation>
    </message>
    <message>
        <source>Name the program to run, or remove the field.</source>
        <translation>Nennen Sie das auszuführende Programm oder entfernen Sie das Feld.</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1.</source>
        <translation>ist kein gültiger regulärer Ausdruck: %1.</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . with a backslash (\\ in JSON).</source>
        <translation>Maskieren Sie Sonderzeichen wie ( [ . mit einem Backslash (\\ in JSON).</translation>
    </message>
    <message>
        <source>must be a list ([ ... ]).</source>
        <translation>muss eine Liste sein ([ ... ]).</translation>
    </message>
    <message>
        <source>Enclose the entries in square brackets.</source>
        <translation>Setzen Sie die Einträge in eckige Klammern.</translation>
    </message>
    <message>
        <source>must be an object ({ ... }).</source>
        <translation>muss ein Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <source>Enclose each entry&apos;s fields in braces.</source>
        <translation>Setzen Sie die Felder jedes Eintrags in geschweifte Klammern.</translation>
    </message>
    <message>
        <source>is not a valid variable name.</source>
        <translation>ist kein gültiger Variablenname.</translation>
    </message>
    <message>
        <source>Use lower case letters, digits and underscores.</source>
        <translation>Verwenden Sie Kleinbuchstaben, Ziffern und Unterstriche.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write { &quot;default&quot;: &quot;...&quot;, &quot;description&quot;: &quot;...&quot; }.</source>
        <translation>Schreiben Sie { &quot;default&quot;: &quot;...&quot;, &quot;description&quot;: &quot;...&quot; }.</translation>
    </message>
    <message>
        <source>Give the service a short name.</source>
        <translation>Geben Sie dem Dienst einen kurzen Namen.</translation>
    </message>
    <message>
        <source>Use &quot;systemd&quot;, &quot;compose&quot; or &quot;commands&quot;.</source>
        <translation>Verwenden Sie „systemd“, „compose“ oder „commands“.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>Name the systemd unit.</source>
        <translation>Nennen Sie die systemd-Unit.</translation>
    </message>
    <message>
        <source>Give the compose file&apos;s path.</source>
        <translation>Geben Sie den Pfad der Compose-Datei an.</translation>
    </message>
    <message>
        <source>Name the compose service, or give &quot;composeImage&quot; to find it by its image.</source>
        <translation>Nennen Sie den Compose-Dienst oder geben Sie „composeImage“ an, um ihn über sein Image zu finden.</translation>
    </message>
    <message>
        <source>A service managed by commands needs &quot;start&quot; and &quot;stop&quot;.</source>
        <translation>Ein über Befehle verwalteter Dienst braucht „start“ und „stop“.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known manager.</source>
        <translation>ist „%1“, kein bekannter Manager.</translation>
    </message>
    <message>
        <source>Say which database the application uses.</source>
        <translation>Geben Sie an, welche Datenbank die Anwendung verwendet.</translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation>Verwenden Sie „postgresql“ oder „mysql“ (MySQL und MariaDB).</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not supported.</source>
        <translation>ist „%1“, das nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank an.</translation>
    </message>
    <message>
        <source>A database reached through docker compose needs the compose file&apos;s path.</source>
        <translation>Eine über docker compose erreichte Datenbank braucht den Pfad der Compose-Datei.</translation>
    </message>
    <message>
        <source>Say which lines of the listing are migrations still to apply.</source>
        <translation>Geben Sie an, welche Zeilen der Auflistung noch anzuwendende Migrationen sind.</translation>
    </message>
    <message>
        <source>Name the check.</source>
        <translation>Benennen Sie die Prüfung.</translation>
    </message>
    <message>
        <source>Give the URL to request.</source>
        <translation>Geben Sie die abzufragende URL an.</translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation>Geben Sie den auszuführenden Befehl an.</translation>
    </message>
    <message>
        <source>names a file config.files does not list.</source>
        <translation>nennt eine Datei, die config.files nicht aufführt.</translation>
    </message>
    <message>
        <source>Use the file exactly as config.files writes it.</source>
        <translation>Schreiben Sie die Datei genau so, wie config.files sie schreibt.</translation>
    </message>
    <message>
        <source>Give the path of the shipped default on each host.</source>
        <translation>Geben Sie den Pfad der ausgelieferten Vorgabe auf jedem Host an.</translation>
    </message>
    <message>
        <source>is given without a versionCommand.</source>
        <translation>ist ohne versionCommand angegeben.</translation>
    </message>
    <message>
        <source>Add the command whose output it reads, or remove it.</source>
        <translation>Fügen Sie den Befehl hinzu, dessen Ausgabe es liest, oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>Give the log line that means the start is stuck.</source>
        <translation>Geben Sie die Protokollzeile an, die bedeutet, dass der Start hängt.</translation>
    </message>
    <message>
        <source>Say what the line means and how to fix it.</source>
        <translation>Sagen Sie, was die Zeile bedeutet und wie man sie behebt.</translation>
    </message>
</context>
<context>
    <name>puw::Report</name>
    <message>
        <source>The value &quot;%1&quot; in the journal is not valid JSON (%2).</source>
        <translation>Der Wert „%1“ im Journal ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>Session %1 is not in the journal %2; pick a session that exists.</source>
        <translation>Sitzung %1 ist nicht im Journal %2; wählen Sie eine vorhandene Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) left out …</source>
        <translation>
            <numerusform>… %n Zeile ausgelassen …</numerusform>
            <numerusform>… %n Zeilen ausgelassen …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>Old host</source>
        <translation>Alter Host</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Neuer Host</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Parallel upgrade report: %1</source>
        <translation>Bericht zum parallelen Upgrade: %1</translation>
    </message>
    <message>
        <source>This upgrade was not finished when the report was made (%1).</source>
        <translation>Dieses Upgrade war bei Erstellung des Berichts nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>host key not recorded</source>
        <translation>Host-Schlüssel nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>host key %1</source>
        <translation>Host-Schlüssel %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a host in the report&apos;s table of backups: %1 its role (old, new), %2 its address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version before</source>
        <translation>Version vorher</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>Version nachher</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Plandatei</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht begonnen.</translation>
    </message>
    <message>
        <source>Skipped at %1.</source>
        <translation>Übersprungen um %1.</translation>
    </message>
    <message>
        <source>Skipped at %1: %2</source>
        <translation>Übersprungen um %1: %2</translation>
    </message>
    <message>
        <source>Start %1, end %2, duration %3.</source>
        <translation>Beginn %1, Ende %2, Dauer %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n Versuch.</numerusform>
            <numerusform>%n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Checklist (times in UTC, %1)</source>
        <translation>Checkliste (Zeiten in UTC, %1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(steps 3 to 6 again, during the cutover)</source>
        <translation>(Schritte 3 bis 6 erneut, während der Umstellung)</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Predicted by the rehearsal</source>
        <translation>Vom Probelauf vorhergesagt</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (von %2 bis %3)</translation>
    </message>
    <message>
        <source>began %1 and had not ended when the report was made</source>
        <translation>begann um %1 und war bei Erstellung des Berichts nicht beendet</translation>
    </message>
    <message>
        <source>none: the servers were not stopped</source>
        <translation>keine: Die Server wurden nicht gestoppt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>%1 länger</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>%1 kürzer</translation>
    </message>
    <message>
        <source>No downtime clock was recorded; the start of step 7 and the end of step 9 stand in for it.</source>
        <translation>Es wurde keine Ausfallzeit-Uhr aufgezeichnet; Beginn von Schritt 7 und Ende von Schritt 9 stehen dafür.</translation>
    </message>
    <message>
        <source>Timeline: one bar per step, rehearsal and cutover, downtime shaded</source>
        <translation>Zeitleiste: ein Balken pro Schritt, Probelauf und Umstellung, Ausfallzeit schattiert</translation>
    </message>
    <message>
        <source>Problems with the journal</source>
        <translation>Probleme mit dem Journal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backup was recorded.</source>
        <translation>Es wurde keine Sicherung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Backup of step %1, %2</source>
        <translation>Sicherung aus Schritt %1, %2</translation>
    </message>
    <message>
        <source>PARTIAL: this backup ended early. It is kept for diagnosis and must never be restored.</source>
        <translation>UNVOLLSTÄNDIG: Diese Sicherung endete vorzeitig. Sie wird zur Diagnose aufbewahrt und darf nie wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Lokale Kopie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no (partial)</source>
        <translation>nein (unvollständig)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>No check was recorded.</source>
        <translation>Es wurde keine Prüfung aufgezeichnet.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 von %2 Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>No row count was recorded.</source>
        <translation>Es wurden keine Zeilenzahlen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Configuration files copied</source>
        <translation>Kopierte Konfigurationsdateien</translation>
    </message>
    <message>
        <source>No configuration file was copied.</source>
        <translation>Es wurde keine Konfigurationsdatei kopiert.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation>Angewendete Migrationen</translation>
    </message>
    <message>
        <source>No migration was recorded.</source>
        <translation>Es wurde keine Migration aufgezeichnet.</translation>
    </message>
    <message>
        <source>Appendix: commands run</source>
        <translation>Anhang: ausgeführte Befehle</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Secrets are redacted; each output keeps at most its first and last %1 lines.</source>
        <translation>
            <numerusform>%n Befehl. Geheimnisse sind geschwärzt; jede Ausgabe behält höchstens ihre ersten und letzten %1 Zeilen.</numerusform>
            <numerusform>%n Befehle. Geheimnisse sind geschwärzt; jede Ausgabe behält höchstens ihre ersten und letzten %1 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>nicht beendet</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>Command %1 (step %2, %3 host, %4, %5, %6)</source>
        <translation>Befehl %1 (Schritt %2, Host „%3“, %4, %5, %6)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>cutover</source>
        <translation>Umstellung</translation>
    </message>
    <message>
        <source>aftermath</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>Ausfallzeit</translation>
    </message>
    <message>
        <source>Timeline (UTC)</source>
        <translation>Zeitleiste (UTC)</translation>
    </message>
    <message>
        <source>downtime %1</source>
        <translation>Ausfallzeit %1</translation>
    </message>
    <message>
        <source>downtime %1, not ended</source>
        <translation>Ausfallzeit %1, nicht beendet</translation>
    </message>
    <message>
        <source>No step has run yet.</source>
        <translation>Es ist noch kein Schritt gelaufen.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>Parallel upgrade report</source>
        <translation>Bericht zum parallelen Upgrade</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Writer konnte nicht starten</translation>
    </message>
    <message>
        <source>the PDF writer could not add page %1</source>
        <translation>der PDF-Writer konnte Seite %1 nicht hinzufügen</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF writer could not finish the file</source>
        <translation>der PDF-Writer konnte die Datei nicht abschließen</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose a folder that exists and that you can write to, or free some space.</source>
        <translation>Der Bericht kann nicht nach %1 geschrieben werden: %2. Wählen Sie einen vorhandenen Ordner, in den Sie schreiben dürfen, oder schaffen Sie Platz.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1: the format follows the file name, which must end in .md, .html or .pdf.</source>
        <translation>Der Bericht kann nicht nach %1 exportiert werden: Das Format folgt dem Dateinamen, der auf .md, .html oder .pdf enden muss.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1: drawing the timeline needs fonts, which this program only has with its graphical part; run it with QT_QPA_PLATFORM=offscreen instead of without a display.</source>
        <translation>Der Bericht kann nicht nach %1 exportiert werden: Das Zeichnen der Zeitleiste braucht Schriften, die dieses Programm nur mit seinem grafischen Teil hat; starten Sie es mit QT_QPA_PLATFORM=offscreen statt ohne Display.</translation>
    </message>
    <message>
        <source>%1 (The timeline picture of %2 goes beside it.)</source>
        <translation>%1 (Das Bild der Zeitleiste von %2 liegt daneben.)</translation>
    </message>
    <message>
        <source>Predicted parts</source>
        <translation>Vorhergesagte Teile</translation>
    </message>
    <message>
        <source>Measured parts</source>
        <translation>Gemessene Teile</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Gleicher Inhalt</translation>
    </message>
    <message>
        <source>Settings carried</source>
        <translation>Übernommene Einstellungen</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>die ganze Datei</translation>
    </message>
    <message>
        <source>Backups left on the hosts</source>
        <translation>Auf den Hosts verbliebene Sicherungen</translation>
    </message>
    <message>
        <source>No backup was left on a host.</source>
        <translation>Auf keinem Host ist eine Sicherung verblieben.</translation>
    </message>
    <message>
        <source>These dumps hold the application&apos;s data. Once the upgrade is over and no rollback will need them, remove each one on its host with the command shown.</source>
        <translation>Diese Sicherungen enthalten die Daten der Anwendung. Sobald das Upgrade abgeschlossen ist und kein Rollback sie mehr braucht, entfernen Sie jede auf ihrem Host mit dem angegebenen Befehl.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Remove with</source>
        <translation>Entfernen mit</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <extracomment>%1 a file on a host whose dump ended early</extracomment>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Removed from the hosts by the program after the upgrade:</source>
        <translation>Nach dem Upgrade vom Programm von den Hosts entfernt:</translation>
    </message>
    <message>
        <source>Read from an Ansible run (%1) by parallel-upgrade --import-ansible: the steps&apos; times are those of their tasks as Ansible reported them.</source>
        <extracomment>%1 the names of the Ansible logs, e.g. &quot;rehearsal.json, cutover.json&quot;</extracomment>
        <translation>Aus einem Ansible-Lauf (%1) von parallel-upgrade --import-ansible gelesen: Die Zeiten der Schritte sind die ihrer Tasks, wie Ansible sie gemeldet hat.</translation>
    </message>
    <message>
        <source>What the Ansible run did not do</source>
        <translation>Was der Ansible-Lauf nicht gemacht hat</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Vorgegebener Anteil</translation>
    </message>
    <message>
        <source>Share seen</source>
        <translation>Beobachteter Anteil</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <source>Requests at new</source>
        <translation>Anfragen an neu</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none: old and new use one database server</source>
        <translation>keine: alt und neu verwenden denselben Datenbankserver</translation>
    </message>
    <message>
        <source>dump and restore during the downtime</source>
        <translation>Dump und Wiederherstellung während der Ausfallzeit</translation>
    </message>
    <message>
        <source>dump and restore during the downtime: the plan&apos;s replication did not start (%1)</source>
        <translation>Dump und Wiederherstellung während der Ausfallzeit: Die Replikation des Plans ist nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>logical replication from the rehearsal on; the cutover caught up</source>
        <translation>logische Replikation ab dem Probelauf; die Umstellung hat aufgeholt</translation>
    </message>
    <message>
        <source>; old&apos;s PostgreSQL restarted for wal_level = logical (%1 s without its database)</source>
        <translation>; PostgreSQL des alten Hosts für wal_level = logical neu gestartet (%1 s ohne seine Datenbank)</translation>
    </message>
    <message>
        <source>Data moved by</source>
        <translation>Übertragung der Daten</translation>
    </message>
    <message>
        <source>Preview for testers</source>
        <translation>Vorschau für Tester</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>still open when the report was made</source>
        <translation>bei Erstellung des Berichts noch offen</translation>
    </message>
</context>
<context>
    <name>puw::RouteView</name>
    <message>
        <source>How requests are switched</source>
        <translation>Wie die Anfragen umgestellt werden</translation>
    </message>
    <message>
        <source>the application&apos;s address</source>
        <translation>die Adresse der Anwendung</translation>
    </message>
    <message>
        <source>Users open %1 through nginx on %2. This step writes the upstream in %3 so that it points to %4, tests the configuration (nginx -t), reloads nginx and checks that the new version answers through the proxy. The previous file is kept, so Roll back can restore it.</source>
        <extracomment>%1: public URL, %2: proxy host, %3: upstream file, %4: new host</extracomment>
        <translation>Die Benutzer öffnen %1 über nginx auf %2. Dieser Schritt schreibt das Upstream in %3 so, dass es auf %4 zeigt, testet die Konfiguration (nginx -t), lädt nginx neu und prüft, dass die neue Version über den Proxy antwortet. Die vorherige Datei bleibt erhalten, damit Zurücksetzen sie wiederherstellen kann.</translation>
    </message>
    <message>
        <source>Users reach the application by the name %1. Change its DNS record to point to %2 (lower the record&apos;s TTL a day before, so that resolvers forget the old address quickly). This step then asks the resolvers until the name points to the new host and %3 answers.</source>
        <extracomment>%1: DNS name, %2: new host, %3: public URL</extracomment>
        <translation>Die Benutzer erreichen die Anwendung unter dem Namen %1. Ändern Sie seinen DNS-Eintrag so, dass er auf %2 zeigt (senken Sie die TTL des Eintrags einen Tag vorher, damit Resolver die alte Adresse schnell vergessen). Dieser Schritt fragt dann die Resolver, bis der Name auf den neuen Host zeigt und %3 antwortet.</translation>
    </message>
    <message>
        <source>The plan names no route: send users to %1 yourself, then run this step to record it.</source>
        <translation>Der Plan nennt keine Route: Leiten Sie die Benutzer selbst zu %1 und führen Sie dann diesen Schritt aus, um es festzuhalten.</translation>
    </message>
    <message>
        <source>Load a plan to see how requests are switched.</source>
        <translation>Laden Sie einen Plan, um zu sehen, wie die Anfragen umgestellt werden.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Users open %1 through nginx on %2, and old keeps serving them. This step moves them to the new installation in stages: %3 of the requests, each share held %4 s while the proxy&apos;s access log is watched. A stage where more than %5% of the new version&apos;s answers fail, or their 95th percentile takes longer than %6 ms, sends every request back to old by itself. The upstream in %7 is kept as it was, so Roll back can restore it.</source>
        <extracomment>%1 public URL, %2 proxy host, %3 stages like &quot;10%, 50%, 100%&quot;, %4 seconds, %5 percent, %6 ms, %7 the upstream file</extracomment>
        <translation>Die Benutzer öffnen %1 über nginx auf %2, und der alte Host bedient sie weiter. Dieser Schritt zieht sie in Stufen auf die neue Installation um: %3 der Anfragen, jeder Anteil %4 s lang gehalten, während das Access-Log des Proxys beobachtet wird. Eine Stufe, in der mehr als %5&#xa0;% der Antworten der neuen Version fehlschlagen oder deren 95. Perzentil länger als %6 ms dauert, schickt von selbst jede Anfrage zurück an den alten Host. Das Upstream in %7 bleibt, wie es war, damit Zurücksetzen es wiederherstellen kann.</translation>
    </message>
</context>
<context>
    <name>puw::Routing</name>
    <message>
        <source>the upstream file must be an absolute path, not &apos;%1&apos;</source>
        <translation>die Upstream-Datei muss ein absoluter Pfad sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the upstream file&apos;s path contains a line break</source>
        <translation>der Pfad der Upstream-Datei enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>inspect %1</source>
        <translation>%1 untersuchen</translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: unerwartete Antwort „%3“</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s) in a row, %2 after the reload)</source>
        <translation>
            <numerusform>%1 (%n Antwort in Folge, %2 nach dem Neuladen)</numerusform>
            <numerusform>%1 (%n Antworten in Folge, %2 nach dem Neuladen)</numerusform>
        </translation>
    </message>
    <message>
        <source>verification cancelled after %1</source>
        <translation>Prüfung abgebrochen nach %1</translation>
    </message>
    <message numerus="yes">
        <source>no stable expected answer within %1 (%n attempt(s)); last: %2</source>
        <translation>
            <numerusform>keine stabile erwartete Antwort innerhalb von %1 (%n Versuch); zuletzt: %2</numerusform>
            <numerusform>keine stabile erwartete Antwort innerhalb von %1 (%n Versuche); zuletzt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>verify %1: %2</source>
        <translation>%1 prüfen: %2</translation>
    </message>
    <message>
        <source>the previous file is back in place and nginx still routes as before</source>
        <translation>die vorherige Datei ist wieder an ihrem Platz, und nginx leitet weiter wie vorher</translation>
    </message>
    <message>
        <source>the previous file could NOT be put back: restore %1 from %2 by hand</source>
        <translation>die vorherige Datei konnte NICHT zurückgelegt werden: Stellen Sie %1 von Hand aus %2 wieder her</translation>
    </message>
    <message>
        <source>the new upstream is empty</source>
        <translation>das neue Upstream ist leer</translation>
    </message>
    <message>
        <source>back up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <source>could not keep a copy of %1; nothing was changed</source>
        <translation>von %1 konnte keine Kopie behalten werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>could not write %1; nothing was changed</source>
        <translation>%1 konnte nicht geschrieben werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the nginx test fails with the new upstream already in place: %1</source>
        <translation>der nginx-Test schlägt fehl, obwohl das neue Upstream schon an seinem Platz ist: %1</translation>
    </message>
    <message>
        <source>the nginx test rejected the new upstream, so nginx was not reloaded: %1; %2</source>
        <translation>der nginx-Test hat das neue Upstream abgelehnt, daher wurde nginx nicht neu geladen: %1; %2</translation>
    </message>
    <message>
        <source>nginx could not be reloaded: %1; %2</source>
        <translation>nginx konnte nicht neu geladen werden: %1; %2</translation>
    </message>
    <message>
        <source>nginx routes %1 to the new installation: %2</source>
        <translation>nginx leitet %1 zur neuen Installation: %2</translation>
    </message>
    <message>
        <source>nginx was reloaded with the new upstream, but %1 does not answer as expected: %2. The previous file is kept as %3: revert to go back.</source>
        <translation>nginx wurde mit dem neuen Upstream neu geladen, aber %1 antwortet nicht wie erwartet: %2. Die vorherige Datei bleibt als %3 erhalten: Setzen Sie zurück, um zu ihr zurückzukehren.</translation>
    </message>
    <message>
        <source>there is no previous upstream file (%1) to go back to</source>
        <translation>es gibt keine vorherige Upstream-Datei (%1), zu der zurückgekehrt werden könnte</translation>
    </message>
    <message>
        <source>could not put %1 back; nothing was changed</source>
        <translation>%1 konnte nicht zurückgelegt werden; nichts wurde geändert</translation>
    </message>
    <message>
        <source>the nginx test rejected the previous upstream, so nginx was not reloaded: %1; %2</source>
        <translation>der nginx-Test hat das vorherige Upstream abgelehnt, daher wurde nginx nicht neu geladen: %1; %2</translation>
    </message>
    <message>
        <source>the current file is back in place</source>
        <translation>die aktuelle Datei ist wieder an ihrem Platz</translation>
    </message>
    <message>
        <source>the current file could NOT be written back</source>
        <translation>die aktuelle Datei konnte NICHT zurückgeschrieben werden</translation>
    </message>
    <message>
        <source>nginx routes %1 to the previous installation again: %2</source>
        <translation>nginx leitet %1 wieder zur vorherigen Installation: %2</translation>
    </message>
    <message>
        <source>nginx was reloaded with the previous upstream, but %1 does not answer as expected: %2</source>
        <translation>nginx wurde mit dem vorherigen Upstream neu geladen, aber %1 antwortet nicht wie erwartet: %2</translation>
    </message>
    <message>
        <source>%1 resolves to nothing (%2)</source>
        <translation>%1 wird zu nichts aufgelöst (%2)</translation>
    </message>
    <message>
        <source>no address record</source>
        <translation>kein Adresseintrag</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird zu %2 aufgelöst</translation>
    </message>
    <message>
        <source>this build (Qt %1) can only ask a resolver on port 53, not %2</source>
        <translation>dieser Build (Qt %1) kann einen Resolver nur auf Port 53 fragen, nicht %2</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>der Resolver des Systems</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>keine Antwort von %1 innerhalb von %2</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>Name existiert nicht</translation>
    </message>
    <message>
        <source>%1 could not resolve %2: %3</source>
        <translation>%1 konnte %2 nicht auflösen: %3</translation>
    </message>
    <message>
        <source>Change the %1 record of %2 to %3.</source>
        <translation>Ändern Sie den %1-Eintrag von %2 auf %3.</translation>
    </message>
    <message>
        <source>It now points to %1 with a TTL of %2 s.</source>
        <translation>Er zeigt jetzt auf %1 mit einer TTL von %2 s.</translation>
    </message>
    <message>
        <source>Resolvers may keep the old address for up to %1 s after the change. Lower the TTL (e.g. to 60 s) at least %1 s before the cutover next time.</source>
        <translation>Resolver können die alte Adresse bis zu %1 s nach der Änderung behalten. Senken Sie beim nächsten Mal die TTL (z. B. auf 60 s) mindestens %1 s vor der Umstellung.</translation>
    </message>
    <message>
        <source>Resolvers should see the change within %1 s.</source>
        <translation>Resolver sollten die Änderung innerhalb von %1 s sehen.</translation>
    </message>
    <message>
        <source>The name does not resolve now (%1).</source>
        <translation>Der Name wird derzeit nicht aufgelöst (%1).</translation>
    </message>
    <message>
        <source>Keep the old installation stopped until the name points to the new host everywhere.</source>
        <translation>Lassen Sie die alte Installation gestoppt, bis der Name überall auf den neuen Host zeigt.</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the new host) after %n attempt(s) in %2</source>
        <translation>
            <numerusform>%1 (der neue Host) nach %n Versuch in %2</numerusform>
            <numerusform>%1 (der neue Host) nach %n Versuchen in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>abgebrochen nach %n Versuch in %1; zuletzt: %2</numerusform>
            <numerusform>abgebrochen nach %n Versuchen in %1; zuletzt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>angehalten nach %n Versuch in %1; zuletzt: %2</numerusform>
            <numerusform>angehalten nach %n Versuchen in %1; zuletzt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still does not resolve to %2 only after %n attempt(s) in %3; last answer: %4</source>
        <translation>
            <numerusform>%1 wird nach %n Versuch in %3 noch immer nicht nur zu %2 aufgelöst; letzte Antwort: %4</numerusform>
            <numerusform>%1 wird nach %n Versuchen in %3 noch immer nicht nur zu %2 aufgelöst; letzte Antwort: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s route is not nginx</source>
        <translation>die Route des Plans ist nicht nginx</translation>
    </message>
    <message>
        <source>the plan names no upstream file (route.upstreamFile)</source>
        <translation>der Plan nennt keine Upstream-Datei (route.upstreamFile)</translation>
    </message>
    <message>
        <source>routing.nginxTest uses an unknown value: %1</source>
        <translation>routing.nginxTest verwendet einen unbekannten Wert: %1</translation>
    </message>
    <message>
        <source>routing.nginxReload uses an unknown value: %1</source>
        <translation>routing.nginxReload verwendet einen unbekannten Wert: %1</translation>
    </message>
    <message>
        <source>the recipe has no nginx upstream template (routing.nginxUpstream)</source>
        <translation>das Rezept hat keine nginx-Upstream-Vorlage (routing.nginxUpstream)</translation>
    </message>
    <message>
        <source>routing.nginxUpstream uses an unknown value: %1</source>
        <translation>routing.nginxUpstream verwendet einen unbekannten Wert: %1</translation>
    </message>
    <message>
        <source>public address</source>
        <translation>öffentliche Adresse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one action of the nginx switch in the step&apos;s log: %1 what was done (e.g. &quot;write FILE&quot;), %2 how it ended
----------
one action of the nginx canary in the step&apos;s log: %1 what was done (e.g. &quot;write FILE&quot;), %2 how it ended</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Trockenlauf</translation>
    </message>
    <message>
        <source>the canary&apos;s log must be an absolute path, not &apos;%1&apos;</source>
        <translation>das Log des Canary muss ein absoluter Pfad sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the canary&apos;s log path holds a &apos;$&apos;, which nginx would read as a variable</source>
        <translation>der Pfad des Canary-Logs enthält ein „$“, das nginx als Variable lesen würde</translation>
    </message>
    <message>
        <source>the canary&apos;s log path holds a line break or another control character</source>
        <translation>der Pfad des Canary-Logs enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>note the end of %1</source>
        <translation>das Ende von %1 vermerken</translation>
    </message>
    <message>
        <source>could not read the canary&apos;s log %1 on %2: %3</source>
        <translation>das Canary-Log %1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>read %1: %2</source>
        <translation>%1 lesen: %2</translation>
    </message>
    <message>
        <source>stage %1 (%2%)</source>
        <extracomment>a stage of the canary in the step&apos;s log: %1 its number (1 for the first), %2 the share in percent</extracomment>
        <translation>Stufe %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 requests to the new version failed (%3, limit %4)</source>
        <extracomment>%1 failed requests, %2 requests to the new version, %3 their part, %4 the plan&apos;s limit</extracomment>
        <translation>%1 von %2 Anfragen an die neue Version sind fehlgeschlagen (%3, Grenze %4)</translation>
    </message>
    <message>
        <source>the new version answered 95% of %1 requests within %2 ms (limit %3 ms)</source>
        <translation>die neue Version hat 95&#xa0;% von %1 Anfragen innerhalb von %2 ms beantwortet (Grenze %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>only %1 of the %n request(s) needed to judge the new version reached it in %2 s</source>
        <translation>
            <numerusform>nur %1 der %n Anfrage, die zur Beurteilung der neuen Version nötig ist, hat sie in %2 s erreicht</numerusform>
            <numerusform>nur %1 der %n Anfragen, die zur Beurteilung der neuen Version nötig sind, haben sie in %2 s erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>the canary has no stage</source>
        <translation>der Canary hat keine Stufe</translation>
    </message>
    <message>
        <source>the canary&apos;s stages must rise from 1 to 100 percent, not %1</source>
        <translation>die Stufen des Canary müssen von 1 bis 100 Prozent ansteigen, nicht %1</translation>
    </message>
    <message>
        <source>the canary&apos;s last stage must be 100 percent, not %1</source>
        <translation>die letzte Stufe des Canary muss 100 Prozent sein, nicht %1</translation>
    </message>
    <message>
        <source>each stage of the canary must be held for at least a second</source>
        <translation>jede Stufe des Canary muss mindestens eine Sekunde gehalten werden</translation>
    </message>
    <message>
        <source>the canary&apos;s error rate limit must be a fraction between 0 and 1</source>
        <translation>die Grenze der Fehlerquote des Canary muss ein Bruchteil zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>%1 does not exist: a canary starts from the upstream in force</source>
        <translation>%1 existiert nicht: Ein Canary geht vom geltenden Upstream aus</translation>
    </message>
    <message>
        <source>%1 holds a canary&apos;s upstream but there is no %2 to go back to; nothing was changed</source>
        <translation>%1 enthält das Upstream eines Canary, aber es gibt kein %2, zu dem zurückgekehrt werden könnte; nichts wurde geändert</translation>
    </message>
    <message>
        <source>keep %1: it holds the upstream from before the canary</source>
        <translation>%1 behalten: Es enthält das Upstream von vor dem Canary</translation>
    </message>
    <message>
        <source>%1: the canary was cancelled</source>
        <translation>%1: Der Canary wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: could not write %2</source>
        <translation>%1: %2 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: the nginx test rejected the upstream, so nginx was not reloaded: %2</source>
        <translation>%1: Der nginx-Test hat das Upstream abgelehnt, daher wurde nginx nicht neu geladen: %2</translation>
    </message>
    <message>
        <source>%1: nginx could not be reloaded: %2</source>
        <translation>%1: nginx konnte nicht neu geladen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>nginx sends every request to the new installation after %n canary stage(s)</source>
        <translation>
            <numerusform>nginx schickt nach %n Canary-Stufe jede Anfrage an die neue Installation</numerusform>
            <numerusform>nginx schickt nach %n Canary-Stufen jede Anfrage an die neue Installation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held %n s within the limits</source>
        <translation>
            <numerusform>%n s innerhalb der Grenzen gehalten</numerusform>
            <numerusform>%n s innerhalb der Grenzen gehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the canary was cancelled after %2 s</source>
        <translation>%1: Der Canary wurde nach %2 s abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>read the new lines of %1 every second for %n s</source>
        <translation>
            <numerusform>die neuen Zeilen von %1 %n s lang jede Sekunde lesen</numerusform>
            <numerusform>die neuen Zeilen von %1 %n s lang jede Sekunde lesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %1: %n read(s), %2 line(s)</source>
        <translation>
            <numerusform>%1 lesen: %n Lesevorgang, %2 Zeile(n)</numerusform>
            <numerusform>%1 lesen: %n Lesevorgänge, %2 Zeile(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>the original upstream could NOT be put back: restore %1 from %2 by hand</source>
        <translation>das ursprüngliche Upstream konnte NICHT zurückgelegt werden: Stellen Sie %1 von Hand aus %2 wieder her</translation>
    </message>
    <message>
        <source>the original file is back in place and nginx still routes as before</source>
        <translation>die ursprüngliche Datei ist wieder an ihrem Platz, und nginx leitet weiter wie vorher</translation>
    </message>
    <message>
        <source>the original file is back, but the nginx test rejects it (%1): nginx still runs the canary&apos;s upstream</source>
        <translation>die ursprüngliche Datei ist zurück, aber der nginx-Test lehnt sie ab (%1): nginx läuft weiter mit dem Upstream des Canary</translation>
    </message>
    <message>
        <source>the original file is back, but nginx could not be reloaded (%1): reload it by hand</source>
        <translation>die ursprüngliche Datei ist zurück, aber nginx konnte nicht neu geladen werden (%1): Laden Sie es von Hand neu</translation>
    </message>
    <message>
        <source>the proxy sends everything to the old installation again</source>
        <translation>der Proxy schickt wieder alles an die alte Installation</translation>
    </message>
    <message>
        <source>the canary needs the new upstream&apos;s address</source>
        <translation>der Canary braucht die Adresse des neuen Upstreams</translation>
    </message>
    <message>
        <source>the upstream for %1% could not be made: %2; nothing was changed</source>
        <translation>das Upstream für %1&#xa0;% konnte nicht erstellt werden: %2; nichts wurde geändert</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>es ist leer</translation>
    </message>
    <message>
        <source>the proxy&apos;s address &apos;%1&apos; is not an address or host name nginx can listen on</source>
        <translation>die Adresse des Proxys „%1“ ist weder eine Adresse noch ein Hostname, auf dem nginx lauschen kann</translation>
    </message>
    <message>
        <source>the preview&apos;s port %1 is not from 1 to 65535</source>
        <translation>der Port %1 der Vorschau liegt nicht zwischen 1 und 65535</translation>
    </message>
    <message>
        <source>the recipe&apos;s nginx upstream names no server of the new installation</source>
        <translation>das nginx-Upstream des Rezepts nennt keinen Server der neuen Installation</translation>
    </message>
    <message>
        <source>the new installation&apos;s server &apos;%1&apos; is not HOST:PORT as nginx reads it</source>
        <translation>der Server „%1“ der neuen Installation ist nicht HOST:PORT, wie nginx es liest</translation>
    </message>
</context>
<context>
    <name>puw::RowCountsView</name>
    <message>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>Rows per table, old and new</source>
        <translation>Zeilen pro Tabelle, alt und neu</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>column headers of the row counts table</extracomment>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>whether a table has as many rows on the new host as on the old
----------
whether a table&apos;s content checksum is the same on both hosts; &quot;–&quot; when none was computed</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Rows per table, old and new: not counted yet.</source>
        <translation>Zeilen pro Tabelle, alt und neu: noch nicht gezählt.</translation>
    </message>
    <message>
        <source>Rows per table, old and new: %1 tables, %2 differ.</source>
        <extracomment>%1: number of tables, %2: how many differ</extracomment>
        <translation>Zeilen pro Tabelle, alt und neu: %1 Tabellen, %2 abweichend.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>in the list of migrations, when there is none</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>Migrations already applied: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>Bereits angewendete Migrationen: %1.</translation>
    </message>
    <message>
        <source>Migrations to be applied in step 5: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>In Schritt 5 anzuwendende Migrationen: %1.</translation>
    </message>
    <message>
        <source>Migrations applied by step 5: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>Von Schritt 5 angewendete Migrationen: %1.</translation>
    </message>
    <message>
        <source>Migrations: not listed yet.</source>
        <translation>Migrationen: noch nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Migrations applied and to be applied</source>
        <translation>Angewendete und anzuwendende Migrationen</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Gleicher Inhalt</translation>
    </message>
</context>
<context>
    <name>puw::SecretDialogs</name>
    <message>
        <source>Unknown host key</source>
        <translation>Unbekannter Host-Schlüssel</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in your list of known hosts yet.</source>
        <extracomment>%1: host name (maybe with a port)</extracomment>
        <translation>Dies ist die erste Verbindung zu %1: Sein Schlüssel ist noch nicht in Ihrer Liste bekannter Hosts.</translation>
    </message>
    <message>
        <source>About the host key</source>
        <translation>Über den Host-Schlüssel</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the host itself shows, for example by running &quot;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&quot; on its console. Accept only if they are the same; the key is then added to %1.</source>
        <extracomment>%1: the key type, e.g. ssh-ed25519 -&gt; the file name uses &quot;ed25519&quot;</extracomment>
        <translation>Vergleichen Sie ihn mit dem Fingerabdruck, den der Host selbst zeigt, zum Beispiel mit „ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub“ auf seiner Konsole. Akzeptieren Sie nur, wenn beide gleich sind; der Schlüssel wird dann in %1 eingetragen.</translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation>Wie man vergleicht</translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation>Schlüssel &amp;annehmen</translation>
    </message>
    <message>
        <source>Accept the key</source>
        <translation>Schlüssel annehmen</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Refuse the key</source>
        <translation>Schlüssel ablehnen</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Was abgefragt wird</translation>
    </message>
    <message>
        <source>Re&amp;member it in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
</context>
<context>
    <name>puw::SecretSources</name>
    <message>
        <source>The plan names no environment variable for &quot;%1&quot;.</source>
        <translation>Der Plan nennt keine Umgebungsvariable für „%1“.</translation>
    </message>
    <message>
        <source>The environment variable %1, named in the plan for &quot;%2&quot;, is not set.</source>
        <translation>Die Umgebungsvariable %1, die der Plan für „%2“ nennt, ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds fewer than 3 characters: too short to be kept out of the logs.</source>
        <translation>Die Umgebungsvariable %1 enthält weniger als 3 Zeichen: zu kurz, um aus den Logs herausgehalten zu werden.</translation>
    </message>
</context>
<context>
    <name>puw::SessionController</name>
    <message>
        <source>Session %1 is not in the journal %2.</source>
        <translation>Sitzung %1 ist nicht im Journal %2.</translation>
    </message>
    <message>
        <source>The plan saved with session %1 could not be read: %2</source>
        <translation>Der mit Sitzung %1 gespeicherte Plan konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not start a new session: %1</source>
        <translation>Es konnte keine neue Sitzung begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not mark the session finished: %1</source>
        <translation>Die Sitzung konnte nicht als abgeschlossen markiert werden: %1</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; could not become &quot;%3&quot;: %4</source>
        <translation>Schritt %1 „%2“ konnte nicht zu „%3“ wechseln: %4</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; cannot be skipped: the later steps depend on it.</source>
        <translation>Schritt %1 „%2“ kann nicht übersprungen werden: Die späteren Schritte hängen von ihm ab.</translation>
    </message>
    <message>
        <source>Skipped by the administrator</source>
        <translation>Vom Administrator übersprungen</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is running: cancel it first, then skip it.</source>
        <translation>Schritt %1 „%2“ läuft: Brechen Sie ihn zuerst ab und überspringen Sie ihn dann.</translation>
    </message>
</context>
<context>
    <name>puw::SshConnector</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the ssh configuration: %1</source>
        <translation>Die ssh-Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 presented no host key: %2</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt: %2</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not known and was not accepted.</source>
        <translation>Der Host-Schlüssel von %1 (%2 %3) ist nicht bekannt und wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>Cannot save the host key of %1 in %2: %3</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>Der Host-Schlüssel von %1 kann nicht gegen %2 geprüft werden: %3</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>Die Authentifizierung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connection to %1 closed during authentication.</source>
        <translation>Verbindung zu %1 während der Authentifizierung geschlossen.</translation>
    </message>
    <message>
        <source>Authentication to %1 failed. Tried: %2. The server offers: %3.</source>
        <extracomment>%1 the host, %2 what was tried (&quot;agent&quot;, &quot;password&quot;, &quot;key FILE (refused)&quot;...), %3 the methods the server accepts, in ssh&apos;s own words (publickey, password...)</extracomment>
        <translation>Die Authentifizierung bei %1 ist fehlgeschlagen. Versucht: %2. Der Server bietet an: %3.</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>nichts Verwendbares</translation>
    </message>
    <message>
        <source>key %1 (not accepted)</source>
        <translation>Schlüssel %1 (nicht angenommen)</translation>
    </message>
    <message>
        <source>key %1 (cannot be read: missing or wrong passphrase)</source>
        <translation>Schlüssel %1 (nicht lesbar: Passphrase fehlt oder ist falsch)</translation>
    </message>
    <message>
        <source>key %1 (refused)</source>
        <translation>Schlüssel %1 (abgelehnt)</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: known_hosts records %2 %3, the server now presents %4 %5. This may be an attack; the connection is refused. If the change is expected (the host was reinstalled), remove the old key at %6 (%7) and connect again.</source>
        <translation>Der Hostschlüssel von %1 hat sich GEÄNDERT: known_hosts verzeichnet %2 %3, der Server zeigt jetzt %4 %5. Das kann ein Angriff sein; die Verbindung wird abgelehnt. Ist die Änderung erwartet (der Host wurde neu installiert), entfernen Sie den alten Schlüssel in %6 (%7) und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>einen Schlüssel</translation>
    </message>
</context>
<context>
    <name>puw::SshHost</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>puw::StartNewPage</name>
    <message>
        <source>What the migrations change in the shared database</source>
        <translation>Was die Migrationen an der gemeinsamen Datenbank ändern</translation>
    </message>
    <message>
        <source>Address of the old host, typed to allow the migrations</source>
        <translation>Adresse des alten Hosts, eingegeben, um die Migrationen zu erlauben</translation>
    </message>
    <message>
        <source>old host&apos;s address</source>
        <translation>Adresse des alten Hosts</translation>
    </message>
    <message>
        <source>Old and new share old&apos;s database. If the new version has migrations to apply, they change the database old serves while users work: this step applies them only when the recipe says the old version keeps working with them, and only if you type the old host&apos;s address (%1) here. Without it, a step with migrations stops before changing anything.</source>
        <extracomment>%1: the old host&apos;s address</extracomment>
        <translation>Alt und neu teilen die Datenbank des alten Hosts. Hat die neue Version Migrationen anzuwenden, ändern sie die Datenbank, die der alte Host bedient, während die Benutzer arbeiten: Dieser Schritt wendet sie nur an, wenn das Rezept sagt, dass die alte Version weiter mit ihnen funktioniert, und nur, wenn Sie hier die Adresse des alten Hosts (%1) eingeben. Ohne sie hält ein Schritt mit Migrationen an, bevor er etwas ändert.</translation>
    </message>
</context>
<context>
    <name>puw::StepGuidance</name>
    <message>
        <source>The new version gets a machine or container of its own, so the old installation keeps serving users while you prepare it.</source>
        <translation>Die neue Version bekommt einen eigenen Rechner oder Container, sodass die alte Installation die Benutzer weiter bedient, während Sie die neue vorbereiten.</translation>
    </message>
    <message>
        <source>This is where a parallel upgrade pays off most: everything the application depends on is installed fresh in its current version, instead of being upgraded piece by piece on the old host.</source>
        <translation>Hier zahlt sich ein paralleles Upgrade am meisten aus: Alles, wovon die Anwendung abhängt, wird frisch in der aktuellen Version installiert, statt Stück für Stück auf dem alten Host aktualisiert zu werden.</translation>
    </message>
    <message>
        <source>Leave the new host at least twice the old database&apos;s size of free disk, plus room for the backup.</source>
        <translation>Lassen Sie auf dem neuen Host mindestens doppelt so viel freien Plattenplatz, wie die alte Datenbank groß ist, plus Platz für die Sicherung.</translation>
    </message>
    <message>
        <source>The database tools on the new host must be at least as recent as the old database server, or they cannot read its backup.</source>
        <translation>Die Datenbankwerkzeuge auf dem neuen Host müssen mindestens so aktuell sein wie der alte Datenbankserver, sonst können sie seine Sicherung nicht lesen.</translation>
    </message>
    <message>
        <source>Settings changed on the old installation over the years apply to the new one only if they are carried over.</source>
        <translation>Einstellungen, die über die Jahre an der alten Installation geändert wurden, gelten für die neue nur, wenn sie übernommen werden.</translation>
    </message>
    <message>
        <source>Look at every file that differs: a setting left behind fails silently, sometimes weeks later.</source>
        <translation>Sehen Sie sich jede abweichende Datei an: Eine vergessene Einstellung führt unbemerkt zu Fehlern, manchmal erst Wochen später.</translation>
    </message>
    <message>
        <source>Some values must be different on the new host, such as its own address; untick a file rather than copy such values blindly.</source>
        <translation>Manche Werte müssen auf dem neuen Host anders sein, etwa seine eigene Adresse; entfernen Sie lieber das Häkchen bei einer Datei, als solche Werte blind zu kopieren.</translation>
    </message>
    <message>
        <source>Scheduled jobs and mail sending must not run on both installations at once.</source>
        <translation>Geplante Aufgaben und der Mailversand dürfen nicht auf beiden Installationen gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>This backup is for testing: it lets the new version&apos;s migrations run on real data while users keep working. Step 8 takes the final backup once the servers are stopped.</source>
        <translation>Diese Sicherung dient zum Testen: Mit ihr laufen die Migrationen der neuen Version auf echten Daten, während die Benutzer weiterarbeiten. Schritt 8 erstellt die letzte Sicherung, sobald die Server gestoppt sind.</translation>
    </message>
    <message>
        <source>The backup is also a safety copy: keep it until the upgrade is over.</source>
        <translation>Die Sicherung ist auch eine Sicherheitskopie: Bewahren Sie sie auf, bis das Upgrade abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The time this step takes is measured and used to predict the downtime.</source>
        <translation>Die Dauer dieses Schritts wird gemessen und dient zur Vorhersage der Ausfallzeit.</translation>
    </message>
    <message>
        <source>A backup that ended early is marked incomplete and is never restored.</source>
        <translation>Eine vorzeitig beendete Sicherung wird als unvollständig markiert und nie wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring the backup on the new host shows whether the data fits the new installation before anyone depends on it.</source>
        <translation>Das Wiederherstellen der Sicherung auf dem neuen Host zeigt, ob die Daten zur neuen Installation passen, bevor jemand auf sie angewiesen ist.</translation>
    </message>
    <message>
        <source>Every table should have as many rows on the new host as on the old one; a difference means the restore lost data.</source>
        <translation>Jede Tabelle sollte auf dem neuen Host so viele Zeilen haben wie auf dem alten; ein Unterschied bedeutet, dass bei der Wiederherstellung Daten verloren gingen.</translation>
    </message>
    <message>
        <source>The list of migrations shows which changes the new version will make to the database when it starts in step 5.</source>
        <translation>Die Liste der Migrationen zeigt, welche Änderungen die neue Version an der Datenbank vornimmt, wenn sie in Schritt 5 startet.</translation>
    </message>
    <message>
        <source>The restore stops at the first error, so a problem shows up here and not as missing data later.</source>
        <translation>Die Wiederherstellung bricht beim ersten Fehler ab, sodass sich ein Problem hier zeigt und nicht erst später als fehlende Daten.</translation>
    </message>
    <message>
        <source>The new version updates the database and starts. If it fails, nothing is lost: users are still on the old installation.</source>
        <translation>Die neue Version aktualisiert die Datenbank und startet. Schlägt das fehl, geht nichts verloren: Die Benutzer arbeiten noch mit der alten Installation.</translation>
    </message>
    <message>
        <source>Some applications take many minutes to start for the first time after an upgrade; the wizard waits as long as the recipe allows.</source>
        <translation>Manche Anwendungen brauchen beim ersten Start nach einem Upgrade viele Minuten; der Assistent wartet so lange, wie das Rezept es erlaubt.</translation>
    </message>
    <message>
        <source>A migration can fail while its command still reports success; the wizard reads the output, not only the exit code.</source>
        <translation>Eine Migration kann fehlschlagen, während ihr Befehl trotzdem Erfolg meldet; der Assistent liest die Ausgabe, nicht nur den Exit-Code.</translation>
    </message>
    <message>
        <source>Testing the new installation thoroughly before switching users over is the main advantage of a parallel upgrade.</source>
        <translation>Die neue Installation gründlich zu testen, bevor die Benutzer umgestellt werden, ist der Hauptvorteil eines parallelen Upgrades.</translation>
    </message>
    <message>
        <source>Do what your users do most: log in, open a recent record, open an attachment.</source>
        <translation>Tun Sie, was Ihre Benutzer am häufigsten tun: sich anmelden, einen aktuellen Datensatz öffnen, einen Anhang öffnen.</translation>
    </message>
    <message>
        <source>Tick only what you actually tried; the report shows what a person verified.</source>
        <translation>Haken Sie nur ab, was Sie wirklich ausprobiert haben; der Bericht zeigt, was ein Mensch geprüft hat.</translation>
    </message>
    <message>
        <source>A problem found now costs nothing but time; after step 7 it costs downtime.</source>
        <translation>Ein jetzt gefundenes Problem kostet nur Zeit; nach Schritt 7 kostet es Ausfallzeit.</translation>
    </message>
    <message>
        <source>Nothing may be written while the final backup is taken, so the application stops on both hosts. This is where the downtime begins.</source>
        <translation>Während der letzten Sicherung darf nichts geschrieben werden, daher stoppt die Anwendung auf beiden Hosts. Hier beginnt die Ausfallzeit.</translation>
    </message>
    <message>
        <source>Both servers must stay stopped: one that restarts by itself lets users write data that the final backup misses.</source>
        <translation>Beide Server müssen gestoppt bleiben: Einer, der von selbst neu startet, lässt Benutzer Daten schreiben, die der letzten Sicherung fehlen.</translation>
    </message>
    <message>
        <source>Tell your users before you confirm; the predicted downtime is what to announce.</source>
        <translation>Informieren Sie Ihre Benutzer, bevor Sie bestätigen; kündigen Sie die vorhergesagte Ausfallzeit an.</translation>
    </message>
    <message>
        <source>Until step 9 is done, Roll back puts the old installation back into service with all its data.</source>
        <translation>Bis Schritt 9 erledigt ist, nimmt Zurücksetzen die alte Installation mit all ihren Daten wieder in Betrieb.</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s data is out of date. This repeats the backup, import, start and checks with the data as it was when the servers stopped.</source>
        <translation>Die Daten des Probelaufs sind veraltet. Dieser Schritt wiederholt Sicherung, Import, Start und Prüfungen mit den Daten, wie sie beim Stoppen der Server waren.</translation>
    </message>
    <message>
        <source>If a check fails here, roll back: users return to the old installation and nothing is lost.</source>
        <translation>Schlägt hier eine Prüfung fehl, setzen Sie zurück: Die Benutzer kehren zur alten Installation zurück, und nichts geht verloren.</translation>
    </message>
    <message>
        <source>This is the longest part of the downtime; the rehearsal measured how long it should take.</source>
        <translation>Das ist der längste Teil der Ausfallzeit; der Probelauf hat gemessen, wie lange er dauern sollte.</translation>
    </message>
    <message>
        <source>Users reach the new installation only once the proxy or the DNS name points at it. The downtime ends when it answers at the public address.</source>
        <translation>Die Benutzer erreichen die neue Installation erst, wenn der Proxy oder der DNS-Name auf sie zeigt. Die Ausfallzeit endet, wenn sie unter der öffentlichen Adresse antwortet.</translation>
    </message>
    <message>
        <source>With DNS, clients keep the old address until the record&apos;s time to live expires: lower it well before the upgrade.</source>
        <translation>Bei DNS behalten Clients die alte Adresse, bis die Lebensdauer (TTL) des Eintrags abläuft: Senken Sie sie lange vor dem Upgrade.</translation>
    </message>
    <message>
        <source>The previous proxy configuration is kept, so the switch can be undone.</source>
        <translation>Die vorherige Proxy-Konfiguration bleibt erhalten, sodass die Umstellung rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <source>Once the new installation has run well for a while, the old one only costs money and attention.</source>
        <translation>Sobald die neue Installation eine Weile gut gelaufen ist, kostet die alte nur noch Geld und Aufmerksamkeit.</translation>
    </message>
    <message>
        <source>Wait until you trust the new installation: after this step, going back means restoring a backup.</source>
        <translation>Warten Sie, bis Sie der neuen Installation vertrauen: Nach diesem Schritt heißt Zurückkehren, eine Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Only the services are stopped and disabled: the old database, its configuration and the final backup are kept.</source>
        <translation>Nur die Dienste werden gestoppt und deaktiviert: Die alte Datenbank, ihre Konfiguration und die letzte Sicherung bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>puw::StepListPanel</name>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Schritte des Upgrades</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps and their states</source>
        <translation>Schritte und ihr Zustand</translation>
    </message>
    <message>
        <source>Each step of the upgrade with its state and duration</source>
        <translation>Jeder Schritt des Upgrades mit Zustand und Dauer</translation>
    </message>
    <message>
        <source>%1. %2
%3</source>
        <extracomment>side panel entry: step number, title, then state and duration on a second line</extracomment>
        <translation>%1. %2
%3</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Schritt %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <extracomment>screen-reader text for the step whose page is showing</extracomment>
        <translation>%1 (aktueller Schritt)</translation>
    </message>
</context>
<context>
    <name>puw::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>page title, e.g. &quot;Step 3 of 10: Back up the old database&quot;</extracomment>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>Was dieser Schritt tut</translation>
    </message>
    <message>
        <source>Downtime begins with this step: users cannot work until step %1 ends.</source>
        <translation>Mit diesem Schritt beginnt die Ausfallzeit: Die Benutzer können erst wieder arbeiten, wenn Schritt %1 endet.</translation>
    </message>
    <message>
        <source>Downtime warning</source>
        <translation>Warnung zur Ausfallzeit</translation>
    </message>
    <message>
        <source>Downtime ends when this step succeeds.</source>
        <translation>Die Ausfallzeit endet, wenn dieser Schritt gelingt.</translation>
    </message>
    <message>
        <source>Downtime note</source>
        <translation>Hinweis zur Ausfallzeit</translation>
    </message>
    <message>
        <source>Point of no return: after this step, going back to the old installation loses data written since, or the old installation itself.</source>
        <translation>Punkt ohne Rückkehr: Nach diesem Schritt gehen bei einer Rückkehr zur alten Installation die seither geschriebenen Daten verloren, oder die alte Installation selbst.</translation>
    </message>
    <message>
        <source>Point of no return warning</source>
        <translation>Warnung: Punkt ohne Rückkehr</translation>
    </message>
    <message>
        <source>State icon</source>
        <translation>Zustandssymbol</translation>
    </message>
    <message>
        <source>State of step %1</source>
        <translation>Zustand von Schritt %1</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Duration of step %1</source>
        <translation>Dauer von Schritt %1</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Result of step %1</source>
        <translation>Ergebnis von Schritt %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>Schritt über&amp;springen</translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation>Schritt %1 überspringen</translation>
    </message>
    <message>
        <source>Record that you deliberately leave this step out; Next becomes available.</source>
        <translation>Hält fest, dass Sie diesen Schritt bewusst auslassen; Weiter wird verfügbar.</translation>
    </message>
    <message>
        <source>Note about running steps</source>
        <translation>Hinweis zum Ausführen der Schritte</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <extracomment>shown when a step has not run yet, in place of its duration</extracomment>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>To run steps from the wizard, load a plan (on the welcome page or with parallel-upgrade --plan FILE).</source>
        <translation>Um Schritte aus dem Assistenten auszuführen, laden Sie einen Plan (auf der Willkommensseite oder mit parallel-upgrade --plan DATEI).</translation>
    </message>
    <message>
        <source>Contents of step %1</source>
        <translation>Inhalt von Schritt %1</translation>
    </message>
    <message>
        <source>Why this step matters</source>
        <translation>Warum dieser Schritt wichtig ist</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Tips for step %1</source>
        <translation>Tipps zu Schritt %1</translation>
    </message>
    <message>
        <source>Why step %1 is not part of this plan</source>
        <translation>Warum Schritt %1 nicht Teil dieses Plans ist</translation>
    </message>
    <message>
        <source>%1 Run records the step as not needed; nothing is run.</source>
        <extracomment>%1 why the plan leaves the step out</extracomment>
        <translation>%1 Die Schaltfläche zum Ausführen hält den Schritt als nicht nötig fest; nichts wird ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Record as not needed</source>
        <extracomment>the Run button of a step the plan&apos;s procedure leaves out</extracomment>
        <translation>Als nicht nötig &amp;festhalten</translation>
    </message>
</context>
<context>
    <name>puw::StepRunPanel</name>
    <message>
        <source>&amp;Run this step</source>
        <translation>Schritt &amp;ausführen</translation>
    </message>
    <message>
        <source>Running step %1</source>
        <translation>Schritt %1 läuft</translation>
    </message>
    <message>
        <source>&amp;Cancel the step</source>
        <translation>Schritt a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel step %1</source>
        <translation>Schritt %1 abbrechen</translation>
    </message>
    <message>
        <source>Stops the running command; the step can be retried.</source>
        <translation>Stoppt den laufenden Befehl; der Schritt kann wiederholt werden.</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>Zurücks&amp;etzen…</translation>
    </message>
    <message>
        <source>Roll back to the old installation</source>
        <translation>Auf die alte Installation zurücksetzen</translation>
    </message>
    <message>
        <source>Stop the new installation, start the old one and route requests back.</source>
        <translation>Die neue Installation stoppen, die alte starten und die Anfragen zurückleiten.</translation>
    </message>
    <message>
        <source>Note about the run of step %1</source>
        <translation>Hinweis zum Lauf von Schritt %1</translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>Ausgabe von Schritt %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the Run button after a failed, cancelled or interrupted run</extracomment>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Retry step %1</source>
        <translation>Schritt %1 erneut versuchen</translation>
    </message>
    <message>
        <source>Run step %1</source>
        <translation>Schritt %1 ausführen</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>shown with a busy indicator while a step runs without measurable progress</extracomment>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Rollback %1: %2</source>
        <extracomment>%1: the state of the rollback (done, failed), %2: what it did, in words</extracomment>
        <translation>Zurücksetzen %1: %2</translation>
    </message>
</context>
<context>
    <name>puw::StepState</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
</context>
<context>
    <name>puw::StepStateDisplay</name>
    <message>
        <source>&lt; 1 s</source>
        <extracomment>a step that took less than one second</extracomment>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>minutes and seconds, e.g. &quot;2 min 05 s&quot;</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>hours and minutes, e.g. &quot;1 h 07 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>a step still running, with the local time it started, e.g. &quot;since 14:02&quot;</extracomment>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>a step&apos;s state and how long it took, e.g. &quot;Done, 2 min 05 s&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>puw::Steps</name>
    <message>
        <source>Install the new version</source>
        <translation>Neue Version installieren</translation>
    </message>
    <message>
        <source>Check the new host and install or verify the new version of the application there.</source>
        <translation>Den neuen Host prüfen und dort die neue Version der Anwendung installieren oder prüfen.</translation>
    </message>
    <message>
        <source>Copy custom configuration</source>
        <translation>Angepasste Konfiguration kopieren</translation>
    </message>
    <message>
        <source>Compare configuration files on both hosts and copy the customisations to the new one.</source>
        <translation>Die Konfigurationsdateien auf beiden Hosts vergleichen und die Anpassungen auf den neuen kopieren.</translation>
    </message>
    <message>
        <source>Back up the old database</source>
        <translation>Alte Datenbank sichern</translation>
    </message>
    <message>
        <source>Stream a backup of the live database to the new host to rehearse the migration.</source>
        <translation>Eine Sicherung der laufenden Datenbank auf den neuen Host übertragen, um die Migration zu proben.</translation>
    </message>
    <message>
        <source>Import it on the new host</source>
        <translation>Auf dem neuen Host importieren</translation>
    </message>
    <message>
        <source>Restore the backup on the new host and compare row counts with the old.</source>
        <translation>Die Sicherung auf dem neuen Host wiederherstellen und die Zeilenzahlen mit der alten vergleichen.</translation>
    </message>
    <message>
        <source>Start the new server</source>
        <translation>Neuen Server starten</translation>
    </message>
    <message>
        <source>Apply the new version&apos;s migrations, start it and wait until it is healthy.</source>
        <translation>Die Migrationen der neuen Version anwenden, sie starten und warten, bis sie bereit ist.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Verify the new installation over HTTP, in its database and by hand.</source>
        <translation>Die neue Installation über HTTP, in ihrer Datenbank und von Hand prüfen.</translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation>Beide Server stoppen</translation>
    </message>
    <message>
        <source>Stop the application on both hosts so that no new data is written. Downtime begins.</source>
        <translation>Die Anwendung auf beiden Hosts stoppen, damit keine neuen Daten geschrieben werden. Die Ausfallzeit beginnt.</translation>
    </message>
    <message>
        <source>Fresh backup, import and re-test</source>
        <translation>Neue Sicherung, Import und erneuter Test</translation>
    </message>
    <message>
        <source>Repeat the backup, import, start and checks with the up-to-date data.</source>
        <translation>Sicherung, Import, Start und Prüfungen mit den aktuellen Daten wiederholen.</translation>
    </message>
    <message>
        <source>Route requests to the new installation</source>
        <translation>Anfragen zur neuen Installation leiten</translation>
    </message>
    <message>
        <source>Switch the proxy or DNS to the new host and verify it answers. Downtime ends.</source>
        <translation>Proxy oder DNS auf den neuen Host umstellen und prüfen, dass er antwortet. Die Ausfallzeit endet.</translation>
    </message>
    <message>
        <source>Deprovision the old instance</source>
        <translation>Alte Instanz außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>After a soak period, stop and disable the old services, keeping the final backup.</source>
        <translation>Nach einer Beobachtungszeit die alten Dienste stoppen und deaktivieren; die letzte Sicherung bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>puw::StopBothPage</name>
    <message>
        <source>&amp;Stop both servers</source>
        <extracomment>the Run button of step 7: it starts the downtime</extracomment>
        <translation>Beide Server an&amp;halten</translation>
    </message>
    <message>
        <source>Stop both servers?</source>
        <translation>Beide Server stoppen?</translation>
    </message>
    <message>
        <source>Users are cut off from now: the application stops on the old host (%1) and on the new host, and stays stopped until step 9 routes requests to the new installation.</source>
        <translation>Ab jetzt sind die Benutzer ausgesperrt: Die Anwendung stoppt auf dem alten Host (%1) und auf dem neuen und bleibt gestoppt, bis Schritt 9 die Anfragen zur neuen Installation leitet.</translation>
    </message>
    <message>
        <source>Nothing has been stopped yet. If the cutover goes wrong, Roll back starts the old installation again.</source>
        <translation>Noch ist nichts gestoppt. Wenn die Umstellung schiefgeht, startet Zurücksetzen die alte Installation wieder.</translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation>Beide Server stoppen</translation>
    </message>
</context>
<context>
    <name>puw::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What happened at each step, as recorded in the journal.</source>
        <translation>Was bei jedem Schritt geschah, wie im Journal aufgezeichnet.</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>Über diese Zusammenfassung</translation>
    </message>
    <message>
        <source>Steps with their state, duration and result</source>
        <translation>Schritte mit Zustand, Dauer und Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>summary table: step number and title, e.g. &quot;3. Back up the old database&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>summary table: a step without a measured duration</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>no duration</source>
        <translation>keine Dauer</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The checklist with every step, the downtime, the checks and the commands run (secrets masked), as Markdown, HTML or PDF.</source>
        <translation>Die Checkliste mit jedem Schritt, der Ausfallzeit, den Prüfungen und den ausgeführten Befehlen (Geheimnisse geschwärzt), als Markdown, HTML oder PDF.</translation>
    </message>
    <message>
        <source>Where the report was written</source>
        <translation>Wohin der Bericht geschrieben wurde</translation>
    </message>
    <message>
        <source>Nothing to report yet: no step has run.</source>
        <translation>Noch nichts zu berichten: Es ist noch kein Schritt gelaufen.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <extracomment>%1: the report file</extracomment>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Export to &amp;Ansible…</source>
        <translation>Nach &amp;Ansible exportieren…</translation>
    </message>
    <message>
        <source>Export the plan to Ansible</source>
        <translation>Den Plan nach Ansible exportieren</translation>
    </message>
    <message>
        <source>The plan&apos;s upgrade as an Ansible project (inventory, rehearsal, cutover and rollback playbooks, README), to run it over several installations.</source>
        <translation>Das Upgrade des Plans als Ansible-Projekt (Inventar, Playbooks für Probe, Umstellung und Rücknahme, README), um es über mehrere Installationen auszuführen.</translation>
    </message>
    <message>
        <source>Export to Ansible: choose a folder</source>
        <translation>Nach Ansible exportieren: Ordner wählen</translation>
    </message>
    <message>
        <source>The Ansible export failed: %1</source>
        <extracomment>%1 the reason (a plan&apos;s or a file&apos;s error)</extracomment>
        <translation>Der Ansible-Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Export to Ansible</source>
        <translation>Nach Ansible exportieren</translation>
    </message>
    <message>
        <source>Ansible project written to %1; its README.md says how to run it.</source>
        <extracomment>%1 the folder</extracomment>
        <translation>Ansible-Projekt nach %1 geschrieben; seine README.md sagt, wie man es ausführt.</translation>
    </message>
</context>
<context>
    <name>puw::TeeWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>puw::TesterPreviewPanel</name>
    <message>
        <source>Preview for testers</source>
        <translation>Vorschau für Tester</translation>
    </message>
    <message>
        <source>Why there is no canary, and the preview for testers</source>
        <translation>Warum es keinen Canary gibt, und die Vorschau für Tester</translation>
    </message>
    <message>
        <source>Where testers reach the new installation</source>
        <translation>Wo die Tester die neue Installation erreichen</translation>
    </message>
    <message>
        <source>What the last preview action did</source>
        <translation>Was die letzte Aktion an der Vorschau bewirkt hat</translation>
    </message>
    <message>
        <source>Open preview for testers…</source>
        <translation>Vorschau für Tester öffnen…</translation>
    </message>
    <message>
        <source>Open preview for testers</source>
        <translation>Vorschau für Tester öffnen</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <source>Closing the preview…</source>
        <translation>Vorschau wird geschlossen…</translation>
    </message>
    <message>
        <source>No canary with a database per host: old is stopped before step 9, and a share of users sent to new now would write to a copy of the data that stops receiving their writes (step 8 replaces it with old&apos;s final data). Instead, testers can try the new installation through the proxy on a port of its own while users stay on old.</source>
        <translation>Kein Canary mit einer Datenbank pro Host: Der alte Host wird vor Schritt 9 gestoppt, und ein Teil der Benutzer, der jetzt zum neuen geschickt würde, schriebe in eine Kopie der Daten, in der ihre Schreibvorgänge verloren gingen (Schritt 8 ersetzt sie durch die endgültigen Daten des alten Hosts). Stattdessen können Tester die neue Installation über den Proxy auf einem eigenen Port ausprobieren, während die Benutzer auf dem alten bleiben.</translation>
    </message>
    <message>
        <source>Opening and closing the preview reloads the proxy&apos;s nginx; step 9 and a rollback close it if it is still open.</source>
        <translation>Öffnen und Schließen der Vorschau lädt das nginx des Proxys neu; Schritt 9 und ein Zurücksetzen schließen sie, falls sie noch offen ist.</translation>
    </message>
    <message>
        <source>To offer it, add a port to the plan&apos;s route, e.g. &quot;preview&quot;: {&quot;port&quot;: 8081}.</source>
        <translation>Um sie anzubieten, fügen Sie der Route des Plans einen Port hinzu, z. B. &quot;preview&quot;: {&quot;port&quot;: 8081}.</translation>
    </message>
    <message>
        <source>Open for testers at %1 (users stay on old).</source>
        <extracomment>%1 the preview&apos;s URL</extracomment>
        <translation>Für Tester offen unter %1 (die Benutzer bleiben auf dem alten Host).</translation>
    </message>
    <message>
        <source>Open the preview for testers?</source>
        <extracomment>%1 the preview&apos;s file on the proxy, %2 the proxy&apos;s address, %3 the public URL, %4 the preview&apos;s URL</extracomment>
        <translation>Die Vorschau für Tester öffnen?</translation>
    </message>
    <message>
        <source>This writes %1 on the proxy (%2) and reloads its nginx, which serves your users. Users keep reaching the old installation at %3; testers reach the new one at %4. nginx&apos;s test runs first: if it refuses the file, the file is removed again and nothing is reloaded. Type the proxy&apos;s address (%2) to go ahead.</source>
        <translation>Dies schreibt %1 auf den Proxy (%2) und lädt dessen nginx neu, das Ihre Benutzer bedient. Die Benutzer erreichen weiterhin die alte Installation unter %3; die Tester erreichen die neue unter %4. Zuerst läuft der nginx-Test: Lehnt er die Datei ab, wird sie wieder entfernt und nichts neu geladen. Geben Sie die Adresse des Proxys (%2) ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation>Vorschau wird geöffnet…</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, typed to open the preview</source>
        <translation>Adresse des Proxys, eingegeben, um die Vorschau zu öffnen</translation>
    </message>
    <message>
        <source>Open preview</source>
        <translation>Vorschau öffnen</translation>
    </message>
</context>
<context>
    <name>puw::TradeoffsPanel</name>
    <message>
        <source>Before the downtime</source>
        <translation>Vor der Ausfallzeit</translation>
    </message>
    <message>
        <source>Gains and costs of a parallel upgrade</source>
        <translation>Vorteile und Kosten eines parallelen Upgrades</translation>
    </message>
    <message>
        <source>Going back is simple: the old installation and its data stay as they were until you remove them.</source>
        <translation>Zurück ist einfach: Die alte Installation und ihre Daten bleiben, wie sie sind, bis Sie sie entfernen.</translation>
    </message>
    <message>
        <source>You chose when this happens; everything before this step was done while users kept working.</source>
        <translation>Sie haben gewählt, wann das geschieht; alles vor diesem Schritt geschah, während die Benutzer weiterarbeiteten.</translation>
    </message>
    <message>
        <source>The new installation was tested with a copy of the real data before anyone uses it.</source>
        <translation>Die neue Installation wurde mit einer Kopie der echten Daten getestet, bevor jemand sie nutzt.</translation>
    </message>
    <message>
        <source>Users are cut off only for the switch itself, not for the whole installation.</source>
        <translation>Die Benutzer sind nur für die Umstellung selbst ausgesperrt, nicht für die ganze Installation.</translation>
    </message>
    <message>
        <source>Two servers run side by side until step 10, with the cost that brings.</source>
        <translation>Bis Schritt 10 laufen zwei Server nebeneinander, mit den Kosten, die das mit sich bringt.</translation>
    </message>
    <message>
        <source>Every custom setting must have been carried over; the more there are, the more can be missed.</source>
        <translation>Jede angepasste Einstellung muss übernommen worden sein; je mehr es sind, desto mehr kann übersehen werden.</translation>
    </message>
    <message>
        <source>Preparing a second installation took longer than upgrading in place would have.</source>
        <translation>Eine zweite Installation vorzubereiten hat länger gedauert als ein Upgrade an Ort und Stelle.</translation>
    </message>
    <message>
        <source>What you gain</source>
        <extracomment>headings of the two lists of the tradeoffs on step 7</extracomment>
        <translation>Was Sie gewinnen</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Was es kostet</translation>
    </message>
    <message>
        <source>Parallel upgrade: gains and costs</source>
        <translation>Paralleles Upgrade: Vorteile und Kosten</translation>
    </message>
    <message>
        <source>What the rehearsal showed</source>
        <translation>Was der Probelauf gezeigt hat</translation>
    </message>
    <message>
        <source>The rehearsal (steps 3 to 6)</source>
        <translation>Der Probelauf (Schritte 3 bis 6)</translation>
    </message>
    <message>
        <source>Predicted downtime</source>
        <translation>Vorhergesagte Ausfallzeit</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot;: %3</source>
        <translation>Schritt %1 „%2“: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checks passed: %1.</source>
        <extracomment>number of rehearsal checks that passed</extracomment>
        <translation>
            <numerusform>Bestandene Prüfungen: %1.</numerusform>
            <numerusform>Bestandene Prüfungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that failed – look at them before you stop the servers:</source>
        <translation>Fehlgeschlagene Prüfungen – sehen Sie sie sich an, bevor Sie die Server stoppen:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime:&lt;/b&gt; not known yet – step 6 predicts it from the rehearsal&apos;s timings.</source>
        <translation>&lt;b&gt;Vorhergesagte Ausfallzeit:&lt;/b&gt; noch nicht bekannt – Schritt 6 sagt sie aus den Zeiten des Probelaufs voraus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: about %1&lt;/b&gt;, from the rehearsal&apos;s timings.</source>
        <extracomment>%1: a duration such as &quot;4 min 20 s&quot;</extracomment>
        <translation>&lt;b&gt;Vorhergesagte Ausfallzeit: etwa %1&lt;/b&gt;, aus den Zeiten des Probelaufs.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: about %1&lt;/b&gt;, from the rehearsal&apos;s timings of what the cutover repeats: %2.</source>
        <extracomment>%1: a duration such as &quot;4 min 20 s&quot;; %2: its parts, e.g. &quot;streaming the backup 2.1 s, migrations 0.4 s&quot;</extracomment>
        <translation>&lt;b&gt;Vorhergesagte Ausfallzeit: etwa %1&lt;/b&gt;, aus den Zeiten, die der Probelauf für das gemessen hat, was die Umstellung wiederholt: %2.</translation>
    </message>
    <message>
        <source>Database checks before anything moved</source>
        <translation>Datenbankprüfungen, bevor sich etwas bewegt</translation>
    </message>
    <message>
        <source>Database checks: none recorded yet – step 1 runs them, and step 3 again before its backup.</source>
        <translation>Datenbankprüfungen: noch keine aufgezeichnet – Schritt 1 führt sie aus, und Schritt 3 erneut vor seiner Sicherung.</translation>
    </message>
    <message>
        <source>passed – %1</source>
        <extracomment>one database check on step 7&apos;s page: %1 its name</extracomment>
        <translation>bestanden – %1</translation>
    </message>
    <message>
        <source>FAILED – %1</source>
        <translation>FEHLGESCHLAGEN – %1</translation>
    </message>
    <message>
        <source>passed – %1: %2</source>
        <extracomment>one database check on step 7&apos;s page: %1 its name, %2 what it found</extracomment>
        <translation>bestanden – %1: %2</translation>
    </message>
    <message>
        <source>FAILED – %1: %2</source>
        <translation>FEHLGESCHLAGEN – %1: %2</translation>
    </message>
    <message>
        <source>Database checks before anything moved (step %1, its last run):</source>
        <extracomment>%1 the step that ran the database checks last (1 or 3)</extracomment>
        <translation>Datenbankprüfungen, bevor sich etwas bewegt (Schritt %1, sein letzter Lauf):</translation>
    </message>
    <message numerus="yes">
        <source>%n failed – run that step again once they are fixed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen – führen Sie diesen Schritt erneut aus, sobald es behoben ist.</numerusform>
            <numerusform>%n fehlgeschlagen – führen Sie diesen Schritt erneut aus, sobald sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: none.&lt;/b&gt; Old and new share one database, so old serves users until step 9 moves them to new; nothing stops.</source>
        <translation>&lt;b&gt;Vorhergesagte Ausfallzeit: keine.&lt;/b&gt; Alt und neu teilen eine Datenbank, daher bedient der alte Host die Benutzer, bis Schritt 9 sie auf den neuen umzieht; nichts wird gestoppt.</translation>
    </message>
    <message>
        <source>The plan&apos;s replication did not start (%1): step 8 dumps and restores the whole database.</source>
        <translation>Die Replikation des Plans ist nicht gestartet (%1): Schritt 8 überträgt die ganze Datenbank per Dump und Wiederherstellung.</translation>
    </message>
    <message>
        <source>New&apos;s %1 follows old by replication: %2 bytes behind at %3. Step 8 waits only for old&apos;s last changes, then the migrations run on it.</source>
        <extracomment>%1 the database on new, %2 bytes, %3 a time</extracomment>
        <translation>%1 auf dem neuen Host folgt dem alten per Replikation: %2 Bytes Rückstand um %3. Schritt 8 wartet nur auf die letzten Änderungen des alten Hosts, danach laufen die Migrationen darauf.</translation>
    </message>
</context>
<context>
    <name>puw::UpgradePlan</name>
    <message>
        <source>is %1, newer than this program understands.</source>
        <extracomment>about the plan&apos;s &quot;format&quot; field; %1 its value, a version number</extracomment>
        <translation>ist %1, neuer als dieses Programm versteht.</translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation>Aktualisieren Sie den Assistenten für parallele Upgrades.</translation>
    </message>
    <message>
        <source>Name the application&apos;s recipe: one of %1.</source>
        <translation>Nennen Sie das Rezept der Anwendung: eines von %1.</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a known recipe.</source>
        <translation>nennt „%1“, kein bekanntes Rezept.</translation>
    </message>
    <message>
        <source>Use one of %1, or add your own recipe file to the recipes folder.</source>
        <translation>Verwenden Sie eines von %1 oder legen Sie eine eigene Rezeptdatei in den Rezeptordner.</translation>
    </message>
    <message>
        <source>is the same host as &quot;old&quot;.</source>
        <translation>ist derselbe Host wie „old“.</translation>
    </message>
    <message>
        <source>A parallel upgrade builds the new installation somewhere else: give another host, port or user.</source>
        <translation>Ein paralleles Upgrade baut die neue Installation woanders auf: Geben Sie einen anderen Host, Port oder Benutzer an.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Prüfen Sie den Pfad und ob Sie die Datei lesen dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>looks like a secret, and a plan never holds one.</source>
        <translation>sieht wie ein Geheimnis aus, und ein Plan enthält nie eines.</translation>
    </message>
    <message>
        <source>Remove it: the wizard asks for secrets and keeps them in the system keychain; for unattended runs name an environment variable under &quot;secretEnvironment&quot;.</source>
        <translation>Entfernen Sie es: Der Assistent fragt nach Geheimnissen und bewahrt sie im Schlüsselbund des Systems auf; für unbeaufsichtigte Läufe nennen Sie eine Umgebungsvariable unter „secretEnvironment“.</translation>
    </message>
    <message>
        <source>Give the host as { &quot;address&quot;: &quot;host name or ssh alias&quot;, &quot;user&quot;: &quot;...&quot; }.</source>
        <translation>Geben Sie den Host als { &quot;address&quot;: &quot;Hostname oder ssh-Alias&quot;, &quot;user&quot;: &quot;...&quot; } an.</translation>
    </message>
    <message>
        <source>Set it to the host name, IP address or ~/.ssh/config alias.</source>
        <translation>Setzen Sie es auf den Hostnamen, die IP-Adresse oder den Alias aus ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Set it to &quot;nginx&quot;, &quot;dns&quot; or &quot;none&quot;.</source>
        <translation>Setzen Sie es auf „nginx“, „dns“ oder „none“.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>fehlt.</translation>
    </message>
    <message>
        <source>An nginx route needs the proxy host: { &quot;address&quot;: &quot;...&quot; }.</source>
        <translation>Eine nginx-Route braucht den Proxy-Host: { &quot;address&quot;: &quot;...&quot; }.</translation>
    </message>
    <message>
        <source>Give the nginx file that names the upstream server.</source>
        <translation>Geben Sie die nginx-Datei an, die den Upstream-Server nennt.</translation>
    </message>
    <message>
        <source>Give the name users resolve, e.g. app.example.org.</source>
        <translation>Geben Sie den Namen an, den die Benutzer auflösen, z. B. app.example.org.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known kind of route.</source>
        <translation>ist „%1“, keine bekannte Art von Route.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: it starts with &apos;-&apos; or holds a space or a control character.</source>
        <translation>„%1“ ist kein Hostname: er beginnt mit „-“ oder enthält ein Leerzeichen oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder this program will write backups to: it must be an absolute path without &apos;..&apos; or control characters.</source>
        <translation>„%1“ ist kein Ordner, in den dieses Programm Sicherungen schreibt: Es muss ein absoluter Pfad ohne „..“ und ohne Steuerzeichen sein.</translation>
    </message>
    <message>
        <source>Set it to an absolute path such as /srv/backups/upgrade.</source>
        <translation>Setzen Sie einen absoluten Pfad wie /srv/backups/upgrade.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a way to reach the database.</source>
        <extracomment>%1 the value the admin wrote, e.g. &quot;root&quot;</extracomment>
        <translation>ist „%1“, was kein Weg zur Datenbank ist.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Verwenden Sie einen von %1.</translation>
    </message>
    <message>
        <source>must be &quot;old&quot; or &quot;new&quot;.</source>
        <translation>muss „old“ oder „new“ sein.</translation>
    </message>
    <message>
        <source>Say which side wins a conflict in a configuration file, or leave it out to decide each one.</source>
        <translation>Geben Sie an, welche Seite bei einem Konflikt in einer Konfigurationsdatei gewinnt, oder lassen Sie es weg, um jeden einzeln zu entscheiden.</translation>
    </message>
    <message>
        <source>needs a shared database: with a database on each host old is stopped before step 9, so there is no old installation to share requests with.</source>
        <translation>braucht eine gemeinsame Datenbank: Mit einer Datenbank auf jedem Host wird der alte vor Schritt 9 gestoppt, daher gibt es keine alte Installation, mit der die Anfragen geteilt werden könnten.</translation>
    </message>
    <message>
        <source>Remove route.canary, or set &quot;database&quot;: {&quot;shared&quot;: true} when the new installation uses old&apos;s database server.</source>
        <translation>Entfernen Sie route.canary oder setzen Sie &quot;database&quot;: {&quot;shared&quot;: true}, wenn die neue Installation den Datenbankserver des alten Hosts verwendet.</translation>
    </message>
    <message>
        <source>List rising shares of requests in percent ending with 100, e.g. [10, 50, 100].</source>
        <translation>Geben Sie steigende Anteile der Anfragen in Prozent an, endend mit 100, z. B. [10, 50, 100].</translation>
    </message>
    <message>
        <source>must be a list of percentages.</source>
        <translation>muss eine Liste von Prozentwerten sein.</translation>
    </message>
    <message>
        <source>holds %1, which is not a whole percentage from 1 to 100.</source>
        <translation>enthält %1, keinen ganzzahligen Prozentwert von 1 bis 100.</translation>
    </message>
    <message>
        <source>does not rise: %1 follows %2.</source>
        <translation>steigt nicht an: %1 folgt auf %2.</translation>
    </message>
    <message>
        <source>ends at %1%: the last stage must send every request to new.</source>
        <translation>endet bei %1&#xa0;%: Die letzte Stufe muss jede Anfrage an den neuen Host schicken.</translation>
    </message>
    <message>
        <source>must be a fraction from 0 to 1 (0.01 is 1%).</source>
        <translation>muss ein Bruchteil von 0 bis 1 sein (0.01 ist 1&#xa0;%).</translation>
    </message>
    <message>
        <source>Set the share of failed answers from new that ends the canary, e.g. 0.01.</source>
        <translation>Setzen Sie den Anteil fehlgeschlagener Antworten des neuen Hosts, der den Canary beendet, z. B. 0.01.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a way to move the data.</source>
        <extracomment>%1 the value the admin wrote</extracomment>
        <translation>ist „%1“, was kein Weg ist, die Daten zu übertragen.</translation>
    </message>
    <message>
        <source>Use &quot;dump&quot; (the default) or &quot;replication&quot;.</source>
        <translation>Verwenden Sie „dump“ (Standard) oder „replication“.</translation>
    </message>
    <message>
        <source>is &quot;replication&quot; with a shared database: there is no second database to keep in sync.</source>
        <translation>ist „replication“ bei einer gemeinsamen Datenbank: Es gibt keine zweite Datenbank, die synchron zu halten wäre.</translation>
    </message>
    <message>
        <source>Remove database.sync, or database.shared if new has its own database server.</source>
        <translation>Entfernen Sie database.sync, oder database.shared, wenn der neue Host einen eigenen Datenbankserver hat.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not an absolute path.</source>
        <translation>ist „%1“, kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>holds a control character.</source>
        <translation>enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>has an empty, &quot;.&quot; or &quot;..&quot; part.</source>
        <translation>hat einen leeren Teil oder einen Teil „.“ oder „..“.</translation>
    </message>
    <message>
        <source>Give the port on the proxy where testers reach the new installation, e.g. 8081.</source>
        <translation>Geben Sie den Port auf dem Proxy an, unter dem die Tester die neue Installation erreichen, z. B. 8081.</translation>
    </message>
    <message>
        <source>is %1, the public URL&apos;s port: users would be sent to the new installation before step 9.</source>
        <translation>ist %1, der Port der öffentlichen URL: Die Benutzer würden vor Schritt 9 zur neuen Installation geschickt.</translation>
    </message>
    <message>
        <source>Choose a port no user opens, e.g. 8081.</source>
        <translation>Wählen Sie einen Port, den kein Benutzer öffnet, z. B. 8081.</translation>
    </message>
    <message>
        <source>Give an absolute path that nginx&apos;s configuration includes, e.g. /etc/nginx/conf.d/puw-preview.conf, or leave it out.</source>
        <translation>Geben Sie einen absoluten Pfad an, den die nginx-Konfiguration einbindet, z. B. /etc/nginx/conf.d/puw-preview.conf, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>needs an nginx route: with DNS, users and testers resolve the same name, so there is no proxy where the program could open a second way to the new installation.</source>
        <translation>braucht eine nginx-Route: Mit DNS lösen Benutzer und Tester denselben Namen auf, daher gibt es keinen Proxy, auf dem das Programm einen zweiten Weg zur neuen Installation öffnen könnte.</translation>
    </message>
    <message>
        <source>Remove route.preview and give testers the new host&apos;s own address, or route through nginx.</source>
        <translation>Entfernen Sie route.preview und geben Sie den Testern die eigene Adresse des neuen Hosts, oder leiten Sie über nginx.</translation>
    </message>
    <message>
        <source>needs an nginx route: this plan routes nothing.</source>
        <translation>braucht eine nginx-Route: Dieser Plan leitet nichts um.</translation>
    </message>
    <message>
        <source>Remove route.preview, or route through nginx.</source>
        <translation>Entfernen Sie route.preview oder leiten Sie über nginx.</translation>
    </message>
</context>
<context>
    <name>puw::UpgradeWizard</name>
    <message>
        <source>Parallel Upgrade Wizard</source>
        <translation>Assistent für parallele Upgrades</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Upgrade abschließen</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Assistenten schließen</translation>
    </message>
    <message>
        <source>Resume the upgrade?</source>
        <translation>Upgrade fortsetzen?</translation>
    </message>
    <message>
        <source>no plan file</source>
        <translation>keine Plandatei</translation>
    </message>
    <message>
        <source>An upgrade started on %1 (%2) was not finished.</source>
        <extracomment>%1: date and time the session started, %2: the plan file</extracomment>
        <translation>Ein am %1 begonnenes Upgrade (%2) wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Resume at step %1 &quot;%2&quot;</source>
        <extracomment>%1: step number, %2: step title</extracomment>
        <translation>Bei Schritt %1 „%2“ fortsetzen</translation>
    </message>
    <message>
        <source>Steps already done are kept. Starting over begins a new session; the old one stays in the journal.</source>
        <translation>Bereits erledigte Schritte bleiben erhalten. Neu beginnen startet eine neue Sitzung; die alte bleibt im Journal.</translation>
    </message>
    <message>
        <source>Resume at the summary</source>
        <translation>Bei der Zusammenfassung fortsetzen</translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation>Jeder Schritt ist erledigt oder übersprungen.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Progress of the upgrade</source>
        <translation>Fortschritt des Upgrades</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Nein, zurück</translation>
    </message>
    <message>
        <source>Roll back to the old installation?</source>
        <translation>Auf die alte Installation zurücksetzen?</translation>
    </message>
    <message>
        <source>The rollback stops the new installation, starts the old installation&apos;s services again and routes requests back to the old host.</source>
        <translation>Das Zurücksetzen stoppt die neue Installation, startet die Dienste der alten wieder und leitet die Anfragen zum alten Host zurück.</translation>
    </message>
    <message>
        <source>The old database was not written by the new version, so users continue with the data they had when step 7 stopped the servers. Steps 7 to 9 are marked not started; you can try the cutover again later.</source>
        <translation>Die alte Datenbank wurde nicht von der neuen Version beschrieben; die Benutzer arbeiten also mit den Daten weiter, die sie hatten, als Schritt 7 die Server stoppte. Die Schritte 7 bis 9 werden als nicht begonnen markiert; Sie können die Umstellung später erneut versuchen.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation>Stoppen und schließen?</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is still running.</source>
        <translation>Schritt %1 „%2“ läuft noch.</translation>
    </message>
    <message>
        <source>A rollback is still running.</source>
        <translation>Ein Zurücksetzen läuft noch.</translation>
    </message>
    <message>
        <source>Closing cancels the running command and closes the wizard once it has stopped. The journal keeps what was done; starting the wizard again offers to resume.</source>
        <translation>Schließen bricht den laufenden Befehl ab und schließt den Assistenten, sobald er gestoppt ist. Das Journal bewahrt, was erledigt wurde; beim nächsten Start bietet der Assistent an, fortzusetzen.</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Abbrechen und schließen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n backup(s) from the hosts?</source>
        <translation>
            <numerusform>%n Sicherung von den Hosts entfernen?</numerusform>
            <numerusform>%n Sicherungen von den Hosts entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>These dumps of the application&apos;s data are deleted from the hosts:
%1</source>
        <extracomment>%1 the dumps, one &quot;ROLE:PATH&quot; per line</extracomment>
        <translation>Diese Sicherungen der Anwendungsdaten werden von den Hosts gelöscht:
%1</translation>
    </message>
    <message>
        <source>They cannot be brought back. Keep them until you are sure the new installation works and no rollback or comparison will need them. The local copies in the session&apos;s folder stay.</source>
        <translation>Sie lassen sich nicht wiederherstellen. Behalten Sie sie, bis Sie sicher sind, dass die neue Installation funktioniert und keine Rückkehr und kein Vergleich sie mehr braucht. Die lokalen Kopien im Ordner der Sitzung bleiben.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <source>Backups are being removed from the hosts.</source>
        <translation>Die Sicherungen werden gerade von den Hosts entfernt.</translation>
    </message>
    <message>
        <source>The testers&apos; preview is being opened or closed.</source>
        <translation>Die Vorschau für Tester wird gerade geöffnet oder geschlossen.</translation>
    </message>
</context>
<context>
    <name>puw::WelcomePage</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Load plan…</source>
        <translation>Plan &amp;laden…</translation>
    </message>
    <message>
        <source>Welcome to the Parallel Upgrade Wizard</source>
        <translation>Willkommen beim Assistenten für parallele Upgrades</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>What a parallel upgrade is</source>
        <translation>Was ein paralleles Upgrade ist</translation>
    </message>
    <message>
        <source>Loaded plan</source>
        <translation>Geladener Plan</translation>
    </message>
    <message>
        <source>Current session</source>
        <translation>Aktuelle Sitzung</translation>
    </message>
    <message>
        <source>Load a plan file</source>
        <translation>Eine Plandatei laden</translation>
    </message>
    <message>
        <source>No session yet: one is recorded in the journal from the first step on.</source>
        <translation>Noch keine Sitzung: Ab dem ersten Schritt wird eine im Journal aufgezeichnet.</translation>
    </message>
    <message>
        <source>Session %1, started %2, is recorded in %3.</source>
        <translation>Sitzung %1, begonnen am %2, ist in %3 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Load plan</source>
        <translation>Plan laden</translation>
    </message>
    <message>
        <source>Upgrade plans (*.json);;All files (*)</source>
        <translation>Upgrade-Pläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>Plan &amp;speichern…</translation>
    </message>
    <message>
        <source>In a parallel upgrade the new version is installed on a second machine beside the one your users work on, configured, loaded with a copy of the data and tested while the old one keeps running. Only then do both stop for a short downtime: the latest data is copied once more and users are switched over. Until that switch the old installation is left untouched.</source>
        <translation>Bei einem parallelen Upgrade wird die neue Version auf einem zweiten Rechner neben dem installiert, auf dem Ihre Benutzer arbeiten, dort konfiguriert, mit einer Kopie der Daten befüllt und getestet, während der alte weiterläuft. Erst dann stoppen beide für eine kurze Ausfallzeit: Die neuesten Daten werden noch einmal kopiert, und die Benutzer werden umgestellt. Bis zu dieser Umstellung bleibt die alte Installation unangetastet.</translation>
    </message>
    <message>
        <source>The plan&apos;s fields</source>
        <translation>Die Felder des Plans</translation>
    </message>
    <message>
        <source>What the plan still needs</source>
        <translation>Was dem Plan noch fehlt</translation>
    </message>
    <message>
        <source>Save the plan to a file</source>
        <translation>Den Plan in einer Datei speichern</translation>
    </message>
    <message>
        <source>The plan is complete. Test the connections, save the plan if you want to keep it, then press Next.</source>
        <translation>Der Plan ist vollständig. Testen Sie die Verbindungen, speichern Sie den Plan, wenn Sie ihn behalten möchten, und klicken Sie dann auf Weiter.</translation>
    </message>
    <message>
        <source>No plan loaded: fill in the fields below, or load a plan file.</source>
        <translation>Kein Plan geladen: Füllen Sie die Felder unten aus oder laden Sie eine Plandatei.</translation>
    </message>
    <message>
        <source>Plan %1: from %2 to %3.</source>
        <extracomment>%1: plan file, %2 and %3: the old and the new host</extracomment>
        <translation>Plan %1: von %2 nach %3.</translation>
    </message>
    <message>
        <source>This plan is not saved in a file yet.</source>
        <translation>Dieser Plan ist noch nicht in einer Datei gespeichert.</translation>
    </message>
    <message>
        <source>Changed since %1 was loaded or saved.</source>
        <translation>Geändert, seit %1 geladen oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>Steps can run now; they use this plan until the program is closed.</source>
        <translation>Die Schritte können jetzt laufen; sie verwenden diesen Plan, bis das Programm geschlossen wird.</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
</context>
<context>
    <name>puw::detail::HostWorker</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>Die Verbindung zu %1 wurde geschlossen.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: no answer from the server for %2 s.</source>
        <translation>Die Verbindung zu %1 ist abgebrochen: seit %2 s keine Antwort vom Server.</translation>
    </message>
</context>
</TS>
