#pragma once

#include "jobs/JobContext.h"
#include "remote/HostShell.h"

#include <functional>

namespace puw::test {

// A host whose commands are answered from a script instead of run: each rule answers the commands whose
// command line or standard input holds its needle (the rule added last wins); any other command exits 127
// ("not scripted"). Every command line it was given is kept, as the host would have received it.
class ScriptedShell : public HostShell {
public:
    using Answer = std::function<ShellOutcome()>;
    explicit ScriptedShell(QString label) : m_label(std::move(label)) {}
    QString hostLabel() const override { return m_label; }
    ShellOutcome run(const ShellRequest& request, const LineHandler& onLine = {}) override;

    void on(const QString& needle, Answer answer);
    void on(const QString& needle, const QString& stdoutText, int exitCode = 0,
            const QString& stderrText = {});
    QStringList commands() const { return m_commands; }
    // The command lines that hold the words.
    QStringList commandsWith(const QString& words) const;

    static ShellOutcome exited(const QString& stdoutText, int exitCode = 0, const QString& stderrText = {});

private:
    QString m_label;
    QList<std::pair<QString, Answer>> m_rules;
    QStringList m_commands;
};

// The old, new and proxy hosts as scripted shells.
class ScriptedHosts : public HostAccess {
public:
    ScriptedShell oldHost{QStringLiteral("old")};
    ScriptedShell newHost{QStringLiteral("new")};
    ScriptedShell proxyHost{QStringLiteral("proxy")};
    Expected<HostShell*, QString> shell(HostRole role) override;
    SshHost* sshHost(HostRole) override { return nullptr; }
};

} // namespace puw::test
