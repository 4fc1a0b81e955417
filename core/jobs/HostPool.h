#pragma once

#include "JobContext.h"
#include "SecretProvider.h"
#include "remote/SshHost.h"

#include <QMutex>

#include <array>
#include <functional>
#include <memory>

namespace puw {

// The plan's hosts as the jobs reach them: each connected on first use and kept for the session, in the
// engine's thread. How a host is connected is the connector's business: over SSH for real, with a local
// shell for tests and for a host that is this machine. cancel() reaches the running command from any
// thread; resume() readies every shell for the next job, so that one cancel never poisons the rest.
class HostPool : public HostAccess {
public:
    // A connected host: its shell and, over SSH, the session behind it (for relays and tunnels).
    struct Connection {
        std::unique_ptr<SshHost> ssh; // declared first: it outlives the shell that runs on it
        std::unique_ptr<HostShell> shell;
        QString hostKey; // "ED25519 SHA256:...", for the session values; empty without SSH
    };
    using Connector = std::function<Expected<Connection, QString>(HostRole role, const HostSpec& host)>;
    using ConnectedHandler = std::function<void(HostRole role, const QString& hostKey)>;

    HostPool(UpgradePlan plan, Connector connect);
    ~HostPool() override;

    // Told once per host, when it is connected.
    void setOnConnected(ConnectedHandler handler) { m_onConnected = std::move(handler); }

    Expected<HostShell*, QString> shell(HostRole role) override;
    SshHost* sshHost(HostRole role) override;

    void cancel(); // thread-safe
    void resume();
    // Forgets the hosts whose connection was lost, so that the next use connects again (with the same host
    // key checks and authentication): a dropped link fails the step it met, not every step after it.
    void forgetLostConnections();
    void close(); // closes every session, in the engine's thread

    // Over SSH: the plan's host key policy and authentication, sudo passwords from the provider.
    static Connector sshConnector(SshOptions options, std::shared_ptr<SecretProvider> secrets);
    // A LocalShell labelled with the host's role, whatever the plan's address.
    static Connector localConnector();

private:
    const HostSpec& spec(HostRole role) const;

    UpgradePlan m_plan;
    Connector m_connect;
    ConnectedHandler m_onConnected;
    QMutex m_mutex; // guards m_hosts against cancel() from another thread
    std::array<Connection, 3> m_hosts;
};

} // namespace puw
