#include "HostPool.h"

#include "JobText.h"
#include "remote/LocalShell.h"
#include "remote/SshHost.h"
#include "remote/SshHostShell.h"
#include "remote/WaitHere.h"

#include <QMutexLocker>

namespace puw {

namespace {
int indexOf(HostRole role)
{
    return static_cast<int>(role);
}
} // namespace

HostPool::HostPool(UpgradePlan plan, Connector connect)
    : m_plan(std::move(plan)), m_connect(std::move(connect))
{
}

HostPool::~HostPool()
{
    close();
}

const HostSpec& HostPool::spec(HostRole role) const
{
    switch (role) {
    case HostRole::Old:
        return m_plan.oldHost;
    case HostRole::New:
        return m_plan.newHost;
    case HostRole::Proxy:
        break;
    }
    return m_plan.route.proxy;
}

Expected<HostShell*, QString> HostPool::shell(HostRole role)
{
    Connection& slot = m_hosts[indexOf(role)];
    if (slot.shell)
        return slot.shell.get();
    const HostSpec& host = spec(role);
    if (host.isEmpty())
        return unexpected(JobText::tr("The plan names no %1 host.").arg(hostRoleLabel(role)));
    auto connected = m_connect(role, host);
    if (!connected.ok())
        return unexpected(connected.error());
    {
        QMutexLocker lock(&m_mutex);
        slot = std::move(connected).value();
    }
    if (m_onConnected && !slot.hostKey.isEmpty())
        m_onConnected(role, slot.hostKey);
    return slot.shell.get();
}

SshHost* HostPool::sshHost(HostRole role)
{
    return m_hosts[indexOf(role)].ssh.get();
}

void HostPool::cancel()
{
    QMutexLocker lock(&m_mutex);
    for (const Connection& host : m_hosts) {
        if (host.shell)
            host.shell->cancel();
    }
}

void HostPool::resume()
{
    QMutexLocker lock(&m_mutex);
    for (const Connection& host : m_hosts) {
        if (host.shell)
            host.shell->resume();
    }
}

void HostPool::forgetLostConnections()
{
    QMutexLocker lock(&m_mutex);
    for (Connection& host : m_hosts) {
        if (host.ssh && host.ssh->state() == SshHost::State::Closed) {
            host.shell.reset();
            host.ssh.reset();
        }
    }
}

void HostPool::close()
{
    QMutexLocker lock(&m_mutex);
    for (Connection& host : m_hosts) {
        host.shell.reset();
        host.ssh.reset(); // closes the session and joins its worker
    }
}

HostPool::Connector HostPool::sshConnector(SshOptions options, std::shared_ptr<SecretProvider> secrets)
{
    return [options, secrets](HostRole role, const HostSpec& host) -> Expected<Connection, QString> {
        auto ssh = std::make_unique<SshHost>(host, options);
        const RemoteError error = waitHere(ssh->open());
        if (error.isError())
            return unexpected(JobText::tr("Cannot reach the %1 host %2: %3")
                                  .arg(hostRoleLabel(role), host.address, error.message));
        const QString label = hostRoleLabel(role);
        Connection connection;
        connection.hostKey = ssh->hostKey().keyType + QLatin1Char(' ') + ssh->hostKey().fingerprint;
        connection.shell =
            std::make_unique<SshHostShell>(label, ssh.get(), [secrets, label]() -> std::optional<QString> {
                return secrets ? secrets->secret(QStringLiteral("sudo-password"), label) : std::nullopt;
            });
        connection.ssh = std::move(ssh);
        return connection;
    };
}

HostPool::Connector HostPool::localConnector()
{
    return [](HostRole role, const HostSpec&) -> Expected<Connection, QString> {
        Connection connection;
        connection.shell = std::make_unique<LocalShell>(hostRoleLabel(role));
        return connection;
    };
}

} // namespace puw
