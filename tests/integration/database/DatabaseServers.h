#pragma once

#include "database/DatabaseTarget.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace puw::test {

// A PostgreSQL 15 cluster of its own: initdb in a temporary folder, peer auth for `postgres` on its
// socket, scram passwords over TCP on 127.0.0.31 (a free port), and a login role `app` without
// CREATEDB, like an application's account on a new host. Stopped (immediate) when destroyed.
class PostgresServer {
public:
    static constexpr const char* kAddress = "127.0.0.31";
    PostgresServer();
    ~PostgresServer();
    // Server settings added to the start's ("-c wal_level=logical"); before start().
    void addSettings(const QString& options) { m_settings += QLatin1Char(' ') + options; }
    bool start(QString* why);
    void stop();

    // A target for database `name`: app over TCP with its password, admin by peer auth on the socket.
    DatabaseTarget target(const QString& name) const;
    QString appPassword() const { return QStringLiteral("app pw 'ä' $(x)"); }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
    QString m_settings;
};

// A MariaDB server of its own: mariadb-install-db in a temporary folder, root by unix_socket on its own
// socket, `app` with a password over TCP on 127.0.0.32 (a free port) and privileges on databases only
// (no SUPER). Stopped when destroyed.
class MariaDbServer {
public:
    static constexpr const char* kAddress = "127.0.0.32";
    MariaDbServer();
    ~MariaDbServer();
    bool start(QString* why);
    void stop();

    DatabaseTarget target(const QString& name) const;
    QString appPassword() const { return QStringLiteral("app pw 'ö' `x`"); }
    QString socket() const { return m_dir.filePath(QStringLiteral("mysqld.sock")); }

private:
    QTemporaryDir m_dir;
    int m_port = 0;
    QProcess m_server;
};

// A free TCP port on address (bound and released: a race is possible but unlikely).
int freePort(const QString& address);
// Whether the PostgreSQL and MariaDB server programs are installed (and we may start them: root).
bool canRunPostgres();
bool canRunMariaDb();

} // namespace puw::test
