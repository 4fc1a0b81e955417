#pragma once

// Internal to core/remote: the worker-thread side of a PortForward.

#include "HostWorker.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace puw::detail {

// Accepts local connections and starts one ForwardTask each. Child of the HostWorker.
class ForwardListener : public QObject {
    Q_OBJECT
public:
    ForwardListener(HostWorker* worker, const QString& targetHost, int targetPort);
    bool listen(QString* error);
    quint16 port() const { return m_server.serverPort(); }

signals:
    void connectionFailed(const QString& message);

private:
    HostWorker* m_worker;
    QTcpServer m_server;
    QString m_targetHost;
    int m_targetPort;
};

// One tunnelled connection: a local socket and a direct-tcpip channel, pumped both ways with backpressure.
class ForwardTask : public ChannelTask {
public:
    ForwardTask(HostWorker* worker, QTcpSocket* socket, const QString& targetHost, int targetPort,
                ForwardListener* listener);
    ~ForwardTask() override;
    void start() override;
    bool pump() override;
    bool isDone() const override { return m_done; }
    void abort(const RemoteError& error) override;

private:
    void finish();

    HostWorker* m_worker;
    QTcpSocket* m_socket;
    QString m_targetHost;
    int m_targetPort;
    QPointer<ForwardListener> m_listener;
    ssh_channel m_channel = nullptr;
    bool m_channelEof = false;
    bool m_eofSent = false;
    bool m_done = false;
};

} // namespace puw::detail
