// Old's counts and checksums taken in the dump's own snapshot (step 3, or step 8 without the stream), kept
// as session values so that the import that restores that dump compares with exactly what it holds.
#include "DatabaseSteps.h"

#include "jobs/JobText.h"
#include "journal/SessionValues.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace puw::DatabaseSteps::detail {

namespace {
template <typename Map> QString toJson(const Map& values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
} // namespace

void recordSnapshot(JobContext& ctx, const Expected<TableCounts, QString>& counts,
                    const TableChecksums& checksums)
{
    if (ctx.isDryRun())
        return;
    if (!counts.ok()) {
        if (!counts.error().isEmpty())
            ctx.log(
                JobText::tr("Old's counts in the dump's snapshot are not available (%1): the import counts "
                            "old again.")
                    .arg(counts.error()));
        ctx.reportValue(SessionKey::kSnapshotCounts, {});
        ctx.reportValue(SessionKey::kSnapshotChecksums, {});
        return;
    }
    ctx.reportValue(SessionKey::kSnapshotCounts, toJson(counts.value()));
    ctx.reportValue(SessionKey::kSnapshotChecksums, toJson(checksums));
}

bool snapshotFor(JobContext& ctx, TableCounts* counts, TableChecksums* checksums)
{
    const QJsonObject countObject =
        QJsonDocument::fromJson(ctx.sessionValue(SessionKey::kSnapshotCounts).toUtf8()).object();
    if (countObject.isEmpty())
        return false;
    const QJsonObject sumObject =
        QJsonDocument::fromJson(ctx.sessionValue(SessionKey::kSnapshotChecksums).toUtf8()).object();
    for (auto it = countObject.begin(); it != countObject.end(); ++it)
        counts->insert(it.key(), qint64(it.value().toDouble()));
    for (auto it = sumObject.begin(); it != sumObject.end(); ++it)
        checksums->insert(it.key(), it.value().toString());
    return true;
}

} // namespace puw::DatabaseSteps::detail
