#include "StreamRelay.h"

#include "ByteStreams.h"
#include "CommandRun.h"
#include "SshHost.h"

namespace puw {

namespace {
constexpr qsizetype queueCapacity = 8 * 1024 * 1024;
constexpr int progressIntervalMs = 250;
} // namespace

StreamRelay::StreamRelay(SshHost* from, const CommandSpec& fromCommand, SshHost* to,
                         const CommandSpec& toCommand, const QString& teePath, QObject* parent)
    : QObject(parent), m_from(from), m_to(to), m_fromCommand(fromCommand), m_toCommand(toCommand),
      m_teePath(teePath), m_progressTimer(this)
{
    qRegisterMetaType<puw::RelayResult>();
    m_progressTimer.setInterval(progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        const qint64 bytes = m_tap->bytes();
        const double seconds = std::max<qint64>(1, m_clock.elapsed()) / 1000.0;
        emit progress(bytes, static_cast<double>(bytes) / seconds);
    });
    m_promise.start();
}

StreamRelay::~StreamRelay()
{
    if (!m_done)
        cancel();
}

void StreamRelay::start()
{
    m_clock.start();
    m_queue = std::make_shared<ChunkQueue>(queueCapacity);
    m_tap = std::make_shared<TapSink>(m_queue, m_teePath);
    if (!m_tap->open()) {
        m_result.error = {RemoteError::Kind::Local, m_tap->failure()};
        finish();
        return;
    }
    m_source = m_from->run(m_fromCommand, nullptr, m_tap, this);
    m_sink = m_to->run(m_toCommand, m_queue, nullptr, this);
    connect(m_source, &CommandRun::finished, this, &StreamRelay::sideFinished);
    connect(m_sink, &CommandRun::finished, this, &StreamRelay::sideFinished);
    m_progressTimer.start();
}

void StreamRelay::cancel()
{
    if (m_source)
        m_source->cancel();
    if (m_sink)
        m_sink->cancel();
}

void StreamRelay::sideFinished()
{
    if (!m_source->isFinished() || !m_sink->isFinished())
        return;
    m_result.source = m_source->result();
    m_result.sink = m_sink->result();
    finish();
}

void StreamRelay::finish()
{
    m_done = true;
    m_progressTimer.stop();
    if (m_tap) {
        m_result.bytes = m_tap->bytes();
        m_result.sha256 = m_tap->sha256Hex();
        m_result.peakQueuedBytes = m_queue->peakBytes();
        m_result.peakTeeQueuedBytes = m_tap->peakTeeBytes();
    }
    const QString tapFailure = m_tap ? m_tap->failure() : QString();
    m_result.ok =
        !m_result.error.isError() && m_result.source.ok() && m_result.sink.ok() && tapFailure.isEmpty();
    if (!m_result.ok && !m_result.error.isError()) {
        // The side that failed first explains it; the other usually only says it was stopped.
        const CommandResult& first =
            !m_result.source.ok() && m_result.source.status != CommandResult::Status::Failed ? m_result.source
            : !m_result.sink.ok()                                                            ? m_result.sink
                                  : m_result.source;
        m_result.error =
            first.error.isError() ? first.error : RemoteError{RemoteError::Kind::Channel, first.describe()};
        if (!tapFailure.isEmpty())
            m_result.error = {RemoteError::Kind::Local, tapFailure};
    }
    emit progress(m_result.bytes, m_result.bytes / std::max(0.001, m_clock.elapsed() / 1000.0));
    m_promise.addResult(m_result);
    m_promise.finish();
    emit finished(m_result);
}

} // namespace puw
