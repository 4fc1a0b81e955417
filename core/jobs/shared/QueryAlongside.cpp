#include "QueryAlongside.h"

#include "remote/CommandRun.h"
#include "remote/SshHost.h"

#include <QEventLoop>

namespace puw {

QueryAlongside::QueryAlongside(JobContext& ctx, SshHost* host, const DatabaseCommand& command, int timeoutMs,
                               const QByteArray& sudoLine)
    : m_ctx(ctx), m_command(command), m_started(QDateTime::currentDateTimeUtc())
{
    m_run.reset(host->run(command.relaySpec(timeoutMs, sudoLine)));
    QObject::connect(m_run.get(), &CommandRun::stdoutLines, m_run.get(), [this](const QStringList& lines) {
        for (const QString& line : lines)
            m_outcome.stdoutText += line + QLatin1Char('\n');
    });
    QObject::connect(m_run.get(), &CommandRun::stderrLines, m_run.get(), [this](const QStringList& lines) {
        for (const QString& line : lines)
            m_outcome.stderrText += line + QLatin1Char('\n');
    });
}

QueryAlongside::~QueryAlongside() = default;

ShellOutcome QueryAlongside::wait()
{
    if (!m_run->isFinished()) {
        QEventLoop loop;
        QObject::connect(m_run.get(), &CommandRun::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const CommandResult& result = m_run->result();
    m_outcome.status = result.status == CommandResult::Status::Exited      ? ShellOutcome::Status::Exited
                       : result.status == CommandResult::Status::Cancelled ? ShellOutcome::Status::Cancelled
                       : result.status == CommandResult::Status::TimedOut  ? ShellOutcome::Status::TimedOut
                                                                           : ShellOutcome::Status::Failed;
    m_outcome.exitCode = result.exitCode;
    m_outcome.error = result.describe();
    m_ctx.recordCommand({0, m_ctx.step(), hostRoleLabel(HostRole::Old), m_command.display(),
                         result.status == CommandResult::Status::Exited ? result.exitCode : -1, m_started,
                         QDateTime::currentDateTimeUtc(), m_outcome.stderrText.trimmed()});
    return m_outcome;
}

} // namespace puw
