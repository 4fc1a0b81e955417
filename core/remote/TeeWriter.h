#pragma once

#include <QByteArray>
#include <QFuture>
#include <QPromise>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace puw {

// Hashes a stream (SHA-256) and optionally writes it to a local file, in a thread of its own: the thread that
// receives the stream from the network never waits for the disk. Memory is bounded by a queue of at most
// `capacity` bytes; the producer checks hasRoom() and is woken (room waker) when room frees up.
//
// The file is written under a temporary name beside the target (mode 0600) and renamed over the target once
// complete, with the requested mode, after its bytes reached the disk (fsync; the folder too after the
// rename), so that a crash never leaves a file of the target's name whose end was lost; on failure or abort
// the temporary file is removed, so a half file never appears under the target's name. A target that exists
// and is not a regular file (FIFO, /dev/full) is written in place. Without a path only the hash and the byte
// count are computed.
class TeeWriter {
public:
    using DoneCallback = std::function<void(bool ok, const QString& failure)>;

    explicit TeeWriter(const QString& path = {}, qsizetype capacity = 8 * 1024 * 1024);
    ~TeeWriter(); // aborts when not finished, then joins the thread
    TeeWriter(const TeeWriter&) = delete;
    TeeWriter& operator=(const TeeWriter&) = delete;

    // Creates the temporary file and starts the thread. false: failure() says why (it names the file).
    bool open();
    bool hasRoom() const;
    bool push(const QByteArray& chunk); // false once failed or aborted
    // No more data: the thread drains the queue, finalises the digest, applies mode (when >= 0) and renames
    // the file into place, then calls the done callback and completes future().
    void finish(int mode = -1);
    void abort(const QString& reason); // the stream failed elsewhere: discard the file
    void setRoomWaker(std::function<void()> waker);
    void setDoneCallback(DoneCallback callback); // called once, in the writer thread (or abort's caller)
    QFuture<bool> future() { return m_promise.future(); }

    QString path() const { return m_path; }
    bool failed() const;
    QString failure() const;
    QString sha256Hex() const { return locked(m_digest); } // after a successful finish
    qint64 bytesWritten() const { return locked(m_written); }
    qsizetype peakQueuedBytes() const { return locked(m_peak); }

private:
    template <typename T> T locked(const T& value) const
    {
        std::lock_guard lock(m_mutex);
        return value;
    }
    void run();
    bool writeChunks(const std::vector<QByteArray>& chunks);
    bool commit(int mode);
    void discard();
    void end(bool ok, const QString& failure);
    QString fileError(int error) const;

    QString m_path;
    QString m_tempPath; // empty when written in place or without a file
    int m_fd = -1;
    void* m_hash = nullptr; // EVP_MD_CTX, kept out of the header
    qsizetype m_capacity;

    mutable std::mutex m_mutex;
    std::condition_variable m_wakeup;
    std::deque<QByteArray> m_queue;
    qsizetype m_queued = 0;
    qsizetype m_peak = 0;
    qint64 m_written = 0;
    bool m_finishing = false;
    bool m_aborted = false;
    bool m_ended = false;
    int m_mode = -1;
    QString m_failure;
    QString m_digest;
    std::function<void()> m_roomWaker;
    DoneCallback m_done;
    QPromise<bool> m_promise;
    std::thread m_thread;
};

} // namespace puw
