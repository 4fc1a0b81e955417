// parallel-upgrade: parses the command line, loads the plan, opens the session journal and shows the wizard.
#include "AnsibleExport.h"
#include "AnsibleImportRun.h"
#include "CommandLine.h"
#include "HeadlessRun.h"

#include "GuiSecrets.h"
#include "UpgradeWizard.h"
#include "WelcomePage.h"
#include "jobs/StepRunner.h"
#include "journal/Journal.h"
#include "plan/RecipeCatalogue.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeLoader.h"
#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "session/SessionController.h"
#include "util/AppPaths.h"
#include "util/Translations.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

#include <cstdio>
#include <functional>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <memory>
#include <optional>

namespace {

class GuiText {
    Q_DECLARE_TR_FUNCTIONS(puw::App)
};

// What the wizard needs to run steps: the plan bound to its recipe, the engine's handle, and the
// secrets that ask the admin. Null runner when the recipe does not bind (the admin was told why).
struct GuiEngine {
    std::unique_ptr<puw::CredentialStore> store;
    std::shared_ptr<puw::GuiSecrets> secrets;
    std::unique_ptr<puw::StepRunner> runner;

    void abandon()
    {
        if (secrets)
            secrets->abandonQuestions();
    }
};

bool startEngine(GuiEngine& engine, puw::SessionController& controller, puw::UpgradeWizard& wizard,
                 const QString& sessionDir)
{
    const puw::UpgradePlan& plan = controller.plan();
    const auto refuse = [&wizard](const QString& message) {
        //: shown when the plan's recipe cannot be used; the steps cannot run until it is fixed
        QMessageBox::critical(&wizard, GuiText::tr("The recipe cannot be used"),
                              GuiText::tr("%1\n\nThe wizard shows the journal, but steps cannot run until "
                                          "this is fixed.")
                                  .arg(message));
        return false;
    };
    auto recipe = puw::RecipeLoader::loadById(plan.recipeId, puw::AppPaths::userRecipeDir());
    if (!recipe.ok())
        return refuse(recipe.error().message());
    auto binding = puw::RecipeBinding::bind(recipe.value(), plan, controller.planPath());
    if (!binding.ok())
        return refuse(binding.error().message());
    auto redactor = controller.journal().sharedRedactor();
    auto sources = std::make_shared<puw::SecretSources>(plan.secretEnvironment, engine.store.get(), redactor);
    engine.secrets = std::make_shared<puw::GuiSecrets>(plan, sources, engine.store.get(), redactor, &wizard);
    puw::UpgradeEngine::Setup setup{
        plan, binding.value(), {}, engine.secrets, QDir(sessionDir).filePath(QStringLiteral("backups")),
        false};
    setup.ssh.knownHostsFile = plan.knownHostsFile;
    setup.ssh.prompter = engine.secrets;
    setup.ssh.redactor = redactor;
    engine.runner = std::make_unique<puw::StepRunner>(&controller, setup);
    wizard.setRunner(engine.runner.get());
    return true;
}

void printTo(FILE* stream, const QString& text)
{
    std::fputs(qPrintable(text), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}

// Answers given before any window exists are worked out in English first; the one that is printed is
// worked out again here, under a QCoreApplication with the admin's language installed.
QString inLanguage(int argc, char** argv, const QString& language, const std::function<QString()>& text)
{
    QCoreApplication core(argc, argv);
    const puw::Translations translations(language);
    return text();
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
    // Wayland finds the window's icon and name through the installed .desktop file (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.parallelupgrade.Wizard"));

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
        printTo(stdout, inLanguage(argc, argv, commandLine.language,
                                   [&] { return puw::CommandLine::parse(arguments).helpText; }));
        return Success;
    case puw::CommandLine::Outcome::Error:
        printTo(stderr, inLanguage(argc, argv, commandLine.language,
                                   [&] { return puw::CommandLine::parse(arguments).errorText; }));
        return UsageError;
    case puw::CommandLine::Outcome::Run:
        break;
    }

    std::optional<puw::UpgradePlan> plan;
    if (!commandLine.planPath.isEmpty()) {
        const QStringList recipes = puw::RecipeCatalogue::availableIds(puw::AppPaths::userRecipeDir());
        auto loaded = puw::UpgradePlan::load(commandLine.planPath, recipes);
        if (!loaded.ok()) {
            printTo(stderr, inLanguage(argc, argv, commandLine.language, [&] {
                        const auto again = puw::UpgradePlan::load(commandLine.planPath, recipes);
                        return again.ok() ? loaded.error().message() : again.error().message();
                    }));
            return BadPlan;
        }
        plan = std::move(loaded).value();
    }

    if (!commandLine.exportAnsibleDir.isEmpty()) {
        QCoreApplication app(argc, argv);
        const puw::Translations translations(commandLine.language);
        return puw::exportAnsible(plan, commandLine.planPath, commandLine.inventoryPath,
                                  commandLine.exportAnsibleDir,
                                  {commandLine.ansibleSerial, commandLine.ansibleMaxFailPercent});
    }

    if (!commandLine.importAnsibleLogs.isEmpty()) {
        // No window, but the report's timeline and PDF need fonts: the offscreen platform gives them.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const puw::Translations translations(commandLine.language);
        const QString root =
            commandLine.sessionDir.isEmpty()
                ? QDir(puw::AppPaths::defaultSessionDir()).filePath(QStringLiteral("ansible"))
                : commandLine.sessionDir;
        return puw::importAnsible(
            {commandLine.importAnsibleLogs, root, plan, commandLine.planPath, commandLine.reportPath});
    }

    const QString sessionDir =
        commandLine.sessionDir.isEmpty() ? puw::AppPaths::defaultSessionDir() : commandLine.sessionDir;
    if (commandLine.headless) {
        const auto through = commandLine.through.isEmpty() ? std::optional(puw::StepId::RouteTraffic)
                                                           : puw::stepFromText(commandLine.through);
        if (!through) {
            printTo(stderr, inLanguage(argc, argv, commandLine.language, [&] {
                        //: %1 is what the admin gave after --through; "import-backup" is a step id, not
                        //: translated
                        return GuiText::tr("--through %1: not a step; give 1 to 10 or a step id such as "
                                           "import-backup.")
                            .arg(commandLine.through);
                    }));
            return UsageError;
        }
        // No window, but the report's timeline and PDF need fonts: the offscreen platform gives them.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const puw::Translations translations(commandLine.language);
        return puw::runHeadless({*plan, commandLine.planPath, sessionDir, *through, commandLine.assumeYes,
                                 commandLine.dryRun, commandLine.rollback, commandLine.reportPath,
                                 commandLine.removeHostBackups, commandLine.createMissingRoles,
                                 commandLine.allowOldDatabaseRestart, commandLine.preview});
    }

    QApplication app(argc, argv);
    // The interface follows the system locale unless --lang says otherwise; the catalogues are compiled
    // into the program, Qt's own (standard buttons) come from the system's Qt.
    const puw::Translations translations(commandLine.language);
    //: the program's name, shown after each window's title
    QGuiApplication::setApplicationDisplayName(GuiText::tr("Parallel Upgrade Wizard"));

    auto journal = puw::Journal::open(sessionDir);
    if (!journal.ok()) {
        printTo(stderr, journal.error());
        QMessageBox::critical(nullptr, QGuiApplication::applicationDisplayName(), journal.error());
        return JournalUnavailable;
    }

    puw::SessionController controller(std::move(journal).value());
    if (plan)
        controller.setPlan(*plan, commandLine.planPath);
    GuiEngine engine; // outlives the wizard: the pages hold the runner
    // One keychain for the whole run: connection tests on the welcome page and the steps share it.
    engine.store = std::make_unique<puw::CredentialStore>(controller.journal().sharedRedactor(),
                                                          puw::CredentialStore::Options{});
    puw::UpgradeWizard wizard(&controller);
    wizard.welcomePage()->setCredentialStore(engine.store.get());
    wizard.showAtComfortableSize();
    // The engine is bound to the plan the admin goes on with from the welcome page (Next, or resuming),
    // so that the plan can still be edited there first; once bound, the plan is fixed for this run.
    QObject::connect(wizard.welcomePage(), &puw::WelcomePage::planAccepted, &wizard, [&] {
        if (!engine.runner && controller.hasPlan())
            startEngine(engine, controller, wizard, sessionDir);
    });
    wizard.offerResume();
    const int exitCode = app.exec();
    engine.abandon(); // no engine thread may wait on a question once the window is gone
    return exitCode;
}
