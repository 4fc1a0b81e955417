#include "DatabaseAdapter.h"

#include "ClientCommand.h"
#include "DatabaseText.h"
#include "MysqlAdapter.h"
#include "PostgresAdapter.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace puw {

std::unique_ptr<DatabaseAdapter> DatabaseAdapter::create(DatabaseEngine engine, DatabaseTarget target)
{
    if (engine == DatabaseEngine::PostgreSql)
        return std::make_unique<PostgresAdapter>(std::move(target));
    return std::make_unique<MysqlAdapter>(std::move(target));
}

Expected<std::unique_ptr<DatabaseAdapter>, QString>
DatabaseAdapter::fromBinding(const RecipeBinding& binding, const QMap<QString, QString>& extra,
                             const QString& appPassword, const DatabaseHostSettings& hostSettings)
{
    auto target = DatabaseTarget::fromBinding(binding, extra, hostSettings);
    if (!target.ok())
        return unexpected(target.error());
    target->setAppPassword(appPassword);
    return create(binding.databaseEngine(), std::move(target.value()));
}

DatabaseCommand DatabaseAdapter::receiveCommand(const PartialDump& partial) const
{
    const QString folder = partial.finalPath().section(QLatin1Char('/'), 0, -2);
    DatabaseCommand command;
    command.commandLine =
        QStringLiteral("umask 077 && ") +
        (folder.isEmpty() ? QString() : QStringLiteral("mkdir -p -- %1 && ").arg(shellQuote(folder))) +
        QStringLiteral("rm -f -- %1 %2 && exec cat > %2")
            .arg(shellQuote(partial.finalPath()), shellQuote(partial.path()));
    return command;
}

DatabaseCommand DatabaseAdapter::dumpToFileCommand(const PartialDump& partial) const
{
    DatabaseCommand dump = dumpCommand();
    const DatabaseCommand receive = receiveCommand(partial);
    dump.commandLine =
        detail::pipelineWithStatus(dump.commandLine, receive.commandLine, QStringLiteral("the dump"));
    return dump;
}

DatabaseCommand DatabaseAdapter::promoteCommand(const PartialDump& partial,
                                                const QString& expectedSha256) const
{
    const QString path = shellQuote(partial.path());
    QString line =
        QStringLiteral("%1 || { echo %2 >&2; exit 1; }; ")
            .arg(verifyFileWords(partial.path()),
                 shellQuote(QStringLiteral("puw: the dump is incomplete or damaged; it stays at ") +
                            partial.path()));
    if (!expectedSha256.isEmpty()) {
        line += QStringLiteral(
                    "puw_sum=$(sha256sum < %1) && [ \"${puw_sum%% *}\" = %2 ] || { echo %3 >&2; exit 1; }; ")
                    .arg(path, shellQuote(expectedSha256.toLower()),
                         shellQuote(QStringLiteral(
                                        "puw: the dump's SHA-256 differs from the one sent; it stays at ") +
                                    partial.path()));
    }
    line += partial.durableRenameWords();
    DatabaseCommand command;
    command.commandLine = line;
    return command;
}

Expected<DatabaseCommand, QString> DatabaseAdapter::verifyCommand(const QString& path,
                                                                  const QString& expectedSha256) const
{
    const QString problem = detail::checkDumpPath(path);
    if (!problem.isEmpty())
        return unexpected(problem);
    QString line = detail::refusePartialGuard(path) + verifyFileWords(path) +
                   QStringLiteral(" || { echo %1 >&2; exit 1; }")
                       .arg(shellQuote(QStringLiteral("puw: the dump is incomplete or damaged: ") + path));
    if (!expectedSha256.isEmpty())
        line +=
            QStringLiteral(
                "; puw_sum=$(sha256sum < %1) && [ \"${puw_sum%% *}\" = %2 ] || { echo %3 >&2; exit 1; }")
                .arg(shellQuote(path), shellQuote(expectedSha256.toLower()),
                     shellQuote(QStringLiteral("puw: the dump's SHA-256 differs from the recorded one: ") +
                                path));
    DatabaseCommand command;
    command.commandLine = line;
    return command;
}

Expected<TableCounts, QString> DatabaseAdapter::parseTableCounts(const ShellOutcome& outcome,
                                                                 TableChecksums* checksums) const
{
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Counting the rows of %1").arg(m_target.name), outcome));
    return detail::parseCountLines(outcome.stdoutText, checksums);
}

Expected<qint64, QString> DatabaseAdapter::parseSize(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(
            describeFailure(Database::tr("Reading the size of %1").arg(m_target.name), outcome));
    return detail::parseSingleInteger(outcome.stdoutText);
}

Expected<QString, QString> DatabaseAdapter::parseQueryValue(const ShellOutcome& outcome) const
{
    if (!outcome.ok())
        return unexpected(describeFailure(Database::tr("The query on %1").arg(m_target.name), outcome));
    return detail::parseSingleValue(outcome.stdoutText, engine() == DatabaseEngine::MySql);
}

QString DatabaseAdapter::describeFailure(const QString& what, const ShellOutcome& outcome)
{
    if (outcome.status != ShellOutcome::Status::Exited)
        return Database::tr("%1 failed: %2").arg(what, outcome.describe());
    const QString line = detail::firstErrorLine(outcome.stderrText);
    if (line.isEmpty())
        return Database::tr("%1 failed with exit code %2.").arg(what, QString::number(outcome.exitCode));
    return Database::tr("%1 failed (exit code %2): %3").arg(what, QString::number(outcome.exitCode), line);
}

} // namespace puw
