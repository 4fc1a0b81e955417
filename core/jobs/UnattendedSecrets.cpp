#include "UnattendedSecrets.h"

#include "jobs/JobText.h"
#include "secrets/CredentialKey.h"
#include "secrets/SecretSources.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QtConcurrent/QtConcurrentRun>

namespace puw {

UnattendedSecrets::UnattendedSecrets(UpgradePlan plan, std::shared_ptr<SecretSources> sources)
    : m_plan(std::move(plan)), m_sources(std::move(sources))
{
}

void UnattendedSecrets::note(const QString& problem)
{
    QMutexLocker lock(&m_mutex);
    if (!m_problems.contains(problem))
        m_problems.append(problem);
}

QStringList UnattendedSecrets::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

QFuture<bool> UnattendedSecrets::confirmHostKey(const HostKeyInfo& key)
{
    note(JobText::tr("The host key of %1 (%2 %3) is not in %4. Compare the fingerprint with the host's own "
                     "(ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and accept it once in the wizard or with "
                     "ssh; unattended runs never accept a key on their own.")
             .arg(key.host, key.keyType, key.fingerprint,
                  key.knownHostsFile.isEmpty() ? QStringLiteral("known_hosts") : key.knownHostsFile));
    return QtFuture::makeReadyFuture(false);
}

const HostSpec* UnattendedSecrets::hostByLabel(const QString& label) const
{
    if (label == QLatin1String("old"))
        return &m_plan.oldHost;
    if (label == QLatin1String("new"))
        return &m_plan.newHost;
    if (label == QLatin1String("proxy"))
        return &m_plan.route.proxy;
    return nullptr;
}

const HostSpec* UnattendedSecrets::hostByAddress(const QString& address) const
{
    for (const HostSpec* host : {&m_plan.oldHost, &m_plan.newHost, &m_plan.route.proxy}) {
        if (host->address == address)
            return host;
    }
    return nullptr;
}

std::optional<QString> UnattendedSecrets::lookUp(const QString& purpose, const HostSpec& host)
{
    if (!m_sources)
        return std::nullopt;
    // Blocks this (engine or ssh worker) thread only; the keychain works in its own thread.
    const SecretResult result =
        m_sources->find(CredentialKey::forHost(host.user, host.address, host.port, purpose)).result();
    if (result.ok())
        return result.value;
    note(JobText::tr("No %1 for %2: set the environment variable the plan names for \"%1\" under "
                     "secretEnvironment, or store it in the keychain from the wizard. (%3)")
             .arg(purpose, host.address, result.message));
    return std::nullopt;
}

QFuture<std::optional<QString>> UnattendedSecrets::secret(const SecretRequest& request)
{
    const QString purpose = request.kind == SecretRequest::Kind::KeyPassphrase
                                ? SecretPurpose::keyPassphrase()
                                : SecretPurpose::sshPassword();
    const HostSpec* known = hostByAddress(request.host);
    HostSpec host = known ? *known : HostSpec{request.host, 0, request.user, {}};
    // The worker thread must not wait here: the look-up runs on Qt's thread pool.
    return QtConcurrent::run([this, purpose, host] { return lookUp(purpose, host); });
}

std::optional<QString> UnattendedSecrets::secret(const QString& purpose, const QString& hostLabel)
{
    const HostSpec* host = hostByLabel(hostLabel);
    if (!host)
        return std::nullopt;
    return lookUp(purpose, *host);
}

} // namespace puw
