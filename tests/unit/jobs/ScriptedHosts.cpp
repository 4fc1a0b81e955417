#include "ScriptedHosts.h"

namespace puw::test {

ShellOutcome ScriptedShell::exited(const QString& stdoutText, int exitCode, const QString& stderrText)
{
    ShellOutcome outcome;
    outcome.status = ShellOutcome::Status::Exited;
    outcome.exitCode = exitCode;
    outcome.stdoutText = stdoutText;
    outcome.stderrText = stderrText;
    return outcome;
}

ShellOutcome ScriptedShell::run(const ShellRequest& request, const LineHandler&)
{
    m_commands << request.commandLine;
    const QString text = request.commandLine + QLatin1Char('\n') + QString::fromUtf8(request.stdinData);
    for (auto rule = m_rules.crbegin(); rule != m_rules.crend(); ++rule) {
        if (text.contains(rule->first))
            return rule->second();
    }
    return exited({}, 127, QStringLiteral("not scripted: ") + request.commandLine);
}

void ScriptedShell::on(const QString& needle, Answer answer)
{
    m_rules.append({needle, std::move(answer)});
}

void ScriptedShell::on(const QString& needle, const QString& stdoutText, int exitCode,
                       const QString& stderrText)
{
    on(needle, [=] { return exited(stdoutText, exitCode, stderrText); });
}

QStringList ScriptedShell::commandsWith(const QString& words) const
{
    QStringList found;
    for (const QString& command : m_commands) {
        if (command.contains(words))
            found << command;
    }
    return found;
}

Expected<HostShell*, QString> ScriptedHosts::shell(HostRole role)
{
    if (role == HostRole::Old)
        return &oldHost;
    if (role == HostRole::New)
        return &newHost;
    return &proxyHost;
}

} // namespace puw::test
