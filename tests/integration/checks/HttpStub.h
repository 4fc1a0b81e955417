#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QMutex>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace puw::test {

// A small HTTP(S) server in its own thread, so that the checks under test run in the test's thread as they
// run in the engine's thread. Each path answers as told; unknown paths answer 404.
class HttpStub : public QThread {
public:
    struct Route {
        int status = 200;
        QByteArray body;
        int delayMs = 0;          // answer after this long
        bool neverAnswer = false; // accept, read, say nothing
        int failuresFirst = 0;    // the first N requests get 503 "starting"
    };

    // With a certificate and key, it speaks TLS (QSslServer).
    explicit HttpStub(QHostAddress address, QSslCertificate certificate = QSslCertificate(),
                      QSslKey key = QSslKey());
    ~HttpStub() override;

    bool start(); // false when it could not listen
    quint16 port() const { return m_port.load(); }
    QUrl url(const QString& path) const;
    void setRoute(const QByteArray& path, const Route& route);
    int hits(const QByteArray& path) const;

protected:
    void run() override;

private:
    void answer(QTcpSocket* socket, const QByteArray& path);

    QHostAddress m_address;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_state{0}; // 0 starting, 1 listening, -1 failed
    mutable QMutex m_mutex;
    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_hits;
};

// A port on address where nothing listens (bound, then released).
quint16 closedPort(const QHostAddress& address);

} // namespace puw::test
