#pragma once

#include "recipes/RecipeBinding.h"
#include "util/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// How a client program logs in to the database server.
struct DatabaseAccess {
    enum class Method {
        // user + password over TCP to host:port. The password reaches the client on the first line of its
        // stdin (exported as PGPASSWORD / MYSQL_PWD inside the command): never on a command line.
        Password,
        // The engine's local administrator: the client runs as the system account osUser (through sudo,
        // then `runuser -u osUser` unless osUser is root) and logs in over the unix socket without a
        // password: peer auth of `postgres` for PostgreSQL, unix_socket auth of `root` for MariaDB.
        // In a compose service the client runs with `docker compose exec -u osUser` instead.
        Local,
    };
    Method method = Method::Password;
    QString user;     // the database role or account
    QString password; // Password only
    QString osUser;   // Local only: "postgres", "root" (or empty: root)
    QString socket;   // Local only: the socket directory (PostgreSQL) or file (MySQL); empty: the default

    static DatabaseAccess withPassword(QString user, QString password)
    {
        return {Method::Password, std::move(user), std::move(password), {}, {}};
    }
    static DatabaseAccess local(QString user, QString osUser, QString socket = {})
    {
        return {Method::Local, std::move(user), {}, std::move(osUser), std::move(socket)};
    }
};

// One database on one host, and how to reach it. A value: build it once per host (old and new share
// everything but the host address, usually) and hand it to DatabaseAdapter::create().
struct DatabaseTarget {
    QString host = QStringLiteral("127.0.0.1"); // as seen from the host the commands run on
    QString port;                               // empty: the engine's default
    QString name;                               // the database
    DatabaseAccess app;                         // the application's own account: dump, restore, counts
    DatabaseAccess admin;                       // may drop and create databases (new host only)
    QString composeFile;                        // when composeService is set, every client runs
    QString composeService;                     // through `docker compose -f FILE exec -T SERVICE`
    QString charset;                            // MySQL: CREATE DATABASE ... CHARACTER SET
    QStringList excludeTables;                  // left out of the dump (and of count comparisons)
    QStringList restoreFixes;                   // see RestoreFixes.h

    bool usesCompose() const { return !composeService.isEmpty(); }

    // The recipe's database section with the plan's values filled in (extra: per-host built-ins such
    // as host_address). Passwords stay empty: the caller sets app.password from the credential store.
    // Admin access defaults to the engine's local administrator (postgres by peer auth, MariaDB root by
    // unix socket); a recipe variable "db_admin_user" names another PostgreSQL admin role.
    static Expected<DatabaseTarget, QString> fromBinding(const RecipeBinding& binding,
                                                         const QMap<QString, QString>& extra = {});
};

struct RestoreOptions {
    int jobs = 4; // pg_restore -j; ignored for MySQL and inside compose (pg_restore reads stdin there)
};

} // namespace puw
