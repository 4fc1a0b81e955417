#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace puw::demo {

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "text/plain; charset=utf-8";
    QByteArray body;
};

// A minimal HTTP/1.0 server: one request per connection, GET and HEAD only. Enough for health checks,
// a reverse proxy and curl; the demo application is not about HTTP.
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const QByteArray& path)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    bool listen(const QString& address, int port, QString* error);

private:
    void accept();
    void readRequest(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const QByteArray& method, const QByteArray& path);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray statusText(int status);

} // namespace puw::demo
