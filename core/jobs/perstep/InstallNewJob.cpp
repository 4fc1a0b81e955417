#include "InstallNewJob.h"

#include "jobs/JobContext.h"
#include "jobs/JobText.h"
#include "jobs/shared/AppPortsCheck.h"
#include "jobs/shared/DatabasePreflight.h"
#include "journal/SessionValues.h"

#include <QCoreApplication>

namespace puw {

namespace {
// The version a host's version command prints (empty when it has none or the command fails there), or why
// the host could not be asked at all (not reached, timed out).
Expected<QString, QString> versionOn(JobContext& ctx, HostRole role)
{
    const RecipeCommand& command = ctx.recipe().recipe().versionCommand;
    if (command.isEmpty())
        return QString();
    RunOptions options;
    options.logLines = true;
    const ShellOutcome outcome = ctx.runRecipe(role, command, options);
    if (outcome.status != ShellOutcome::Status::Exited && outcome.status != ShellOutcome::Status::Cancelled)
        return unexpected(outcome.describe());
    return outcome.ok() ? versionFromOutput(outcome.stdoutText, ctx.recipe().recipe().versionPattern)
                        : QString();
}

// Every host the upgrade will need is reached now, before anything is changed anywhere: a changed host key or
// a refused login fails this step with its reason, not a later one during the downtime.
QString unreachableHost(JobContext& ctx)
{
    if (ctx.isDryRun())
        return {};
    QList<HostRole> roles{HostRole::New, HostRole::Old};
    if (!ctx.plan().route.proxy.isEmpty())
        roles.append(HostRole::Proxy);
    for (HostRole role : roles) {
        if (auto shell = ctx.hosts().shell(role); !shell.ok())
            return shell.error();
    }
    return {};
}
} // namespace

StepOutcome InstallNewJob::run(JobContext& ctx)
{
    // Both hosts are only read in this step (see the end): every command is a probe, except the creation of
    // missing roles on new when the admin asks for it (DatabasePreflight::createMissingRoles).
    const JobContext::ReadOnlyCommands readOnly(ctx);
    if (const QString error = unreachableHost(ctx); !error.isEmpty())
        return StepOutcome::failed(error);
    QStringList missing;
    for (const QString& program : ctx.recipe().recipe().requiredPrograms) {
        const auto name = ctx.expand(program, HostRole::New);
        if (!name.ok())
            return StepOutcome::failed(
                JobText::tr("The recipe names a program with {{%1}}, which has no value.").arg(name.error()));
        // `command -v` finds programs in PATH and accepts absolute paths of executables.
        const ShellOutcome found = ctx.run(HostRole::New, {QStringLiteral("sh"), QStringLiteral("-c"),
                                                           QStringLiteral("command -v -- \"$1\""),
                                                           QStringLiteral("sh"), name.value()});
        if (found.status != ShellOutcome::Status::Exited)
            return StepOutcome::failed(found.describe());
        if (found.exitCode != 0)
            missing.append(name.value());
        if (ctx.isCancelled())
            return StepOutcome::cancelled(JobText::tr("Cancelled."));
    }
    if (!missing.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The new host lacks %1. Install the new version there (and its "
                        "dependencies), then run this step again.")
                .arg(missing.join(QStringLiteral(", "))));

    const auto newAnswer = versionOn(ctx, HostRole::New);
    const auto oldAnswer = versionOn(ctx, HostRole::Old);
    if (!newAnswer.ok() || !oldAnswer.ok())
        //: %1 "new" or "old", %2 why (e.g. the connection was lost)
        return StepOutcome::failed(JobText::tr("The %1 host could not be asked for its version: %2")
                                       .arg(hostRoleLabel(newAnswer.ok() ? HostRole::Old : HostRole::New),
                                            newAnswer.ok() ? oldAnswer.error() : newAnswer.error()));
    const QString newVersion = newAnswer.value();
    const QString oldVersion = oldAnswer.value();
    if (!newVersion.isEmpty())
        ctx.reportValue(SessionKey::kVersionNew, newVersion);
    if (!oldVersion.isEmpty())
        ctx.reportValue(SessionKey::kVersionOld, oldVersion);
    if (!ctx.recipe().recipe().versionCommand.isEmpty() && newVersion.isEmpty() && !ctx.isDryRun())
        return StepOutcome::failed(
            JobText::tr("The new version does not answer its version command on the new "
                        "host. Check the installation there."));
    if (!newVersion.isEmpty() && newVersion == oldVersion)
        return StepOutcome::failed(
            JobText::tr("The new host runs the same version as the old one (%1): install "
                        "the new version first.")
                .arg(newVersion));

    // Before anything moves: the database checks (step 3 runs them again before its dump) and the ports the
    // new application will listen on; every refusal at once, with its host, figure and fix.
    if (auto refused = DatabasePreflight::reportChecks(ctx, AppPortsCheck::checks(ctx)))
        return *refused;
    if (ctx.isCancelled())
        return StepOutcome::cancelled(JobText::tr("Cancelled."));

    // Both hosts are only read: nothing above changes anything (some reads go through sudo: a peer login to
    // the database, df of new's data directory).
    if (newVersion.isEmpty())
        return StepOutcome::done(JobText::tr("The new host has everything the application needs."));
    return StepOutcome::done(
        JobText::tr("The new host is ready with %1 (the old one runs %2).")
            .arg(newVersion, oldVersion.isEmpty() ? JobText::tr("an unknown version") : oldVersion));
}

} // namespace puw
