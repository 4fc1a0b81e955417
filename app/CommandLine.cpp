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
    parser.addOption(plan);
    parser.addOption(sessionDir);

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
    return result;
}

} // namespace puw
