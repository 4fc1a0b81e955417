// The Ansible export runs the program's own commands: every task's command is the dry run's, in the dry
// run's order per step and host, with become where the program uses sudo and the secret on stdin.
#include "ExportFixture.h"
#include "TestEnvironment.h"

#include "remote/ShellQuote.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace puw::test {
namespace {

class AnsibleExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(!findProgram(QStringLiteral("python3")).isEmpty() &&
                        runLocal(QStringLiteral("python3"),
                                 {QStringLiteral("-c"), QStringLiteral("import yaml")}) == 0,
                    "python3 with python3-yaml");
        ASSERT_TRUE(world.isValid()) << world.error().toStdString();
    }
    QJsonValue playbook(const QString& file)
    {
        QString error;
        const QJsonValue value = world.parsed(file, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return value;
    }
    ExportFixture world;
};

TEST_F(AnsibleExport, EveryStepsTasksRunTheDryRunsCommandsInItsOrder)
{
    const QJsonArray rehearsal = blocksOf(playbook(world.own(QStringLiteral("rehearsal.yml"))));
    const QJsonArray cutover = blocksOf(playbook(world.own(QStringLiteral("cutover.yml"))));
    const QJsonArray rollback = blocksOf(playbook(world.own(QStringLiteral("rollback.yml"))));
    ASSERT_EQ(rehearsal.size(), 6);
    ASSERT_EQ(cutover.size(), 3);
    ASSERT_EQ(rollback.size(), 1);
    const QList<StepPreview> dryRun = world.dryRun();
    int total = 0;
    for (int number = 1; number <= 9; ++number) {
        const QJsonObject block =
            blockTagged(number <= 6 ? rehearsal : cutover, QStringLiteral("step%1").arg(number));
        ASSERT_FALSE(block.isEmpty()) << "no block for step " << number;
        const QList<Exported> expected = commandsOf(dryRun.at(number - 1));
        EXPECT_EQ(commandsOf(block), expected) << "step " << number;
        total += int(expected.size());
    }
    EXPECT_EQ(commandsOf(rollback.at(0).toObject()), commandsOf(dryRun.last()));
    EXPECT_GT(dryRun.last().commands.size(), 0);
    EXPECT_GT(total, 20); // the demo world's upgrade runs dozens of commands: none was lost on the way
}

TEST_F(AnsibleExport, TheDumpStreamsFromOldToNewThroughTheController)
{
    const QJsonObject block =
        blockTagged(blocksOf(playbook(world.own(QStringLiteral("rehearsal.yml")))), QStringLiteral("step3"));
    QStringList modules;
    for (const QJsonValue& task : block.value(QStringLiteral("block")).toArray()) {
        for (const QString& key : task.toObject().keys())
            if (key.startsWith(QStringLiteral("ansible.builtin.")))
                modules.append(key.mid(16) + QLatin1Char('@') +
                               scalarText(task.toObject().value(QStringLiteral("delegate_to"))));
    }
    const QString relay = modules.join(QLatin1Char(' '));
    EXPECT_TRUE(relay.contains(QStringLiteral(
        "tempfile@{{ puw_old }} shell@{{ puw_old }} fetch@{{ puw_old }} "
        "stat@ tempfile@{{ puw_new }} copy@{{ puw_new }} shell@{{ puw_new }} file@{{ puw_old }} "
        "file@{{ puw_new }}")))
        << relay.toStdString();
}

// The program checks the dump that arrived on new against the hash of the stream it relayed; the export
// against the hash of the controller's copy, never against the dry run's placeholder.
TEST_F(AnsibleExport, TheStreamedDumpIsCheckedAgainstTheControllersCopy)
{
    const QString cutover = world.text(world.own(QStringLiteral("cutover.yml")));
    EXPECT_FALSE(cutover.contains(QStringLiteral("<sha256>")));
    EXPECT_TRUE(cutover.contains(QStringLiteral("= \\\"$PUW_RELAY_SHA256\\\" ]")));
    EXPECT_TRUE(cutover.contains(QStringLiteral("PUW_RELAY_SHA256: \"{{ puw_relay_copy.stat.checksum }}\"")));
    EXPECT_TRUE(cutover.contains(QStringLiteral("register: \"puw_relay_copy\"")));
}

TEST_F(AnsibleExport, AFailedMigrationLineFailsTheTaskWhateverTheExitCode)
{
    const auto& migrations = world.binding().recipe().migrations;
    const auto apply = world.binding().expand(
        migrations.apply, {{QStringLiteral("host_address"), world.plan().newHost.address}});
    ASSERT_TRUE(apply.ok());
    int found = 0;
    for (const QString& file : {QStringLiteral("rehearsal.yml"), QStringLiteral("cutover.yml")}) {
        for (const QJsonValue& block : blocksOf(playbook(world.own(file)))) {
            for (const QJsonValue& value : block.toObject().value(QStringLiteral("block")).toArray()) {
                const QJsonObject task = value.toObject();
                const QJsonObject shell = task.value(QStringLiteral("ansible.builtin.shell")).toObject();
                if (scalarText(shell.value(QStringLiteral("cmd"))) != shellJoin(apply.value()))
                    continue;
                ++found;
                EXPECT_TRUE(task.value(QStringLiteral("become")).toBool());
                const QJsonValue pattern =
                    task.value(QStringLiteral("vars")).toObject().value(QStringLiteral("puw_failed_pattern"));
                EXPECT_TRUE(isUnsafe(pattern));
                EXPECT_EQ(scalarText(pattern), migrations.failedPattern);
                EXPECT_EQ(task.value(QStringLiteral("failed_when")).toString(),
                          QStringLiteral("puw_result.rc != 0 or (puw_result.stdout_lines + "
                                         "puw_result.stderr_lines) | select('search', puw_failed_pattern) | "
                                         "list | length > 0"));
            }
        }
    }
    EXPECT_EQ(found, 2); // step 5 and step 8
}

TEST_F(AnsibleExport, SecretsComeFromVariablesAndHostKeysAreChecked)
{
    const QString inventory = world.text(QStringLiteral("inventory.yml"));
    EXPECT_TRUE(inventory.contains(QStringLiteral("\"{{ lookup('env', 'PUW_SANDBOX_DB_PASSWORD') }}\"")));
    EXPECT_TRUE(inventory.contains(
        QStringLiteral("ansible_become_password: \"{{ lookup('env', 'PUW_SANDBOX_SUDO_PASSWORD') }}\"")));
    EXPECT_TRUE(inventory.contains(QStringLiteral("-o StrictHostKeyChecking=yes -o UserKnownHostsFile=")));
    for (const QString& file : {QStringLiteral("ansible.cfg"), QStringLiteral("inventory.yml")}) {
        EXPECT_FALSE(
            world.text(file).contains(QStringLiteral("host_key_checking = False"), Qt::CaseInsensitive));
        EXPECT_FALSE(
            world.text(file).contains(QStringLiteral("StrictHostKeyChecking=no"), Qt::CaseInsensitive));
    }
    EXPECT_TRUE(
        world.text(QStringLiteral("ansible.cfg")).contains(QStringLiteral("host_key_checking = True")));
    const QString readme = world.text(QStringLiteral("README.md"));
    EXPECT_TRUE(
        readme.contains(QStringLiteral("| `puw_db_password_new` | `db-password` | the environment variable "
                                       "`PUW_SANDBOX_DB_PASSWORD`")));
    EXPECT_TRUE(readme.contains(QStringLiteral("puw_ack_config_merge")));
    EXPECT_TRUE(readme.contains(QStringLiteral("puw_ack_row_counts")));

    const QJsonObject handle = playbook(QStringLiteral("inventory.yml"))
                                   .toObject()[QStringLiteral("all")][QStringLiteral("children")]
                                              [QStringLiteral("puw_installations")][QStringLiteral("hosts")]
                                   .toObject()
                                   .begin()
                                   ->toObject();
    EXPECT_EQ(handle.value(QStringLiteral("puw_old")).toString(),
              QStringLiteral("sandbox-demo-postgresql-old"));
}

// The secrets' environment variables hold values while the export runs: none of them reaches a file.
TEST(AnsibleExportSecrets, NoSecretValueIsWrittenIntoTheFiles)
{
    const QByteArray db = "db-secret-5f1e", sudo = "sudo-secret-8c2a", ssh = "ssh-secret-03b9";
    qputenv("PUW_SANDBOX_DB_PASSWORD", db);
    qputenv("PUW_SANDBOX_SUDO_PASSWORD", sudo);
    qputenv("PUW_SANDBOX_SSH_PASSWORD", ssh);
    ExportFixture world;
    qunsetenv("PUW_SANDBOX_DB_PASSWORD");
    qunsetenv("PUW_SANDBOX_SUDO_PASSWORD");
    qunsetenv("PUW_SANDBOX_SSH_PASSWORD");
    ASSERT_TRUE(world.isValid()) << world.error().toStdString();
    EXPECT_EQ(world.files().size(), 9); // 6 at the top, 3 of the installation
    for (const QString& file : world.files().keys()) {
        const QString text = world.text(file);
        EXPECT_FALSE(text.isEmpty()) << file.toStdString();
        for (const QByteArray& secret : {db, sudo, ssh})
            EXPECT_FALSE(text.contains(QString::fromLatin1(secret))) << file.toStdString();
        // The dry run's password placeholder as a line of stdin (a YAML scalar writes the newline escaped).
        EXPECT_FALSE(text.contains(kDryRunSecret + QStringLiteral("\\n"))) << file.toStdString();
    }
}

TEST_F(AnsibleExport, CutoverBatchesAndFailureLimitComeFromTheOptions)
{
    const QJsonObject play = playbook(QStringLiteral("cutover.yml")).toArray().at(0).toObject();
    EXPECT_EQ(play.value(QStringLiteral("serial")).toInt(), 2);
    EXPECT_EQ(play.value(QStringLiteral("max_fail_percentage")).toInt(), 25);
    EXPECT_FALSE(playbook(QStringLiteral("rehearsal.yml"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QStringLiteral("serial")));
}

// Step 9 switches the proxy as the program does: the real path is checked first, the previous file is
// kept only once (a second run must not lose the original) and the revert runs only where the proxy
// routes to the new installation.
TEST_F(AnsibleExport, TheProxySwitchIsWholeAndKeepsTheOriginal)
{
    auto shellTasks = [](const QJsonObject& block) {
        QList<QJsonObject> tasks;
        for (const QJsonValue& task : block.value(QStringLiteral("block")).toArray())
            if (task.toObject().value(QStringLiteral("delegate_to")).toString() ==
                QStringLiteral("{{ puw_proxy }}"))
                tasks.append(task.toObject());
        return tasks;
    };
    const QList<QJsonObject> route = shellTasks(
        blockTagged(blocksOf(playbook(world.own(QStringLiteral("cutover.yml")))), QStringLiteral("step9")));
    ASSERT_EQ(route.size(), 5);
    EXPECT_TRUE(route.at(0)
                    .value(QStringLiteral("failed_when"))
                    .toString()
                    .contains(QStringLiteral("!= puw_upstream_file")));
    EXPECT_TRUE(conditions(route.at(1))
                    .last()
                    .startsWith(QStringLiteral("puw_nginx.stdout_lines[2] == 'present' and ")));
    EXPECT_TRUE(conditions(route.at(2)).last().contains(QStringLiteral(" != (puw_new_upstream")));
    // nginx -t and the reload always run, but in check mode
    EXPECT_EQ(conditions(route.at(3)), QStringList{QStringLiteral("not ansible_check_mode")});
    EXPECT_EQ(scalarText(route.at(2)[QStringLiteral("vars")][QStringLiteral("puw_new_upstream")]),
              QStringLiteral("upstream demo_backend {\n    server 127.0.0.12:8081;\n}\n"));

    const QList<QJsonObject> revert =
        shellTasks(blocksOf(playbook(world.own(QStringLiteral("rollback.yml")))).at(0).toObject());
    ASSERT_EQ(revert.size(), 4);
    for (int i = 1; i < revert.size(); ++i)
        EXPECT_TRUE(conditions(revert.at(i)).last().contains(QStringLiteral(" == (puw_new_upstream")));
}

// What the export cannot reproduce stops the run with the reason, unless acknowledged.
TEST_F(AnsibleExport, TheUncoveredMergeFailsLoudlyUnlessAcknowledged)
{
    const QJsonObject block =
        blockTagged(blocksOf(playbook(world.own(QStringLiteral("rehearsal.yml")))), QStringLiteral("step2"));
    const QJsonArray tasks = block.value(QStringLiteral("block")).toArray();
    ASSERT_FALSE(tasks.isEmpty());
    const QJsonObject last = tasks.last().toObject();
    ASSERT_TRUE(last.contains(QStringLiteral("ansible.builtin.fail")));
    EXPECT_EQ(last.value(QStringLiteral("when")).toString(),
              QStringLiteral("not (puw_ack_config_merge | default(false) | bool)"));
    // Its name says which acknowledgement skips it: the run's log tells the import (AnsibleImport).
    EXPECT_TRUE(scalarText(last.value(QStringLiteral("name")))
                    .endsWith(QStringLiteral("not covered by the export (puw_ack_config_merge)")))
        << scalarText(last.value(QStringLiteral("name"))).toStdString();
}

// Step 8: the server guard comes before anything is dropped, the comparison of the restored data before
// the migrations, as the program refuses in that order.
TEST_F(AnsibleExport, TheFinalSyncStopsWhereTheProgramWouldRefuse)
{
    const QJsonArray tasks =
        blockTagged(blocksOf(playbook(world.own(QStringLiteral("cutover.yml")))), QStringLiteral("step8"))
            .value(QStringLiteral("block"))
            .toArray();
    ASSERT_FALSE(tasks.isEmpty());
    auto whenOf = [](const QJsonValue& task) {
        return task.toObject().value(QStringLiteral("when")).toString();
    };
    EXPECT_EQ(whenOf(tasks.first()), QStringLiteral("not (puw_ack_server_guard | default(false) | bool)"));
    int counts = -1;
    int firstMigration = -1;
    for (int i = 0; i < tasks.size(); ++i) {
        if (whenOf(tasks.at(i)).contains(QStringLiteral("puw_ack_row_counts")))
            counts = i;
        const QString cmd = scalarText(
            tasks.at(i).toObject()[QStringLiteral("ansible.builtin.shell")][QStringLiteral("cmd")]);
        if (firstMigration < 0 && cmd.contains(QStringLiteral("'migrate'")))
            firstMigration = i;
    }
    ASSERT_GE(counts, 0);
    ASSERT_GE(firstMigration, 0);
    // Right after the counts' stop comes the migration (in check mode, its printed command first).
    ASSERT_LT(counts, firstMigration);
    for (int i = counts + 1; i < firstMigration; ++i)
        EXPECT_EQ(tasks.at(i).toObject().value(QStringLiteral("when")).toString(),
                  QStringLiteral("ansible_check_mode"))
            << "task " << i << " between the counts and the migration";
}

// A DNS route: the export changes no DNS record, so step 9 stops until the admin says the record was
// changed, and the rollback ends saying to point it back; there is no proxy host.
TEST(AnsibleExportDns, TheDnsSwitchFailsLoudlyUntilAcknowledged)
{
    PUW_REQUIRE(runLocal(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) ==
                    0,
                "python3 with python3-yaml");
    UpgradePlan plan = ExportFixture::demoPlan();
    plan.route = {};
    plan.route.kind = RouteKind::Dns;
    plan.route.publicUrl = QStringLiteral("http://app.sandbox.test:8081/");
    plan.route.dnsName = QStringLiteral("app.sandbox.test");
    plan.route.resolver = QStringLiteral("127.0.0.10");
    ExportFixture world(plan);
    ASSERT_TRUE(world.isValid()) << world.error().toStdString();
    QString error;
    const QJsonObject route = blockTagged(
        blocksOf(world.parsed(world.own(QStringLiteral("cutover.yml")), &error)), QStringLiteral("step9"));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QJsonArray tasks = route.value(QStringLiteral("block")).toArray();
    ASSERT_FALSE(tasks.isEmpty());
    EXPECT_EQ(tasks.last().toObject().value(QStringLiteral("when")).toString(),
              QStringLiteral("not (puw_ack_dns_switch | default(false) | bool)"));
    const QJsonArray rollback = blocksOf(world.parsed(world.own(QStringLiteral("rollback.yml")), &error))
                                    .at(0)
                                    .toObject()[QStringLiteral("block")]
                                    .toArray();
    // The rollback ends as the program's: failed, with what to do (whatever the admin acknowledged).
    const QJsonObject last = rollback.last().toObject();
    EXPECT_FALSE(last.contains(QStringLiteral("when")));
    EXPECT_TRUE(scalarText(last[QStringLiteral("ansible.builtin.fail")][QStringLiteral("msg")])
                    .contains(QStringLiteral("Point the DNS record of app.sandbox.test back to ")));
    EXPECT_FALSE(world.text(QStringLiteral("inventory.yml")).contains(QStringLiteral("puw_proxy")));
}

TEST_F(AnsibleExport, AnsiblePlaybookAcceptsEveryPlaybook)
{
    const QString ansible = findProgram(QStringLiteral("ansible-playbook"));
    PUW_REQUIRE(!ansible.isEmpty(), "ansible-playbook (Debian's ansible package)");
    EXPECT_EQ(world.syntaxCheckAll(ansible), QString()); // the playbooks and the installation's files
}

} // namespace
} // namespace puw::test
