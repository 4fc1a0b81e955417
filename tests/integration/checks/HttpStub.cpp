#include "HttpStub.h"

#include <QDeadlineTimer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace puw::test {

HttpStub::HttpStub(QHostAddress address, QSslCertificate certificate, QSslKey key)
    : m_address(std::move(address)), m_certificate(std::move(certificate)), m_key(std::move(key))
{
}

HttpStub::~HttpStub()
{
    quit();
    wait();
}

bool HttpStub::start()
{
    QThread::start();
    QDeadlineTimer deadline(5000);
    while (m_state.load() == 0 && !deadline.hasExpired())
        QThread::msleep(5);
    return m_state.load() == 1;
}

QUrl HttpStub::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(m_certificate.isNull() ? QStringLiteral("http") : QStringLiteral("https"),
                         m_address.toString())
                    .arg(port())
                    .arg(path));
}

void HttpStub::setRoute(const QByteArray& path, const Route& route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

int HttpStub::hits(const QByteArray& path) const
{
    QMutexLocker lock(&m_mutex);
    return m_hits.value(path);
}

void HttpStub::run()
{
    std::unique_ptr<QTcpServer> server;
    if (m_certificate.isNull()) {
        server = std::make_unique<QTcpServer>();
    } else {
        auto tls = std::make_unique<QSslServer>();
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(configuration);
        server = std::move(tls);
    }
    if (!server->listen(m_address, 0)) {
        m_state = -1;
        return;
    }
    QObject::connect(server.get(), &QTcpServer::pendingConnectionAvailable, server.get(), [&] {
        while (QTcpSocket* socket = server->nextPendingConnection()) {
            auto request = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            auto onData = [this, socket, request] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n") || request->isEmpty())
                    return;
                const QByteArray path = request->split(' ').value(1);
                request->clear();
                answer(socket, path);
            };
            QObject::connect(socket, &QTcpSocket::readyRead, socket, onData);
            if (socket->bytesAvailable() > 0)
                onData();
        }
    });
    m_port = server->serverPort();
    m_state = 1;
    exec();
}

void HttpStub::answer(QTcpSocket* socket, const QByteArray& path)
{
    Route route;
    {
        QMutexLocker lock(&m_mutex);
        const int hit = ++m_hits[path];
        route = m_routes.value(path, Route{404, "not found"});
        if (hit <= route.failuresFirst)
            route = Route{503, "starting"};
    }
    if (route.neverAnswer)
        return;
    auto respond = [socket, route] {
        const QByteArray reply =
            "HTTP/1.1 " + QByteArray::number(route.status) +
            " Stub\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: " +
            QByteArray::number(route.body.size()) + "\r\n\r\n" + route.body;
        socket->write(reply);
        socket->disconnectFromHost();
    };
    if (route.delayMs > 0)
        QTimer::singleShot(route.delayMs, socket, respond);
    else
        respond();
}

quint16 closedPort(const QHostAddress& address)
{
    QTcpServer probe;
    if (!probe.listen(address, 0))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace puw::test
