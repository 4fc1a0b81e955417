#include "DemoService.h"

#include "DemoDatabase.h"
#include "Migrations.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>

namespace puw::demo {

namespace {

HttpResponse json(int status, const QJsonObject& object)
{
    return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n'};
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

namespace {
std::FILE* g_logFile = nullptr;
} // namespace

bool openLogFile(const QString& path)
{
    g_logFile = std::fopen(QFile::encodeName(path).constData(), "a");
    return g_logFile != nullptr;
}

void logLine(const QString& text)
{
    const QByteArray line =
        QDateTime::currentDateTime().toString(Qt::ISODateWithMs).toUtf8() + ' ' + text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
    if (g_logFile) {
        std::fwrite(line.constData(), 1, size_t(line.size()), g_logFile);
        std::fflush(g_logFile);
    }
}

DemoService::DemoService(DemoConfig config) : m_config(std::move(config)) {}

HttpResponse DemoService::handle(const HttpRequest& request)
{
    if (failOnPurpose(request))
        return {500, "text/plain; charset=utf-8", "internal error (on purpose: fail_proxied_percent)\n"};
    const QByteArray& path = request.path;
    const QByteArray route = path.left(path.indexOf('?') < 0 ? path.size() : path.indexOf('?'));
    if (request.method == "POST")
        return route == "/customers"
                   ? addCustomer()
                   : HttpResponse{405, "text/plain; charset=utf-8", "POST only on /customers\n"};
    if (route == "/health")
        return health();
    if (route == "/version")
        return version();
    if (route == "/")
        return frontPage();
    return {404, "text/plain; charset=utf-8", "not found\n"};
}

// Requests that came through the proxy carry X-Forwarded-For (nginx adds it); the program's own health checks
// and curl from a host do not, so they stay healthy while the share the proxy sees fails. The n-th proxied
// request fails when floor(n * percent / 100) steps up: exactly `percent` of every 100, spread evenly, the
// same sequence on every run (no randomness for a test to fight).
bool DemoService::failOnPurpose(const HttpRequest& request)
{
    if (m_config.failProxiedPercent <= 0 || !request.hasHeader("x-forwarded-for"))
        return false;
    const qint64 n = ++m_proxiedRequests;
    if ((n * m_config.failProxiedPercent) / 100 == ((n - 1) * m_config.failProxiedPercent) / 100)
        return false;
    logLine(QStringLiteral("ERROR testing: answering 500 to proxied request %1 %2 from %3 "
                           "(fail_proxied_percent=%4)")
                .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.path),
                     QString::fromLatin1(request.headers.value("x-forwarded-for")),
                     QString::number(m_config.failProxiedPercent)));
    return true;
}

bool DemoService::connected(QString* error)
{
    if (m_database.isValid() && m_database.isOpen())
        return true;
    *error = openDatabase(m_config, &m_database);
    if (!error->isEmpty()) {
        logLine(QStringLiteral("ERROR database connection failed: ") + error->simplified());
        return false;
    }
    return true;
}

void DemoService::dropConnection()
{
    if (m_database.isValid())
        m_database.close();
}

HttpResponse DemoService::health()
{
    QString error;
    if (!connected(&error))
        return json(503, {{QStringLiteral("status"), QStringLiteral("error")},
                          {QStringLiteral("database"), error.simplified()}});
    const QStringList pending = Migrations(m_database, m_config.engine).pending(&error);
    if (!error.isEmpty()) {
        logLine(QStringLiteral("ERROR health check: ") + error.simplified());
        dropConnection();
        return json(503, {{QStringLiteral("status"), QStringLiteral("error")},
                          {QStringLiteral("database"), error.simplified()}});
    }
    if (!pending.isEmpty()) {
        return json(503, {{QStringLiteral("status"), QStringLiteral("error")},
                          {QStringLiteral("database"), QStringLiteral("ok")},
                          {QStringLiteral("pendingMigrations"), pending.size()}});
    }
    return json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                      {QStringLiteral("database"), QStringLiteral("ok")}});
}

HttpResponse DemoService::version()
{
    return json(200, {{QStringLiteral("app"), QStringLiteral("demo")},
                      {QStringLiteral("version"), QStringLiteral(DEMO_APP_VERSION)},
                      {QStringLiteral("site"), m_config.siteName},
                      {QStringLiteral("workers"), m_config.workers}});
}

HttpResponse DemoService::addCustomer()
{
    QString error;
    if (!connected(&error))
        return {503, "text/plain; charset=utf-8", "database unavailable\n"};
    QSqlQuery insert(m_database);
    // One request at a time (the server is single-threaded): max(id) + 1 is free unless another writer took
    // it.
    if (!insert.exec(
            QStringLiteral("INSERT INTO customer (id, name, email, city) SELECT coalesce(max(id), 0) + 1, "
                           "'web sign-up', 'web@example.org', 'Lyon' FROM customer"))) {
        logLine(QStringLiteral("ERROR adding a customer: ") + insert.lastError().text());
        dropConnection();
        return {503, "text/plain; charset=utf-8", "database error\n"};
    }
    return json(201, {{QStringLiteral("created"), QStringLiteral("customer")},
                      {QStringLiteral("version"), QStringLiteral(DEMO_APP_VERSION)}});
}

HttpResponse DemoService::frontPage()
{
    QString error;
    if (!connected(&error))
        return {503, "text/plain; charset=utf-8", "database unavailable\n"};
    const QVariant customers =
        queryValue(m_database, QStringLiteral("SELECT count(*) FROM customer"), &error);
    const QVariant orders = queryValue(m_database, QStringLiteral("SELECT count(*) FROM orders"), &error);
    QSqlQuery latest(m_database);
    if (!error.isEmpty() ||
        !latest.exec(
            QStringLiteral("SELECT id, customer, city, total FROM order_summary ORDER BY id DESC LIMIT 5"))) {
        logLine(QStringLiteral("ERROR front page: ") + (error.isEmpty() ? latest.lastError().text() : error));
        dropConnection();
        return {503, "text/plain; charset=utf-8", "database error\n"};
    }
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body>\n<h1>%1</h1>\n<p>Version %2. %3 customers, %4 orders.</p>\n<ul>\n")
            .arg(escaped(m_config.siteName), QStringLiteral(DEMO_APP_VERSION), customers.toString(),
                 orders.toString());
    while (latest.next()) {
        html += QStringLiteral("<li>Order %1: %2 (%3), %4</li>\n")
                    .arg(latest.value(0).toString(), escaped(latest.value(1).toString()),
                         escaped(latest.value(2).toString()), latest.value(3).toString());
    }
    html += QStringLiteral("</ul>\n");
#if DEMO_APP_MAJOR >= 2
    const QVariant reviews =
        queryValue(m_database, QStringLiteral("SELECT count(*) FROM product_review"), &error);
    const QVariant points = queryValue(
        m_database, QStringLiteral("SELECT coalesce(sum(loyalty_points), 0) FROM customer"), &error);
    if (!error.isEmpty()) {
        logLine(QStringLiteral("ERROR front page: ") + error);
        dropConnection();
        return {503, "text/plain; charset=utf-8", "database error\n"};
    }
    html +=
        QStringLiteral("<p>%1 reviews, %2 loyalty points.</p>\n").arg(reviews.toString(), points.toString());
#endif
    html += QStringLiteral("</body></html>\n");
    return {200, "text/html; charset=utf-8", html.toUtf8()};
}

} // namespace puw::demo
