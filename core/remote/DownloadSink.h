#pragma once

// Internal to core/remote: the local end of a download. The remote command prints "MODE SIZE" on a line of
// its own, then the file's bytes; this sink checks the size and writes the file through a TeeWriter (own
// thread, temporary name, renamed into place with the mode once complete).

#include "ByteStreams.h"

#include <QMutex>

namespace puw::detail {

class DownloadSink : public ByteSink {
public:
    DownloadSink(const QString& localPath, int mode); // mode -1: the remote file's permission bits
    bool open();
    bool hasRoom() const override { return m_writer.hasRoom(); }
    bool write(const QByteArray& chunk) override;
    void finish() override;
    void fail(const QString& reason) override;
    bool abandoned() const override;
    QString failure() const override;
    void setRoomWaker(std::function<void()> waker) override { m_writer.setRoomWaker(std::move(waker)); }

    qint64 bytes() const { return m_bytes.load(); }
    qint64 total() const { return m_total.load(); } // -1 until the header arrived
    int mode() const { return m_appliedMode.load(); }
    QString sha256Hex() const { return m_writer.sha256Hex(); }
    QFuture<bool> written() { return m_writer.future(); }

private:
    void setFailure(const QString& failure);

    TeeWriter m_writer;
    QString m_localPath;
    int m_mode;
    QByteArray m_header;
    bool m_headerDone = false;
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_total{-1};
    std::atomic<int> m_appliedMode{-1};
    mutable QMutex m_mutex;
    QString m_failure;
};

} // namespace puw::detail
