#pragma once

#include "DatabaseAdapter.h"

namespace puw {

namespace detail {
class ClientCommand;
}

// MySQL and MariaDB: mysqldump (one consistent transaction, routines, events, triggers, blobs as hex),
// mysql for restores (it stops at the first error) and queries. Every client starts with --no-defaults:
// an option file (root's ~/.my.cnf) cannot change whom it logs in as, and the password comes only
// from MYSQL_PWD, read from stdin.
class MysqlAdapter : public DatabaseAdapter {
public:
    explicit MysqlAdapter(DatabaseTarget target) : DatabaseAdapter(std::move(target)) {}

    DatabaseEngine engine() const override { return DatabaseEngine::MySql; }
    DatabaseCommand dumpCommand() const override;
    // MysqlSnapshotDump.cpp: the dump and old's counts in one snapshot, opened under a global read lock.
    std::optional<DatabaseCommand> snapshotDumpCommand(const QString& countsFile) const override;
    Expected<TableCounts, QString> parseSnapshotCounts(const ShellOutcome& outcome, TableChecksums* checksums,
                                                       qint64* pauseMicros = nullptr) const override;
    DatabaseCommand recreateCommand() const override;
    DatabaseCommand restoreCommand(const DumpFile& dump, const RestoreOptions& options = {}) const override;
    QList<DatabaseCommand> postRestoreCommands() const override;
    DatabaseCommand tableCountsCommand() const override;
    DatabaseCommand sizeCommand() const override;
    DatabaseCommand serverVersionCommand() const override;
    DatabaseCommand dumpToolVersionCommand() const override;
    DatabaseCommand queryValueCommand(const QString& sql) const override;
    Expected<ServerVersion, QString> parseServerVersion(const ShellOutcome& outcome) const override;
    Expected<ServerVersion, QString> parseDumpToolVersion(const ShellOutcome& outcome) const override;

protected:
    DatabaseCommand scriptCommand(const DatabaseAccess& access, bool inAppDatabase,
                                  const QByteArray& script) const override;
    QString verifyFileWords(const QString& path) const override;
    StreamRestoreStage streamRestoreStage() const override;

private:
    detail::ClientCommand client(const DatabaseAccess& access) const;
    QStringList connectionArguments(const QString& program, const DatabaseAccess& access) const;
    DatabaseCommand mysql(const DatabaseAccess& access, bool withDatabase, const QStringList& arguments,
                          const QByteArray& script = {}) const;
    bool hasFix(const QString& name) const;
    QStringList restoreArguments() const; // the mysql client that restores a dump on stdin
    // mysqldump's arguments; verbose: its progress on stderr ("-- Starting transaction..." and after).
    QStringList dumpArguments(bool verbose) const;
    static QByteArray countSql(); // the script of tableCountsCommand()
};

} // namespace puw
