#pragma once

#include "plan/DatabasePlan.h"
#include "recipes/RecipeBinding.h"
#include "util/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

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
    // The socket directory (PostgreSQL) or file (MySQL). Local: empty means the client's default.
    // Password: empty means TCP to the target's host and port; set, the login goes over this socket.
    QString socket;

    static DatabaseAccess withPassword(QString user, QString password)
    {
        return {Method::Password, std::move(user), std::move(password), {}, {}};
    }
    static DatabaseAccess local(QString user, QString osUser, QString socket = {})
    {
        return {Method::Local, std::move(user), {}, std::move(osUser), std::move(socket)};
    }
};

// What a connection is for; each may log in another way (DatabaseTarget::access).
enum class DatabasePurpose { Dump, Restore, Count, Admin };

// The ways a recipe or plan may name (database.access.<purpose>):
//  "app"        the application's user, password from the keychain, over TCP to host:port
//  "app-socket" the application's user, password from the keychain, over the local socket
//  "app-peer"   the application's user as the same-named system account over the socket (peer auth)
//  "superuser"  the engine's superuser through the OS: `sudo -u postgres` (peer), MariaDB root by
//               unix_socket (`sudo mariadb`)
// Inside a compose service (composeService set) each of these runs in the container instead
// (`docker compose exec -T [-u postgres] SERVICE ...`).
QStringList knownDatabaseAccessModes();
// The access of one mode; appUser names the application's account, adminRole the PostgreSQL superuser
// role ("postgres" unless the recipe says otherwise); socket: empty for the engine's default.
Expected<DatabaseAccess, QString> databaseAccessForMode(const QString& mode, DatabaseEngine engine,
                                                        const QString& appUser, const QString& adminRole,
                                                        const QString& socket = {});
QString databasePurposeKey(DatabasePurpose purpose); // "dump", "restore", "count", "admin"

// One database on one host, and how to reach it. A value: build it once per host (old and new share
// everything but the host address, usually) and hand it to DatabaseAdapter::create().
struct DatabaseTarget {
    QString host = QStringLiteral("127.0.0.1"); // as seen from the host the commands run on
    QString port;                               // empty: the engine's default
    QString name;                               // the database
    DatabaseAccess app;                         // the application's own account (owns the database)
    DatabaseAccess admin;                       // may drop and create databases (new host only)
    std::optional<DatabaseAccess> dump;         // per purpose; unset: as app
    std::optional<DatabaseAccess> restore;
    std::optional<DatabaseAccess> count;
    QString composeFile;       // when composeService is set, every client runs
    QString composeService;    // through `docker compose -f FILE exec -T SERVICE`
    QString charset;           // MySQL: CREATE DATABASE ... CHARACTER SET
    QStringList excludeTables; // left out of the dump (and of count comparisons)
    QStringList restoreFixes;  // see RestoreFixes.h

    bool composeSudo = false; // docker compose itself needs sudo on this host
    // How compose is spelt on this host: "docker compose" (the plugin) or "docker-compose" (v1).
    QStringList composeCommand{QStringLiteral("docker"), QStringLiteral("compose")};

    bool usesCompose() const { return !composeService.isEmpty(); }
    // How a client logs in for a purpose (Admin: admin; the others: their own, else app).
    const DatabaseAccess& access(DatabasePurpose purpose) const;
    // Whether any of these purposes logs in with the application's password (then the keychain must
    // have it); none given: any purpose.
    bool needsAppPassword(const QList<DatabasePurpose>& purposes = {}) const;
    // Sets the application's password on every access that logs in with it.
    void setAppPassword(const QString& password);

    // The recipe's database section with the plan's values filled in (extra: per-host built-ins such
    // as host_address). Passwords stay empty: the caller sets app.password from the credential store.
    // Admin access defaults to the engine's local administrator (postgres by peer auth, MariaDB root by
    // unix socket); a recipe variable "db_admin_user" names another PostgreSQL admin role. The other
    // purposes default to "app". The recipe's database.access, then the plan's per-host settings
    // (hostSettings), may name another mode for each purpose.
    static Expected<DatabaseTarget, QString> fromBinding(const RecipeBinding& binding,
                                                         const QMap<QString, QString>& extra = {},
                                                         const DatabaseHostSettings& hostSettings = {});
};

struct RestoreOptions {
    int jobs = 4; // pg_restore -j; ignored for MySQL and inside compose (pg_restore reads stdin there)
};

} // namespace puw
