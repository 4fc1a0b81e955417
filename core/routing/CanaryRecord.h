#pragma once

#include <QList>
#include <QString>

namespace puw {

// One stage of step 9's canary as the journal keeps it (session value canary.stages, a JSON list) and the
// wizard and the report show it: the share set, when it was in force, and what the proxy's access log
// said of the new version's answers meanwhile.
struct CanaryStageRecord {
    int percent = 0;     // the share of requests sent to new
    qint64 startMs = 0;  // ms since the epoch (UTC): the share in force from then (nginx reloaded)
    qint64 endMs = 0;    // ... until then (held its time, or stopped by a limit)
    qint64 requests = 0; // requests that reached the new version
    qint64 failed = 0;   // of those, answered 5xx or not at all
    qint64 total = 0;    // every request the proxy logged meanwhile (old's too)
    qint64 p95Ms = -1;   // the new version's 95th percentile upstream time; -1: no request
    bool passed = false; // within the plan's limits
    QString verdict;     // why it passed or stopped, in words

    double errorRate() const { return requests > 0 ? double(failed) / double(requests) : 0.0; }
    // The share of requests new actually got, in percent (0 when nothing was logged).
    double seenPercent() const { return total > 0 ? 100.0 * double(requests) / double(total) : 0.0; }
    bool operator==(const CanaryStageRecord&) const = default;
};

QString canaryStagesToJson(const QList<CanaryStageRecord>& stages);
// An unreadable text gives an empty list (a journal of an older version, or no canary).
QList<CanaryStageRecord> canaryStagesFromJson(const QString& json);

} // namespace puw
