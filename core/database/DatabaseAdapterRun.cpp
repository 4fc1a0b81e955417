// DatabaseAdapter: the helpers that run its commands through a HostShell and read the results.
#include "DatabaseAdapter.h"

#include "DatabaseText.h"

namespace puw {

ShellOutcome DatabaseAdapter::run(HostShell& shell, const DatabaseCommand& command,
                                  const HostShell::LineHandler& onLine) const
{
    return shell.run(command.request(m_timeoutMs), onLine);
}

ShellOutcome DatabaseAdapter::runLong(HostShell& shell, const DatabaseCommand& command,
                                      const HostShell::LineHandler& onLine) const
{
    // Only pg_restore reports its progress (--verbose); the mysql client prints nothing while it restores,
    // so a stall limit would stop a healthy restore: it keeps the command timeout.
    if (m_stallMs <= 0 || engine() != DatabaseEngine::PostgreSql)
        return run(shell, command, onLine);
    ShellRequest request = command.request(0);
    request.stallMs = m_stallMs;
    return shell.run(request, onLine);
}

Expected<TableCounts, QString> DatabaseAdapter::tableCounts(HostShell& shell, TableChecksums* checksums) const
{
    return parseTableCounts(run(shell, tableCountsCommand()), checksums);
}

Expected<qint64, QString> DatabaseAdapter::sizeEstimate(HostShell& shell) const
{
    return parseSize(run(shell, sizeCommand()));
}

Expected<ServerVersion, QString> DatabaseAdapter::serverVersion(HostShell& shell) const
{
    return parseServerVersion(run(shell, serverVersionCommand()));
}

Expected<ServerVersion, QString> DatabaseAdapter::dumpToolVersion(HostShell& shell) const
{
    return parseDumpToolVersion(run(shell, dumpToolVersionCommand()));
}

Expected<QString, QString> DatabaseAdapter::migrationHead(HostShell& shell, const QString& headQuery) const
{
    if (headQuery.trimmed().isEmpty())
        return unexpected(Database::tr("The recipe has no query for the migration head."));
    return parseQueryValue(run(shell, queryValueCommand(headQuery)));
}

Expected<DumpFile, QString> DatabaseAdapter::promote(HostShell& newHost, const PartialDump& partial,
                                                     const QString& expectedSha256) const
{
    const ShellOutcome outcome = run(newHost, promoteCommand(partial, expectedSha256));
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Verifying the dump %1").arg(partial.path()), outcome));
    return DumpFile(partial.finalPath(), expectedSha256.toLower());
}

Expected<DumpFile, QString> DatabaseAdapter::verifyExisting(HostShell& host, const QString& path,
                                                            const QString& expectedSha256) const
{
    auto command = verifyCommand(path, expectedSha256);
    if (!command.ok())
        return unexpected(command.error());
    const ShellOutcome outcome = run(host, command.value());
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Verifying the dump %1").arg(path), outcome));
    return DumpFile(path, expectedSha256.toLower());
}

Expected<Done, QString> DatabaseAdapter::recreateDatabase(HostShell& newHost) const
{
    if (newHost.hostLabel() == QLatin1String("old"))
        return unexpected(Database::tr("Refusing to drop and create the database \"%1\" on the old host.")
                              .arg(m_target.name));
    const ShellOutcome outcome = run(newHost, recreateCommand());
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Creating the database \"%1\"").arg(m_target.name), outcome));
    return Done{};
}

Expected<Done, QString> DatabaseAdapter::restore(HostShell& newHost, const DumpFile& dump,
                                                 const RestoreOptions& options,
                                                 const HostShell::LineHandler& onLine) const
{
    if (newHost.hostLabel() == QLatin1String("old"))
        return unexpected(
            Database::tr("Refusing to restore into the database \"%1\" on the old host.").arg(m_target.name));
    const ShellOutcome outcome = runLong(newHost, restoreCommand(dump, options), onLine);
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Restoring %1 into \"%2\" (stopped at the first error)")
                                .arg(dump.path(), m_target.name),
                            outcome));
    for (const DatabaseCommand& fix : postRestoreCommands()) {
        const ShellOutcome fixed = run(newHost, fix, onLine);
        if (!fixed.ok())
            return unexpected(describeFailure(Database::tr("A fix after the restore"), fixed));
    }
    return Done{};
}

DatabaseCommand DatabaseAdapter::serverInfoCommand(DatabasePurpose purpose, bool inAppDatabase) const
{
    return scriptCommand(m_target.access(purpose), inAppDatabase,
                         detail::serverInfoScript(engine() == DatabaseEngine::PostgreSql));
}

Expected<ServerInfo, QString> DatabaseAdapter::parseServerInfo(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("Asking the database server who it is"), outcome));
    auto identity = detail::parseIdentityLine(outcome.stdoutText);
    if (!identity.ok())
        return unexpected(identity.error());
    ShellOutcome versionOnly = outcome;
    versionOnly.stdoutText.clear();
    for (const QString& line : outcome.stdoutText.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("puw-version ")))
            versionOnly.stdoutText = line.mid(12) + QLatin1Char('\n');
    }
    auto version = parseServerVersion(versionOnly);
    if (!version.ok())
        return unexpected(version.error());
    return ServerInfo{identity.value(), version.value()};
}

Expected<ServerInfo, QString> DatabaseAdapter::serverInfo(HostShell& shell, DatabasePurpose purpose,
                                                          bool inAppDatabase) const
{
    return parseServerInfo(run(shell, serverInfoCommand(purpose, inAppDatabase)));
}

} // namespace puw
