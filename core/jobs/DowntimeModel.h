#pragma once

#include <QMap>
#include <QString>

namespace puw {

// What the downtime will be, predicted from the rehearsal's timings of the operations the cutover repeats
// (rehearsal.timings, part names of journal/Downtime.h), the rows scaled by the data written since.
struct DowntimePrediction {
    QMap<QString, qint64> parts; // part -> ms
    double scale = 1.0;          // database size now over the rehearsal's (1 when either is unknown)
    qint64 totalMs = -1;         // -1: the rehearsal's timings are missing

    QString toJson() const; // the value of downtime.prediction
};

// rehearsal: the rehearsal's timings; rehearsalBytes and nowBytes: the old database's size at the
// rehearsal and now (-1 when unknown). The parts, as step 8 runs them:
//   stop      two service commands to stop, one status look per host (4 x the rehearsal's service command)
//   prepare   the size query and the recreate of the new database
//   stream    the dump streamed; with a streamed restore (the rehearsal restored its rows the same way)
//             the restore of the rows overlaps it: the longer of the two, else both one after the other
//   post_data indexes and constraints from the file
//   compare   counts and migration heads
//   watch     the quiet window after the stop, or two status looks when the work took longer
//   migrate, start, checks   as the rehearsal measured them
//   route     the proxy's commands (4 x the service command) and three answers 100 ms apart
// stream, data, post_data, compare and migrate grow with the data (x scale).
DowntimePrediction predictDowntime(const QMap<QString, qint64>& rehearsal, qint64 rehearsalBytes,
                                   qint64 nowBytes);

// The same from the session values; records nothing.
DowntimePrediction predictDowntime(const QMap<QString, QString>& values, qint64 nowBytes = -1);

} // namespace puw
