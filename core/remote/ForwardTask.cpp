#include "ForwardTask.h"

#include <QCoreApplication>

namespace puw::detail {

namespace {
constexpr qint64 chunk = 256 * 1024;
constexpr qint64 socketBacklog = 4 * 1024 * 1024; // pause the channel while the client does not read
} // namespace

ForwardListener::ForwardListener(HostWorker* worker, const QString& targetHost, int targetPort)
    : QObject(worker), m_worker(worker), m_server(this), m_targetHost(targetHost), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection())
            m_worker->addTask(
                std::make_unique<ForwardTask>(m_worker, socket, m_targetHost, m_targetPort, this));
    });
}

bool ForwardListener::listen(QString* error)
{
    if (m_server.listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server.errorString();
    return false;
}

ForwardTask::ForwardTask(HostWorker* worker, QTcpSocket* socket, const QString& targetHost, int targetPort,
                         ForwardListener* listener)
    : m_worker(worker), m_socket(socket), m_targetHost(targetHost), m_targetPort(targetPort),
      m_listener(listener)
{
    m_socket->setParent(nullptr);
    const auto wake = m_worker->waker();
    QObject::connect(m_socket, &QTcpSocket::readyRead, m_socket, wake);
    QObject::connect(m_socket, &QTcpSocket::bytesWritten, m_socket, wake);
    QObject::connect(m_socket, &QTcpSocket::disconnected, m_socket, wake);
}

ForwardTask::~ForwardTask()
{
    finish();
}

void ForwardTask::start()
{
    m_channel = ssh_channel_new(m_worker->session());
    const QByteArray host = m_targetHost.toUtf8();
    bool lost = false;
    const auto open = [this, &host] {
        return ssh_channel_open_forward(m_channel, host.constData(), m_targetPort, "127.0.0.1",
                                        m_socket->peerPort()) == SSH_OK;
    };
    if (!m_channel || !m_worker->controlRequest(open, &lost)) {
        const QString why =
            lost ? m_worker->lostReason() : QString::fromUtf8(ssh_get_error(m_worker->session()));
        const QString message =
            QCoreApplication::translate("puw::PortForward", "Cannot tunnel to %1:%2 through %3: %4")
                .arg(m_targetHost)
                .arg(m_targetPort)
                .arg(m_worker->displayName(), why);
        if (m_listener)
            emit m_listener->connectionFailed(message);
        finish();
    }
}

bool ForwardTask::pump()
{
    if (m_done)
        return false;
    bool progress = false;
    // Local client -> remote service, no more than the channel's window takes.
    while (m_socket->bytesAvailable() > 0) {
        const qint64 window = ssh_channel_window_size(m_channel);
        if (window <= 0)
            break;
        const QByteArray data = m_socket->read(std::min(window, chunk));
        if (ssh_channel_write(m_channel, data.constData(), static_cast<uint32_t>(data.size())) < 0) {
            finish();
            return true;
        }
        progress = true;
    }
    // Remote service -> local client, paused while the client does not keep up.
    QByteArray buffer(chunk, Qt::Uninitialized);
    while (!m_channelEof && m_socket->bytesToWrite() < socketBacklog) {
        const int rc =
            ssh_channel_read_nonblocking(m_channel, buffer.data(), static_cast<uint32_t>(chunk), 0);
        if (rc == SSH_EOF) {
            m_channelEof = true;
            m_socket->disconnectFromHost(); // after the pending bytes are written
            progress = true;
        } else if (rc == SSH_ERROR) {
            finish();
            return true;
        } else if (rc > 0) {
            m_worker->noteHeard();
            m_socket->write(buffer.constData(), rc);
            progress = true;
        } else {
            break;
        }
    }
    if (!m_eofSent && m_socket->state() == QAbstractSocket::UnconnectedState &&
        m_socket->bytesAvailable() == 0) {
        ssh_channel_send_eof(m_channel);
        m_eofSent = true;
        progress = true;
    }
    if ((m_eofSent && m_channelEof) || ssh_channel_is_closed(m_channel)) {
        finish();
        return true;
    }
    return progress;
}

void ForwardTask::abort(const RemoteError&)
{
    finish();
}

void ForwardTask::finish()
{
    if (m_done)
        return;
    m_done = true;
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
        m_channel = nullptr;
    }
    m_socket->abort();
    m_socket->deleteLater();
}

} // namespace puw::detail
