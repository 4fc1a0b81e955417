#include "AnsibleProject.h"

#include "AnsibleInventory.h"
#include "AnsibleTasks.h"
#include "ExportText.h"
#include "jobs/StepOptions.h"
#include "jobs/StepPreview.h"
#include "plan/UpgradePlan.h"

#include <QDir>
#include <QSaveFile>

namespace puw {

namespace {
YamlNode play(const QString& name, const YamlNode& blocks, const AnsibleExportOptions* cutover)
{
    YamlNode play;
    play.set(QStringLiteral("name"), YamlNode::unsafe(name));
    play.set(QStringLiteral("hosts"), YamlNode::safe(QStringLiteral("puw_installations")));
    play.set(QStringLiteral("gather_facts"), YamlNode::boolean(false));
    if (cutover) {
        play.set(QStringLiteral("serial"), YamlNode::number(cutover->serial));
        play.set(QStringLiteral("max_fail_percentage"), YamlNode::number(cutover->maxFailPercent));
    }
    play.set(QStringLiteral("tasks"), blocks);
    YamlNode plays = YamlNode::list();
    plays.append(play);
    return plays;
}

QString ansibleConfig()
{
    return QStringLiteral(
        "# Written by parallel-upgrade --export-ansible.\n"
        "[defaults]\n"
        "inventory = inventory.yml\n"
        "# Host keys are checked, against the plan's known-hosts file (inventory.yml): never turn this off.\n"
        "host_key_checking = True\n"
        "retry_files_enabled = False\n"
        "\n"
        "[ssh_connection]\n"
        "pipelining = False\n");
}
} // namespace

QMap<QString, QString> ansibleProject(const UpgradePlan& plan, const RecipeBinding& recipe,
                                      const AnsibleExportOptions& options)
{
    AnsibleTasks tasks(plan, recipe);
    YamlNode rehearsal = YamlNode::list();
    YamlNode cutover = YamlNode::list();
    QMap<QString, QString> values;
    for (int number = 1; number <= stepNumber(StepId::RouteTraffic); ++number) {
        const StepId step = *stepFromNumber(number);
        // The options a headless run gives (a confirmation counts as given: the playbook's run is one).
        QVariantMap stepOptions;
        if (stepInfo(step).startsDowntime) {
            stepOptions.insert(StepOption::kConfirmed, true);
            stepOptions.insert(StepOption::kTypedHost, plan.oldHost.address);
        }
        const StepPreview preview = previewStep(step, plan, recipe, stepOptions, values);
        for (auto it = preview.values.begin(); it != preview.values.end(); ++it)
            values.insert(it.key(), it.value());
        (stepInfo(step).phase == StepPhase::Rehearsal ? rehearsal : cutover)
            .append(tasks.stepBlock(preview, QLatin1String(stepInfo(step).title)));
    }
    YamlNode rollback = YamlNode::list();
    rollback.append(tasks.stepBlock(previewRollback(plan, recipe, values),
                                    QStringLiteral("Put the old installation back into service"), true));

    const QString installation = AnsibleInventory::installationName(plan);
    QMap<QString, QString> files;
    files.insert(
        QStringLiteral("rehearsal.yml"),
        play(QStringLiteral("Rehearsal (steps 1 to 6): %1").arg(plan.name), rehearsal, nullptr).toYaml());
    files.insert(
        QStringLiteral("cutover.yml"),
        play(QStringLiteral("Cutover (steps 7 to 9): %1").arg(plan.name), cutover, &options).toYaml());
    files.insert(QStringLiteral("rollback.yml"),
                 play(QStringLiteral("Rollback: %1").arg(plan.name), rollback, nullptr).toYaml());
    files.insert(QStringLiteral("inventory.yml"),
                 AnsibleInventory::build(plan, installation, tasks.secretVariables()).toYaml());
    files.insert(QStringLiteral("ansible.cfg"), ansibleConfig());

    ExportReadmeFacts facts;
    facts.planName = plan.name;
    facts.installation = installation;
    facts.secretVariables = tasks.secretVariables();
    for (auto it = facts.secretVariables.begin(); it != facts.secretVariables.end(); ++it)
        facts.environment.insert(it.key(), AnsibleInventory::environmentFor(plan, it.value()));
    facts.environment.insert(QStringLiteral("ansible_become_password"),
                             AnsibleInventory::environmentFor(plan, QStringLiteral("sudo-password")));
    facts.acknowledgements = tasks.acknowledgements();
    facts.options = options;
    files.insert(QStringLiteral("README.md"), exportReadme(facts));
    return files;
}

QString writeAnsibleProject(const QString& dir, const QMap<QString, QString>& files)
{
    if (!QDir().mkpath(dir))
        return ExportText::tr("Cannot make the folder %1.").arg(dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        QSaveFile file(QDir(dir).filePath(it.key()));
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toUtf8()) < 0 || !file.commit())
            //: %1 a file's path, %2 the system's reason
            return ExportText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}

} // namespace puw
