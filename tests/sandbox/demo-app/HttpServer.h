#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace puw::demo {

// A request as the handler sees it: the path (with its query) and the headers, names in lower case.
struct HttpRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers;

    bool hasHeader(const QByteArray& lowerCaseName) const { return headers.contains(lowerCaseName); }
};

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
    using Handler = std::function<HttpResponse(const HttpRequest& request)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    bool listen(const QString& address, int port, QString* error);

private:
    void accept();
    void readRequest(QTcpSocket* socket);
    void respond(QTcpSocket* socket, const HttpRequest& request);

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray statusText(int status);

} // namespace puw::demo
