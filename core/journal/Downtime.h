#pragma once

#include "JournalRecords.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace puw {

// The parts of the downtime, in the order the cutover runs them (steps 7 to 9). The same names key the
// rehearsal's timings (rehearsal.timings), the prediction (downtime.prediction) and the cutover's measured
// timings (cutover.timings).
namespace DowntimePart {
inline constexpr QLatin1String kStop{"stop"};          // step 7: both installations stopped and seen so
inline constexpr QLatin1String kPrepare{"prepare"};    // step 8: size, free space, new database recreated
inline constexpr QLatin1String kCatchUp{"catch_up"};   // replication: new applied old's last changes,
                                                       // sequences set, the mode removed, new promoted
inline constexpr QLatin1String kStream{"stream"};      // the dump streamed (and restored as it arrives)
inline constexpr QLatin1String kData{"data"};          // the rows restored after the stream (not streamed)
inline constexpr QLatin1String kPostData{"post_data"}; // indexes and constraints from the file
inline constexpr QLatin1String kCompare{"compare"};    // row counts, migration heads, pending list
inline constexpr QLatin1String kWatch{"watch"};        // the services stayed stopped (quiet window)
inline constexpr QLatin1String kMigrate{"migrate"};    // the new version's migrations
inline constexpr QLatin1String kStart{"start"};        // the new application started and healthy
inline constexpr QLatin1String kChecks{"checks"};      // the automated checks
inline constexpr QLatin1String kRoute{"route"};        // step 9: users routed to the new installation
// Not parts of the downtime: what the rehearsal timed for the model's sake.
inline constexpr QLatin1String kService{"service"};      // one service command (start) on the new host
inline constexpr QLatin1String kLook{"look"};            // one quick command (the size query) on a host
inline constexpr QLatin1String kOldCounts{"old_counts"}; // the old host's row counts (the cutover reads
                                                         // them while it streams)

QList<QLatin1String> inOrder();     // every part above but kService, in the cutover's order
QString label(const QString& part); // for people: "Stop both installations", ...
} // namespace DowntimePart

// {"part": ms} as the session values hold them; unknown parts are kept, malformed text gives an empty map.
QMap<QString, qint64> readTimings(const QString& json);
QString writeTimings(const QMap<QString, qint64>& timings);

// The downtime as the journal knows it, predicted and measured, with their parts: the one reader that
// step 7's page, the downtime clock, the summary and the report share.
struct Downtime {
    qint64 predictedMs = -1;              // -1: not predicted yet (before the end of step 6)
    QMap<QString, qint64> predictedParts; // part -> ms
    double dataScale = 1.0;               // how much more data than at the rehearsal the prediction assumed
    QDateTime startedAt;                  // null: the servers were not stopped
    QDateTime endedAt;                    // null: users are still cut off (or were never)
    bool fromStepTimes = false;           // no clock was recorded: step 7's start and step 9's end stand in
    QMap<QString, qint64> measuredParts;  // part -> ms, as the cutover measured them

    // From the session values and the step records of steps 7 and 9 (their times are the fallback).
    static Downtime read(const QMap<QString, QString>& values, const StepRecord& stopBoth,
                         const StepRecord& routeTraffic);

    // Milliseconds from start to end, or -1 without both.
    qint64 measuredMs() const;
    // Measured over predicted, or -1 when either is missing.
    double ratio() const;
    // "Stop 0.5 s, stream 2.1 s, ..." for the parts of a map, in the cutover's order.
    static QString describeParts(const QMap<QString, qint64>& parts);
};

} // namespace puw
