#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// A command as an argument list. Elements may hold {placeholders}; each element reaches the remote shell
// quoted as one word, so a value can never turn into shell syntax.
struct RecipeCommand {
    QStringList argv;
    bool sudo = false; // run through sudo (with the host's sudo password when it needs one)
    bool isEmpty() const { return argv.isEmpty(); }
    bool operator==(const RecipeCommand&) const = default;
};

// How one service of the application is started, stopped and kept stopped.
struct ServiceSpec {
    enum class Manager { Systemd, Compose, Commands };
    QString name;
    Manager manager = Manager::Systemd;
    QString unit;           // systemd
    QString composeFile;    // compose
    QString composeService; // compose; empty: found from `docker compose config` by image
    QString composeImage;   // compose: the image that identifies the service when composeService is empty
    // Commands manager (and overrides for the others):
    RecipeCommand start, stop, disable, enable, status;
    bool operator==(const ServiceSpec&) const = default;
};

struct DatabaseSpec {
    QString engine; // "postgresql" or "mysql" (MySQL and MariaDB); may be a {{placeholder}}
    QString host = QStringLiteral("127.0.0.1");
    QString port; // empty: the engine's default
    QString name;
    QString user;
    QString credential;     // purpose of the secret in the keychain, e.g. "db-password"; empty: none
    QString composeService; // when set, dump/restore run through `docker compose exec -T <service>`
    QString composeFile;
    QString charset; // MySQL: CREATE DATABASE ... CHARACTER SET
    QStringList excludeTables;
    QStringList restoreFixes; // named fixes the restore applies, e.g. "mysql8-collations", "liquibase-lock"
    // How each purpose logs in ("dump" -> "superuser", ...; plan/DatabasePlan.h names them); a purpose
    // not named: "app" (the admin purpose: "superuser").
    QMap<QString, QString> access;
    QString socket;           // the socket directory (PostgreSQL) or file (MySQL); empty: the default
    bool composeSudo = false; // docker compose needs sudo on the hosts
    bool operator==(const DatabaseSpec&) const = default;
};

struct MigrationSpec {
    RecipeCommand list; // lists migrations, one per line
    RecipeCommand apply;
    QString appliedPattern; // regular expression of a line already applied
    QString pendingPattern; // ... of a line to be applied
    QString failedPattern;  // ... of a failed migration: a failure whatever the exit code
    QString headQuery;      // SQL giving the newest applied migration
    // The new version's migrations leave a database the old version still works with (added tables and
    // nullable columns, nothing renamed or dropped): what a shared-database plan needs to migrate while old
    // serves users.
    bool backwardCompatible = false;
    bool operator==(const MigrationSpec&) const = default;
};

struct HttpCheckSpec {
    QString name;
    QString url; // as seen from the host that runs the app; tunnelled when not reachable
    int expectStatus = 200;
    QString bodyContains;
    bool operator==(const HttpCheckSpec&) const = default;
};

struct CommandCheckSpec {
    QString name;
    RecipeCommand command;
    QString outputContains;
    bool operator==(const CommandCheckSpec&) const = default;
};

struct RoutingSpec {
    QString nginxUpstream; // the upstream file's content, with placeholders such as {new_address}
    // The content for one canary stage: both servers weighted ({{old_weight}} and {{new_weight}}, percent).
    QString nginxCanaryUpstream;
    RecipeCommand nginxTest;
    RecipeCommand nginxReload;
    bool operator==(const RoutingSpec&) const = default;
};

// A log line that, still repeating after `seconds`, means the start cannot succeed however long step 5 waits
// (OpenBoxes: Liquibase's "Waiting for changelog lock" of a stale lock). `reason` says why and what to do.
struct LogStuckSpec {
    QString pattern;
    int seconds = 30;
    QString reason;
    bool operator==(const LogStuckSpec&) const = default;
};

// The recipe's "timeouts", in seconds. commandSeconds bounds each ordinary command; the database's long
// commands (PostgreSQL's restores and index builds, the streamed dump) have no such bound and fail only
// once they made no progress (no output, no bytes through the stream) for stallSeconds.
struct TimeoutSpec {
    int commandSeconds = 300;
    int stallSeconds = 600;
    int startSeconds = 300; // from start until healthy; OpenBoxes' first start may need 45 minutes
    int stopSeconds = 120;
    bool operator==(const TimeoutSpec&) const = default;
};

struct RecipeVariable {
    QString description;
    QString defaultValue;
    bool hasDefault = false;
    bool operator==(const RecipeVariable&) const = default;
};

// What one kind of application needs at each step. Loaded from JSON (shipped or the admin's own).
struct Recipe {
    static constexpr int kFormatVersion = 1;

    QString id;
    QString title;
    QString description;
    QMap<QString, RecipeVariable> variables;
    QStringList requiredPrograms; // on the new host, checked in step 1
    RecipeCommand versionCommand; // prints the installed version (old and new)
    // Finds the version in what versionCommand printed (its first group, else the whole match; line by line);
    // empty: the first non-empty line.
    QString versionPattern;
    QList<ServiceSpec> services;
    DatabaseSpec database;
    QStringList configFiles; // candidates compared and copied in step 2
    QStringList configFolders;
    // Per configuration file (as configFiles writes it): where each host keeps the version's shipped
    // default of it, expanded for that host (old's gives version 1's, new's version 2's). With both, step 2
    // merges three ways: the admin's changes carried onto the new default.
    QMap<QString, QString> configDefaults;
    QStringList configWarnings; // values that must differ on the new host, jobs that must not run twice
    MigrationSpec migrations;
    QList<HttpCheckSpec> httpChecks;
    QList<CommandCheckSpec> commandChecks;
    QStringList logFiles;
    QString logErrorPattern;
    QString logProgressPattern; // log lines step 5 shows while it waits (empty: the error lines)
    QList<LogStuckSpec> logStuck;
    RoutingSpec routing;
    TimeoutSpec timeouts;
    bool operator==(const Recipe&) const = default;
};

// The version in what a version command printed: the pattern's first group (or its whole match), searched
// line by line; without a pattern, the first non-empty line. (A WAR's manifest begins with
// "Manifest-Version: 1.0" on every host: its pattern finds Implementation-Version.)
QString versionFromOutput(const QString& text, const QString& pattern);

// Placeholders every recipe may use besides its own variables.
QStringList builtinPlaceholders();
// ... and those only routing.nginxCanaryUpstream may use: each server's share of one stage, in percent.
QStringList canaryPlaceholders();

enum class DatabaseEngine { PostgreSql, MySql };
bool isKnownDatabaseEngine(const QString& name);
DatabaseEngine databaseEngineFromName(const QString& name); // call after isKnownDatabaseEngine

} // namespace puw
