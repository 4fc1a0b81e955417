#include "SharedMigrations.h"

#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "plan/Procedure.h"

#include <QRegularExpression>

namespace puw::SharedMigrations {

namespace {
// The names of the migrations still to apply, or an error when they cannot be listed.
Expected<QStringList, QString> pendingMigrations(JobContext& ctx)
{
    const MigrationSpec& spec = ctx.recipe().recipe().migrations;
    if (spec.list.isEmpty())
        return QStringList{JobText::tr("(the recipe cannot list them)")};
    const ShellOutcome listed = ctx.runRecipe(HostRole::New, spec.list);
    if (!listed.ok())
        return unexpected(
            JobText::tr("Listing the new version's migrations failed: %1").arg(listed.describe()));
    const QRegularExpression pending(spec.pendingPattern);
    QStringList names;
    for (const QString& line : listed.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (pending.match(line).hasMatch())
            names << line.section(QLatin1Char(' '), 0, 0).trimmed();
    }
    return names;
}
} // namespace

std::optional<StepOutcome> refuseUnlessAllowed(JobContext& ctx)
{
    const MigrationSpec& spec = ctx.recipe().recipe().migrations;
    if (procedureOf(ctx.plan()) != Procedure::SharedDatabase || spec.apply.isEmpty())
        return std::nullopt;
    const auto pending = pendingMigrations(ctx);
    if (!pending.ok())
        return StepOutcome::failed(pending.error());
    if (ctx.isDryRun() || pending->isEmpty())
        return std::nullopt;
    const QString names = pending->join(QStringLiteral(", "));
    if (!spec.backwardCompatible)
        return StepOutcome::failed(
            JobText::tr("The new version has migrations to apply (%1) to the database old serves, and the "
                        "recipe does not say they are backward compatible (migrations.backwardCompatible): "
                        "they could break the old version while users work on it. Nothing was changed. This "
                        "upgrade needs the separate-database procedure: give new its own database server and "
                        "remove \"shared\" from the plan's database section.")
                .arg(names));
    const QString oldAddress = ctx.plan().oldHost.address;
    if (ctx.option(StepOption::kTypedHost).toString() != oldAddress)
        return StepOutcome::failed(
            JobText::tr("The migrations %1 change the database old serves. The recipe says old keeps working "
                        "with them; type old's address (%2) to confirm and run this step again. Nothing was "
                        "changed.")
                .arg(names, oldAddress));
    ctx.log(
        JobText::tr("Applying %1 to the shared database, as confirmed: the old version keeps working with "
                    "them (the recipe says they are backward compatible).")
            .arg(names));
    return std::nullopt;
}

} // namespace puw::SharedMigrations
