#include "TeeWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <openssl/evp.h>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace puw {

namespace {

class TeeText {
    Q_DECLARE_TR_FUNCTIONS(puw::TeeWriter)
};

constexpr size_t maxBatchChunks = 256; // below IOV_MAX (1024)
constexpr qsizetype maxBatchBytes = 4 * 1024 * 1024;

// Makes a rename in the folder of path durable.
void syncFolderOf(const QString& path)
{
    const int folder = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                              O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder < 0)
        return;
    ::fsync(folder);
    ::close(folder);
}

} // namespace

TeeWriter::TeeWriter(const QString& path, qsizetype capacity) : m_path(path), m_capacity(capacity)
{
    // OpenSSL's SHA-256 uses the CPU's SHA instructions.
    auto* context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    m_hash = context;
    m_promise.start();
}

TeeWriter::~TeeWriter()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_ended && !m_finishing)
            m_aborted = true;
        m_wakeup.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    else if (m_fd >= 0)
        discard();
    if (!m_ended)
        m_promise.finish();
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(m_hash));
}

QString TeeWriter::fileError(int error) const
{
    return TeeText::tr("Cannot write %1: %2").arg(m_path, qt_error_string(error));
}

bool TeeWriter::open()
{
    if (!m_path.isEmpty()) {
        const QByteArray target = QFile::encodeName(m_path);
        struct stat info {};
        if (::stat(target.constData(), &info) == 0 && !S_ISREG(info.st_mode)) {
            m_fd = ::open(target.constData(), O_WRONLY | O_CLOEXEC);
        } else {
            m_tempPath = m_path + QStringLiteral(".puw-part-") +
                         QString::number(QRandomGenerator::global()->generate(), 16);
            m_fd = ::open(QFile::encodeName(m_tempPath).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                          0600);
        }
        if (m_fd < 0) {
            const QString failure = fileError(errno);
            m_tempPath.clear();
            std::lock_guard lock(m_mutex);
            m_failure = failure;
            return false;
        }
    }
    m_thread = std::thread([this] { run(); });
    return true;
}

bool TeeWriter::hasRoom() const
{
    std::lock_guard lock(m_mutex);
    return m_queued < m_capacity || m_aborted || !m_failure.isEmpty();
}

bool TeeWriter::push(const QByteArray& chunk)
{
    std::lock_guard lock(m_mutex);
    if (m_aborted || m_finishing || !m_failure.isEmpty())
        return false;
    m_queue.push_back(chunk); // shares the bytes with the other consumer: no copy
    m_queued += chunk.size();
    m_peak = std::max(m_peak, m_queued);
    m_wakeup.notify_one();
    return true;
}

void TeeWriter::finish(int mode)
{
    std::lock_guard lock(m_mutex);
    m_finishing = true;
    m_mode = mode;
    m_wakeup.notify_one();
}

void TeeWriter::abort(const QString&)
{
    std::lock_guard lock(m_mutex);
    m_aborted = true;
    m_queue.clear();
    m_queued = 0;
    m_wakeup.notify_one();
}

void TeeWriter::setRoomWaker(std::function<void()> waker)
{
    std::lock_guard lock(m_mutex);
    m_roomWaker = std::move(waker);
}

void TeeWriter::setDoneCallback(DoneCallback callback)
{
    std::lock_guard lock(m_mutex);
    m_done = std::move(callback);
}

void TeeWriter::run()
{
    std::vector<QByteArray> batch;
    for (;;) {
        std::function<void()> wake;
        {
            std::unique_lock lock(m_mutex);
            m_wakeup.wait(lock, [this] { return m_aborted || m_finishing || !m_queue.empty(); });
            if (m_aborted)
                break;
            if (m_queue.empty()) { // finishing, everything written
                const int mode = m_mode;
                lock.unlock();
                if (commit(mode)) {
                    end(true, {});
                    return;
                }
                break;
            }
            // Everything queued so far in one write (up to a limit): fewer system calls and wake-ups.
            const qsizetype before = m_queued;
            qsizetype taken = 0;
            while (!m_queue.empty() && batch.size() < maxBatchChunks && taken < maxBatchBytes) {
                taken += m_queue.front().size();
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            m_queued -= taken;
            if (before >= m_capacity && m_queued < m_capacity)
                wake = m_roomWaker;
        }
        if (wake)
            wake();
        if (!writeChunks(batch))
            break;
        batch.clear();
    }
    discard();
    std::function<void()> wake;
    QString failure;
    {
        std::lock_guard lock(m_mutex);
        m_queue.clear();
        m_queued = 0;
        wake = m_roomWaker; // the producer must notice the failure even when it waits for room
        failure = m_failure;
    }
    if (wake)
        wake();
    end(false, failure);
}

bool TeeWriter::writeChunks(const std::vector<QByteArray>& chunks)
{
    std::vector<iovec> pieces;
    qint64 total = 0;
    for (const QByteArray& chunk : chunks) {
        const auto size = static_cast<size_t>(chunk.size());
        EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(m_hash), chunk.constData(), size);
        pieces.push_back({const_cast<char*>(chunk.constData()), size});
        total += chunk.size();
    }
    size_t first = 0;
    while (m_fd >= 0 && first < pieces.size()) {
        const ssize_t written =
            ::writev(m_fd, pieces.data() + first, static_cast<int>(pieces.size() - first));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const QString failure = fileError(written < 0 ? errno : ENOSPC);
            std::lock_guard lock(m_mutex);
            m_failure = failure;
            return false;
        }
        // Skip what was written; a partial write leaves the rest of one piece.
        for (size_t left = static_cast<size_t>(written); left > 0 && first < pieces.size();) {
            const size_t step = std::min(left, pieces[first].iov_len);
            pieces[first].iov_base = static_cast<char*>(pieces[first].iov_base) + step;
            pieces[first].iov_len -= step;
            left -= step;
            if (pieces[first].iov_len == 0)
                ++first;
        }
    }
    std::lock_guard lock(m_mutex);
    m_written += total;
    return true;
}

bool TeeWriter::commit(int mode)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(m_hash), digest, &length);
    QString failure;
    if (m_fd >= 0) {
        if (mode >= 0 && ::fchmod(m_fd, static_cast<mode_t>(mode)) != 0)
            failure = fileError(errno);
        // On disk before it gets its name: a crash right after must not leave a complete-looking copy
        // whose end is still in the page cache.
        if (failure.isEmpty() && ::fsync(m_fd) != 0)
            failure = fileError(errno);
        if (::close(m_fd) != 0 && failure.isEmpty())
            failure = fileError(errno);
        m_fd = -1;
        if (failure.isEmpty() && !m_tempPath.isEmpty() &&
            ::rename(QFile::encodeName(m_tempPath).constData(), QFile::encodeName(m_path).constData()) != 0)
            failure = fileError(errno);
        if (failure.isEmpty() && !m_tempPath.isEmpty())
            syncFolderOf(m_path); // the rename itself; best effort (some file systems refuse it)
        if (failure.isEmpty())
            m_tempPath.clear();
    }
    std::lock_guard lock(m_mutex);
    if (!failure.isEmpty()) {
        m_failure = failure;
        return false;
    }
    m_digest = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex());
    return true;
}

void TeeWriter::discard()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    if (!m_tempPath.isEmpty())
        ::unlink(QFile::encodeName(m_tempPath).constData());
    m_tempPath.clear();
}

void TeeWriter::end(bool ok, const QString& failure)
{
    DoneCallback done;
    {
        std::lock_guard lock(m_mutex);
        m_ended = true;
        done = std::move(m_done);
    }
    if (done)
        done(ok, failure);
    m_promise.addResult(ok);
    m_promise.finish();
}

bool TeeWriter::failed() const
{
    return !failure().isEmpty();
}

QString TeeWriter::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

} // namespace puw
