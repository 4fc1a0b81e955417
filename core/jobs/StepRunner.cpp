#include "StepRunner.h"

#include "DowntimeModel.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace puw {

StepRunner::StepRunner(SessionController* controller, UpgradeEngine::Setup setup, QObject* parent)
    : StepRunner(controller, setup, HostPool::sshConnector(setup.ssh, setup.secrets), parent)
{
}

StepRunner::StepRunner(SessionController* controller, UpgradeEngine::Setup setup,
                       HostPool::Connector connector, QObject* parent)
    : QObject(parent), m_controller(controller), m_recorder(*controller),
      m_engine(new UpgradeEngine(std::move(setup), std::move(connector)))
{
    registerEngineMetaTypes();
    m_thread.setObjectName(QStringLiteral("puw-engine"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &UpgradeEngine::jobEvent, this, &StepRunner::onEvent);
    connect(m_engine, &UpgradeEngine::stepFinished, this, &StepRunner::onFinished);
    connect(m_engine, &UpgradeEngine::rollbackFinished, this, &StepRunner::onRollbackFinished);
    connect(m_engine, &UpgradeEngine::hostBackupsRemoved, this, &StepRunner::onHostBackupsRemoved);
    connect(m_engine, &UpgradeEngine::stepPreviewed, this, &StepRunner::onPreviewed);
    connect(m_engine, &UpgradeEngine::testerPreviewChanged, this, &StepRunner::onTesterPreviewChanged);
    m_thread.start();
}

StepRunner::~StepRunner()
{
    cancel();
    QMetaObject::invokeMethod(m_engine, &UpgradeEngine::shutDown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool StepRunner::start(StepId step, const QVariantMap& options)
{
    if (busy()) {
        emit errorOccurred(m_running ? JobText::tr("Step %1 is still running.").arg(stepNumber(*m_running))
                           : m_rollingBack ? JobText::tr("A rollback is under way.")
                           : m_changingPreview
                               ? JobText::tr("The testers' preview is being opened or closed.")
                               : JobText::tr("Backups are being removed from the hosts."));
        return false;
    }
    QVariantMap jobOptions = options;
    jobOptions.insert(StepOption::kEarlierRuns,
                      m_controller->journal().step(m_controller->sessionId(), step).attempts);
    if (!m_controller->setStepState(step, StepState::Running))
        return false;
    recordWhoRuns();
    m_engine->prepareJob(); // before anyone can see the step running and cancel it
    m_running = step;
    emit stepStarted(step);
    const QMap<QString, QString> values = m_controller->journal().values(m_controller->sessionId());
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, step, jobOptions, values] { engine->runStep(step, jobOptions, values); },
        Qt::QueuedConnection);
    return true;
}

bool StepRunner::preview(StepId step, const QVariantMap& options)
{
    if (busy()) {
        emit errorOccurred(JobText::tr("The commands can be listed once the running work has ended."));
        return false;
    }
    const QMap<QString, QString> values = m_controller->journal().values(m_controller->sessionId());
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, step, options, values] { engine->previewStep(step, options, values); },
        Qt::QueuedConnection);
    return true;
}

void StepRunner::onPreviewed(const StepPreview& result)
{
    StepPreview preview = result;
    for (CommandRecord& command : preview.commands)
        command.command = m_recorder.redact(command.command);
    preview.summary = m_recorder.redact(preview.summary);
    emit stepPreviewed(preview);
}

// Who ran the upgrade and with what, for the report's header; the first step run records it.
void StepRunner::recordWhoRuns()
{
    Journal& journal = m_controller->journal();
    const qint64 session = m_controller->sessionId();
    if (!journal.value(session, SessionKey::kRunUser).isEmpty())
        return;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        const passwd* entry = getpwuid(getuid());
        user = entry ? QString::fromLocal8Bit(entry->pw_name) : QStringLiteral("uid %1").arg(getuid());
    }
    m_recorder.setValue(SessionKey::kRunUser, user);
    m_recorder.setValue(SessionKey::kRunMachine, QSysInfo::machineHostName());
    m_recorder.setValue(SessionKey::kProgramVersion, QCoreApplication::applicationVersion());
}

void StepRunner::cancel()
{
    // Not a rollback or the testers' preview: a cancel between their file change and nginx's reload would
    // leave the proxy half-changed, and both end within seconds.
    if (m_running)
        m_engine->requestCancel();
}

void StepRunner::onEvent(const JobEvent& event)
{
    emit this->event(m_recorder.record(event));
    const QString error = m_recorder.takeWriteError();
    if (!error.isEmpty() && busy() && m_journalError.isEmpty()) {
        m_journalError = error;
        m_engine->requestCancel();
    }
}

// A step whose record could not be written is stopped and fails with that reason, whatever it said itself.
void StepRunner::failOnJournalError(StepOutcome& outcome)
{
    if (m_journalError.isEmpty())
        return;
    outcome.state = StepState::Failed;
    //: %1 why the journal could not be written (e.g. "database or disk is full"), %2 what the step said
    outcome.summary = JobText::tr("The journal could not be written (%1), so the step was stopped: what it "
                                  "did would not be on record. Free space where the session folder is (or "
                                  "fix its permissions), then run the step again. The step said: %2")
                          .arg(std::exchange(m_journalError, {}), outcome.summary);
}

void StepRunner::onFinished(StepId step, const StepOutcome& result)
{
    StepOutcome outcome = result;
    outcome.summary = m_recorder.redact(outcome.summary);
    failOnJournalError(outcome);
    m_running.reset();
    m_controller->setStepState(step, outcome.state, outcome.summary);
    if (step == StepId::RunChecks && outcome.state == StepState::Done)
        recordPredictedDowntime();
    emit stepFinished(step, outcome);
}

// The cutover repeats what the rehearsal timed (DowntimeModel.h); step 7 predicts again with the
// database's size just before it stops the servers.
void StepRunner::recordPredictedDowntime()
{
    const DowntimePrediction prediction =
        predictDowntime(m_controller->journal().values(m_controller->sessionId()));
    m_recorder.setValue(SessionKey::kDowntimePredictedMs,
                        prediction.totalMs > 0 ? QString::number(prediction.totalMs) : QString());
    m_recorder.setValue(SessionKey::kDowntimePrediction,
                        prediction.totalMs > 0 ? prediction.toJson() : QString());
}

bool StepRunner::rollback()
{
    if (busy()) {
        emit errorOccurred(
            JobText::tr("Wait for the running step to end (or cancel it) before rolling back."));
        return false;
    }
    m_engine->prepareJob();
    m_rollingBack = true;
    const QMap<QString, QString> values = m_controller->journal().values(m_controller->sessionId());
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, values] { engine->runRollback(values); }, Qt::QueuedConnection);
    return true;
}

void StepRunner::onRollbackFinished(const StepOutcome& result)
{
    StepOutcome outcome = result;
    outcome.summary = m_recorder.redact(outcome.summary);
    failOnJournalError(outcome);
    m_rollingBack = false;
    if (outcome.state == StepState::Done) {
        // The cutover can be tried again later, from step 7.
        for (StepId step : {StepId::StopBoth, StepId::FinalSync, StepId::RouteTraffic})
            m_controller->setStepState(step, StepState::Pending);
        m_recorder.setValue(SessionKey::kRollbackAt,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        m_recorder.setValue(SessionKey::kRouteSwitched, QString());
        m_recorder.setValue(SessionKey::kCutoverTimings, QString());
    }
    emit rollbackFinished(outcome);
}

bool StepRunner::removeHostBackups(const QStringList& hostFiles)
{
    if (busy()) {
        emit errorOccurred(JobText::tr("Wait for the running step to end before removing backups."));
        return false;
    }
    m_engine->prepareJob();
    m_removingBackups = true;
    const QMap<QString, QString> values = m_controller->journal().values(m_controller->sessionId());
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, hostFiles, values] { engine->runHostBackupRemoval(hostFiles, values); },
        Qt::QueuedConnection);
    return true;
}

QString StepRunner::testerPreviewUnavailableBecause() const
{
    const UpgradePlan& plan = m_controller->plan();
    if (plan.route.kind != RouteKind::Nginx || plan.route.preview.isEmpty())
        return JobText::tr("The plan has no preview for testers (route.preview of an nginx route).");
    const qint64 session = m_controller->sessionId();
    if (m_controller->journal().step(session, StepId::RunChecks).state != StepState::Done)
        return JobText::tr("The preview opens once step 6 has checked the new installation.");
    if (m_controller->journal().step(session, StepId::RouteTraffic).state == StepState::Done)
        return JobText::tr("Step 9 is done: users are on the new installation, a preview has no purpose.");
    return {};
}

bool StepRunner::openTesterPreview(const QString& typedProxy)
{
    if (const QString why = testerPreviewUnavailableBecause(); !why.isEmpty()) {
        emit errorOccurred(why);
        return false;
    }
    return startTesterPreview(true, {{StepOption::kTypedProxy, typedProxy}});
}

bool StepRunner::closeTesterPreview()
{
    return startTesterPreview(false, {});
}

bool StepRunner::startTesterPreview(bool open, const QVariantMap& options)
{
    if (busy()) {
        emit errorOccurred(JobText::tr("Wait for the running work to end before changing the preview."));
        return false;
    }
    recordWhoRuns();
    m_engine->prepareJob();
    m_changingPreview = true;
    emit testerPreviewStarted(open);
    const QMap<QString, QString> values = m_controller->journal().values(m_controller->sessionId());
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, open, options, values] { engine->runTesterPreview(open, options, values); },
        Qt::QueuedConnection);
    return true;
}

void StepRunner::onTesterPreviewChanged(bool open, const StepOutcome& result)
{
    StepOutcome outcome = result;
    outcome.summary = m_recorder.redact(outcome.summary);
    failOnJournalError(outcome);
    m_changingPreview = false;
    emit testerPreviewChanged(open, outcome);
}

void StepRunner::onHostBackupsRemoved(const StepOutcome& result)
{
    StepOutcome outcome = result;
    outcome.summary = m_recorder.redact(outcome.summary);
    failOnJournalError(outcome);
    m_removingBackups = false;
    emit hostBackupsRemoved(outcome);
}

} // namespace puw
