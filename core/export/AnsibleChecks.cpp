// The recipe's checks as Ansible tasks (HTTP checks, health waits, the public URL after the switch), and
// the parts of a step the export does not reproduce, as tasks that fail unless acknowledged.
#include "AnsibleTasks.h"
#include "TaskParts.h"

#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "routing/NginxCommands.h"
#include "routing/RouteFromRecipe.h"

#include <QUrl>

namespace puw {

using namespace task_parts;

namespace {
// An HTTP request from the host that runs the application (the program tunnels there when it cannot
// reach the URL itself), or from the controller when delegate is empty.
YamlNode uriTask(const QString& name, const QString& url, int status, const QString& bodyContains,
                 const QString& delegate, int waitSeconds)
{
    YamlNode module;
    module.set(QStringLiteral("url"), YamlNode::unsafe(url));
    module.set(QStringLiteral("status_code"), YamlNode::number(status));
    if (!bodyContains.isEmpty())
        module.set(QStringLiteral("return_content"), YamlNode::boolean(true));
    YamlNode task;
    task.set(QStringLiteral("name"), YamlNode::unsafe(name));
    task.set(QStringLiteral("ansible.builtin.uri"), module);
    if (!delegate.isEmpty())
        task.set(QStringLiteral("delegate_to"),
                 YamlNode::safe(QStringLiteral("{{ %1 }}").arg(AnsibleTasks::hostVariable(delegate))));
    task.set(QStringLiteral("register"), YamlNode::safe(QStringLiteral("puw_check")));
    if (!bodyContains.isEmpty()) {
        YamlNode vars;
        vars.set(QStringLiteral("puw_expected_body"), YamlNode::unsafe(bodyContains));
        task.set(QStringLiteral("vars"), vars);
        task.set(QStringLiteral("failed_when"),
                 YamlNode::safe(QStringLiteral("puw_check.status != %1 or puw_expected_body not in "
                                               "(puw_check.content | default(''))")
                                    .arg(status)));
    }
    if (waitSeconds > 0) {
        // Polled every two seconds until it answers, for as long as the recipe's start timeout allows.
        task.set(QStringLiteral("until"),
                 YamlNode::safe(QStringLiteral("puw_check.status == %1").arg(status)));
        task.set(QStringLiteral("retries"), YamlNode::number(qMax(1, waitSeconds / 2)));
        task.set(QStringLiteral("delay"), YamlNode::number(2));
    }
    return task;
}

// A request changes nothing: it runs in check mode, unless it asks for what a skipped task (a start, the
// switch, any change before it in the playbook) would have done: then it is printed.
void appendRequest(YamlNode& tasks, YamlNode task, const QString& name, const QString& url, bool printOnly)
{
    if (!printOnly) {
        runInCheckMode(task);
    } else {
        tasks.append(checkModePrint(name + QStringLiteral(" (check mode)"),
                                    QStringLiteral("Check mode: not waited for: %1").arg(url)));
        skipInCheckMode(task);
    }
    tasks.append(task);
}
} // namespace

void AnsibleTasks::checksBefore(YamlNode& tasks, const StepPreview& preview, int)
{
    if (m_rollback)
        return;
    const Recipe& recipe = m_recipe.recipe();
    const bool starts = preview.step == StepId::StartNew || preview.step == StepId::FinalSync;
    const bool checks = preview.step == StepId::RunChecks || preview.step == StepId::FinalSync;
    if (starts && !recipe.httpChecks.isEmpty()) {
        const HttpCheckSpec& health = recipe.httpChecks.first();
        const auto url =
            m_recipe.expand(health.url, {{QStringLiteral("host_address"), m_plan.newHost.address}});
        if (url.ok()) {
            const QString name = QStringLiteral("%1 new: wait until %2 answers").arg(m_tag, url.value());
            appendRequest(tasks,
                          uriTask(name, url.value(), health.expectStatus, {}, QStringLiteral("new"),
                                  recipe.timeouts.startSeconds),
                          name, url.value(), recipe.timeouts.startSeconds > 0 || !runsInCheckMode(true));
        }
    }
    if (checks) {
        for (const HttpCheckSpec& spec : recipe.httpChecks) {
            const auto url =
                m_recipe.expand(spec.url, {{QStringLiteral("host_address"), m_plan.newHost.address}});
            if (!url.ok()) {
                tasks.append(
                    failTask(m_tag, QStringLiteral("The check \"%1\" uses {{%2}}, which has no value.")
                                        .arg(spec.name, url.error())));
                continue;
            }
            const QString name = QStringLiteral("%1 new: check %2: %3").arg(m_tag, spec.name, url.value());
            appendRequest(
                tasks,
                uriTask(name, url.value(), spec.expectStatus, spec.bodyContains, QStringLiteral("new"), 0),
                name, url.value(), !runsInCheckMode(true));
        }
    }
    if (preview.step == StepId::RouteTraffic && m_plan.route.kind == RouteKind::Nginx &&
        !m_plan.route.publicUrl.isEmpty()) {
        // The program asks the public URL from this machine, three good answers in a row; one here.
        QUrl url(m_plan.route.publicUrl);
        if (!recipe.httpChecks.isEmpty()) {
            const auto health = m_recipe.expand(recipe.httpChecks.first().url,
                                                {{QStringLiteral("host_address"), m_plan.newHost.address}});
            const QString path = health.ok() ? QUrl(health.value()).path() : QString();
            if (!path.isEmpty())
                url.setPath(path);
        }
        const QString name =
            QStringLiteral("%1 users reach the new installation at %2").arg(m_tag, url.toString());
        appendRequest(tasks, uriTask(name, url.toString(), 200, {}, {}, recipe.timeouts.startSeconds), name,
                      url.toString(), true);
    }
}

void AnsibleTasks::guardNginx(YamlNode& task, YamlNode& vars, const PlannedCommand& planned) const
{
    const RouteSpec& route = m_plan.route;
    if (planned.role != HostRole::Proxy || route.kind != RouteKind::Nginx)
        return;
    const QString file = route.upstreamFile;
    // The dry run names the upstream file as the plan does; the program follows a symbolic link to the
    // real file. The inspection says which it is: another path fails the run before anything changed.
    if (planned.commandLine == nginx_commands::inspect(file)) {
        vars.set(QStringLiteral("puw_upstream_file"), YamlNode::unsafe(file));
        task.set(QStringLiteral("register"), YamlNode::safe(QStringLiteral("puw_nginx")));
        task.set(QStringLiteral("failed_when"),
                 YamlNode::safe(QStringLiteral("puw_nginx.rc != 0 or (puw_nginx.stdout_lines | first | "
                                               "default('')) != puw_upstream_file")));
        return;
    }
    const auto upstream = nginxUpstreamFor(m_recipe);
    if (!upstream.ok())
        return;
    const QString current =
        QStringLiteral("((puw_nginx.stdout_lines[3:] | join('\\n')) | regex_replace('\\n+$', '')) %1 "
                       "(puw_new_upstream | regex_replace('\\n+$', ''))");
    if (m_rollback) {
        // The revert runs where the proxy routes to the new installation, as the program decides when the
        // journal has no record of the switch: the file holds the new upstream.
        vars.set(QStringLiteral("puw_new_upstream"), YamlNode::unsafe(upstream.value()));
        task.set(QStringLiteral("when"), YamlNode::safe(current.arg(QStringLiteral("=="))));
        return;
    }
    // The program keeps the previous file and writes the new one only when the file does not hold the new
    // upstream yet, so that a second run never loses the original.
    const bool backup = planned.commandLine == nginx_commands::backup(file);
    const bool write = planned.commandLine == nginx_commands::write(file);
    if (!backup && !write)
        return;
    vars.set(QStringLiteral("puw_new_upstream"), YamlNode::unsafe(upstream.value()));
    const QString differs = current.arg(QStringLiteral("!="));
    task.set(QStringLiteral("when"),
             YamlNode::safe(backup ? QStringLiteral("puw_nginx.stdout_lines[2] == 'present' and ") + differs
                                   : differs));
}

void AnsibleTasks::appendGuards(YamlNode& tasks, const StepPreview& preview)
{
    // Refusals the program makes before it drops the new database: not reproduced, so asked for first.
    if (!m_rollback && (preview.step == StepId::ImportBackup || preview.step == StepId::FinalSync))
        tasks.append(
            failTask(m_tag,
                     QStringLiteral("Before it drops and recreates the new host's database, the program "
                                    "makes sure that database server is not the old host's (nor another "
                                    "than the one the admin login reaches); the export does not compare "
                                    "the servers' identities."),
                     QStringLiteral("puw_ack_server_guard")));
}

void AnsibleTasks::appendUncovered(YamlNode& tasks, const StepPreview& preview)
{
    // The rollback of a DNS route ends as the program's does: failed, saying to point the record back
    // (its dry run stops there, which fails the play below).
    if (m_rollback)
        return;
    switch (preview.step) {
    case StepId::CopyConfig:
        tasks.append(failTask(
            m_tag,
            QStringLiteral(
                "The program merges the old host's customised configuration into the new one (three-way, "
                "with your choices where both changed); the export only runs the commands the dry run "
                "lists, which read the files. Merge the configuration by hand or in the wizard."),
            QStringLiteral("puw_ack_config_merge")));
        break;
    case StepId::ImportBackup:
    case StepId::FinalSync:
        tasks.append(failTask(
            m_tag,
            QStringLiteral(
                "The program compares row counts and content checksums of every table, old against new, "
                "and the migration head, after the restore; the export runs the count commands but does "
                "not compare what they print. Compare them yourself (the registered output of the count "
                "tasks)."),
            QStringLiteral("puw_ack_row_counts")));
        break;
    case StepId::RunChecks:
        if (!m_recipe.recipe().migrations.headQuery.isEmpty())
            tasks.append(
                failTask(m_tag,
                         QStringLiteral("The program's database check (the migration head query on the new "
                                        "host) is not exported."),
                         QStringLiteral("puw_ack_database_check")));
        break;
    case StepId::RouteTraffic:
        if (m_plan.route.kind == RouteKind::Dns)
            tasks.append(
                failTask(m_tag,
                         QStringLiteral("Change the DNS record of %1 to %2 and wait until it answers with "
                                        "it: the export does not change DNS.")
                             .arg(m_plan.route.dnsName, m_plan.newHost.address),
                         QStringLiteral("puw_ack_dns_switch")));
        break;
    default:
        break;
    }
}

} // namespace puw
