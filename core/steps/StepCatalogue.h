#pragma once

#include <QString>

#include <array>
#include <optional>

namespace puw {

// The ten steps of a parallel upgrade, numbered as in the checklist the admin knows.
enum class StepId {
    InstallNew = 1,
    CopyConfig = 2,
    RehearsalBackup = 3,
    ImportBackup = 4,
    StartNew = 5,
    RunChecks = 6,
    StopBoth = 7,
    FinalSync = 8,
    RouteTraffic = 9,
    Deprovision = 10,
};

inline constexpr int kStepCount = 10;

// Rehearsal steps run while users still work on the old installation; cutover steps run during the downtime.
enum class StepPhase { Rehearsal, Cutover, Aftermath };

struct StepInfo {
    StepId id;
    const char* key;     // stable id used in plan files, the journal and on the command line
    const char* title;   // untranslated; use stepTitle() for display
    const char* purpose; // one sentence; use stepPurpose() for display
    StepPhase phase;
    bool startsDowntime;
    bool endsDowntime;
    bool touchesOldHost;  // may change the old installation (never before the admin confirms step 7)
    bool pointOfNoReturn; // after this step, going back loses data or the old installation
    bool skippable;       // the admin may deliberately skip it
};

const std::array<StepInfo, kStepCount>& stepCatalogue();
const StepInfo& stepInfo(StepId id);
int stepNumber(StepId id);
std::optional<StepId> stepFromNumber(int number);

// Accepts a step number ("4") or a key ("import-backup").
std::optional<StepId> stepFromText(const QString& text);
QString stepKey(StepId id);

// Translated for display.
QString stepTitle(StepId id);
QString stepPurpose(StepId id);

StepId downtimeStartStep();
StepId downtimeEndStep();

} // namespace puw
