#include "AnsibleProject.h"

#include "AnsibleInventory.h"
#include "AnsibleTasks.h"
#include "ExportText.h"
#include "jobs/StepOptions.h"
#include "jobs/StepPreview.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace puw {

namespace {
// A play over every installation that includes the installation's own file of that playbook: the tasks
// of the plan of {{ inventory_hostname }} (a name the export made, of letters, digits, '-' and '_').
YamlNode play(const QString& name, const QString& file, const AnsibleExportOptions* cutover)
{
    YamlNode include;
    include.set(QStringLiteral("file"),
                YamlNode::safe(QStringLiteral("installations/{{ inventory_hostname }}/%1").arg(file)));
    YamlNode tags = YamlNode::list();
    // The include runs whatever --tags says; the included blocks carry the step tags that select.
    tags.append(YamlNode::safe(QStringLiteral("always")));
    YamlNode task;
    task.set(QStringLiteral("name"),
             YamlNode::safe(QStringLiteral("The tasks of {{ inventory_hostname }}'s plan")));
    task.set(QStringLiteral("ansible.builtin.include_tasks"), include);
    task.set(QStringLiteral("tags"), tags);
    YamlNode tasks = YamlNode::list();
    tasks.append(task);

    YamlNode play;
    play.set(QStringLiteral("name"), YamlNode::unsafe(name));
    play.set(QStringLiteral("hosts"), YamlNode::safe(QStringLiteral("puw_installations")));
    play.set(QStringLiteral("gather_facts"), YamlNode::boolean(false));
    if (cutover) {
        play.set(QStringLiteral("serial"), YamlNode::number(cutover->serial));
        play.set(QStringLiteral("max_fail_percentage"), YamlNode::number(cutover->maxFailPercent));
    }
    play.set(QStringLiteral("tasks"), tasks);
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

struct InstallationFiles {
    YamlNode rehearsal = YamlNode::list();
    YamlNode cutover = YamlNode::list();
    YamlNode rollback = YamlNode::list();
};

// The blocks of one installation, from the dry run of its plan.
InstallationFiles installationFiles(const FleetInstallation& installation, AnsibleTasks& tasks)
{
    const UpgradePlan& plan = installation.plan;
    InstallationFiles files;
    QMap<QString, QString> values;
    for (int number = 1; number <= stepNumber(StepId::RouteTraffic); ++number) {
        const StepId step = *stepFromNumber(number);
        // The options a headless run gives (a confirmation counts as given: the playbook's run is one).
        QVariantMap stepOptions;
        if (stepInfo(step).startsDowntime) {
            stepOptions.insert(StepOption::kConfirmed, true);
            stepOptions.insert(StepOption::kTypedHost, plan.oldHost.address);
        }
        if (step == StepId::StopBoth)
            tasks.startPlaybook(); // cutover.yml: run after the rehearsal did its changes
        const StepPreview preview = previewStep(step, plan, installation.recipe, stepOptions, values);
        for (auto it = preview.values.begin(); it != preview.values.end(); ++it)
            values.insert(it.key(), it.value());
        (stepInfo(step).phase == StepPhase::Rehearsal ? files.rehearsal : files.cutover)
            .append(tasks.stepBlock(preview, QLatin1String(stepInfo(step).title)));
    }
    tasks.startPlaybook();
    files.rollback.append(tasks.stepBlock(previewRollback(plan, installation.recipe, values),
                                          QStringLiteral("Put the old installation back into service"),
                                          true));
    return files;
}
} // namespace

QMap<QString, QString> ansibleProject(const QList<FleetInstallation>& fleet,
                                      const AnsibleExportOptions& options)
{
    QList<const UpgradePlan*> plans;
    for (const FleetInstallation& installation : fleet)
        plans.append(&installation.plan);
    const QStringList names = AnsibleInventory::installationNames(plans);

    QMap<QString, QString> files;
    QList<AnsibleInventory::Installation> inventory;
    ExportReadmeFacts facts;
    facts.options = options;
    for (int i = 0; i < fleet.size(); ++i) {
        const FleetInstallation& installation = fleet.at(i);
        const QString& name = names.at(i);
        AnsibleTasks tasks(installation.plan, installation.recipe);
        const InstallationFiles own = installationFiles(installation, tasks);
        const QString folder = QStringLiteral("installations/%1/").arg(name);
        files.insert(folder + QStringLiteral("rehearsal.yml"), own.rehearsal.toYaml());
        files.insert(folder + QStringLiteral("cutover.yml"), own.cutover.toYaml());
        files.insert(folder + QStringLiteral("rollback.yml"), own.rollback.toYaml());
        inventory.append({&installation.plan, name, installation.planFile, tasks.secretVariables()});

        ExportReadmeInstallation readme;
        readme.name = name;
        readme.planName = installation.plan.name;
        readme.planFile = installation.planFile;
        readme.secretVariables = tasks.secretVariables();
        for (auto it = readme.secretVariables.begin(); it != readme.secretVariables.end(); ++it)
            readme.environment.insert(it.key(),
                                      AnsibleInventory::environmentFor(installation.plan, it.value()));
        readme.environment.insert(
            QStringLiteral("ansible_become_password"),
            AnsibleInventory::environmentFor(installation.plan, QStringLiteral("sudo-password")));
        facts.installations.append(readme);
        facts.acknowledgements.insert(tasks.acknowledgements());
    }
    files.insert(
        QStringLiteral("rehearsal.yml"),
        play(QStringLiteral("Rehearsal (steps 1 to 6)"), QStringLiteral("rehearsal.yml"), nullptr).toYaml());
    files.insert(
        QStringLiteral("cutover.yml"),
        play(QStringLiteral("Cutover (steps 7 to 9)"), QStringLiteral("cutover.yml"), &options).toYaml());
    files.insert(QStringLiteral("rollback.yml"),
                 play(QStringLiteral("Rollback"), QStringLiteral("rollback.yml"), nullptr).toYaml());
    files.insert(QStringLiteral("inventory.yml"), AnsibleInventory::build(inventory).toYaml());
    files.insert(QStringLiteral("ansible.cfg"), ansibleConfig());
    files.insert(QStringLiteral("README.md"), exportReadme(facts));
    return files;
}

QMap<QString, QString> ansibleProject(const UpgradePlan& plan, const RecipeBinding& recipe,
                                      const AnsibleExportOptions& options, const QString& planFile)
{
    return ansibleProject(QList<FleetInstallation>{{plan, recipe, planFile}}, options);
}

QString writeAnsibleProject(const QString& dir, const QMap<QString, QString>& files)
{
    if (!QDir().mkpath(dir))
        return ExportText::tr("Cannot make the folder %1.").arg(dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = QDir(dir).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).path()))
            return ExportText::tr("Cannot make the folder %1.").arg(QFileInfo(path).path());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value().toUtf8()) < 0 || !file.commit())
            //: %1 a file's path, %2 the system's reason
            return ExportText::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
    }
    return {};
}

} // namespace puw
