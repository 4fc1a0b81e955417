#include "UpgradeEngine.h"

#include "JobText.h"
#include "StepJob.h"
#include "StepOptions.h"
#include "journal/SessionValues.h"
#include "perstep/RemoveHostBackupsJob.h"
#include "perstep/RollbackJob.h"
#include "perstep/TesterPreviewJob.h"
#include "plan/Procedure.h"

namespace puw {

void registerEngineMetaTypes()
{
    qRegisterMetaType<puw::StepId>("puw::StepId");
    qRegisterMetaType<puw::StepOutcome>("puw::StepOutcome");
    qRegisterMetaType<puw::StepProgress>("puw::StepProgress");
    qRegisterMetaType<puw::JobEvent>("puw::JobEvent");
    qRegisterMetaType<puw::StepPreview>("puw::StepPreview");
}

UpgradeEngine::UpgradeEngine(Setup setup)
    : UpgradeEngine(setup, HostPool::sshConnector(setup.ssh, setup.secrets))
{
}

UpgradeEngine::UpgradeEngine(Setup setup, HostPool::Connector connector)
    : m_setup(std::move(setup)), m_hosts(m_setup.plan, std::move(connector))
{
    m_hosts.setOnConnected([this](HostRole role, const QString& hostKey) {
        emit jobEvent({m_currentStep, SessionValue{SessionKey::hostKey(role), hostKey}});
    });
}

UpgradeEngine::~UpgradeEngine()
{
    shutDown();
}

void UpgradeEngine::requestCancel()
{
    m_cancelled = true;
    m_hosts.cancel();
}

void UpgradeEngine::shutDown()
{
    m_hosts.close();
}

void UpgradeEngine::runStep(StepId step, const QVariantMap& options,
                            const QMap<QString, QString>& sessionValues)
{
    if (const QString why = stepLeftOutBecause(procedureOf(m_setup.plan), step); !why.isEmpty()) {
        emit stepFinished(step, StepOutcome::skipped(why));
        return;
    }
    std::unique_ptr<StepJob> job = createStepJob(step);
    if (!job) {
        emit stepFinished(step, StepOutcome::failed(JobText::tr("This step cannot run yet.")));
        return;
    }
    emit stepFinished(step, runJob(*job, step, options, sessionValues));
}

void UpgradeEngine::runRollback(const QMap<QString, QString>& sessionValues)
{
    RollbackJob job;
    emit rollbackFinished(runJob(job, job.step(), {}, sessionValues));
}

void UpgradeEngine::runHostBackupRemoval(const QStringList& hostFiles,
                                         const QMap<QString, QString>& sessionValues)
{
    RemoveHostBackupsJob job;
    emit hostBackupsRemoved(runJob(job, job.step(), {{StepOption::kHostFiles, hostFiles}}, sessionValues));
}

void UpgradeEngine::runTesterPreview(bool open, const QVariantMap& options,
                                     const QMap<QString, QString>& sessionValues)
{
    TesterPreviewJob job;
    QVariantMap jobOptions = options;
    jobOptions.insert(StepOption::kPreview, open ? QStringLiteral("open") : QStringLiteral("close"));
    emit testerPreviewChanged(open, runJob(job, job.step(), jobOptions, sessionValues));
}

void UpgradeEngine::previewStep(StepId step, const QVariantMap& options,
                                const QMap<QString, QString>& sessionValues)
{
    emit stepPreviewed(puw::previewStep(step, m_setup.plan, m_setup.recipe, options, sessionValues));
}

StepOutcome UpgradeEngine::runJob(StepJob& job, StepId step, const QVariantMap& options,
                                  const QMap<QString, QString>& sessionValues)
{
    // The cancel flag was cleared when the job was queued (prepareJob): a cancel since then is this job's.
    m_hosts.resume(); // a cancel ends the job it was meant for, not the next one
    m_hosts.forgetLostConnections();
    m_currentStep = step;
    JobContext context(
        step, m_setup.plan, m_setup.recipe, m_hosts, [this](const JobEvent& event) { emit jobEvent(event); },
        m_cancelled, m_setup.backupDir, m_setup.dryRun);
    context.setOptions(options);
    context.setSessionValues(sessionValues);
    context.setSecretProvider(m_setup.secrets.get());
    StepOutcome outcome = job.run(context);
    if (m_cancelled && outcome.state == StepState::Failed)
        outcome = StepOutcome::cancelled(JobText::tr("Cancelled: %1").arg(outcome.summary));
    return outcome;
}

} // namespace puw
