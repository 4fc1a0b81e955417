#include "CanaryProxy.h"

#include "CanaryCommands.h"
#include "NginxCommands.h"
#include "remote/ShellQuote.h"

#include <algorithm>

namespace puw {

ShellOutcome CanaryProxy::run(const QString& what, const QString& commandLine, bool sudo,
                              const QByteArray& input)
{
    ShellRequest request;
    request.commandLine = commandLine;
    request.sudo = sudo;
    request.stdinData = input;
    request.timeoutMs = m_setup.commandTimeoutMs;
    const ShellOutcome outcome = m_proxy.run(request);
    //: one action of the nginx canary in the step's log: %1 what was done (e.g. "write FILE"), %2 how it
    //: ended
    m_actions << Routing::tr("%1: %2").arg(what, outcome.describe());
    return outcome;
}

bool CanaryProxy::inspect(UpstreamFileState* state, QString* error)
{
    const QString& file = m_setup.upstreamFile;
    const ShellOutcome outcome =
        run(Routing::tr("inspect %1").arg(file), nginx_commands::inspect(file), m_setup.sudo);
    if (m_setup.dryRun) {
        *state = UpstreamFileState{file, true, true, QString()};
        return true;
    }
    if (!outcome.ok()) {
        *error =
            Routing::tr("could not read %1 on %2: %3").arg(file, m_proxy.hostLabel(), outcome.describe());
        return false;
    }
    const QString& out = outcome.stdoutText;
    QStringList head;
    qsizetype position = 0;
    while (head.size() < 3 && position <= out.size()) {
        qsizetype end = out.indexOf(QLatin1Char('\n'), position);
        if (end < 0)
            end = out.size();
        head << out.mid(position, end - position);
        position = end + 1;
    }
    if (head.size() < 3 || head[0].isEmpty() ||
        (head[2] != QLatin1String("present") && head[2] != QLatin1String("absent"))) {
        *error = Routing::tr("could not read %1 on %2: unexpected answer '%3'")
                     .arg(file, m_proxy.hostLabel(), excerpt(out));
        return false;
    }
    state->target = head[0];
    state->hasBackup = head[1] == QLatin1String("backup");
    state->present = head[2] == QLatin1String("present");
    state->content = state->present ? out.mid(position) : QString();
    return true;
}

bool CanaryProxy::backup(const QString& file)
{
    return run(Routing::tr("back up %1").arg(file), nginx_commands::backup(file), m_setup.sudo).ok();
}

bool CanaryProxy::write(const QString& file, const QString& content)
{
    return run(Routing::tr("write %1").arg(file), nginx_commands::write(file), m_setup.sudo, content.toUtf8())
        .ok();
}

bool CanaryProxy::restoreOriginal(const QString& file)
{
    return run(Routing::tr("restore %1").arg(file), nginx_commands::restore(file, true), m_setup.sudo).ok();
}

ShellOutcome CanaryProxy::test()
{
    return run(shellJoin(m_setup.testCommand), shellJoin(m_setup.testCommand), m_setup.testSudo);
}

ShellOutcome CanaryProxy::reload()
{
    return run(shellJoin(m_setup.reloadCommand), shellJoin(m_setup.reloadCommand), m_setup.reloadSudo);
}

bool CanaryProxy::startLog(const QString& logPath, QString* error)
{
    m_logPath = logPath;
    m_offset = 0;
    m_inode.clear();
    m_pending.clear();
    m_reads = 0;
    m_lines = 0;
    const ShellOutcome outcome = run(Routing::tr("note the end of %1").arg(logPath),
                                     canary_commands::logPosition(logPath), m_setup.sudo);
    if (m_setup.dryRun)
        return true;
    const QStringList words = outcome.stdoutText.trimmed().split(QLatin1Char(' '));
    bool ok = outcome.ok() && words.size() == 2;
    if (ok)
        m_offset = words[0].toLongLong(&ok);
    if (!ok) {
        *error = Routing::tr("could not read the canary's log %1 on %2: %3")
                     .arg(logPath, m_proxy.hostLabel(),
                          outcome.ok() ? excerpt(outcome.stdoutText) : outcome.describe());
        return false;
    }
    m_inode = words[1];
    return true;
}

bool CanaryProxy::readNewLines(QStringList* lines, QString* error)
{
    lines->clear();
    ShellRequest request;
    request.commandLine = canary_commands::readLog(m_logPath, m_offset, m_inode);
    request.sudo = m_setup.sudo;
    request.timeoutMs = m_setup.commandTimeoutMs;
    const ShellOutcome outcome = m_proxy.run(request);
    ++m_reads;
    const QString& out = outcome.stdoutText;
    const qsizetype headEnd = out.indexOf(QLatin1Char('\n'));
    const QStringList head = out.left(headEnd).split(QLatin1Char(' '));
    bool ok = outcome.ok() && headEnd > 0 && head.size() == 3;
    qint64 end = 0;
    qint64 start = 0;
    if (ok)
        end = head[0].toLongLong(&ok);
    if (ok)
        start = head[2].toLongLong(&ok);
    if (!ok) {
        *error = Routing::tr("could not read the canary's log %1 on %2: %3")
                     .arg(m_logPath, m_proxy.hostLabel(), outcome.ok() ? excerpt(out) : outcome.describe());
        m_actions << Routing::tr("read %1: %2").arg(m_logPath, *error);
        return false;
    }
    if (start != m_offset || head[1] != m_inode)
        m_pending.clear(); // another file, or the same one cut: its lines begin at its start
    m_offset = end;
    m_inode = head[1];
    // Exactly the bytes between START and END: a shell may end its output with a line break of its own.
    const QString body =
        QString::fromUtf8(out.mid(headEnd + 1).toUtf8().left(std::max<qint64>(0, end - start)));
    QStringList parts = (m_pending + body).split(QLatin1Char('\n'));
    m_pending = parts.takeLast();
    m_lines += static_cast<int>(parts.size());
    *lines = parts;
    return true;
}

} // namespace puw
