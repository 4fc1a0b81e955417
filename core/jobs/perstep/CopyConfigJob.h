#pragma once

#include "jobs/JobContext.h"
#include "jobs/StepJob.h"

#include <QString>

namespace puw {

// One configuration file as found on a host.
struct ConfigFileState {
    bool exists = false;
    QString mode; // octal, e.g. "640"
    QString owner;
    QString group;
    qint64 size = 0;
    QString sha256;
};

// Step 2: compares the recipe's configuration files on both hosts (read-only), keeps a local copy of
// both versions for the side-by-side view and the report, and copies the chosen ones (option "files";
// all that differ when absent) to the new host, keeping owner and mode, after saving the new host's
// original as FILE.puw-original. Option "compareOnly" stops after the comparison.
class CopyConfigJob : public StepJob {
public:
    static constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

    StepId step() const override { return StepId::CopyConfig; }
    StepOutcome run(JobContext& ctx) override;

    static QStringList findFiles(JobContext& ctx, const QString& pattern, QString* error);
    static ConfigFileState inspect(JobContext& ctx, HostRole role, const QString& path, QString* error);
};

} // namespace puw
