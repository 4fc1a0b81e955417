<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>puw::App</name>
    <message>
        <source>The recipe cannot be used</source>
        <extracomment>shown when the plan&apos;s recipe cannot be used; the steps cannot run until it is fixed</extracomment>
        <translation>La recette est inutilisable</translation>
    </message>
    <message>
        <source>%1

The wizard shows the journal, but steps cannot run until this is fixed.</source>
        <translation>%1

L&apos;assistant affiche le journal, mais les étapes ne peuvent pas s&apos;exécuter tant que ce problème n&apos;est pas corrigé.</translation>
    </message>
    <message>
        <source>--through %1: not a step; give 1 to 10 or a step id such as import-backup.</source>
        <extracomment>%1 is what the admin gave after --through; &quot;import-backup&quot; is a step id, not translated</extracomment>
        <translation>--through %1&#xa0;: ce n&apos;est pas une étape&#xa0;; indiquez un nombre de 1 à 10 ou un identifiant d&apos;étape comme import-backup.</translation>
    </message>
    <message>
        <source>Parallel Upgrade Wizard</source>
        <extracomment>the program&apos;s name, shown after each window&apos;s title</extracomment>
        <translation>Assistant de mise à niveau parallèle</translation>
    </message>
</context>
<context>
    <name>puw::ByteStreams</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>puw::CanaryView</name>
    <message>
        <source>Canary stages</source>
        <translation>Paliers du canari</translation>
    </message>
    <message>
        <source>Canary stages: the share of requests sent to new, and how new answered</source>
        <translation>Paliers du canari&#xa0;: la part des requêtes envoyées au nouveau, et comment le nouveau a répondu</translation>
    </message>
    <message>
        <source>Share set</source>
        <extracomment>column headers of the canary table</extracomment>
        <translation>Part fixée</translation>
    </message>
    <message>
        <source>Share seen</source>
        <translation>Part observée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <source>Requests at new</source>
        <translation>Requêtes au nouveau</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Canary stages: none has run yet.</source>
        <translation>Paliers du canari&#xa0;: aucun n&apos;a encore été exécuté.</translation>
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
        <translation>certificat pour «&#xa0;%1&#xa0;», valide du %2 au %3</translation>
    </message>
    <message>
        <source>connection refused by %1</source>
        <translation>connexion refusée par %1</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>%1 closed the connection without an answer</source>
        <translation>%1 a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>TLS certificate of %1 not valid: %2</source>
        <translation>certificat TLS de %1 non valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>échec de la négociation TLS avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>request to %1 failed: %2</source>
        <translation>échec de la requête vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not an http or https address: %1</source>
        <translation>ce n&apos;est pas une adresse http ou https&#xa0;: %1</translation>
    </message>
    <message>
        <source>cancelled after %1</source>
        <translation>annulé après %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>pas de réponse de %1 en %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>statut %1 attendu, reçu %2</translation>
    </message>
    <message>
        <source>expected status %1, got %2: %3</source>
        <translation>statut %1 attendu, reçu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected &apos;%1&apos; in body, got: %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» attendu dans le corps, reçu&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>un corps vide</translation>
    </message>
    <message>
        <source>%1, slower than the %2 allowed</source>
        <translation>%1, plus lent que les %2 autorisées</translation>
    </message>
    <message>
        <source>, body contains &apos;%1&apos;</source>
        <translation>, le corps contient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>, TLS certificate valid until %1</source>
        <translation>, certificat TLS valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>healthy at the first attempt: %1</source>
        <translation>opérationnel dès la première tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>healthy after %1 attempts in %2: %3</source>
        <translation>opérationnel après %1 tentatives en %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1</source>
        <translation>
            <numerusform>annulé après %n tentative en %1</numerusform>
            <numerusform>annulé après %n tentatives en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>arrêté après %n tentative en %1&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>arrêté après %n tentatives en %1&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not healthy within %1 (%n attempt(s)); last: %2</source>
        <translation>
            <numerusform>pas opérationnel en %1 (%n tentative)&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>pas opérationnel en %1 (%n tentatives)&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are not both numbers</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» ne sont pas tous deux des nombres</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 attendu</translation>
    </message>
    <message>
        <source>expected at least %1</source>
        <translation>au moins %1 attendu</translation>
    </message>
    <message>
        <source>expected it to contain &apos;%1&apos;</source>
        <translation>on attendait qu&apos;il contienne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>une valeur attendue</translation>
    </message>
    <message>
        <source>could not connect to %1 on %2:%3 as %4: %5</source>
        <translation>impossible de se connecter à %1 sur %2:%3 en tant que %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>the query failed: %1 (%2)</source>
        <translation>la requête a échoué&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>the query returned no row: %1</source>
        <translation>la requête n&apos;a renvoyé aucune ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1, got %2 from: %3</source>
        <translation>%1, reçu %2 de&#xa0;: %3</translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)</source>
        <translation>le pilote Qt SQL %1 n&apos;est pas installé (Debian&#xa0;: libqt6sql6-%2)</translation>
    </message>
    <message>
        <source>the check has no command</source>
        <translation>la vérification n&apos;a pas de commande</translation>
    </message>
    <message>
        <source>cancelled on %1</source>
        <translation>annulé sur %1</translation>
    </message>
    <message>
        <source>could not run on %1: %2</source>
        <translation>impossible d&apos;exécuter sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>exit code %1 on %2</source>
        <translation>code de sortie %1 sur %2</translation>
    </message>
    <message>
        <source>exit code %1 on %2: %3</source>
        <translation>code de sortie %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>output does not contain &apos;%1&apos;, got: %2</source>
        <translation>la sortie ne contient pas «&#xa0;%1&#xa0;», reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>aucune sortie</translation>
    </message>
    <message>
        <source>exit code 0 on %1 in %2</source>
        <translation>code de sortie 0 sur %1 en %2</translation>
    </message>
    <message>
        <source>exit code 0 on %1, output contains &apos;%2&apos;</source>
        <translation>code de sortie 0 sur %1, la sortie contient «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>could not measure the logs on %1: %2</source>
        <translation>impossible de mesurer les journaux sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>could not measure the logs on %1: unexpected answer &apos;%2&apos;</source>
        <translation>impossible de mesurer les journaux sur %1&#xa0;: réponse inattendue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the log error pattern &apos;%1&apos; is not valid: %2</source>
        <translation>le motif d&apos;erreur de journal «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>cancelled while reading %1</source>
        <translation>annulé pendant la lecture de %1</translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation>impossible de lire %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation>impossible de lire %1 sur %2&#xa0;: réponse inattendue «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was rotated or truncated since the start: read from its beginning</source>
        <translation>%1 a subi une rotation ou a été tronqué depuis le début&#xa0;: lu depuis son commencement</translation>
    </message>
    <message>
        <source>only the first %1 of %2 were read</source>
        <translation>seuls les premiers %1 sur %2 ont été lus</translation>
    </message>
    <message numerus="yes">
        <source>no line matches the error pattern in %n log(s) since the start (%1 read)</source>
        <translation>
            <numerusform>aucune ligne ne correspond au motif d&apos;erreur dans %n journal depuis le début (%1 lus)</numerusform>
            <numerusform>aucune ligne ne correspond au motif d&apos;erreur dans %n journaux depuis le début (%1 lus)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) match the error pattern in %1: %2</source>
        <translation>
            <numerusform>%n ligne correspond au motif d&apos;erreur dans %1&#xa0;: %2</numerusform>
            <numerusform>%n lignes correspondent au motif d&apos;erreur dans %1&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ChecksView</name>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Check</source>
        <extracomment>column headers of the checks table</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checks and their results</source>
        <translation>Vérifications et leurs résultats</translation>
    </message>
    <message>
        <source>Checks: none run yet.</source>
        <translation>Vérifications&#xa0;: aucune exécutée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>passed</source>
        <extracomment>result of one check</extracomment>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Checks: %1 passed, %2 failed.</source>
        <extracomment>%1: checks passed, %2: checks failed</extracomment>
        <translation>Vérifications&#xa0;: %1 réussies, %2 en échec.</translation>
    </message>
</context>
<context>
    <name>puw::CommandLine</name>
    <message>
        <source>Walks you through a parallel upgrade of a self-hosted web application: the new version is installed beside the old one, loaded with its data and tested before users are switched over.</source>
        <translation>Vous guide dans la mise à niveau parallèle d&apos;une application web auto-hébergée&#xa0;: la nouvelle version est installée à côté de l&apos;ancienne, chargée avec ses données et testée avant que les utilisateurs n&apos;y soient basculés.</translation>
    </message>
    <message>
        <source>Open the upgrade plan FILE.</source>
        <translation>Ouvrir le plan de mise à niveau FICHIER.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Keep the session journal and local backups in DIR instead of the user&apos;s data folder.</source>
        <translation>Conserver le journal de session et les sauvegardes locales dans DOSSIER au lieu du dossier de données de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Try --help for the options.</source>
        <translation>Essayez --help pour voir les options.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. To open a plan, use --plan FILE.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;». Pour ouvrir un plan, utilisez --plan FICHIER.</translation>
    </message>
    <message>
        <source>Run the plan&apos;s steps without a window, printing one line per event.</source>
        <translation>Exécuter les étapes du plan sans fenêtre, en affichant une ligne par événement.</translation>
    </message>
    <message>
        <source>With --headless: stop after STEP (a number or a step id; default 9).</source>
        <translation>Avec --headless&#xa0;: s&apos;arrêter après ÉTAPE (un numéro ou un identifiant d&apos;étape&#xa0;; 9 par défaut).</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <source>With --headless: confirm the steps that change the old installation.</source>
        <translation>Avec --headless&#xa0;: confirmer les étapes qui modifient l&apos;ancienne installation.</translation>
    </message>
    <message>
        <source>With --headless: list every command as it would run, and run none.</source>
        <translation>Avec --headless&#xa0;: afficher chaque commande telle qu&apos;elle serait exécutée, sans en exécuter aucune.</translation>
    </message>
    <message>
        <source>With --headless: bring the old installation back into service.</source>
        <translation>Avec --headless&#xa0;: remettre l&apos;ancienne installation en service.</translation>
    </message>
    <message>
        <source>With --headless: write the report to FILE (.md, .html or .pdf).</source>
        <translation>Avec --headless&#xa0;: écrire le rapport dans FICHIER (.md, .html ou .pdf).</translation>
    </message>
    <message>
        <source>Show the interface in LANG (%1) instead of the system&apos;s language.</source>
        <extracomment>%1 lists the language codes, e.g. &quot;de, en, fr&quot;; LANG is the option&apos;s argument</extracomment>
        <translation>Afficher l&apos;interface en LANGUE (%1) au lieu de la langue du système.</translation>
    </message>
    <message>
        <source>LANG</source>
        <extracomment>the argument of --lang, shown in --help as &lt;LANG&gt;</extracomment>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--lang %1: no such language; available: %2.</source>
        <extracomment>%1 is what the admin gave after --lang, %2 the language codes the program has, e.g. &quot;de, en, fr&quot;</extracomment>
        <translation>--lang %1&#xa0;: langue inconnue&#xa0;; disponibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--headless needs a plan: --plan FILE.</source>
        <translation>--headless nécessite un plan&#xa0;: --plan FICHIER.</translation>
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
        <translation>Codes de sortie de --headless :
  %1  toutes les étapes lancées ont réussi
  %2  une étape a échoué
  %3  une étape qui modifie l&apos;ancienne installation demande --assume-yes
  %4  annulé par Ctrl-C (SIGINT) ou SIGTERM : l&apos;étape en cours a fini « Annulée » ;
     relancer reprend la session. Un second signal arrête le programme aussitôt (%5 ou %6).
  %7 un plan ou une recette invalide, %8 le journal ne peut pas être ouvert, %9 une option erronée
</translation>
    </message>
    <message>
        <source>With --headless: remove the dumps the upgrade left on the hosts (the report lists them); with --assume-yes, else they are only listed.</source>
        <translation>Avec --headless&#xa0;: supprimer les sauvegardes que la mise à niveau a laissées sur les hôtes (le rapport les liste)&#xa0;; avec --assume-yes, sinon elles sont seulement listées.</translation>
    </message>
    <message>
        <source>With --export-ansible: the cutover&apos;s batch size, in installations (default 1).</source>
        <translation>Avec --export-ansible&#xa0;: la taille des lots de la bascule, en installations (1 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <extracomment>the argument of --ansible-serial, shown in --help as &lt;N&gt; (a number)</extracomment>
        <translation>N</translation>
    </message>
    <message>
        <source>With --export-ansible: the cutover&apos;s max_fail_percentage (default 0).</source>
        <extracomment>max_fail_percentage is Ansible&apos;s keyword, not translated</extracomment>
        <translation>Avec --export-ansible&#xa0;: le max_fail_percentage de la bascule (0 par défaut).</translation>
    </message>
    <message>
        <source>P</source>
        <extracomment>the argument of --ansible-max-fail-percent, shown in --help as &lt;P&gt; (a percentage)</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>--ansible-serial and --ansible-max-fail-percent go with --export-ansible.</source>
        <translation>--ansible-serial et --ansible-max-fail-percent vont avec --export-ansible.</translation>
    </message>
    <message>
        <source>--export-ansible runs nothing: it does not go with --headless.</source>
        <translation>--export-ansible n’exécute rien&#xa0;: il ne va pas avec --headless.</translation>
    </message>
    <message>
        <source>--ansible-serial takes a whole number from 1, --ansible-max-fail-percent one from 0 to 100.</source>
        <translation>--ansible-serial prend un nombre entier à partir de 1, --ansible-max-fail-percent un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>With --headless: create on new the database roles old&apos;s database names and new lacks, as old defines them (steps 1 and 3).</source>
        <translation>Avec --headless&#xa0;: créer sur le nouvel hôte les rôles de base de données que la base de l&apos;ancien nomme et qui y manquent, tels que l&apos;ancien les définit (étapes 1 et 3).</translation>
    </message>
    <message>
        <source>Write the plan&apos;s upgrade as an Ansible project into DIR (inventory, rehearsal, cutover and rollback playbooks, README) and exit. Needs --plan or --inventory.</source>
        <translation>Écrire la mise à niveau du plan comme projet Ansible dans DIR (inventaire, playbooks de répétition, de bascule et de retour arrière, README) et quitter. Demande --plan ou --inventory.</translation>
    </message>
    <message>
        <source>With --export-ansible: export every plan FILE lists (a JSON object {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, paths relative to FILE&apos;s folder), beside --plan&apos;s.</source>
        <translation>Avec --export-ansible&#xa0;: exporter chaque plan que FILE liste (un objet JSON {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, chemins relatifs au dossier de FILE), en plus de celui de --plan.</translation>
    </message>
    <message>
        <source>Read the JSON output of ansible-playbook runs of an export (ANSIBLE_STDOUT_CALLBACK=json), LOG and any further files given after it, in the order they ran; write a session journal and a report per installation (in --session-dir, one folder each; --report FILE chooses the format) and exit. --plan names the plan the export was made from. Exit codes as --headless&apos;s.</source>
        <translation>Lire la sortie JSON d&apos;exécutions d&apos;ansible-playbook d&apos;un export (ANSIBLE_STDOUT_CALLBACK=json), LOG et les fichiers donnés après lui, dans l&apos;ordre où elles ont tourné&#xa0;; écrire un journal de session et un rapport par installation (dans --session-dir, un dossier chacune&#xa0;; --report FILE choisit le format) et quitter. --plan nomme le plan dont l&apos;export provient. Codes de sortie comme pour --headless.</translation>
    </message>
    <message>
        <source>LOG</source>
        <extracomment>the argument of --import-ansible, shown in --help as &lt;LOG&gt; (a file)</extracomment>
        <translation>LOG</translation>
    </message>
    <message>
        <source>--import-ansible runs nothing: it goes only with --plan, --session-dir, --report and --lang.</source>
        <translation>--import-ansible n&apos;exécute rien&#xa0;: il ne va qu&apos;avec --plan, --session-dir, --report et --lang.</translation>
    </message>
    <message>
        <source>--inventory goes with --export-ansible: --export-ansible DIR --inventory FILE.</source>
        <translation>--inventory va avec --export-ansible&#xa0;: --export-ansible DIR --inventory FILE.</translation>
    </message>
    <message>
        <source>--export-ansible needs a plan: --plan FILE, or several: --inventory FILE.</source>
        <translation>--export-ansible demande un plan&#xa0;: --plan FILE, ou plusieurs&#xa0;: --inventory FILE.</translation>
    </message>
    <message>
        <source>With --headless: step 4 may set wal_level = logical on old and restart old&apos;s PostgreSQL for the plan&apos;s replication (its database unavailable for seconds).</source>
        <translation>Avec --headless&#xa0;: l&apos;étape 4 peut régler wal_level = logical sur l&apos;ancien et redémarrer le PostgreSQL de l&apos;ancien pour la réplication du plan (sa base de données est alors indisponible quelques secondes).</translation>
    </message>
    <message>
        <source>With --headless: open or close the testers&apos; preview of the plan&apos;s route.preview (from the end of step 6 until step 9); opening reloads the proxy and needs --assume-yes.</source>
        <translation>Avec --headless&#xa0;: ouvrir ou fermer l&apos;aperçu pour les testeurs défini par route.preview dans le plan (de la fin de l&apos;étape 6 jusqu&apos;à l&apos;étape 9)&#xa0;; l&apos;ouverture recharge le proxy et demande --assume-yes.</translation>
    </message>
    <message>
        <source>open|close</source>
        <extracomment>the argument of --preview, shown in --help as &lt;open|close&gt;; the words themselves are not translated</extracomment>
        <translation>open|close</translation>
    </message>
    <message>
        <source>--preview takes &quot;open&quot; or &quot;close&quot;, not &quot;%1&quot;.</source>
        <translation>--preview accepte «&#xa0;open&#xa0;» ou «&#xa0;close&#xa0;», pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--through, --assume-yes, --dry-run, --rollback, --remove-host-backups, --create-missing-roles, --allow-old-database-restart, --preview and --report go with --headless.</source>
        <translation>--through, --assume-yes, --dry-run, --rollback, --remove-host-backups, --create-missing-roles, --allow-old-database-restart, --preview et --report vont avec --headless.</translation>
    </message>
</context>
<context>
    <name>puw::CommandPreviewPanel</name>
    <message>
        <source>Show the co&amp;mmands</source>
        <translation>Afficher les co&amp;mmandes</translation>
    </message>
    <message>
        <source>Show the commands of step %1</source>
        <translation>Afficher les commandes de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Lists what this step will run on each host, without running anything.</source>
        <translation>Liste ce que cette étape exécutera sur chaque hôte, sans rien exécuter.</translation>
    </message>
    <message>
        <source>About the commands of step %1</source>
        <translation>À propos des commandes de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Commands step %1 will run</source>
        <translation>Commandes que l&apos;étape %1 exécutera</translation>
    </message>
    <message>
        <source>Listing…</source>
        <extracomment>shown while the list of a step&apos;s commands is being made (it takes a moment)</extracomment>
        <translation>Établissement de la liste…</translation>
    </message>
    <message>
        <source>Hide the co&amp;mmands</source>
        <translation>Masquer les co&amp;mmandes</translation>
    </message>
    <message>
        <source>The list stops where the step needs what an earlier step finds out: %1</source>
        <extracomment>%1 why the dry run of the step stopped before its end</extracomment>
        <translation>La liste s&apos;arrête là où l&apos;étape a besoin de ce qu&apos;une étape précédente découvre&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s), none of them run yet. The report lists what did run.</source>
        <translation>
            <numerusform>%n commande, aucune exécutée pour l&apos;instant. Le rapport liste ce qui a été exécuté.</numerusform>
            <numerusform>%n commandes, aucune exécutée pour l&apos;instant. Le rapport liste ce qui a été exécuté.</numerusform>
        </translation>
    </message>
    <message>
        <source>This step runs no command on the hosts.</source>
        <translation>Cette étape n&apos;exécute aucune commande sur les hôtes.</translation>
    </message>
</context>
<context>
    <name>puw::CommandResult</name>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>exited with code %1</source>
        <translation>terminée avec le code %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tuée par le signal %1</translation>
    </message>
</context>
<context>
    <name>puw::CommandRun</name>
    <message>
        <source>Cannot open a channel on %1: %2</source>
        <translation>Impossible d&apos;ouvrir un canal sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 a refusé d&apos;exécuter une commande&#xa0;: %2</translation>
    </message>
    <message>
        <source>The command on %1 ended without an exit status.</source>
        <translation>La commande sur %1 s&apos;est terminée sans code de sortie.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The command did not finish within %1 s.</source>
        <translation>La commande ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>The receiving side failed: %1</source>
        <translation>Le côté réception a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The command on %1 failed: %2</source>
        <translation>La commande sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sending side failed: %1</source>
        <translation>Le côté envoi a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The command on %1 stopped reading its input.</source>
        <translation>La commande sur %1 a cessé de lire son entrée.</translation>
    </message>
    <message>
        <source>Writing to the command on %1 failed: %2</source>
        <translation>L&apos;écriture vers la commande sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Reading from the command on %1 failed: %2</source>
        <translation>La lecture depuis la commande sur %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The command on %1 made no progress for %2 s (it printed nothing and took no input) and was stopped.</source>
        <translation>La commande sur %1 n&apos;a pas progressé pendant %2 s (elle n&apos;a rien affiché ni rien lu) et a été arrêtée.</translation>
    </message>
    <message>
        <source>%1 The last line it printed: &quot;%2&quot;</source>
        <translation>%1 La dernière ligne qu&apos;elle a affichée : « %2 »</translation>
    </message>
</context>
<context>
    <name>puw::ConfigDiffView</name>
    <message>
        <source>The file on the new host now</source>
        <translation>Le fichier sur le nouvel hôte, tel qu&apos;il est</translation>
    </message>
    <message>
        <source>What step 2 will write on the new host</source>
        <translation>Ce que l&apos;étape 2 écrira sur le nouvel hôte</translation>
    </message>
    <message>
        <source>Pre&amp;vious change</source>
        <translation>Modification &amp;précédente</translation>
    </message>
    <message>
        <source>Ne&amp;xt change</source>
        <translation>Modification &amp;suivante</translation>
    </message>
    <message>
        <source>Show the previous change (Shift+F8 in the list of changes)</source>
        <translation>Montrer la modification précédente (Maj+F8 dans la liste des modifications)</translation>
    </message>
    <message>
        <source>Show the next change (F8 in the list of changes)</source>
        <translation>Montrer la modification suivante (F8 dans la liste des modifications)</translation>
    </message>
</context>
<context>
    <name>puw::ConfigPage</name>
    <message>
        <source>Co&amp;mpare the files</source>
        <translation>&amp;Comparer les fichiers</translation>
    </message>
    <message>
        <source>Compare the configuration files of old and new</source>
        <translation>Comparer les fichiers de configuration de l&apos;ancienne et de la nouvelle installation</translation>
    </message>
    <message>
        <source>Reads the files on both hosts and changes nothing.</source>
        <translation>Lit les fichiers sur les deux hôtes sans rien modifier.</translation>
    </message>
    <message>
        <source>Old and new configuration files</source>
        <translation>Fichiers de configuration, ancienne et nouvelle installation</translation>
    </message>
    <message>
        <source>Files to copy (tick the ones the new installation needs):</source>
        <translation>Fichiers à copier (cochez ceux dont la nouvelle installation a besoin)&#xa0;:</translation>
    </message>
    <message>
        <source>Configuration files, ticked to be copied</source>
        <translation>Fichiers de configuration, cochés pour être copiés</translation>
    </message>
    <message>
        <source>%1 (same on both)</source>
        <extracomment>a configuration file in the list; %1: its path</extracomment>
        <translation>%1 (identique des deux côtés)</translation>
    </message>
    <message>
        <source>%1 (differs)</source>
        <translation>%1 (différent)</translation>
    </message>
    <message>
        <source>changed by the admin on old</source>
        <translation>modifié par l&apos;administrateur sur l&apos;ancien</translation>
    </message>
    <message>
        <source>changed by the new version</source>
        <translation>modifié par la nouvelle version</translation>
    </message>
    <message>
        <source>added by the new version</source>
        <translation>ajouté par la nouvelle version</translation>
    </message>
    <message>
        <source>removed by the new version</source>
        <translation>retiré par la nouvelle version</translation>
    </message>
    <message>
        <source>conflict: both changed it</source>
        <translation>conflit&#xa0;: modifié des deux côtés</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>old&apos;s is written</source>
        <translation>celui de l&apos;ancien est écrit</translation>
    </message>
    <message>
        <source>new&apos;s is written</source>
        <translation>celui du nouveau est écrit</translation>
    </message>
    <message>
        <source>CHOOSE A SIDE</source>
        <translation>CHOISISSEZ UN CÔTÉ</translation>
    </message>
    <message>
        <source>Old&apos;s line %1, %5&apos;s line %2: %3; %4</source>
        <extracomment>a change of the merge; %1: line in old&apos;s file, %2: line in %5, %3: what kind, %4: which side; %5: &quot;the new default&quot; or &quot;new&quot;</extracomment>
        <translation>Ligne %1 de l&apos;ancien, ligne %2 de %5&#xa0;: %3&#xa0;; %4</translation>
    </message>
    <message>
        <source>the new default</source>
        <translation>la nouvelle valeur par défaut</translation>
    </message>
    <message>
        <source>new</source>
        <translation>le nouveau</translation>
    </message>
    <message>
        <source>The changes of the merge, each with the side that is written</source>
        <translation>Les modifications de la fusion, chacune avec le côté qui est écrit</translation>
    </message>
    <message>
        <source>C&amp;hanges (choose a side for each conflict):</source>
        <translation>&amp;Modifications (choisissez un côté pour chaque conflit)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Take old&apos;s</source>
        <translation>Prendre celui de l&apos;&amp;ancien</translation>
    </message>
    <message>
        <source>Take the old host&apos;s lines for the selected change</source>
        <translation>Prendre les lignes de l&apos;ancien hôte pour la modification choisie</translation>
    </message>
    <message>
        <source>Writes the old host&apos;s lines for the selected change (O in the list).</source>
        <translation>Écrit les lignes de l&apos;ancien hôte pour la modification choisie (O dans la liste).</translation>
    </message>
    <message>
        <source>Keep ne&amp;w&apos;s</source>
        <translation>Garder celui du &amp;nouveau</translation>
    </message>
    <message>
        <source>Keep the new host&apos;s lines for the selected change</source>
        <translation>Garder les lignes du nouvel hôte pour la modification choisie</translation>
    </message>
    <message>
        <source>Writes the new host&apos;s lines for the selected change (N in the list).</source>
        <translation>Écrit les lignes du nouvel hôte pour la modification choisie (N dans la liste).</translation>
    </message>
</context>
<context>
    <name>puw::ConnectionProbe</name>
    <message>
        <source>Logged in to %1, but &quot;id -un; uname -sr&quot; did not work: %2.</source>
        <translation>Connecté à %1, mais «&#xa0;id -un; uname -sr&#xa0;» n&apos;a pas fonctionné&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Connected to %1: logged in as %2 on %3.</source>
        <extracomment>%1: user@host as tested, %2: the remote login name, %3: the remote system (uname -sr)</extracomment>
        <translation>Connecté à %1&#xa0;: session ouverte en tant que %2 sur %3.</translation>
    </message>
    <message>
        <source>Check the address and the port, that the host is up and that a firewall lets SSH through (try &quot;ssh -p PORT USER@ADDRESS&quot; from this machine).</source>
        <translation>Vérifiez l&apos;adresse et le port, que l&apos;hôte est en marche et qu&apos;aucun pare-feu ne bloque SSH (essayez «&#xa0;ssh -p PORT UTILISATEUR@ADRESSE&#xa0;» depuis cette machine).</translation>
    </message>
    <message>
        <source>Check the user and the identity file; the key&apos;s public half must be in the user&apos;s ~/.ssh/authorized_keys on the host, or enter the right password.</source>
        <translation>Vérifiez l&apos;utilisateur et le fichier d&apos;identité&#xa0;; la partie publique de la clé doit figurer dans le fichier ~/.ssh/authorized_keys de cet utilisateur sur l&apos;hôte. Sinon, saisissez le bon mot de passe.</translation>
    </message>
    <message>
        <source>Refused: the host key of %1 has CHANGED since it was recorded. Nothing was saved; compare the two keys below before doing anything.</source>
        <translation>Refusé&#xa0;: la clé d&apos;hôte de %1 a CHANGÉ depuis qu&apos;elle a été enregistrée. Rien n&apos;a été écrit&#xa0;; comparez les deux clés ci-dessous avant toute autre action.</translation>
    </message>
    <message>
        <source>Test again and accept the key once you have compared its fingerprint.</source>
        <translation>Testez de nouveau et acceptez la clé après avoir comparé son empreinte.</translation>
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
        <translation>Le trousseau du système est indisponible (%1). Les mots de passe et phrases secrètes seront demandés à chaque fois et ne seront pas mémorisés. Pour les mémoriser, installez et déverrouillez un trousseau&#xa0;: gnome-keyring (paquet Debian «&#xa0;gnome-keyring&#xa0;») ou KWallet, dans une session de bureau avec D-Bus. Les exécutions sans surveillance peuvent plutôt nommer des variables d&apos;environnement sous «&#xa0;secretEnvironment&#xa0;» dans le plan.</translation>
    </message>
    <message>
        <source>Cannot use the keychain entry &quot;%1&quot;: the purpose must be a lower-case identifier and the host must not be empty or hold control characters.</source>
        <translation>Impossible d&apos;utiliser l&apos;entrée de trousseau «&#xa0;%1&#xa0;»&#xa0;: l&apos;usage doit être un identifiant en minuscules et l&apos;hôte ne doit être ni vide ni contenir de caractères de contrôle.</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: a secret of fewer than %n characters could not be kept out of the logs.</source>
        <translation>
            <numerusform>Non enregistré&#xa0;: un secret de moins de %n caractère ne peut pas être masqué dans les journaux.</numerusform>
            <numerusform>Non enregistré&#xa0;: un secret de moins de %n caractères ne peut pas être masqué dans les journaux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Internal error: the keychain was used from two threads.</source>
        <translation>Erreur interne&#xa0;: le trousseau a été utilisé depuis deux threads.</translation>
    </message>
    <message>
        <source>No saved secret for this host and purpose.</source>
        <translation>Aucun secret enregistré pour cet hôte et cet usage.</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>le trousseau est verrouillé ou a refusé l&apos;accès</translation>
    </message>
    <message>
        <source>no keychain service found</source>
        <translation>aucun service de trousseau trouvé</translation>
    </message>
    <message>
        <source>The keychain refused the operation.</source>
        <translation>Le trousseau a refusé l&apos;opération.</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>le trousseau n&apos;a pas répondu en %n seconde</numerusform>
            <numerusform>le trousseau n&apos;a pas répondu en %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential store closed before the operation ended.</source>
        <translation>Le magasin d&apos;identifiants s&apos;est fermé avant la fin de l&apos;opération.</translation>
    </message>
    <message>
        <source>no Secret Service on the D-Bus session bus</source>
        <translation>pas de Secret Service sur le bus de session D-Bus</translation>
    </message>
    <message>
        <source>no D-Bus session</source>
        <translation>pas de session D-Bus</translation>
    </message>
    <message>
        <source>no default keyring to save into, or it is locked</source>
        <translation>aucun trousseau par défaut où enregistrer, ou il est verrouillé</translation>
    </message>
    <message>
        <source>the keychain is locked</source>
        <translation>le trousseau est verrouillé</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>le trousseau a signalé une erreur</translation>
    </message>
</context>
<context>
    <name>puw::Database</name>
    <message>
        <source>Counting the rows of %1</source>
        <translation>Comptage des lignes de %1</translation>
    </message>
    <message>
        <source>Reading the size of %1</source>
        <translation>Lecture de la taille de %1</translation>
    </message>
    <message>
        <source>The query on %1</source>
        <translation>La requête sur %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 failed with exit code %2.</source>
        <translation>%1 a échoué avec le code de sortie %2.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 a échoué (code de sortie %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>The recipe has no query for the migration head.</source>
        <translation>La recette n&apos;a pas de requête pour la tête de migration.</translation>
    </message>
    <message>
        <source>Verifying the dump %1</source>
        <translation>Vérification du dump %1</translation>
    </message>
    <message>
        <source>Refusing to drop and create the database &quot;%1&quot; on the old host.</source>
        <translation>Refus de supprimer et recréer la base de données «&#xa0;%1&#xa0;» sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>Creating the database &quot;%1&quot;</source>
        <translation>Création de la base de données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Refusing to restore into the database &quot;%1&quot; on the old host.</source>
        <translation>Refus de restaurer dans la base de données «&#xa0;%1&#xa0;» sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>Restoring %1 into &quot;%2&quot; (stopped at the first error)</source>
        <translation>Restauration de %1 dans «&#xa0;%2&#xa0;» (arrêt à la première erreur)</translation>
    </message>
    <message>
        <source>A fix after the restore</source>
        <translation>Une correction après la restauration</translation>
    </message>
    <message>
        <source>pg_dump %1 cannot dump a PostgreSQL %2 server: install the PostgreSQL %3 client programs (pg_dump must be at least the server&apos;s major version).</source>
        <translation>pg_dump %1 ne peut pas sauvegarder un serveur PostgreSQL %2&#xa0;: installez les programmes clients de PostgreSQL %3 (pg_dump doit être au moins de la version majeure du serveur).</translation>
    </message>
    <message>
        <source>MariaDB&apos;s mysqldump dumps MySQL %1; the restore may need the &quot;mysql8-collations&quot; fix.</source>
        <translation>Le mysqldump de MariaDB sauvegarde MySQL %1&#xa0;; la restauration peut nécessiter la correction «&#xa0;mysql8-collations&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the row count line &quot;%1&quot;.</source>
        <translation>Impossible de lire la ligne de comptage «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The row counts ended early: the end marker is missing.</source>
        <translation>Les comptages de lignes se sont arrêtés trop tôt&#xa0;: le marqueur de fin manque.</translation>
    </message>
    <message>
        <source>Expected a number, got &quot;%1&quot;.</source>
        <translation>Nombre attendu, reçu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The recipe&apos;s database section uses the unknown placeholder &quot;%1&quot;.</source>
        <translation>La section base de données de la recette utilise l&apos;espace réservé inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The recipe names no database.</source>
        <translation>La recette ne nomme aucune base de données.</translation>
    </message>
    <message>
        <source>The database charset &quot;%1&quot; is not a plain name.</source>
        <translation>Le jeu de caractères «&#xa0;%1&#xa0;» de la base n&apos;est pas un nom simple.</translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; is not absolute.</source>
        <translation>Le chemin du dump «&#xa0;%1&#xa0;» n&apos;est pas absolu.</translation>
    </message>
    <message>
        <source>The dump path &quot;%1&quot; names a folder, not a file.</source>
        <translation>Le chemin du dump «&#xa0;%1&#xa0;» désigne un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>The dump path contains a control character.</source>
        <translation>Le chemin du dump contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a partial dump: it was never verified complete and cannot be restored.</source>
        <translation>«&#xa0;%1&#xa0;» est un dump partiel&#xa0;: il n&apos;a jamais été vérifié complet et ne peut pas être restauré.</translation>
    </message>
    <message>
        <source>Asking the MySQL server&apos;s version</source>
        <translation>Demande de la version du serveur MySQL</translation>
    </message>
    <message>
        <source>Cannot read the server version &quot;%1&quot;.</source>
        <translation>Impossible de lire la version du serveur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Asking mysqldump&apos;s version</source>
        <translation>Demande de la version de mysqldump</translation>
    </message>
    <message>
        <source>Cannot read mysqldump&apos;s version &quot;%1&quot;.</source>
        <translation>Impossible de lire la version de mysqldump «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Asking the PostgreSQL server&apos;s version</source>
        <translation>Demande de la version du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Asking pg_dump&apos;s version</source>
        <translation>Demande de la version de pg_dump</translation>
    </message>
    <message>
        <source>Cannot read pg_dump&apos;s version &quot;%1&quot;.</source>
        <translation>Impossible de lire la version de pg_dump «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The restore fix &quot;%1&quot; is not known for this database engine. Known fixes: %2.</source>
        <translation>La correction de restauration «&#xa0;%1&#xa0;» n&apos;est pas connue pour ce moteur de base de données. Corrections connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A streamed dump needs the SHA-256 the relay computed.</source>
        <translation>Un dump transféré en continu nécessite le SHA-256 calculé par le relais.</translation>
    </message>
    <message>
        <source>Restoring the indexes and constraints of %1 into &quot;%2&quot;</source>
        <translation>Restauration des index et contraintes de %1 dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Asking the database server who it is</source>
        <translation>Demande au serveur de base de données qui il est</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a way to reach the database; use one of %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un moyen d&apos;atteindre la base de données&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>server %1 (%2:%3)</source>
        <extracomment>%1 the server&apos;s identity (a number or a UUID), %2:%3 where it listens</extracomment>
        <translation>serveur %1 (%2:%3)</translation>
    </message>
    <message>
        <source>The server did not say which server it is (no identity line).</source>
        <translation>Le serveur n&apos;a pas dit quel serveur il est (aucune ligne d&apos;identité).</translation>
    </message>
    <message>
        <source>Listing the database roles</source>
        <translation>Liste des rôles de la base de données</translation>
    </message>
    <message>
        <source>The list of roles ended early: the end marker is missing.</source>
        <translation>La liste des rôles s&apos;est arrêtée trop tôt&#xa0;: le marqueur de fin manque.</translation>
    </message>
    <message>
        <source>Asking where the server keeps its data</source>
        <translation>Demande au serveur où il garde ses données</translation>
    </message>
    <message>
        <source>The server did not say where it keeps its data.</source>
        <translation>Le serveur n&apos;a pas dit où il garde ses données.</translation>
    </message>
    <message>
        <source>Asking %1&apos;s version</source>
        <translation>Demande de la version de %1</translation>
    </message>
    <message>
        <source>Cannot read %1&apos;s version &quot;%2&quot;.</source>
        <translation>Impossible de lire la version de %1 «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>old&apos;s counts are taken after the dump, and while old keeps taking writes the import may find counts that differ</source>
        <translation>les comptages de l’ancien sont faits après la sauvegarde, et tant que l’ancien reçoit des écritures l’import peut trouver des comptages différents</translation>
    </message>
    <message>
        <source>the dump login lacks the RELOAD privilege that FLUSH TABLES WITH READ LOCK needs (%1), so %2. Grant it (GRANT RELOAD ON *.* TO the dump login) to count in the dump&apos;s own snapshot</source>
        <extracomment>%1: the server&apos;s error, %2: what follows (old&apos;s counts are taken after the dump...)</extracomment>
        <translation>le compte de sauvegarde n’a pas le privilège RELOAD dont FLUSH TABLES WITH READ LOCK a besoin (%1), donc %2. Accordez-le (GRANT RELOAD ON *.* TO le compte de sauvegarde) pour compter dans l’instantané même de la sauvegarde</translation>
    </message>
    <message>
        <source>the global read lock was not granted within 1 s (%1), so %2</source>
        <translation>le verrou global en lecture n’a pas été accordé en 1 s (%1), donc %2</translation>
    </message>
    <message>
        <source>mysqldump did not open its transaction within 1 s of the global read lock, which was released so as not to hold the application&apos;s writes any longer, so %1</source>
        <translation>mysqldump n’a pas ouvert sa transaction dans la seconde qui a suivi le verrou global en lecture, qui a été relâché pour ne pas retenir plus longtemps les écritures de l’application, donc %1</translation>
    </message>
    <message>
        <source>counting in the dump&apos;s snapshot failed (%1), so %2</source>
        <translation>le comptage dans l’instantané de la sauvegarde a échoué (%1), donc %2</translation>
    </message>
    <message>
        <source>read every table and sequence</source>
        <translation>lire chaque table et chaque séquence</translation>
    </message>
    <message>
        <source>the dump reads all of them</source>
        <translation>la sauvegarde les lit toutes</translation>
    </message>
    <message>
        <source>the counts read all of them</source>
        <translation>les comptages les lisent toutes</translation>
    </message>
    <message>
        <source>act as the database&apos;s owner</source>
        <translation>agir en propriétaire de la base</translation>
    </message>
    <message>
        <source>the restore creates the owner&apos;s tables in the database step 4 makes</source>
        <translation>la restauration crée les tables du propriétaire dans la base que l&apos;étape 4 crée</translation>
    </message>
    <message>
        <source>steps 4 and 8 drop and create the database</source>
        <translation>les étapes 4 et 8 suppriment et créent la base</translation>
    </message>
    <message>
        <source>hand databases to the owner</source>
        <translation>confier des bases au propriétaire</translation>
    </message>
    <message>
        <source>the database is created owned by the application&apos;s role</source>
        <translation>la base est créée au nom du rôle de l&apos;application</translation>
    </message>
    <message>
        <source>ends sessions still connected before the drop</source>
        <translation>met fin aux sessions encore connectées avant la suppression</translation>
    </message>
    <message>
        <source>the dump reads every table</source>
        <translation>la sauvegarde lit chaque table</translation>
    </message>
    <message>
        <source>the dump reads the views&apos; definitions</source>
        <translation>la sauvegarde lit les définitions des vues</translation>
    </message>
    <message>
        <source>the dump reads the triggers</source>
        <translation>la sauvegarde lit les déclencheurs</translation>
    </message>
    <message>
        <source>the dump reads the events</source>
        <translation>la sauvegarde lit les événements</translation>
    </message>
    <message>
        <source>counts in the dump&apos;s own snapshot; without it they are taken after the dump</source>
        <translation>comptages dans l&apos;instantané même de la sauvegarde&#xa0;; sans lui, ils sont faits après la sauvegarde</translation>
    </message>
    <message>
        <source>the counts read every table</source>
        <translation>les comptages lisent chaque table</translation>
    </message>
    <message>
        <source>the restore runs the dump&apos;s statements</source>
        <translation>la restauration exécute les instructions de la sauvegarde</translation>
    </message>
    <message>
        <source>create routines with binary logging on</source>
        <translation>créer des routines avec la journalisation binaire active</translation>
    </message>
    <message>
        <source>only when the dump holds routines: SUPER, or the server&apos;s log_bin_trust_function_creators</source>
        <translation>seulement si la sauvegarde contient des routines&#xa0;: SUPER, ou log_bin_trust_function_creators du serveur</translation>
    </message>
    <message>
        <source>steps 4 and 8 create the database</source>
        <translation>les étapes 4 et 8 créent la base</translation>
    </message>
    <message>
        <source>steps 4 and 8 drop the database first</source>
        <translation>les étapes 4 et 8 suppriment d&apos;abord la base</translation>
    </message>
    <message>
        <source>Asking what the login may do</source>
        <translation>Demande de ce que la connexion peut faire</translation>
    </message>
    <message>
        <source>The server&apos;s answer about the login&apos;s privileges ended early.</source>
        <translation>La réponse du serveur sur les privilèges de la connexion s&apos;est arrêtée trop tôt.</translation>
    </message>
    <message>
        <source>The list of accounts ended early: the end marker is missing.</source>
        <translation>La liste des comptes s&apos;est arrêtée trop tôt&#xa0;: le marqueur de fin manque.</translation>
    </message>
    <message>
        <source>The roles&apos; definitions ended early: the end marker is missing.</source>
        <translation>Les définitions des rôles se sont arrêtées trop tôt&#xa0;: le marqueur de fin manque.</translation>
    </message>
    <message>
        <source>Old&apos;s database has no tables to replicate.</source>
        <translation>La base de données de l&apos;ancien n&apos;a aucune table à répliquer.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL has no free replication slot (max_replication_slots): raise it in postgresql.conf and restart, or drop a slot no one uses.</source>
        <translation>Le PostgreSQL de l&apos;ancien n&apos;a plus de slot de réplication libre (max_replication_slots)&#xa0;: augmentez-le dans postgresql.conf et redémarrez, ou supprimez un slot que personne n&apos;utilise.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL has no free WAL sender (max_wal_senders): raise it in postgresql.conf and restart.</source>
        <translation>Le PostgreSQL de l&apos;ancien n&apos;a plus d&apos;émetteur WAL libre (max_wal_senders)&#xa0;: augmentez-le dans postgresql.conf et redémarrez.</translation>
    </message>
    <message numerus="yes">
        <source>Old&apos;s database holds %n large object(s), which logical replication does not copy.</source>
        <translation>
            <numerusform>La base de données de l&apos;ancien contient %n grand objet (large object), que la réplication logique ne copie pas.</numerusform>
            <numerusform>La base de données de l&apos;ancien contient %n grands objets (large objects), que la réplication logique ne copie pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These tables have no primary key or replica identity, so their updates and deletes would not replicate: %1. Add a primary key, or run ALTER TABLE ... REPLICA IDENTITY FULL on old.</source>
        <translation>Ces tables n&apos;ont ni clé primaire ni identité de réplica, leurs mises à jour et suppressions ne seraient donc pas répliquées&#xa0;: %1. Ajoutez une clé primaire, ou exécutez ALTER TABLE ... REPLICA IDENTITY FULL sur l&apos;ancien.</translation>
    </message>
    <message>
        <source>Reading what old&apos;s PostgreSQL allows for replication stopped early.</source>
        <translation>La lecture de ce que le PostgreSQL de l&apos;ancien permet pour la réplication s&apos;est arrêtée trop tôt.</translation>
    </message>
    <message>
        <source>Reading the subscription&apos;s state on new stopped early.</source>
        <translation>La lecture de l&apos;état de l&apos;abonnement sur le nouveau s&apos;est arrêtée trop tôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a WAL position.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une position WAL.</translation>
    </message>
    <message>
        <source>Reading the replication slot on old stopped early.</source>
        <translation>La lecture du slot de réplication sur l&apos;ancien s&apos;est arrêtée trop tôt.</translation>
    </message>
    <message>
        <source>Old has no replication slot &quot;%1&quot;: the subscription on new was dropped, or never created.</source>
        <translation>L&apos;ancien n&apos;a pas de slot de réplication «&#xa0;%1&#xa0;»&#xa0;: l&apos;abonnement sur le nouveau a été supprimé, ou n&apos;a jamais été créé.</translation>
    </message>
    <message>
        <source>Old&apos;s sequence list holds a line that is not a setval: %1</source>
        <translation>La liste des séquences de l&apos;ancien contient une ligne qui n&apos;est pas un setval&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading old&apos;s sequences stopped early.</source>
        <translation>La lecture des séquences de l&apos;ancien s&apos;est arrêtée trop tôt.</translation>
    </message>
    <message>
        <source>(the check of what is left on old stopped early)</source>
        <translation>(la vérification de ce qui reste sur l&apos;ancien s&apos;est arrêtée trop tôt)</translation>
    </message>
</context>
<context>
    <name>puw::DeprovisionPage</name>
    <message>
        <source>What removing the old installation does</source>
        <translation>Ce que fait le retrait de l&apos;ancienne installation</translation>
    </message>
    <message>
        <source>Address of the old host, typed in full</source>
        <translation>Adresse de l&apos;ancien hôte, saisie en entier</translation>
    </message>
    <message>
        <source>old host&apos;s address</source>
        <translation>adresse de l&apos;ancien hôte</translation>
    </message>
    <message>
        <source>This stops and disables the old installation&apos;s services for good; the final backup and the configuration archive are kept. To confirm, type the old host&apos;s address (%1) in full:</source>
        <extracomment>%1: the old host&apos;s address, which the admin must type</extracomment>
        <translation>Cette étape arrête et désactive définitivement les services de l&apos;ancienne installation&#xa0;; la sauvegarde finale et l&apos;archive de configuration sont conservées. Pour confirmer, saisissez l&apos;adresse de l&apos;ancien hôte (%1) en entier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>puw::Downtime</name>
    <message>
        <source>stopping both installations</source>
        <translation>arrêt des deux installations</translation>
    </message>
    <message>
        <source>preparing the new database</source>
        <translation>préparation de la nouvelle base de données</translation>
    </message>
    <message>
        <source>streaming the backup</source>
        <translation>transfert de la sauvegarde</translation>
    </message>
    <message>
        <source>restoring the rows</source>
        <translation>restauration des lignes</translation>
    </message>
    <message>
        <source>indexes and constraints</source>
        <translation>index et contraintes</translation>
    </message>
    <message>
        <source>comparing with the old database</source>
        <translation>comparaison avec l&apos;ancienne base de données</translation>
    </message>
    <message>
        <source>watching that both stay stopped</source>
        <translation>vérification que les deux restent arrêtées</translation>
    </message>
    <message>
        <source>migrations</source>
        <translation>migrations</translation>
    </message>
    <message>
        <source>starting the new installation</source>
        <translation>démarrage de la nouvelle installation</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>vérifications</translation>
    </message>
    <message>
        <source>routing users to the new installation</source>
        <translation>orientation des utilisateurs vers la nouvelle installation</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <extracomment>one part of the downtime: %1 what (e.g. &quot;migrations&quot;), %2 seconds with one decimal</extracomment>
        <translation>%1 %2&#xa0;s</translation>
    </message>
    <message>
        <source>catching up with old&apos;s last changes</source>
        <translation>rattrapage des dernières modifications de l&apos;ancien</translation>
    </message>
</context>
<context>
    <name>puw::DowntimeClock</name>
    <message>
        <source>Downtime clock</source>
        <translation>Chronomètre de l&apos;interruption de service</translation>
    </message>
    <message>
        <source>Downtime was %1.</source>
        <extracomment>%1: how long users were cut off</extracomment>
        <translation>L&apos;interruption de service a duré %1.</translation>
    </message>
    <message>
        <source>Downtime: %1 so far</source>
        <extracomment>%1: how long users have been cut off so far</extracomment>
        <translation>Interruption de service&#xa0;: %1 jusqu&apos;ici</translation>
    </message>
    <message>
        <source>(predicted: %1)</source>
        <extracomment>%1: the downtime the rehearsal predicted</extracomment>
        <translation>(prévue&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Predicted: %1</source>
        <extracomment>tooltip of the downtime clock; %1: the predicted parts, e.g. &quot;migrations 1.2 s, checks 0.3 s&quot;</extracomment>
        <translation>Prévue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <extracomment>tooltip of the downtime clock; %1: the measured parts, e.g. &quot;migrations 1.2 s, checks 0.3 s&quot;</extracomment>
        <translation>Mesurée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>puw::Export</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Fix: an inventory of plans is a JSON object {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, each path absolute or relative to the inventory&apos;s folder, each plan once.</source>
        <translation>Correction&#xa0;: un inventaire de plans est un objet JSON {&quot;plans&quot;: [&quot;a.json&quot;, &quot;b.json&quot;]}, chaque chemin absolu ou relatif au dossier de l&apos;inventaire, chaque plan une seule fois.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <extracomment>%1 the system&apos;s reason</extracomment>
        <translation>ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>is not JSON: %1 at character %2.</source>
        <translation>n&apos;est pas du JSON&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>is not a JSON object.</source>
        <translation>n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>is not a field of an inventory of plans.</source>
        <translation>n&apos;est pas un champ d&apos;un inventaire de plans.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>must be a list of plan files.</source>
        <translation>doit être une liste de fichiers de plan.</translation>
    </message>
    <message>
        <source>lists no plan.</source>
        <translation>ne liste aucun plan.</translation>
    </message>
    <message>
        <source>must be the path of a plan file.</source>
        <translation>doit être le chemin d&apos;un fichier de plan.</translation>
    </message>
    <message>
        <source>names %1 a second time.</source>
        <extracomment>%1 the path, as the inventory gives it</extracomment>
        <translation>nomme %1 une deuxième fois.</translation>
    </message>
    <message>
        <source>names %1, which --plan already gives.</source>
        <extracomment>%1 a plan file&apos;s path</extracomment>
        <translation>nomme %1, que --plan donne déjà.</translation>
    </message>
    <message>
        <source>Run the playbook again with its output in the json format: ANSIBLE_STDOUT_CALLBACK=json ansible-playbook ... &gt; LOG</source>
        <translation>Relancez le playbook avec sa sortie au format json&#xa0;: ANSIBLE_STDOUT_CALLBACK=json ansible-playbook ... &gt; LOG</translation>
    </message>
    <message>
        <source>Cannot read the Ansible log %1: %2. Give the file ansible-playbook&apos;s output was written to.</source>
        <extracomment>%1 a file&apos;s path, %2 the system&apos;s reason</extracomment>
        <translation>Impossible de lire le journal Ansible %1&#xa0;: %2. Donnez le fichier dans lequel la sortie d&apos;ansible-playbook a été écrite.</translation>
    </message>
    <message>
        <source>The Ansible log %1 is empty. %2</source>
        <translation>Le journal Ansible %1 est vide. %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 is not JSON (ansible-playbook wrote it with another output callback, such as the default one). %2</source>
        <extracomment>%1 the log&apos;s path, %2 how to get a JSON log</extracomment>
        <translation>Le journal Ansible %1 n&apos;est pas du JSON (ansible-playbook l&apos;a écrit avec une autre fonction de sortie, comme celle par défaut). %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 is not complete JSON (%2 at byte %3): the run was cut short or the file was cut. %4</source>
        <extracomment>%1 the log&apos;s path, %2 the JSON parser&apos;s reason, %3 its position, %4 how to get a JSON log</extracomment>
        <translation>Le journal Ansible %1 n&apos;est pas un JSON complet (%2 à l&apos;octet %3)&#xa0;: l&apos;exécution a été interrompue ou le fichier coupé. %4</translation>
    </message>
    <message>
        <source>The Ansible log %1 is JSON, but not the json callback&apos;s output (it has no &quot;plays&quot;). %2</source>
        <extracomment>%1 the log&apos;s path, %2 how to get a JSON log; &quot;plays&quot; is a JSON key, not translated</extracomment>
        <translation>Le journal Ansible %1 est du JSON, mais pas la sortie de la fonction json (il n&apos;a pas de «&#xa0;plays&#xa0;»). %2</translation>
    </message>
    <message>
        <source>The Ansible log %1 holds no task result: the playbook ran no task (check the inventory&apos;s group puw_installations and the --limit given).</source>
        <extracomment>%1 the log&apos;s path</extracomment>
        <translation>Le journal Ansible %1 ne contient aucun résultat de tâche&#xa0;: le playbook n&apos;a exécuté aucune tâche (vérifiez le groupe puw_installations de l&apos;inventaire et le --limit donné).</translation>
    </message>
    <message>
        <source>the task&apos;s output is hidden (no_log)</source>
        <translation>la sortie de la tâche est masquée (no_log)</translation>
    </message>
    <message>
        <source>%1 (exit %2)</source>
        <extracomment>%1 why a task failed, %2 the command&apos;s exit code</extracomment>
        <translation>%1 (code de sortie %2)</translation>
    </message>
    <message>
        <source>(output not kept: this command was given a standard input, where the export passes secrets)</source>
        <translation>(sortie non conservée&#xa0;: cette commande a reçu une entrée standard, par laquelle l&apos;export passe les secrets)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Step %1: the task &quot;%2&quot; was skipped (%3).</source>
        <extracomment>%1 a step&apos;s number, %2 a task&apos;s name, %3 Ansible&apos;s reason, e.g. &quot;Conditional result was False&quot;</extracomment>
        <translation>Étape %1&#xa0;: la tâche «&#xa0;%2&#xa0;» a été sautée (%3).</translation>
    </message>
    <message>
        <source>The rollback failed: task &quot;%1&quot;: %2</source>
        <extracomment>%1 the failed task&apos;s name, %2 why it failed</extracomment>
        <translation>Le retour arrière a échoué&#xa0;: tâche «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rollback (rollback.yml) put the old installation back into service at %1 UTC.</source>
        <translation>Le retour arrière (rollback.yml) a remis l&apos;ancienne installation en service à %1 UTC.</translation>
    </message>
    <message>
        <source>Every task of this step was skipped by the Ansible run.</source>
        <translation>Chaque tâche de cette étape a été sautée par l&apos;exécution Ansible.</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Task &quot;%1&quot; failed: %2</source>
        <extracomment>%1 the failed task&apos;s name, %2 why it failed</extracomment>
        <translation>La tâche «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Run by Ansible: %n task(s), %1 skipped.</source>
        <extracomment>a step&apos;s summary after an Ansible run: %n tasks ran, %1 of them were skipped</extracomment>
        <translation>
            <numerusform>Exécuté par Ansible&#xa0;: %n tâche, %1 sautée(s).</numerusform>
            <numerusform>Exécuté par Ansible&#xa0;: %n tâches, %1 sautée(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Row counts and checksums: printed by the count tasks of the Ansible run and read back by parallel-upgrade; the Ansible run did not compare them.</source>
        <translation>Comptages et sommes de contrôle&#xa0;: affichés par les tâches de comptage de l&apos;exécution Ansible et relus par parallel-upgrade&#xa0;; l&apos;exécution Ansible ne les a pas comparés.</translation>
    </message>
    <message>
        <source>acknowledged by the operator (%1).</source>
        <extracomment>%1 the variable the operator set, e.g. puw_ack_row_counts (not translated)</extracomment>
        <translation>reconnu par l&apos;opérateur (%1).</translation>
    </message>
    <message>
        <source>Counts and checksums: not compared by the Ansible run; %1</source>
        <translation>Comptages et sommes de contrôle&#xa0;: non comparés par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message>
        <source>The merge of the customised configuration: not done by the Ansible run; %1</source>
        <translation>La fusion de la configuration personnalisée&#xa0;: non faite par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message>
        <source>The check that the new database server is not the old host&apos;s: not made by the Ansible run; %1</source>
        <translation>La vérification que le nouveau serveur de base de données n&apos;est pas celui de l&apos;ancien hôte&#xa0;: non faite par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message>
        <source>The database check (the migration head on the new host): not made by the Ansible run; %1</source>
        <translation>La vérification de la base (la tête de migration sur le nouvel hôte)&#xa0;: non faite par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message>
        <source>The DNS switch: not done by the Ansible run; %1</source>
        <translation>La bascule DNS&#xa0;: non faite par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message>
        <source>A part of this step the export does not cover was not done by the Ansible run; acknowledged by the operator.</source>
        <translation>Une partie de cette étape que l&apos;export ne couvre pas n&apos;a pas été faite par l&apos;exécution Ansible&#xa0;; reconnu par l&apos;opérateur.</translation>
    </message>
    <message>
        <source>A part the export does not cover: not done by the Ansible run; %1</source>
        <translation>Une partie que l&apos;export ne couvre pas&#xa0;: non faite par l&apos;exécution Ansible&#xa0;; %1</translation>
    </message>
    <message numerus="yes">
        <source>Ansible project of %n installation(s) written to %1; its README.md says how to run it and where the secrets come from.</source>
        <extracomment>%1 the folder the export was written to, %n the number of installations in it</extracomment>
        <translation>
            <numerusform>Projet Ansible de %n installation écrit dans %1&#xa0;; son README.md dit comment l&apos;exécuter et d&apos;où viennent les secrets.</numerusform>
            <numerusform>Projet Ansible de %n installations écrit dans %1&#xa0;; son README.md dit comment l&apos;exécuter et d&apos;où viennent les secrets.</numerusform>
        </translation>
    </message>
    <message>
        <source>--report %1: the format follows the file name, which must end in .md, .html or .pdf.</source>
        <extracomment>%1 the file given after --report</extracomment>
        <translation>--report %1&#xa0;: le format suit le nom du fichier, qui doit finir par .md, .html ou .pdf.</translation>
    </message>
    <message>
        <source>The plan %1 is the installation %2, which the logs do not name: the sessions are written without the plan.</source>
        <extracomment>%1 a plan file, %2 the installation&apos;s name in the export&apos;s inventory</extracomment>
        <translation>Le plan %1 est l&apos;installation %2, que les journaux ne nomment pas&#xa0;: les sessions sont écrites sans le plan.</translation>
    </message>
    <message>
        <source>[%1] no task of the export&apos;s steps (named &quot;[4 import-backup] ...&quot;): nothing to journal.</source>
        <extracomment>%1 an installation (a host of the play); &quot;[4 import-backup]&quot; shows the tags meant</extracomment>
        <translation>[%1] aucune tâche des étapes de l&apos;export (nommées «&#xa0;[4 import-backup] ...&#xa0;»)&#xa0;: rien à journaliser.</translation>
    </message>
    <message>
        <source>[%1] %2 step(s) done, %3 failed; journal in %4, report %5</source>
        <extracomment>%1 an installation, %2 and %3 numbers of steps, %4 the session folder, %5 the report file</extracomment>
        <translation>[%1] %2 étape(s) faite(s), %3 en échec&#xa0;; journal dans %4, rapport %5</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>non écrit</translation>
    </message>
    <message>
        <source>says old and new share one database: the Ansible export writes the separate-database procedure (import, downtime) only.</source>
        <translation>indique que l&apos;ancien et le nouveau partagent une base de données&#xa0;: l&apos;export Ansible n&apos;écrit que la procédure à bases séparées (import, interruption de service).</translation>
    </message>
    <message>
        <source>Run this plan with the wizard or with --headless, which leave out the import and the stop and can move users in canary stages.</source>
        <translation>Exécutez ce plan avec l&apos;assistant ou avec --headless, qui omettent l&apos;import et l&apos;arrêt et peuvent déplacer les utilisateurs par paliers de canari.</translation>
    </message>
</context>
<context>
    <name>puw::FileTransfer</name>
    <message>
        <source>Unexpected answer from the remote host while downloading to %1.</source>
        <translation>Réponse inattendue de l&apos;hôte distant pendant le téléchargement vers %1.</translation>
    </message>
    <message>
        <source>The download to %1 ended after %2 of %3 bytes.</source>
        <translation>Le téléchargement vers %1 s&apos;est arrêté après %2 octets sur %3.</translation>
    </message>
    <message>
        <source>Cannot upload %1: %2</source>
        <translation>Impossible d&apos;envoyer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>Cannot upload %1: the host is gone.</source>
        <translation>Impossible d&apos;envoyer %1&#xa0;: l&apos;hôte n&apos;est plus là.</translation>
    </message>
    <message>
        <source>Cannot download %1: the host is gone.</source>
        <translation>Impossible de télécharger %1&#xa0;: l&apos;hôte n&apos;est plus là.</translation>
    </message>
    <message>
        <source>Cannot upload %1 to %2: %3</source>
        <translation>Impossible d&apos;envoyer %1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot download %1 to %2: %3</source>
        <translation>Impossible de télécharger %1 vers %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>puw::GuiSecrets</name>
    <message>
        <source>SSH password</source>
        <translation>mot de passe SSH</translation>
    </message>
    <message>
        <source>passphrase of the SSH key</source>
        <translation>phrase secrète de la clé SSH</translation>
    </message>
    <message>
        <source>sudo password</source>
        <translation>mot de passe sudo</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Passphrase of the key %1, to log in to %2:</source>
        <translation>Phrase secrète de la clé %1, pour se connecter à %2&#xa0;:</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <extracomment>%1: what the secret is for (e.g. &quot;sudo password&quot;), %2: the host</extracomment>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>Enter the %1 for %2@%3:</source>
        <translation>Saisissez le %1 pour %2@%3&#xa0;:</translation>
    </message>
</context>
<context>
    <name>puw::Headless</name>
    <message>
        <source>Resuming the session of %1.</source>
        <translation>Reprise de la session de %1.</translation>
    </message>
    <message>
        <source>Rolling back: the old installation goes back into service.</source>
        <translation>Retour arrière&#xa0;: l&apos;ancienne installation est remise en service.</translation>
    </message>
    <message>
        <source>%1 %2 changes the old installation: run again with --assume-yes to confirm.</source>
        <translation>%1 %2 modifie l&apos;ancienne installation&#xa0;: relancez avec --assume-yes pour confirmer.</translation>
    </message>
    <message>
        <source>%1 %2: started</source>
        <translation>%1 %2&#xa0;: démarrée</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>[rollback] %1: %2</source>
        <extracomment>headless output; &quot;[rollback]&quot; is a fixed tag, %1 the rollback&apos;s state (Done, Failed), %2 what it did</extracomment>
        <translation>[rollback] %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <extracomment>headless output: %1 the step tag, e.g. &quot;[4 import-backup]&quot;, %2 its end state, %3 its summary</extracomment>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Interrupted: a rollback is not stopped halfway, it runs to its end. A second Ctrl-C ends the program at once.</source>
        <translation>Interrompu : un retour arrière ne s&apos;arrête pas en chemin, il va jusqu&apos;au bout. Un second Ctrl-C arrête le programme aussitôt.</translation>
    </message>
    <message>
        <source>%1 Cancelling the running step (a second Ctrl-C ends the program at once).</source>
        <translation>%1 Annulation de l&apos;étape en cours (un second Ctrl-C arrête le programme aussitôt).</translation>
    </message>
    <message>
        <source>Cancelled. Run the same command again to resume: the step runs again.</source>
        <translation>Annulé. Relancez la même commande pour reprendre : l&apos;étape sera exécutée à nouveau.</translation>
    </message>
    <message>
        <source>No backup of this plan&apos;s session is left on the hosts.</source>
        <translation>Aucune sauvegarde de la session de ce plan ne reste sur les hôtes.</translation>
    </message>
    <message>
        <source>[remove-backups] %1</source>
        <extracomment>headless output: a dump on a host, &quot;new:/var/tmp/parallel-upgrade/demo-final-....dump&quot;</extracomment>
        <translation>[remove-backups] %1</translation>
    </message>
    <message>
        <source>These dumps hold the application&apos;s data and cannot be brought back once removed: run again with --assume-yes to remove them.</source>
        <translation>Ces sauvegardes contiennent les données de l’application et ne peuvent être récupérées une fois supprimées&#xa0;: relancez avec --assume-yes pour les supprimer.</translation>
    </message>
    <message>
        <source>[remove-backups] %1: %2</source>
        <extracomment>headless output; &quot;[remove-backups]&quot; is a fixed tag, %1 the state (Done, Failed), %2 what was removed</extracomment>
        <translation>[remove-backups] %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opening the preview writes a server block on the proxy (%1) and reloads its nginx, which serves your users: run again with --assume-yes to open it.</source>
        <extracomment>headless output; %1 the proxy&apos;s address</extracomment>
        <translation>L&apos;ouverture de l&apos;aperçu écrit un bloc server sur le proxy (%1) et recharge son nginx, qui sert vos utilisateurs&#xa0;: relancez avec --assume-yes pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>[preview] %1: %2</source>
        <extracomment>headless output; &quot;[preview]&quot; is a fixed tag, %1 the state (Done, Failed), %2 what happened</extracomment>
        <translation>[preview] %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Interrupted: opening or closing the preview runs to its end (seconds), so that the proxy is not left half-changed.</source>
        <translation>Interrompu&#xa0;: l&apos;ouverture ou la fermeture de l&apos;aperçu va jusqu&apos;au bout (quelques secondes), pour que le proxy ne reste pas à moitié modifié.</translation>
    </message>
</context>
<context>
    <name>puw::HostBackupsPanel</name>
    <message>
        <source>&amp;Remove backups from the hosts…</source>
        <translation>&amp;Supprimer les sauvegardes des hôtes…</translation>
    </message>
    <message>
        <source>Backups left on the hosts</source>
        <translation>Sauvegardes laissées sur les hôtes</translation>
    </message>
    <message>
        <source>Remove the backups from the hosts</source>
        <translation>Supprimer les sauvegardes des hôtes</translation>
    </message>
    <message>
        <source>Deletes the dumps listed here from the hosts, after you confirm. Keep them until you are sure the new installation works.</source>
        <translation>Efface des hôtes les sauvegardes listées ici, après votre confirmation. Gardez-les tant que vous n’êtes pas sûr que la nouvelle installation fonctionne.</translation>
    </message>
    <message>
        <source>What the removal did</source>
        <translation>Ce que la suppression a fait</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a dump on a host and its size, e.g. &quot;new:/var/tmp/…/demo-final.dump (12 MiB)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backup of this session is left on the hosts.</source>
        <translation>Aucune sauvegarde de cette session ne reste sur les hôtes.</translation>
    </message>
    <message numerus="yes">
        <source>%n dump(s) of this session are still on the hosts (%1): they hold the application&apos;s data.
%2</source>
        <extracomment>%n the number of dumps, %1 their total size, %2 one dump per line</extracomment>
        <translation>
            <numerusform>%n sauvegarde de cette session est encore sur les hôtes (%1)&#xa0;: elle contient les données de l’application.
%2</numerusform>
            <numerusform>%n sauvegardes de cette session sont encore sur les hôtes (%1)&#xa0;: elles contiennent les données de l’application.
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::HostEditor</name>
    <message>
        <source>host name, IP address or ssh alias</source>
        <translation>nom d&apos;hôte, adresse IP ou alias ssh</translation>
    </message>
    <message>
        <source>%1: address</source>
        <translation>%1&#xa0;: adresse</translation>
    </message>
    <message>
        <source>22, or from ~/.ssh/config</source>
        <translation>22, ou d&apos;après ~/.ssh/config</translation>
    </message>
    <message>
        <source>%1: port</source>
        <translation>%1&#xa0;: port</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your login</source>
        <translation>d&apos;après ~/.ssh/config, sinon votre identifiant</translation>
    </message>
    <message>
        <source>%1: user</source>
        <translation>%1&#xa0;: utilisateur</translation>
    </message>
    <message>
        <source>optional: the agent and your default keys are tried</source>
        <translation>facultatif&#xa0;: l&apos;agent et vos clés par défaut sont essayés</translation>
    </message>
    <message>
        <source>%1: identity file</source>
        <translation>%1&#xa0;: fichier d&apos;identité</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>%1: choose the identity file</source>
        <translation>%1&#xa0;: choisir le fichier d&apos;identité</translation>
    </message>
    <message>
        <source>%1: pick from ~/.ssh/config</source>
        <translation>%1&#xa0;: choisir dans ~/.ssh/config</translation>
    </message>
    <message>
        <source>%1: test the connection</source>
        <translation>%1&#xa0;: tester la connexion</translation>
    </message>
    <message>
        <source>%1: result of the connection test</source>
        <translation>%1&#xa0;: résultat du test de connexion</translation>
    </message>
    <message>
        <source>From ~/.ssh/&amp;config:</source>
        <translation>Depuis ~/.ssh/con&amp;fig&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Identity file:</source>
        <translation>Fichier d&apos;&amp;identité&#xa0;:</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>Fichier d&apos;identité</translation>
    </message>
    <message>
        <source>no hosts found in ~/.ssh/config</source>
        <translation>aucun hôte trouvé dans ~/.ssh/config</translation>
    </message>
    <message>
        <source>choose a host…</source>
        <translation>choisir un hôte…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>Give an address and a port from 1 to 65535 (or none) before testing.</source>
        <translation>Indiquez une adresse et un port de 1 à 65535 (ou aucun) avant de tester.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1: the host being tested</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
</context>
<context>
    <name>puw::HostKeyPanel</name>
    <message>
        <source>Key recorded in known_hosts</source>
        <translation>Clé enregistrée dans known_hosts</translation>
    </message>
    <message>
        <source>Key the server offers now</source>
        <translation>Clé que le serveur présente maintenant</translation>
    </message>
    <message>
        <source>What to do about the changed key</source>
        <translation>Que faire de la clé modifiée</translation>
    </message>
    <message>
        <source>Command that removes the recorded key</source>
        <translation>Commande qui supprime la clé enregistrée</translation>
    </message>
    <message>
        <source>&amp;Copy the command</source>
        <translation>Co&amp;pier la commande</translation>
    </message>
    <message>
        <source>Changed host key</source>
        <translation>Clé d&apos;hôte modifiée</translation>
    </message>
    <message>
        <source>Copy the command that removes the recorded key</source>
        <translation>Copier la commande qui supprime la clé enregistrée</translation>
    </message>
    <message>
        <source>Recorded:</source>
        <translation>Enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Offered now:</source>
        <translation>Présentée maintenant&#xa0;:</translation>
    </message>
    <message>
        <source>The host key of %1 has changed since it was recorded. The connection was refused and nothing was saved.</source>
        <extracomment>%1: the host as written in known_hosts, e.g. [10.0.0.5]:2222</extracomment>
        <translation>La clé d&apos;hôte de %1 a changé depuis qu&apos;elle a été enregistrée. La connexion a été refusée et rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 %2 (in %3)</source>
        <extracomment>%1: key type, %2: SHA256 fingerprint, %3: known_hosts file and line</extracomment>
        <translation>%1 %2 (dans %3)</translation>
    </message>
    <message>
        <source>This happens when the host was reinstalled or its keys were replaced, but it is also what an attacker between you and the host would cause. Ask the host&apos;s administrator, by telephone or in person, for the fingerprint of its key (&quot;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&quot; on its console). Only if it is the one offered now, remove the recorded key with the command below and test the connection again; you will then be asked to accept the new key.</source>
        <translation>Cela arrive quand l&apos;hôte a été réinstallé ou que ses clés ont été remplacées, mais c&apos;est aussi ce que provoquerait un attaquant placé entre vous et l&apos;hôte. Demandez à l&apos;administrateur de l&apos;hôte, par téléphone ou en personne, l&apos;empreinte de sa clé («&#xa0;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&#xa0;» sur sa console). Seulement si c&apos;est celle présentée maintenant, supprimez la clé enregistrée avec la commande ci-dessous et testez de nouveau la connexion&#xa0;; il vous sera alors demandé d&apos;accepter la nouvelle clé.</translation>
    </message>
</context>
<context>
    <name>puw::HostShell</name>
    <message>
        <source>succeeded</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>code de sortie %1</translation>
    </message>
    <message>
        <source>exit code %1: %2</source>
        <translation>code de sortie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>sudo is not available on the local shell.</source>
        <translation>sudo n&apos;est pas disponible dans le shell local.</translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation>délai dépassé après %1 s</translation>
    </message>
    <message>
        <source>killed by a signal</source>
        <translation>tuée par un signal</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password and none was given. Enter it when asked, store it in the keychain, or name an environment variable for &quot;sudo-password&quot; in the plan.</source>
        <translation>sudo sur %1 demande un mot de passe et aucun n&apos;a été fourni. Saisissez-le quand il est demandé, enregistrez-le dans le trousseau ou nommez une variable d&apos;environnement pour «&#xa0;sudo-password&#xa0;» dans le plan.</translation>
    </message>
    <message>
        <source>sudo on %1 refused the password (%2). Check the sudo password for this host; it may differ from the login password.</source>
        <translation>sudo sur %1 a refusé le mot de passe (%2). Vérifiez le mot de passe sudo de cet hôte&#xa0;; il peut différer du mot de passe de connexion.</translation>
    </message>
    <message>
        <source>The connection to %1 is closed.</source>
        <translation>La connexion à %1 est fermée.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>tuée par le signal %1</translation>
    </message>
    <message>
        <source>the command printed more than %1 MiB, far more than an answer may be: it was stopped</source>
        <extracomment>%1 a size in MiB</extracomment>
        <translation>la commande a affiché plus de %1 Mio, bien plus qu&apos;une réponse ne peut l&apos;être&#xa0;: elle a été arrêtée</translation>
    </message>
    <message>
        <source>the command on %1 made no progress for %2 s (it printed nothing) and was stopped</source>
        <extracomment>%1 a host (&quot;new&quot;), %2 seconds</extracomment>
        <translation>la commande sur %1 n&apos;a pas progressé pendant %2 s (elle n&apos;a rien affiché) et a été arrêtée</translation>
    </message>
    <message>
        <source>%1; the last line it printed: &quot;%2&quot;</source>
        <extracomment>%1 the sentence above, %2 the last line the command printed</extracomment>
        <translation>%1 ; la dernière ligne qu&apos;elle a affichée : « %2 »</translation>
    </message>
</context>
<context>
    <name>puw::ImportPage</name>
    <message>
        <source>How replication keeps new in step with old</source>
        <translation>Comment la réplication maintient le nouveau à jour avec l&apos;ancien</translation>
    </message>
    <message>
        <source>Replication state</source>
        <translation>État de la réplication</translation>
    </message>
    <message>
        <source>What restarting old&apos;s PostgreSQL means</source>
        <translation>Ce qu&apos;implique le redémarrage du PostgreSQL de l&apos;ancien</translation>
    </message>
    <message>
        <source>Address of the old host, typed to allow restarting its PostgreSQL</source>
        <translation>Adresse de l&apos;ancien hôte, saisie pour autoriser le redémarrage de son PostgreSQL</translation>
    </message>
    <message>
        <source>old host&apos;s address (only if its wal_level must change)</source>
        <translation>adresse de l&apos;ancien hôte (seulement si son wal_level doit changer)</translation>
    </message>
    <message>
        <source>Replication did not start: %1 Step 8 will dump and restore the whole database.</source>
        <translation>La réplication n&apos;a pas démarré&#xa0;: %1 L&apos;étape 8 fera un dump et une restauration de toute la base de données.</translation>
    </message>
    <message>
        <source>Replication has not started yet: it starts when this step&apos;s import is done.</source>
        <translation>La réplication n&apos;a pas encore démarré&#xa0;: elle démarre quand l&apos;import de cette étape est terminé.</translation>
    </message>
    <message>
        <source>New&apos;s %1 follows old: %2 bytes behind when last read (%3). Steps 5 and 6 read it again.</source>
        <extracomment>%1 the database on new, %2 bytes of WAL, %3 when it was read</extracomment>
        <translation>%1 sur le nouveau suit l&apos;ancien&#xa0;: %2 octets de retard à la dernière lecture (%3). Les étapes 5 et 6 relisent ce retard.</translation>
    </message>
    <message>
        <source>The plan keeps new in step with old by replication, so that the downtime only waits for the last changes instead of a whole dump and restore. The import below is the rehearsal&apos;s copy, on which steps 5 and 6 start and check the new version with its migrations. Beside it, a second database on new receives old&apos;s data and then every change old makes; the new version&apos;s migrations never touch it while it replicates. At cutover it replaces the rehearsal&apos;s copy, and the migrations run on it then. It needs disk for a second copy on new, and on old a replication role, a publication and a slot, which the cutover or a rollback removes.</source>
        <translation>Le plan maintient le nouveau à jour avec l&apos;ancien par réplication, afin que l&apos;interruption de service n&apos;attende que les dernières modifications au lieu d&apos;un dump et d&apos;une restauration complets. L&apos;import ci-dessous est la copie de la répétition, sur laquelle les étapes 5 et 6 démarrent et vérifient la nouvelle version avec ses migrations. À côté, une seconde base de données sur le nouveau reçoit les données de l&apos;ancien, puis chaque modification qu&apos;il fait&#xa0;; les migrations de la nouvelle version n&apos;y touchent jamais pendant la réplication. Lors de la bascule, elle remplace la copie de la répétition, et les migrations s&apos;y exécutent alors. Il faut de la place disque pour une seconde copie sur le nouveau et, sur l&apos;ancien, un rôle de réplication, une publication et un slot, que la bascule ou un retour arrière suppriment.</translation>
    </message>
    <message>
        <source>If old&apos;s PostgreSQL runs with wal_level below &quot;logical&quot;, replication needs it changed and old&apos;s PostgreSQL restarted: its database is unavailable for some seconds, and the step measures how long. Type the old host&apos;s address (%1) to allow it; without it the step keeps the dump as the mode and says so.</source>
        <extracomment>%1: the old host&apos;s address</extracomment>
        <translation>Si le PostgreSQL de l&apos;ancien tourne avec un wal_level inférieur à «&#xa0;logical&#xa0;», la réplication exige de le changer et de redémarrer le PostgreSQL de l&apos;ancien&#xa0;: sa base de données est indisponible quelques secondes, et l&apos;étape mesure combien de temps. Saisissez l&apos;adresse de l&apos;ancien hôte (%1) pour l&apos;autoriser&#xa0;; sans elle, l&apos;étape garde le dump comme mode et l&apos;indique.</translation>
    </message>
</context>
<context>
    <name>puw::InstallNewPage</name>
    <message>
        <source>Create the missing database roles on new as old defines them (attributes, memberships and, where old&apos;s admin login may read them, the same passwords); nothing changes on old</source>
        <translation>Créer sur le nouvel hôte les rôles de base de données manquants tels que l&apos;ancien les définit (attributs, appartenances et, là où la connexion d&apos;administration de l&apos;ancien peut les lire, les mêmes mots de passe)&#xa0;; rien ne change sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Create the missing database roles on new</source>
        <translation>Créer sur le nouvel hôte les rôles de base de données manquants</translation>
    </message>
</context>
<context>
    <name>puw::Jobs</name>
    <message>
        <source>The recipe&apos;s command uses {{%1}}, which has no value.</source>
        <translation>La commande de la recette utilise {{%1}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>(dry run: not executed)</source>
        <translation>(simulation&#xa0;: non exécutée)</translation>
    </message>
    <message>
        <source>The recipe&apos;s command for %1 uses {{%2}}, which has no value.</source>
        <translation>La commande de la recette pour %1 utilise {{%2}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The plan names no %1 host.</source>
        <translation>Le plan ne nomme aucun hôte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot reach the %1 host %2: %3</source>
        <translation>Impossible de joindre l&apos;hôte «&#xa0;%1&#xa0;» %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This step cannot run yet.</source>
        <translation>Cette étape ne peut pas encore s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1 is still running.</source>
        <translation>L&apos;étape %1 est toujours en cours.</translation>
    </message>
    <message>
        <source>A rollback is under way.</source>
        <translation>Un retour arrière est en cours.</translation>
    </message>
    <message>
        <source>Wait for the running step to end (or cancel it) before rolling back.</source>
        <translation>Attendez la fin de l&apos;étape en cours (ou annulez-la) avant le retour arrière.</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4. Compare the fingerprint with the host&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and accept it once in the wizard or with ssh; unattended runs never accept a key on their own.</source>
        <translation>La clé d&apos;hôte de %1 (%2 %3) n&apos;est pas dans %4. Comparez l&apos;empreinte avec celle de l&apos;hôte lui-même (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) et acceptez-la une fois dans l&apos;assistant ou avec ssh&#xa0;; les exécutions sans surveillance n&apos;acceptent jamais une clé d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <source>No %1 for %2: set the environment variable the plan names for &quot;%1&quot; under secretEnvironment, or store it in the keychain from the wizard. (%3)</source>
        <translation>Pas de %1 pour %2&#xa0;: définissez la variable d&apos;environnement que le plan nomme pour «&#xa0;%1&#xa0;» sous secretEnvironment, ou enregistrez-le dans le trousseau depuis l&apos;assistant. (%3)</translation>
    </message>
    <message>
        <source>The recipe names a program with {{%1}}, which has no value.</source>
        <translation>La recette nomme un programme avec {{%1}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The new host lacks %1. Install the new version there (and its dependencies), then run this step again.</source>
        <translation>Il manque %1 sur le nouvel hôte. Installez-y la nouvelle version (et ses dépendances), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The new version does not answer its version command on the new host. Check the installation there.</source>
        <translation>La nouvelle version ne répond pas à sa commande de version sur le nouvel hôte. Vérifiez l&apos;installation sur cet hôte.</translation>
    </message>
    <message>
        <source>The new host runs the same version as the old one (%1): install the new version first.</source>
        <translation>Le nouvel hôte exécute la même version que l&apos;ancien (%1)&#xa0;: installez d&apos;abord la nouvelle version.</translation>
    </message>
    <message>
        <source>The new host has everything the application needs.</source>
        <translation>Le nouvel hôte dispose de tout ce dont l&apos;application a besoin.</translation>
    </message>
    <message>
        <source>The new host is ready with %1 (the old one runs %2).</source>
        <translation>Le nouvel hôte est prêt avec %1 (l&apos;ancien exécute %2).</translation>
    </message>
    <message>
        <source>an unknown version</source>
        <translation>une version inconnue</translation>
    </message>
    <message>
        <source>Cannot read %1 on the %2 host: %3</source>
        <translation>Impossible de lire %1 sur l&apos;hôte «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>The recipe&apos;s file %1 uses {{%2}}, which has no value.</source>
        <translation>Le fichier %1 de la recette utilise {{%2}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Cannot look for %1 on the old host: %2</source>
        <translation>Impossible de chercher %1 sur l&apos;ancien hôte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot inspect %1 on the %2 host: %3</source>
        <translation>Impossible d&apos;examiner %1 sur l&apos;hôte «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was copied.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) differ; choose which to copy.</source>
        <translation>
            <numerusform>%n fichier diffère&#xa0;; choisissez ceux à copier.</numerusform>
            <numerusform>%n fichiers diffèrent&#xa0;; choisissez ceux à copier.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: copy it by hand or list its folder.</source>
        <translation>%1 dépasse %2 Mio&#xa0;: copiez-le à la main ou indiquez son dossier.</translation>
    </message>
    <message>
        <source>Could not write %1 on the new host: %2 (does the owner %3:%4 exist there?)</source>
        <translation>Impossible d&apos;écrire %1 sur le nouvel hôte&#xa0;: %2 (le propriétaire %3:%4 existe-t-il sur cet hôte&#xa0;?)</translation>
    </message>
    <message>
        <source>%1 arrived altered on the new host (SHA-256 %2 instead of %3).</source>
        <translation>%1 est arrivé altéré sur le nouvel hôte (SHA-256 %2 au lieu de %3).</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n file(s) to the new host</source>
        <translation>
            <numerusform>%n fichier copié vers le nouvel hôte</numerusform>
            <numerusform>%n fichiers copiés vers le nouvel hôte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already identical.</source>
        <translation>
            <numerusform>&#xa0;; %n déjà identique.</numerusform>
            <numerusform>&#xa0;; %n déjà identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the old installation starts the downtime: confirm it on this page (or pass --assume-yes) first.</source>
        <translation>L&apos;arrêt de l&apos;ancienne installation fait commencer l&apos;interruption de service&#xa0;: confirmez-le d&apos;abord sur cette page (ou passez --assume-yes).</translation>
    </message>
    <message>
        <source>Downtime begins: stopping the application on the old host.</source>
        <translation>Début de l&apos;interruption de service&#xa0;: arrêt de l&apos;application sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>Could not stop the old installation (%1). Nothing else was changed; roll back to restart it.</source>
        <translation>Impossible d&apos;arrêter l&apos;ancienne installation (%1). Rien d&apos;autre n&apos;a été modifié&#xa0;; faites un retour arrière pour la redémarrer.</translation>
    </message>
    <message>
        <source>Cancelled after stopping the old host; roll back to restart it.</source>
        <translation>Annulé après l&apos;arrêt de l&apos;ancien hôte&#xa0;; faites un retour arrière pour le redémarrer.</translation>
    </message>
    <message>
        <source>The old installation is stopped, but the new one could not be (%1).</source>
        <translation>L&apos;ancienne installation est arrêtée, mais la nouvelle n&apos;a pas pu l&apos;être (%1).</translation>
    </message>
    <message>
        <source>%1 came back on the %2 host after being stopped: something restarts it (Restart=always, a watchdog, a cron job). Find it and turn it off (e.g. systemctl mask), then run this step again.</source>
        <translation>%1 est revenu sur l&apos;hôte «&#xa0;%2&#xa0;» après son arrêt&#xa0;: quelque chose le redémarre (Restart=always, un chien de garde, une tâche cron). Trouvez-le et désactivez-le (par ex. systemctl mask), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>To retire the old installation, type its host name &quot;%1&quot; exactly.</source>
        <translation>Pour retirer l&apos;ancienne installation, saisissez exactement son nom d&apos;hôte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not disable the old services: %1</source>
        <translation>Impossible de désactiver les anciens services&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old installation&apos;s services are stopped and disabled. Its database, configuration and the final backup were kept.</source>
        <translation>Les services de l&apos;ancienne installation sont arrêtés et désactivés. Sa base de données, sa configuration et la sauvegarde finale ont été conservées.</translation>
    </message>
    <message>
        <source>The database password (&quot;%1&quot;) for the %2 host is not available: store it in the keychain or name an environment variable for it in the plan.</source>
        <translation>Le mot de passe de la base de données («&#xa0;%1&#xa0;») de l&apos;hôte %2 n&apos;est pas disponible&#xa0;: enregistrez-le dans le trousseau ou nommez une variable d&apos;environnement pour lui dans le plan.</translation>
    </message>
    <message>
        <source>Dry run: the dump would stream from old to new.</source>
        <translation>Simulation&#xa0;: le dump serait transféré de l&apos;ancien hôte vers le nouveau.</translation>
    </message>
    <message>
        <source>The backup streams over SSH and a host is not connected.</source>
        <translation>La sauvegarde est transférée par SSH et un hôte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Streaming the %1 backup from old to new (local copy: %2).</source>
        <translation>Transfert de la sauvegarde %1 de l&apos;ancien hôte vers le nouveau (copie locale&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Streaming the backup to the new host</source>
        <translation>Transfert de la sauvegarde vers le nouvel hôte</translation>
    </message>
    <message>
        <source>The backup did not complete (%1). What arrived stays as %2 on the new host and is never restored.</source>
        <translation>La sauvegarde ne s&apos;est pas terminée (%1). Ce qui est arrivé reste sous %2 sur le nouvel hôte et ne sera jamais restauré.</translation>
    </message>
    <message>
        <source>Backed up %1 in %2 s (%3/s); SHA-256 %4.</source>
        <translation>%1 sauvegardés en %2 s (%3/s)&#xa0;; SHA-256 %4.</translation>
    </message>
    <message>
        <source>There is no complete backup to import: run the backup step first.</source>
        <translation>Il n&apos;y a pas de sauvegarde complète à importer&#xa0;: exécutez d&apos;abord l&apos;étape de sauvegarde.</translation>
    </message>
    <message>
        <source>Dry run: the backup would be restored on the new host.</source>
        <translation>Simulation&#xa0;: la sauvegarde serait restaurée sur le nouvel hôte.</translation>
    </message>
    <message>
        <source>Recreating the database on the new host and restoring %1.</source>
        <translation>Recréation de la base de données sur le nouvel hôte et restauration de %1.</translation>
    </message>
    <message>
        <source>differ in %1</source>
        <translation>différences dans %1</translation>
    </message>
    <message>
        <source>The restored database differs from the old one in %1.</source>
        <translation>La base de données restaurée diffère de l&apos;ancienne dans %1.</translation>
    </message>
    <message>
        <source>Migration head old vs new</source>
        <translation>Tête de migration, ancienne et nouvelle</translation>
    </message>
    <message>
        <source>old %1, new %2</source>
        <translation>ancienne %1, nouvelle %2</translation>
    </message>
    <message>
        <source>No tunnel to %1 (%2); checking it directly.</source>
        <translation>Pas de tunnel vers %1 (%2)&#xa0;; vérification directe.</translation>
    </message>
    <message>
        <source>The check &quot;%1&quot; uses {{%2}}, which has no value.</source>
        <translation>La vérification «&#xa0;%1&#xa0;» utilise {{%2}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Database answers (migration head)</source>
        <translation>La base de données répond (tête de migration)</translation>
    </message>
    <message>
        <source>Applying the new version&apos;s migrations.</source>
        <translation>Application des migrations de la nouvelle version.</translation>
    </message>
    <message>
        <source>A migration failed: %1. The migrations before it stay applied; fix the cause and run this step again.</source>
        <translation>Une migration a échoué&#xa0;: %1. Les migrations précédentes restent appliquées&#xa0;; corrigez la cause et relancez cette étape.</translation>
    </message>
    <message>
        <source>The migrations failed: %1</source>
        <translation>Les migrations ont échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled after the migrations.</source>
        <translation>Annulé après les migrations.</translation>
    </message>
    <message>
        <source>The new application did not start: %1</source>
        <translation>La nouvelle application n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Started; %n migration(s) applied.</source>
        <translation>
            <numerusform>Démarrée&#xa0;; %n migration appliquée.</numerusform>
            <numerusform>Démarrée&#xa0;; %n migrations appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting up to %1 s for %2 to answer.</source>
        <translation>Attente de la réponse de %2 pendant %1 s au plus.</translation>
    </message>
    <message>
        <source>Not healthy yet (attempt %1): %2</source>
        <translation>Pas encore opérationnelle (tentative %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The new application is not healthy: %1</source>
        <translation>La nouvelle application n&apos;est pas opérationnelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Log since start</source>
        <translation>Journal depuis le démarrage</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) applied; </source>
        <translation>
            <numerusform>%n migration appliquée&#xa0;; </numerusform>
            <numerusform>%n migrations appliquées&#xa0;; </numerusform>
        </translation>
    </message>
    <message>
        <source>the new application is healthy (%1).</source>
        <translation>la nouvelle application est opérationnelle (%1).</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>Cancelled during the checks.</source>
        <translation>Annulé pendant les vérifications.</translation>
    </message>
    <message>
        <source>%1 of %2 checks failed: %3.</source>
        <translation>%1 vérifications sur %2 en échec&#xa0;: %3.</translation>
    </message>
    <message>
        <source>All %1 checks passed.</source>
        <translation>Les %1 vérifications ont réussi.</translation>
    </message>
    <message>
        <source> Downtime: %1 min %2 s.</source>
        <translation> Interruption de service&#xa0;: %1 min %2 s.</translation>
    </message>
    <message>
        <source>Change the DNS record of %1 to %2; waiting until %3 answers with it.</source>
        <translation>Modifiez l&apos;enregistrement DNS de %1 pour %2&#xa0;; attente jusqu&apos;à ce que %3 réponde avec cette valeur.</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <source>Users reach the new installation.</source>
        <translation>Les utilisateurs accèdent à la nouvelle installation.</translation>
    </message>
    <message>
        <source>Point the DNS record of %1 back to %2.</source>
        <translation>Remettez l&apos;enregistrement DNS de %1 sur %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Both servers must be stopped first (step 7), or the backup would miss what users write meanwhile.</source>
        <translation>Les deux serveurs doivent d&apos;abord être arrêtés (étape 7), sinon la sauvegarde manquerait ce que les utilisateurs écrivent entre-temps.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Fresh data imported and tested: %1 %2</source>
        <translation>Données à jour importées et testées&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The old installation could not be started again: %1</source>
        <translation>L&apos;ancienne installation n&apos;a pas pu être redémarrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old installation is back in service, with its data as it was when it stopped.</source>
        <translation>L&apos;ancienne installation est de nouveau en service, avec ses données telles qu&apos;elles étaient à son arrêt.</translation>
    </message>
    <message>
        <source>Both installations are stopped and disabled; step 8 watches that they stay stopped. Downtime began at %1.</source>
        <translation>Les deux installations sont arrêtées et désactivées&#xa0;; l&apos;étape 8 surveille qu&apos;elles restent arrêtées. L&apos;interruption de service a commencé à %1.</translation>
    </message>
    <message>
        <source>Dry run: the dump would stream from old to new and be restored as it arrives.</source>
        <translation>Simulation&#xa0;: le dump serait transféré de l&apos;ancien hôte vers le nouveau et restauré au fur et à mesure de son arrivée.</translation>
    </message>
    <message>
        <source>Recreating the database on the new host; the backup is restored as it arrives.</source>
        <translation>Recréation de la base de données sur le nouvel hôte&#xa0;; la sauvegarde est restaurée au fur et à mesure de son arrivée.</translation>
    </message>
    <message>
        <source>The backup did not complete (%1). What arrived stays as %2 on the new host and is never restored; the new database is incomplete.</source>
        <translation>La sauvegarde ne s&apos;est pas terminée (%1). Ce qui est arrivé reste sous %2 sur le nouvel hôte et ne sera jamais restauré&#xa0;; la nouvelle base de données est incomplète.</translation>
    </message>
    <message>
        <source>Backed up and restored at once (%1, SHA-256 %2). %3</source>
        <translation>Sauvegardé et restauré en une seule passe (%1, SHA-256 %2). %3</translation>
    </message>
    <message>
        <source>Backing up the new installation&apos;s database to %1 before the rollback.</source>
        <translation>Sauvegarde de la base de données de la nouvelle installation dans %1 avant le retour arrière.</translation>
    </message>
    <message>
        <source>The dump on the new host</source>
        <translation>Le dump sur le nouvel hôte</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup and import</source>
        <translation>Sauvegarde et import</translation>
    </message>
    <message>
        <source> The backup may miss what it wrote.</source>
        <translation> La sauvegarde risque de ne pas contenir ce qui a été écrit entre-temps.</translation>
    </message>
    <message>
        <source>Users reach the new installation, and it could not be stopped (%1): nothing else was changed.</source>
        <translation>Les utilisateurs accèdent à la nouvelle installation, et elle n&apos;a pas pu être arrêtée (%1)&#xa0;: rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Users reached the new installation since %1, and its data could not be backed up (%2), so the rollback stopped before starting the old one. The new application is stopped; its database is untouched.</source>
        <translation>Les utilisateurs accèdent à la nouvelle installation depuis %1, et ses données n&apos;ont pas pu être sauvegardées (%2)&#xa0;: le retour arrière s&apos;est donc arrêté avant de redémarrer l&apos;ancienne. La nouvelle application est arrêtée&#xa0;; sa base de données est intacte.</translation>
    </message>
    <message>
        <source> What users wrote to the new installation since %1 is NOT in it: it is kept only in the new host&apos;s backup %2.</source>
        <translation> Ce que les utilisateurs ont écrit dans la nouvelle installation depuis %1 n&apos;est PAS dans l&apos;ancienne&#xa0;: cela ne se trouve que dans la sauvegarde %2 du nouvel hôte.</translation>
    </message>
    <message>
        <source>The old installation runs again, but: %1.%2</source>
        <translation>L&apos;ancienne installation fonctionne de nouveau, mais&#xa0;: %1.%2</translation>
    </message>
    <message>
        <source>The recipe gives no command to disable the service %1.</source>
        <extracomment>%1: the service&apos;s name in the recipe</extracomment>
        <translation>La recette ne donne aucune commande pour désactiver le service %1.</translation>
    </message>
    <message>
        <source>The recipe gives no command to control the service %1.</source>
        <translation>La recette ne donne aucune commande pour piloter le service %1.</translation>
    </message>
    <message>
        <source>df printed an available size that is out of range.</source>
        <translation>df a affiché une taille disponible hors limites.</translation>
    </message>
    <message>
        <source>df printed %1 lines about file systems instead of one.</source>
        <translation>df a affiché %1&#xa0;lignes de systèmes de fichiers au lieu d&apos;une.</translation>
    </message>
    <message>
        <source>df failed (%1).</source>
        <translation>df a échoué (%1).</translation>
    </message>
    <message>
        <source>The new host has %1 free in %2, and the backup needs about %3 (the rehearsal&apos;s was %4). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the rehearsal&apos;s backup (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Le nouvel hôte a %1 de libre dans %2, et la sauvegarde a besoin d&apos;environ %3 (celle de la répétition faisait %4). Libérez de la place à cet endroit, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The new host has %1 free in %2, and the backup needs about %3 (the database takes %4 on the old host). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the database (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Le nouvel hôte a %1 de libre dans %2, et la sauvegarde a besoin d&apos;environ %3 (la base de données occupe %4 sur l&apos;ancien hôte). Libérez de la place à cet endroit, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>This computer has %1 free in %2, and the local copy of the backup needs about %3 (the rehearsal&apos;s was %4). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the rehearsal&apos;s backup (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Cet ordinateur a %1 de libre dans %2, et la copie locale de la sauvegarde a besoin d&apos;environ %3 (celle de la répétition faisait %4). Libérez de la place à cet endroit, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>This computer has %1 free in %2, and the local copy of the backup needs about %3 (the database takes %4 on the old host). Free some space there, then run this step again.</source>
        <extracomment>%1 free size, %2 folder, %3 size needed, %4 size of the database (&quot;12.0 MiB&quot;)</extracomment>
        <translation>Cet ordinateur a %1 de libre dans %2, et la copie locale de la sauvegarde a besoin d&apos;environ %3 (la base de données occupe %4 sur l&apos;ancien hôte). Libérez de la place à cet endroit, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The size of the backup is not known: the free space is not checked.</source>
        <translation>La taille de la sauvegarde n&apos;est pas connue&#xa0;: l&apos;espace libre n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>Checking that both backup folders have about %1 free.</source>
        <translation>Vérification que les deux dossiers de sauvegarde ont environ %1 de libre.</translation>
    </message>
    <message>
        <source>The free space on the new host is not known (%1): the backup goes ahead.</source>
        <translation>L&apos;espace libre sur le nouvel hôte n&apos;est pas connu (%1)&#xa0;: la sauvegarde continue.</translation>
    </message>
    <message>
        <source>The free space on this computer is not known (%1): the backup goes ahead.</source>
        <translation>L&apos;espace libre sur cet ordinateur n&apos;est pas connu (%1)&#xa0;: la sauvegarde continue.</translation>
    </message>
    <message>
        <source>Predicted downtime: %1 s (%2).</source>
        <extracomment>%1 seconds with one decimal; %2 the parts of the prediction, e.g. &quot;streaming the backup 2.1 s, ...&quot;</extracomment>
        <translation>Interruption de service prévue&#xa0;: %1&#xa0;s (%2).</translation>
    </message>
    <message>
        <source>its status command exited with %1, which means neither running nor stopped</source>
        <extracomment>%1: the exit code of the status command</extracomment>
        <translation>sa commande d&apos;état s&apos;est terminée avec le code %1, qui ne signifie ni «&#xa0;en marche&#xa0;» ni «&#xa0;arrêté&#xa0;»</translation>
    </message>
    <message>
        <source>This step ran before: stopping the new application again in case that run started it.</source>
        <translation>Cette étape a déjà été lancée&#xa0;: arrêt de la nouvelle application, au cas où ce lancement l&apos;aurait démarrée.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Could not tell whether %1 is stopped on the %2 host (%3), so the backup cannot be trusted to hold everything users wrote. Check the host, then run this step again.</source>
        <extracomment>%1 a service, %2 &quot;old&quot; or &quot;new&quot;, %3 why (e.g. &quot;connection lost&quot;)</extracomment>
        <translation>Impossible de savoir si %1 est arrêté sur l&apos;hôte %2 (%3)&#xa0;: rien ne garantit que la sauvegarde contienne tout ce que les utilisateurs ont écrit. Vérifiez l&apos;hôte, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The proxy routes to the new installation (an earlier run of step 9 switched it): switching it back.</source>
        <translation>Le proxy dirige vers la nouvelle installation (un lancement précédent de l&apos;étape 9 l&apos;a basculé)&#xa0;: retour en arrière.</translation>
    </message>
    <message>
        <source>Could not read the proxy&apos;s upstream file (%1): reverting it.</source>
        <translation>Impossible de lire le fichier upstream du proxy (%1)&#xa0;: il est rétabli.</translation>
    </message>
    <message>
        <source>The %1 host could not be asked for its version: %2</source>
        <extracomment>%1 &quot;new&quot; or &quot;old&quot;, %2 why (e.g. the connection was lost)</extracomment>
        <translation>Impossible de demander sa version à l&apos;hôte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal could not be written (%1), so the step was stopped: what it did would not be on record. Free space where the session folder is (or fix its permissions), then run the step again. The step said: %2</source>
        <extracomment>%1 why the journal could not be written (e.g. &quot;database or disk is full&quot;), %2 what the step said</extracomment>
        <translation>Le journal n&apos;a pas pu être écrit (%1), l&apos;étape a donc été arrêtée&#xa0;: ce qu&apos;elle a fait ne serait pas consigné. Libérez de l&apos;espace là où se trouve le dossier de session (ou corrigez ses droits), puis relancez l&apos;étape. L&apos;étape a indiqué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Remove it, or set &quot;backupDir&quot; for the %1 host in the plan to a folder of your own.</source>
        <translation>Supprimez-le, ou indiquez dans le plan un «&#xa0;backupDir&#xa0;» à vous pour l&apos;hôte %1.</translation>
    </message>
    <message>
        <source>%1 on the %2 host is a symbolic link: another user may have planted it to catch the backups. %3</source>
        <extracomment>%1 a folder, %2 &quot;old&quot; or &quot;new&quot;, %3 what to do</extracomment>
        <translation>%1 sur l&apos;hôte %2 est un lien symbolique&#xa0;: un autre utilisateur a pu le placer pour détourner les sauvegardes. %3</translation>
    </message>
    <message>
        <source>%1 on the %2 host is not a folder. %3</source>
        <translation>%1 sur l&apos;hôte %2 n&apos;est pas un dossier. %3</translation>
    </message>
    <message>
        <source>%1 on the %2 host belongs to %3, not to the login user: another user may have made it to read the backups. %4</source>
        <extracomment>%1 a folder, %2 &quot;old&quot; or &quot;new&quot;, %3 a user name, %4 what to do</extracomment>
        <translation>%1 sur l&apos;hôte %2 appartient à %3, et non à l&apos;utilisateur connecté&#xa0;: un autre utilisateur a pu le créer pour lire les sauvegardes. %4</translation>
    </message>
    <message>
        <source>Cannot create %1 on the %2 host: %3</source>
        <translation>Impossible de créer %1 sur l&apos;hôte %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Old&apos;s counts and checksums are those of the dump&apos;s own snapshot.</source>
        <translation>Les comptages et sommes de contrôle de l&apos;ancien sont ceux de l&apos;instantané même de la sauvegarde.</translation>
    </message>
    <message>
        <source>sudo on the %1 host needs a password for the database&apos;s superuser access and none was given: store it in the keychain or name an environment variable for &quot;sudo-password&quot; in the plan.</source>
        <translation>sudo sur l&apos;hôte %1 demande un mot de passe pour l&apos;accès superutilisateur à la base de données et aucun n&apos;a été donné&#xa0;: enregistrez-le dans le trousseau ou nommez une variable d&apos;environnement pour «&#xa0;sudo-password&#xa0;» dans le plan.</translation>
    </message>
    <message>
        <source>no migration applied</source>
        <translation>aucune migration appliquée</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>tête %1</translation>
    </message>
    <message>
        <source>Old&apos;s counts in the dump&apos;s snapshot are not available (%1): the import counts old again.</source>
        <translation>Les comptages de l&apos;ancien dans l&apos;instantané de la sauvegarde ne sont pas disponibles (%1)&#xa0;: l&apos;import recompte l&apos;ancien.</translation>
    </message>
    <message>
        <source>as %1 over the local socket</source>
        <translation>en tant que %1 par le socket local</translation>
    </message>
    <message>
        <source>as %1 to %2:%3</source>
        <translation>en tant que %1 vers %2:%3</translation>
    </message>
    <message>
        <source>as %1 over %2</source>
        <translation>en tant que %1 par %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3 login %4</source>
        <extracomment>%1 old or new, %2 its address, %3 the purpose (dump, restore, count, admin), %4 how it logs in</extracomment>
        <translation>%1 (%2), connexion %3 %4</translation>
    </message>
    <message>
        <source>Both reach the same database server: %1; %2. The new host&apos;s database would be restored into old&apos;s. Fix: make the recipe&apos;s database host for new name new&apos;s own server (a variable such as db_host left at old&apos;s address, or a tunnel), then run this step again.</source>
        <translation>Les deux atteignent le même serveur de base de données&#xa0;: %1&#xa0;; %2. La base du nouvel hôte serait restaurée dans celle de l&apos;ancien. Correction&#xa0;: faites que l&apos;hôte de base de données de la recette pour le nouveau nomme le serveur du nouveau (une variable comme db_host laissée à l&apos;adresse de l&apos;ancien, ou un tunnel), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>They reach two different servers: %1; %2. Fix: give both purposes the same server (the plan&apos;s database.%3 settings or the recipe&apos;s database section), then run this step again.</source>
        <translation>Ils atteignent deux serveurs différents&#xa0;: %1&#xa0;; %2. Correction&#xa0;: donnez aux deux usages le même serveur (les réglages database.%3 du plan ou la section database de la recette), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>Database logins</source>
        <translation>Connexions à la base de données</translation>
    </message>
    <message>
        <source>Old and new are different database servers</source>
        <translation>L&apos;ancien et le nouveau sont des serveurs de base de données différents</translation>
    </message>
    <message>
        <source>New&apos;s admin and restore logins reach one server</source>
        <translation>Les connexions admin et restauration du nouveau atteignent un même serveur</translation>
    </message>
    <message>
        <source>Old&apos;s dump and count logins reach one server</source>
        <translation>Les connexions sauvegarde et comptage de l&apos;ancien atteignent un même serveur</translation>
    </message>
    <message>
        <source>%1 can dump old&apos;s server</source>
        <translation>%1 peut sauvegarder le serveur de l&apos;ancien</translation>
    </message>
    <message>
        <source>%1 on old (%2) for the server %3 %4</source>
        <translation>%1 sur l&apos;ancien (%2) pour le serveur %3 %4</translation>
    </message>
    <message>
        <source>On old (%1) %2 is %3.%4, older than the server&apos;s %5.%6: it cannot dump it. Needed: %2 %5 or newer. Fix: install the PostgreSQL client of version %5 on old (Debian: postgresql-client-%5 from the PostgreSQL apt repository), then run this step again.</source>
        <translation>Sur l&apos;ancien (%1), %2 est en %3.%4, plus ancien que le %5.%6 du serveur&#xa0;: il ne peut pas le sauvegarder. Requis&#xa0;: %2 %5 ou plus récent. Correction&#xa0;: installez le client PostgreSQL de version %5 sur l&apos;ancien (Debian&#xa0;: postgresql-client-%5 depuis le dépôt apt de PostgreSQL), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>New&apos;s database server is at least old&apos;s version</source>
        <translation>Le serveur de base de données du nouveau est au moins de la version de l&apos;ancien</translation>
    </message>
    <message>
        <source>old %1 %2, new %3 %4</source>
        <translation>ancien %1 %2, nouveau %3 %4</translation>
    </message>
    <message>
        <source>new %1 %2 is older than old&apos;s %3, allowed by the plan: %4</source>
        <translation>le nouveau %1 %2 est plus ancien que le %3 de l&apos;ancien, permis par le plan&#xa0;: %4</translation>
    </message>
    <message>
        <source>On new (%1) the server is %2 %3, older than old&apos;s %4: a dump of a newer server may not restore there. Needed: %2 %5.%6 or newer. Fix: upgrade new&apos;s server, or allow the downgrade in the plan with the reason (&quot;database&quot;: {&quot;allowDowngrade&quot;: &quot;...&quot;}).</source>
        <translation>Sur le nouveau (%1), le serveur est %2 %3, plus ancien que le %4 de l&apos;ancien&#xa0;: la sauvegarde d&apos;un serveur plus récent peut ne pas s&apos;y restaurer. Requis&#xa0;: %2 %5.%6 ou plus récent. Correction&#xa0;: mettez à niveau le serveur du nouveau, ou permettez le retour en arrière dans le plan avec la raison (&quot;database&quot;: {&quot;allowDowngrade&quot;: &quot;...&quot;}).</translation>
    </message>
    <message>
        <source>Nothing was dropped or restored. %1</source>
        <translation>Rien n&apos;a été supprimé ni restauré. %1</translation>
    </message>
    <message>
        <source>%1 (count %2 vs %3)</source>
        <translation>%1 (comptage %2 contre %3)</translation>
    </message>
    <message>
        <source>%1 (same count, different content)</source>
        <translation>%1 (même comptage, contenu différent)</translation>
    </message>
    <message>
        <source>Row counts and checksums old vs new</source>
        <translation>Nombres de lignes et sommes de contrôle, ancienne et nouvelle</translation>
    </message>
    <message>
        <source>%1 tables, %2 rows, counts and checksums all equal</source>
        <translation>%1 tables, %2 lignes, comptages et sommes de contrôle tous égaux</translation>
    </message>
    <message>
        <source>Restored %1 rows in %2 tables in %3 s; every count and content checksum matches the old host. %4 migration(s) to apply.</source>
        <translation>%1 lignes restaurées dans %2 tables en %3 s&#xa0;; chaque comptage et somme de contrôle du contenu correspond à l&apos;ancien hôte. %4 migration(s) à appliquer.</translation>
    </message>
    <message>
        <source>The data read from the %1 host was damaged on the way (not base64).</source>
        <translation>Les données lues sur l&apos;hôte %1 ont été abîmées en chemin (pas du base64).</translation>
    </message>
    <message numerus="yes">
        <source>(data, not recorded: more than %n byte(s))</source>
        <translation>
            <numerusform>(données, non enregistrées&#xa0;: plus de %n octet)</numerusform>
            <numerusform>(données, non enregistrées&#xa0;: plus de %n octets)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(data, not recorded: %n byte(s), SHA-256 %1)</source>
        <translation>
            <numerusform>(données, non enregistrées&#xa0;: %n octet, SHA-256 %1)</numerusform>
            <numerusform>(données, non enregistrées&#xa0;: %n octets, SHA-256 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The compose service of %1 uses a placeholder without a value.</source>
        <translation>Le service compose de %1 utilise un paramètre sans valeur.</translation>
    </message>
    <message>
        <source>Neither &quot;docker compose&quot; nor &quot;docker-compose&quot; is installed on %1.</source>
        <extracomment>%1: old or new (the host)</extracomment>
        <translation>Ni «&#xa0;docker compose&#xa0;» ni «&#xa0;docker-compose&#xa0;» n&apos;est installé sur %1.</translation>
    </message>
    <message>
        <source>(the service of image %1)</source>
        <extracomment>A placeholder shown in a dry run&apos;s commands; %1: a docker image such as ghcr.io/scille/parsec-server</extracomment>
        <translation>(le service de l&apos;image %1)</translation>
    </message>
    <message>
        <source>Reading the compose file %1 on %2 failed: %3</source>
        <extracomment>%1: the compose file, %2: old or new, %3: the error</extracomment>
        <translation>La lecture du fichier compose %1 sur %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <source>The compose file %1 on %2 has no service, or more than one, with the image %3.</source>
        <extracomment>%1: the compose file, %2: old or new, %3: a docker image without its tag</extracomment>
        <translation>Le fichier compose %1 sur %2 n&apos;a aucun service, ou en a plusieurs, avec l&apos;image %3.</translation>
    </message>
    <message>
        <source>The recipe uses {{compose_service}} but has no compose service.</source>
        <translation>La recette utilise {{compose_service}} mais n&apos;a aucun service compose.</translation>
    </message>
    <message>
        <source>The recipe&apos;s shipped default %1 uses {{%2}}, which has no value.</source>
        <translation>Le fichier par défaut %1 de la recette utilise {{%2}}, qui n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Note: the shipped default %1 is not on the %2 host.</source>
        <translation>Remarque&#xa0;: le fichier par défaut %1 n&apos;est pas sur l&apos;hôte %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file on the old host.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>Note: %1 on the new host is a symbolic link to %2; a copy replaces the link, it does not write through it.</source>
        <translation>Remarque&#xa0;: %1 sur le nouvel hôte est un lien symbolique vers %2&#xa0;; la copie remplace le lien, elle n&apos;écrit pas à travers lui.</translation>
    </message>
    <message>
        <source>%1 is not a file the recipe&apos;s configuration names on the old host.</source>
        <translation>%1 n&apos;est pas un fichier que la configuration de la recette désigne sur l&apos;ancien hôte.</translation>
    </message>
    <message numerus="yes">
        <source> and %n folder(s)</source>
        <translation>
            <numerusform> et %n dossier</numerusform>
            <numerusform> et %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the clock of the %1 host.</source>
        <translation>Impossible de lire l&apos;horloge de l&apos;hôte %1.</translation>
    </message>
    <message>
        <source>The roles the dump names exist on new</source>
        <translation>Les rôles nommés par la sauvegarde existent sur le nouveau</translation>
    </message>
    <message>
        <source>New&apos;s data directory has room for the database</source>
        <translation>Le répertoire de données du nouveau a la place pour la base</translation>
    </message>
    <message>
        <source>%1 free in %2 on new, %3 needed</source>
        <translation>%1 libres dans %2 sur le nouveau, %3 requis</translation>
    </message>
    <message>
        <source>On new (%1) the database&apos;s data directory %2 has %3 free; the restore needs about %4 (old&apos;s database is %5, plus a tenth and 64 MiB). Fix: free space on that file system or grow it, then run this step again.</source>
        <translation>Sur le nouveau (%1), le répertoire de données de la base %2 a %3 libres&#xa0;; la restauration demande environ %4 (la base de l&apos;ancien fait %5, plus un dixième et 64&#xa0;Mio). Correction&#xa0;: libérez de la place sur ce système de fichiers ou agrandissez-le, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The clocks of old and new agree</source>
        <translation>Les horloges de l&apos;ancien et du nouveau concordent</translation>
    </message>
    <message>
        <source>%1 s apart</source>
        <translation>%1 s d&apos;écart</translation>
    </message>
    <message>
        <source>The clocks of old (%1) and new (%2) are %3 s apart; needed: under %4 s (timestamps written by old and by new must stay in order). Fix: enable time synchronisation on both hosts (systemd-timesyncd or chrony), then run this step again.</source>
        <translation>Les horloges de l&apos;ancien (%1) et du nouveau (%2) ont %3 s d&apos;écart&#xa0;; requis&#xa0;: moins de %4 s (les horodatages écrits par l&apos;ancien et le nouveau doivent rester dans l&apos;ordre). Correction&#xa0;: activez la synchronisation de l&apos;heure sur les deux hôtes (systemd-timesyncd ou chrony), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The restored database&apos;s migration head differs from old&apos;s (%1): the dump is not the database old runs on. Run the backup step again, then this one.</source>
        <translation>La tête de migration de la base restaurée diffère de celle de l&apos;ancien (%1)&#xa0;: la sauvegarde n&apos;est pas la base sur laquelle tourne l&apos;ancien. Relancez l&apos;étape de sauvegarde, puis celle-ci.</translation>
    </message>
    <message>
        <source>%1 is not an absolute path</source>
        <translation>%1 n&apos;est pas un chemin absolu</translation>
    </message>
    <message>
        <source>%1 holds a control character</source>
        <translation>%1 contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>%1 a une partie vide, «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>%1 on the %2 host is a symbolic link to %3: it is not followed. List the file it points to in the recipe (or the plan) instead.</source>
        <translation>%1 sur l&apos;hôte %2 est un lien symbolique vers %3&#xa0;: il n&apos;est pas suivi. Indiquez plutôt dans la recette (ou le plan) le fichier qu&apos;il désigne.</translation>
    </message>
    <message>
        <source>The old host named %1 for the recipe&apos;s %2, which does not name it%3: nothing is copied.</source>
        <translation>L&apos;ancien hôte a donné %1 pour le %2 de la recette, qui ne le désigne pas%3&#xa0;: rien n&apos;est copié.</translation>
    </message>
    <message>
        <source>%1 on the %2 host grew beyond %3 MiB while it was read: nothing is copied.</source>
        <translation>%1 sur l&apos;hôte %2 a dépassé %3 Mio pendant sa lecture&#xa0;: rien n&apos;est copié.</translation>
    </message>
    <message>
        <source>%1 on the %2 host changed while it was read (SHA-256 %3, then %4): run the step again when nothing writes it.</source>
        <translation>%1 sur l&apos;hôte %2 a changé pendant sa lecture (SHA-256 %3, puis %4)&#xa0;: relancez l&apos;étape quand plus rien ne l&apos;écrit.</translation>
    </message>
    <message>
        <source>The folder %1 on the %2 host holds more than %3 MiB: copy it by hand.</source>
        <translation>Le dossier %1 sur l&apos;hôte %2 contient plus de %3 Mio&#xa0;: copiez-le à la main.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1 on the %2 host: %3</source>
        <translation>Impossible de lire le dossier %1 sur l&apos;hôte %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 on the old host has an owner, group or mode that cannot be given on the new host (%2:%3, %4).</source>
        <translation>%1 sur l&apos;ancien hôte a un propriétaire, un groupe ou des droits qui ne peuvent pas être donnés sur le nouvel hôte (%2:%3, %4).</translation>
    </message>
    <message>
        <source>Could not write the folder %1 on the new host: %2</source>
        <translation>Impossible d&apos;écrire le dossier %1 sur le nouvel hôte&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder (a symbolic link?); nothing is written through it</source>
        <translation>%1 n&apos;est pas un dossier (un lien symbolique&#xa0;?)&#xa0;; rien n&apos;est écrit à travers lui</translation>
    </message>
    <message>
        <source>Not keeping a copy: %1.</source>
        <translation>Aucune copie gardée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not keeping a copy: the side %1 is not a plain name.</source>
        <translation>Aucune copie gardée&#xa0;: le côté %1 n&apos;est pas un simple nom.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot merge %1: %2</source>
        <translation>Impossible de fusionner %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 Choose a side on the step&apos;s page, or set &quot;configConflicts&quot; in the plan to &quot;old&quot; or &quot;new&quot;.</source>
        <translation>%1&#xa0;: %2 Choisissez un côté sur la page de l&apos;étape, ou mettez «&#xa0;configConflicts&#xa0;» à «&#xa0;old&#xa0;» ou «&#xa0;new&#xa0;» dans le plan.</translation>
    </message>
    <message>
        <source>%1: the merge would put %2 under another section; choose on the step&apos;s page.</source>
        <translation>%1&#xa0;: la fusion mettrait %2 sous une autre section&#xa0;; choisissez sur la page de l&apos;étape.</translation>
    </message>
    <message>
        <source>A preview does not connect to the %1 host.</source>
        <extracomment>%1 the host&apos;s role (old, new, proxy); shown when a preview of a step would need to connect</extracomment>
        <translation>Un aperçu ne se connecte pas à l&apos;hôte %1.</translation>
    </message>
    <message>
        <source>The commands can be listed once the running work has ended.</source>
        <translation>Les commandes pourront être listées une fois le travail en cours terminé.</translation>
    </message>
    <message>
        <source>systemd on the new host did not reload the copied unit files: %1. Run `sudo systemctl daemon-reload` there, then run this step again.</source>
        <translation>systemd n&apos;a pas rechargé les fichiers d&apos;unité copiés sur le nouvel hôte : %1. Lancez `sudo systemctl daemon-reload` sur cet hôte, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>%1 failed on the new host (%2). See `journalctl -u %1` and the application log there, fix the cause, then run this step again.</source>
        <extracomment>%1 a systemd unit, %2 systemd&apos;s result (e.g. exit-code, core-dump)</extracomment>
        <translation>%1 a échoué sur le nouvel hôte (%2). Consultez `journalctl -u %1` et le journal de l&apos;application sur cet hôte, corrigez la cause, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>%1 restarts over and over on the new host (%2 restarts since the start): a crash loop. See `journalctl -u %1` and the application log there, fix the cause, then run this step again.</source>
        <translation>%1 redémarre sans cesse sur le nouvel hôte (%2 redémarrages depuis le lancement) : une boucle de plantages. Consultez `journalctl -u %1` et le journal de l&apos;application sur cet hôte, corrigez la cause, puis relancez cette étape.</translation>
    </message>
    <message>
        <source>The new application cannot finish starting: its log still says &quot;%1&quot; after %2 s. %3</source>
        <extracomment>%1 the log line, %2 seconds, %3 the recipe&apos;s reason and fix</extracomment>
        <translation>La nouvelle application ne parvient pas à terminer son démarrage : son journal indique toujours « %1 » après %2 s. %3</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>journal : %1</translation>
    </message>
    <message numerus="yes">
        <source>log: (%n more line(s) in %1)</source>
        <translation>
            <numerusform>journal : (%n ligne de plus dans %1)</numerusform>
            <numerusform>journal : (%n lignes de plus dans %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No log file of the recipe is on the new host yet: following the journal of %1 until one appears.</source>
        <extracomment>%1 systemd units, e.g. tomcat10</extracomment>
        <translation>Aucun fichier journal de la recette n&apos;existe encore sur le nouvel hôte : suivi du journal systemd de %1 jusqu&apos;à ce qu&apos;il en apparaisse un.</translation>
    </message>
    <message>
        <source>Could not stop the old database&apos;s container: %1. Its services are disabled; run this step again.</source>
        <extracomment>%1 why (the command&apos;s error)</extracomment>
        <translation>Impossible d&apos;arrêter le conteneur de l&apos;ancienne base de données : %1. Ses services sont désactivés ; relancez cette étape.</translation>
    </message>
    <message>
        <source>The old database&apos;s container is removed; its volume, which holds the data, stays.</source>
        <translation>Le conteneur de l&apos;ancienne base de données est supprimé ; son volume, qui contient les données, est conservé.</translation>
    </message>
    <message>
        <source>If it was still working (one large index can take long without a line of output), raise timeouts.stallSeconds in the recipe (now %1 s); otherwise check the %2 host: its database server, its disk and its load.</source>
        <translation>Si elle travaillait encore (un grand index peut prendre longtemps sans afficher une ligne), augmentez timeouts.stallSeconds dans la recette (actuellement %1 s) ; sinon vérifiez l&apos;hôte %2 : son serveur de bases de données, son disque et sa charge.</translation>
    </message>
    <message>
        <source>Backups are being removed from the hosts.</source>
        <translation>Les sauvegardes sont en cours de suppression sur les hôtes.</translation>
    </message>
    <message>
        <source>Wait for the running step to end before removing backups.</source>
        <translation>Attendez la fin de l’étape en cours avant de supprimer des sauvegardes.</translation>
    </message>
    <message>
        <source>%1 is not inside the backup folder %2</source>
        <extracomment>%1 a file on a host, %2 the session&apos;s backup folder there</extracomment>
        <translation>%1 n’est pas dans le dossier de sauvegarde %2</translation>
    </message>
    <message>
        <source>No backup to remove.</source>
        <translation>Aucune sauvegarde à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after removing %n backup(s).</source>
        <translation>
            <numerusform>Annulé après la suppression de %n sauvegarde.</numerusform>
            <numerusform>Annulé après la suppression de %n sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names no host</source>
        <translation>%1 ne nomme aucun hôte</translation>
    </message>
    <message>
        <source>%1:%2 could not be removed: %3</source>
        <extracomment>%1 &quot;old&quot; or &quot;new&quot;, %2 the file, %3 why (rm&apos;s message, a lost connection)</extracomment>
        <translation>%1:%2 n’a pas pu être supprimé&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s); not removed: %1</source>
        <translation>
            <numerusform>%n sauvegarde supprimée&#xa0;; non supprimées&#xa0;: %1</numerusform>
            <numerusform>%n sauvegardes supprimées&#xa0;; non supprimées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n backup(s) from the hosts.</source>
        <translation>
            <numerusform>%n sauvegarde supprimée des hôtes.</numerusform>
            <numerusform>%n sauvegardes supprimées des hôtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old&apos;s writes were held for %1 ms while the dump and the count opened the same snapshot.</source>
        <translation>Les écritures de l’ancien ont été retenues %1 ms pendant que la sauvegarde et le comptage ouvraient le même instantané.</translation>
    </message>
    <message>
        <source>%1 on new can read old&apos;s dumps</source>
        <translation>%1 sur le nouveau sait lire les sauvegardes de l’ancien</translation>
    </message>
    <message>
        <source>%1 on new (%2) reads what %3 on old (%4) writes</source>
        <extracomment>%1 e.g. &quot;pg_restore (PostgreSQL) 15.4&quot; on new, %2 new&apos;s address, %3 old&apos;s dump tool&apos;s version</extracomment>
        <translation>%1 sur le nouveau (%2) lit ce qu’écrit %3 sur l’ancien (%4)</translation>
    </message>
    <message>
        <source>On new (%1) %2 is %3.%4, older than pg_dump %5.%6 on old (%7): it refuses the dump (&quot;unsupported version ... in file header&quot;). Needed: %2 %5 or newer on new. Fix: install the PostgreSQL client of version %5 on new (Debian: postgresql-client-%5 from the PostgreSQL apt repository), then run this step again.</source>
        <translation>Sur le nouveau (%1), %2 est en version %3.%4, plus ancienne que pg_dump %5.%6 sur l’ancien (%7)&#xa0;: il refuse la sauvegarde («&#xa0;unsupported version ... in file header&#xa0;»). Nécessaire&#xa0;: %2 %5 ou plus récent sur le nouveau. Correctif&#xa0;: installez le client PostgreSQL en version %5 sur le nouveau (Debian&#xa0;: postgresql-client-%5 depuis le dépôt apt de PostgreSQL), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>%1 (a process ss does not name: it names other users&apos; processes to root only)</source>
        <extracomment>%1 an address and port such as 0.0.0.0:8081</extracomment>
        <translation>%1 (un processus que ss ne nomme pas&#xa0;: il ne nomme les processus des autres utilisateurs qu’à root)</translation>
    </message>
    <message>
        <source>Cannot read this line of ss: &quot;%1&quot;</source>
        <translation>Impossible de lire cette ligne de ss&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <extracomment>a process that listens: its name and process id</extracomment>
        <translation>%1 (pid %2)</translation>
    </message>
    <message>
        <source>The application&apos;s ports are free on new</source>
        <translation>Les ports de l’application sont libres sur le nouveau</translation>
    </message>
    <message>
        <source>Cannot list the ports that listen on new (%1) with ss: %2. Fix: install iproute2 there (it holds ss), then run this step again.</source>
        <translation>Impossible de lister avec ss les ports en écoute sur le nouveau (%1)&#xa0;: %2. Correctif&#xa0;: installez-y iproute2 (qui contient ss), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>Port %1 is free on new</source>
        <translation>Le port %1 est libre sur le nouveau</translation>
    </message>
    <message>
        <source>nothing listens on port %1 of %2 on new (%3)</source>
        <translation>rien n’écoute sur le port %1 de %2 sur le nouveau (%3)</translation>
    </message>
    <message>
        <source>on new (%1) %2 listens there: the new application itself, whose services run already (a previous run of step 5)</source>
        <translation>sur le nouveau (%1), %2 y écoute&#xa0;: la nouvelle application elle-même, dont les services tournent déjà (une exécution précédente de l’étape 5)</translation>
    </message>
    <message>
        <source>On new (%1) port %2 is taken: %3 listens there, and the new application is not running. Needed: port %2 free for the new application (the recipe&apos;s checks reach it at %4:%2), or step 5 cannot start it. Fix: stop and disable that program on new, or give the application another port (a variable such as app_port in the plan), then run this step again.</source>
        <translation>Sur le nouveau (%1), le port %2 est pris&#xa0;: %3 y écoute, et la nouvelle application ne tourne pas. Nécessaire&#xa0;: le port %2 libre pour la nouvelle application (les vérifications de la recette la joignent à %4:%2), sinon l’étape 5 ne peut pas la démarrer. Correctif&#xa0;: arrêtez et désactivez ce programme sur le nouveau, ou donnez un autre port à l’application (une variable telle que app_port dans le plan), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>The missing roles were not created: %1</source>
        <extracomment>%1 why the roles could not be created</extracomment>
        <translation>Les rôles manquants n&apos;ont pas été créés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Roles: %1.</source>
        <translation>Rôles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>On new (%1) the role(s) %2 do not exist; old&apos;s database names %3 (owners and grantees). Needed: every one of them. Fix: let the program create them on new as old defines them (the step&apos;s &quot;Create the missing roles&quot;, or --create-missing-roles), or create them yourself (%4), then run this step again.</source>
        <extracomment>%4 a command that creates one role by hand</extracomment>
        <translation>Sur le nouvel hôte (%1), le ou les rôles %2 n&apos;existent pas&#xa0;; la base de l&apos;ancien nomme %3 (propriétaires et bénéficiaires). Il les faut tous. Correction&#xa0;: laissez le programme les créer sur le nouvel hôte tels que l&apos;ancien les définit («&#xa0;Créer les rôles manquants&#xa0;» de l&apos;étape, ou --create-missing-roles), ou créez-les vous-même (%4), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>Old&apos;s dump login may read what the dump needs</source>
        <translation>La connexion de sauvegarde de l&apos;ancien peut lire ce que la sauvegarde demande</translation>
    </message>
    <message>
        <source>Old&apos;s count login may read every table</source>
        <translation>La connexion de comptage de l&apos;ancien peut lire chaque table</translation>
    </message>
    <message>
        <source>New&apos;s restore login may restore the dump</source>
        <translation>La connexion de restauration du nouveau peut restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>New&apos;s admin login may drop and create the database</source>
        <translation>La connexion d&apos;administration du nouveau peut supprimer et créer la base</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 a privilege, %2 what lacks it (tables), %3 what the program needs it for</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>none of the needed privileges</source>
        <extracomment>%1 privileges the login has, as a list</extracomment>
        <translation>aucun des privilèges nécessaires</translation>
    </message>
    <message>
        <source>may %1</source>
        <translation>peut %1</translation>
    </message>
    <message>
        <source>without %1</source>
        <extracomment>%1 privileges the login lacks that the program works around, with what each is for</extracomment>
        <translation>sans %1</translation>
    </message>
    <message>
        <source>Missing: %1. Fix: on %2 give the login what it lacks (%3), or let this purpose log in as the database&apos;s superuser (the plan&apos;s &quot;database&quot;: {&quot;%4&quot;: {&quot;%5&quot;: &quot;superuser&quot;}}), then run this step again.</source>
        <extracomment>%1 old or new, %2 its address, %3 the missing privileges with what needs them, %4 a GRANT statement, %5 the purpose (dump, restore, count, admin)</extracomment>
        <translation>Manquant&#xa0;: %1. Correction&#xa0;: sur %2, donnez à la connexion ce qui lui manque (%3), ou laissez cet usage se connecter en superutilisateur de la base (dans le plan&#xa0;: &quot;database&quot;: {&quot;%4&quot;: {&quot;%5&quot;: &quot;superuser&quot;}}), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>Listing old&apos;s accounts of %1</source>
        <translation>Liste des comptes de %1 sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Old has no account named %1 to copy.</source>
        <translation>L&apos;ancien n&apos;a aucun compte nommé %1 à copier.</translation>
    </message>
    <message>
        <source>Old&apos;s role definitions are larger than 4 MiB.</source>
        <translation>Les définitions des rôles de l&apos;ancien dépassent 4 Mio.</translation>
    </message>
    <message>
        <source>Reading the roles&apos; definitions on old</source>
        <translation>Lecture des définitions des rôles sur l&apos;ancien</translation>
    </message>
    <message>
        <source>would create %1 on new</source>
        <translation>créerait %1 sur le nouvel hôte</translation>
    </message>
    <message>
        <source>Creating %1 on new</source>
        <translation>Création de %1 sur le nouvel hôte</translation>
    </message>
    <message>
        <source>created %1 on new as old defines them, with the same passwords</source>
        <extracomment>%1 role names; the sentence says whether their passwords came along</extracomment>
        <translation>%1 créé(s) sur le nouvel hôte tels que l&apos;ancien les définit, avec les mêmes mots de passe</translation>
    </message>
    <message>
        <source>created %1 on new as old defines them, without passwords (old&apos;s admin login may not read them): set them on new</source>
        <translation>%1 créé(s) sur le nouvel hôte tels que l&apos;ancien les définit, sans mots de passe (la connexion d&apos;administration de l&apos;ancien ne peut pas les lire)&#xa0;: définissez-les sur le nouvel hôte</translation>
    </message>
    <message>
        <source>The proxy reaches the new application</source>
        <translation>Le proxy atteint la nouvelle application</translation>
    </message>
    <message>
        <source>The recipe&apos;s nginx upstream names no &quot;server HOST:PORT&quot;: nothing to ask. Fix: give routing.nginxUpstream a server line.</source>
        <translation>L&apos;upstream nginx de la recette ne nomme aucun «&#xa0;server HOST:PORT&#xa0;»&#xa0;: rien à demander. Correction&#xa0;: donnez une ligne server à routing.nginxUpstream.</translation>
    </message>
    <message>
        <source>From the proxy (%1), %2 does not answer (%3): step 9 would send users where nothing answers them. Needed: the new application reachable from the proxy at the address and port of the recipe&apos;s nginx upstream. Fix: open the way between proxy and new (a firewall, the address the application listens on, the upstream template), then run this step again.</source>
        <extracomment>%1 the proxy&apos;s address, %2 host:port of the new application as nginx will reach it, %3 a path</extracomment>
        <translation>Depuis le proxy (%1), %2 ne répond pas (%3)&#xa0;: l&apos;étape 9 enverrait les utilisateurs là où rien ne leur répond. Il faut&#xa0;: la nouvelle application joignable depuis le proxy à l&apos;adresse et au port de l&apos;upstream nginx de la recette. Correction&#xa0;: ouvrez le chemin entre le proxy et le nouvel hôte (un pare-feu, l&apos;adresse sur laquelle l&apos;application écoute, le modèle d&apos;upstream), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>no HTTP answer to GET %1</source>
        <translation>aucune réponse HTTP à GET %1</translation>
    </message>
    <message>
        <source>from the proxy (%1): %2</source>
        <translation>depuis le proxy (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>nginx accepts the new upstream</source>
        <translation>nginx accepte le nouvel upstream</translation>
    </message>
    <message>
        <source>tried on a copy of the proxy&apos;s configuration with the new upstream in %1</source>
        <translation>essayé sur une copie de la configuration du proxy avec le nouvel upstream dans %1</translation>
    </message>
    <message>
        <source>The old installation does not run: %1</source>
        <translation>L&apos;ancienne installation ne fonctionne pas&#xa0;: %1</translation>
    </message>
    <message>
        <source> The shared database keeps what users wrote through either version; the new version&apos;s migrations stay applied (the recipe says the old version works with them).</source>
        <translation> La base de données partagée conserve ce que les utilisateurs ont écrit via l&apos;une ou l&apos;autre version&#xa0;; les migrations de la nouvelle version restent appliquées (la recette indique que l&apos;ancienne version fonctionne avec elles).</translation>
    </message>
    <message>
        <source>The old installation serves, but: %1.%2</source>
        <translation>L&apos;ancienne installation est en service, mais&#xa0;: %1.%2</translation>
    </message>
    <message>
        <source>Users reach the old installation again and the new one is stopped.</source>
        <translation>Les utilisateurs accèdent de nouveau à l&apos;ancienne installation, et la nouvelle est arrêtée.</translation>
    </message>
    <message>
        <source>routing.nginxCanaryUpstream uses an unknown value: %1</source>
        <translation>routing.nginxCanaryUpstream utilise une valeur inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>On the proxy (%1), nginx&apos;s test refuses its configuration with the new upstream in %2: %3. Nothing nginx serves was changed. Fix: correct the recipe&apos;s routing.nginxUpstream or routing.nginxCanaryUpstream (or the plan&apos;s values they use), then run this step again.</source>
        <extracomment>%1 the proxy&apos;s address, %2 the upstream file, %3 what nginx&apos;s test said</extracomment>
        <translation>Sur le proxy (%1), le test de nginx refuse sa configuration avec le nouvel upstream dans %2&#xa0;: %3. Rien de ce que sert nginx n&apos;a été modifié. Correction&#xa0;: corrigez routing.nginxUpstream ou routing.nginxCanaryUpstream dans la recette (ou les valeurs du plan qu&apos;ils utilisent), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>(the recipe cannot list them)</source>
        <translation>(la recette ne peut pas les lister)</translation>
    </message>
    <message>
        <source>Listing the new version&apos;s migrations failed: %1</source>
        <translation>Impossible de lister les migrations de la nouvelle version&#xa0;: %1</translation>
    </message>
    <message>
        <source>The new version has migrations to apply (%1) to the database old serves, and the recipe does not say they are backward compatible (migrations.backwardCompatible): they could break the old version while users work on it. Nothing was changed. This upgrade needs the separate-database procedure: give new its own database server and remove &quot;shared&quot; from the plan&apos;s database section.</source>
        <translation>La nouvelle version a des migrations à appliquer (%1) à la base de données que sert l&apos;ancien, et la recette n&apos;indique pas qu&apos;elles sont rétrocompatibles (migrations.backwardCompatible)&#xa0;: elles pourraient casser l&apos;ancienne version pendant que les utilisateurs y travaillent. Rien n&apos;a été modifié. Cette mise à niveau nécessite la procédure à bases séparées&#xa0;: donnez au nouveau son propre serveur de base de données et retirez «&#xa0;shared&#xa0;» de la section database du plan.</translation>
    </message>
    <message>
        <source>The migrations %1 change the database old serves. The recipe says old keeps working with them; type old&apos;s address (%2) to confirm and run this step again. Nothing was changed.</source>
        <translation>Les migrations %1 modifient la base de données que sert l&apos;ancien. La recette indique que l&apos;ancien continue de fonctionner avec elles&#xa0;; saisissez l&apos;adresse de l&apos;ancien (%2) pour confirmer, et relancez cette étape. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Applying %1 to the shared database, as confirmed: the old version keeps working with them (the recipe says they are backward compatible).</source>
        <translation>Application de %1 à la base de données partagée, comme confirmé&#xa0;: l&apos;ancienne version continue de fonctionner avec elles (la recette indique qu&apos;elles sont rétrocompatibles).</translation>
    </message>
    <message>
        <source>%1: %2, TTL %3 s</source>
        <extracomment>%1 a resolver, %2 the addresses it gives, %3 the record&apos;s TTL in seconds</extracomment>
        <translation>%1&#xa0;: %2, TTL %3 s</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>aucune adresse</translation>
    </message>
    <message>
        <source>DNS record of %1 at each resolver</source>
        <translation>Enregistrement DNS de %1 auprès de chaque résolveur</translation>
    </message>
    <message>
        <source>No answer from %1: step 9 could not see the change there. Fix: correct the plan&apos;s route.resolver or route.resolvers, or let this computer reach them (port %2), then run this step again.</source>
        <translation>Pas de réponse de %1&#xa0;: l&apos;étape 9 n&apos;a pas pu y voir la modification. Correction&#xa0;: corrigez route.resolver ou route.resolvers dans le plan, ou permettez à cet ordinateur de les joindre (port %2), puis relancez cette étape.</translation>
    </message>
    <message>
        <source>Stage %1 of %2: %3% of requests to new. %4 requests reached it, %5 failed (%6%)</source>
        <extracomment>%1 stage number, %2 number of stages, %3 share in percent, %4 requests at new, %5 failed, %6 rate</extracomment>
        <translation>Palier %1 sur %2&#xa0;: %3&#xa0;% des requêtes vers le nouveau. %4 requêtes l&apos;ont atteint, %5 ont échoué (%6&#xa0;%)</translation>
    </message>
    <message>
        <source>, p95 %1 ms</source>
        <translation>, p95 %1 ms</translation>
    </message>
    <message>
        <source>The recipe&apos;s nginx upstream names no server with a port, so the canary cannot tell the new version&apos;s requests in the proxy&apos;s log. Nothing was changed.</source>
        <translation>L&apos;upstream nginx de la recette ne nomme aucun serveur avec un port&#xa0;: le canari ne peut donc pas reconnaître les requêtes de la nouvelle version dans le journal du proxy. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Moving users to new in stages of %1, each held %2 s, watching %3 in the proxy&apos;s access log.</source>
        <extracomment>%1 the stages, e.g. &quot;10%, 50%, 100%&quot;, %2 seconds, %3 the new upstream server (address:port)</extracomment>
        <translation>Déplacement des utilisateurs vers le nouveau par paliers de %1, chacun maintenu %2 s, en surveillant %3 dans le journal d&apos;accès du proxy.</translation>
    </message>
    <message>
        <source>nginx sends every request to new, but %1 does not answer: %2</source>
        <translation>nginx envoie toutes les requêtes au nouveau, mais %1 ne répond pas&#xa0;: %2</translation>
    </message>
    <message>
        <source>Users reach the new installation: %1. No downtime: old served every request until nginx sent it to new.</source>
        <translation>Les utilisateurs accèdent à la nouvelle installation&#xa0;: %1. Aucune interruption de service&#xa0;: l&apos;ancien a servi chaque requête jusqu&apos;à ce que nginx l&apos;envoie au nouveau.</translation>
    </message>
    <message>
        <source>every request to new from here</source>
        <translation>toutes les requêtes vers le nouveau à partir d&apos;ici</translation>
    </message>
    <message>
        <source>The testers&apos; preview is being opened or closed.</source>
        <translation>L&apos;aperçu pour les testeurs est en cours d&apos;ouverture ou de fermeture.</translation>
    </message>
    <message>
        <source>The plan has no preview for testers (route.preview of an nginx route).</source>
        <translation>Le plan n&apos;a pas d&apos;aperçu pour les testeurs (route.preview d&apos;une route nginx).</translation>
    </message>
    <message>
        <source>The preview opens once step 6 has checked the new installation.</source>
        <translation>L&apos;aperçu peut s&apos;ouvrir une fois que l&apos;étape 6 a vérifié la nouvelle installation.</translation>
    </message>
    <message>
        <source>Step 9 is done: users are on the new installation, a preview has no purpose.</source>
        <translation>L&apos;étape 9 est terminée&#xa0;: les utilisateurs sont sur la nouvelle installation, un aperçu n&apos;a plus d&apos;utilité.</translation>
    </message>
    <message>
        <source>Wait for the running work to end before changing the preview.</source>
        <translation>Attendez la fin du travail en cours avant de modifier l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Catch-up</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>The testers&apos; preview could not be closed: %1 Close it from step 7&apos;s page.</source>
        <translation>L&apos;aperçu pour les testeurs n&apos;a pas pu être fermé&#xa0;: %1 Fermez-le depuis la page de l&apos;étape 7.</translation>
    </message>
    <message>
        <source>The plan has no preview for testers: add route.preview, e.g. {&quot;port&quot;: 8081}, to an nginx route.</source>
        <translation>Le plan n&apos;a pas d&apos;aperçu pour les testeurs&#xa0;: ajoutez route.preview, par ex. {&quot;port&quot;: 8081}, à une route nginx.</translation>
    </message>
    <message>
        <source>The preview&apos;s file %1 %2 Set route.preview.file.</source>
        <extracomment>%1 the preview&apos;s file on the proxy, %2 what is wrong with it</extracomment>
        <translation>Le fichier de l&apos;aperçu %1 %2 Indiquez route.preview.file.</translation>
    </message>
    <message>
        <source>Could not read %1 on the proxy: %2</source>
        <translation>Impossible de lire %1 sur le proxy&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 on the proxy was not written by this program, so it is left alone. Remove it or name another file in route.preview.file.</source>
        <extracomment>%1 a file on the proxy</extracomment>
        <translation>%1 sur le proxy n&apos;a pas été écrit par ce programme, il n&apos;y est donc pas touché. Supprimez-le ou nommez un autre fichier dans route.preview.file.</translation>
    </message>
    <message>
        <source>Could not remove %1 on the proxy; the preview is still open.</source>
        <translation>Impossible de supprimer %1 sur le proxy&#xa0;; l&apos;aperçu est toujours ouvert.</translation>
    </message>
    <message>
        <source>nginx&apos;s test fails without the preview (%1), so nginx was not reloaded; %2</source>
        <translation>le test nginx échoue sans l&apos;aperçu (%1), nginx n&apos;a donc pas été rechargé&#xa0;; %2</translation>
    </message>
    <message>
        <source>the preview&apos;s file is back in place.</source>
        <translation>le fichier de l&apos;aperçu est remis en place.</translation>
    </message>
    <message>
        <source>the preview&apos;s file could NOT be put back.</source>
        <translation>le fichier de l&apos;aperçu n&apos;a PAS pu être remis en place.</translation>
    </message>
    <message>
        <source>nginx could not be reloaded: %1; the preview is still open.</source>
        <translation>nginx n&apos;a pas pu être rechargé&#xa0;: %1&#xa0;; l&apos;aperçu est toujours ouvert.</translation>
    </message>
    <message>
        <source>Opening the preview reloads the production proxy: type its address (%1) to go ahead. Nothing was changed.</source>
        <extracomment>%1 the proxy&apos;s address</extracomment>
        <translation>L&apos;ouverture de l&apos;aperçu recharge le proxy de production&#xa0;: saisissez son adresse (%1) pour continuer. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The preview cannot be written: %1. Nothing was changed.</source>
        <translation>L&apos;aperçu ne peut pas être écrit&#xa0;: %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Something already answers at %1:%2 on the proxy, so nginx could not listen there for the preview. Choose another route.preview.port. Nothing was changed.</source>
        <extracomment>%1 address:port on the proxy</extracomment>
        <translation>Quelque chose répond déjà à %1:%2 sur le proxy, nginx ne pourrait donc pas y écouter pour l&apos;aperçu. Choisissez un autre route.preview.port. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not write %1 on the proxy; nothing was changed.</source>
        <translation>Impossible d&apos;écrire %1 sur le proxy&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>nginx&apos;s test refuses the preview (%1), so nginx was not reloaded; %2</source>
        <extracomment>%1 what nginx&apos;s test said</extracomment>
        <translation>le test nginx refuse l&apos;aperçu (%1), nginx n&apos;a donc pas été rechargé&#xa0;; %2</translation>
    </message>
    <message>
        <source>its file was removed again: the proxy is as it was.</source>
        <translation>son fichier a été supprimé à nouveau&#xa0;: le proxy est comme avant.</translation>
    </message>
    <message>
        <source>its file could NOT be removed: remove %1 on the proxy by hand.</source>
        <translation>son fichier n&apos;a PAS pu être supprimé&#xa0;: supprimez %1 sur le proxy à la main.</translation>
    </message>
    <message>
        <source>nginx could not be reloaded (%1); the preview&apos;s file was removed again.</source>
        <translation>nginx n&apos;a pas pu être rechargé (%1)&#xa0;; le fichier de l&apos;aperçu a été supprimé à nouveau.</translation>
    </message>
    <message>
        <source>nginx was reloaded with the preview, but nothing answers at %1 from the proxy itself. Does nginx&apos;s configuration include %2 (an include of its folder&apos;s *.conf, or route.preview.file naming a file it includes)? %3</source>
        <extracomment>%1 the preview&apos;s URL, %2 the preview&apos;s file, %3 what became of it</extracomment>
        <translation>nginx a été rechargé avec l&apos;aperçu, mais rien ne répond à %1 depuis le proxy lui-même. La configuration de nginx inclut-elle %2 (un include des *.conf de son dossier, ou un route.preview.file qui nomme un fichier qu&apos;elle inclut)&#xa0;? %3</translation>
    </message>
    <message>
        <source>The preview was closed again.</source>
        <translation>L&apos;aperçu a été refermé.</translation>
    </message>
    <message>
        <source>Testers reach the new installation at %1 (it answered: %3); users stay on the old one at %2. Close the preview when testing is done; step 9 closes it too.</source>
        <extracomment>%1 the preview&apos;s URL, %2 the public URL, %3 the first line of the preview&apos;s answer</extracomment>
        <translation>Les testeurs accèdent à la nouvelle installation à %1 (elle a répondu&#xa0;: %3)&#xa0;; les utilisateurs restent sur l&apos;ancienne à %2. Fermez l&apos;aperçu quand les tests sont terminés&#xa0;; l&apos;étape 9 le ferme aussi.</translation>
    </message>
    <message>
        <source>No preview is open: %1 is not on the proxy.</source>
        <translation>Aucun aperçu n&apos;est ouvert&#xa0;: %1 n&apos;est pas sur le proxy.</translation>
    </message>
    <message>
        <source>The preview is closed: %1 was removed from the proxy and nginx reloaded.</source>
        <translation>L&apos;aperçu est fermé&#xa0;: %1 a été supprimé du proxy et nginx a été rechargé.</translation>
    </message>
    <message>
        <source>The testers&apos; preview is still open: closing it (%1).</source>
        <translation>L&apos;aperçu pour les testeurs est toujours ouvert&#xa0;: fermeture en cours (%1).</translation>
    </message>
    <message>
        <source>see new&apos;s PostgreSQL log</source>
        <translation>voir le journal PostgreSQL du nouveau</translation>
    </message>
    <message>
        <source>Reading the subscription on new</source>
        <translation>Lecture de l&apos;abonnement sur le nouveau</translation>
    </message>
    <message>
        <source>New&apos;s database %1 has no subscription to old: replication is not running (run step 4 again to start it).</source>
        <translation>La base de données %1 du nouveau n&apos;a pas d&apos;abonnement à l&apos;ancien&#xa0;: la réplication ne tourne pas (relancez l&apos;étape 4 pour la démarrer).</translation>
    </message>
    <message>
        <source>The replication from old to new failed (%1 apply and %2 copy errors on new): %3. Roll back, fix the cause and run step 4 again.</source>
        <translation>La réplication de l&apos;ancien vers le nouveau a échoué (%1 erreurs d&apos;application et %2 erreurs de copie sur le nouveau)&#xa0;: %3. Faites un retour arrière, corrigez la cause et relancez l&apos;étape 4.</translation>
    </message>
    <message>
        <source>Reading the replication slot on old</source>
        <translation>Lecture du slot de réplication sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Looking for new&apos;s sync database</source>
        <translation>Recherche de la base de synchronisation du nouveau</translation>
    </message>
    <message>
        <source>Removing the subscription on new</source>
        <translation>Suppression de l&apos;abonnement sur le nouveau</translation>
    </message>
    <message>
        <source>%1; removing it without reaching old, then old&apos;s slot directly.</source>
        <translation>%1&#xa0;; suppression sans joindre l&apos;ancien, puis suppression directe du slot de l&apos;ancien.</translation>
    </message>
    <message>
        <source>Dropping new&apos;s sync database</source>
        <translation>Suppression de la base de synchronisation du nouveau</translation>
    </message>
    <message>
        <source>Removing the slot, publication and role on old</source>
        <translation>Suppression du slot, de la publication et du rôle sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Checking that nothing of the replication is left on old</source>
        <translation>Vérification qu&apos;il ne reste rien de la réplication sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Still on old after the removal: %1. A slot left behind keeps old&apos;s WAL and fills its disk: drop it with SELECT pg_drop_replication_slot(...).</source>
        <translation>Encore présent sur l&apos;ancien après la suppression&#xa0;: %1. Un slot oublié retient le WAL de l&apos;ancien et remplit son disque&#xa0;: supprimez-le avec SELECT pg_drop_replication_slot(...).</translation>
    </message>
    <message>
        <source>Replication does not start: %1 Step 8 will dump and restore instead.</source>
        <translation>La réplication ne démarre pas&#xa0;: %1 L&apos;étape 8 fera un dump et une restauration à la place.</translation>
    </message>
    <message>
        <source> Replication did not start (%1): step 8 will dump and restore.</source>
        <translation> La réplication n&apos;a pas démarré (%1)&#xa0;: l&apos;étape 8 fera un dump et une restauration.</translation>
    </message>
    <message>
        <source>old&apos;s PostgreSQL is not a Debian cluster (cluster_name &quot;%1&quot;), so the program does not know how to restart it: set wal_level = logical in its postgresql.conf and restart it yourself.</source>
        <translation>le PostgreSQL de l&apos;ancien n&apos;est pas un cluster Debian (cluster_name «&#xa0;%1&#xa0;»), le programme ne sait donc pas comment le redémarrer&#xa0;: réglez wal_level = logical dans son postgresql.conf et redémarrez-le vous-même.</translation>
    </message>
    <message>
        <source>Setting wal_level = logical on old</source>
        <translation>Réglage de wal_level = logical sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Restarting %1 on old: its database is unavailable until it is back.</source>
        <translation>Redémarrage de %1 sur l&apos;ancien&#xa0;: sa base de données est indisponible jusqu&apos;à son retour.</translation>
    </message>
    <message>
        <source>Restarting %1 on old failed (%2): look at `systemctl status %1` there.</source>
        <translation>Le redémarrage de %1 sur l&apos;ancien a échoué (%2)&#xa0;: consultez `systemctl status %1` sur cet hôte.</translation>
    </message>
    <message>
        <source>Asking old&apos;s PostgreSQL</source>
        <translation>Interrogation du PostgreSQL de l&apos;ancien</translation>
    </message>
    <message>
        <source>old&apos;s PostgreSQL did not answer within 2 minutes of its restart: %1</source>
        <translation>le PostgreSQL de l&apos;ancien n&apos;a pas répondu dans les 2 minutes suivant son redémarrage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled while old&apos;s PostgreSQL restarted.</source>
        <translation>Annulé pendant le redémarrage du PostgreSQL de l&apos;ancien.</translation>
    </message>
    <message>
        <source>New copies old&apos;s tables for the replication</source>
        <translation>Le nouveau copie les tables de l&apos;ancien pour la réplication</translation>
    </message>
    <message>
        <source>Cancelled while new copied old&apos;s tables.</source>
        <translation>Annulé pendant que le nouveau copiait les tables de l&apos;ancien.</translation>
    </message>
    <message>
        <source>replication is built for PostgreSQL only so far, and this database is MySQL/MariaDB.</source>
        <translation>la réplication n&apos;est pour l&apos;instant prise en charge que pour PostgreSQL, et cette base de données est en MySQL/MariaDB.</translation>
    </message>
    <message>
        <source>replication between databases inside compose services is not built yet.</source>
        <translation>la réplication entre bases de données dans des services compose n&apos;est pas encore prise en charge.</translation>
    </message>
    <message>
        <source>Reading what old&apos;s PostgreSQL allows for replication</source>
        <translation>Lecture de ce que le PostgreSQL de l&apos;ancien permet pour la réplication</translation>
    </message>
    <message>
        <source>old&apos;s wal_level is &quot;%1&quot;; replication needs &quot;logical&quot;, which takes a restart of old&apos;s PostgreSQL (its database unavailable for some seconds). To allow it, type old&apos;s address on step 4&apos;s page and run the step again.</source>
        <translation>le wal_level de l&apos;ancien est «&#xa0;%1&#xa0;»&#xa0;; la réplication demande «&#xa0;logical&#xa0;», ce qui exige un redémarrage du PostgreSQL de l&apos;ancien (sa base de données est alors indisponible quelques secondes). Pour l&apos;autoriser, saisissez l&apos;adresse de l&apos;ancien sur la page de l&apos;étape 4 et relancez l&apos;étape.</translation>
    </message>
    <message>
        <source>Old&apos;s PostgreSQL was unavailable for %1 s while it restarted.</source>
        <translation>Le PostgreSQL de l&apos;ancien a été indisponible pendant %1 s lors de son redémarrage.</translation>
    </message>
    <message>
        <source>Creating the replication role and publication on old</source>
        <translation>Création du rôle de réplication et de la publication sur l&apos;ancien</translation>
    </message>
    <message>
        <source>Restoring old&apos;s schema into %1</source>
        <translation>Restauration du schéma de l&apos;ancien dans %1</translation>
    </message>
    <message>
        <source>Subscribing new to old</source>
        <translation>Abonnement du nouveau à l&apos;ancien</translation>
    </message>
    <message>
        <source>%1. New must reach old&apos;s PostgreSQL at %2 as %3: old&apos;s listen_addresses and a pg_hba.conf line for new&apos;s address must allow it.</source>
        <translation>%1. Le nouveau doit joindre le PostgreSQL de l&apos;ancien à %2 en tant que %3&#xa0;: les listen_addresses de l&apos;ancien et une ligne de pg_hba.conf pour l&apos;adresse du nouveau doivent le permettre.</translation>
    </message>
    <message>
        <source> New&apos;s %1 now follows old by logical replication (%2 tables copied); step 8 only catches up.</source>
        <translation> %1 sur le nouveau suit maintenant l&apos;ancien par réplication logique (%2 tables copiées)&#xa0;; l&apos;étape 8 n&apos;a plus qu&apos;à rattraper le retard.</translation>
    </message>
    <message>
        <source>New stopped catching up with old: %1 bytes behind for %2 s (slot %3). %4</source>
        <translation>Le nouveau ne rattrape plus l&apos;ancien&#xa0;: %1 octets de retard depuis %2 s (slot %3). %4</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>not in use</source>
        <translation>non utilisé</translation>
    </message>
    <message>
        <source>Look at new&apos;s PostgreSQL log.</source>
        <translation>Consultez le journal PostgreSQL du nouveau.</translation>
    </message>
    <message>
        <source>New applies old&apos;s last changes</source>
        <translation>Le nouveau applique les dernières modifications de l&apos;ancien</translation>
    </message>
    <message>
        <source>Cancelled while new caught up with old.</source>
        <translation>Annulé pendant que le nouveau rattrapait l&apos;ancien.</translation>
    </message>
    <message>
        <source>Reading old&apos;s sequences</source>
        <translation>Lecture des séquences de l&apos;ancien</translation>
    </message>
    <message>
        <source>Setting the sequences on new</source>
        <translation>Réglage des séquences sur le nouveau</translation>
    </message>
    <message>
        <source>Making the sync database new&apos;s application database</source>
        <translation>Passage de la base de synchronisation en base de l&apos;application du nouveau</translation>
    </message>
    <message>
        <source>New caught up with old in %1 s (%2 bytes of WAL behind at the stop), replication removed from both hosts. %3</source>
        <translation>Le nouveau a rattrapé l&apos;ancien en %1 s (%2 octets de WAL de retard à l&apos;arrêt), réplication supprimée des deux hôtes. %3</translation>
    </message>
    <message>
        <source>Replication: new is %1 bytes behind old.</source>
        <translation>Réplication&#xa0;: le nouveau a %1 octets de retard sur l&apos;ancien.</translation>
    </message>
    <message>
        <source>Replication removed: no subscription or sync database on new, no slot, publication or role on old.</source>
        <translation>Réplication supprimée&#xa0;: ni abonnement ni base de synchronisation sur le nouveau, ni slot, ni publication, ni rôle sur l&apos;ancien.</translation>
    </message>
    <message>
        <source> Old&apos;s wal_level stays logical; ALTER SYSTEM RESET wal_level and a restart of old&apos;s PostgreSQL undo it.</source>
        <translation> Le wal_level de l&apos;ancien reste à logical&#xa0;; ALTER SYSTEM RESET wal_level suivi d&apos;un redémarrage du PostgreSQL de l&apos;ancien l&apos;annule.</translation>
    </message>
    <message>
        <source>The preview&apos;s port %1 still answered 10 s after the reload: nginx&apos;s workers of the previous configuration may still be finishing requests.</source>
        <translation>Le port %1 de l&apos;aperçu répondait encore 10 s après le rechargement&#xa0;: des workers nginx de la configuration précédente terminent peut-être encore des requêtes.</translation>
    </message>
</context>
<context>
    <name>puw::Journal</name>
    <message>
        <source>Cannot create the session folder %1. Choose another one with --session-dir.</source>
        <translation>Impossible de créer le dossier de session %1. Choisissez-en un autre avec --session-dir.</translation>
    </message>
    <message>
        <source>The session folder %1 is in use by another Parallel Upgrade Wizard (process %2 on %3). Close that window first, or use another folder with --session-dir.</source>
        <translation>Le dossier de session %1 est utilisé par un autre assistant de mise à niveau parallèle (processus %2 sur %3). Fermez d&apos;abord cette fenêtre, ou utilisez un autre dossier avec --session-dir.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1: %2.</source>
        <translation>Impossible d&apos;ouvrir le journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot prepare the journal %1: %2.</source>
        <translation>Impossible de préparer le journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The journal %1 %2.</source>
        <extracomment>%1 the journal file, %2 why it cannot be used, a phrase such as &quot;was written by a newer version...&quot;</extracomment>
        <translation>Le journal %1 %2.</translation>
    </message>
    <message>
        <source>Cannot %1 in the journal %2: %3.</source>
        <extracomment>%1 one of this context&apos;s actions (&quot;read the steps&quot;, &quot;record a command&quot;...), %2 the journal file, %3 the database&apos;s own error</extracomment>
        <translation>Impossible de %1 dans le journal %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>read the steps</source>
        <translation>lire les étapes</translation>
    </message>
    <message>
        <source>The program stopped while this step was running.</source>
        <translation>Le programme s&apos;est arrêté pendant l&apos;exécution de cette étape.</translation>
    </message>
    <message>
        <source>mark interrupted steps</source>
        <translation>marquer les étapes interrompues</translation>
    </message>
    <message>
        <source>create a session</source>
        <translation>créer une session</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>terminer la session</translation>
    </message>
    <message>
        <source>Step %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>L&apos;étape %1 ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>update a step</source>
        <translation>mettre à jour une étape</translation>
    </message>
    <message>
        <source>record a command</source>
        <translation>enregistrer une commande</translation>
    </message>
    <message>
        <source>read the commands</source>
        <translation>lire les commandes</translation>
    </message>
    <message>
        <source>record a check</source>
        <translation>enregistrer une vérification</translation>
    </message>
    <message>
        <source>read the checks</source>
        <translation>lire les vérifications</translation>
    </message>
    <message>
        <source>record a backup or file</source>
        <translation>enregistrer une sauvegarde ou un fichier</translation>
    </message>
    <message>
        <source>read the backups and files</source>
        <translation>lire les sauvegardes et fichiers</translation>
    </message>
    <message>
        <source>record a value</source>
        <translation>enregistrer une valeur</translation>
    </message>
    <message>
        <source>
… %1 characters omitted …
</source>
        <translation>
… %1 caractères omis …
</translation>
    </message>
    <message>
        <source>read the session&apos;s values</source>
        <translation>lire les valeurs de la session</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>impossible de lire la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>was written by a newer version of this program (schema %1, this one knows %2); update the program or choose another session folder</source>
        <translation>a été écrit par une version plus récente de ce programme (schéma %1, celle-ci connaît %2)&#xa0;; mettez le programme à jour ou choisissez un autre dossier de session</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>impossible de démarrer une transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot upgrade the schema to version %1: %2</source>
        <translation>impossible de mettre à niveau le schéma vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot record the schema version: %1</source>
        <translation>impossible d&apos;enregistrer la version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot save the schema: %1</source>
        <translation>impossible d&apos;enregistrer le schéma&#xa0;: %1</translation>
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
        <translation>une valeur vrai/faux</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation>doit être une chaîne, pas %1.</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation>Mettez la valeur entre guillemets droits doubles.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Utilisez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>must be a number, not %1.</source>
        <translation>doit être un nombre, pas %1.</translation>
    </message>
    <message>
        <source>is %1, which is out of range.</source>
        <translation>vaut %1, hors de la plage autorisée.</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>doit être true ou false, pas %1.</translation>
    </message>
    <message>
        <source>Write true or false without quotes.</source>
        <translation>Écrivez true ou false sans guillemets.</translation>
    </message>
    <message>
        <source>must be an object ({ ... }), not %1.</source>
        <translation>doit être un objet ({ ... }), pas %1.</translation>
    </message>
    <message>
        <source>Enclose its fields in braces.</source>
        <translation>Mettez ses champs entre accolades.</translation>
    </message>
    <message>
        <source>must be a list ([ ... ]), not %1.</source>
        <translation>doit être une liste ([ ... ]), pas %1.</translation>
    </message>
    <message>
        <source>Enclose the strings in square brackets.</source>
        <translation>Mettez les chaînes entre crochets.</translation>
    </message>
    <message>
        <source>Put the value in double quotes, even a number.</source>
        <translation>Mettez la valeur entre guillemets droits doubles, même un nombre.</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>n&apos;est pas un champ connu.</translation>
    </message>
    <message>
        <source>Remove it; the known fields are: %1.</source>
        <translation>Supprimez-le&#xa0;; les champs connus sont&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at line %2.</source>
        <translation>n&apos;est pas du JSON valide&#xa0;: %1 à la ligne %2.</translation>
    </message>
    <message>
        <source>Correct the syntax there (a missing comma or quote is the usual cause).</source>
        <translation>Corrigez la syntaxe à cet endroit (une virgule ou un guillemet manquant en est la cause habituelle).</translation>
    </message>
    <message>
        <source>must hold one JSON object.</source>
        <translation>doit contenir un seul objet JSON.</translation>
    </message>
    <message>
        <source>Enclose the %1 in { ... }.</source>
        <extracomment>%1 is what the file holds: &quot;plan&quot; or &quot;recipe&quot; (translated on their own)</extracomment>
        <translation>Mettez le contenu (%1) entre { ... }.</translation>
    </message>
</context>
<context>
    <name>puw::LogView</name>
    <message>
        <source>Output of the step</source>
        <translation>Sortie de l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>[… %n lines not shown here; the journal keeps the output]</source>
        <extracomment>in the live log when output came faster than it can be shown</extracomment>
        <translation>
            <numerusform>[… %n ligne non affichée ici&#xa0;; le journal conserve la sortie]</numerusform>
            <numerusform>[… %n lignes non affichées ici&#xa0;; le journal conserve la sortie]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>puw::ManualChecks</name>
    <message>
        <source>Checks you do yourself</source>
        <translation>Vérifications manuelles</translation>
    </message>
    <message>
        <source>Checks you do yourself on the new installation</source>
        <translation>Vérifications que vous faites vous-même sur la nouvelle installation</translation>
    </message>
    <message>
        <source>I logged in as an ordinary user.</source>
        <translation>Je me suis connecté en tant qu&apos;utilisateur ordinaire.</translation>
    </message>
    <message>
        <source>I opened a recent record and it shows the same data as on the old host.</source>
        <translation>J&apos;ai ouvert un enregistrement récent et il affiche les mêmes données que sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>An uploaded file or attachment opens.</source>
        <translation>Un fichier téléversé ou une pièce jointe s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The pages I use most look and work as before.</source>
        <translation>Les pages que j&apos;utilise le plus ont le même aspect et fonctionnent comme avant.</translation>
    </message>
    <message>
        <source>Recor&amp;d these checks</source>
        <translation>&amp;Consigner ces vérifications</translation>
    </message>
    <message>
        <source>Record the checks you did yourself</source>
        <translation>Consigner les vérifications que vous avez faites vous-même</translation>
    </message>
    <message>
        <source>Whether the manual checks were recorded</source>
        <translation>Si les vérifications manuelles ont été consignées</translation>
    </message>
    <message>
        <source>Run a step first: the checks belong to a session.</source>
        <translation>Exécutez d&apos;abord une étape&#xa0;: les vérifications appartiennent à une session.</translation>
    </message>
    <message>
        <source>confirmed by the administrator</source>
        <extracomment>detail of a manual check the admin did not tick</extracomment>
        <translation>confirmé par l&apos;administrateur</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>Recorded: %1 of %2 confirmed.</source>
        <extracomment>%1: boxes ticked, %2: boxes in all</extracomment>
        <translation>Consigné&#xa0;: %1 sur %2 confirmées.</translation>
    </message>
</context>
<context>
    <name>puw::Merge</name>
    <message>
        <source>libgit2 did not start.</source>
        <translation>libgit2 n&apos;a pas démarré.</translation>
    </message>
    <message>
        <source>libgit2 could not compare the files.</source>
        <translation>libgit2 n&apos;a pas pu comparer les fichiers.</translation>
    </message>
    <message>
        <source>at the start</source>
        <extracomment>Where a change that has no lines on this side sits, e.g. &quot;after line 12&quot;</extracomment>
        <translation>au début</translation>
    </message>
    <message>
        <source>after line %1</source>
        <translation>après la ligne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>lines %1–%2</source>
        <translation>lignes %1–%2</translation>
    </message>
    <message>
        <source>old&apos;s file %1, new&apos;s default %2</source>
        <translation>fichier de l&apos;ancienne installation (%1), fichier par défaut de la nouvelle (%2)</translation>
    </message>
    <message>
        <source>old&apos;s file %1, new&apos;s file %2</source>
        <translation>fichier de l&apos;ancienne installation (%1), fichier de la nouvelle (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need a decision and no side is set to win: %1</source>
        <extracomment>%1 lists where each change is, e.g. &quot;old&apos;s file line 4, new&apos;s default line 4&quot;</extracomment>
        <translation>
            <numerusform>%n modification demande une décision et aucun côté n&apos;est désigné pour l&apos;emporter&#xa0;: %1</numerusform>
            <numerusform>%n modifications demandent une décision et aucun côté n&apos;est désigné pour l&apos;emporter&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the comments at old&apos;s line %1</source>
        <extracomment>A conflict that touches no setting, only comments or blank lines</extracomment>
        <translation>les commentaires de la ligne %1 de l&apos;ancienne installation</translation>
    </message>
    <message>
        <source>Differed on %1: took old&apos;s</source>
        <translation>Différence sur %1&#xa0;: version de l&apos;ancienne installation retenue</translation>
    </message>
    <message>
        <source>Conflict on %1: took old&apos;s</source>
        <translation>Conflit sur %1&#xa0;: version de l&apos;ancienne installation retenue</translation>
    </message>
    <message>
        <source>Differed on %1: edited by hand</source>
        <translation>Différence sur %1&#xa0;: modifié à la main</translation>
    </message>
    <message>
        <source>Conflict on %1: edited by hand</source>
        <translation>Conflit sur %1&#xa0;: modifié à la main</translation>
    </message>
    <message>
        <source>Differed on %1: kept new&apos;s</source>
        <translation>Différence sur %1&#xa0;: version de la nouvelle installation conservée</translation>
    </message>
    <message>
        <source>Conflict on %1: kept new&apos;s</source>
        <translation>Conflit sur %1&#xa0;: version de la nouvelle installation conservée</translation>
    </message>
    <message>
        <source>Carried from old: %1</source>
        <translation>Repris de l&apos;ancienne installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept as new has them: %1</source>
        <translation>Conservés tels que dans la nouvelle installation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added by new: %1</source>
        <translation>Ajoutés par la nouvelle version&#xa0;: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <extracomment>Settings not written: the new version removed them, or its addition was declined</extracomment>
        <translation>Laissés de côté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edited by hand: %1</source>
        <translation>Modifiés à la main&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to comments or blank lines</source>
        <translation>
            <numerusform>%n modification de commentaires ou de lignes vides</numerusform>
            <numerusform>%n modifications de commentaires ou de lignes vides</numerusform>
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
        <translation>Ancien hôte (en service)</translation>
    </message>
    <message>
        <source>Old host</source>
        <translation>Ancien hôte</translation>
    </message>
    <message>
        <source>New host (to be installed)</source>
        <translation>Nouvel hôte (à installer)</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Nouvel hôte</translation>
    </message>
    <message>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <source>Known hosts file</source>
        <translation>Fichier des hôtes connus</translation>
    </message>
    <message>
        <source>&amp;Known hosts file:</source>
        <translation>Fichier des &amp;hôtes connus&#xa0;:</translation>
    </message>
    <message>
        <source>How users reach the application</source>
        <translation>Comment les utilisateurs accèdent à l&apos;application</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Kind of route</source>
        <translation>Type de route</translation>
    </message>
    <message>
        <source>By hand: the wizard does not switch users</source>
        <translation>À la main&#xa0;: l&apos;assistant ne bascule pas les utilisateurs</translation>
    </message>
    <message>
        <source>nginx reverse proxy: the wizard switches its upstream</source>
        <translation>Proxy inverse nginx&#xa0;: l&apos;assistant bascule son upstream</translation>
    </message>
    <message>
        <source>DNS name: you change the record, the wizard verifies it</source>
        <translation>Nom DNS&#xa0;: vous modifiez l&apos;enregistrement, l&apos;assistant le vérifie</translation>
    </message>
    <message>
        <source>https://app.example.org/</source>
        <translation>https://app.example.org/</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte proxy</translation>
    </message>
    <message>
        <source>/etc/nginx/conf.d/app-upstream.conf</source>
        <translation>/etc/nginx/conf.d/app-upstream.conf</translation>
    </message>
    <message>
        <source>Upstream file</source>
        <translation>Fichier upstream</translation>
    </message>
    <message>
        <source>Up&amp;stream file:</source>
        <translation>Fichier upstrea&amp;m&#xa0;:</translation>
    </message>
    <message>
        <source>app.example.org</source>
        <translation>app.example.org</translation>
    </message>
    <message>
        <source>DNS name</source>
        <translation>Nom DNS</translation>
    </message>
    <message>
        <source>empty: the system&apos;s resolver</source>
        <translation>vide&#xa0;: le résolveur du système</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Résolveur</translation>
    </message>
    <message>
        <source>53</source>
        <translation>53</translation>
    </message>
    <message>
        <source>Resolver port</source>
        <translation>Port du résolveur</translation>
    </message>
    <message>
        <source>DNS &amp;name:</source>
        <translation>Nom &amp;DNS&#xa0;:</translation>
    </message>
    <message>
        <source>Res&amp;olver:</source>
        <translation>Réso&amp;lveur&#xa0;:</translation>
    </message>
    <message>
        <source>Resolver &amp;port:</source>
        <translation>&amp;Port du résolveur&#xa0;:</translation>
    </message>
    <message>
        <source>Rou&amp;te:</source>
        <translation>Rout&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;ublic address:</source>
        <translation>Adresse pu&amp;blique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>puw::PlanError</name>
    <message>
        <source>field &quot;%1&quot;: </source>
        <extracomment>starts a plan or recipe error; %1 the field&apos;s path (e.g. new.port), the problem follows</extracomment>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: </translation>
    </message>
</context>
<context>
    <name>puw::PlanForm</name>
    <message>
        <source>is not the name of an environment variable.</source>
        <translation>n&apos;est pas le nom d&apos;une variable d&apos;environnement.</translation>
    </message>
    <message>
        <source>Give the variable&apos;s name (letters, digits and _, such as UPGRADE_DB_PASSWORD), never the secret itself; leave it empty to use the keychain.</source>
        <translation>Indiquez le nom de la variable (lettres, chiffres et _, comme UPGRADE_DB_PASSWORD), jamais le secret lui-même&#xa0;; laissez le champ vide pour utiliser le trousseau.</translation>
    </message>
</context>
<context>
    <name>puw::PlanWriter</name>
    <message>
        <source>Cannot write the plan to %1: %2.</source>
        <translation>Impossible d&apos;écrire le plan dans %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write the plan to %1: %2. The previous file, if any, is unchanged.</source>
        <translation>Impossible d&apos;écrire le plan dans %1&#xa0;: %2. Le fichier précédent, s&apos;il existe, est inchangé.</translation>
    </message>
</context>
<context>
    <name>puw::PortForward</name>
    <message>
        <source>Not connected to %1.</source>
        <translation>Pas connecté à %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1: %1</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot tunnel to %1:%2 through %3: %4</source>
        <translation>Impossible d&apos;établir un tunnel vers %1:%2 via %3&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>puw::Procedure</name>
    <message>
        <source>Shared database: only the web servers change, without downtime</source>
        <translation>Base de données partagée&#xa0;: seuls les serveurs web changent, sans interruption de service</translation>
    </message>
    <message>
        <source>Separate databases: the data moves to new during a downtime</source>
        <translation>Bases de données séparées&#xa0;: les données passent au nouveau pendant une interruption de service</translation>
    </message>
    <message>
        <source>Not part of the shared-database procedure: the new installation uses old&apos;s database, so there is nothing to import. Step 3&apos;s backup is kept as the safety copy.</source>
        <translation>Ne fait pas partie de la procédure à base partagée&#xa0;: la nouvelle installation utilise la base de données de l&apos;ancien, il n&apos;y a donc rien à importer. La sauvegarde de l&apos;étape 3 est conservée comme copie de sécurité.</translation>
    </message>
    <message>
        <source>Nothing stops: old and new share one database, so old keeps serving users until step 9 moves them, and there is no downtime. Both versions write to the same database from step 5 on; a migration that is not backward compatible would break the old version.</source>
        <translation>Rien ne s&apos;arrête&#xa0;: l&apos;ancien et le nouveau partagent une base de données, l&apos;ancien continue donc de servir les utilisateurs jusqu&apos;à ce que l&apos;étape 9 les déplace, et il n&apos;y a pas d&apos;interruption de service. Les deux versions écrivent dans la même base de données à partir de l&apos;étape 5&#xa0;; une migration non rétrocompatible casserait l&apos;ancienne version.</translation>
    </message>
    <message>
        <source>Not part of the shared-database procedure: both versions already read and write the same data.</source>
        <translation>Ne fait pas partie de la procédure à base partagée&#xa0;: les deux versions lisent et écrivent déjà les mêmes données.</translation>
    </message>
</context>
<context>
    <name>puw::ProgressPanel</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <extracomment>time left of a transfer, in seconds</extracomment>
        <translation>
            <numerusform>environ %n s restante</numerusform>
            <numerusform>environ %n s restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <extracomment>time left of a transfer, in minutes</extracomment>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <extracomment>time left of a transfer, hours and minutes</extracomment>
        <translation>environ %1 h %2 min restantes</translation>
    </message>
    <message>
        <source>Progress of the step</source>
        <translation>Progression de l&apos;étape</translation>
    </message>
    <message>
        <source>Progress bar</source>
        <translation>Barre de progression</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1: amount done, %2: total amount (e.g. &quot;12.5 MB of 40.0 MB&quot;)</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>a transfer rate, e.g. &quot;3.2 MB/s&quot; or &quot;120 items/s&quot;</extracomment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 par seconde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>puw::RecipeBinding</name>
    <message>
        <source>is not a variable of the recipe &quot;%1&quot;.</source>
        <translation>n&apos;est pas une variable de la recette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Remove it, or use one of: %1.</source>
        <translation>Supprimez-la, ou utilisez l&apos;une de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>is needed by the recipe &quot;%1&quot; and has no value.</source>
        <translation>est requise par la recette «&#xa0;%1&#xa0;» et n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables.</source>
        <translation>Ajoutez-la aux variables du plan.</translation>
    </message>
    <message>
        <source>Add it to the plan&apos;s variables: %1.</source>
        <translation>Ajoutez-la aux variables du plan&#xa0;: %1.</translation>
    </message>
    <message>
        <source>has a default that refers to itself through other variables.</source>
        <translation>a une valeur par défaut qui renvoie à elle-même via d&apos;autres variables.</translation>
    </message>
    <message>
        <source>Give it a literal default.</source>
        <translation>Donnez-lui une valeur par défaut littérale.</translation>
    </message>
    <message>
        <source>give the database engine &quot;%1&quot;, which is not supported.</source>
        <translation>indique le moteur de base de données «&#xa0;%1&#xa0;», qui n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation>Utilisez «&#xa0;postgresql&#xa0;» ou «&#xa0;mysql&#xa0;» (MySQL et MariaDB).</translation>
    </message>
    <message>
        <source>is &quot;nginx&quot;, but the recipe &quot;%1&quot; has no nginx upstream template (routing.nginxUpstream): step 9 could not switch the proxy.</source>
        <translation>vaut « nginx », mais la recette « %1 » n&apos;a pas de modèle d&apos;upstream nginx (routing.nginxUpstream) : l&apos;étape 9 ne pourrait pas basculer le proxy.</translation>
    </message>
    <message>
        <source>Add routing.nginxUpstream to the recipe, or route by DNS.</source>
        <translation>Ajoutez routing.nginxUpstream à la recette, ou routez par DNS.</translation>
    </message>
    <message>
        <source>asks for a canary, but the recipe &quot;%1&quot; has no weighted upstream template (routing.nginxCanaryUpstream): step 9 could not share requests between old and new.</source>
        <translation>demande un canari, mais la recette «&#xa0;%1&#xa0;» n&apos;a pas de modèle d&apos;upstream pondéré (routing.nginxCanaryUpstream)&#xa0;: l&apos;étape 9 ne pourrait pas répartir les requêtes entre l&apos;ancien et le nouveau.</translation>
    </message>
    <message>
        <source>Add routing.nginxCanaryUpstream to the recipe, with {{old_weight}} and {{new_weight}} on the two server lines, or remove route.canary.</source>
        <translation>Ajoutez routing.nginxCanaryUpstream à la recette, avec {{old_weight}} et {{new_weight}} sur les deux lignes server, ou supprimez route.canary.</translation>
    </message>
</context>
<context>
    <name>puw::RecipeGroup</name>
    <message>
        <source>SSH password:</source>
        <translation>Mot de passe SSH&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase of the SSH key:</source>
        <translation>Phrase secrète de la clé SSH&#xa0;:</translation>
    </message>
    <message>
        <source>sudo password:</source>
        <translation>Mot de passe sudo&#xa0;:</translation>
    </message>
    <message>
        <source>Database password:</source>
        <translation>Mot de passe de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot;:</source>
        <extracomment>%1: the identifier of a secret a recipe needs</extracomment>
        <translation>Secret «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>What the recipe covers</source>
        <translation>Ce que couvre la recette</translation>
    </message>
    <message>
        <source>Recipe of the application</source>
        <translation>Recette de l&apos;application</translation>
    </message>
    <message>
        <source>Choose the application…</source>
        <translation>Choisissez l&apos;application…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;Stock room, spring upgrade&quot;</source>
        <translation>facultatif, par ex. «&#xa0;Magasin, mise à niveau de printemps&#xa0;»</translation>
    </message>
    <message>
        <source>Name of the plan</source>
        <translation>Nom du plan</translation>
    </message>
    <message>
        <source>Variables of the recipe</source>
        <translation>Variables de la recette</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What it is (default)</source>
        <translation>Description (valeur par défaut)</translation>
    </message>
    <message>
        <source>Secrets are never written in a plan. By default they are asked when needed and may be kept in your keychain; for unattended runs, name the environment variable that holds each one.</source>
        <translation>Les secrets ne sont jamais écrits dans un plan. Par défaut, ils sont demandés au moment voulu et peuvent être gardés dans votre trousseau&#xa0;; pour les exécutions sans surveillance, nommez la variable d&apos;environnement qui contient chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>About secrets</source>
        <translation>À propos des secrets</translation>
    </message>
    <message>
        <source>&amp;Recipe:</source>
        <translation>&amp;Recette&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Variables:</source>
        <translation>&amp;Variables&#xa0;:</translation>
    </message>
    <message>
        <source>The recipe says how the application is installed, where its data and configuration live, and how it is checked.</source>
        <translation>La recette indique comment l&apos;application est installée, où se trouvent ses données et sa configuration, et comment elle est vérifiée.</translation>
    </message>
    <message>
        <source>%1 (needed)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>none: asked, and kept in the keychain if you wish</source>
        <translation>aucune&#xa0;: le secret est demandé, et gardé dans le trousseau si vous le souhaitez</translation>
    </message>
    <message>
        <source>Environment variable for the %1</source>
        <extracomment>%1: the identifier of a secret, e.g. db-password</extracomment>
        <translation>Variable d&apos;environnement pour %1</translation>
    </message>
    <message>
        <source>not a variable of this recipe</source>
        <translation>pas une variable de cette recette</translation>
    </message>
</context>
<context>
    <name>puw::RecipeLoader</name>
    <message>
        <source>uses {{%1}}, which is neither a variable of this recipe nor a built-in.</source>
        <translation>utilise {{%1}}, qui n&apos;est ni une variable de cette recette ni une variable intégrée.</translation>
    </message>
    <message>
        <source>Declare it under &quot;variables&quot;, or use one of: %1.</source>
        <translation>Déclarez-la sous «&#xa0;variables&#xa0;», ou utilisez l&apos;une de&#xa0;: %1.</translation>
    </message>
    <message>
        <source>recipe</source>
        <translation>recette</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands.</source>
        <extracomment>about the recipe&apos;s &quot;format&quot; field; %1 its value, a version number</extracomment>
        <translation>vaut %1, plus récent que ce que ce programme comprend.</translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation>Mettez à jour l&apos;assistant de mise à niveau parallèle.</translation>
    </message>
    <message>
        <source>Give the recipe a short id.</source>
        <translation>Donnez à la recette un identifiant court.</translation>
    </message>
    <message>
        <source>Give the application&apos;s name.</source>
        <translation>Indiquez le nom de l&apos;application.</translation>
    </message>
    <message>
        <source>is missing or empty.</source>
        <translation>est absent ou vide.</translation>
    </message>
    <message>
        <source>List at least the application&apos;s own service.</source>
        <translation>Indiquez au moins le service propre de l&apos;application.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>is not a known recipe.</source>
        <translation>n&apos;est pas une recette connue.</translation>
    </message>
    <message>
        <source>Add %1.json to %2, or choose a shipped recipe.</source>
        <translation>Ajoutez %1.json à %2, ou choisissez une recette fournie.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but the file is named for &quot;%2&quot;.</source>
        <translation>vaut «&#xa0;%1&#xa0;» mais le fichier porte le nom de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Make the id and the file name agree.</source>
        <translation>Accordez l&apos;identifiant et le nom du fichier.</translation>
    </message>
    <message>
        <source>must be a command: a list of words, or { &quot;argv&quot;: [...], &quot;sudo&quot;: true }.</source>
        <translation>doit être une commande&#xa0;: une liste de mots, ou { &quot;argv&quot;: [...], &quot;sudo&quot;: true }.</translation>
    </message>
    <message>
        <source>Write the program and each argument as a separate string, e.g. [&quot;systemctl&quot;, &quot;stop&quot;, &quot;app&quot;].</source>
        <translation>Écrivez le programme et chaque argument comme une chaîne séparée, par ex. [&quot;systemctl&quot;, &quot;stop&quot;, &quot;app&quot;].</translation>
    </message>
    <message>
        <source>is an empty command.</source>
        <translation>est une commande vide.</translation>
    </message>
    <message>
        <source>Name the program to run, or remove the field.</source>
        <translation>Nommez le programme à exécuter, ou supprimez le champ.</translation>
    </message>
    <message>
        <source>is not a valid regular expression: %1.</source>
        <translation>n&apos;est pas une expression régulière valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Escape special characters such as ( [ . with a backslash (\\ in JSON).</source>
        <translation>Échappez les caractères spéciaux comme ( [ . avec une barre oblique inverse (\\ en JSON).</translation>
    </message>
    <message>
        <source>must be a list ([ ... ]).</source>
        <translation>doit être une liste ([ ... ]).</translation>
    </message>
    <message>
        <source>Enclose the entries in square brackets.</source>
        <translation>Mettez les entrées entre crochets.</translation>
    </message>
    <message>
        <source>must be an object ({ ... }).</source>
        <translation>doit être un objet ({ ... }).</translation>
    </message>
    <message>
        <source>Enclose each entry&apos;s fields in braces.</source>
        <translation>Mettez les champs de chaque entrée entre accolades.</translation>
    </message>
    <message>
        <source>is not a valid variable name.</source>
        <translation>n&apos;est pas un nom de variable valide.</translation>
    </message>
    <message>
        <source>Use lower case letters, digits and underscores.</source>
        <translation>Utilisez des lettres minuscules, des chiffres et des tirets bas.</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>doit être un objet.</translation>
    </message>
    <message>
        <source>Write { &quot;default&quot;: &quot;...&quot;, &quot;description&quot;: &quot;...&quot; }.</source>
        <translation>Écrivez { &quot;default&quot;: &quot;...&quot;, &quot;description&quot;: &quot;...&quot; }.</translation>
    </message>
    <message>
        <source>Give the service a short name.</source>
        <translation>Donnez au service un nom court.</translation>
    </message>
    <message>
        <source>Use &quot;systemd&quot;, &quot;compose&quot; or &quot;commands&quot;.</source>
        <translation>Utilisez «&#xa0;systemd&#xa0;», «&#xa0;compose&#xa0;» ou «&#xa0;commands&#xa0;».</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>Name the systemd unit.</source>
        <translation>Nommez l&apos;unité systemd.</translation>
    </message>
    <message>
        <source>Give the compose file&apos;s path.</source>
        <translation>Indiquez le chemin du fichier compose.</translation>
    </message>
    <message>
        <source>Name the compose service, or give &quot;composeImage&quot; to find it by its image.</source>
        <translation>Nommez le service compose, ou indiquez «&#xa0;composeImage&#xa0;» pour le trouver par son image.</translation>
    </message>
    <message>
        <source>A service managed by commands needs &quot;start&quot; and &quot;stop&quot;.</source>
        <translation>Un service géré par des commandes nécessite «&#xa0;start&#xa0;» et «&#xa0;stop&#xa0;».</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known manager.</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un gestionnaire connu.</translation>
    </message>
    <message>
        <source>Say which database the application uses.</source>
        <translation>Indiquez la base de données qu&apos;utilise l&apos;application.</translation>
    </message>
    <message>
        <source>Use &quot;postgresql&quot; or &quot;mysql&quot; (MySQL and MariaDB).</source>
        <translation>Utilisez «&#xa0;postgresql&#xa0;» ou «&#xa0;mysql&#xa0;» (MySQL et MariaDB).</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not supported.</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base de données.</translation>
    </message>
    <message>
        <source>A database reached through docker compose needs the compose file&apos;s path.</source>
        <translation>Une base de données atteinte via docker compose nécessite le chemin du fichier compose.</translation>
    </message>
    <message>
        <source>Say which lines of the listing are migrations still to apply.</source>
        <translation>Indiquez quelles lignes de la liste sont des migrations restant à appliquer.</translation>
    </message>
    <message>
        <source>Name the check.</source>
        <translation>Nommez la vérification.</translation>
    </message>
    <message>
        <source>Give the URL to request.</source>
        <translation>Indiquez l&apos;URL à interroger.</translation>
    </message>
    <message>
        <source>Give the command to run.</source>
        <translation>Indiquez la commande à exécuter.</translation>
    </message>
    <message>
        <source>names a file config.files does not list.</source>
        <translation>désigne un fichier que config.files ne liste pas.</translation>
    </message>
    <message>
        <source>Use the file exactly as config.files writes it.</source>
        <translation>Écrivez le fichier exactement comme config.files l&apos;écrit.</translation>
    </message>
    <message>
        <source>Give the path of the shipped default on each host.</source>
        <translation>Donnez le chemin du fichier par défaut livré sur chaque hôte.</translation>
    </message>
    <message>
        <source>is given without a versionCommand.</source>
        <translation>est donné sans versionCommand.</translation>
    </message>
    <message>
        <source>Add the command whose output it reads, or remove it.</source>
        <translation>Ajoutez la commande dont il lit la sortie, ou retirez-le.</translation>
    </message>
    <message>
        <source>Give the log line that means the start is stuck.</source>
        <translation>Donnez la ligne de journal qui signifie que le démarrage est bloqué.</translation>
    </message>
    <message>
        <source>Say what the line means and how to fix it.</source>
        <translation>Dites ce que signifie cette ligne et comment y remédier.</translation>
    </message>
</context>
<context>
    <name>puw::Report</name>
    <message>
        <source>The value &quot;%1&quot; in the journal is not valid JSON (%2).</source>
        <translation>La valeur «&#xa0;%1&#xa0;» du journal n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>Session %1 is not in the journal %2; pick a session that exists.</source>
        <translation>La session %1 n&apos;est pas dans le journal %2&#xa0;; choisissez une session existante.</translation>
    </message>
    <message numerus="yes">
        <source>… %n line(s) left out …</source>
        <translation>
            <numerusform>… %n ligne omise …</numerusform>
            <numerusform>… %n lignes omises …</numerusform>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Old host</source>
        <translation>Ancien hôte</translation>
    </message>
    <message>
        <source>New host</source>
        <translation>Nouvel hôte</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte proxy</translation>
    </message>
    <message>
        <source>Parallel upgrade report: %1</source>
        <translation>Rapport de mise à niveau parallèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>This upgrade was not finished when the report was made (%1).</source>
        <translation>Cette mise à niveau n&apos;était pas terminée quand le rapport a été produit (%1).</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recette</translation>
    </message>
    <message>
        <source>host key not recorded</source>
        <translation>clé d&apos;hôte non enregistrée</translation>
    </message>
    <message>
        <source>host key %1</source>
        <translation>clé d&apos;hôte %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a host in the report&apos;s table of backups: %1 its role (old, new), %2 its address</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Version before</source>
        <translation>Version avant</translation>
    </message>
    <message>
        <source>Version after</source>
        <translation>Version après</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Exécutée par</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>non terminée</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>Fichier du plan</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non commencée.</translation>
    </message>
    <message>
        <source>Skipped at %1.</source>
        <translation>Ignorée à %1.</translation>
    </message>
    <message>
        <source>Skipped at %1: %2</source>
        <translation>Ignorée à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start %1, end %2, duration %3.</source>
        <translation>Début %1, fin %2, durée %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s).</source>
        <translation>
            <numerusform>%n tentative.</numerusform>
            <numerusform>%n tentatives.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checklist (times in UTC, %1)</source>
        <translation>Liste de contrôle (heures en UTC, %1)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(steps 3 to 6 again, during the cutover)</source>
        <translation>(étapes 3 à 6 de nouveau, pendant la bascule)</translation>
    </message>
    <message>
        <source>Downtime</source>
        <translation>Interruption de service</translation>
    </message>
    <message>
        <source>Predicted by the rehearsal</source>
        <translation>Prévue par la répétition</translation>
    </message>
    <message>
        <source>%1 (from %2 to %3)</source>
        <translation>%1 (de %2 à %3)</translation>
    </message>
    <message>
        <source>began %1 and had not ended when the report was made</source>
        <translation>a commencé à %1 et n&apos;était pas terminée quand le rapport a été produit</translation>
    </message>
    <message>
        <source>none: the servers were not stopped</source>
        <translation>aucune&#xa0;: les serveurs n&apos;ont pas été arrêtés</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesurée</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>%1 longer</source>
        <translation>%1 de plus</translation>
    </message>
    <message>
        <source>%1 shorter</source>
        <translation>%1 de moins</translation>
    </message>
    <message>
        <source>No downtime clock was recorded; the start of step 7 and the end of step 9 stand in for it.</source>
        <translation>Aucun chronomètre d&apos;interruption de service n&apos;a été enregistré&#xa0;; le début de l&apos;étape 7 et la fin de l&apos;étape 9 en tiennent lieu.</translation>
    </message>
    <message>
        <source>Timeline: one bar per step, rehearsal and cutover, downtime shaded</source>
        <translation>Chronologie&#xa0;: une barre par étape, répétition et bascule, interruption de service grisée</translation>
    </message>
    <message>
        <source>Problems with the journal</source>
        <translation>Problèmes avec le journal</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No backup was recorded.</source>
        <translation>Aucune sauvegarde n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Backup of step %1, %2</source>
        <translation>Sauvegarde de l&apos;étape %1, %2</translation>
    </message>
    <message>
        <source>PARTIAL: this backup ended early. It is kept for diagnosis and must never be restored.</source>
        <translation>PARTIELLE&#xa0;: cette sauvegarde s&apos;est arrêtée trop tôt. Elle est conservée pour diagnostic et ne doit jamais être restaurée.</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (partial)</source>
        <translation>non (partielle)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>No check was recorded.</source>
        <translation>Aucune vérification n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1 of %2 checks passed.</source>
        <translation>%1 vérifications sur %2 réussies.</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Nombres de lignes</translation>
    </message>
    <message>
        <source>No row count was recorded.</source>
        <translation>Aucun nombre de lignes n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Configuration files copied</source>
        <translation>Fichiers de configuration copiés</translation>
    </message>
    <message>
        <source>No configuration file was copied.</source>
        <translation>Aucun fichier de configuration n&apos;a été copié.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Migrations applied</source>
        <translation>Migrations appliquées</translation>
    </message>
    <message>
        <source>No migration was recorded.</source>
        <translation>Aucune migration n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Appendix: commands run</source>
        <translation>Annexe&#xa0;: commandes exécutées</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s). Secrets are redacted; each output keeps at most its first and last %1 lines.</source>
        <translation>
            <numerusform>%n commande. Les secrets sont masqués&#xa0;; chaque sortie conserve au plus ses %1 premières et dernières lignes.</numerusform>
            <numerusform>%n commandes. Les secrets sont masqués&#xa0;; chaque sortie conserve au plus ses %1 premières et dernières lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>did not finish</source>
        <translation>ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>sortie %1</translation>
    </message>
    <message>
        <source>Command %1 (step %2, %3 host, %4, %5, %6)</source>
        <translation>Commande %1 (étape %2, hôte «&#xa0;%3&#xa0;», %4, %5, %6)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>(aucune sortie)</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>répétition</translation>
    </message>
    <message>
        <source>cutover</source>
        <translation>bascule</translation>
    </message>
    <message>
        <source>aftermath</source>
        <translation>suites</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>downtime</source>
        <translation>interruption de service</translation>
    </message>
    <message>
        <source>Timeline (UTC)</source>
        <translation>Chronologie (UTC)</translation>
    </message>
    <message>
        <source>downtime %1</source>
        <translation>interruption de service %1</translation>
    </message>
    <message>
        <source>downtime %1, not ended</source>
        <translation>interruption de service %1, non terminée</translation>
    </message>
    <message>
        <source>No step has run yet.</source>
        <translation>Aucune étape n&apos;a encore été exécutée.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <source>Parallel upgrade report</source>
        <translation>Rapport de mise à niveau parallèle</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>le générateur PDF n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <source>the PDF writer could not add page %1</source>
        <translation>le générateur PDF n&apos;a pas pu ajouter la page %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF writer could not finish the file</source>
        <translation>le générateur PDF n&apos;a pas pu terminer le fichier</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose a folder that exists and that you can write to, or free some space.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1&#xa0;: %2. Choisissez un dossier existant où vous pouvez écrire, ou libérez de l&apos;espace.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1: the format follows the file name, which must end in .md, .html or .pdf.</source>
        <translation>Impossible d&apos;exporter le rapport vers %1&#xa0;: le format suit le nom du fichier, qui doit se terminer par .md, .html ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot export the report to %1: drawing the timeline needs fonts, which this program only has with its graphical part; run it with QT_QPA_PLATFORM=offscreen instead of without a display.</source>
        <translation>Impossible d&apos;exporter le rapport vers %1&#xa0;: dessiner la chronologie nécessite des polices, que ce programme n&apos;a qu&apos;avec sa partie graphique&#xa0;; lancez-le avec QT_QPA_PLATFORM=offscreen au lieu de le lancer sans affichage.</translation>
    </message>
    <message>
        <source>%1 (The timeline picture of %2 goes beside it.)</source>
        <translation>%1 (L&apos;image de la chronologie de %2 l&apos;accompagne.)</translation>
    </message>
    <message>
        <source>Predicted parts</source>
        <translation>Parties prévues</translation>
    </message>
    <message>
        <source>Measured parts</source>
        <translation>Parties mesurées</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Même contenu</translation>
    </message>
    <message>
        <source>Settings carried</source>
        <translation>Réglages repris</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <source>Backups left on the hosts</source>
        <translation>Sauvegardes laissées sur les hôtes</translation>
    </message>
    <message>
        <source>No backup was left on a host.</source>
        <translation>Aucune sauvegarde n&apos;a été laissée sur un hôte.</translation>
    </message>
    <message>
        <source>These dumps hold the application&apos;s data. Once the upgrade is over and no rollback will need them, remove each one on its host with the command shown.</source>
        <translation>Ces sauvegardes contiennent les données de l&apos;application. Une fois la mise à niveau terminée et si aucun retour arrière n&apos;en aura besoin, supprimez chacune sur son hôte avec la commande indiquée.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Remove with</source>
        <translation>Supprimer avec</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <extracomment>%1 a file on a host whose dump ended early</extracomment>
        <translation>%1 (partielle)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <source>Removed from the hosts by the program after the upgrade:</source>
        <translation>Supprimées des hôtes par le programme après la mise à niveau&#xa0;:</translation>
    </message>
    <message>
        <source>Read from an Ansible run (%1) by parallel-upgrade --import-ansible: the steps&apos; times are those of their tasks as Ansible reported them.</source>
        <extracomment>%1 the names of the Ansible logs, e.g. &quot;rehearsal.json, cutover.json&quot;</extracomment>
        <translation>Lu depuis une exécution Ansible (%1) par parallel-upgrade --import-ansible&#xa0;: les durées des étapes sont celles de leurs tâches telles qu&apos;Ansible les a rapportées.</translation>
    </message>
    <message>
        <source>What the Ansible run did not do</source>
        <translation>Ce que l&apos;exécution Ansible n&apos;a pas fait</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canari</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Part fixée</translation>
    </message>
    <message>
        <source>Share seen</source>
        <translation>Part observée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Maintenu</translation>
    </message>
    <message>
        <source>Requests at new</source>
        <translation>Requêtes au nouveau</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
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
        <translation>aucune</translation>
    </message>
    <message>
        <source>none: old and new use one database server</source>
        <translation>aucun&#xa0;: l&apos;ancien et le nouveau utilisent un même serveur de base de données</translation>
    </message>
    <message>
        <source>dump and restore during the downtime</source>
        <translation>dump et restauration pendant l&apos;interruption de service</translation>
    </message>
    <message>
        <source>dump and restore during the downtime: the plan&apos;s replication did not start (%1)</source>
        <translation>dump et restauration pendant l&apos;interruption de service&#xa0;: la réplication du plan n&apos;a pas démarré (%1)</translation>
    </message>
    <message>
        <source>logical replication from the rehearsal on; the cutover caught up</source>
        <translation>réplication logique depuis la répétition&#xa0;; la bascule a rattrapé le retard</translation>
    </message>
    <message>
        <source>; old&apos;s PostgreSQL restarted for wal_level = logical (%1 s without its database)</source>
        <translation>&#xa0;; PostgreSQL de l&apos;ancien redémarré pour wal_level = logical (%1 s sans sa base de données)</translation>
    </message>
    <message>
        <source>Data moved by</source>
        <translation>Transfert des données</translation>
    </message>
    <message>
        <source>Preview for testers</source>
        <translation>Aperçu pour les testeurs</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>still open when the report was made</source>
        <translation>encore ouvert quand le rapport a été produit</translation>
    </message>
</context>
<context>
    <name>puw::RouteView</name>
    <message>
        <source>How requests are switched</source>
        <translation>Comment les requêtes sont basculées</translation>
    </message>
    <message>
        <source>the application&apos;s address</source>
        <translation>l&apos;adresse de l&apos;application</translation>
    </message>
    <message>
        <source>Users open %1 through nginx on %2. This step writes the upstream in %3 so that it points to %4, tests the configuration (nginx -t), reloads nginx and checks that the new version answers through the proxy. The previous file is kept, so Roll back can restore it.</source>
        <extracomment>%1: public URL, %2: proxy host, %3: upstream file, %4: new host</extracomment>
        <translation>Les utilisateurs ouvrent %1 via nginx sur %2. Cette étape écrit l&apos;upstream dans %3 pour qu&apos;il pointe vers %4, teste la configuration (nginx -t), recharge nginx et vérifie que la nouvelle version répond via le proxy. Le fichier précédent est conservé, pour que le retour arrière puisse le restaurer.</translation>
    </message>
    <message>
        <source>Users reach the application by the name %1. Change its DNS record to point to %2 (lower the record&apos;s TTL a day before, so that resolvers forget the old address quickly). This step then asks the resolvers until the name points to the new host and %3 answers.</source>
        <extracomment>%1: DNS name, %2: new host, %3: public URL</extracomment>
        <translation>Les utilisateurs accèdent à l&apos;application par le nom %1. Modifiez son enregistrement DNS pour qu&apos;il pointe vers %2 (baissez le TTL de l&apos;enregistrement la veille, pour que les résolveurs oublient vite l&apos;ancienne adresse). Cette étape interroge ensuite les résolveurs jusqu&apos;à ce que le nom pointe vers le nouvel hôte et que %3 réponde.</translation>
    </message>
    <message>
        <source>The plan names no route: send users to %1 yourself, then run this step to record it.</source>
        <translation>Le plan ne nomme aucune route&#xa0;: dirigez vous-même les utilisateurs vers %1, puis exécutez cette étape pour l&apos;enregistrer.</translation>
    </message>
    <message>
        <source>Load a plan to see how requests are switched.</source>
        <translation>Chargez un plan pour voir comment les requêtes sont basculées.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Users open %1 through nginx on %2, and old keeps serving them. This step moves them to the new installation in stages: %3 of the requests, each share held %4 s while the proxy&apos;s access log is watched. A stage where more than %5% of the new version&apos;s answers fail, or their 95th percentile takes longer than %6 ms, sends every request back to old by itself. The upstream in %7 is kept as it was, so Roll back can restore it.</source>
        <extracomment>%1 public URL, %2 proxy host, %3 stages like &quot;10%, 50%, 100%&quot;, %4 seconds, %5 percent, %6 ms, %7 the upstream file</extracomment>
        <translation>Les utilisateurs ouvrent %1 via nginx sur %2, et l&apos;ancien continue de les servir. Cette étape les déplace vers la nouvelle installation par paliers&#xa0;: %3 des requêtes, chaque part étant maintenue %4 s pendant que le journal d&apos;accès du proxy est surveillé. Un palier où plus de %5&#xa0;% des réponses de la nouvelle version échouent, ou dont le 95e centile dépasse %6 ms, renvoie de lui-même toutes les requêtes vers l&apos;ancien. L&apos;upstream dans %7 est conservé tel quel, pour que le retour arrière puisse le restaurer.</translation>
    </message>
</context>
<context>
    <name>puw::Routing</name>
    <message>
        <source>the upstream file must be an absolute path, not &apos;%1&apos;</source>
        <translation>le fichier upstream doit être un chemin absolu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the upstream file&apos;s path contains a line break</source>
        <translation>le chemin du fichier upstream contient un saut de ligne</translation>
    </message>
    <message>
        <source>inspect %1</source>
        <translation>examiner %1</translation>
    </message>
    <message>
        <source>could not read %1 on %2: %3</source>
        <translation>impossible de lire %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>could not read %1 on %2: unexpected answer &apos;%3&apos;</source>
        <translation>impossible de lire %1 sur %2&#xa0;: réponse inattendue «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>écrire %1</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>restaurer %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s) in a row, %2 after the reload)</source>
        <translation>
            <numerusform>%1 (%n réponse d&apos;affilée, %2 après le rechargement)</numerusform>
            <numerusform>%1 (%n réponses d&apos;affilée, %2 après le rechargement)</numerusform>
        </translation>
    </message>
    <message>
        <source>verification cancelled after %1</source>
        <translation>vérification annulée après %1</translation>
    </message>
    <message numerus="yes">
        <source>no stable expected answer within %1 (%n attempt(s)); last: %2</source>
        <translation>
            <numerusform>pas de réponse attendue stable en %1 (%n tentative)&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>pas de réponse attendue stable en %1 (%n tentatives)&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>verify %1: %2</source>
        <translation>vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the previous file is back in place and nginx still routes as before</source>
        <translation>le fichier précédent est remis en place et nginx route toujours comme avant</translation>
    </message>
    <message>
        <source>the previous file could NOT be put back: restore %1 from %2 by hand</source>
        <translation>le fichier précédent n&apos;a PAS pu être remis en place&#xa0;: restaurez %1 depuis %2 à la main</translation>
    </message>
    <message>
        <source>the new upstream is empty</source>
        <translation>le nouvel upstream est vide</translation>
    </message>
    <message>
        <source>back up %1</source>
        <translation>sauvegarder %1</translation>
    </message>
    <message>
        <source>could not keep a copy of %1; nothing was changed</source>
        <translation>impossible de garder une copie de %1&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>could not write %1; nothing was changed</source>
        <translation>impossible d&apos;écrire %1&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the nginx test fails with the new upstream already in place: %1</source>
        <translation>le test nginx échoue alors que le nouvel upstream est déjà en place&#xa0;: %1</translation>
    </message>
    <message>
        <source>the nginx test rejected the new upstream, so nginx was not reloaded: %1; %2</source>
        <translation>le test nginx a rejeté le nouvel upstream, nginx n&apos;a donc pas été rechargé&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>nginx could not be reloaded: %1; %2</source>
        <translation>nginx n&apos;a pas pu être rechargé&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>nginx routes %1 to the new installation: %2</source>
        <translation>nginx route %1 vers la nouvelle installation&#xa0;: %2</translation>
    </message>
    <message>
        <source>nginx was reloaded with the new upstream, but %1 does not answer as expected: %2. The previous file is kept as %3: revert to go back.</source>
        <translation>nginx a été rechargé avec le nouvel upstream, mais %1 ne répond pas comme attendu&#xa0;: %2. Le fichier précédent est conservé sous %3&#xa0;: revenez en arrière pour le rétablir.</translation>
    </message>
    <message>
        <source>there is no previous upstream file (%1) to go back to</source>
        <translation>il n&apos;y a pas de fichier upstream précédent (%1) où revenir</translation>
    </message>
    <message>
        <source>could not put %1 back; nothing was changed</source>
        <translation>impossible de remettre %1&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the nginx test rejected the previous upstream, so nginx was not reloaded: %1; %2</source>
        <translation>le test nginx a rejeté l&apos;upstream précédent, nginx n&apos;a donc pas été rechargé&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>the current file is back in place</source>
        <translation>le fichier actuel est remis en place</translation>
    </message>
    <message>
        <source>the current file could NOT be written back</source>
        <translation>le fichier actuel n&apos;a PAS pu être réécrit</translation>
    </message>
    <message>
        <source>nginx routes %1 to the previous installation again: %2</source>
        <translation>nginx route de nouveau %1 vers l&apos;installation précédente&#xa0;: %2</translation>
    </message>
    <message>
        <source>nginx was reloaded with the previous upstream, but %1 does not answer as expected: %2</source>
        <translation>nginx a été rechargé avec l&apos;upstream précédent, mais %1 ne répond pas comme attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 resolves to nothing (%2)</source>
        <translation>%1 ne se résout en rien (%2)</translation>
    </message>
    <message>
        <source>no address record</source>
        <translation>aucun enregistrement d&apos;adresse</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>this build (Qt %1) can only ask a resolver on port 53, not %2</source>
        <translation>cette version (Qt %1) ne peut interroger un résolveur que sur le port 53, pas %2</translation>
    </message>
    <message>
        <source>the system&apos;s resolver</source>
        <translation>le résolveur du système</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no answer from %1 within %2</source>
        <translation>pas de réponse de %1 en %2</translation>
    </message>
    <message>
        <source>no such name</source>
        <translation>nom inexistant</translation>
    </message>
    <message>
        <source>%1 could not resolve %2: %3</source>
        <translation>%1 n&apos;a pas pu résoudre %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Change the %1 record of %2 to %3.</source>
        <translation>Modifiez l&apos;enregistrement %1 de %2 pour %3.</translation>
    </message>
    <message>
        <source>It now points to %1 with a TTL of %2 s.</source>
        <translation>Il pointe maintenant vers %1 avec un TTL de %2 s.</translation>
    </message>
    <message>
        <source>Resolvers may keep the old address for up to %1 s after the change. Lower the TTL (e.g. to 60 s) at least %1 s before the cutover next time.</source>
        <translation>Les résolveurs peuvent garder l&apos;ancienne adresse jusqu&apos;à %1 s après la modification. La prochaine fois, baissez le TTL (par ex. à 60 s) au moins %1 s avant la bascule.</translation>
    </message>
    <message>
        <source>Resolvers should see the change within %1 s.</source>
        <translation>Les résolveurs devraient voir la modification en %1 s.</translation>
    </message>
    <message>
        <source>The name does not resolve now (%1).</source>
        <translation>Le nom ne se résout pas actuellement (%1).</translation>
    </message>
    <message>
        <source>Keep the old installation stopped until the name points to the new host everywhere.</source>
        <translation>Laissez l&apos;ancienne installation arrêtée jusqu&apos;à ce que le nom pointe partout vers le nouvel hôte.</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the new host) after %n attempt(s) in %2</source>
        <translation>
            <numerusform>%1 (le nouvel hôte) après %n tentative en %2</numerusform>
            <numerusform>%1 (le nouvel hôte) après %n tentatives en %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>annulé après %n tentative en %1&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>annulé après %n tentatives en %1&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n attempt(s) in %1; last: %2</source>
        <translation>
            <numerusform>arrêté après %n tentative en %1&#xa0;; dernière&#xa0;: %2</numerusform>
            <numerusform>arrêté après %n tentatives en %1&#xa0;; dernière&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still does not resolve to %2 only after %n attempt(s) in %3; last answer: %4</source>
        <translation>
            <numerusform>%1 ne se résout toujours pas uniquement en %2 après %n tentative en %3&#xa0;; dernière réponse&#xa0;: %4</numerusform>
            <numerusform>%1 ne se résout toujours pas uniquement en %2 après %n tentatives en %3&#xa0;; dernière réponse&#xa0;: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>the plan&apos;s route is not nginx</source>
        <translation>la route du plan n&apos;est pas nginx</translation>
    </message>
    <message>
        <source>the plan names no upstream file (route.upstreamFile)</source>
        <translation>le plan ne nomme aucun fichier upstream (route.upstreamFile)</translation>
    </message>
    <message>
        <source>routing.nginxTest uses an unknown value: %1</source>
        <translation>routing.nginxTest utilise une valeur inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>routing.nginxReload uses an unknown value: %1</source>
        <translation>routing.nginxReload utilise une valeur inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>the recipe has no nginx upstream template (routing.nginxUpstream)</source>
        <translation>la recette n&apos;a pas de modèle d&apos;upstream nginx (routing.nginxUpstream)</translation>
    </message>
    <message>
        <source>routing.nginxUpstream uses an unknown value: %1</source>
        <translation>routing.nginxUpstream utilise une valeur inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>public address</source>
        <translation>adresse publique</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>one action of the nginx switch in the step&apos;s log: %1 what was done (e.g. &quot;write FILE&quot;), %2 how it ended
----------
one action of the nginx canary in the step&apos;s log: %1 what was done (e.g. &quot;write FILE&quot;), %2 how it ended</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>simulation</translation>
    </message>
    <message>
        <source>the canary&apos;s log must be an absolute path, not &apos;%1&apos;</source>
        <translation>le journal du canari doit être un chemin absolu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the canary&apos;s log path holds a &apos;$&apos;, which nginx would read as a variable</source>
        <translation>le chemin du journal du canari contient un «&#xa0;$&#xa0;», que nginx lirait comme une variable</translation>
    </message>
    <message>
        <source>the canary&apos;s log path holds a line break or another control character</source>
        <translation>le chemin du journal du canari contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>note the end of %1</source>
        <translation>noter la fin de %1</translation>
    </message>
    <message>
        <source>could not read the canary&apos;s log %1 on %2: %3</source>
        <translation>impossible de lire le journal du canari %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>read %1: %2</source>
        <translation>lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>stage %1 (%2%)</source>
        <extracomment>a stage of the canary in the step&apos;s log: %1 its number (1 for the first), %2 the share in percent</extracomment>
        <translation>palier %1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 requests to the new version failed (%3, limit %4)</source>
        <extracomment>%1 failed requests, %2 requests to the new version, %3 their part, %4 the plan&apos;s limit</extracomment>
        <translation>%1 des %2 requêtes vers la nouvelle version ont échoué (%3, limite %4)</translation>
    </message>
    <message>
        <source>the new version answered 95% of %1 requests within %2 ms (limit %3 ms)</source>
        <translation>la nouvelle version a répondu à 95&#xa0;% des %1 requêtes en %2 ms (limite %3 ms)</translation>
    </message>
    <message numerus="yes">
        <source>only %1 of the %n request(s) needed to judge the new version reached it in %2 s</source>
        <translation>
            <numerusform>seulement %1 sur %n requête nécessaire pour juger la nouvelle version l&apos;a atteinte en %2 s</numerusform>
            <numerusform>seulement %1 sur %n requêtes nécessaires pour juger la nouvelle version l&apos;ont atteinte en %2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>the canary has no stage</source>
        <translation>le canari n&apos;a aucun palier</translation>
    </message>
    <message>
        <source>the canary&apos;s stages must rise from 1 to 100 percent, not %1</source>
        <translation>les paliers du canari doivent monter de 1 à 100 pour cent, pas %1</translation>
    </message>
    <message>
        <source>the canary&apos;s last stage must be 100 percent, not %1</source>
        <translation>le dernier palier du canari doit être de 100 pour cent, pas %1</translation>
    </message>
    <message>
        <source>each stage of the canary must be held for at least a second</source>
        <translation>chaque palier du canari doit être maintenu au moins une seconde</translation>
    </message>
    <message>
        <source>the canary&apos;s error rate limit must be a fraction between 0 and 1</source>
        <translation>la limite du taux d&apos;erreur du canari doit être une fraction entre 0 et 1</translation>
    </message>
    <message>
        <source>%1 does not exist: a canary starts from the upstream in force</source>
        <translation>%1 n&apos;existe pas&#xa0;: un canari part de l&apos;upstream en vigueur</translation>
    </message>
    <message>
        <source>%1 holds a canary&apos;s upstream but there is no %2 to go back to; nothing was changed</source>
        <translation>%1 contient l&apos;upstream d&apos;un canari, mais il n&apos;y a pas de %2 où revenir&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>keep %1: it holds the upstream from before the canary</source>
        <translation>conserver %1&#xa0;: il contient l&apos;upstream d&apos;avant le canari</translation>
    </message>
    <message>
        <source>%1: the canary was cancelled</source>
        <translation>%1&#xa0;: le canari a été annulé</translation>
    </message>
    <message>
        <source>%1: could not write %2</source>
        <translation>%1&#xa0;: impossible d&apos;écrire %2</translation>
    </message>
    <message>
        <source>%1: the nginx test rejected the upstream, so nginx was not reloaded: %2</source>
        <translation>%1&#xa0;: le test nginx a rejeté l&apos;upstream, nginx n&apos;a donc pas été rechargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: nginx could not be reloaded: %2</source>
        <translation>%1&#xa0;: nginx n&apos;a pas pu être rechargé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>nginx sends every request to the new installation after %n canary stage(s)</source>
        <translation>
            <numerusform>nginx envoie toutes les requêtes à la nouvelle installation après %n palier de canari</numerusform>
            <numerusform>nginx envoie toutes les requêtes à la nouvelle installation après %n paliers de canari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held %n s within the limits</source>
        <translation>
            <numerusform>maintenu %n s dans les limites</numerusform>
            <numerusform>maintenu %n s dans les limites</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the canary was cancelled after %2 s</source>
        <translation>%1&#xa0;: le canari a été annulé après %2 s</translation>
    </message>
    <message numerus="yes">
        <source>read the new lines of %1 every second for %n s</source>
        <translation>
            <numerusform>lire les nouvelles lignes de %1 chaque seconde pendant %n s</numerusform>
            <numerusform>lire les nouvelles lignes de %1 chaque seconde pendant %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read %1: %n read(s), %2 line(s)</source>
        <translation>
            <numerusform>lire %1&#xa0;: %n lecture, %2 ligne(s)</numerusform>
            <numerusform>lire %1&#xa0;: %n lectures, %2 ligne(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>the original upstream could NOT be put back: restore %1 from %2 by hand</source>
        <translation>l&apos;upstream d&apos;origine n&apos;a PAS pu être remis en place&#xa0;: restaurez %1 depuis %2 à la main</translation>
    </message>
    <message>
        <source>the original file is back in place and nginx still routes as before</source>
        <translation>le fichier d&apos;origine est remis en place et nginx route toujours comme avant</translation>
    </message>
    <message>
        <source>the original file is back, but the nginx test rejects it (%1): nginx still runs the canary&apos;s upstream</source>
        <translation>le fichier d&apos;origine est remis en place, mais le test nginx le rejette (%1)&#xa0;: nginx utilise toujours l&apos;upstream du canari</translation>
    </message>
    <message>
        <source>the original file is back, but nginx could not be reloaded (%1): reload it by hand</source>
        <translation>le fichier d&apos;origine est remis en place, mais nginx n&apos;a pas pu être rechargé (%1)&#xa0;: rechargez-le à la main</translation>
    </message>
    <message>
        <source>the proxy sends everything to the old installation again</source>
        <translation>le proxy envoie de nouveau tout vers l&apos;ancienne installation</translation>
    </message>
    <message>
        <source>the canary needs the new upstream&apos;s address</source>
        <translation>le canari a besoin de l&apos;adresse du nouvel upstream</translation>
    </message>
    <message>
        <source>the upstream for %1% could not be made: %2; nothing was changed</source>
        <translation>l&apos;upstream pour %1&#xa0;% n&apos;a pas pu être créé&#xa0;: %2&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>the proxy&apos;s address &apos;%1&apos; is not an address or host name nginx can listen on</source>
        <translation>l&apos;adresse du proxy «&#xa0;%1&#xa0;» n&apos;est ni une adresse ni un nom d&apos;hôte sur lequel nginx peut écouter</translation>
    </message>
    <message>
        <source>the preview&apos;s port %1 is not from 1 to 65535</source>
        <translation>le port de l&apos;aperçu, %1, n&apos;est pas compris entre 1 et 65535</translation>
    </message>
    <message>
        <source>the recipe&apos;s nginx upstream names no server of the new installation</source>
        <translation>l&apos;upstream nginx de la recette ne nomme aucun serveur de la nouvelle installation</translation>
    </message>
    <message>
        <source>the new installation&apos;s server &apos;%1&apos; is not HOST:PORT as nginx reads it</source>
        <translation>le serveur de la nouvelle installation «&#xa0;%1&#xa0;» n&apos;est pas au format HOST:PORT tel que nginx le lit</translation>
    </message>
</context>
<context>
    <name>puw::RowCountsView</name>
    <message>
        <source>Row counts</source>
        <translation>Nombres de lignes</translation>
    </message>
    <message>
        <source>Rows per table, old and new</source>
        <translation>Lignes par table, ancienne et nouvelle</translation>
    </message>
    <message>
        <source>Table</source>
        <extracomment>column headers of the row counts table</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancienne</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>whether a table has as many rows on the new host as on the old
----------
whether a table&apos;s content checksum is the same on both hosts; &quot;–&quot; when none was computed</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Rows per table, old and new: not counted yet.</source>
        <translation>Lignes par table, ancienne et nouvelle&#xa0;: pas encore comptées.</translation>
    </message>
    <message>
        <source>Rows per table, old and new: %1 tables, %2 differ.</source>
        <extracomment>%1: number of tables, %2: how many differ</extracomment>
        <translation>Lignes par table, ancienne et nouvelle&#xa0;: %1 tables, %2 différentes.</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>in the list of migrations, when there is none</extracomment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Migrations already applied: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>Migrations déjà appliquées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Migrations to be applied in step 5: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>Migrations à appliquer à l&apos;étape 5&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Migrations applied by step 5: %1.</source>
        <extracomment>%1: migration names, comma-separated</extracomment>
        <translation>Migrations appliquées par l&apos;étape 5&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Migrations: not listed yet.</source>
        <translation>Migrations&#xa0;: pas encore listées.</translation>
    </message>
    <message>
        <source>Migrations applied and to be applied</source>
        <translation>Migrations appliquées et à appliquer</translation>
    </message>
    <message>
        <source>Same content</source>
        <translation>Même contenu</translation>
    </message>
</context>
<context>
    <name>puw::SecretDialogs</name>
    <message>
        <source>Unknown host key</source>
        <translation>Clé d&apos;hôte inconnue</translation>
    </message>
    <message>
        <source>This is the first connection to %1: its key is not in your list of known hosts yet.</source>
        <extracomment>%1: host name (maybe with a port)</extracomment>
        <translation>C&apos;est la première connexion à %1&#xa0;: sa clé n&apos;est pas encore dans votre liste d&apos;hôtes connus.</translation>
    </message>
    <message>
        <source>About the host key</source>
        <translation>À propos de la clé d&apos;hôte</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>Empreinte SHA256</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the host itself shows, for example by running &quot;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&quot; on its console. Accept only if they are the same; the key is then added to %1.</source>
        <extracomment>%1: the key type, e.g. ssh-ed25519 -&gt; the file name uses &quot;ed25519&quot;</extracomment>
        <translation>Comparez-la avec l&apos;empreinte que l&apos;hôte affiche lui-même, par exemple en exécutant «&#xa0;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&#xa0;» sur sa console. N&apos;acceptez que si elles sont identiques&#xa0;; la clé est alors ajoutée à %1.</translation>
    </message>
    <message>
        <source>How to compare</source>
        <translation>Comment comparer</translation>
    </message>
    <message>
        <source>&amp;Accept the key</source>
        <translation>&amp;Accepter la clé</translation>
    </message>
    <message>
        <source>Accept the key</source>
        <translation>Accepter la clé</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Refuse the key</source>
        <translation>Refuser la clé</translation>
    </message>
    <message>
        <source>What is asked</source>
        <translation>Ce qui est demandé</translation>
    </message>
    <message>
        <source>Re&amp;member it in the keychain</source>
        <translation>&amp;Mémoriser dans le trousseau</translation>
    </message>
    <message>
        <source>Remember it in the keychain</source>
        <translation>Mémoriser dans le trousseau</translation>
    </message>
</context>
<context>
    <name>puw::SecretSources</name>
    <message>
        <source>The plan names no environment variable for &quot;%1&quot;.</source>
        <translation>Le plan ne nomme aucune variable d&apos;environnement pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The environment variable %1, named in the plan for &quot;%2&quot;, is not set.</source>
        <translation>La variable d&apos;environnement %1, nommée dans le plan pour «&#xa0;%2&#xa0;», n&apos;est pas définie.</translation>
    </message>
    <message>
        <source>The environment variable %1 holds fewer than 3 characters: too short to be kept out of the logs.</source>
        <translation>La variable d&apos;environnement %1 contient moins de 3 caractères&#xa0;: trop court pour être masqué dans les journaux.</translation>
    </message>
</context>
<context>
    <name>puw::SessionController</name>
    <message>
        <source>Session %1 is not in the journal %2.</source>
        <translation>La session %1 n&apos;est pas dans le journal %2.</translation>
    </message>
    <message>
        <source>The plan saved with session %1 could not be read: %2</source>
        <translation>Le plan enregistré avec la session %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start a new session: %1</source>
        <translation>Impossible de démarrer une nouvelle session&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not mark the session finished: %1</source>
        <translation>Impossible de marquer la session comme terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; could not become &quot;%3&quot;: %4</source>
        <translation>L&apos;étape %1 «&#xa0;%2&#xa0;» n&apos;a pas pu passer à «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; cannot be skipped: the later steps depend on it.</source>
        <translation>L&apos;étape %1 «&#xa0;%2&#xa0;» ne peut pas être ignorée&#xa0;: les étapes suivantes en dépendent.</translation>
    </message>
    <message>
        <source>Skipped by the administrator</source>
        <translation>Ignorée par l&apos;administrateur</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is running: cancel it first, then skip it.</source>
        <translation>L&apos;étape %1 «&#xa0;%2&#xa0;» est en cours&#xa0;: annulez-la d&apos;abord, puis ignorez-la.</translation>
    </message>
</context>
<context>
    <name>puw::SshConnector</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the ssh configuration: %1</source>
        <translation>Impossible de lire la configuration ssh&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 presented no host key: %2</source>
        <translation>%1 n&apos;a présenté aucune clé d&apos;hôte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not known and was not accepted.</source>
        <translation>La clé d&apos;hôte de %1 (%2 %3) n&apos;est pas connue et n&apos;a pas été acceptée.</translation>
    </message>
    <message>
        <source>Cannot save the host key of %1 in %2: %3</source>
        <translation>Impossible d&apos;enregistrer la clé d&apos;hôte de %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot check the host key of %1 against %2: %3</source>
        <translation>Impossible de vérifier la clé d&apos;hôte de %1 par rapport à %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation>L&apos;authentification auprès de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Connection to %1 closed during authentication.</source>
        <translation>Connexion à %1 fermée pendant l&apos;authentification.</translation>
    </message>
    <message>
        <source>Authentication to %1 failed. Tried: %2. The server offers: %3.</source>
        <extracomment>%1 the host, %2 what was tried (&quot;agent&quot;, &quot;password&quot;, &quot;key FILE (refused)&quot;...), %3 the methods the server accepts, in ssh&apos;s own words (publickey, password...)</extracomment>
        <translation>L&apos;authentification auprès de %1 a échoué. Essayé&#xa0;: %2. Le serveur propose&#xa0;: %3.</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>rien d&apos;utilisable</translation>
    </message>
    <message>
        <source>key %1 (not accepted)</source>
        <translation>clé %1 (non acceptée)</translation>
    </message>
    <message>
        <source>key %1 (cannot be read: missing or wrong passphrase)</source>
        <translation>clé %1 (illisible&#xa0;: phrase secrète absente ou erronée)</translation>
    </message>
    <message>
        <source>key %1 (refused)</source>
        <translation>clé %1 (refusée)</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: known_hosts records %2 %3, the server now presents %4 %5. This may be an attack; the connection is refused. If the change is expected (the host was reinstalled), remove the old key at %6 (%7) and connect again.</source>
        <translation>La clé d&apos;hôte de %1 a CHANGÉ&#xa0;: known_hosts enregistre %2 %3, le serveur présente maintenant %4 %5. Il peut s&apos;agir d&apos;une attaque&#xa0;; la connexion est refusée. Si le changement est attendu (l&apos;hôte a été réinstallé), supprimez l&apos;ancienne clé en %6 (%7) et reconnectez-vous.</translation>
    </message>
    <message>
        <source>a key</source>
        <translation>une clé</translation>
    </message>
</context>
<context>
    <name>puw::SshHost</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
</context>
<context>
    <name>puw::StartNewPage</name>
    <message>
        <source>What the migrations change in the shared database</source>
        <translation>Ce que les migrations modifient dans la base de données partagée</translation>
    </message>
    <message>
        <source>Address of the old host, typed to allow the migrations</source>
        <translation>Adresse de l&apos;ancien hôte, saisie pour autoriser les migrations</translation>
    </message>
    <message>
        <source>old host&apos;s address</source>
        <translation>adresse de l&apos;ancien hôte</translation>
    </message>
    <message>
        <source>Old and new share old&apos;s database. If the new version has migrations to apply, they change the database old serves while users work: this step applies them only when the recipe says the old version keeps working with them, and only if you type the old host&apos;s address (%1) here. Without it, a step with migrations stops before changing anything.</source>
        <extracomment>%1: the old host&apos;s address</extracomment>
        <translation>L&apos;ancien et le nouveau partagent la base de données de l&apos;ancien. Si la nouvelle version a des migrations à appliquer, elles modifient la base que sert l&apos;ancien pendant que les utilisateurs travaillent&#xa0;: cette étape ne les applique que si la recette indique que l&apos;ancienne version continue de fonctionner avec elles, et seulement si vous saisissez ici l&apos;adresse de l&apos;ancien hôte (%1). Sans elle, une étape avec des migrations s&apos;arrête avant de modifier quoi que ce soit.</translation>
    </message>
</context>
<context>
    <name>puw::StepGuidance</name>
    <message>
        <source>The new version gets a machine or container of its own, so the old installation keeps serving users while you prepare it.</source>
        <translation>La nouvelle version dispose de sa propre machine ou de son propre conteneur&#xa0;: l&apos;ancienne installation continue ainsi de servir les utilisateurs pendant que vous préparez la nouvelle.</translation>
    </message>
    <message>
        <source>This is where a parallel upgrade pays off most: everything the application depends on is installed fresh in its current version, instead of being upgraded piece by piece on the old host.</source>
        <translation>C&apos;est ici qu&apos;une mise à niveau parallèle est la plus rentable&#xa0;: tout ce dont l&apos;application dépend est installé à neuf dans sa version actuelle, au lieu d&apos;être mis à niveau pièce par pièce sur l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>Leave the new host at least twice the old database&apos;s size of free disk, plus room for the backup.</source>
        <translation>Prévoyez sur le nouvel hôte un espace disque libre d&apos;au moins deux fois la taille de l&apos;ancienne base de données, plus la place pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The database tools on the new host must be at least as recent as the old database server, or they cannot read its backup.</source>
        <translation>Les outils de base de données du nouvel hôte doivent être au moins aussi récents que l&apos;ancien serveur de base de données, sinon ils ne peuvent pas lire sa sauvegarde.</translation>
    </message>
    <message>
        <source>Settings changed on the old installation over the years apply to the new one only if they are carried over.</source>
        <translation>Les réglages modifiés au fil des ans sur l&apos;ancienne installation ne s&apos;appliquent à la nouvelle que s&apos;ils y sont reportés.</translation>
    </message>
    <message>
        <source>Look at every file that differs: a setting left behind fails silently, sometimes weeks later.</source>
        <translation>Examinez chaque fichier qui diffère&#xa0;: un réglage oublié provoque des pannes silencieuses, parfois des semaines plus tard.</translation>
    </message>
    <message>
        <source>Some values must be different on the new host, such as its own address; untick a file rather than copy such values blindly.</source>
        <translation>Certaines valeurs doivent être différentes sur le nouvel hôte, comme sa propre adresse&#xa0;; décochez un fichier plutôt que de copier ces valeurs aveuglément.</translation>
    </message>
    <message>
        <source>Scheduled jobs and mail sending must not run on both installations at once.</source>
        <translation>Les tâches planifiées et l&apos;envoi de courriels ne doivent pas tourner sur les deux installations à la fois.</translation>
    </message>
    <message>
        <source>This backup is for testing: it lets the new version&apos;s migrations run on real data while users keep working. Step 8 takes the final backup once the servers are stopped.</source>
        <translation>Cette sauvegarde sert aux tests&#xa0;: elle permet d&apos;exécuter les migrations de la nouvelle version sur des données réelles pendant que les utilisateurs continuent de travailler. L&apos;étape 8 fait la sauvegarde finale une fois les serveurs arrêtés.</translation>
    </message>
    <message>
        <source>The backup is also a safety copy: keep it until the upgrade is over.</source>
        <translation>La sauvegarde est aussi une copie de sécurité&#xa0;: conservez-la jusqu&apos;à la fin de la mise à niveau.</translation>
    </message>
    <message>
        <source>The time this step takes is measured and used to predict the downtime.</source>
        <translation>La durée de cette étape est mesurée et sert à prévoir l&apos;interruption de service.</translation>
    </message>
    <message>
        <source>A backup that ended early is marked incomplete and is never restored.</source>
        <translation>Une sauvegarde arrêtée trop tôt est marquée incomplète et n&apos;est jamais restaurée.</translation>
    </message>
    <message>
        <source>Restoring the backup on the new host shows whether the data fits the new installation before anyone depends on it.</source>
        <translation>Restaurer la sauvegarde sur le nouvel hôte montre si les données conviennent à la nouvelle installation avant que quiconque en dépende.</translation>
    </message>
    <message>
        <source>Every table should have as many rows on the new host as on the old one; a difference means the restore lost data.</source>
        <translation>Chaque table doit avoir autant de lignes sur le nouvel hôte que sur l&apos;ancien&#xa0;; une différence signifie que la restauration a perdu des données.</translation>
    </message>
    <message>
        <source>The list of migrations shows which changes the new version will make to the database when it starts in step 5.</source>
        <translation>La liste des migrations montre quelles modifications la nouvelle version apportera à la base de données lors de son démarrage à l&apos;étape 5.</translation>
    </message>
    <message>
        <source>The restore stops at the first error, so a problem shows up here and not as missing data later.</source>
        <translation>La restauration s&apos;arrête à la première erreur&#xa0;: un problème apparaît donc ici, et non plus tard sous forme de données manquantes.</translation>
    </message>
    <message>
        <source>The new version updates the database and starts. If it fails, nothing is lost: users are still on the old installation.</source>
        <translation>La nouvelle version met à jour la base de données et démarre. En cas d&apos;échec, rien n&apos;est perdu&#xa0;: les utilisateurs sont toujours sur l&apos;ancienne installation.</translation>
    </message>
    <message>
        <source>Some applications take many minutes to start for the first time after an upgrade; the wizard waits as long as the recipe allows.</source>
        <translation>Certaines applications mettent de longues minutes à démarrer la première fois après une mise à niveau&#xa0;; l&apos;assistant attend aussi longtemps que la recette le permet.</translation>
    </message>
    <message>
        <source>A migration can fail while its command still reports success; the wizard reads the output, not only the exit code.</source>
        <translation>Une migration peut échouer alors que sa commande signale une réussite&#xa0;; l&apos;assistant lit la sortie, pas seulement le code de sortie.</translation>
    </message>
    <message>
        <source>Testing the new installation thoroughly before switching users over is the main advantage of a parallel upgrade.</source>
        <translation>Tester à fond la nouvelle installation avant d&apos;y basculer les utilisateurs est le principal avantage d&apos;une mise à niveau parallèle.</translation>
    </message>
    <message>
        <source>Do what your users do most: log in, open a recent record, open an attachment.</source>
        <translation>Faites ce que vos utilisateurs font le plus souvent&#xa0;: se connecter, ouvrir un enregistrement récent, ouvrir une pièce jointe.</translation>
    </message>
    <message>
        <source>Tick only what you actually tried; the report shows what a person verified.</source>
        <translation>Ne cochez que ce que vous avez réellement essayé&#xa0;; le rapport indique ce qu&apos;une personne a vérifié.</translation>
    </message>
    <message>
        <source>A problem found now costs nothing but time; after step 7 it costs downtime.</source>
        <translation>Un problème trouvé maintenant ne coûte que du temps&#xa0;; après l&apos;étape 7, il se paie en interruption de service.</translation>
    </message>
    <message>
        <source>Nothing may be written while the final backup is taken, so the application stops on both hosts. This is where the downtime begins.</source>
        <translation>Rien ne doit être écrit pendant la sauvegarde finale&#xa0;: l&apos;application s&apos;arrête donc sur les deux hôtes. C&apos;est ici que commence l&apos;interruption de service.</translation>
    </message>
    <message>
        <source>Both servers must stay stopped: one that restarts by itself lets users write data that the final backup misses.</source>
        <translation>Les deux serveurs doivent rester arrêtés&#xa0;: un serveur qui redémarre tout seul laisse les utilisateurs écrire des données qui manqueront à la sauvegarde finale.</translation>
    </message>
    <message>
        <source>Tell your users before you confirm; the predicted downtime is what to announce.</source>
        <translation>Prévenez vos utilisateurs avant de confirmer&#xa0;; annoncez-leur l&apos;interruption de service prévue.</translation>
    </message>
    <message>
        <source>Until step 9 is done, Roll back puts the old installation back into service with all its data.</source>
        <translation>Tant que l&apos;étape 9 n&apos;est pas terminée, le retour arrière remet l&apos;ancienne installation en service avec toutes ses données.</translation>
    </message>
    <message>
        <source>The rehearsal&apos;s data is out of date. This repeats the backup, import, start and checks with the data as it was when the servers stopped.</source>
        <translation>Les données de la répétition sont périmées. Cette étape refait la sauvegarde, l&apos;import, le démarrage et les vérifications avec les données telles qu&apos;elles étaient à l&apos;arrêt des serveurs.</translation>
    </message>
    <message>
        <source>If a check fails here, roll back: users return to the old installation and nothing is lost.</source>
        <translation>Si une vérification échoue ici, faites un retour arrière&#xa0;: les utilisateurs retrouvent l&apos;ancienne installation et rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>This is the longest part of the downtime; the rehearsal measured how long it should take.</source>
        <translation>C&apos;est la partie la plus longue de l&apos;interruption de service&#xa0;; la répétition a mesuré combien de temps elle devrait prendre.</translation>
    </message>
    <message>
        <source>Users reach the new installation only once the proxy or the DNS name points at it. The downtime ends when it answers at the public address.</source>
        <translation>Les utilisateurs n&apos;accèdent à la nouvelle installation qu&apos;une fois que le proxy ou le nom DNS pointe vers elle. L&apos;interruption de service prend fin quand elle répond à l&apos;adresse publique.</translation>
    </message>
    <message>
        <source>With DNS, clients keep the old address until the record&apos;s time to live expires: lower it well before the upgrade.</source>
        <translation>Avec le DNS, les clients gardent l&apos;ancienne adresse jusqu&apos;à l&apos;expiration de la durée de vie (TTL) de l&apos;enregistrement&#xa0;: baissez-la bien avant la mise à niveau.</translation>
    </message>
    <message>
        <source>The previous proxy configuration is kept, so the switch can be undone.</source>
        <translation>La configuration précédente du proxy est conservée&#xa0;: la bascule peut donc être annulée.</translation>
    </message>
    <message>
        <source>Once the new installation has run well for a while, the old one only costs money and attention.</source>
        <translation>Une fois que la nouvelle installation a bien fonctionné pendant un certain temps, l&apos;ancienne ne coûte plus que de l&apos;argent et de l&apos;attention.</translation>
    </message>
    <message>
        <source>Wait until you trust the new installation: after this step, going back means restoring a backup.</source>
        <translation>Attendez d&apos;avoir confiance dans la nouvelle installation&#xa0;: après cette étape, revenir en arrière implique de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>Only the services are stopped and disabled: the old database, its configuration and the final backup are kept.</source>
        <translation>Seuls les services sont arrêtés et désactivés&#xa0;: l&apos;ancienne base de données, sa configuration et la sauvegarde finale sont conservées.</translation>
    </message>
</context>
<context>
    <name>puw::StepListPanel</name>
    <message>
        <source>Steps of the upgrade</source>
        <translation>Étapes de la mise à niveau</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Steps and their states</source>
        <translation>Étapes et leur état</translation>
    </message>
    <message>
        <source>Each step of the upgrade with its state and duration</source>
        <translation>Chaque étape de la mise à niveau avec son état et sa durée</translation>
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
        <translation>Étape %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (current step)</source>
        <extracomment>screen-reader text for the step whose page is showing</extracomment>
        <translation>%1 (étape actuelle)</translation>
    </message>
</context>
<context>
    <name>puw::StepPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <extracomment>page title, e.g. &quot;Step 3 of 10: Back up the old database&quot;</extracomment>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>What this step does</source>
        <translation>Ce que fait cette étape</translation>
    </message>
    <message>
        <source>Downtime begins with this step: users cannot work until step %1 ends.</source>
        <translation>L&apos;interruption de service commence avec cette étape&#xa0;: les utilisateurs ne peuvent pas travailler avant la fin de l&apos;étape %1.</translation>
    </message>
    <message>
        <source>Downtime warning</source>
        <translation>Avertissement d&apos;interruption de service</translation>
    </message>
    <message>
        <source>Downtime ends when this step succeeds.</source>
        <translation>L&apos;interruption de service prend fin quand cette étape réussit.</translation>
    </message>
    <message>
        <source>Downtime note</source>
        <translation>Remarque sur l&apos;interruption de service</translation>
    </message>
    <message>
        <source>Point of no return: after this step, going back to the old installation loses data written since, or the old installation itself.</source>
        <translation>Point de non-retour&#xa0;: après cette étape, revenir à l&apos;ancienne installation fait perdre les données écrites depuis, ou l&apos;ancienne installation elle-même.</translation>
    </message>
    <message>
        <source>Point of no return warning</source>
        <translation>Avertissement de point de non-retour</translation>
    </message>
    <message>
        <source>State icon</source>
        <translation>Icône d&apos;état</translation>
    </message>
    <message>
        <source>State of step %1</source>
        <translation>État de l&apos;étape %1</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Duration of step %1</source>
        <translation>Durée de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Result of step %1</source>
        <translation>Résultat de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;kip this step</source>
        <translation>&amp;Ignorer cette étape</translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation>Ignorer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Record that you deliberately leave this step out; Next becomes available.</source>
        <translation>Consigne que vous laissez volontairement cette étape de côté&#xa0;; Suivant devient disponible.</translation>
    </message>
    <message>
        <source>Note about running steps</source>
        <translation>Remarque sur l&apos;exécution des étapes</translation>
    </message>
    <message>
        <source>not measured yet</source>
        <extracomment>shown when a step has not run yet, in place of its duration</extracomment>
        <translation>pas encore mesurée</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>To run steps from the wizard, load a plan (on the welcome page or with parallel-upgrade --plan FILE).</source>
        <translation>Pour exécuter les étapes depuis l&apos;assistant, chargez un plan (sur la page d&apos;accueil ou avec parallel-upgrade --plan FICHIER).</translation>
    </message>
    <message>
        <source>Contents of step %1</source>
        <translation>Contenu de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Why this step matters</source>
        <translation>Pourquoi cette étape compte</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Tips for step %1</source>
        <translation>Conseils pour l&apos;étape %1</translation>
    </message>
    <message>
        <source>Why step %1 is not part of this plan</source>
        <translation>Pourquoi l&apos;étape %1 ne fait pas partie de ce plan</translation>
    </message>
    <message>
        <source>%1 Run records the step as not needed; nothing is run.</source>
        <extracomment>%1 why the plan leaves the step out</extracomment>
        <translation>%1 Le bouton d&apos;exécution consigne l&apos;étape comme non nécessaire&#xa0;; rien n&apos;est exécuté.</translation>
    </message>
    <message>
        <source>&amp;Record as not needed</source>
        <extracomment>the Run button of a step the plan&apos;s procedure leaves out</extracomment>
        <translation>&amp;Consigner comme non nécessaire</translation>
    </message>
</context>
<context>
    <name>puw::StepRunPanel</name>
    <message>
        <source>&amp;Run this step</source>
        <translation>&amp;Exécuter cette étape</translation>
    </message>
    <message>
        <source>Running step %1</source>
        <translation>Exécution de l&apos;étape %1</translation>
    </message>
    <message>
        <source>&amp;Cancel the step</source>
        <translation>&amp;Annuler l&apos;étape</translation>
    </message>
    <message>
        <source>Cancel step %1</source>
        <translation>Annuler l&apos;étape %1</translation>
    </message>
    <message>
        <source>Stops the running command; the step can be retried.</source>
        <translation>Arrête la commande en cours&#xa0;; l&apos;étape peut être relancée.</translation>
    </message>
    <message>
        <source>R&amp;oll back…</source>
        <translation>&amp;Retour arrière…</translation>
    </message>
    <message>
        <source>Roll back to the old installation</source>
        <translation>Revenir à l&apos;ancienne installation</translation>
    </message>
    <message>
        <source>Stop the new installation, start the old one and route requests back.</source>
        <translation>Arrêter la nouvelle installation, démarrer l&apos;ancienne et lui renvoyer les requêtes.</translation>
    </message>
    <message>
        <source>Note about the run of step %1</source>
        <translation>Remarque sur l&apos;exécution de l&apos;étape %1</translation>
    </message>
    <message>
        <source>Output of step %1</source>
        <translation>Sortie de l&apos;étape %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <extracomment>the Run button after a failed, cancelled or interrupted run</extracomment>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>Retry step %1</source>
        <translation>Réessayer l&apos;étape %1</translation>
    </message>
    <message>
        <source>Run step %1</source>
        <translation>Exécuter l&apos;étape %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <extracomment>shown with a busy indicator while a step runs without measurable progress</extracomment>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Rollback %1: %2</source>
        <extracomment>%1: the state of the rollback (done, failed), %2: what it did, in words</extracomment>
        <translation>Retour arrière %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>puw::StepState</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
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
        <translation>depuis %1</translation>
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
        <translation>Installer la nouvelle version</translation>
    </message>
    <message>
        <source>Check the new host and install or verify the new version of the application there.</source>
        <translation>Vérifier le nouvel hôte et y installer ou vérifier la nouvelle version de l&apos;application.</translation>
    </message>
    <message>
        <source>Copy custom configuration</source>
        <translation>Copier la configuration personnalisée</translation>
    </message>
    <message>
        <source>Compare configuration files on both hosts and copy the customisations to the new one.</source>
        <translation>Comparer les fichiers de configuration sur les deux hôtes et copier les personnalisations vers le nouveau.</translation>
    </message>
    <message>
        <source>Back up the old database</source>
        <translation>Sauvegarder l&apos;ancienne base de données</translation>
    </message>
    <message>
        <source>Stream a backup of the live database to the new host to rehearse the migration.</source>
        <translation>Transférer une sauvegarde de la base de données en production vers le nouvel hôte pour répéter la migration.</translation>
    </message>
    <message>
        <source>Import it on the new host</source>
        <translation>L&apos;importer sur le nouvel hôte</translation>
    </message>
    <message>
        <source>Restore the backup on the new host and compare row counts with the old.</source>
        <translation>Restaurer la sauvegarde sur le nouvel hôte et comparer les nombres de lignes avec l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Start the new server</source>
        <translation>Démarrer le nouveau serveur</translation>
    </message>
    <message>
        <source>Apply the new version&apos;s migrations, start it and wait until it is healthy.</source>
        <translation>Appliquer les migrations de la nouvelle version, la démarrer et attendre qu&apos;elle soit opérationnelle.</translation>
    </message>
    <message>
        <source>Run checks</source>
        <translation>Exécuter les vérifications</translation>
    </message>
    <message>
        <source>Verify the new installation over HTTP, in its database and by hand.</source>
        <translation>Vérifier la nouvelle installation par HTTP, dans sa base de données et à la main.</translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation>Arrêter les deux serveurs</translation>
    </message>
    <message>
        <source>Stop the application on both hosts so that no new data is written. Downtime begins.</source>
        <translation>Arrêter l&apos;application sur les deux hôtes pour qu&apos;aucune nouvelle donnée ne soit écrite. L&apos;interruption de service commence.</translation>
    </message>
    <message>
        <source>Fresh backup, import and re-test</source>
        <translation>Nouvelle sauvegarde, import et nouveau test</translation>
    </message>
    <message>
        <source>Repeat the backup, import, start and checks with the up-to-date data.</source>
        <translation>Refaire la sauvegarde, l&apos;import, le démarrage et les vérifications avec les données à jour.</translation>
    </message>
    <message>
        <source>Route requests to the new installation</source>
        <translation>Diriger les requêtes vers la nouvelle installation</translation>
    </message>
    <message>
        <source>Switch the proxy or DNS to the new host and verify it answers. Downtime ends.</source>
        <translation>Basculer le proxy ou le DNS vers le nouvel hôte et vérifier qu&apos;il répond. L&apos;interruption de service prend fin.</translation>
    </message>
    <message>
        <source>Deprovision the old instance</source>
        <translation>Décommissionner l&apos;ancienne instance</translation>
    </message>
    <message>
        <source>After a soak period, stop and disable the old services, keeping the final backup.</source>
        <translation>Après une période d&apos;observation, arrêter et désactiver les anciens services, en gardant la sauvegarde finale.</translation>
    </message>
</context>
<context>
    <name>puw::StopBothPage</name>
    <message>
        <source>&amp;Stop both servers</source>
        <extracomment>the Run button of step 7: it starts the downtime</extracomment>
        <translation>Arrêter les &amp;deux serveurs</translation>
    </message>
    <message>
        <source>Stop both servers?</source>
        <translation>Arrêter les deux serveurs&#xa0;?</translation>
    </message>
    <message>
        <source>Users are cut off from now: the application stops on the old host (%1) and on the new host, and stays stopped until step 9 routes requests to the new installation.</source>
        <translation>Les utilisateurs sont coupés à partir de maintenant&#xa0;: l&apos;application s&apos;arrête sur l&apos;ancien hôte (%1) et sur le nouveau, et reste arrêtée jusqu&apos;à ce que l&apos;étape 9 dirige les requêtes vers la nouvelle installation.</translation>
    </message>
    <message>
        <source>Nothing has been stopped yet. If the cutover goes wrong, Roll back starts the old installation again.</source>
        <translation>Rien n&apos;a encore été arrêté. Si la bascule se passe mal, le retour arrière redémarre l&apos;ancienne installation.</translation>
    </message>
    <message>
        <source>Stop both servers</source>
        <translation>Arrêter les deux serveurs</translation>
    </message>
</context>
<context>
    <name>puw::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>What happened at each step, as recorded in the journal.</source>
        <translation>Ce qui s&apos;est passé à chaque étape, tel qu&apos;enregistré dans le journal.</translation>
    </message>
    <message>
        <source>About this summary</source>
        <translation>À propos de ce résumé</translation>
    </message>
    <message>
        <source>Steps with their state, duration and result</source>
        <translation>Étapes avec leur état, leur durée et leur résultat</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>pas de durée</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>&amp;Exporter le rapport…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>The checklist with every step, the downtime, the checks and the commands run (secrets masked), as Markdown, HTML or PDF.</source>
        <translation>La liste de contrôle avec chaque étape, l&apos;interruption de service, les vérifications et les commandes exécutées (secrets masqués), en Markdown, HTML ou PDF.</translation>
    </message>
    <message>
        <source>Where the report was written</source>
        <translation>Où le rapport a été écrit</translation>
    </message>
    <message>
        <source>Nothing to report yet: no step has run.</source>
        <translation>Rien à rapporter pour l&apos;instant&#xa0;: aucune étape n&apos;a été exécutée.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;HTML (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <extracomment>%1: the report file</extracomment>
        <translation>Rapport écrit dans %1.</translation>
    </message>
    <message>
        <source>Export to &amp;Ansible…</source>
        <translation>Exporter vers &amp;Ansible…</translation>
    </message>
    <message>
        <source>Export the plan to Ansible</source>
        <translation>Exporter le plan vers Ansible</translation>
    </message>
    <message>
        <source>The plan&apos;s upgrade as an Ansible project (inventory, rehearsal, cutover and rollback playbooks, README), to run it over several installations.</source>
        <translation>La mise à niveau du plan comme projet Ansible (inventaire, playbooks de répétition, de bascule et de retour arrière, README), pour l&apos;exécuter sur plusieurs installations.</translation>
    </message>
    <message>
        <source>Export to Ansible: choose a folder</source>
        <translation>Exporter vers Ansible&#xa0;: choisissez un dossier</translation>
    </message>
    <message>
        <source>The Ansible export failed: %1</source>
        <extracomment>%1 the reason (a plan&apos;s or a file&apos;s error)</extracomment>
        <translation>L&apos;export Ansible a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export to Ansible</source>
        <translation>Exporter vers Ansible</translation>
    </message>
    <message>
        <source>Ansible project written to %1; its README.md says how to run it.</source>
        <extracomment>%1 the folder</extracomment>
        <translation>Projet Ansible écrit dans %1&#xa0;; son README.md dit comment l&apos;exécuter.</translation>
    </message>
</context>
<context>
    <name>puw::TeeWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>puw::TesterPreviewPanel</name>
    <message>
        <source>Preview for testers</source>
        <translation>Aperçu pour les testeurs</translation>
    </message>
    <message>
        <source>Why there is no canary, and the preview for testers</source>
        <translation>Pourquoi il n&apos;y a pas de canari, et l&apos;aperçu pour les testeurs</translation>
    </message>
    <message>
        <source>Where testers reach the new installation</source>
        <translation>Où les testeurs accèdent à la nouvelle installation</translation>
    </message>
    <message>
        <source>What the last preview action did</source>
        <translation>Ce qu&apos;a fait la dernière action sur l&apos;aperçu</translation>
    </message>
    <message>
        <source>Open preview for testers…</source>
        <translation>Ouvrir l&apos;aperçu pour les testeurs…</translation>
    </message>
    <message>
        <source>Open preview for testers</source>
        <translation>Ouvrir l&apos;aperçu pour les testeurs</translation>
    </message>
    <message>
        <source>Close preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <source>Closing the preview…</source>
        <translation>Fermeture de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>No canary with a database per host: old is stopped before step 9, and a share of users sent to new now would write to a copy of the data that stops receiving their writes (step 8 replaces it with old&apos;s final data). Instead, testers can try the new installation through the proxy on a port of its own while users stay on old.</source>
        <translation>Pas de canari avec une base de données par hôte&#xa0;: l&apos;ancien est arrêté avant l&apos;étape 9, et une part des utilisateurs envoyée maintenant au nouveau écrirait dans une copie des données où leurs écritures seraient perdues (l&apos;étape 8 la remplace par les données finales de l&apos;ancien). À la place, les testeurs peuvent essayer la nouvelle installation via le proxy, sur un port dédié, pendant que les utilisateurs restent sur l&apos;ancien.</translation>
    </message>
    <message>
        <source>Opening and closing the preview reloads the proxy&apos;s nginx; step 9 and a rollback close it if it is still open.</source>
        <translation>L&apos;ouverture et la fermeture de l&apos;aperçu rechargent le nginx du proxy&#xa0;; l&apos;étape 9 et un retour arrière le ferment s&apos;il est encore ouvert.</translation>
    </message>
    <message>
        <source>To offer it, add a port to the plan&apos;s route, e.g. &quot;preview&quot;: {&quot;port&quot;: 8081}.</source>
        <translation>Pour le proposer, ajoutez un port à la route du plan, par ex. &quot;preview&quot;: {&quot;port&quot;: 8081}.</translation>
    </message>
    <message>
        <source>Open for testers at %1 (users stay on old).</source>
        <extracomment>%1 the preview&apos;s URL</extracomment>
        <translation>Ouvert pour les testeurs à %1 (les utilisateurs restent sur l&apos;ancien).</translation>
    </message>
    <message>
        <source>Open the preview for testers?</source>
        <extracomment>%1 the preview&apos;s file on the proxy, %2 the proxy&apos;s address, %3 the public URL, %4 the preview&apos;s URL</extracomment>
        <translation>Ouvrir l&apos;aperçu pour les testeurs&#xa0;?</translation>
    </message>
    <message>
        <source>This writes %1 on the proxy (%2) and reloads its nginx, which serves your users. Users keep reaching the old installation at %3; testers reach the new one at %4. nginx&apos;s test runs first: if it refuses the file, the file is removed again and nothing is reloaded. Type the proxy&apos;s address (%2) to go ahead.</source>
        <translation>Cela écrit %1 sur le proxy (%2) et recharge son nginx, qui sert vos utilisateurs. Les utilisateurs continuent d&apos;accéder à l&apos;ancienne installation à %3&#xa0;; les testeurs accèdent à la nouvelle à %4. Le test de nginx s&apos;exécute d&apos;abord&#xa0;: s&apos;il refuse le fichier, celui-ci est supprimé à nouveau et rien n&apos;est rechargé. Saisissez l&apos;adresse du proxy (%2) pour continuer.</translation>
    </message>
    <message>
        <source>Opening the preview…</source>
        <translation>Ouverture de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>The proxy&apos;s address, typed to open the preview</source>
        <translation>Adresse du proxy, saisie pour ouvrir l&apos;aperçu</translation>
    </message>
    <message>
        <source>Open preview</source>
        <translation>Ouvrir l&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>puw::TradeoffsPanel</name>
    <message>
        <source>Before the downtime</source>
        <translation>Avant l&apos;interruption de service</translation>
    </message>
    <message>
        <source>Gains and costs of a parallel upgrade</source>
        <translation>Avantages et coûts d&apos;une mise à niveau parallèle</translation>
    </message>
    <message>
        <source>Going back is simple: the old installation and its data stay as they were until you remove them.</source>
        <translation>Revenir en arrière est simple&#xa0;: l&apos;ancienne installation et ses données restent telles quelles jusqu&apos;à ce que vous les supprimiez.</translation>
    </message>
    <message>
        <source>You chose when this happens; everything before this step was done while users kept working.</source>
        <translation>Vous avez choisi quand cela se produit&#xa0;; tout ce qui précède cette étape s&apos;est fait pendant que les utilisateurs continuaient à travailler.</translation>
    </message>
    <message>
        <source>The new installation was tested with a copy of the real data before anyone uses it.</source>
        <translation>La nouvelle installation a été testée avec une copie des données réelles avant que quiconque ne l&apos;utilise.</translation>
    </message>
    <message>
        <source>Users are cut off only for the switch itself, not for the whole installation.</source>
        <translation>Les utilisateurs ne sont coupés que pendant la bascule elle-même, pas pendant toute l&apos;installation.</translation>
    </message>
    <message>
        <source>Two servers run side by side until step 10, with the cost that brings.</source>
        <translation>Deux serveurs fonctionnent côte à côte jusqu&apos;à l&apos;étape 10, avec le coût que cela implique.</translation>
    </message>
    <message>
        <source>Every custom setting must have been carried over; the more there are, the more can be missed.</source>
        <translation>Chaque réglage personnalisé doit avoir été reporté&#xa0;; plus il y en a, plus il est facile d&apos;en oublier.</translation>
    </message>
    <message>
        <source>Preparing a second installation took longer than upgrading in place would have.</source>
        <translation>Préparer une seconde installation a pris plus de temps qu&apos;une mise à niveau sur place.</translation>
    </message>
    <message>
        <source>What you gain</source>
        <extracomment>headings of the two lists of the tradeoffs on step 7</extracomment>
        <translation>Ce que vous y gagnez</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>Ce que cela coûte</translation>
    </message>
    <message>
        <source>Parallel upgrade: gains and costs</source>
        <translation>Mise à niveau parallèle&#xa0;: avantages et coûts</translation>
    </message>
    <message>
        <source>What the rehearsal showed</source>
        <translation>Ce qu&apos;a montré la répétition</translation>
    </message>
    <message>
        <source>The rehearsal (steps 3 to 6)</source>
        <translation>La répétition (étapes 3 à 6)</translation>
    </message>
    <message>
        <source>Predicted downtime</source>
        <translation>Interruption de service prévue</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot;: %3</source>
        <translation>Étape %1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checks passed: %1.</source>
        <extracomment>number of rehearsal checks that passed</extracomment>
        <translation>
            <numerusform>Vérifications réussies&#xa0;: %1.</numerusform>
            <numerusform>Vérifications réussies&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks that failed – look at them before you stop the servers:</source>
        <translation>Vérifications en échec – examinez-les avant d&apos;arrêter les serveurs&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime:&lt;/b&gt; not known yet – step 6 predicts it from the rehearsal&apos;s timings.</source>
        <translation>&lt;b&gt;Interruption de service prévue&#xa0;:&lt;/b&gt; pas encore connue – l&apos;étape 6 la prévoit d&apos;après les durées de la répétition.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: about %1&lt;/b&gt;, from the rehearsal&apos;s timings.</source>
        <extracomment>%1: a duration such as &quot;4 min 20 s&quot;</extracomment>
        <translation>&lt;b&gt;Interruption de service prévue&#xa0;: environ %1&lt;/b&gt;, d&apos;après les durées de la répétition.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: about %1&lt;/b&gt;, from the rehearsal&apos;s timings of what the cutover repeats: %2.</source>
        <extracomment>%1: a duration such as &quot;4 min 20 s&quot;; %2: its parts, e.g. &quot;streaming the backup 2.1 s, migrations 0.4 s&quot;</extracomment>
        <translation>&lt;b&gt;Interruption de service prévue&#xa0;: environ %1&lt;/b&gt;, d&apos;après les durées, lors de la répétition, de ce que la bascule refait&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Database checks before anything moved</source>
        <translation>Vérifications de la base avant tout mouvement</translation>
    </message>
    <message>
        <source>Database checks: none recorded yet – step 1 runs them, and step 3 again before its backup.</source>
        <translation>Vérifications de la base&#xa0;: aucune enregistrée pour l’instant – l’étape 1 les fait, et l’étape 3 à nouveau avant sa sauvegarde.</translation>
    </message>
    <message>
        <source>passed – %1</source>
        <extracomment>one database check on step 7&apos;s page: %1 its name</extracomment>
        <translation>réussie – %1</translation>
    </message>
    <message>
        <source>FAILED – %1</source>
        <translation>ÉCHOUÉE – %1</translation>
    </message>
    <message>
        <source>passed – %1: %2</source>
        <extracomment>one database check on step 7&apos;s page: %1 its name, %2 what it found</extracomment>
        <translation>réussie – %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>FAILED – %1: %2</source>
        <translation>ÉCHOUÉE – %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Database checks before anything moved (step %1, its last run):</source>
        <extracomment>%1 the step that ran the database checks last (1 or 3)</extracomment>
        <translation>Vérifications de la base avant tout mouvement (étape %1, sa dernière exécution)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n failed – run that step again once they are fixed.</source>
        <translation>
            <numerusform>%n a échoué – relancez cette étape une fois le problème corrigé.</numerusform>
            <numerusform>%n ont échoué – relancez cette étape une fois les problèmes corrigés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted downtime: none.&lt;/b&gt; Old and new share one database, so old serves users until step 9 moves them to new; nothing stops.</source>
        <translation>&lt;b&gt;Interruption de service prévue&#xa0;: aucune.&lt;/b&gt; L&apos;ancien et le nouveau partagent une base de données, l&apos;ancien sert donc les utilisateurs jusqu&apos;à ce que l&apos;étape 9 les déplace vers le nouveau&#xa0;; rien ne s&apos;arrête.</translation>
    </message>
    <message>
        <source>The plan&apos;s replication did not start (%1): step 8 dumps and restores the whole database.</source>
        <translation>La réplication du plan n&apos;a pas démarré (%1)&#xa0;: l&apos;étape 8 fait un dump et une restauration de toute la base de données.</translation>
    </message>
    <message>
        <source>New&apos;s %1 follows old by replication: %2 bytes behind at %3. Step 8 waits only for old&apos;s last changes, then the migrations run on it.</source>
        <extracomment>%1 the database on new, %2 bytes, %3 a time</extracomment>
        <translation>%1 sur le nouveau suit l&apos;ancien par réplication&#xa0;: %2 octets de retard à %3. L&apos;étape 8 n&apos;attend que les dernières modifications de l&apos;ancien, puis les migrations s&apos;y exécutent.</translation>
    </message>
</context>
<context>
    <name>puw::UpgradePlan</name>
    <message>
        <source>is %1, newer than this program understands.</source>
        <extracomment>about the plan&apos;s &quot;format&quot; field; %1 its value, a version number</extracomment>
        <translation>vaut %1, plus récent que ce que ce programme comprend.</translation>
    </message>
    <message>
        <source>Update the Parallel Upgrade Wizard.</source>
        <translation>Mettez à jour l&apos;assistant de mise à niveau parallèle.</translation>
    </message>
    <message>
        <source>Name the application&apos;s recipe: one of %1.</source>
        <translation>Nommez la recette de l&apos;application&#xa0;: l&apos;une de %1.</translation>
    </message>
    <message>
        <source>names &quot;%1&quot;, which is not a known recipe.</source>
        <translation>nomme «&#xa0;%1&#xa0;», qui n&apos;est pas une recette connue.</translation>
    </message>
    <message>
        <source>Use one of %1, or add your own recipe file to the recipes folder.</source>
        <translation>Utilisez l&apos;une de %1, ou ajoutez votre propre fichier de recette au dossier des recettes.</translation>
    </message>
    <message>
        <source>is the same host as &quot;old&quot;.</source>
        <translation>est le même hôte que «&#xa0;old&#xa0;».</translation>
    </message>
    <message>
        <source>A parallel upgrade builds the new installation somewhere else: give another host, port or user.</source>
        <translation>Une mise à niveau parallèle construit la nouvelle installation ailleurs&#xa0;: indiquez un autre hôte, port ou utilisateur.</translation>
    </message>
    <message>
        <source>cannot be read: %1.</source>
        <translation>ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>looks like a secret, and a plan never holds one.</source>
        <translation>ressemble à un secret, et un plan n&apos;en contient jamais.</translation>
    </message>
    <message>
        <source>Remove it: the wizard asks for secrets and keeps them in the system keychain; for unattended runs name an environment variable under &quot;secretEnvironment&quot;.</source>
        <translation>Supprimez-le&#xa0;: l&apos;assistant demande les secrets et les garde dans le trousseau du système&#xa0;; pour les exécutions sans surveillance, nommez une variable d&apos;environnement sous «&#xa0;secretEnvironment&#xa0;».</translation>
    </message>
    <message>
        <source>Give the host as { &quot;address&quot;: &quot;host name or ssh alias&quot;, &quot;user&quot;: &quot;...&quot; }.</source>
        <translation>Indiquez l&apos;hôte sous la forme { &quot;address&quot;: &quot;nom d&apos;hôte ou alias ssh&quot;, &quot;user&quot;: &quot;...&quot; }.</translation>
    </message>
    <message>
        <source>Set it to the host name, IP address or ~/.ssh/config alias.</source>
        <translation>Indiquez le nom d&apos;hôte, l&apos;adresse IP ou l&apos;alias de ~/.ssh/config.</translation>
    </message>
    <message>
        <source>Set it to &quot;nginx&quot;, &quot;dns&quot; or &quot;none&quot;.</source>
        <translation>Indiquez «&#xa0;nginx&#xa0;», «&#xa0;dns&#xa0;» ou «&#xa0;none&#xa0;».</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>est absent.</translation>
    </message>
    <message>
        <source>An nginx route needs the proxy host: { &quot;address&quot;: &quot;...&quot; }.</source>
        <translation>Une route nginx nécessite l&apos;hôte proxy&#xa0;: { &quot;address&quot;: &quot;...&quot; }.</translation>
    </message>
    <message>
        <source>Give the nginx file that names the upstream server.</source>
        <translation>Indiquez le fichier nginx qui nomme le serveur upstream.</translation>
    </message>
    <message>
        <source>Give the name users resolve, e.g. app.example.org.</source>
        <translation>Indiquez le nom que résolvent les utilisateurs, par ex. app.example.org.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a known kind of route.</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un type de route connu.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: it starts with &apos;-&apos; or holds a space or a control character.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;hôte&#xa0;: il commence par «&#xa0;-&#xa0;» ou contient une espace ou un caractère de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder this program will write backups to: it must be an absolute path without &apos;..&apos; or control characters.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier où ce programme écrira des sauvegardes&#xa0;: il faut un chemin absolu sans «&#xa0;..&#xa0;» ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>Set it to an absolute path such as /srv/backups/upgrade.</source>
        <translation>Indiquez un chemin absolu comme /srv/backups/upgrade.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a way to reach the database.</source>
        <extracomment>%1 the value the admin wrote, e.g. &quot;root&quot;</extracomment>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un moyen d&apos;atteindre la base de données.</translation>
    </message>
    <message>
        <source>Use one of %1.</source>
        <translation>Utilisez l&apos;un de %1.</translation>
    </message>
    <message>
        <source>must be &quot;old&quot; or &quot;new&quot;.</source>
        <translation>doit valoir «&#xa0;old&#xa0;» ou «&#xa0;new&#xa0;».</translation>
    </message>
    <message>
        <source>Say which side wins a conflict in a configuration file, or leave it out to decide each one.</source>
        <translation>Indiquez quel côté l&apos;emporte en cas de conflit dans un fichier de configuration, ou omettez-le pour décider de chacun.</translation>
    </message>
    <message>
        <source>needs a shared database: with a database on each host old is stopped before step 9, so there is no old installation to share requests with.</source>
        <translation>nécessite une base de données partagée&#xa0;: avec une base sur chaque hôte, l&apos;ancien est arrêté avant l&apos;étape 9, il n&apos;y a donc pas d&apos;ancienne installation avec laquelle répartir les requêtes.</translation>
    </message>
    <message>
        <source>Remove route.canary, or set &quot;database&quot;: {&quot;shared&quot;: true} when the new installation uses old&apos;s database server.</source>
        <translation>Supprimez route.canary, ou indiquez &quot;database&quot;: {&quot;shared&quot;: true} si la nouvelle installation utilise le serveur de base de données de l&apos;ancien.</translation>
    </message>
    <message>
        <source>List rising shares of requests in percent ending with 100, e.g. [10, 50, 100].</source>
        <translation>Indiquez des parts croissantes de requêtes en pourcentage, se terminant par 100, par ex. [10, 50, 100].</translation>
    </message>
    <message>
        <source>must be a list of percentages.</source>
        <translation>doit être une liste de pourcentages.</translation>
    </message>
    <message>
        <source>holds %1, which is not a whole percentage from 1 to 100.</source>
        <translation>contient %1, qui n&apos;est pas un pourcentage entier de 1 à 100.</translation>
    </message>
    <message>
        <source>does not rise: %1 follows %2.</source>
        <translation>ne monte pas&#xa0;: %1 suit %2.</translation>
    </message>
    <message>
        <source>ends at %1%: the last stage must send every request to new.</source>
        <translation>se termine à %1&#xa0;%&#xa0;: le dernier palier doit envoyer toutes les requêtes au nouveau.</translation>
    </message>
    <message>
        <source>must be a fraction from 0 to 1 (0.01 is 1%).</source>
        <translation>doit être une fraction de 0 à 1 (0.01 correspond à 1&#xa0;%).</translation>
    </message>
    <message>
        <source>Set the share of failed answers from new that ends the canary, e.g. 0.01.</source>
        <translation>Indiquez la part de réponses en échec du nouveau qui met fin au canari, par ex. 0.01.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not a way to move the data.</source>
        <extracomment>%1 the value the admin wrote</extracomment>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un moyen de transférer les données.</translation>
    </message>
    <message>
        <source>Use &quot;dump&quot; (the default) or &quot;replication&quot;.</source>
        <translation>Utilisez «&#xa0;dump&#xa0;» (par défaut) ou «&#xa0;replication&#xa0;».</translation>
    </message>
    <message>
        <source>is &quot;replication&quot; with a shared database: there is no second database to keep in sync.</source>
        <translation>vaut «&#xa0;replication&#xa0;» avec une base de données partagée&#xa0;: il n&apos;y a pas de seconde base à synchroniser.</translation>
    </message>
    <message>
        <source>Remove database.sync, or database.shared if new has its own database server.</source>
        <translation>Supprimez database.sync, ou database.shared si le nouveau a son propre serveur de base de données.</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, which is not an absolute path.</source>
        <translation>vaut «&#xa0;%1&#xa0;», qui n&apos;est pas un chemin absolu.</translation>
    </message>
    <message>
        <source>holds a control character.</source>
        <translation>contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>has an empty, &quot;.&quot; or &quot;..&quot; part.</source>
        <translation>a une partie vide, «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;».</translation>
    </message>
    <message>
        <source>Give the port on the proxy where testers reach the new installation, e.g. 8081.</source>
        <translation>Indiquez le port du proxy par lequel les testeurs accèdent à la nouvelle installation, par ex. 8081.</translation>
    </message>
    <message>
        <source>is %1, the public URL&apos;s port: users would be sent to the new installation before step 9.</source>
        <translation>vaut %1, le port de l&apos;URL publique&#xa0;: les utilisateurs seraient envoyés vers la nouvelle installation avant l&apos;étape 9.</translation>
    </message>
    <message>
        <source>Choose a port no user opens, e.g. 8081.</source>
        <translation>Choisissez un port qu&apos;aucun utilisateur n&apos;ouvre, par ex. 8081.</translation>
    </message>
    <message>
        <source>Give an absolute path that nginx&apos;s configuration includes, e.g. /etc/nginx/conf.d/puw-preview.conf, or leave it out.</source>
        <translation>Indiquez un chemin absolu que la configuration de nginx inclut, par ex. /etc/nginx/conf.d/puw-preview.conf, ou omettez-le.</translation>
    </message>
    <message>
        <source>needs an nginx route: with DNS, users and testers resolve the same name, so there is no proxy where the program could open a second way to the new installation.</source>
        <translation>nécessite une route nginx&#xa0;: avec le DNS, utilisateurs et testeurs résolvent le même nom, il n&apos;y a donc pas de proxy où le programme pourrait ouvrir un second accès à la nouvelle installation.</translation>
    </message>
    <message>
        <source>Remove route.preview and give testers the new host&apos;s own address, or route through nginx.</source>
        <translation>Supprimez route.preview et donnez aux testeurs l&apos;adresse propre du nouvel hôte, ou passez par nginx.</translation>
    </message>
    <message>
        <source>needs an nginx route: this plan routes nothing.</source>
        <translation>nécessite une route nginx&#xa0;: ce plan ne route rien.</translation>
    </message>
    <message>
        <source>Remove route.preview, or route through nginx.</source>
        <translation>Supprimez route.preview, ou passez par nginx.</translation>
    </message>
</context>
<context>
    <name>puw::UpgradeWizard</name>
    <message>
        <source>Parallel Upgrade Wizard</source>
        <translation>Assistant de mise à niveau parallèle</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Finish the upgrade</source>
        <translation>Terminer la mise à niveau</translation>
    </message>
    <message>
        <source>Close the wizard</source>
        <translation>Fermer l&apos;assistant</translation>
    </message>
    <message>
        <source>Resume the upgrade?</source>
        <translation>Reprendre la mise à niveau&#xa0;?</translation>
    </message>
    <message>
        <source>no plan file</source>
        <translation>pas de fichier de plan</translation>
    </message>
    <message>
        <source>An upgrade started on %1 (%2) was not finished.</source>
        <extracomment>%1: date and time the session started, %2: the plan file</extracomment>
        <translation>Une mise à niveau commencée le %1 (%2) n&apos;a pas été terminée.</translation>
    </message>
    <message>
        <source>Resume at step %1 &quot;%2&quot;</source>
        <extracomment>%1: step number, %2: step title</extracomment>
        <translation>Reprendre à l&apos;étape %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Steps already done are kept. Starting over begins a new session; the old one stays in the journal.</source>
        <translation>Les étapes déjà terminées sont conservées. Recommencer ouvre une nouvelle session&#xa0;; l&apos;ancienne reste dans le journal.</translation>
    </message>
    <message>
        <source>Resume at the summary</source>
        <translation>Reprendre au résumé</translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation>Chaque étape est terminée ou ignorée.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Progress of the upgrade</source>
        <translation>Progression de la mise à niveau</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <source>Roll back to the old installation?</source>
        <translation>Revenir à l&apos;ancienne installation&#xa0;?</translation>
    </message>
    <message>
        <source>The rollback stops the new installation, starts the old installation&apos;s services again and routes requests back to the old host.</source>
        <translation>Le retour arrière arrête la nouvelle installation, redémarre les services de l&apos;ancienne et renvoie les requêtes vers l&apos;ancien hôte.</translation>
    </message>
    <message>
        <source>The old database was not written by the new version, so users continue with the data they had when step 7 stopped the servers. Steps 7 to 9 are marked not started; you can try the cutover again later.</source>
        <translation>L&apos;ancienne base de données n&apos;a pas été écrite par la nouvelle version&#xa0;; les utilisateurs reprennent donc avec les données qu&apos;ils avaient quand l&apos;étape 7 a arrêté les serveurs. Les étapes 7 à 9 sont marquées non commencées&#xa0;; vous pourrez retenter la bascule plus tard.</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Stop and close?</source>
        <translation>Arrêter et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Step %1 &quot;%2&quot; is still running.</source>
        <translation>L&apos;étape %1 «&#xa0;%2&#xa0;» est toujours en cours.</translation>
    </message>
    <message>
        <source>A rollback is still running.</source>
        <translation>Un retour arrière est toujours en cours.</translation>
    </message>
    <message>
        <source>Closing cancels the running command and closes the wizard once it has stopped. The journal keeps what was done; starting the wizard again offers to resume.</source>
        <translation>Fermer annule la commande en cours et ferme l&apos;assistant une fois qu&apos;elle s&apos;est arrêtée. Le journal conserve ce qui a été fait&#xa0;; relancer l&apos;assistant propose de reprendre.</translation>
    </message>
    <message>
        <source>Cancel and close</source>
        <translation>Annuler et fermer</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n backup(s) from the hosts?</source>
        <translation>
            <numerusform>Supprimer %n sauvegarde des hôtes&#xa0;?</numerusform>
            <numerusform>Supprimer %n sauvegardes des hôtes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>These dumps of the application&apos;s data are deleted from the hosts:
%1</source>
        <extracomment>%1 the dumps, one &quot;ROLE:PATH&quot; per line</extracomment>
        <translation>Ces sauvegardes des données de l’application sont effacées des hôtes&#xa0;:
%1</translation>
    </message>
    <message>
        <source>They cannot be brought back. Keep them until you are sure the new installation works and no rollback or comparison will need them. The local copies in the session&apos;s folder stay.</source>
        <translation>Elles ne peuvent pas être récupérées. Gardez-les tant que vous n’êtes pas sûr que la nouvelle installation fonctionne et qu’aucun retour arrière ni aucune comparaison n’en aura besoin. Les copies locales dans le dossier de la session restent.</translation>
    </message>
    <message>
        <source>Remove them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Suppression…</translation>
    </message>
    <message>
        <source>Backups are being removed from the hosts.</source>
        <translation>Les sauvegardes sont en cours de suppression sur les hôtes.</translation>
    </message>
    <message>
        <source>The testers&apos; preview is being opened or closed.</source>
        <translation>L&apos;aperçu pour les testeurs est en cours d&apos;ouverture ou de fermeture.</translation>
    </message>
</context>
<context>
    <name>puw::WelcomePage</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>&amp;Load plan…</source>
        <translation>&amp;Charger un plan…</translation>
    </message>
    <message>
        <source>Welcome to the Parallel Upgrade Wizard</source>
        <translation>Bienvenue dans l&apos;assistant de mise à niveau parallèle</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>What a parallel upgrade is</source>
        <translation>Ce qu&apos;est une mise à niveau parallèle</translation>
    </message>
    <message>
        <source>Loaded plan</source>
        <translation>Plan chargé</translation>
    </message>
    <message>
        <source>Current session</source>
        <translation>Session en cours</translation>
    </message>
    <message>
        <source>Load a plan file</source>
        <translation>Charger un fichier de plan</translation>
    </message>
    <message>
        <source>No session yet: one is recorded in the journal from the first step on.</source>
        <translation>Pas encore de session&#xa0;: une session est enregistrée dans le journal dès la première étape.</translation>
    </message>
    <message>
        <source>Session %1, started %2, is recorded in %3.</source>
        <translation>La session %1, commencée le %2, est enregistrée dans %3.</translation>
    </message>
    <message>
        <source>Load plan</source>
        <translation>Charger un plan</translation>
    </message>
    <message>
        <source>Upgrade plans (*.json);;All files (*)</source>
        <translation>Plans de mise à niveau (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sa&amp;ve plan…</source>
        <translation>Enre&amp;gistrer le plan…</translation>
    </message>
    <message>
        <source>In a parallel upgrade the new version is installed on a second machine beside the one your users work on, configured, loaded with a copy of the data and tested while the old one keeps running. Only then do both stop for a short downtime: the latest data is copied once more and users are switched over. Until that switch the old installation is left untouched.</source>
        <translation>Dans une mise à niveau parallèle, la nouvelle version est installée sur une seconde machine, à côté de celle sur laquelle travaillent vos utilisateurs, puis configurée, chargée avec une copie des données et testée pendant que l&apos;ancienne continue de fonctionner. Ce n&apos;est qu&apos;ensuite que les deux s&apos;arrêtent pour une courte interruption de service&#xa0;: les données les plus récentes sont copiées une dernière fois et les utilisateurs sont basculés. Jusqu&apos;à cette bascule, l&apos;ancienne installation n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>The plan&apos;s fields</source>
        <translation>Les champs du plan</translation>
    </message>
    <message>
        <source>What the plan still needs</source>
        <translation>Ce qui manque encore au plan</translation>
    </message>
    <message>
        <source>Save the plan to a file</source>
        <translation>Enregistrer le plan dans un fichier</translation>
    </message>
    <message>
        <source>The plan is complete. Test the connections, save the plan if you want to keep it, then press Next.</source>
        <translation>Le plan est complet. Testez les connexions, enregistrez le plan si vous voulez le conserver, puis cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>No plan loaded: fill in the fields below, or load a plan file.</source>
        <translation>Aucun plan chargé&#xa0;: remplissez les champs ci-dessous ou chargez un fichier de plan.</translation>
    </message>
    <message>
        <source>Plan %1: from %2 to %3.</source>
        <extracomment>%1: plan file, %2 and %3: the old and the new host</extracomment>
        <translation>Plan %1&#xa0;: de %2 vers %3.</translation>
    </message>
    <message>
        <source>This plan is not saved in a file yet.</source>
        <translation>Ce plan n&apos;est pas encore enregistré dans un fichier.</translation>
    </message>
    <message>
        <source>Changed since %1 was loaded or saved.</source>
        <translation>Modifié depuis le chargement ou l&apos;enregistrement de %1.</translation>
    </message>
    <message>
        <source>Steps can run now; they use this plan until the program is closed.</source>
        <translation>Les étapes peuvent maintenant s&apos;exécuter&#xa0;; elles utilisent ce plan jusqu&apos;à la fermeture du programme.</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Enregistrer le plan</translation>
    </message>
</context>
<context>
    <name>puw::detail::HostWorker</name>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>La connexion à %1 a été fermée.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Pas connecté à %1.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: %2</source>
        <translation>La connexion à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The connection to %1 was lost: no answer from the server for %2 s.</source>
        <translation>La connexion à %1 a été perdue&#xa0;: pas de réponse du serveur depuis %2 s.</translation>
    </message>
</context>
</TS>
