#include "ByteStreams.h"

#include <QCoreApplication>

namespace puw {

namespace {

class StreamText {
    Q_DECLARE_TR_FUNCTIONS(puw::ByteStreams)
};

constexpr qint64 fileChunk = 256 * 1024;

} // namespace

ChunkQueue::ChunkQueue(qsizetype capacityBytes) : m_capacity(capacityBytes) {}

ByteSource::Pull ChunkQueue::take(QByteArray* chunk)
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        if (m_chunks.empty()) {
            if (!m_failure.isEmpty())
                return Pull::Failed;
            return m_finished ? Pull::End : Pull::Wait;
        }
        *chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_bytes -= chunk->size();
        wake = m_roomWaker;
    }
    if (wake)
        wake();
    return Pull::Data;
}

void ChunkQueue::abandon(const QString& reason)
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        m_abandoned = true;
        if (m_failure.isEmpty())
            m_failure = reason;
        m_chunks.clear();
        m_bytes = 0;
        wake = m_roomWaker;
    }
    if (wake)
        wake();
}

bool ChunkQueue::hasRoom() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes < m_capacity || m_abandoned;
}

bool ChunkQueue::write(const QByteArray& chunk)
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        if (m_abandoned)
            return false;
        m_chunks.push_back(chunk);
        m_bytes += chunk.size();
        m_peak = std::max(m_peak, m_bytes);
        wake = m_dataWaker;
    }
    if (wake)
        wake();
    return true;
}

void ChunkQueue::finish()
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        m_finished = true;
        wake = m_dataWaker;
    }
    if (wake)
        wake();
}

void ChunkQueue::fail(const QString& reason)
{
    std::function<void()> wake;
    {
        QMutexLocker lock(&m_mutex);
        if (m_failure.isEmpty())
            m_failure = reason;
        m_chunks.clear(); // the consumer must not see the rest as a complete stream
        m_bytes = 0;
        wake = m_dataWaker;
    }
    if (wake)
        wake();
}

bool ChunkQueue::abandoned() const
{
    QMutexLocker lock(&m_mutex);
    return m_abandoned;
}

QString ChunkQueue::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

void ChunkQueue::setDataWaker(std::function<void()> waker)
{
    QMutexLocker lock(&m_mutex);
    m_dataWaker = std::move(waker);
}

void ChunkQueue::setRoomWaker(std::function<void()> waker)
{
    QMutexLocker lock(&m_mutex);
    m_roomWaker = std::move(waker);
}

qsizetype ChunkQueue::peakBytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_peak;
}

FileSource::FileSource(const QString& path) : m_file(path) {}

bool FileSource::open()
{
    if (m_file.open(QIODevice::ReadOnly))
        return true;
    m_failure = StreamText::tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

ByteSource::Pull FileSource::take(QByteArray* chunk)
{
    if (!m_failure.isEmpty())
        return Pull::Failed;
    *chunk = m_file.read(fileChunk);
    if (!chunk->isEmpty()) {
        m_read += chunk->size();
        return Pull::Data;
    }
    if (m_file.error() != QFile::NoError) {
        m_failure = StreamText::tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        return Pull::Failed;
    }
    return Pull::End;
}

FileSink::FileSink(const QString& path) : m_file(path) {}

bool FileSink::open()
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    m_failure = StreamText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

bool FileSink::write(const QByteArray& chunk)
{
    if (m_file.write(chunk) == chunk.size())
        return true;
    m_failure = StreamText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

void FileSink::finish()
{
    if (!m_file.flush())
        m_failure = StreamText::tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    m_file.close();
}

void FileSink::fail(const QString& reason)
{
    m_failure = reason;
    m_file.close();
}

TapSink::TapSink(std::shared_ptr<ByteSink> next, const QString& teePath)
    : m_next(std::move(next)), m_writer(std::make_unique<TeeWriter>(teePath))
{
    // The receiver sees the end only when the tee is in place; a tee failure fails the receiver too.
    m_writer->setDoneCallback([next = m_next](bool ok, const QString& failure) {
        if (ok)
            next->finish();
        else if (!failure.isEmpty())
            next->fail(failure);
    });
}

TapSink::~TapSink() = default;

bool TapSink::open()
{
    return m_writer->open();
}

bool TapSink::hasRoom() const
{
    return m_next->hasRoom() && m_writer->hasRoom();
}

bool TapSink::write(const QByteArray& chunk)
{
    if (!m_writer->push(chunk))
        return false;
    m_bytes += chunk.size();
    return m_next->write(chunk);
}

void TapSink::finish()
{
    m_writer->finish();
}

void TapSink::fail(const QString& reason)
{
    m_writer->abort(reason);
    m_next->fail(reason);
}

bool TapSink::abandoned() const
{
    return m_next->abandoned() || m_writer->failed();
}

QString TapSink::failure() const
{
    const QString own = m_writer->failure();
    return own.isEmpty() ? m_next->failure() : own;
}

void TapSink::setRoomWaker(std::function<void()> waker)
{
    m_writer->setRoomWaker(waker);
    m_next->setRoomWaker(std::move(waker));
}

qint64 TapSink::bytes() const
{
    return m_bytes.load();
}

QString TapSink::sha256Hex() const
{
    return m_writer->sha256Hex();
}

qsizetype TapSink::peakTeeBytes() const
{
    return m_writer->peakQueuedBytes();
}

QFuture<bool> TapSink::writerDone()
{
    return m_writer->future();
}

} // namespace puw
