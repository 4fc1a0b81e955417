#include "BackupSpace.h"

#include "jobs/JobText.h"
#include "journal/SessionValues.h"
#include "remote/LocalShell.h"
#include "remote/ShellQuote.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <limits>
#include <optional>

namespace puw::BackupSpace {

namespace {
constexpr qint64 kMiB = 1024 * 1024;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}
} // namespace

Estimate estimate(qint64 rehearsalBytes, qint64 databaseBytes)
{
    // The rehearsal's backup comes first: it is a dump of this same database by the same tool in the same
    // format, measured days or hours ago, so it is the dump's real size. The database's size is what the
    // server keeps on disk (indexes, free space in pages, TOAST; a compressed dump is much smaller), a
    // rough guess of the dump that can be off several times either way. Growth since the rehearsal is
    // what the margin of bytesNeeded() is for.
    if (rehearsalBytes >= 0)
        return {rehearsalBytes, Estimate::Basis::Rehearsal, rehearsalBytes};
    if (databaseBytes >= 0)
        return {databaseBytes, Estimate::Basis::DatabaseSize, databaseBytes};
    return {};
}

qint64 bytesNeeded(qint64 estimateBytes)
{
    return estimateBytes + estimateBytes / 10 + 32 * kMiB;
}

Expected<qint64, QString> parseDfAvailable(const QString& output)
{
    // Filesystem 1024-blocks Used Available Capacity Mounted-on: anchored on the numbers and the
    // percentage, so that spaces in the file system's name or in the mount point do not shift columns.
    static const QRegularExpression line(
        QStringLiteral(R"(^(.*\S)\s+(\d+)\s+(\d+)\s+(-?\d+)\s+(\d+%|-)\s+(/.*)$)"));
    std::optional<qint64> available;
    int dataLines = 0;
    for (const QString& text : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = line.match(text.trimmed());
        if (!match.hasMatch())
            continue;
        ++dataLines;
        bool ok = false;
        const qint64 kib = match.captured(4).toLongLong(&ok);
        if (!ok || kib > std::numeric_limits<qint64>::max() / 1024)
            return unexpected(JobText::tr("df printed an available size that is out of range."));
        available = qMax<qint64>(kib, 0) * 1024;
    }
    if (dataLines != 1)
        return unexpected(
            JobText::tr("df printed %1 lines about file systems instead of one.").arg(dataLines));
    return *available;
}

Expected<qint64, QString> freeBytes(HostShell& shell, const QString& folder)
{
    ShellRequest request;
    request.commandLine =
        QStringLiteral("d=%1; while [ ! -e \"$d\" ] && [ \"$d\" != / ]; do d=$(dirname -- \"$d\"); done; "
                       "LC_ALL=C df -Pk -- \"$d\"")
            .arg(shellQuote(folder));
    request.timeoutMs = 30000; // a hung network file system must not hang the step
    const ShellOutcome outcome = shell.run(request);
    if (!outcome.ok())
        return unexpected(JobText::tr("df failed (%1).").arg(outcome.describe()));
    return parseDfAvailable(outcome.stdoutText);
}

QString refusal(Where where, const QString& folder, qint64 freeBytes, const Estimate& estimate)
{
    QString text;
    const bool rehearsal = estimate.basis == Estimate::Basis::Rehearsal;
    if (where == Where::NewHost && rehearsal)
        //: %1 free size, %2 folder, %3 size needed, %4 size of the rehearsal's backup ("12.0 MiB")
        text = JobText::tr("The new host has %1 free in %2, and the backup needs about %3 (the rehearsal's "
                           "was %4). Free some space there, then run this step again.");
    else if (where == Where::NewHost)
        //: %1 free size, %2 folder, %3 size needed, %4 size of the database ("12.0 MiB")
        text = JobText::tr("The new host has %1 free in %2, and the backup needs about %3 (the database "
                           "takes %4 on the old host). Free some space there, then run this step again.");
    else if (rehearsal)
        //: %1 free size, %2 folder, %3 size needed, %4 size of the rehearsal's backup ("12.0 MiB")
        text = JobText::tr("This computer has %1 free in %2, and the local copy of the backup needs about "
                           "%3 (the rehearsal's was %4). Free some space there, then run this step again.");
    else
        //: %1 free size, %2 folder, %3 size needed, %4 size of the database ("12.0 MiB")
        text = JobText::tr("This computer has %1 free in %2, and the local copy of the backup needs about "
                           "%3 (the database takes %4 on the old host). Free some space there, then run "
                           "this step again.");
    return text.arg(size(freeBytes), folder, size(bytesNeeded(estimate.bytes)), size(estimate.basisBytes));
}

Expected<Done, QString> check(HostShell& shell, Where where, const QString& folder, const Estimate& estimate,
                              const std::function<void(const QString&)>& onUnknown)
{
    if (!estimate.known())
        return Done{};
    const auto free = freeBytes(shell, folder);
    if (!free.ok()) {
        if (onUnknown)
            onUnknown(free.error());
        return Done{};
    }
    if (free.value() >= bytesNeeded(estimate.bytes))
        return Done{};
    return unexpected(refusal(where, folder, free.value(), estimate));
}

Expected<Done, QString> preflight(JobContext& ctx, const QString& remoteFolder, qint64 databaseBytes)
{
    if (ctx.isDryRun())
        return Done{};
    const QString rehearsal = ctx.sessionValue(SessionKey::kBackupRehearsalBytes);
    bool ok = false;
    const qint64 rehearsalBytes = rehearsal.toLongLong(&ok);
    const Estimate guess = estimate(ok ? rehearsalBytes : -1, databaseBytes);
    if (!guess.known()) {
        ctx.log(JobText::tr("The size of the backup is not known: the free space is not checked."));
        return Done{};
    }
    ctx.log(JobText::tr("Checking that both backup folders have about %1 free.")
                .arg(size(bytesNeeded(guess.bytes))));
    QStringList refusals;
    const auto remote =
        check(ctx.recordedShell(HostRole::New), Where::NewHost, remoteFolder, guess, [&](const QString& why) {
            ctx.log(JobText::tr("The free space on the new host is not known (%1): "
                                "the backup goes ahead.")
                        .arg(why));
        });
    LocalShell local;
    const auto here = check(local, Where::ThisComputer, ctx.backupDir(), guess, [&](const QString& why) {
        ctx.log(JobText::tr("The free space on this computer is not known (%1): the backup goes ahead.")
                    .arg(why));
    });
    for (const auto* decision : {&remote, &here}) {
        if (!decision->ok())
            refusals.append(decision->error());
    }
    if (!refusals.isEmpty())
        return unexpected(refusals.join(QLatin1Char(' ')));
    return Done{};
}

} // namespace puw::BackupSpace
