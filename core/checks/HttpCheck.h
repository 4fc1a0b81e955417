#pragma once

#include "CheckResult.h"
#include "recipes/Recipe.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QUrl>

#include <atomic>

namespace puw {

// One HTTP(S) request and what its answer must look like.
struct HttpCheckRequest {
    QString name;
    QUrl url;               // may point at a local tunnel (127.0.0.1:<port>) instead of the host itself
    int expectStatus = 200; // a 3xx expectation turns redirect following off
    QString bodyContains;   // empty: any body
    int timeoutMs = 10000;  // the whole request, connection included
    int maxResponseMs = 0;  // 0: no limit; a slower answer fails the check
    QString originalHost;   // through a tunnel: the Host header and the name the certificate must match
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. Authorization; never shown in a detail
    QList<QSslCertificate> extraCaCertificates;   // trusted besides the system's (a private CA)

    // From a recipe's check, with the URL as the recipe expanded it (the caller may rebase it on a tunnel).
    static HttpCheckRequest fromSpec(const HttpCheckSpec& spec, const QUrl& url);
};

// Runs the request in the calling thread and waits for it: a QNetworkAccessManager of its own and a local
// event loop, so it works from the engine's thread (never call it from the GUI thread). Never throws.
// cancel: when it turns true the request is aborted and the result says cancelled.
// Details: "200 in 12 ms", "expected status 200, got 503 in 8 ms: <body>", "expected 'v2' in body, got: v1",
// "connection refused by 127.0.0.1:8081", "no answer within 2.0 s", "TLS certificate not valid: ...".
CheckResult runHttpCheck(const HttpCheckRequest& request, const std::atomic<bool>* cancel = nullptr);

} // namespace puw
