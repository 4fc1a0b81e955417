#pragma once

#include "steps/StepCatalogue.h"
#include "steps/StepState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace puw {

// One upgrade of one plan, from the first step to the last.
struct SessionRecord {
    qint64 id = 0;
    QString planPath;
    QByteArray planJson; // the plan as it was when the session started (no secrets by construction)
    QString recipeId;
    QDateTime createdAt;
    QDateTime finishedAt; // null while the upgrade is under way
    bool isFinished() const { return finishedAt.isValid(); }
};

struct StepRecord {
    StepId step = StepId::InstallNew;
    StepState state = StepState::Pending;
    QDateTime startedAt;
    QDateTime endedAt;
    int attempts = 0;
    QString summary; // the result in one line, for the side panel and the report
    // Milliseconds between start and end, or -1 when the step has not both.
    qint64 durationMs() const;
};

// A command run on a host. Text is redacted before it is stored.
struct CommandRecord {
    qint64 id = 0;
    StepId step = StepId::InstallNew;
    QString host; // "old", "new", "proxy" or "local"
    QString command;
    int exitCode = -1; // -1: killed, cancelled or never finished
    QDateTime startedAt;
    QDateTime endedAt;
    QString output; // combined stdout and stderr, trimmed to a sensible length
};

struct CheckRecord {
    qint64 id = 0;
    StepId step = StepId::RunChecks;
    QString name;
    QString kind; // http, database, command, manual
    bool passed = false;
    QString detail;
    QDateTime checkedAt;
};

// A file the upgrade produced: a backup, a copy of a configuration file.
struct ArtefactRecord {
    qint64 id = 0;
    StepId step = StepId::RehearsalBackup;
    QString kind; // backup, config-copy, ...
    QString path; // local path or host:path
    qint64 sizeBytes = 0;
    QString sha256;
    bool complete = false; // a partial backup is kept for diagnosis but never restored
    QDateTime createdAt;
};

} // namespace puw
