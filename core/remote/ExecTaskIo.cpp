// ExecTask: moving bytes between the channel and its stdin source, stdout sink or the caller.
#include "ExecTask.h"
#include "RemotePid.h"

#include <QCoreApplication>

namespace puw::detail {

namespace {

class CommandText {
    Q_DECLARE_TR_FUNCTIONS(puw::CommandRun)
};

constexpr qsizetype readChunk = 256 * 1024;
constexpr qint64 inFlightLimit = 8 * 1024 * 1024; // caller-side backlog before we stop reading
constexpr qsizetype maxLine = 1024 * 1024;
constexpr int stderrTailLines = 20;
constexpr int readsPerPump = 8;
constexpr qsizetype writePerPump = 2 * 1024 * 1024;

} // namespace

bool ExecTask::pumpStdin()
{
    if (m_eofSent || m_cancelStatus)
        return false;
    bool progress = false;
    qsizetype written = 0;
    while (written < writePerPump) {
        if (m_stdinOffset >= m_stdinChunk.size()) {
            m_stdinChunk.clear();
            m_stdinOffset = 0;
            if (m_stdinEnded)
                break;
            if (m_source) {
                switch (m_source->take(&m_stdinChunk)) {
                case ByteSource::Pull::Data:
                    break;
                case ByteSource::Pull::Wait:
                    noteProgress(); // the sending side is behind, not this command
                    return progress;
                case ByteSource::Pull::End:
                    m_stdinEnded = true;
                    break;
                case ByteSource::Pull::Failed:
                    // No clean end of input: the command must not take a partial stream as complete.
                    m_cancelStatus = CommandResult::Status::Failed;
                    m_cancelError = {RemoteError::Kind::Channel,
                                     CommandText::tr("The sending side failed: %1").arg(m_source->failure())};
                    m_cancelAt = m_clock.elapsed();
                    return true;
                }
            } else if (m_spec.keepStdinOpen && m_link) {
                QMutexLocker lock(&m_link->mutex);
                m_stdinChunk = std::exchange(m_link->pendingStdin, {});
                if (m_stdinChunk.isEmpty() && !m_link->stdinClosed)
                    return progress;
                m_stdinEnded = m_link->stdinClosed;
            } else {
                m_stdinEnded = true;
            }
            continue;
        }
        // Write only what the window takes: a write never blocks the worker (and the other channels).
        const qsizetype window = static_cast<qsizetype>(ssh_channel_window_size(m_channel));
        if (window <= 0)
            return progress;
        const qsizetype size = std::min({window, m_stdinChunk.size() - m_stdinOffset, readChunk});
        const int rc = ssh_channel_write(m_channel, m_stdinChunk.constData() + m_stdinOffset,
                                         static_cast<uint32_t>(size));
        if (rc < 0 && ssh_is_connected(m_worker->session())) {
            // The command closed its input (e.g. it exited early): its exit status tells the rest.
            m_eofSent = true;
            m_stdinChunk.clear();
            m_stdinOffset = 0;
            if (m_source)
                m_source->abandon(CommandText::tr("The command on %1 stopped reading its input.")
                                      .arg(m_worker->displayName()));
            return true;
        }
        if (rc < 0) {
            finish(
                CommandResult::Status::Failed,
                {RemoteError::Kind::Disconnected,
                 CommandText::tr("Writing to the command on %1 failed: %2")
                     .arg(m_worker->displayName(), QString::fromUtf8(ssh_get_error(m_worker->session())))});
            return true;
        }
        m_stdinOffset += rc;
        written += rc;
        if (rc > 0)
            noteProgress();
        progress = progress || rc > 0;
        if (rc == 0)
            return progress;
    }
    if (m_stdinEnded && m_stdinOffset >= m_stdinChunk.size()) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
        progress = true;
    }
    return progress;
}

bool ExecTask::pumpOutput(bool stderrStream)
{
    bool& eof = stderrStream ? m_stderrEof : m_stdoutEof;
    bool progress = false;
    for (int i = 0; i < readsPerPump && !eof && !m_done; ++i) {
        // Backpressure: stop reading and the channel window stops the remote command.
        // Held up by the receiving side: not this command's stall.
        if (m_link && m_link->inFlight.load() > inFlightLimit) {
            noteProgress();
            return progress;
        }
        if (!stderrStream && m_sink && !m_cancelStatus && !m_sink->hasRoom()) {
            noteProgress();
            return progress;
        }
        // One scratch buffer per task: a fresh 256 KiB allocation per read costs an mmap and page faults,
        // and a chunk truncated in place would keep its whole capacity while the queues count its size.
        if (m_readBuffer.size() != readChunk)
            m_readBuffer = QByteArray(readChunk, Qt::Uninitialized);
        const int rc = ssh_channel_read_nonblocking(m_channel, m_readBuffer.data(),
                                                    static_cast<uint32_t>(readChunk), stderrStream ? 1 : 0);
        if (rc == SSH_EOF) {
            eof = true;
            noteProgress();
            m_worker->noteHeard();
            if (stderrStream)
                emitLines(m_stderrPartial, {}, true, true);
            else if (!m_sink && !m_spec.rawOutput)
                emitLines(m_stdoutPartial, {}, false, true);
            return true;
        }
        if (rc == SSH_ERROR) {
            finish(
                CommandResult::Status::Failed,
                {RemoteError::Kind::Disconnected,
                 CommandText::tr("Reading from the command on %1 failed: %2")
                     .arg(m_worker->displayName(), QString::fromUtf8(ssh_get_error(m_worker->session())))});
            return true;
        }
        if (rc <= 0)
            return progress;                                   // 0 or SSH_AGAIN: nothing buffered now
        const QByteArray buffer(m_readBuffer.constData(), rc); // exactly its size
        progress = true;
        noteProgress();
        m_worker->noteHeard();
        if (stderrStream) {
            m_result.stderrBytes += rc;
            emitLines(m_stderrPartial, buffer, true, false);
        } else {
            handleStdout(buffer);
        }
    }
    return progress;
}

void ExecTask::handleStdout(const QByteArray& data)
{
    QByteArray rest = data;
    if (!m_pidKnown) {
        // Lines a login script prints come first: skip them up to the wrapper's own "puw-pid N" line.
        constexpr qsizetype preambleLimit = 64 * 1024;
        m_preamble += rest;
        rest.clear();
        while (!m_pidKnown) {
            const qsizetype newline = m_preamble.indexOf('\n');
            if (newline < 0) {
                if (m_preamble.size() <= preambleLimit)
                    return;
                m_pidKnown =
                    true; // no pid line: the command cannot be killed by pid, only its channel closed
                rest = m_preamble;
                break;
            }
            const QByteArray line = m_preamble.left(newline);
            m_preamble.remove(0, newline + 1);
            if (line.startsWith(remotePidPrefix)) {
                m_pid = parseRemotePid(line).value_or(0);
                m_pidKnown = true;
                rest = m_preamble;
            }
        }
        m_preamble.clear();
        if (rest.isEmpty())
            return;
    }
    m_result.stdoutBytes += rest.size();
    if (m_cancelStatus)
        return; // drained, not delivered: the command is being stopped
    if (m_sink) {
        if (!m_sink->write(rest)) {
            m_cancelStatus = CommandResult::Status::Failed;
            m_cancelError = {RemoteError::Kind::Local, m_sink->failure()};
            m_cancelAt = m_clock.elapsed();
        }
    } else if (m_spec.rawOutput) {
        if (m_link)
            m_link->inFlight += rest.size();
        if (m_events)
            emit m_events->stdoutData(rest);
    } else {
        emitLines(m_stdoutPartial, rest, false, false);
    }
}

void ExecTask::emitLines(QByteArray& partial, const QByteArray& data, bool stderrStream, bool flush)
{
    partial += data;
    QStringList lines;
    qsizetype start = 0;
    qint64 size = 0;
    for (;;) {
        qsizetype newline = partial.indexOf('\n', start);
        if (newline < 0 && partial.size() - start > maxLine)
            newline = start + maxLine; // a line without end must not grow without bound
        if (newline < 0)
            break;
        QByteArray line = partial.mid(start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines << QString::fromUtf8(line);
        size += lines.constLast().size();
        start = newline + (newline < partial.size() && partial.at(newline) == '\n' ? 1 : 0);
    }
    partial.remove(0, start);
    if (flush && !partial.isEmpty()) {
        lines << QString::fromUtf8(std::exchange(partial, {}));
        size += lines.constLast().size();
    }
    if (lines.isEmpty())
        return;
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        if (!line->trimmed().isEmpty()) {
            m_result.lastLine = line->trimmed().left(500);
            break;
        }
    }
    if (stderrStream) {
        m_result.stderrTail << lines.mid(std::max<qsizetype>(0, lines.size() - stderrTailLines));
        if (m_result.stderrTail.size() > stderrTailLines)
            m_result.stderrTail.remove(0, m_result.stderrTail.size() - stderrTailLines);
    }
    if (!m_events)
        return;
    if (m_link)
        m_link->inFlight += size;
    if (stderrStream)
        emit m_events->stderrLines(lines);
    else
        emit m_events->stdoutLines(lines);
}

} // namespace puw::detail
