#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <csignal>

#include "HeadlessRun.h"
#include "util/Translations.h"

namespace puw {

namespace {
class CommandLineText {
    Q_DECLARE_TR_FUNCTIONS(puw::CommandLine)
};
} // namespace

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLineText::tr("Walks you through a parallel upgrade of a self-hosted web application: the new "
                            "version is installed beside the old one, loaded with its data and tested before "
                            "users are switched over."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption plan(QStringLiteral("plan"), CommandLineText::tr("Open the upgrade plan FILE."),
                                  CommandLineText::tr("FILE"));
    const QCommandLineOption sessionDir(
        QStringLiteral("session-dir"),
        CommandLineText::tr("Keep the session journal and local backups in DIR instead of the "
                            "user's data folder."),
        CommandLineText::tr("DIR"));
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        CommandLineText::tr("Run the plan's steps without a window, printing one line per event."));
    const QCommandLineOption through(
        QStringLiteral("through"),
        CommandLineText::tr("With --headless: stop after STEP (a number or a step id; default 9)."),
        CommandLineText::tr("STEP"));
    const QCommandLineOption assumeYes(
        QStringLiteral("assume-yes"),
        CommandLineText::tr("With --headless: confirm the steps that change the old installation."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        CommandLineText::tr("With --headless: list every command as it would run, and run none."));
    const QCommandLineOption rollback(
        QStringLiteral("rollback"),
        CommandLineText::tr("With --headless: bring the old installation back into service."));
    const QCommandLineOption removeBackups(
        QStringLiteral("remove-host-backups"),
        CommandLineText::tr(
            "With --headless: remove the dumps the upgrade left on the hosts (the report lists "
            "them); with --assume-yes, else they are only listed."));
    const QCommandLineOption createRoles(
        QStringLiteral("create-missing-roles"),
        CommandLineText::tr("With --headless: create on new the database roles old's database names and "
                            "new lacks, as old defines them (steps 1 and 3)."));
    const QCommandLineOption restartOldDatabase(
        QStringLiteral("allow-old-database-restart"),
        CommandLineText::tr("With --headless: step 4 may set wal_level = logical on old and restart old's "
                            "PostgreSQL for the plan's replication (its database unavailable for seconds)."));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        CommandLineText::tr("With --headless: open or close the testers' preview of the plan's "
                            "route.preview (from the end of step 6 until step 9); opening reloads the "
                            "proxy and needs --assume-yes."),
        //: the argument of --preview, shown in --help as <open|close>; the words themselves are not
        //: translated
        CommandLineText::tr("open|close"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        CommandLineText::tr("With --headless: write the report to FILE (.md, .html or .pdf)."),
        CommandLineText::tr("FILE"));
    const QCommandLineOption exportAnsible(
        QStringLiteral("export-ansible"),
        CommandLineText::tr("Write the plan's upgrade as an Ansible project into DIR (inventory, rehearsal, "
                            "cutover and rollback playbooks, README) and exit. Needs --plan or --inventory."),
        CommandLineText::tr("DIR"));
    const QCommandLineOption inventory(
        QStringLiteral("inventory"),
        CommandLineText::tr("With --export-ansible: export every plan FILE lists (a JSON object {\"plans\": "
                            "[\"a.json\", \"b.json\"]}, paths relative to FILE's folder), beside --plan's."),
        CommandLineText::tr("FILE"));
    const QCommandLineOption ansibleSerial(
        QStringLiteral("ansible-serial"),
        CommandLineText::tr("With --export-ansible: the cutover's batch size, in installations (default 1)."),
        //: the argument of --ansible-serial, shown in --help as <N> (a number)
        CommandLineText::tr("N"));
    const QCommandLineOption ansibleMaxFail(
        QStringLiteral("ansible-max-fail-percent"),
        //: max_fail_percentage is Ansible's keyword, not translated
        CommandLineText::tr("With --export-ansible: the cutover's max_fail_percentage (default 0)."),
        //: the argument of --ansible-max-fail-percent, shown in --help as <P> (a percentage)
        CommandLineText::tr("P"));
    const QCommandLineOption importAnsible(
        QStringLiteral("import-ansible"),
        CommandLineText::tr(
            "Read the JSON output of ansible-playbook runs of an export "
            "(ANSIBLE_STDOUT_CALLBACK=json), LOG and any further files given after it, in the "
            "order they ran; write a session journal and a report per installation (in "
            "--session-dir, one folder each; --report FILE chooses the format) and exit. "
            "--plan names the plan the export was made from. Exit codes as --headless's."),
        //: the argument of --import-ansible, shown in --help as <LOG> (a file)
        CommandLineText::tr("LOG"));
    const QStringList languages = availableLanguages();
    const QCommandLineOption language(
        QStringLiteral("lang"),
        //: %1 lists the language codes, e.g. "de, en, fr"; LANG is the option's argument
        CommandLineText::tr("Show the interface in LANG (%1) instead of the system's language.")
            .arg(languages.join(QStringLiteral(", "))),
        //: the argument of --lang, shown in --help as <LANG>
        CommandLineText::tr("LANG"));
    parser.addOptions({plan, sessionDir, headless, through, assumeYes, dryRun, rollback, removeBackups,
                       restartOldDatabase, createRoles, preview, report, exportAnsible, inventory,
                       ansibleSerial, ansibleMaxFail, importAnsible, language});

    CommandLine result;
    const bool parsed = parser.parse(arguments);
    // Known first, so that the messages below can be shown in the language asked for.
    if (parser.isSet(language) && languages.contains(parser.value(language)))
        result.language = parser.value(language);
    if (!parsed) {
        result.outcome = Outcome::Error;
        result.errorText =
            parser.errorText() + QLatin1Char('\n') + CommandLineText::tr("Try --help for the options.");
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = Outcome::ShowHelp;
        result.helpText =
            parser.helpText() + QLatin1Char('\n') +
            //: --help's list of exit codes; keep the numbers and each code's line
            CommandLineText::tr("Exit codes of --headless:\n"
                                "  %1  every step that ran succeeded\n"
                                "  %2  a step failed\n"
                                "  %3  a step that changes the old installation needs --assume-yes\n"
                                "  %4  cancelled by Ctrl-C (SIGINT) or SIGTERM: the running step ended "
                                "Cancelled;\n"
                                "     running again resumes. A second signal ends the program at once (%5 "
                                "or %6).\n"
                                "  %7 a broken plan or recipe, %8 the journal cannot be opened, %9 a wrong "
                                "option\n")
                .arg(HeadlessExit::Succeeded)
                .arg(HeadlessExit::StepFailed)
                .arg(HeadlessExit::NeedsConfirmation)
                .arg(HeadlessExit::Cancelled)
                .arg(128 + SIGINT)
                .arg(128 + SIGTERM)
                .arg(HeadlessExit::BadPlan)
                .arg(HeadlessExit::NoJournal)
                .arg(HeadlessExit::UsageError);
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty() && !parser.isSet(importAnsible)) {
        result.outcome = Outcome::Error;
        result.errorText = CommandLineText::tr("Unexpected argument \"%1\". To open a plan, use --plan FILE.")
                               .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(language) && result.language.isEmpty()) {
        result.outcome = Outcome::Error;
        //: %1 is what the admin gave after --lang, %2 the language codes the program has, e.g. "de, en, fr"
        result.errorText = CommandLineText::tr("--lang %1: no such language; available: %2.")
                               .arg(parser.value(language), languages.join(QStringLiteral(", ")));
        return result;
    }
    if (parser.isSet(plan))
        result.planPath = QFileInfo(parser.value(plan)).absoluteFilePath();
    if (parser.isSet(sessionDir))
        result.sessionDir = QFileInfo(parser.value(sessionDir)).absoluteFilePath();
    result.headless = parser.isSet(headless);
    result.through = parser.value(through);
    result.assumeYes = parser.isSet(assumeYes);
    result.dryRun = parser.isSet(dryRun);
    result.rollback = parser.isSet(rollback);
    result.removeHostBackups = parser.isSet(removeBackups);
    result.createMissingRoles = parser.isSet(createRoles);
    result.allowOldDatabaseRestart = parser.isSet(restartOldDatabase);
    result.preview = parser.value(preview);
    if (parser.isSet(preview) && result.preview != QLatin1String("open") &&
        result.preview != QLatin1String("close")) {
        result.outcome = Outcome::Error;
        result.errorText =
            CommandLineText::tr("--preview takes \"open\" or \"close\", not \"%1\".").arg(result.preview);
        return result;
    }
    if (parser.isSet(report))
        result.reportPath = QFileInfo(parser.value(report)).absoluteFilePath();
    if (parser.isSet(exportAnsible))
        result.exportAnsibleDir = QFileInfo(parser.value(exportAnsible)).absoluteFilePath();
    if (parser.isSet(inventory))
        result.inventoryPath = QFileInfo(parser.value(inventory)).absoluteFilePath();
    for (const QString& log : parser.values(importAnsible) + parser.positionalArguments())
        result.importAnsibleLogs.append(QFileInfo(log).absoluteFilePath());
    if (parser.isSet(importAnsible)) {
        const bool others = result.headless || parser.isSet(exportAnsible) || parser.isSet(through) ||
                            result.assumeYes || result.dryRun || result.rollback ||
                            result.removeHostBackups || result.createMissingRoles ||
                            result.allowOldDatabaseRestart || !result.preview.isEmpty() ||
                            parser.isSet(ansibleSerial) || parser.isSet(ansibleMaxFail);
        if (others) {
            result.outcome = Outcome::Error;
            result.errorText = CommandLineText::tr(
                "--import-ansible runs nothing: it goes only with --plan, --session-dir, --report and "
                "--lang.");
        }
        return result;
    }
    bool numbersOk = true;
    if (parser.isSet(ansibleSerial)) {
        bool ok = false;
        result.ansibleSerial = parser.value(ansibleSerial).toInt(&ok);
        numbersOk = ok && result.ansibleSerial >= 1;
    }
    if (parser.isSet(ansibleMaxFail)) {
        bool ok = false;
        result.ansibleMaxFailPercent = parser.value(ansibleMaxFail).toInt(&ok);
        numbersOk =
            numbersOk && ok && result.ansibleMaxFailPercent >= 0 && result.ansibleMaxFailPercent <= 100;
    }
    const bool exportOnly =
        parser.isSet(ansibleSerial) || parser.isSet(ansibleMaxFail) || parser.isSet(inventory);
    if (!result.exportAnsibleDir.isEmpty() || exportOnly) {
        result.outcome = Outcome::Error;
        if (result.exportAnsibleDir.isEmpty() && parser.isSet(inventory))
            result.errorText = CommandLineText::tr(
                "--inventory goes with --export-ansible: --export-ansible DIR --inventory FILE.");
        else if (result.exportAnsibleDir.isEmpty())
            result.errorText = CommandLineText::tr(
                "--ansible-serial and --ansible-max-fail-percent go with --export-ansible.");
        else if (parser.isSet(headless))
            result.errorText =
                CommandLineText::tr("--export-ansible runs nothing: it does not go with --headless.");
        else if (result.planPath.isEmpty() && result.inventoryPath.isEmpty())
            result.errorText = CommandLineText::tr(
                "--export-ansible needs a plan: --plan FILE, or several: --inventory FILE.");
        else if (!numbersOk)
            result.errorText = CommandLineText::tr("--ansible-serial takes a whole number from 1, "
                                                   "--ansible-max-fail-percent one from 0 to 100.");
        else
            result.outcome = Outcome::Run;
        return result;
    }
    const bool headlessOnly = parser.isSet(through) || result.assumeYes || result.dryRun || result.rollback ||
                              parser.isSet(report) || result.removeHostBackups || result.createMissingRoles ||
                              result.allowOldDatabaseRestart || !result.preview.isEmpty();
    if (headlessOnly && !result.headless) {
        result.outcome = Outcome::Error;
        result.errorText = CommandLineText::tr(
            "--through, --assume-yes, --dry-run, --rollback, --remove-host-backups, --create-missing-roles, "
            "--allow-old-database-restart, --preview and --report go with --headless.");
    } else if (result.headless && result.planPath.isEmpty()) {
        result.outcome = Outcome::Error;
        result.errorText = CommandLineText::tr("--headless needs a plan: --plan FILE.");
    }
    return result;
}

} // namespace puw
