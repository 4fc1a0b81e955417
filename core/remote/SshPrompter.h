#pragma once

#include "SshTypes.h"

#include <QFuture>
#include <QMutex>

#include <optional>

namespace puw {

// A secret the connection needs. The caller answers from the keychain or by asking the user.
struct SecretRequest {
    enum class Kind { KeyPassphrase, Password, KeyboardInteractive };
    Kind kind = Kind::Password;
    QString host;
    QString user;
    QString keyFile; // KeyPassphrase
    QString prompt;  // KeyboardInteractive: the server's prompt
    bool echo = false;
};

// The caller's side of a connection: questions the worker thread cannot answer alone.
// Both functions are called in the host's worker thread and must return at once: return a future and
// fulfil it later from any thread (a dialog in the GUI thread, a keychain job). A cancelled future counts
// as "no" / "no answer". Closing the host stops the wait.
class SshPrompter {
public:
    virtual ~SshPrompter() = default;
    // Only asked for an Unknown key: changed keys and keys of another type are refused without asking.
    virtual QFuture<bool> confirmHostKey(const HostKeyInfo& key) = 0;
    virtual QFuture<std::optional<QString>> secret(const SecretRequest& request) = 0;
};

// Answers from fixed values: for headless runs and tests.
class FixedPrompter : public SshPrompter {
public:
    bool acceptUnknownHostKeys = false;
    std::optional<QString> password;
    std::optional<QString> passphrase;

    QFuture<bool> confirmHostKey(const HostKeyInfo& key) override;
    QFuture<std::optional<QString>> secret(const SecretRequest& request) override;

    // What was asked, for tests (guarded: called from the worker thread).
    QList<HostKeyInfo> askedHostKeys() const;
    QList<SecretRequest> askedSecrets() const;

private:
    mutable QMutex m_mutex;
    QList<HostKeyInfo> m_askedHostKeys;
    QList<SecretRequest> m_askedSecrets;
};

} // namespace puw
