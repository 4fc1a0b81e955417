// parallel-upgrade: parses the command line, loads the plan, opens the session journal and shows the wizard.
#include "CommandLine.h"
#include "HeadlessRun.h"

#include "UpgradeWizard.h"
#include "journal/Journal.h"
#include "plan/RecipeCatalogue.h"
#include "plan/UpgradePlan.h"
#include "session/SessionController.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <optional>

namespace {

void printTo(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

enum ExitCode { Success = 0, UsageError = 64, BadPlan = 65, JournalUnavailable = 74 };

} // namespace

int main(int argc, char** argv)
{
#ifdef __GLIBC__
    // Relays allocate chunks in one host's thread and free them in another's; without a cap, glibc keeps
    // a pool per thread and memory grows with the stream's size (measured: 144 MB at 1 GiB, 26 MB capped).
    mallopt(M_ARENA_MAX, 2);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("parallel-upgrade"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PUW_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Parallel Upgrade Wizard"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Everything that can be answered without a window is answered before one is created.
    const puw::CommandLine commandLine = puw::CommandLine::parse(arguments);
    switch (commandLine.outcome) {
    case puw::CommandLine::Outcome::ShowVersion:
        printTo(stdout, QStringLiteral("parallel-upgrade %1").arg(QStringLiteral(PUW_VERSION)));
        return Success;
    case puw::CommandLine::Outcome::ShowHelp:
        printTo(stdout, commandLine.helpText);
        return Success;
    case puw::CommandLine::Outcome::Error:
        printTo(stderr, commandLine.errorText);
        return UsageError;
    case puw::CommandLine::Outcome::Run:
        break;
    }

    std::optional<puw::UpgradePlan> plan;
    if (!commandLine.planPath.isEmpty()) {
        const QStringList recipes = puw::RecipeCatalogue::availableIds(puw::AppPaths::userRecipeDir());
        auto loaded = puw::UpgradePlan::load(commandLine.planPath, recipes);
        if (!loaded.ok()) {
            printTo(stderr, loaded.error().message());
            return BadPlan;
        }
        plan = std::move(loaded).value();
    }

    const QString sessionDir =
        commandLine.sessionDir.isEmpty() ? puw::AppPaths::defaultSessionDir() : commandLine.sessionDir;
    if (commandLine.headless) {
        const auto through = commandLine.through.isEmpty() ? std::optional(puw::StepId::RouteTraffic)
                                                           : puw::stepFromText(commandLine.through);
        if (!through) {
            printTo(stderr, QStringLiteral(
                                "--through %1: not a step; give 1 to 10 or a step id such as import-backup.")
                                .arg(commandLine.through));
            return UsageError;
        }
        // No window, but the report's timeline and PDF need fonts: the offscreen platform gives them.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return puw::runHeadless({*plan, commandLine.planPath, sessionDir, *through, commandLine.assumeYes,
                                 commandLine.dryRun, commandLine.rollback, commandLine.reportPath});
    }

    QApplication app(argc, argv);
    // The interface follows the system locale; the catalogues are compiled into the program.
    QTranslator ownTranslations;
    if (ownTranslations.load(QLocale(), QStringLiteral("parallel-upgrade"), QStringLiteral("_"),
                             QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&ownTranslations);
    QTranslator qtTranslations;
    if (qtTranslations.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslations);

    auto journal = puw::Journal::open(sessionDir);
    if (!journal.ok()) {
        printTo(stderr, journal.error());
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), journal.error());
        return JournalUnavailable;
    }

    puw::SessionController controller(std::move(journal).value());
    if (plan)
        controller.setPlan(*plan, commandLine.planPath);
    puw::UpgradeWizard wizard(&controller);
    wizard.show();
    wizard.offerResume();
    return app.exec();
}
