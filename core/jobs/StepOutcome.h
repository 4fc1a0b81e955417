#pragma once

#include "steps/StepState.h"

#include <QMetaType>
#include <QString>

namespace puw {

// How a job ended, as a value that crosses from the engine thread to the GUI thread.
struct StepOutcome {
    StepState state = StepState::Failed; // Done, Failed, Cancelled, Skipped, or Pending (read-only run)
    QString summary;                     // the result in one line, in words
    bool offerRollback = false;          // a failed cutover step: the page offers to go back

    static StepOutcome done(const QString& summary) { return {StepState::Done, summary, false}; }
    static StepOutcome failed(const QString& summary) { return {StepState::Failed, summary, false}; }
    static StepOutcome cancelled(const QString& summary) { return {StepState::Cancelled, summary, false}; }
    // The plan's procedure leaves the step out (Procedure.h): settled, with the reason, nothing run.
    static StepOutcome skipped(const QString& summary) { return {StepState::Skipped, summary, false}; }
    // A read-only run (step 2's Compare) that changed nothing: the step is still to be done.
    static StepOutcome lookedOnly(const QString& summary) { return {StepState::Pending, summary, false}; }
};

// Progress of long work (a transfer, a restore): what is known of it.
struct StepProgress {
    QString what;      // "Streaming the backup to new"
    qint64 done = 0;   // bytes or items
    qint64 total = -1; // -1: unknown
    double ratePerSecond = 0;
    qint64 elapsedMs = 0;
    bool isBytes = true;

    // Seconds left at the current rate, or -1 when it cannot be told.
    qint64 secondsLeft() const
    {
        if (total <= 0 || ratePerSecond <= 0 || done >= total)
            return -1;
        return static_cast<qint64>((total - done) / ratePerSecond);
    }
};

} // namespace puw

Q_DECLARE_METATYPE(puw::StepOutcome)
Q_DECLARE_METATYPE(puw::StepProgress)
