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
    // backup (a local copy; the rollback's on new), host-backup (a dump a step left on a host), config-copy
    QString kind;
    QString path;         // local path or host:path
    qint64 sizeBytes = 0; // -1: not known
    QString sha256;
    bool complete = false; // a partial backup is kept for diagnosis but never restored
    QDateTime createdAt;

    // A file on a host is recorded as "ROLE:PATH" (ROLE old, new or proxy, PATH absolute); anything else
    // is a path on this machine. Empty for a local file.
    QString hostRole() const
    {
        for (const char* role : {"old", "new", "proxy"}) {
            const QString prefix = QLatin1String(role) + QStringLiteral(":/");
            if (path.startsWith(prefix))
                return QLatin1String(role);
        }
        return {};
    }
    QString hostPath() const
    {
        const QString role = hostRole();
        return role.isEmpty() ? QString() : path.mid(role.size() + 1);
    }
};

} // namespace puw
