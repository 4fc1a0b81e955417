#pragma once

#include "HostPool.h"
#include "JobContext.h"
#include "SecretProvider.h"
#include "StepPreview.h"
#include "remote/SshTypes.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace puw {

class StepJob;

// Does the steps' work: lives in its own thread (the engine thread) and runs one job at a time against
// the HostPool it owns (each SSH host with its own worker thread); the GUI thread only sends requests and
// receives values through queued signals. It only dispatches: the pool connects, the jobs work, the
// runner records.
class UpgradeEngine : public QObject {
    Q_OBJECT
public:
    struct Setup {
        UpgradePlan plan;
        RecipeBinding recipe;
        SshOptions ssh;                          // known_hosts, prompter, redactor
        std::shared_ptr<SecretProvider> secrets; // sudo and database passwords
        QString backupDir;                       // local copies of backups
        bool dryRun = false;
    };

    // Hosts over SSH (HostPool::sshConnector with the setup's options and secrets).
    explicit UpgradeEngine(Setup setup);
    // Hosts through the given connector (local shells in tests).
    UpgradeEngine(Setup setup, HostPool::Connector connector);
    ~UpgradeEngine() override;

    // Thread-safe: the running job stops at its next command and the running command is killed.
    void requestCancel();
    // Called by the runner just before it queues a job: forgets the last job's cancel, so that a cancel
    // asked for from then on reaches the new job even before the engine's thread has begun it.
    void prepareJob() { m_cancelled = false; }

public slots:
    // Invoked queued from the runner; ends with stepFinished.
    void runStep(puw::StepId step, const QVariantMap& options, const QMap<QString, QString>& sessionValues);
    void shutDown(); // closes the hosts; invoked before the thread ends
    // Puts the old installation back into service (from steps 7 to 9); ends with rollbackFinished.
    void runRollback(const QMap<QString, QString>& sessionValues);
    // Removes the given dumps from the hosts (RemoveHostBackupsJob.h); ends with hostBackupsRemoved.
    void runHostBackupRemoval(const QStringList& hostFiles, const QMap<QString, QString>& sessionValues);
    // Opens or closes the testers' preview (TesterPreviewJob.h); ends with testerPreviewChanged.
    void runTesterPreview(bool open, const QVariantMap& options, const QMap<QString, QString>& sessionValues);
    // Lists what the step would run (StepPreview.h) without running it; ends with stepPreviewed.
    void previewStep(puw::StepId step, const QVariantMap& options,
                     const QMap<QString, QString>& sessionValues);

signals:
    // Everything the running job reports (log lines, commands, checks, artefacts, values, progress).
    void jobEvent(const puw::JobEvent& event);
    void stepFinished(puw::StepId step, const puw::StepOutcome& outcome);
    void rollbackFinished(const puw::StepOutcome& outcome);
    void hostBackupsRemoved(const puw::StepOutcome& outcome);
    void testerPreviewChanged(bool open, const puw::StepOutcome& outcome);
    void stepPreviewed(const puw::StepPreview& preview);

private:
    StepOutcome runJob(StepJob& job, StepId step, const QVariantMap& options,
                       const QMap<QString, QString>& values);

    Setup m_setup;
    HostPool m_hosts;
    std::atomic<bool> m_cancelled{false};
    StepId m_currentStep = StepId::InstallNew;
};

void registerEngineMetaTypes();

} // namespace puw

Q_DECLARE_METATYPE(puw::StepId)
