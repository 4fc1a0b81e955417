#include "RemoveHostBackupsJob.h"

#include "jobs/JobContext.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/BackupFolder.h"
#include "journal/HostBackups.h"

namespace puw {

namespace {
std::optional<HostRole> roleNamed(const QString& label)
{
    for (HostRole role : {HostRole::Old, HostRole::New, HostRole::Proxy}) {
        if (hostRoleLabel(role) == label)
            return role;
    }
    return std::nullopt;
}
} // namespace

QString RemoveHostBackupsJob::refusal(const QString& path, const QString& folder)
{
    const QString inside = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    if (!path.startsWith(inside) || path.size() == inside.size())
        //: %1 a file on a host, %2 the session's backup folder there
        return JobText::tr("%1 is not inside the backup folder %2").arg(path, folder);
    for (const QString& part : path.mid(inside.size()).split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return JobText::tr("%1 has an empty, \".\" or \"..\" part").arg(path);
    }
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return JobText::tr("%1 holds a control character").arg(path);
    }
    return {};
}

StepOutcome RemoveHostBackupsJob::run(JobContext& ctx)
{
    const QStringList files = ctx.option(StepOption::kHostFiles).toStringList();
    if (files.isEmpty())
        return StepOutcome::done(JobText::tr("No backup to remove."));
    QStringList problems;
    int removed = 0;
    for (const QString& file : files) {
        if (ctx.isCancelled())
            return StepOutcome::cancelled(JobText::tr("Cancelled after removing %n backup(s).", "", removed));
        ArtefactRecord record;
        record.kind = HostBackups::kRemovedKind;
        record.path = file;
        record.step = ctx.step();
        const std::optional<HostRole> role = roleNamed(record.hostRole());
        const QString path = record.hostPath();
        const QString refused =
            role ? refusal(path, BackupFolder::on(ctx, *role)) : JobText::tr("%1 names no host").arg(file);
        if (!refused.isEmpty()) {
            problems.append(refused);
            continue;
        }
        const ShellOutcome outcome =
            ctx.run(*role, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), path});
        if (!outcome.ok()) {
            //: %1 "old" or "new", %2 the file, %3 why (rm's message, a lost connection)
            problems.append(JobText::tr("%1:%2 could not be removed: %3")
                                .arg(hostRoleLabel(*role), path, outcome.describe()));
            continue;
        }
        record.complete = true;
        if (!ctx.isDryRun())
            ctx.reportArtefact(record);
        ++removed;
    }
    if (!problems.isEmpty())
        return StepOutcome::failed(JobText::tr("Removed %n backup(s); not removed: %1", "", removed)
                                       .arg(problems.join(QStringLiteral("; "))));
    return StepOutcome::done(JobText::tr("Removed %n backup(s) from the hosts.", "", removed));
}

} // namespace puw
