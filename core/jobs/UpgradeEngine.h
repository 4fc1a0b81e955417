#pragma once

#include "JobContext.h"
#include "SecretProvider.h"
#include "remote/SshTypes.h"

#include <QObject>

#include <array>
#include <atomic>
#include <memory>

namespace puw {

class SshHost;
class SshHostShell;
class StepJob;

// Does the steps' work. Lives in its own thread (the engine thread), where it owns the SSH hosts (each
// with its own worker thread) and runs one job at a time; the GUI thread only sends requests and
// receives values through queued signals. Hosts are connected on first use and kept for the session.
class UpgradeEngine : public QObject, private HostAccess {
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

    explicit UpgradeEngine(Setup setup);
    ~UpgradeEngine() override;

    // Thread-safe: the running job stops at its next command and the running command is killed.
    void requestCancel();

public slots:
    // Invoked queued from the runner; ends with stepFinished.
    void runStep(puw::StepId step, const QVariantMap& options, const QMap<QString, QString>& sessionValues);
    void shutDown(); // closes the hosts; invoked before the thread ends
    // Puts the old installation back into service (from steps 7 to 9); ends with rollbackFinished.
    void runRollback(const QMap<QString, QString>& sessionValues);

signals:
    void logLine(puw::StepId step, const QString& host, const QString& line, bool isStderr);
    void commandRecorded(puw::StepId step, const puw::CommandRecord& command);
    void checkRecorded(puw::StepId step, const puw::CheckRecord& check);
    void artefactRecorded(puw::StepId step, const puw::ArtefactRecord& artefact);
    void valueRecorded(puw::StepId step, const QString& key, const QString& value);
    void progress(puw::StepId step, const puw::StepProgress& progress);
    void stepFinished(puw::StepId step, const puw::StepOutcome& outcome);
    void rollbackFinished(const puw::StepOutcome& outcome);

private:
    StepOutcome runJob(StepJob& job, StepId step, const QVariantMap& options,
                       const QMap<QString, QString>& values);
    Expected<HostShell*, QString> shell(HostRole role) override;
    SshHost* sshHost(HostRole role) override;
    const HostSpec& spec(HostRole role) const;

    Setup m_setup;
    std::atomic<bool> m_cancelled{false};
    StepId m_currentStep = StepId::InstallNew;
    std::array<SshHost*, 3> m_hosts{};
    std::array<std::unique_ptr<SshHostShell>, 3> m_shells;
};

void registerEngineMetaTypes();

} // namespace puw

Q_DECLARE_METATYPE(puw::CommandRecord)
Q_DECLARE_METATYPE(puw::CheckRecord)
Q_DECLARE_METATYPE(puw::ArtefactRecord)
Q_DECLARE_METATYPE(puw::StepId)
