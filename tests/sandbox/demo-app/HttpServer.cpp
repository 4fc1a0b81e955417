#include "HttpServer.h"

#include <QDateTime>
#include <QHostAddress>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>

namespace puw::demo {

namespace {
constexpr qsizetype kMaxHeader = 16 * 1024;
}

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

HttpServer::HttpServer(Handler handler, QObject* parent) : QObject(parent), m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::accept);
}

bool HttpServer::listen(const QString& address, int port, QString* error)
{
    const QHostAddress host = address.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(address);
    if (host.isNull()) {
        *error = QStringLiteral("\"%1\" is not an IP address").arg(address);
        return false;
    }
    if (!m_server.listen(host, static_cast<quint16>(port))) {
        *error = m_server.errorString();
        return false;
    }
    return true;
}

void HttpServer::accept()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::readRequest(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHeader)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    HttpRequest request;
    if (requestLine.size() == 3) {
        request.method = requestLine.at(0);
        request.path = requestLine.at(1);
    } else {
        request.method = "GET"; // answered 400: the path stays empty
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                   lines.at(i).mid(colon + 1).trimmed());
    }
    respond(socket, request);
}

void HttpServer::respond(QTcpSocket* socket, const HttpRequest& request)
{
    const QByteArray& method = request.method;
    const QByteArray& path = request.path;
    HttpResponse response;
    if (path.isEmpty())
        response = {400, "text/plain; charset=utf-8", "bad request\n"};
    else if (method != "GET" && method != "HEAD" && method != "POST") // POST: a body is not read
        response = {405, "text/plain; charset=utf-8", "only GET, HEAD and POST\n"};
    else
        response = m_handler(request);

    QByteArray head = "HTTP/1.0 " + QByteArray::number(response.status) + ' ' + statusText(response.status) +
                      "\r\nContent-Type: " + response.contentType +
                      "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                      "\r\nConnection: close\r\n\r\n";
    socket->write(head);
    if (method != "HEAD")
        socket->write(response.body);
    socket->disconnectFromHost();

    std::printf("%s %s %s %d\n", qPrintable(QDateTime::currentDateTime().toString(Qt::ISODateWithMs)),
                method.constData(), path.constData(), response.status);
    std::fflush(stdout);
}

} // namespace puw::demo
