#pragma once

#include "checks/LogScan.h"
#include "jobs/JobContext.h"

#include <QMap>

// Step 5's eyes on the new host while the application starts and the health check is not yet answered:
// the log lines since the start, shown as they come (Liquibase's progress), each systemd unit's state and
// restart count (a unit that failed, or NRestarts growing: a crash loop) and the recipe's "stuck" lines
// (a stale Liquibase lock). Any of these ends the wait with its reason, long before a 45-minute timeout.
// When none of the recipe's log files is on the host (Debian's tomcat10 without rsyslog logs only to the
// journal), the journal of each systemd unit is followed instead, until one of the files appears.
namespace puw {

class StartWatch {
public:
    // marks: where each log file stood before the start (markLogs).
    StartWatch(JobContext& ctx, QList<LogMark> marks);

    // Decides where the log is read (the files, or the units' journal) and notes the host's clock; call
    // right before the start command.
    void markBeforeStart();
    // Records each unit's restart count; call right after the start command.
    void begin();
    // Shows the log lines that came since the last look and returns why the start cannot succeed, or an
    // empty string. elapsedMs: since the wait began.
    QString look(qint64 elapsedMs);

    // How many restarts make a crash loop.
    static constexpr int kCrashLoopRestarts = 2;
    // At most this many new lines are shown per look (the rest are counted).
    static constexpr int kShownLines = 20;

private:
    struct UnitState {
        QString activeState;
        QString result;
        int restarts = -1; // -1: unknown
    };
    UnitState unitState(const QString& unit);
    QString unitTrouble();
    QStringList systemdUnits();
    QString followLogs(qint64 elapsedMs);
    QString followJournals(qint64 elapsedMs);
    // Shows the matching lines of what a source gave and returns the first stuck reason among them.
    QString takeLines(const QString& source, const QByteArray& text, qint64 elapsedMs);
    QString stuckLine(const QString& line, qint64 elapsedMs);

    JobContext& m_ctx;
    QList<LogMark> m_marks;
    struct JournalMark {
        QString unit;
        QString cursor; // empty until the unit logged something after the start
    };
    QList<JournalMark> m_journals;
    qint64 m_sinceEpochSeconds = 0;      // the new host's clock before the start
    bool m_fileSeen = false;             // a log file of the recipe gave lines: the journal is no longer read
    QMap<QString, QByteArray> m_partial; // per file: a line not yet ended
    QMap<QString, int> m_restartsAtStart;   // per unit
    QMap<qsizetype, qint64> m_firstStuckAt; // per stuck rule: when its line was first seen
};

} // namespace puw
