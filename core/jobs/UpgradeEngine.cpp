#include "UpgradeEngine.h"

#include "SshHostShell.h"
#include "StepJob.h"
#include "remote/SshHost.h"
#include "steps/DataStepJobs.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>

namespace puw {

namespace {
class EngineText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

int indexOf(HostRole role)
{
    return static_cast<int>(role);
}
} // namespace

void registerEngineMetaTypes()
{
    qRegisterMetaType<puw::StepId>("puw::StepId");
    qRegisterMetaType<puw::StepOutcome>("puw::StepOutcome");
    qRegisterMetaType<puw::StepProgress>("puw::StepProgress");
    qRegisterMetaType<puw::CommandRecord>("puw::CommandRecord");
    qRegisterMetaType<puw::CheckRecord>("puw::CheckRecord");
    qRegisterMetaType<puw::ArtefactRecord>("puw::ArtefactRecord");
}

UpgradeEngine::UpgradeEngine(Setup setup) : m_setup(std::move(setup)) {}

UpgradeEngine::~UpgradeEngine()
{
    shutDown();
}

void UpgradeEngine::requestCancel()
{
    m_cancelled = true;
    for (const auto& shell : m_shells) {
        if (shell)
            shell->cancel();
    }
}

void UpgradeEngine::shutDown()
{
    for (auto& shell : m_shells)
        shell.reset();
    for (SshHost*& host : m_hosts) {
        delete host; // closes the session and joins its worker
        host = nullptr;
    }
}

const HostSpec& UpgradeEngine::spec(HostRole role) const
{
    switch (role) {
    case HostRole::Old:
        return m_setup.plan.oldHost;
    case HostRole::New:
        return m_setup.plan.newHost;
    case HostRole::Proxy:
        break;
    }
    return m_setup.plan.route.proxy;
}

SshHost* UpgradeEngine::sshHost(HostRole role)
{
    return m_hosts[indexOf(role)];
}

Expected<HostShell*, QString> UpgradeEngine::shell(HostRole role)
{
    const int index = indexOf(role);
    if (m_shells[index])
        return static_cast<HostShell*>(m_shells[index].get());
    const HostSpec& host = spec(role);
    if (host.isEmpty())
        return unexpected(EngineText::tr("The plan names no %1 host.").arg(hostRoleLabel(role)));

    auto* ssh = new SshHost(host, m_setup.ssh);
    QFuture<RemoteError> opened = ssh->open();
    if (!opened.isFinished()) {
        QFutureWatcher<RemoteError> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<RemoteError>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(opened);
        if (!opened.isFinished())
            loop.exec();
    }
    const RemoteError error = opened.result();
    if (error.isError()) {
        delete ssh;
        return unexpected(EngineText::tr("Cannot reach the %1 host %2: %3")
                              .arg(hostRoleLabel(role), host.address, error.message));
    }
    m_hosts[index] = ssh;
    const QString fingerprint = ssh->hostKey().keyType + QLatin1Char(' ') + ssh->hostKey().fingerprint;
    emit valueRecorded(m_currentStep, QStringLiteral("hostkey.") + hostRoleLabel(role), fingerprint);

    auto secrets = m_setup.secrets;
    const QString label = hostRoleLabel(role);
    m_shells[index] =
        std::make_unique<SshHostShell>(label, ssh, [secrets, label]() -> std::optional<QString> {
            return secrets ? secrets->secret(QStringLiteral("sudo-password"), label) : std::nullopt;
        });
    return static_cast<HostShell*>(m_shells[index].get());
}

void UpgradeEngine::runStep(StepId step, const QVariantMap& options,
                            const QMap<QString, QString>& sessionValues)
{
    std::unique_ptr<StepJob> job = createStepJob(step);
    if (!job) {
        emit stepFinished(step, StepOutcome::failed(EngineText::tr("This step cannot run yet.")));
        return;
    }
    emit stepFinished(step, runJob(*job, step, options, sessionValues));
}

void UpgradeEngine::runRollback(const QMap<QString, QString>& sessionValues)
{
    RollbackJob job;
    emit rollbackFinished(runJob(job, job.step(), {}, sessionValues));
}

StepOutcome UpgradeEngine::runJob(StepJob& job, StepId step, const QVariantMap& options,
                                  const QMap<QString, QString>& sessionValues)
{
    m_cancelled = false;
    m_currentStep = step;
    JobContext::Reporter reporter;
    reporter.log = [this, step](const QString& host, const QString& line, bool isStderr) {
        emit logLine(step, host, line, isStderr);
    };
    reporter.command = [this, step](const CommandRecord& record) {
        emit commandRecorded(step, record);
    };
    reporter.check = [this, step](const CheckRecord& record) {
        emit checkRecorded(step, record);
    };
    reporter.artefact = [this, step](const ArtefactRecord& record) {
        emit artefactRecorded(step, record);
    };
    reporter.value = [this, step](const QString& key, const QString& value) {
        emit valueRecorded(step, key, value);
    };
    reporter.progress = [this, step](const StepProgress& value) {
        emit progress(step, value);
    };

    JobContext context(step, m_setup.plan, m_setup.recipe, *this, std::move(reporter), m_cancelled,
                       m_setup.backupDir, m_setup.dryRun);
    context.setOptions(options);
    context.setSessionValues(sessionValues);
    context.setSecretProvider(m_setup.secrets.get());
    StepOutcome outcome = job.run(context);
    if (m_cancelled && outcome.state == StepState::Failed)
        outcome = StepOutcome::cancelled(EngineText::tr("Cancelled: %1").arg(outcome.summary));
    return outcome;
}

} // namespace puw
