#pragma once

#include "DatabaseCommand.h"
#include "DatabaseOutput.h"
#include "DatabaseTarget.h"
#include "DumpFile.h"
#include "LoginPrivileges.h"
#include "ServerIdentity.h"
#include "remote/HostShell.h"

#include <memory>
#include <optional>

namespace puw {

// Builds the command lines that dump, restore and inspect one database, and reads their output. It runs
// nothing by itself: the *Command() functions return commands for a HostShell or a StreamRelay, and the
// helpers below them run those commands through a HostShell the caller passes in.
//
// Safety rule: recreateCommand()/recreateDatabase() and restore*() DROP the database. They are for the NEW
// host only; never build them for the old host's target. recreateDatabase() refuses a shell labelled "old".
//
// Dump files: a streamed dump is written to PATH.partial (receiveCommand), then promoted to PATH only
// after its verification passed (promoteCommand/promote). Restores take a DumpFile, which only promote()
// and verifyExisting() create, and their command lines refuse a .partial path as well.
class DatabaseAdapter {
public:
    virtual ~DatabaseAdapter() = default;

    static std::unique_ptr<DatabaseAdapter> create(DatabaseEngine engine, DatabaseTarget target);
    // The recipe's database on one host (hostSettings: the plan's ways for that host); appPassword is the
    // secret of the recipe's credential.
    static Expected<std::unique_ptr<DatabaseAdapter>, QString>
    fromBinding(const RecipeBinding& binding, const QMap<QString, QString>& extra, const QString& appPassword,
                const DatabaseHostSettings& hostSettings = {});

    virtual DatabaseEngine engine() const = 0;
    const DatabaseTarget& target() const { return m_target; }
    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; } // for the helpers that run commands; 0: none
    // For the restores (hours for a large database): instead of the command timeout, they fail only once
    // they printed nothing for this long (pg_restore --verbose prints each object it restores; MySQL's
    // restores print nothing and keep the command timeout); 0: none.
    void setStallMs(int ms) { m_stallMs = ms; }

    // ---- Commands -------------------------------------------------------------------------------------
    // Writes the whole dump to stdout (pg_dump -Fc / mysqldump). Run on the old host.
    virtual DatabaseCommand dumpCommand() const = 0;
    // dumpCommand(), and the table counts and checksums of tableCountsCommand() in the same snapshot as the
    // dump, written to countsFile on the same host (read with parseSnapshotCounts). PostgreSQL exports the
    // snapshot to pg_dump (SnapshotDump.cpp); MySQL/MariaDB open both snapshots under a global read lock
    // (MysqlSnapshotDump.cpp). nullopt where the engine cannot do either.
    virtual std::optional<DatabaseCommand> snapshotDumpCommand(const QString& /*countsFile*/) const
    {
        return std::nullopt;
    }
    // The counts file of snapshotDumpCommand(), read back: as parseTableCounts, or an error saying why these
    // counts are not the dump's snapshot's (MySQL: the dump login lacks RELOAD, say). pauseMicros, when
    // given, gets how long old's writes were held for it (-1: none were, or unknown).
    virtual Expected<TableCounts, QString> parseSnapshotCounts(const ShellOutcome& outcome,
                                                               TableChecksums* checksums,
                                                               qint64* pauseMicros = nullptr) const
    {
        if (pauseMicros)
            *pauseMicros = -1;
        return parseTableCounts(outcome, checksums);
    }
    // Reads a dump on stdin into PATH.partial (mode 0600; an older PATH is removed first).
    DatabaseCommand receiveCommand(const PartialDump& partial) const;
    // dumpCommand() | receiveCommand() on one host; fails if either side fails.
    DatabaseCommand dumpToFileCommand(const PartialDump& partial) const;
    // Verifies PATH.partial (pg_restore reads it whole / the mysqldump trailer; the SHA-256 if given) and
    // only then renames it to PATH. Exit status 0 iff PATH now holds the verified dump.
    DatabaseCommand promoteCommand(const PartialDump& partial, const QString& expectedSha256 = {}) const;
    // Verifies an existing final dump file (a backup kept from an earlier run).
    Expected<DatabaseCommand, QString> verifyCommand(const QString& path,
                                                     const QString& expectedSha256 = {}) const;
    // NEW HOST ONLY. As admin: ends other sessions, drops the database if it exists, creates it (owned by
    // the app user for PostgreSQL; with the recipe's charset for MySQL).
    virtual DatabaseCommand recreateCommand() const = 0;
    // NEW HOST ONLY. Restores the verified file into the (empty, recreated) database as the app user,
    // stopping at the first error.
    virtual DatabaseCommand restoreCommand(const DumpFile& dump,
                                           const RestoreOptions& options = {}) const = 0;
    // NEW HOST ONLY, into the recreated database: the dump's tables, indexes and constraints without their
    // rows (the replication's copy fills them, core/database/sync/). nullopt where the engine has none.
    virtual std::optional<DatabaseCommand> schemaRestoreCommand(const DumpFile& /*dump*/) const
    {
        return std::nullopt;
    }
    // The recipe's fixes that run after a restore (liquibase-lock).
    virtual QList<DatabaseCommand> postRestoreCommands() const = 0;
    // Output: "puw-count <hex name> <count> <checksum>" lines and "puw-end"; read with parseTableCounts().
    virtual DatabaseCommand tableCountsCommand() const = 0;
    virtual DatabaseCommand sizeCommand() const = 0;          // bytes, for progress
    virtual DatabaseCommand serverVersionCommand() const = 0; // read with parseServerVersion()
    virtual DatabaseCommand dumpToolVersionCommand() const = 0;
    // One SQL query whose first row's first column is printed (the recipe's headQuery).
    virtual DatabaseCommand queryValueCommand(const QString& sql) const = 0;
    // Which server a purpose's login reaches, and its version (ServerIdentity.h). inAppDatabase: connect
    // to the application's database (old), else to the server only (new, before step 4 creates it).
    DatabaseCommand serverInfoCommand(DatabasePurpose purpose, bool inAppDatabase) const;
    Expected<ServerInfo, QString> parseServerInfo(const ShellOutcome& outcome) const;
    Expected<ServerInfo, QString> serverInfo(HostShell& shell, DatabasePurpose purpose,
                                             bool inAppDatabase) const;
    // ServerFacts.cpp. The roles the database's objects name (PostgreSQL: owners and grantees of its
    // schemas and relations; MySQL: the application's account), as the dump logs in; the roles the server
    // has (PostgreSQL: pg_roles; MySQL: mysql.user), as admin; the server's data directory, as admin.
    // Read the first two with parseRoles, the last with parseDataDirectory.
    DatabaseCommand namedRolesCommand() const;
    DatabaseCommand serverRolesCommand() const;
    DatabaseCommand dataDirectoryCommand() const;
    // `df -Pk` of a folder as the server sees it: inside the compose service when there is one (the data
    // directory is the container's, often a volume), else through sudo (it may be the server's only).
    DatabaseCommand freeSpaceCommand(const QString& folder) const;
    Expected<QStringList, QString> parseRoles(const ShellOutcome& outcome) const;
    Expected<QString, QString> parseDataDirectory(const ShellOutcome& outcome) const;
    // LoginPrivileges.cpp. What the login of a purpose may do of what the program needs of it
    // (LoginPrivileges.h), asked read-only: in the application's database (old) or, inAppDatabase false,
    // on the server only (new, before step 4 creates the database; grants on its name count there).
    DatabaseCommand privilegesCommand(DatabasePurpose purpose, bool inAppDatabase) const;
    Expected<QList<LoginPrivilege>, QString> parsePrivileges(DatabasePurpose purpose,
                                                             const ShellOutcome& outcome) const;
    Expected<QList<LoginPrivilege>, QString> loginPrivileges(HostShell& shell, DatabasePurpose purpose,
                                                             bool inAppDatabase) const;
    // RoleDefinitions.cpp. Run on OLD, as its admin login: MySQL/MariaDB's accounts of these user names
    // ("puw-account HEX(User) HEX(Host)" lines, read with parseAccounts), then the statements that create
    // these roles (PostgreSQL: attributes, password hash when the login may read it, memberships) or
    // accounts (MySQL: SHOW CREATE USER and SHOW GRANTS of each) as old has them, read with
    // parseRoleDefinitions. They hold password hashes: read them as data, never as output to record.
    DatabaseCommand accountsCommand(const QStringList& users) const;
    Expected<QList<std::pair<QString, QString>>, QString> parseAccounts(const QString& output) const;
    DatabaseCommand roleDefinitionsCommand(const QStringList& roles,
                                           const QList<std::pair<QString, QString>>& accounts = {}) const;
    Expected<QByteArray, QString> parseRoleDefinitions(const QByteArray& output) const;
    // NEW HOST ONLY, as admin: runs those statements, given as secret input (never logged).
    DatabaseCommand createRolesCommand(const QByteArray& statements) const;
    // As the admin login, a script on stdin, in the application's database or (inAppDatabase false) in
    // none the application owns. secret: the script holds a password, so it goes as secret input and is
    // never logged (the replication of core/database/sync/).
    DatabaseCommand adminScriptCommand(const QByteArray& script, bool inAppDatabase,
                                       bool secret = false) const;
    // RestoreTool.cpp. The client on the new host that restores the dump ("pg_restore", "mysql"), its
    // `--version` (inside the compose service when there is one), and that version read.
    QString restoreToolName() const;
    DatabaseCommand restoreToolVersionCommand() const;
    Expected<ServerVersion, QString> parseRestoreToolVersion(const ShellOutcome& outcome) const;
    Expected<ServerVersion, QString> restoreToolVersion(HostShell& shell) const;

    // ---- Parsers --------------------------------------------------------------------------------------
    Expected<TableCounts, QString> parseTableCounts(const ShellOutcome& outcome,
                                                    TableChecksums* checksums = nullptr) const;
    Expected<qint64, QString> parseSize(const ShellOutcome& outcome) const;
    virtual Expected<ServerVersion, QString> parseServerVersion(const ShellOutcome& outcome) const = 0;
    virtual Expected<ServerVersion, QString> parseDumpToolVersion(const ShellOutcome& outcome) const = 0;
    Expected<QString, QString> parseQueryValue(const ShellOutcome& outcome) const;
    // "<what> failed: <the client's first error line>" (or the shell's own error).
    static QString describeFailure(const QString& what, const ShellOutcome& outcome);

    // ---- Running through a HostShell ---------------------------------------------------------------
    Expected<TableCounts, QString> tableCounts(HostShell& shell, TableChecksums* checksums = nullptr) const;
    Expected<qint64, QString> sizeEstimate(HostShell& shell) const;
    Expected<ServerVersion, QString> serverVersion(HostShell& shell) const;
    Expected<ServerVersion, QString> dumpToolVersion(HostShell& shell) const;
    Expected<QString, QString> migrationHead(HostShell& shell, const QString& headQuery) const;
    Expected<DumpFile, QString> promote(HostShell& newHost, const PartialDump& partial,
                                        const QString& expectedSha256 = {}) const;
    Expected<DumpFile, QString> verifyExisting(HostShell& host, const QString& path,
                                               const QString& expectedSha256 = {}) const;
    Expected<Done, QString> recreateDatabase(HostShell& newHost) const;
    // restoreCommand() then postRestoreCommands(); onLine sees the clients' output as it comes.
    Expected<Done, QString> restore(HostShell& newHost, const DumpFile& dump,
                                    const RestoreOptions& options = {},
                                    const HostShell::LineHandler& onLine = {}) const;

    // ---- Streamed restore (the cutover's fast path, StreamedRestore.cpp) ------------------------------
    // Whether this target can restore a dump while it arrives (not through sudo, not inside compose).
    bool canStreamRestore() const;
    // NEW HOST ONLY, into the recreated database. Reads a dump on stdin (after the client's password line)
    // and, as it arrives: writes it whole to PATH.partial, hashes it into PATH.partial.sha256, and restores
    // it stopping at the first error (PostgreSQL: all but the post-data section, see finishStreamedRestore).
    // Exit 0 iff the file, the hash and the restore all completed.
    DatabaseCommand streamRestoreCommand(const PartialDump& partial) const;
    // After streamRestoreCommand: renames PATH.partial to PATH only if the hash the new host computed while
    // writing it equals expectedSha256 (the relay's). The restore already read the whole stream, so the
    // file is not read again.
    DatabaseCommand promoteStreamedCommand(const PartialDump& partial, const QString& expectedSha256) const;
    Expected<DumpFile, QString> promoteStreamed(HostShell& newHost, const PartialDump& partial,
                                                const QString& expectedSha256) const;
    // NEW HOST ONLY, into the recreated database. The rows of a verified file restored the way the cutover
    // restores its stream (the same client and filter, the file on stdin instead of the relay), so that
    // the rehearsal measures what the cutover will run; finishStreamedRestore does the rest.
    DatabaseCommand restoreRowsAsStreamedCommand(const DumpFile& dump) const;
    Expected<Done, QString> restoreRowsAsStreamed(HostShell& newHost, const DumpFile& dump) const;
    // NEW HOST ONLY. What the streamed restore left, from the verified file (PostgreSQL: indexes,
    // constraints and triggers with pg_restore -j), then postRestoreCommands().
    Expected<Done, QString> finishStreamedRestore(HostShell& newHost, const DumpFile& dump,
                                                  const RestoreOptions& options = {}) const;

protected:
    explicit DatabaseAdapter(DatabaseTarget target) : m_target(std::move(target)) {}
    // The engine's client reading script on stdin, logged in as access; in the application's database or
    // (inAppDatabase false) in none the application owns.
    virtual DatabaseCommand scriptCommand(const DatabaseAccess& access, bool inAppDatabase,
                                          const QByteArray& script) const = 0;
    // How this engine restores a dump arriving on stdin: restore reads the password line first when
    // passwordLine is set; filter (words, may be empty) rewrites the dump on its way to restore.
    struct StreamRestoreStage {
        QString filter;
        QString restore;
        QByteArray passwordLine;
        bool sudo = false;
    };
    virtual StreamRestoreStage streamRestoreStage() const = 0;
    // After a streamed restore, from the verified file; none by default.
    virtual std::optional<DatabaseCommand> afterStreamCommand(const DumpFile& /*dump*/,
                                                              const RestoreOptions& /*options*/) const
    {
        return std::nullopt;
    }
    // Shell words that exit 0 iff the dump file at path is complete.
    virtual QString verifyFileWords(const QString& path) const = 0;
    ShellOutcome run(HostShell& shell, const DatabaseCommand& command,
                     const HostShell::LineHandler& onLine = {}) const;
    // A restore: watched for stalls (setStallMs) rather than timed out, when a stall limit is set and the
    // engine's restore client reports its progress.
    ShellOutcome runLong(HostShell& shell, const DatabaseCommand& command,
                         const HostShell::LineHandler& onLine = {}) const;

private:
    DatabaseTarget m_target;
    int m_timeoutMs = 0;
    int m_stallMs = 0;
};

} // namespace puw
