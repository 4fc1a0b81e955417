#pragma once

#include "DatabaseAdapter.h"

namespace puw {

namespace detail {
class ClientCommand;
}

// PostgreSQL: pg_dump -Fc (custom format), pg_restore --exit-on-error -j N --no-owner, psql for queries.
// Every client gets its connection as one libpq connection string (--dbname='host=... dbname=...'), so a
// database name is never mistaken for a connection string, and -w so that it never waits for a prompt.
class PostgresAdapter : public DatabaseAdapter {
public:
    explicit PostgresAdapter(DatabaseTarget target) : DatabaseAdapter(std::move(target)) {}

    DatabaseEngine engine() const override { return DatabaseEngine::PostgreSql; }
    DatabaseCommand dumpCommand() const override;
    std::optional<DatabaseCommand>
    snapshotDumpCommand(const QString& countsFile) const override; // SnapshotDump.cpp
    DatabaseCommand recreateCommand() const override;
    DatabaseCommand restoreCommand(const DumpFile& dump, const RestoreOptions& options = {}) const override;
    std::optional<DatabaseCommand> schemaRestoreCommand(const DumpFile& dump) const override;
    QList<DatabaseCommand> postRestoreCommands() const override;
    DatabaseCommand tableCountsCommand() const override;
    DatabaseCommand sizeCommand() const override;
    DatabaseCommand serverVersionCommand() const override;
    DatabaseCommand dumpToolVersionCommand() const override;
    DatabaseCommand queryValueCommand(const QString& sql) const override;
    Expected<ServerVersion, QString> parseServerVersion(const ShellOutcome& outcome) const override;
    Expected<ServerVersion, QString> parseDumpToolVersion(const ShellOutcome& outcome) const override;

    // The connection string for an access path to a database (exposed for tests).
    QString connectionString(const DatabaseAccess& access, const QString& database) const;

protected:
    DatabaseCommand scriptCommand(const DatabaseAccess& access, bool inAppDatabase,
                                  const QByteArray& script) const override;
    QString verifyFileWords(const QString& path) const override;
    StreamRestoreStage streamRestoreStage() const override;
    std::optional<DatabaseCommand> afterStreamCommand(const DumpFile& dump,
                                                      const RestoreOptions& options) const override;

private:
    detail::ClientCommand client(const DatabaseAccess& access) const;
    const DatabaseAccess& dumpAccess() const { return target().access(DatabasePurpose::Dump); }
    const DatabaseAccess& restoreAccess() const { return target().access(DatabasePurpose::Restore); }
    const DatabaseAccess& countAccess() const { return target().access(DatabasePurpose::Count); }
    // pg_restore's options before the file, for the restore's access (sections: --section=...).
    QStringList restoreArguments(const QStringList& sections) const;
    // pg_restore of dump with argv (its options before the file): it opens the file itself, in parallel,
    // or reads it on stdin where it cannot (readsPart: it stops reading before the end).
    DatabaseCommand restoreFromFile(const DumpFile& dump, QStringList argv, const RestoreOptions& options,
                                    bool readsPart) const;
    // Whether the restore's client cannot open the dump file itself (compose, another account).
    bool readsFileOnStdin() const;
    DatabaseCommand psql(const DatabaseAccess& access, const QString& database, const QStringList& arguments,
                         const QByteArray& script = {}) const;
};

} // namespace puw
