#pragma once

#include "TeeWriter.h"

#include <QByteArray>
#include <QFile>
#include <QMutex>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace puw {

// Where a command's stdin comes from. Pulled in the worker thread of the host running that command.
class ByteSource {
public:
    enum class Pull { Data, Wait, End, Failed };
    virtual ~ByteSource() = default;
    // Data: *chunk holds the next bytes. Wait: nothing yet, the waker is called when there is.
    // End: everything was delivered. Failed: the producer failed (failure() says why).
    virtual Pull take(QByteArray* chunk) = 0;
    virtual QString failure() const = 0;
    // The consumer gave up (its command failed): the producer should stop too.
    virtual void abandon(const QString& reason) = 0;
    // Called from the producer's thread when data arrives: wake the consumer's worker.
    virtual void setDataWaker(std::function<void()> waker) = 0;
};

// Where a command's stdout goes. Fed in the worker thread of the host running that command.
class ByteSink {
public:
    virtual ~ByteSink() = default;
    virtual bool hasRoom() const = 0; // false: stop reading the channel (backpressure); the waker says when
    virtual bool write(const QByteArray& chunk) = 0; // false: failed, see failure()
    virtual void finish() = 0;                       // the producer ended well
    virtual void fail(const QString& reason) = 0;    // the producer failed: no clean end for the consumer
    virtual bool abandoned() const = 0;              // the consumer gave up
    virtual QString failure() const = 0;
    // Called from the consumer's thread when room frees up: wake the producer's worker.
    virtual void setRoomWaker(std::function<void()> waker) = 0;
};

// A bounded queue between two hosts' worker threads: constant memory whatever the stream's size.
class ChunkQueue : public ByteSource, public ByteSink {
public:
    explicit ChunkQueue(qsizetype capacityBytes = 8 * 1024 * 1024);

    Pull take(QByteArray* chunk) override;
    void abandon(const QString& reason) override;
    bool hasRoom() const override;
    bool write(const QByteArray& chunk) override;
    void finish() override;
    void fail(const QString& reason) override;
    bool abandoned() const override;
    QString failure() const override;
    void setDataWaker(std::function<void()> waker) override;
    void setRoomWaker(std::function<void()> waker) override;
    qsizetype peakBytes() const;

private:
    mutable QMutex m_mutex;
    std::deque<QByteArray> m_chunks;
    qsizetype m_capacity;
    qsizetype m_bytes = 0;
    qsizetype m_peak = 0;
    bool m_finished = false;
    bool m_abandoned = false;
    QString m_failure;
    std::function<void()> m_dataWaker; // wakes the consumer
    std::function<void()> m_roomWaker; // wakes the producer
};

// A local file as a source (upload) or a sink (download). Used in one worker thread only.
class FileSource : public ByteSource {
public:
    explicit FileSource(const QString& path);
    bool open();
    Pull take(QByteArray* chunk) override;
    QString failure() const override { return m_failure; }
    void abandon(const QString&) override {}
    void setDataWaker(std::function<void()>) override {}
    qint64 size() const { return m_file.size(); }
    qint64 bytesRead() const { return m_read.load(); } // from any thread

private:
    QFile m_file;
    QString m_failure;
    std::atomic<qint64> m_read{0};
};

class FileSink : public ByteSink {
public:
    explicit FileSink(const QString& path);
    bool open();
    bool hasRoom() const override { return true; }
    bool write(const QByteArray& chunk) override;
    void finish() override;
    void fail(const QString& reason) override;
    bool abandoned() const override { return !m_failure.isEmpty(); }
    QString failure() const override { return m_failure; }
    void setRoomWaker(std::function<void()>) override {}

private:
    QFile m_file;
    QString m_failure;
};

// Passes a stream on while counting it, hashing it (SHA-256) and optionally copying it to a local file. The
// hash and the file are done by a TeeWriter in a thread of its own, so the sending side's worker only
// decrypts. The receiver sees the end of the stream only once the tee is complete and renamed into place;
// a tee that fails (disk full, unwritable) fails the stream for both sides, with a message naming the file.
class TapSink : public ByteSink {
public:
    TapSink(std::shared_ptr<ByteSink> next, const QString& teePath);
    ~TapSink() override;
    bool open(); // creates the tee file, if any, and starts the writer thread
    bool hasRoom() const override;
    bool write(const QByteArray& chunk) override;
    void finish() override;
    void fail(const QString& reason) override;
    bool abandoned() const override;
    QString failure() const override;
    void setRoomWaker(std::function<void()> waker) override;

    qint64 bytes() const;
    QString sha256Hex() const;      // valid once the receiver saw the end of the stream
    qsizetype peakTeeBytes() const; // the writer's queue high-water mark
    QFuture<bool> writerDone();     // the tee is complete (true) or given up (false)

private:
    std::shared_ptr<ByteSink> m_next;
    std::unique_ptr<TeeWriter> m_writer;
    std::atomic<qint64> m_bytes{0};
};

} // namespace puw
