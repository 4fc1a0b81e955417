#pragma once

#include "PlannedCommand.h"
#include "journal/JournalRecords.h"
#include "steps/StepCatalogue.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace puw {

class RecipeBinding;
struct UpgradePlan;

// What a step would run, before it runs: the commands of a dry run of its job, in order, each with the
// host it would run on. A preview never connects to a host, never asks for a secret (a database
// password shows as the placeholder "dry-run"), never writes the journal and changes no step's state;
// a job that needs what an earlier step found lists the commands it can name and says what it could not.
struct StepPreview {
    StepId step = StepId::InstallNew;
    QList<CommandRecord> commands;
    // How each of those commands would run, at the same index; nullopt where the dry run knows only the
    // line its record shows.
    QList<std::optional<PlannedCommand>> planned;
    QMap<QString, QString> values; // the session values the dry run reported (the backup's path...)
    QString summary;               // what the dry run said at its end (why it stopped early, or "done")
    bool complete = true;          // false: the dry run stopped before the step's last command
};

// Runs the step's job as a dry run over hosts that refuse every connection. Options are the ones the
// page would give the run (a confirmation counts as given: nothing is executed).
StepPreview previewStep(StepId step, const UpgradePlan& plan, const RecipeBinding& recipe,
                        const QVariantMap& options, const QMap<QString, QString>& sessionValues);
// The same for the rollback (its step is StopBoth's, as RollbackJob says).
StepPreview previewRollback(const UpgradePlan& plan, const RecipeBinding& recipe,
                            const QMap<QString, QString>& sessionValues);

} // namespace puw

Q_DECLARE_METATYPE(puw::StepPreview)
