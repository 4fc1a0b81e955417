#include "MissingRoles.h"

#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"

namespace puw::MissingRoles {

namespace {
constexpr qint64 kMaxDefinitionBytes = 4 * 1024 * 1024;

// Runs an adapter's command on a host through the door for data: its output is recorded by size and
// hash only.
DataRead readDefinitions(JobContext& ctx, HostRole role, const DatabaseCommand& command)
{
    RunOptions options;
    options.sudo = command.sudo;
    options.stdinData = command.secretInput + command.input;
    options.stdinIsSecret = !command.secretInput.isEmpty();
    options.timeoutMs = 60000;
    return ctx.readData(role, command.commandLine, kMaxDefinitionBytes, options);
}
} // namespace

QString checkName()
{
    return JobText::tr("The roles the dump names exist on new");
}

Expected<Roles, QString> find(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb)
{
    const auto named =
        oldDb.parseRoles(ctx.recordedShell(HostRole::Old).run(oldDb.namedRolesCommand().request(60000)));
    if (!named.ok())
        return unexpected(named.error());
    const auto present =
        newDb.parseRoles(ctx.recordedShell(HostRole::New).run(newDb.serverRolesCommand().request(60000)));
    if (!present.ok())
        return unexpected(present.error());
    Roles roles{named.value(), {}};
    for (const QString& role : roles.named) {
        if (!present->contains(role))
            roles.missing << role;
    }
    return roles;
}

Expected<QString, QString> createOnNew(JobContext& ctx, const DatabaseAdapter& oldDb,
                                       const DatabaseAdapter& newDb, const QStringList& missing)
{
    const auto failed = [](const QString& what, const ShellOutcome& outcome) {
        return DatabaseAdapter::describeFailure(what, outcome);
    };
    QList<std::pair<QString, QString>> accounts;
    if (oldDb.engine() != DatabaseEngine::PostgreSql) {
        const ShellOutcome listed =
            ctx.recordedShell(HostRole::Old).run(oldDb.accountsCommand(missing).request(60000));
        if (!listed.ok())
            return unexpected(failed(
                JobText::tr("Listing old's accounts of %1").arg(missing.join(QStringLiteral(", "))), listed));
        // A dry run learns no accounts: its list shows the statements for one of each name.
        auto parsed = ctx.isDryRun()
                          ? Expected<QList<std::pair<QString, QString>>, QString>(
                                QList<std::pair<QString, QString>>{{missing.first(), QStringLiteral("%")}})
                          : oldDb.parseAccounts(listed.stdoutText);
        if (!parsed.ok())
            return unexpected(parsed.error());
        accounts = parsed.value();
        if (accounts.isEmpty())
            return unexpected(
                JobText::tr("Old has no account named %1 to copy.").arg(missing.join(QStringLiteral(", "))));
    }
    const DataRead read =
        readDefinitions(ctx, HostRole::Old, oldDb.roleDefinitionsCommand(missing, accounts));
    if (!read.ok())
        return unexpected(read.tooLarge
                              ? JobText::tr("Old's role definitions are larger than 4 MiB.")
                              : failed(JobText::tr("Reading the roles' definitions on old"), read.outcome));
    if (ctx.isDryRun()) {
        ctx.recordedShell(HostRole::New).run(newDb.createRolesCommand({}).request(60000));
        return JobText::tr("would create %1 on new").arg(missing.join(QStringLiteral(", ")));
    }
    const auto statements = oldDb.parseRoleDefinitions(read.data);
    if (!statements.ok())
        return unexpected(statements.error());
    const ShellOutcome created =
        ctx.recordedShell(HostRole::New).run(newDb.createRolesCommand(statements.value()).request(60000));
    if (!created.ok())
        return unexpected(
            failed(JobText::tr("Creating %1 on new").arg(missing.join(QStringLiteral(", "))), created));
    // PostgreSQL's "PASSWORD 'SCRAM-SHA-256$...'", MySQL's "IDENTIFIED BY PASSWORD '*...'".
    const bool hashes = statements->contains(" PASSWORD '");
    //: %1 role names; the sentence says whether their passwords came along
    return hashes ? JobText::tr("created %1 on new as old defines them, with the same passwords")
                        .arg(missing.join(QStringLiteral(", ")))
                  : JobText::tr("created %1 on new as old defines them, without passwords (old's admin login "
                                "may not read them): set them on new")
                        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace puw::MissingRoles
