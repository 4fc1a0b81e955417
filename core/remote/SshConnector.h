#pragma once

// Internal to core/remote: includes libssh. Opens and authenticates one session in the worker thread.

#include "SshTypes.h"
#include "plan/HostSpec.h"

#include <libssh/libssh.h>

#include <atomic>
#include <optional>

namespace puw {
struct SecretRequest;
}

namespace puw::detail {

class SshConnector {
public:
    SshConnector(ssh_session session, const HostSpec& host, const SshOptions& options,
                 const std::atomic<bool>& abort);

    // Connects, checks the host key and authenticates. Blocking: runs in the worker thread only.
    RemoteError run();
    HostKeyInfo hostKey() const { return m_key; }
    QString target() const; // user@host:port as resolved, for messages

private:
    RemoteError configure();
    RemoteError verifyHostKey();
    RemoteError authenticate();
    int tryAgent();
    int tryKeyFiles(QStringList* tried);
    int tryKeyboardInteractive();
    int tryPassword();
    std::optional<QString> askSecret(const SecretRequest& request);
    bool askHostKey(const HostKeyInfo& key);
    void findRecordedKey();

    ssh_session m_session;
    HostSpec m_host;
    SshOptions m_options;
    const std::atomic<bool>& m_abort;
    HostKeyInfo m_key;
};

// "publickey, password" from an ssh_userauth_list() mask.
QString authMethodNames(int methods);

} // namespace puw::detail
