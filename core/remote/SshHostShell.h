#pragma once

#include "remote/HostShell.h"

#include <QMutex>
#include <QPointer>

#include <functional>
#include <optional>

namespace puw {

class CommandRun;
class SshHost;

// HostShell over an SshHost: runs each request and waits for it in a local event loop of the calling
// thread (the engine's thread; the SshHost must live there too). Requests with `sudo` go through
// `sudo -n` when the host allows it without a password, else `sudo -S` with the password written first
// on stdin (never on the command line). The password comes from a provider, asked once per host.
class SshHostShell : public HostShell {
public:
    using SudoPasswordProvider = std::function<std::optional<QString>()>;

    SshHostShell(QString label, SshHost* host, SudoPasswordProvider sudoPassword);

    QString hostLabel() const override { return m_label; }
    ShellOutcome run(const ShellRequest& request, const LineHandler& onLine = {}) override;
    SshHost* host() const { return m_host; }

    // Thread-safe: ends the running command (the remote process is killed) and fails the next ones.
    void cancel() override;
    void resume() override;

private:
    enum class SudoMode { Unknown, NoPassword, Password };
    ShellOutcome runPlain(const ShellRequest& request, const LineHandler& onLine);
    std::optional<ShellOutcome> prepareSudo(ShellRequest& request);

    QString m_label;
    QPointer<SshHost> m_host;
    SudoPasswordProvider m_sudoPassword;
    SudoMode m_sudoMode = SudoMode::Unknown;
    QString m_password;

    QMutex m_mutex; // guards the two below, touched by cancel() from another thread
    QPointer<CommandRun> m_current;
    bool m_cancelled = false;
};

} // namespace puw
