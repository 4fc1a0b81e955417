#pragma once

#include "journal/JournalRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace puw {

// Translation context of the checks' messages (free functions have no tr()).
class Checks {
    Q_DECLARE_TR_FUNCTIONS(puw::Checks)
};

// The result of one check, in words. Every runner of core/checks returns one; the engine turns it into a
// CheckRecord for the journal with the step it ran in.
struct CheckResult {
    QString name;
    QString kind; // "http", "database", "command", "log"
    bool passed = false;
    bool cancelled = false; // stopped by the caller: not passed, but not a failure of the application either
    QString detail;         // "200 in 12 ms", "expected 'v2' in body, got: v1"
    qint64 elapsedMs = 0;
    QDateTime checkedAt;

    CheckRecord toRecord(StepId step) const;
};

// "12 ms", "3.4 s", "2 min 05 s": for details people read.
QString formatDuration(qint64 milliseconds);

// The time limit of one attempt of a polling wait: what is left of the wait, at most perAttemptMs, and never
// less than a second (or perAttemptMs when smaller), so that the last attempt still gets a real answer.
int attemptTimeoutMs(qint64 leftMs, int perAttemptMs);

// One line of at most maxChars characters: line breaks become spaces, the rest is cut with "…".
QString excerpt(const QString& text, int maxChars = 120);

} // namespace puw
