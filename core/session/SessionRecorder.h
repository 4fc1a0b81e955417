#pragma once

#include "jobs/JobEvent.h"

#include <utility>

namespace puw {

class Redactor;
class SessionController;

// The one place where what the engine reports reaches the journal: commands, checks, artefacts and
// session values are written for the controller's current session, in the GUI thread that owns the
// journal. It also hands back the event as anyone may show it: every text redacted (log lines, command
// lines and their output, check details, values), since the live log and the headless output print it.
class SessionRecorder {
public:
    explicit SessionRecorder(SessionController& controller);

    // Records what the event holds (a log line or progress records nothing) and returns it redacted.
    JobEvent record(const JobEvent& event);
    // A value the runner itself knows (who runs, the prediction, the rollback's time).
    void setValue(const QString& key, const QString& value);
    // A text for people (a step's summary), with every known secret masked.
    QString redact(const QString& text) const;
    // Why the first record that could not be written since the last call failed (a full disk, a lock), or
    // empty. The runner stops the step on it: work the journal does not hold must not go on.
    QString takeWriteError() { return std::exchange(m_writeError, {}); }

private:
    SessionController& m_controller;
    QString m_writeError;
};

// The event with every text in it passed through the redactor.
JobEvent redacted(const JobEvent& event, const Redactor& redactor);

} // namespace puw
