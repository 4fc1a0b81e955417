#include "DowntimeModel.h"

#include "journal/Downtime.h"
#include "journal/SessionValues.h"
#include "shared/ServiceWatch.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace puw {

namespace {
// Measured in the sandbox (three hosts on two cores; figures in tests/bench/engine/README.md):
// while the dump streams into the restore, both share the processors and the relay, so the shorter of
// the two adds this share of its rehearsal time to the longer (less across real machines);
constexpr double kShared = 0.75;
// stopping both services (systemd: `disable --now` on each host, which reloads systemd and waits for the
// process to end) takes about this many service starts of the rehearsal (calibrated on the booted
// systemd-nspawn machines, run 2 of the bench; the namespace sandbox without systemd needed 0.75);
constexpr double kStopPerService = 3.0;
// the route's commands on the proxy (its first sudo, nginx -t, the reload, three answers in a row) about
// this many service starts (1.6 on the namespace sandbox).
constexpr double kRoutePerService = 4.5;

qint64 scaled(qint64 ms, double scale)
{
    return static_cast<qint64>(std::llround(static_cast<double>(ms) * scale));
}
} // namespace

QString DowntimePrediction::toJson() const
{
    QJsonObject object;
    QJsonObject partsObject;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        partsObject.insert(it.key(), static_cast<double>(it.value()));
    object.insert(QStringLiteral("parts"), partsObject);
    object.insert(QStringLiteral("scale"), scale);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

DowntimePrediction predictDowntime(const QMap<QString, qint64>& rehearsal, qint64 rehearsalBytes,
                                   qint64 nowBytes)
{
    using namespace DowntimePart;
    DowntimePrediction prediction;
    if (!rehearsal.contains(kStream) || !rehearsal.contains(kData) || !rehearsal.contains(kStart))
        return prediction;
    if (rehearsalBytes > 0 && nowBytes > 0)
        prediction.scale = static_cast<double>(nowBytes) / static_cast<double>(rehearsalBytes);
    const double s = prediction.scale;
    const qint64 service = std::max<qint64>(rehearsal.value(kService), 0);
    const bool streamedRestore = rehearsal.contains(kPostData);

    const qint64 look = std::max<qint64>(rehearsal.value(kLook), 0);
    QMap<QString, qint64>& parts = prediction.parts;
    parts.insert(kStop, scaled(service, kStopPerService));
    parts.insert(kPrepare, rehearsal.value(kPrepare) + 3 * look);
    const qint64 stream = rehearsal.value(kStream);
    const qint64 data = rehearsal.value(kData);
    if (streamedRestore) {
        parts.insert(kStream, scaled(std::max(stream, data) + scaled(std::min(stream, data), kShared), s));
        parts.insert(kPostData, scaled(rehearsal.value(kPostData), s));
        parts.insert(kCompare,
                     scaled(std::max<qint64>(rehearsal.value(kCompare) - rehearsal.value(kOldCounts), 0), s));
    } else {
        parts.insert(kStream, scaled(stream, s));
        parts.insert(kData, scaled(data, s));
        parts.insert(kCompare, scaled(rehearsal.value(kCompare), s));
    }
    qint64 sinceStop = 0;
    for (QLatin1String part : {kPrepare, kStream, kData, kPostData, kCompare})
        sinceStop += parts.value(part);
    parts.insert(kWatch, std::max<qint64>(0, ServiceWatch::kQuietWindowMs - sinceStop) + look / 2);
    parts.insert(kMigrate, scaled(rehearsal.value(kMigrate), s));
    parts.insert(kStart, rehearsal.value(kStart));
    parts.insert(kChecks, rehearsal.value(kChecks));
    parts.insert(kRoute, scaled(service, kRoutePerService));

    prediction.totalMs = 0;
    for (qint64 ms : std::as_const(parts))
        prediction.totalMs += ms;
    return prediction;
}

namespace {
// The plan's replication runs (jobs/sync/): step 8 moves no dump. What replaces the prepare, stream and
// restore parts is the catch-up: about ten quick commands on the two hosts (the slot's position until it
// reaches old's last, the sequences, the removal on both sides, the rename) and a second for the
// subscriber's last confirmation; the comparison reads old's counts too, at the same time as new's.
void asReplication(DowntimePrediction& prediction, const QMap<QString, qint64>& rehearsal)
{
    using namespace DowntimePart;
    QMap<QString, qint64>& parts = prediction.parts;
    for (QLatin1String part : {kPrepare, kStream, kData, kPostData, kWatch})
        parts.remove(part);
    const qint64 look = std::max<qint64>(rehearsal.value(kLook), 0);
    parts.insert(kCatchUp, 10 * look + 1000);
    parts.insert(kCompare,
                 scaled(std::max(rehearsal.value(kCompare), rehearsal.value(kOldCounts)), prediction.scale));
    parts.insert(kWatch, std::max<qint64>(0, ServiceWatch::kQuietWindowMs - parts.value(kCatchUp) -
                                                 parts.value(kCompare)) +
                             look / 2);
    prediction.totalMs = 0;
    for (qint64 ms : std::as_const(parts))
        prediction.totalMs += ms;
}
} // namespace

DowntimePrediction predictDowntime(const QMap<QString, QString>& values, qint64 nowBytes)
{
    bool ok = false;
    const qint64 rehearsalBytes = values.value(SessionKey::kRehearsalDatabaseBytes).toLongLong(&ok);
    const QMap<QString, qint64> rehearsal = readTimings(values.value(SessionKey::kRehearsalTimings));
    DowntimePrediction prediction = predictDowntime(rehearsal, ok ? rehearsalBytes : -1, nowBytes);
    if (prediction.totalMs >= 0 && values.value(SessionKey::kSyncMode) == QStringLiteral("replication"))
        asReplication(prediction, rehearsal);
    return prediction;
}

} // namespace puw
