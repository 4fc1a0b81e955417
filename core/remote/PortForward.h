#pragma once

#include "SshTypes.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>

namespace puw {

class SshHost;

// A local port forward: a listener on 127.0.0.1 (a free port) in the host's worker thread; each
// connection to it is tunnelled to targetHost:targetPort as seen from the remote host. Point Qt Sql or
// QNetworkAccessManager at 127.0.0.1:localPort(). The tunnel is pumped in the host's worker thread, so a
// blocking client (QSqlDatabase) works from any other thread, never from that one.
// Created by SshHost::forward(); deleting it stops listening (open connections end with the session).
class PortForward : public QObject {
    Q_OBJECT
public:
    ~PortForward() override;

    // Resolves once listening: kind None on success.
    QFuture<RemoteError> ready() { return m_promise.future(); }
    quint16 localPort() const { return m_localPort; }
    QString targetHost() const { return m_targetHost; }
    int targetPort() const { return m_targetPort; }
    void close();

signals:
    // A connection could not be tunnelled (e.g. nothing listens on the target).
    void connectionFailed(const QString& message);

private:
    friend class SshHost;
    PortForward(SshHost* host, const QString& targetHost, int targetPort, QObject* parent);
    void listening(QObject* listener, quint16 port, const RemoteError& error);

    QPointer<SshHost> m_host;
    QString m_targetHost;
    int m_targetPort;
    quint16 m_localPort = 0;
    QObject* m_listener = nullptr; // lives in the worker thread; only passed back to it
    QPromise<RemoteError> m_promise;
};

} // namespace puw
