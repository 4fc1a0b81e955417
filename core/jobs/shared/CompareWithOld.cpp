// After a restore: the new database compared with the old one, and the migrations still to apply.
#include "DatabaseSteps.h"

#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"
#include "journal/SessionValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace puw::DatabaseSteps::detail {

namespace {
template <typename Map> QString mapJson(const Map& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// "orders (count 25000 vs 24999), customer (content)"
QString differences(const TableCountComparison& comparison)
{
    QStringList parts;
    for (const TableCountRow& row : comparison.rows) {
        if (row.matches())
            continue;
        parts << (row.oldCount != row.newCount
                      ? JobText::tr("%1 (count %2 vs %3)").arg(row.table).arg(row.oldCount).arg(row.newCount)
                      : JobText::tr("%1 (same count, different content)").arg(row.table));
    }
    return parts.join(QStringLiteral(", "));
}

// The migration heads of both databases (a check when both answer) and the migrations still to apply.
// headMismatch, when given, gets "old X, new Y" if both heads were read and differ.
QStringList readMigrations(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           QString* headMismatch = nullptr)
{
    // Queries and a listing: nothing here changes a database or a host.
    const JobContext::ReadOnlyCommands readOnly(ctx);
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    const MigrationSpec& migrations = ctx.recipe().recipe().migrations;
    if (!migrations.headQuery.isEmpty()) {
        const auto query = ctx.expand(migrations.headQuery, HostRole::Old);
        const auto oldHead = query.ok() ? oldDb.migrationHead(ctx.recordedShell(HostRole::Old), query.value())
                                        : Expected<QString, QString>(unexpected(query.error()));
        const auto newHead = query.ok() ? newDb.migrationHead(newShell, query.value())
                                        : Expected<QString, QString>(unexpected(query.error()));
        if (oldHead.ok() && newHead.ok()) {
            ctx.reportValue(SessionKey::kMigrationHead, newHead.value());
            ctx.reportCheck({0,
                             ctx.step(),
                             JobText::tr("Migration head old vs new"),
                             QStringLiteral("database"),
                             oldHead.value() == newHead.value(),
                             JobText::tr("old %1, new %2").arg(oldHead.value(), newHead.value()),
                             {}});
            if (headMismatch && oldHead.value() != newHead.value())
                *headMismatch = JobText::tr("old %1, new %2").arg(oldHead.value(), newHead.value());
        }
    }
    QStringList pending;
    if (!migrations.list.isEmpty()) {
        const ShellOutcome listing = ctx.runRecipe(HostRole::New, migrations.list);
        const QRegularExpression pendingLine(migrations.pendingPattern);
        for (const QString& line : listing.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (pendingLine.match(line).hasMatch())
                pending.append(line.trimmed());
        }
        ctx.reportValue(SessionKey::kMigrationsListing, listing.stdoutText.trimmed());
        ctx.reportValue(
            SessionKey::kMigrationsPending,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(pending)).toJson(QJsonDocument::Compact)));
    }
    return pending;
}

StepOutcome listMigrations(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb)
{
    readMigrations(ctx, oldDb, newDb);
    return StepOutcome::done(JobText::tr("Dry run: the backup would be restored on the new host."));
}
} // namespace

StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const Expected<TableCounts, QString>& oldCounts,
                           const TableChecksums& oldChecksums, qint64 restoreMs)
{
    return compareWithOld(
        ctx, oldDb, newDb,
        [&](TableChecksums* checksums) {
            *checksums = oldChecksums;
            return oldCounts;
        },
        restoreMs);
}

StepOutcome compareWithOld(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb,
                           const OldCounts& oldCountsAfterNew, qint64 restoreMs)
{
    HostShell& newShell = ctx.recordedShell(HostRole::New);
    TableChecksums newChecksums;
    const auto newCounts = [&] {
        const JobContext::ReadOnlyCommands readOnly(ctx); // counting queries
        return newDb.tableCounts(newShell, &newChecksums);
    }();
    TableChecksums oldChecksums;
    const Expected<TableCounts, QString> oldCounts = oldCountsAfterNew(&oldChecksums);
    if (ctx.isDryRun()) // the count commands are listed; what they would print is not known
        return listMigrations(ctx, oldDb, newDb);
    if (!oldCounts.ok() || !newCounts.ok())
        return StepOutcome::failed(oldCounts.ok() ? newCounts.error() : oldCounts.error());
    ctx.reportValue(SessionKey::kRowCountsOld, mapJson(oldCounts.value()));
    ctx.reportValue(SessionKey::kRowCountsNew, mapJson(newCounts.value()));
    ctx.reportValue(SessionKey::kChecksumsOld, mapJson(oldChecksums));
    ctx.reportValue(SessionKey::kChecksumsNew, mapJson(newChecksums));
    const TableCountComparison comparison = compareTableCounts(
        oldCounts.value(), newCounts.value(), oldDb.target().excludeTables, oldChecksums, newChecksums);
    qint64 rows = 0;
    for (const TableCountRow& row : comparison.rows)
        rows += qMax<qint64>(row.newCount, 0);
    ctx.reportCheck({0,
                     ctx.step(),
                     JobText::tr("Row counts and checksums old vs new"),
                     QStringLiteral("database"),
                     comparison.allMatch(),
                     comparison.allMatch() ? JobText::tr("%1 tables, %2 rows, counts and checksums all equal")
                                                 .arg(comparison.rows.size())
                                                 .arg(rows)
                                           : JobText::tr("differ in %1").arg(differences(comparison)),
                     {}});
    if (!comparison.allMatch())
        return StepOutcome::failed(JobText::tr("The restored database differs from the old one in %1.")
                                       .arg(differences(comparison)));

    QString headMismatch;
    const QStringList pending = readMigrations(ctx, oldDb, newDb, &headMismatch);
    if (!headMismatch.isEmpty())
        return StepOutcome::failed(
            JobText::tr("The restored database's migration head differs from old's (%1): the dump is not "
                        "the database old runs on. Run the backup step again, then this one.")
                .arg(headMismatch));
    return StepOutcome::done(
        JobText::tr("Restored %1 rows in %2 tables in %3 s; every count and content checksum matches the "
                    "old host. %4 migration(s) to apply.")
            .arg(rows)
            .arg(comparison.rows.size())
            .arg(restoreMs / 1000.0, 0, 'f', 1)
            .arg(pending.size()));
}

} // namespace puw::DatabaseSteps::detail
