#pragma once

#include <QString>

namespace puw::demo {

// The settings the demo application reads from its INI file (/etc/demo/demo.conf on a sandbox host).
struct DemoConfig {
    QString siteName = QStringLiteral("Demo shop");
    QString address; // where to listen; the service script passes the host's address
    int port = 8081;
    int workers = 4; // a tuning value: admins raise it on the old host, the new one has the default
    QString engine;  // "postgresql" or "mariadb"
    QString dbHost = QStringLiteral("localhost");
    int dbPort = 0; // 0: the engine's default
    QString dbName = QStringLiteral("demo");
    QString dbUser = QStringLiteral("demo");
    QString dbPassword;
    QString failMigration;         // testing: the migration that fails on purpose
    int migrationPauseSeconds = 0; // testing: a wait before each migration
    int stopPauseSeconds = 0;      // testing: a wait between the stop signal and the exit
    // testing: the share (0-100) of proxied requests (those with an X-Forwarded-For header) answered 500
    int failProxiedPercent = 0;

    // Reads the file; returns an empty string or the reason it cannot be used.
    QString load(const QString& path);
};

} // namespace puw::demo
