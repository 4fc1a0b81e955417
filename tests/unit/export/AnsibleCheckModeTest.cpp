// Check mode (ansible-playbook --check): only what the dry run knows changes nothing runs (check_mode:
// false); every task that can change a host is skipped there, a debug task before it printing it; the stops
// that wait for an acknowledgement print their reason and let the check run go on.
#include "ExportFixture.h"
#include "TestEnvironment.h"

#include "routing/NginxCommands.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace puw::test {
namespace {

const QStringList kChangingModules{QStringLiteral("shell"), QStringLiteral("tempfile"),
                                   QStringLiteral("fetch"), QStringLiteral("copy"),
                                   QStringLiteral("file"),  QStringLiteral("stat")};

QString moduleOf(const QJsonObject& task)
{
    for (const QString& key : task.keys())
        if (key.startsWith(QStringLiteral("ansible.builtin.")))
            return key.mid(16);
    return {};
}

bool skippedInCheckMode(const QJsonObject& task)
{
    const QStringList when = conditions(task);
    return !when.isEmpty() && when.first() == QStringLiteral("not ansible_check_mode") &&
           !task.contains(QStringLiteral("check_mode"));
}

bool printsInCheckMode(const QJsonObject& task)
{
    return moduleOf(task) == QStringLiteral("debug") &&
           conditions(task) == QStringList{QStringLiteral("ansible_check_mode")};
}

class AnsibleCheckMode : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(
            runLocal(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) == 0,
            "python3 with python3-yaml");
        ASSERT_TRUE(world.isValid()) << world.error().toStdString();
        // The commands the dry run marks read-only, as the export's tasks say them.
        const QList<StepPreview> dryRun = world.dryRun();
        for (const StepPreview& preview : dryRun) {
            const QList<Exported> commands = commandsOf(preview);
            for (int i = 0; i < commands.size(); ++i)
                if (preview.planned.value(i) && preview.planned.value(i)->readOnly)
                    readOnly.append(commands.at(i));
        }
        const QString inspect = nginx_commands::inspect(world.plan().route.upstreamFile);
        readOnly.append({QStringLiteral("proxy"), inspect, false, {}});
        readOnly.append({QStringLiteral("proxy"), QStringLiteral("sudo ") + inspect, false, {}});
    }
    QList<QJsonObject> tasks(const QString& playbook)
    {
        QString error;
        const QJsonArray blocks = blocksOf(world.parsed(world.own(playbook), &error));
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        QList<QJsonObject> all;
        for (const QJsonValue& block : blocks)
            for (const QJsonValue& task : block.toObject().value(QStringLiteral("block")).toArray())
                all.append(task.toObject());
        return all;
    }
    ExportFixture world;
    QList<Exported> readOnly;
};

TEST_F(AnsibleCheckMode, NothingThatCanChangeAHostRunsInCheckMode)
{
    int ran = 0;
    int skipped = 0;
    int acknowledgements = 0;
    for (const QString& file :
         {QStringLiteral("rehearsal.yml"), QStringLiteral("cutover.yml"), QStringLiteral("rollback.yml")}) {
        const QList<QJsonObject> all = tasks(file);
        bool changedBefore = false; // a task before this one in the playbook was skipped in check mode
        for (int i = 0; i < all.size(); ++i) {
            const QJsonObject& task = all.at(i);
            const QString module = moduleOf(task);
            const std::string name = scalarText(task.value(QStringLiteral("name"))).toStdString();
            // Once a change was skipped, nothing after it runs: it would read what the change did not make.
            if (changedBefore) {
                EXPECT_NE(task.value(QStringLiteral("check_mode")), QJsonValue(false)) << name;
            }
            if (module == QStringLiteral("uri")) {
                // A request runs, unless it waits for what a skipped start or switch would have done, or
                // comes after a skipped change.
                if (task.contains(QStringLiteral("until")) || changedBefore)
                    EXPECT_TRUE(skippedInCheckMode(task)) << name;
                else
                    EXPECT_EQ(task.value(QStringLiteral("check_mode")), QJsonValue(false)) << name;
            } else if (module == QStringLiteral("fail")) {
                if (conditions(task).value(0).contains(QStringLiteral("puw_ack_"))) {
                    ++acknowledgements;
                    EXPECT_EQ(task.value(QStringLiteral("ignore_errors")).toString(),
                              QStringLiteral("{{ ansible_check_mode }}"))
                        << name;
                }
            } else if (kChangingModules.contains(module)) {
                if (task.value(QStringLiteral("check_mode")) == QJsonValue(false)) {
                    // Only a command the dry run knows changes nothing.
                    ASSERT_EQ(module, QStringLiteral("shell")) << name;
                    const QList<Exported> command =
                        commandsOf(QJsonObject{{QStringLiteral("block"), QJsonArray{task}}});
                    ASSERT_EQ(command.size(), 1);
                    EXPECT_TRUE(readOnly.contains(command.first())) << name;
                    ++ran;
                } else {
                    EXPECT_TRUE(skippedInCheckMode(task)) << name;
                    changedBefore = true;
                    // ... and its command is printed instead (a relay's both at once, before its tasks).
                    const bool relay = task.value(QStringLiteral("vars"))
                                           .toObject()
                                           .contains(QStringLiteral("puw_relay_command")) ||
                                       module != QStringLiteral("shell");
                    if (!relay) {
                        EXPECT_TRUE(i > 0 && printsInCheckMode(all.at(i - 1))) << name;
                    }
                    ++skipped;
                }
            } else {
                EXPECT_TRUE(module == QStringLiteral("debug")) << name << " " << module.toStdString();
            }
        }
    }
    EXPECT_GT(ran, 5);      // step 1's probes, the reads, the checks
    EXPECT_GT(skipped, 20); // everything else
    EXPECT_GE(acknowledgements, 3);
}

// Step 1 only probes (the program's own comment says so): every command of it runs in check mode.
TEST_F(AnsibleCheckMode, StepOnesProbesAllRun)
{
    QString error;
    const QJsonObject block = blockTagged(
        blocksOf(world.parsed(world.own(QStringLiteral("rehearsal.yml")), &error)), QStringLiteral("step1"));
    int shells = 0;
    for (const QJsonValue& task : block.value(QStringLiteral("block")).toArray()) {
        if (!task.toObject().contains(QStringLiteral("ansible.builtin.shell")))
            continue;
        ++shells;
        EXPECT_EQ(task.toObject().value(QStringLiteral("check_mode")), QJsonValue(false));
    }
    EXPECT_GT(shells, 0);
}

// Each relay prints both of its commands once, and none of its tasks runs.
TEST_F(AnsibleCheckMode, ARelayPrintsItsCommandsOnce)
{
    const QList<QJsonObject> all = tasks(QStringLiteral("rehearsal.yml"));
    int relays = 0;
    for (const QJsonObject& task : all) {
        if (moduleOf(task) != QStringLiteral("debug"))
            continue;
        const QString text = scalarText(task[QStringLiteral("ansible.builtin.debug")][QStringLiteral("msg")]);
        EXPECT_TRUE(isUnsafe(task[QStringLiteral("ansible.builtin.debug")][QStringLiteral("msg")]));
        if (text.contains(QStringLiteral("(relay through the controller)")))
            ++relays;
    }
    EXPECT_EQ(relays, 1); // step 3's dump
}

} // namespace
} // namespace puw::test
