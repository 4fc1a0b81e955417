#include "ExecTask.h"

#include "RemotePid.h"

#include "ShellQuote.h"

#include <QCoreApplication>

namespace puw::detail {

namespace {

class CommandText {
    Q_DECLARE_TR_FUNCTIONS(puw::CommandRun)
};

constexpr qint64 killGraceMs = 10000;

} // namespace

ExecTask::ExecTask(HostWorker* worker, const CommandSpec& spec, std::shared_ptr<ExecLink> link,
                   ExecEvents* events, std::shared_ptr<ByteSource> stdinSource,
                   std::shared_ptr<ByteSink> stdoutSink)
    : m_worker(worker), m_spec(spec), m_link(std::move(link)), m_events(events),
      m_source(std::move(stdinSource)), m_sink(std::move(stdoutSink))
{
    m_stdinChunk = m_spec.stdinData;
    m_spec.stdinData.clear(); // a secret is kept in one place only
}

ExecTask::~ExecTask()
{
    releaseChannel();
}

QString ExecTask::wrapCommand(const CommandSpec& spec)
{
    // Before the command's output comes the line "puw-pid N", so that a cancel can kill the process (sshd
    // ignores signal requests for some logins). exec keeps the pid: it is the command's own.
    const QString inner = spec.arguments.isEmpty()
                              ? QStringLiteral("exec sh -c ") + shellQuote(spec.shellCommand)
                              : QStringLiteral("exec ") + shellJoin(spec.arguments);
    return shellJoin({QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("echo \"%1$$\"; ").arg(QLatin1String(remotePidPrefix)) + inner});
}

void ExecTask::start()
{
    m_clock.start();
    ssh_session session = m_worker->session();
    m_channel = ssh_channel_new(session);
    bool lost = false;
    if (!m_channel ||
        !m_worker->controlRequest([this] { return ssh_channel_open_session(m_channel) == SSH_OK; }, &lost)) {
        finish(
            CommandResult::Status::Failed,
            lost ? RemoteError{RemoteError::Kind::Disconnected, m_worker->lostReason()}
                 : RemoteError{RemoteError::Kind::Channel,
                               CommandText::tr("Cannot open a channel on %1: %2")
                                   .arg(m_worker->displayName(), QString::fromUtf8(ssh_get_error(session)))});
        return;
    }
    ssh_callbacks_init(&m_callbacks);
    m_callbacks.userdata = this;
    m_callbacks.channel_exit_signal_function = &ExecTask::onExitSignal;
    ssh_set_channel_callbacks(m_channel, &m_callbacks);
    const QByteArray command = wrapCommand(m_spec).toUtf8();
    if (!m_worker->controlRequest(
            [this, &command] { return ssh_channel_request_exec(m_channel, command.constData()) == SSH_OK; },
            &lost)) {
        finish(
            CommandResult::Status::Failed,
            lost ? RemoteError{RemoteError::Kind::Disconnected, m_worker->lostReason()}
                 : RemoteError{RemoteError::Kind::Channel,
                               CommandText::tr("%1 refused to run a command: %2")
                                   .arg(m_worker->displayName(), QString::fromUtf8(ssh_get_error(session)))});
        return;
    }
    if (m_source)
        m_source->setDataWaker(m_worker->waker());
    if (m_sink)
        m_sink->setRoomWaker(m_worker->waker());
    if (m_link) {
        QMutexLocker lock(&m_link->mutex);
        m_link->wake = m_worker->waker();
    }
    if (m_events)
        emit m_events->started();
}

void ExecTask::onExitSignal(ssh_session, ssh_channel, const char* signal, int, const char*, const char*,
                            void* userdata)
{
    static_cast<ExecTask*>(userdata)->m_exitSignal = QString::fromUtf8(signal);
}

bool ExecTask::pump()
{
    if (m_done)
        return false;
    checkCancel();
    if (m_done)
        return true;
    bool progress = pumpStdin();
    progress = pumpOutput(false) || progress;
    progress = pumpOutput(true) || progress;
    if (m_done)
        return true;
    if ((m_stdoutEof && m_stderrEof) || (!progress && ssh_channel_is_closed(m_channel))) {
        m_result.exitCode = ssh_channel_get_exit_status(m_channel); // brief: the status follows the EOF
        if (m_cancelStatus) {
            finish(*m_cancelStatus, m_cancelError);
        } else if (!m_exitSignal.isEmpty()) {
            m_result.exitSignal = m_exitSignal;
            finish(CommandResult::Status::Signalled);
        } else if (m_result.exitCode < 0) {
            finish(CommandResult::Status::Failed,
                   {RemoteError::Kind::Disconnected,
                    CommandText::tr("The command on %1 ended without an exit status.")
                        .arg(m_worker->displayName())});
        } else {
            finish(CommandResult::Status::Exited);
        }
        return true;
    }
    return progress;
}

void ExecTask::checkCancel()
{
    if (!m_cancelStatus) {
        if (m_link && m_link->cancel.load()) {
            m_cancelStatus = CommandResult::Status::Cancelled;
            m_cancelError = {RemoteError::Kind::Cancelled, CommandText::tr("Cancelled.")};
        } else if (m_spec.timeoutMs > 0 && m_clock.elapsed() > m_spec.timeoutMs) {
            m_cancelStatus = CommandResult::Status::TimedOut;
            m_cancelError = {
                RemoteError::Kind::Timeout,
                CommandText::tr("The command did not finish within %1 s.").arg(m_spec.timeoutMs / 1000.0)};
        } else if (m_spec.stallMs > 0 && m_clock.elapsed() - m_progressAt > m_spec.stallMs) {
            m_cancelStatus = CommandResult::Status::TimedOut;
            m_result.stalled = true;
            const QString stopped = CommandText::tr("The command on %1 made no progress for %2 s (it printed "
                                                    "nothing and took no input) and was stopped.")
                                        .arg(m_worker->displayName())
                                        .arg((m_clock.elapsed() - m_progressAt) / 1000);
            m_cancelError = {
                RemoteError::Kind::Timeout,
                m_result.lastLine.isEmpty()
                    ? stopped
                    : CommandText::tr("%1 The last line it printed: \"%2\"").arg(stopped, m_result.lastLine)};
        } else if (m_sink && m_sink->abandoned()) {
            m_cancelStatus = CommandResult::Status::Failed;
            m_cancelError = {RemoteError::Kind::Local,
                             CommandText::tr("The receiving side failed: %1").arg(m_sink->failure())};
        }
        if (m_cancelStatus)
            m_cancelAt = m_clock.elapsed();
    }
    if (!m_cancelStatus)
        return;
    if (!m_killSent && m_pid > 1)
        startKill();
    // The process should die at once; never wait forever for a server that does not answer.
    if (m_clock.elapsed() - m_cancelAt > (m_pid > 1 ? killGraceMs : 3000))
        finish(*m_cancelStatus, m_cancelError);
}

void ExecTask::startKill()
{
    m_killSent = true;
    const QString pid = QString::number(m_pid);
    // TERM the process group sshd made for this command (never sshd's own), then KILL what is left.
    const QString script =
        QStringLiteral(
            "p=%1; g=$(ps -o pgid= -p $p 2>/dev/null | tr -d ' '); "
            "if [ -n \"$g\" ] && [ \"$(ps -o comm= -p $g 2>/dev/null)\" != sshd ]; then kill -TERM -$g; "
            "fi; "
            "kill -TERM $p 2>/dev/null; i=0; while kill -0 $p 2>/dev/null && [ $i -lt 30 ]; do sleep 0.1; "
            "i=$((i+1)); done; "
            "if [ -n \"$g\" ] && [ \"$(ps -o comm= -p $g 2>/dev/null)\" != sshd ]; then kill -KILL -$g; "
            "fi; "
            "kill -KILL $p 2>/dev/null; true")
            .arg(pid);
    CommandSpec kill;
    kill.shellCommand = script;
    kill.timeoutMs = 15000;
    m_worker->addTask(std::make_unique<ExecTask>(m_worker, kill, nullptr, nullptr));
}

void ExecTask::abort(const RemoteError& error)
{
    if (m_done)
        return;
    finish(error.kind == RemoteError::Kind::Cancelled ? CommandResult::Status::Cancelled
                                                      : CommandResult::Status::Failed,
           error);
}

void ExecTask::finish(CommandResult::Status status, const RemoteError& error)
{
    if (m_done)
        return;
    m_done = true;
    m_result.status = status;
    m_result.error = error;
    if (status != CommandResult::Status::Exited)
        m_result.exitCode = status == CommandResult::Status::Signalled ? -1 : m_result.exitCode;
    const bool ok = m_result.ok();
    const QString why = error.isError() ? error.message : m_result.describe();
    if (m_sink) {
        if (ok)
            m_sink->finish();
        else
            m_sink->fail(CommandText::tr("The command on %1 failed: %2").arg(m_worker->displayName(), why));
    }
    if (m_source && !ok)
        m_source->abandon(CommandText::tr("The command on %1 failed: %2").arg(m_worker->displayName(), why));
    releaseChannel();
    if (m_events)
        emit m_events->finished(m_result);
}

void ExecTask::releaseChannel()
{
    if (!m_channel)
        return;
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    m_channel = nullptr;
}

} // namespace puw::detail
