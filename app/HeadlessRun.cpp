#include "HeadlessRun.h"
#include "InterruptSignals.h"

#include "jobs/StepOptions.h"
#include "jobs/StepRunner.h"
#include "jobs/UnattendedSecrets.h"
#include "journal/HostBackups.h"
#include "journal/Journal.h"
#include "plan/Procedure.h"
#include "recipes/RecipeLoader.h"
#include "report/ReportExporter.h"
#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "session/SessionController.h"
#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>

#include <cstdio>

namespace puw {

namespace {
class HeadlessText {
    Q_DECLARE_TR_FUNCTIONS(puw::Headless)
};

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void complain(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stderr);
}

QString prefix(StepId step)
{
    return QStringLiteral("[%1 %2]").arg(stepNumber(step)).arg(stepKey(step));
}

// --remove-host-backups: the dumps the session left on the hosts, removed once --assume-yes confirms.
int removeHostBackups(StepRunner& runner, SessionController& controller, bool assumeYes)
{
    QStringList files;
    if (controller.hasSession()) {
        for (const ArtefactRecord& backup :
             HostBackups::left(controller.journal().artefacts(controller.sessionId())))
            files.append(backup.path);
    }
    if (files.isEmpty()) {
        say(HeadlessText::tr("No backup of this plan's session is left on the hosts."));
        return HeadlessExit::Succeeded;
    }
    for (const QString& file : files)
        //: headless output: a dump on a host, "new:/var/tmp/parallel-upgrade/demo-final-....dump"
        say(HeadlessText::tr("[remove-backups] %1").arg(file));
    if (!assumeYes) {
        say(HeadlessText::tr("These dumps hold the application's data and cannot be brought back once "
                             "removed: run again with --assume-yes to remove them."));
        return HeadlessExit::NeedsConfirmation;
    }
    StepOutcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &StepRunner::hostBackupsRemoved, [&](const StepOutcome& result) {
        outcome = result;
        loop.quit();
    });
    if (!runner.removeHostBackups(files))
        return HeadlessExit::StepFailed;
    loop.exec();
    //: headless output; "[remove-backups]" is a fixed tag, %1 the state (Done, Failed), %2 what was removed
    say(HeadlessText::tr("[remove-backups] %1: %2").arg(stepStateLabel(outcome.state), outcome.summary));
    return outcome.state == StepState::Done ? HeadlessExit::Succeeded : HeadlessExit::StepFailed;
}
// --preview open|close: the testers' preview; opening reloads the production proxy, so it needs --assume-yes
// (which stands for the proxy's address typed in the wizard).
int changeTesterPreview(StepRunner& runner, const UpgradePlan& plan, bool open, bool assumeYes)
{
    if (open && !assumeYes) {
        //: headless output; %1 the proxy's address
        say(HeadlessText::tr("Opening the preview writes a server block on the proxy (%1) and reloads its "
                             "nginx, which serves your users: run again with --assume-yes to open it.")
                .arg(plan.route.proxy.address));
        return HeadlessExit::NeedsConfirmation;
    }
    QObject::connect(&runner, &StepRunner::errorOccurred, [](const QString& message) { complain(message); });
    StepOutcome outcome;
    QEventLoop loop;
    QObject::connect(&runner, &StepRunner::testerPreviewChanged, [&](bool, const StepOutcome& result) {
        outcome = result;
        loop.quit();
    });
    if (!(open ? runner.openTesterPreview(plan.route.proxy.address) : runner.closeTesterPreview()))
        return HeadlessExit::StepFailed;
    loop.exec();
    //: headless output; "[preview]" is a fixed tag, %1 the state (Done, Failed), %2 what happened
    say(HeadlessText::tr("[preview] %1: %2").arg(stepStateLabel(outcome.state), outcome.summary));
    return outcome.state == StepState::Done ? HeadlessExit::Succeeded : HeadlessExit::StepFailed;
}
} // namespace

int runHeadless(const HeadlessOptions& options)
{
    auto recipe = RecipeLoader::loadById(options.plan.recipeId, AppPaths::userRecipeDir());
    if (!recipe.ok()) {
        complain(recipe.error().message());
        return HeadlessExit::BadPlan;
    }
    auto binding = RecipeBinding::bind(recipe.value(), options.plan, options.planPath);
    if (!binding.ok()) {
        complain(binding.error().message());
        return HeadlessExit::BadPlan;
    }

    // A dry run keeps its journal in a throwaway folder: it must not mark anything done.
    QTemporaryDir dryRunDir;
    const QString sessionDir = options.dryRun ? dryRunDir.path() : options.sessionDir;
    auto journal = Journal::open(sessionDir);
    if (!journal.ok()) {
        complain(journal.error());
        return HeadlessExit::NoJournal;
    }
    auto redactor = journal.value()->sharedRedactor();
    SessionController controller(std::move(journal).value());
    controller.setPlan(options.plan, options.planPath);
    if (const auto session = controller.resumableSession()) {
        controller.resumeSession(session->id);
        say(HeadlessText::tr("Resuming the session of %1.").arg(session->createdAt.toLocalTime().toString()));
    } else if (const auto finished = controller.journal().latestSessionForPlan(options.planPath);
               finished && options.removeHostBackups) {
        controller.resumeSession(finished->id); // the dumps of a finished upgrade are still its own
    }
    QObject::connect(&controller, &SessionController::errorOccurred,
                     [](const QString& message) { complain(message); });

    CredentialStore store(redactor, CredentialStore::Options{});
    auto sources = std::make_shared<SecretSources>(options.plan.secretEnvironment, &store, redactor);
    auto secrets = std::make_shared<UnattendedSecrets>(options.plan, sources);

    UpgradeEngine::Setup setup{
        options.plan,  binding.value(), {}, secrets, QDir(sessionDir).filePath(QStringLiteral("backups")),
        options.dryRun};
    setup.ssh.knownHostsFile = options.plan.knownHostsFile;
    setup.ssh.prompter = secrets;
    setup.ssh.redactor = redactor;
    StepRunner runner(&controller, setup);
    // The runner's events are in the journal already and redacted: what is printed holds no secret.
    QObject::connect(&runner, &StepRunner::event, [&](const JobEvent& event) {
        if (const LogLine* line = event.as<LogLine>())
            say(QStringLiteral("%1 %2%3%4")
                    .arg(prefix(event.step), line->host.isEmpty() ? QString() : line->host + QLatin1Char(':'),
                         line->isStderr ? QStringLiteral(" ! ") : QStringLiteral(" "), line->text));
        else if (const CommandRecord* command = event.as<CommandRecord>(); command && options.dryRun)
            say(QStringLiteral("%1 %2$ %3").arg(prefix(event.step), command->host, command->command));
    });

    // Ctrl-C or SIGTERM: the running step is cancelled as the wizard's Cancel does, it ends Cancelled in
    // the journal, and no further step starts; a second signal ends the program at once.
    InterruptSignals interrupts;
    bool interrupted = false;
    QObject::connect(&interrupts, &InterruptSignals::interrupted, [&] {
        interrupted = true;
        if (options.rollback) {
            say(HeadlessText::tr(
                "Interrupted: a rollback is not stopped halfway, it runs to its end. A second "
                "Ctrl-C ends the program at once."));
        } else if (runner.isChangingTesterPreview()) {
            say(HeadlessText::tr("Interrupted: opening or closing the preview runs to its end (seconds), so "
                                 "that the proxy is not left half-changed."));
        } else if (const auto step = runner.runningStep()) {
            say(HeadlessText::tr("%1 Cancelling the running step (a second Ctrl-C ends the program at once).")
                    .arg(prefix(*step)));
            runner.cancel();
        }
    });

    int exitCode = HeadlessExit::Succeeded;
    const auto writeReport = [&](int code) {
        if (options.reportPath.isEmpty() || !controller.hasSession())
            return code;
        const QString error =
            exportReport(controller.journal(), controller.sessionId(), options.reportPath, *redactor);
        if (!error.isEmpty()) {
            complain(error);
            return code == HeadlessExit::Succeeded ? int(HeadlessExit::StepFailed) : code;
        }
        say(HeadlessText::tr("Report written to %1.").arg(options.reportPath));
        return code;
    };
    if (options.removeHostBackups)
        return writeReport(removeHostBackups(runner, controller, options.assumeYes));
    if (!options.preview.isEmpty())
        return writeReport(changeTesterPreview(runner, options.plan, options.preview == QLatin1String("open"),
                                               options.assumeYes));
    if (options.rollback) {
        say(HeadlessText::tr("Rolling back: the old installation goes back into service."));
        StepOutcome outcome;
        QEventLoop loop;
        QObject::connect(&runner, &StepRunner::rollbackFinished, [&](const StepOutcome& result) {
            outcome = result;
            loop.quit();
        });
        if (runner.rollback())
            loop.exec();
        //: headless output; "[rollback]" is a fixed tag, %1 the rollback's state (Done, Failed), %2 what it
        //: did
        say(HeadlessText::tr("[rollback] %1: %2").arg(stepStateLabel(outcome.state), outcome.summary));
        return outcome.state == StepState::Done ? HeadlessExit::Succeeded : HeadlessExit::StepFailed;
    }
    for (int number = 1; number <= stepNumber(options.through); ++number) {
        const StepId step = *stepFromNumber(number);
        if (isSettled(controller.step(step).state))
            continue;
        if (interrupted) {
            exitCode = HeadlessExit::Cancelled;
            break;
        }
        QVariantMap stepOptions;
        const Procedure procedure = procedureOf(options.plan);
        const bool leftOut = !stepLeftOutBecause(procedure, step).isEmpty();
        // A shared database: step 5's migrations change the database old serves (when there are any).
        const bool changesOld = stepInfo(step).startsDowntime || step == StepId::Deprovision ||
                                (procedure == Procedure::SharedDatabase && step == StepId::StartNew);
        if (changesOld && !leftOut) {
            if (!options.assumeYes) {
                say(HeadlessText::tr(
                        "%1 %2 changes the old installation: run again with --assume-yes to confirm.")
                        .arg(prefix(step), stepTitle(step)));
                exitCode = HeadlessExit::NeedsConfirmation;
                break;
            }
            stepOptions.insert(StepOption::kConfirmed, true);
            stepOptions.insert(StepOption::kTypedHost, options.plan.oldHost.address);
        }
        if (options.createMissingRoles && (step == StepId::InstallNew || step == StepId::RehearsalBackup))
            stepOptions.insert(StepOption::kCreateRoles, true);
        if (options.allowOldDatabaseRestart && step == StepId::ImportBackup)
            stepOptions.insert(StepOption::kRestartOldDatabase, options.plan.oldHost.address);
        say(HeadlessText::tr("%1 %2: started").arg(prefix(step), stepTitle(step)));
        StepOutcome outcome;
        QEventLoop loop;
        const auto connection =
            QObject::connect(&runner, &StepRunner::stepFinished, [&](StepId, const StepOutcome& result) {
                outcome = result;
                loop.quit();
            });
        if (!runner.start(step, stepOptions)) {
            exitCode = HeadlessExit::StepFailed;
            break;
        }
        loop.exec();
        QObject::disconnect(connection);
        //: headless output: %1 the step tag, e.g. "[4 import-backup]", %2 its end state, %3 its summary
        say(HeadlessText::tr("%1 %2: %3").arg(prefix(step), stepStateLabel(outcome.state), outcome.summary));
        if (outcome.state == StepState::Cancelled) {
            say(HeadlessText::tr("Cancelled. Run the same command again to resume: the step runs again."));
            exitCode = HeadlessExit::Cancelled;
            break;
        }
        if (!isSettled(outcome.state)) {
            exitCode = HeadlessExit::StepFailed;
            break;
        }
    }
    for (const QString& problem : secrets->problems())
        complain(problem);
    return writeReport(exitCode);
}

} // namespace puw
