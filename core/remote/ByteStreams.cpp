#include "ByteStreams.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace puw {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("puw::ByteStreams", text);
}

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
    m_failure = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

ByteSource::Pull FileSource::take(QByteArray* chunk)
{
    if (!m_failure.isEmpty())
        return Pull::Failed;
    *chunk = m_file.read(fileChunk);
    if (!chunk->isEmpty())
        return Pull::Data;
    if (m_file.error() != QFile::NoError) {
        m_failure = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        return Pull::Failed;
    }
    return Pull::End;
}

FileSink::FileSink(const QString& path) : m_file(path) {}

bool FileSink::open()
{
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    m_failure = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

bool FileSink::write(const QByteArray& chunk)
{
    if (m_file.write(chunk) == chunk.size())
        return true;
    m_failure = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    return false;
}

void FileSink::finish()
{
    if (!m_file.flush())
        m_failure = tr("Cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
    m_file.close();
}

void FileSink::fail(const QString& reason)
{
    m_failure = reason;
    m_file.close();
}

TapSink::TapSink(std::shared_ptr<ByteSink> next, const QString& teePath)
    : m_next(std::move(next)), m_tee(teePath)
{
    // OpenSSL's SHA-256 uses the CPU's SHA instructions: hashing must not slow the relay down.
    auto* context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    m_hash = context;
}

TapSink::~TapSink()
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_hash));
}

bool TapSink::open()
{
    if (m_tee.fileName().isEmpty() || m_tee.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    m_failure = tr("Cannot write %1: %2").arg(m_tee.fileName(), m_tee.errorString());
    return false;
}

bool TapSink::write(const QByteArray& chunk)
{
    EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_hash), chunk.constData(), static_cast<size_t>(chunk.size()));
    if (m_tee.isOpen() && m_tee.write(chunk) != chunk.size()) {
        QMutexLocker lock(&m_mutex);
        m_failure = tr("Cannot write %1: %2").arg(m_tee.fileName(), m_tee.errorString());
        return false;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_bytes += chunk.size();
    }
    return m_next->write(chunk);
}

void TapSink::finish()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_hash), digest, &length);
    if (m_tee.isOpen() && !m_tee.flush()) {
        QMutexLocker lock(&m_mutex);
        m_failure = tr("Cannot write %1: %2").arg(m_tee.fileName(), m_tee.errorString());
    }
    m_tee.close();
    {
        QMutexLocker lock(&m_mutex);
        m_digest = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
    }
    m_next->finish();
}

QString TapSink::failure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure.isEmpty() ? m_next->failure() : m_failure;
}

qint64 TapSink::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return m_bytes;
}

QString TapSink::sha256Hex() const
{
    QMutexLocker lock(&m_mutex);
    return m_digest;
}

} // namespace puw
