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
// rehearsal and now (-1 when unknown). The parts, as step 8 runs them, from what the rehearsal timed:
//   stop      both hosts' services stopped: a share of one service start of the rehearsal
//   prepare   the recreate of the new database, and three quick commands (size, free space on both sides)
//   stream    the dump streamed; where the rehearsal restored its rows as the cutover streams them, the
//             restore overlaps the stream: the longer of the two plus a share of the shorter;
//             else the stream, and the restore of the rows after it (data)
//   post_data indexes and constraints from the file
//   compare   counts and migration heads (with a streamed restore the old counts are read meanwhile)
//   watch     what is left of the quiet window after the stop, and a look at both hosts (status, half a
//             quick command)
//   migrate, start, checks   as the rehearsal measured them
//   route     the proxy's first connection and sudo commands: a multiple of one service start
// (the shares are calibrated on the sandbox, DowntimeModel.cpp)
// stream, data, post_data, compare and migrate grow with the data (x scale).
DowntimePrediction predictDowntime(const QMap<QString, qint64>& rehearsal, qint64 rehearsalBytes,
                                   qint64 nowBytes);

// The same from the session values; records nothing. While the plan's replication runs (sync.mode), step 8
// catches up instead of moving a dump: the prepare, stream and restore parts give way to catch_up.
DowntimePrediction predictDowntime(const QMap<QString, QString>& values, qint64 nowBytes = -1);

} // namespace puw
