// The README.md an export carries: how to run it, where its secrets come from, what it does not cover.
#include "AnsibleProject.h"

#include <QStringList>

namespace puw {

namespace {
// Markdown code span for a value from a plan (backticks inside are doubled around).
QString code(const QString& text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.contains(QLatin1Char('`')) ? QStringLiteral("`` ") + flat + QStringLiteral(" ``")
                                           : QLatin1Char('`') + flat + QLatin1Char('`');
}
} // namespace

QString exportReadme(const ExportReadmeFacts& facts)
{
    QStringList out;
    const QString first =
        facts.installations.isEmpty() ? QStringLiteral("NAME") : facts.installations.constFirst().name;
    out << (facts.installations.size() == 1
                ? QStringLiteral("# Ansible export of %1")
                      .arg(code(facts.installations.constFirst().planName))
                : QStringLiteral("# Ansible export of %1 installations").arg(facts.installations.size()))
        << QString()
        << QStringLiteral(
               "Written by `parallel-upgrade --export-ansible`. Every task that runs a command runs a "
               "command of the program's own dry run for the plan of its installation (`parallel-upgrade "
               "--headless --dry-run`), in the same order, on the same host, with `become` where the "
               "program uses sudo. Export again after changing a plan or a recipe: do not edit the "
               "commands.")
        << QString() << QStringLiteral("## Installations") << QString()
        << QStringLiteral("| Installation (`--limit`) | Plan | Plan file |")
        << QStringLiteral("|---|---|---|");
    for (const ExportReadmeInstallation& installation : facts.installations)
        out << QStringLiteral("| `%1` | %2 | %3 |")
                   .arg(installation.name, code(installation.planName),
                        installation.planFile.isEmpty() ? QStringLiteral("-") : code(installation.planFile));
    out << QString() << QStringLiteral("## Files") << QString()
        << QStringLiteral(
               "- `inventory.yml`: one host per installation in the group `puw_installations` (a local "
               "handle the plays run on, so that `serial` counts installations), naming its old, new and "
               "proxy hosts (group `puw_hosts`, named `<installation>-old` and so on).")
        << QStringLiteral(
               "- `rehearsal.yml`, `cutover.yml`, `rollback.yml`: each runs, on every installation, the "
               "file of the same name in `installations/<installation>/`, written from the dry run of "
               "that installation's plan (plans differ in hosts, paths and values).")
        << QStringLiteral("- `rehearsal.yml`: steps 1 to 6. Changes nothing on the old host.")
        << QStringLiteral(
               "- `cutover.yml`: steps 7 to 9, `serial: %1` (installations per batch), "
               "`max_fail_percentage: %2`. Downtime begins at step 7. A failing installation stops only "
               "itself within its batch; once more than %2% of a batch failed, the later batches do not "
               "start (with 0, one failure is enough; `--ansible-max-fail-percent 100` lets every batch "
               "run).")
               .arg(facts.options.serial)
               .arg(facts.options.maxFailPercent)
        << QStringLiteral(
               "- `rollback.yml`: puts the old installation back into service (from steps 7 to 9).")
        << QStringLiteral(
               "- `ansible.cfg`: host keys are checked (`host_key_checking = True`), against each plan's "
               "known-hosts file. Ansible ignores an `ansible.cfg` in a world-writable folder.")
        << QString() << QStringLiteral("## How to run it") << QString()
        << QStringLiteral(
               "The controller needs Ansible (Debian: `apt-get install ansible`); the old, new and proxy "
               "hosts need Python 3, as for any Ansible module, and the same access as for the program "
               "(SSH keys, sudo).")
        << QString() << QStringLiteral("```sh") << QStringLiteral("cd this-folder")
        << QStringLiteral(
               "ansible-playbook --check rehearsal.yml   # the read-only commands, the others printed")
        << QStringLiteral("ansible-playbook rehearsal.yml") << QStringLiteral("ansible-playbook cutover.yml")
        << QStringLiteral("# if the cutover of one installation went wrong, for that one only:")
        << QStringLiteral("ansible-playbook rollback.yml --limit %1").arg(first) << QStringLiteral("```")
        << QString()
        << QStringLiteral(
               "`--limit NAME` (an installation of the table above; several separated by commas) runs a "
               "playbook for those installations only. Each step is a block tagged `stepN` and with its "
               "key (`--tags step3`, `--tags import-backup`).")
        << QString()
        << QStringLiteral(
               "Check mode (`--check`) runs only what the program knows changes nothing: the probes of "
               "step 1, the reads of files and logs, the recipe's checks and HTTP checks without a wait, "
               "the proxy's inspection (these tasks say `check_mode: false`), and only up to the "
               "playbook's first task that would change something: what comes after it would read what "
               "the skipped change did not make (a database not restored, a service not started). Every "
               "other command, the relay of a dump and the waits for a start are skipped, and a `debug` "
               "task prints the command instead. The stops that wait for an acknowledgement (below) print "
               "their reason instead of stopping, so that one check run shows every step; a real run "
               "still stops there.")
        << QString() << QStringLiteral("## Secrets") << QString()
        << QStringLiteral(
               "No secret is written into these files. A task that needs one reads it from a variable "
               "and passes it on the command's standard input (`stdin:`), never on its command line:")
        << QString() << QStringLiteral("| Installation | Variable | Purpose | Comes from |")
        << QStringLiteral("|---|---|---|---|");
    for (const ExportReadmeInstallation& installation : facts.installations) {
        QMap<QString, QString> variables = installation.secretVariables;
        variables.insert(QStringLiteral("ansible_become_password"), QStringLiteral("sudo-password"));
        for (auto it = variables.begin(); it != variables.end(); ++it) {
            const QString environment = installation.environment.value(it.key());
            out << QStringLiteral("| `%1` | `%2` | %3 | %4 |")
                       .arg(installation.name, it.key(), code(it.value()),
                            environment.isEmpty()
                                ? QStringLiteral("not set: define it with Ansible Vault (below)")
                                : QStringLiteral(
                                      "the environment variable `%1` (`lookup('env', ...)` in inventory.yml)")
                                      .arg(environment));
        }
    }
    out << QString()
        << QStringLiteral(
               "With Ansible Vault instead: `ansible-vault create host_vars/<installation>/vault.yml` "
               "(and `host_vars/<installation>-old/vault.yml` and so on for `ansible_become_password`), "
               "define the variables there, remove the `lookup('env', ...)` lines from inventory.yml and run "
               "with "
               "`--ask-vault-pass`. A secret holding `{{` must be written as `!unsafe` there. SSH logs in "
               "with the plan's keys (or the ssh agent); an SSH password is not exported (use "
               "`--ask-pass`).")
        << QString() << QStringLiteral("## What the export does not cover") << QString()
        << QStringLiteral(
               "Where a step does something the export does not reproduce, its block ends (or starts) "
               "with a task that fails with the reason: set the variable it names (`-e name=true`) once "
               "you have done or checked that part yourself. This export names:")
        << QString();
    for (auto it = facts.acknowledgements.begin(); it != facts.acknowledgements.end(); ++it)
        out << QStringLiteral("- `%1`: %2").arg(it.key(), it.value());
    out << QString() << QStringLiteral("Also not covered, without a task of its own:") << QString()
        << QStringLiteral(
               "- The decisions the program makes on what a command prints: free space for the backup, "
               "the versions it compares, whether an earlier run left the new application running. Here "
               "a command's exit code decides, except where the recipe names a failure pattern (a "
               "failed-migration line fails its task whatever the exit code) or a check's expected "
               "output.")
        << QStringLiteral(
               "- The program's watch of a starting service (its log and its unit while the health URL "
               "does not answer yet) and the log scan after the start: here only the health URL is "
               "waited for, up to the recipe's start timeout.")
        << QStringLiteral(
               "- Stall limits: a command is bounded by the recipe's command timeout; a relayed dump or "
               "restore by none. The relay of a dump goes through a file on old, the controller "
               "(`backups/` here: the local copy) and a file on new, instead of one stream.")
        << QStringLiteral(
               "- The journal and the report: this run leaves Ansible's output, not a session of the "
               "program.")
        << QString() << QStringLiteral("## When to use the wizard, when the export") << QString()
        << QStringLiteral(
               "Rehearse one installation with the wizard or `--headless` first: it asks, compares and "
               "refuses where this export cannot. Use the export to repeat that procedure over many "
               "installations with the engine you already run your fleet with.")
        << QString();
    return out.join(QLatin1Char('\n'));
}

} // namespace puw
