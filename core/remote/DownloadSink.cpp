#include "DownloadSink.h"

#include <QCoreApplication>

namespace puw::detail {

namespace {

class DownloadText {
    Q_DECLARE_TR_FUNCTIONS(puw::FileTransfer)
};

constexpr qsizetype maxHeader = 64;

} // namespace

DownloadSink::DownloadSink(const QString& localPath, int mode)
    : m_writer(localPath), m_localPath(localPath), m_mode(mode)
{
}

bool DownloadSink::open()
{
    if (m_writer.open())
        return true;
    setFailure(m_writer.failure());
    return false;
}

bool DownloadSink::write(const QByteArray& chunk)
{
    QByteArray data = chunk;
    if (!m_headerDone) {
        m_header += data;
        const qsizetype newline = m_header.indexOf('\n');
        if (newline < 0 && m_header.size() <= maxHeader)
            return true;
        const QList<QByteArray> fields = m_header.left(newline).split(' ');
        bool modeOk = false, sizeOk = false;
        const int mode = fields.value(0).toInt(&modeOk, 8);
        const qint64 size = fields.value(1).toLongLong(&sizeOk);
        if (newline < 0 || fields.size() != 2 || !modeOk || !sizeOk || size < 0) {
            setFailure(DownloadText::tr("Unexpected answer from the remote host while downloading to %1.")
                           .arg(m_localPath));
            m_writer.abort({});
            return false;
        }
        m_total = size;
        m_appliedMode = m_mode >= 0 ? m_mode : (mode & 0777);
        m_headerDone = true;
        data = m_header.mid(newline + 1);
        m_header.clear();
        if (data.isEmpty())
            return true;
    }
    if (!m_writer.push(data)) {
        setFailure(m_writer.failure());
        return false;
    }
    m_bytes += data.size();
    return true;
}

void DownloadSink::finish()
{
    if (!m_headerDone || m_bytes.load() != m_total.load()) {
        setFailure(DownloadText::tr("The download to %1 ended after %2 of %3 bytes.")
                       .arg(m_localPath)
                       .arg(m_bytes.load())
                       .arg(m_total.load()));
        m_writer.abort({});
        return;
    }
    m_writer.finish(m_appliedMode.load());
}

void DownloadSink::fail(const QString& reason)
{
    setFailure(reason);
    m_writer.abort(reason);
}

bool DownloadSink::abandoned() const
{
    QMutexLocker lock(&m_mutex);
    return !m_failure.isEmpty() || m_writer.failed();
}

QString DownloadSink::failure() const
{
    const QString writer = m_writer.failure();
    QMutexLocker lock(&m_mutex);
    return m_failure.isEmpty() ? writer : m_failure;
}

void DownloadSink::setFailure(const QString& failure)
{
    QMutexLocker lock(&m_mutex);
    if (m_failure.isEmpty())
        m_failure = failure;
}

} // namespace puw::detail
