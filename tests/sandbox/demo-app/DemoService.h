#pragma once

#include "DemoConfig.h"
#include "HttpServer.h"

#include <QSqlDatabase>

namespace puw::demo {

// What the running service answers: /health, /version and the front page that reads the database.
class DemoService {
public:
    explicit DemoService(DemoConfig config);

    HttpResponse handle(const HttpRequest& request);

private:
    HttpResponse health();
    HttpResponse version();
    HttpResponse frontPage();
    HttpResponse addCustomer(); // POST /customers: one row written, as a user's sign-up would
    bool failOnPurpose(const HttpRequest& request); // [testing] fail_proxied_percent
    bool connected(QString* error);                 // (re)opens the connection when needed
    void dropConnection();

    DemoConfig m_config;
    QSqlDatabase m_database;
    qint64 m_proxiedRequests = 0; // counted for fail_proxied_percent
};

// Each line goes to stdout (the journal, under systemd) and, once openLogFile() succeeded, to that file too.
bool openLogFile(const QString& path);
void logLine(const QString& text);

} // namespace puw::demo
