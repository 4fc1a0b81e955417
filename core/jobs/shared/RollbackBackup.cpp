// The rollback's safety net once users reached the new installation: its data, backed up on the new host.
#include "DatabaseSteps.h"

#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"
#include "util/SafeFileName.h"

#include <QCoreApplication>
#include <QDateTime>

namespace puw::DatabaseSteps {

Expected<QString, QString> backupNewInPlace(JobContext& ctx)
{
    auto newDb = adapterFor(ctx, HostRole::New);
    if (!newDb.ok())
        return unexpected(newDb.error());
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    auto partial = PartialDump::forFinalPath(
        QStringLiteral("%1/%2-new-before-rollback-%3.dump")
            .arg(detail::remoteBackupDir(ctx), safeFileNamePart(newDb.value()->target().name), stamp));
    if (!partial.ok())
        return unexpected(partial.error());
    ctx.log(JobText::tr("Backing up the new installation's database to %1 before the rollback.")
                .arg(partial->finalPath()));
    HostShell& shell = ctx.recordedShell(HostRole::New);
    DatabaseCommand dump = newDb.value()->dumpToFileCommand(partial.value());
    const ShellOutcome dumped = shell.run(dump.request(ctx.recipe().recipe().timeouts.commandSeconds * 1000));
    if (!dumped.ok() && !ctx.isDryRun())
        return unexpected(DatabaseAdapter::describeFailure(JobText::tr("The dump on the new host"), dumped));
    auto file = newDb.value()->promote(shell, partial.value());
    if (!file.ok() && !ctx.isDryRun())
        return unexpected(file.error());
    ctx.reportArtefact({0,
                        ctx.step(),
                        QStringLiteral("backup"),
                        QStringLiteral("new:") + partial->finalPath(),
                        -1,
                        {},
                        true,
                        {}});
    return partial->finalPath();
}

} // namespace puw::DatabaseSteps
