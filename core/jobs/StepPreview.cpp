#include "StepPreview.h"

#include "JobContext.h"
#include "JobText.h"
#include "StepJob.h"

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
} // namespace

StepPreview previewStep(StepId step, const UpgradePlan& plan, const RecipeBinding& recipe,
                        const QVariantMap& options, const QMap<QString, QString>& sessionValues)
{
    StepPreview preview;
    preview.step = step;
    std::unique_ptr<StepJob> job = createStepJob(step);
    if (!job) {
        preview.complete = false;
        preview.summary = JobText::tr("This step cannot run yet.");
        return preview;
    }
    NoHosts hosts;
    const std::atomic<bool> never{false};
    // A dry run writes nothing locally either; an empty folder that goes away makes sure of it.
    QTemporaryDir scratch;
    JobContext context(
        step, plan, recipe, hosts,
        [&preview](const JobEvent& event) {
            if (const CommandRecord* command = event.as<CommandRecord>())
                preview.commands.append(*command);
        },
        never, scratch.path(), /*dryRun=*/true);
    context.setOptions(options);
    context.setSessionValues(sessionValues);
    const StepOutcome outcome = job->run(context);
    preview.summary = outcome.summary;
    preview.complete = outcome.state == StepState::Done;
    return preview;
}

} // namespace puw
