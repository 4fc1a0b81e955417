#pragma once

#include "StepOutcome.h"
#include "journal/JournalRecords.h"

#include <QMetaType>
#include <QString>

#include <variant>

namespace puw {

// A line a command printed (host: "old", "new", "proxy"), or a sentence of the job itself (host empty).
struct LogLine {
    QString host;
    QString text;
    bool isStderr = false;
};

// A named value of the session (every key is a constant of journal/SessionValues.h).
struct SessionValue {
    QString key;
    QString value;
};

// Everything a job reports while it runs, as one value that crosses from the engine thread to the GUI
// thread. There, the SessionRecorder writes the records into the journal of the current session and
// redacts the event before anything shows or prints it. A new kind of record is one more alternative
// here and one more case in SessionRecorder; nothing between them changes.
struct JobEvent {
    using Payload =
        std::variant<LogLine, CommandRecord, CheckRecord, ArtefactRecord, SessionValue, StepProgress>;

    StepId step = StepId::InstallNew;
    Payload payload;

    // The payload when it is a T, else null.
    template <typename T> const T* as() const { return std::get_if<T>(&payload); }
    template <typename T> T* as() { return std::get_if<T>(&payload); }
};

} // namespace puw

Q_DECLARE_METATYPE(puw::JobEvent)
