#include "HttpCheck.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

#include <memory>

namespace puw {

namespace {

constexpr qsizetype kMaxBody = 1024 * 1024; // enough for a health page; the rest is read and dropped

QString hostAndPort(const QUrl& url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(defaultPort));
}

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList words;
    for (const QSslError& error : errors) {
        if (!words.contains(error.errorString()))
            words << error.errorString();
    }
    if (!errors.isEmpty() && !errors.first().certificate().isNull()) {
        const QSslCertificate cert = errors.first().certificate();
        words << Checks::tr("certificate for '%1', valid from %2 until %3")
                     .arg(cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", ")),
                          cert.effectiveDate().toString(Qt::ISODate),
                          cert.expiryDate().toString(Qt::ISODate));
    }
    return words.join(QStringLiteral("; "));
}

QString describeNetworkError(const QNetworkReply& reply, const QUrl& url, const QList<QSslError>& sslErrors)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return Checks::tr("connection refused by %1").arg(hostAndPort(url));
    case QNetworkReply::HostNotFoundError:
        return Checks::tr("host %1 not found").arg(url.host());
    case QNetworkReply::RemoteHostClosedError:
        return Checks::tr("%1 closed the connection without an answer").arg(hostAndPort(url));
    case QNetworkReply::SslHandshakeFailedError:
        if (!sslErrors.isEmpty())
            return Checks::tr("TLS certificate of %1 not valid: %2")
                .arg(hostAndPort(url), describeSslErrors(sslErrors));
        return Checks::tr("TLS handshake with %1 failed: %2").arg(hostAndPort(url), reply.errorString());
    default:
        break;
    }
    return Checks::tr("request to %1 failed: %2").arg(hostAndPort(url), reply.errorString());
}

} // namespace

HttpCheckRequest HttpCheckRequest::fromSpec(const HttpCheckSpec& spec, const QUrl& url)
{
    HttpCheckRequest request;
    request.name = spec.name;
    request.url = url;
    request.expectStatus = spec.expectStatus;
    request.bodyContains = spec.bodyContains;
    return request;
}

CheckResult runHttpCheck(const HttpCheckRequest& request, const std::atomic<bool>* cancel)
{
    CheckResult result;
    result.name = request.name;
    result.kind = QStringLiteral("http");
    result.checkedAt = QDateTime::currentDateTimeUtc();
    if (!request.url.isValid() ||
        (request.url.scheme() != QLatin1String("http") && request.url.scheme() != QLatin1String("https"))) {
        result.detail = Checks::tr("not an http or https address: %1").arg(request.url.toDisplayString());
        return result;
    }

    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy); // checks go straight to the host or its tunnel
    manager.setStrictTransportSecurityEnabled(false);

    QNetworkRequest httpRequest(request.url);
    const bool expectRedirect = request.expectStatus >= 300 && request.expectStatus < 400;
    httpRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             expectRedirect ? QNetworkRequest::ManualRedirectPolicy
                                            : QNetworkRequest::NoLessSafeRedirectPolicy);
    httpRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    httpRequest.setRawHeader("Cache-Control", "no-cache");
    for (const auto& [header, value] : request.headers)
        httpRequest.setRawHeader(header, value);
    if (!request.originalHost.isEmpty()) {
        httpRequest.setRawHeader("Host", request.originalHost.toUtf8());
        httpRequest.setPeerVerifyName(request.originalHost);
    }
    if (request.url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!request.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(request.extraCaCertificates);
        httpRequest.setSslConfiguration(ssl);
    }

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply> reply(manager.get(httpRequest));
    QByteArray body;
    QList<QSslError> sslErrors;
    bool timedOut = false;
    bool cancelled = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors = errors; });
    QObject::connect(reply.get(), &QNetworkReply::readyRead, [&] {
        const QByteArray chunk = reply->readAll();
        if (body.size() < kMaxBody)
            body += chunk.left(kMaxBody - body.size());
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        timedOut = true;
        reply->abort();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, [&] {
        if (cancel && cancel->load()) {
            cancelled = true;
            reply->abort();
        }
    });
    deadline.start(std::max(1, request.timeoutMs));
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    cancelPoll.stop();
    if (reply->isOpen() && body.size() < kMaxBody)
        body += reply->readAll().left(kMaxBody - body.size());
    result.elapsedMs = clock.elapsed();

    if (cancelled) {
        result.cancelled = true;
        result.detail = Checks::tr("cancelled after %1").arg(formatDuration(result.elapsedMs));
        return result;
    }
    if (timedOut) {
        result.detail = Checks::tr("no answer from %1 within %2")
                            .arg(hostAndPort(request.url), formatDuration(request.timeoutMs));
        return result;
    }
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        result.detail = describeNetworkError(*reply, request.url, sslErrors);
        return result;
    }

    const int status = statusAttribute.toInt();
    const QString bodyText = QString::fromUtf8(body);
    const QString timing = Checks::tr("%1 in %2").arg(status).arg(formatDuration(result.elapsedMs));
    if (status != request.expectStatus) {
        result.detail = bodyText.trimmed().isEmpty()
                            ? Checks::tr("expected status %1, got %2").arg(request.expectStatus).arg(timing)
                            : Checks::tr("expected status %1, got %2: %3")
                                  .arg(request.expectStatus)
                                  .arg(timing, excerpt(bodyText));
        return result;
    }
    if (!request.bodyContains.isEmpty() && !bodyText.contains(request.bodyContains)) {
        result.detail =
            Checks::tr("expected '%1' in body, got: %2 (%3)")
                .arg(request.bodyContains,
                     bodyText.trimmed().isEmpty() ? Checks::tr("an empty body") : excerpt(bodyText), timing);
        return result;
    }
    if (request.maxResponseMs > 0 && result.elapsedMs > request.maxResponseMs) {
        result.detail =
            Checks::tr("%1, slower than the %2 allowed").arg(timing, formatDuration(request.maxResponseMs));
        return result;
    }
    result.passed = true;
    result.detail = timing;
    if (!request.bodyContains.isEmpty())
        result.detail += Checks::tr(", body contains '%1'").arg(request.bodyContains);
    if (request.url.scheme() == QLatin1String("https")) {
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (!peer.isNull())
            result.detail +=
                Checks::tr(", TLS certificate valid until %1").arg(peer.expiryDate().toString(Qt::ISODate));
    }
    return result;
}

} // namespace puw
