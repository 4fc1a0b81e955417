// Step 6's database check where no TCP password login exists (peer, unix_socket, compose): the recipe's
// migration-head query through the database's own client on the new host, as the count access logs in.
#include "DatabaseSteps.h"

#include "database/DatabaseAdapter.h"
#include "jobs/JobText.h"

#include <QElapsedTimer>

namespace puw::DatabaseSteps {

std::optional<CheckResult> headCheckThroughClient(JobContext& ctx, HostRole role, const QString& headQuery)
{
    auto newDb = adapterFor(ctx, role);
    if (!newDb.ok())
        return std::nullopt;
    const DatabaseAccess& access = newDb.value()->target().access(DatabasePurpose::Count);
    const bool tcpPassword = access.method == DatabaseAccess::Method::Password && access.socket.isEmpty();
    if (tcpPassword && !newDb.value()->target().usesCompose())
        return std::nullopt; // the tunnelled Qt Sql check covers it
    QElapsedTimer clock;
    clock.start();
    const auto head = newDb.value()->migrationHead(ctx.recordedShell(role), headQuery);
    CheckResult result;
    result.name = JobText::tr("Database answers (migration head)");
    result.kind = QStringLiteral("database");
    result.passed = head.ok() && !head.value().isEmpty();
    result.detail = head.ok() ? (head.value().isEmpty() ? JobText::tr("no migration applied")
                                                        : JobText::tr("head %1").arg(head.value()))
                              : head.error();
    result.elapsedMs = clock.elapsed();
    result.checkedAt = QDateTime::currentDateTimeUtc();
    return result;
}

} // namespace puw::DatabaseSteps
