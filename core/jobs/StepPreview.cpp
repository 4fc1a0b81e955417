#include "StepPreview.h"

#include "JobContext.h"
#include "JobText.h"
#include "StepJob.h"
#include "perstep/RollbackJob.h"

#include <QTemporaryDir>

#include <atomic>

namespace puw {

namespace {
// The hosts of a preview: none. A dry run executes nothing, so a job that asks for a shell anyway is told
// why it has none instead of reaching the network.
class NoHosts : public HostAccess {
public:
    Expected<HostShell*, QString> shell(HostRole role) override
    {
        //: %1 the host's role (old, new, proxy); shown when a preview of a step would need to connect
        return unexpected(JobText::tr("A preview does not connect to the %1 host.").arg(hostRoleLabel(role)));
    }
    SshHost* sshHost(HostRole) override { return nullptr; }
};

StepPreview previewJob(StepJob& job, StepId step, const UpgradePlan& plan, const RecipeBinding& recipe,
                       const QVariantMap& options, const QMap<QString, QString>& sessionValues)
{
    StepPreview preview;
    preview.step = step;
    NoHosts hosts;
    const std::atomic<bool> never{false};
    // A dry run writes nothing locally either; an empty folder that goes away makes sure of it.
    QTemporaryDir scratch;
    std::optional<PlannedCommand> pending;
    JobContext context(
        step, plan, recipe, hosts,
        [&preview, &pending](const JobEvent& event) {
            if (const CommandRecord* command = event.as<CommandRecord>()) {
                preview.commands.append(*command);
                preview.planned.append(pending);
                pending.reset();
            } else if (const SessionValue* value = event.as<SessionValue>()) {
                preview.values.insert(value->key, value->value);
            }
        },
        never, scratch.path(), /*dryRun=*/true);
    context.setPlanSink([&pending](const PlannedCommand& command) { pending = command; });
    context.setOptions(options);
    context.setSessionValues(sessionValues);
    const StepOutcome outcome = job.run(context);
    preview.summary = outcome.summary;
    preview.complete = outcome.state == StepState::Done;
    return preview;
}
} // namespace

StepPreview previewStep(StepId step, const UpgradePlan& plan, const RecipeBinding& recipe,
                        const QVariantMap& options, const QMap<QString, QString>& sessionValues)
{
    std::unique_ptr<StepJob> job = createStepJob(step);
    if (!job) {
        StepPreview preview;
        preview.step = step;
        preview.complete = false;
        preview.summary = JobText::tr("This step cannot run yet.");
        return preview;
    }
    return previewJob(*job, step, plan, recipe, options, sessionValues);
}

StepPreview previewRollback(const UpgradePlan& plan, const RecipeBinding& recipe,
                            const QMap<QString, QString>& sessionValues)
{
    RollbackJob job;
    return previewJob(job, job.step(), plan, recipe, {}, sessionValues);
}

} // namespace puw
