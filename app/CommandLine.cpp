#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace puw {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "puw::CommandLine", "Walks you through a parallel upgrade of a self-hosted web application: the new "
                            "version is installed beside the old one, loaded with its data and tested before "
                            "users are switched over."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption plan(
        QStringLiteral("plan"),
        QCoreApplication::translate("puw::CommandLine", "Open the upgrade plan FILE."),
        QCoreApplication::translate("puw::CommandLine", "FILE"));
    const QCommandLineOption sessionDir(
        QStringLiteral("session-dir"),
        QCoreApplication::translate("puw::CommandLine",
                                    "Keep the session journal and local backups in DIR instead of the "
                                    "user's data folder."),
        QCoreApplication::translate("puw::CommandLine", "DIR"));
    auto tr = [](const char* text) {
        return QCoreApplication::translate("puw::CommandLine", text);
    };
    const QCommandLineOption headless(
        QStringLiteral("headless"),
        tr("Run the plan's steps without a window, printing one line per event."));
    const QCommandLineOption through(
        QStringLiteral("through"), tr("With --headless: stop after STEP (a number or a step id; default 9)."),
        tr("STEP"));
    const QCommandLineOption assumeYes(
        QStringLiteral("assume-yes"),
        tr("With --headless: confirm the steps that change the old installation."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("With --headless: list every command as it would run, and run none."));
    const QCommandLineOption rollback(QStringLiteral("rollback"),
                                      tr("With --headless: bring the old installation back into service."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("With --headless: write the report to FILE (.md, .html or .pdf)."),
                                    tr("FILE"));
    parser.addOptions({plan, sessionDir, headless, through, assumeYes, dryRun, rollback, report});

    CommandLine result;
    if (!parser.parse(arguments)) {
        result.outcome = Outcome::Error;
        result.errorText = parser.errorText() + QLatin1Char('\n') +
                           QCoreApplication::translate("puw::CommandLine", "Try --help for the options.");
        return result;
    }
    if (parser.isSet(help)) {
        result.outcome = Outcome::ShowHelp;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.outcome = Outcome::ShowVersion;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.outcome = Outcome::Error;
        result.errorText =
            QCoreApplication::translate("puw::CommandLine",
                                        "Unexpected argument \"%1\". To open a plan, use --plan FILE.")
                .arg(parser.positionalArguments().constFirst());
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
    if (parser.isSet(report))
        result.reportPath = QFileInfo(parser.value(report)).absoluteFilePath();
    const bool headlessOnly =
        parser.isSet(through) || result.assumeYes || result.dryRun || result.rollback || parser.isSet(report);
    if (headlessOnly && !result.headless) {
        result.outcome = Outcome::Error;
        result.errorText =
            tr("--through, --assume-yes, --dry-run, --rollback and --report go with --headless.");
    } else if (result.headless && result.planPath.isEmpty()) {
        result.outcome = Outcome::Error;
        result.errorText = tr("--headless needs a plan: --plan FILE.");
    }
    return result;
}

} // namespace puw
