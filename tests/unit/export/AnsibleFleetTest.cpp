// An export of several plans (a fleet): one inventory handle per installation, each with its own hosts and
// secrets, and per installation the tasks of ITS plan's dry run, which the top playbooks include.
#include "ExportFixture.h"
#include "TestEnvironment.h"

#include "export/AnsibleInventory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace puw::test {
namespace {

// A second world on another subnet: other addresses, another database and other secret variables.
UpgradePlan secondPlan()
{
    UpgradePlan plan = ExportFixture::demoPlan();
    plan.name = QStringLiteral("Region two");
    plan.oldHost.address = QStringLiteral("127.0.7.11");
    plan.newHost.address = QStringLiteral("127.0.7.12");
    plan.route.proxy.address = QStringLiteral("127.0.7.10");
    plan.route.publicUrl = QStringLiteral("http://127.0.7.10:8080/");
    plan.variables.insert(QStringLiteral("db_name"), QStringLiteral("demo_two"));
    plan.secretEnvironment.insert(QStringLiteral("db-password"), QStringLiteral("REGION_TWO_DB_PASSWORD"));
    plan.secretEnvironment.insert(QStringLiteral("sudo-password"),
                                  QStringLiteral("REGION_TWO_SUDO_PASSWORD"));
    return plan;
}

bool pythonYaml()
{
    return runLocal(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) == 0;
}

class AnsibleFleet : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(pythonYaml(), "python3 with python3-yaml");
        ASSERT_TRUE(fleet.isValid()) << fleet.error().toStdString();
    }
    QJsonValue read(const QString& file)
    {
        QString error;
        const QJsonValue value = fleet.parsed(file, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return value;
    }
    QJsonObject children()
    {
        return read(QStringLiteral("inventory.yml"))
            .toObject()[QStringLiteral("all")][QStringLiteral("children")]
            .toObject();
    }
    ExportFixture fleet{QList<UpgradePlan>{ExportFixture::demoPlan(), secondPlan()},
                        {QStringLiteral("one/plan.json"), QStringLiteral("two/plan.json")}};
};

TEST_F(AnsibleFleet, TheInventoryHoldsEveryInstallationWithItsOwnHostsAndSecrets)
{
    const QJsonObject handles =
        children()[QStringLiteral("puw_installations")][QStringLiteral("hosts")].toObject();
    const QJsonObject hosts = children()[QStringLiteral("puw_hosts")][QStringLiteral("hosts")].toObject();
    EXPECT_EQ(handles.keys(),
              (QStringList{QStringLiteral("region-two"), QStringLiteral("sandbox-demo-postgresql")}));
    EXPECT_EQ(hosts.size(), 6);
    const QJsonObject two = handles.value(QStringLiteral("region-two")).toObject();
    EXPECT_EQ(two.value(QStringLiteral("puw_new")).toString(), QStringLiteral("region-two-new"));
    EXPECT_EQ(scalarText(hosts[QStringLiteral("region-two-new")][QStringLiteral("ansible_host")]),
              QStringLiteral("127.0.7.12"));
    EXPECT_EQ(scalarText(two.value(QStringLiteral("puw_plan_file"))), QStringLiteral("two/plan.json"));
    EXPECT_EQ(two.value(QStringLiteral("puw_db_password_new")).toString(),
              QStringLiteral("{{ lookup('env', 'REGION_TWO_DB_PASSWORD') }}"));
    EXPECT_EQ(
        handles[QStringLiteral("sandbox-demo-postgresql")][QStringLiteral("puw_db_password_new")].toString(),
        QStringLiteral("{{ lookup('env', 'PUW_SANDBOX_DB_PASSWORD') }}"));
    EXPECT_EQ(hosts[QStringLiteral("region-two-old")][QStringLiteral("ansible_become_password")].toString(),
              QStringLiteral("{{ lookup('env', 'REGION_TWO_SUDO_PASSWORD') }}"));
}

// Each installation's files are its own plan's dry run, not the first plan's.
TEST_F(AnsibleFleet, EachInstallationRunsItsOwnPlansDryRun)
{
    const QList<std::pair<QString, UpgradePlan>> installations{
        {QStringLiteral("sandbox-demo-postgresql"), ExportFixture::demoPlan()},
        {QStringLiteral("region-two"), secondPlan()}};
    for (const auto& [name, plan] : installations) {
        ExportFixture single(plan);
        ASSERT_TRUE(single.isValid()) << single.error().toStdString();
        const QList<StepPreview> dryRun = single.dryRun();
        const QString folder = QStringLiteral("installations/%1/").arg(name);
        const QJsonArray rehearsal = blocksOf(read(folder + QStringLiteral("rehearsal.yml")));
        const QJsonArray cutover = blocksOf(read(folder + QStringLiteral("cutover.yml")));
        for (int number = 1; number <= 9; ++number)
            EXPECT_EQ(commandsOf(blockTagged(number <= 6 ? rehearsal : cutover,
                                             QStringLiteral("step%1").arg(number))),
                      commandsOf(dryRun.at(number - 1)))
                << name.toStdString() << " step " << number;
        EXPECT_EQ(commandsOf(blocksOf(read(folder + QStringLiteral("rollback.yml"))).at(0).toObject()),
                  commandsOf(dryRun.last()));
    }
    EXPECT_TRUE(fleet.text(QStringLiteral("installations/region-two/rehearsal.yml"))
                    .contains(QStringLiteral("demo_two")));
    EXPECT_FALSE(fleet.text(QStringLiteral("installations/sandbox-demo-postgresql/rehearsal.yml"))
                     .contains(QStringLiteral("demo_two")));
}

// The plays run on the installations and include the file of each: serial counts installations.
TEST_F(AnsibleFleet, ThePlaybooksIncludeTheFileOfEachInstallation)
{
    for (const QString& file :
         {QStringLiteral("rehearsal.yml"), QStringLiteral("cutover.yml"), QStringLiteral("rollback.yml")}) {
        const QJsonObject play = read(file).toArray().at(0).toObject();
        EXPECT_EQ(play.value(QStringLiteral("hosts")).toString(), QStringLiteral("puw_installations"));
        const QJsonArray tasks = play.value(QStringLiteral("tasks")).toArray();
        ASSERT_EQ(tasks.size(), 1);
        const QJsonObject include = tasks.at(0).toObject();
        EXPECT_EQ(include[QStringLiteral("ansible.builtin.include_tasks")][QStringLiteral("file")].toString(),
                  QStringLiteral("installations/{{ inventory_hostname }}/") + file);
        EXPECT_EQ(include.value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("always")});
    }
    const QJsonObject cutover = read(QStringLiteral("cutover.yml")).toArray().at(0).toObject();
    EXPECT_EQ(cutover.value(QStringLiteral("serial")).toInt(), 1);
    EXPECT_EQ(cutover.value(QStringLiteral("max_fail_percentage")).toInt(), 50);
}

TEST_F(AnsibleFleet, TheReadmeListsTheInstallationsAndTheRollbackOfOne)
{
    const QString readme = fleet.text(QStringLiteral("README.md"));
    EXPECT_TRUE(readme.contains(QStringLiteral("# Ansible export of 2 installations")));
    EXPECT_TRUE(readme.contains(
        QStringLiteral("| `sandbox-demo-postgresql` | `sandbox (demo, postgresql)` | `one/plan.json` |")));
    EXPECT_TRUE(readme.contains(QStringLiteral("| `region-two` | `Region two` | `two/plan.json` |")));
    EXPECT_TRUE(
        readme.contains(QStringLiteral("ansible-playbook rollback.yml --limit sandbox-demo-postgresql\n")));
    EXPECT_TRUE(readme.contains(
        QStringLiteral("| `region-two` | `puw_db_password_new` | `db-password` | the environment "
                       "variable `REGION_TWO_DB_PASSWORD`")));
}

TEST_F(AnsibleFleet, AnsiblePlaybookAcceptsEveryPlaybookOfTwoPlans)
{
    const QString ansible = findProgram(QStringLiteral("ansible-playbook"));
    PUW_REQUIRE(!ansible.isEmpty(), "ansible-playbook (Debian's ansible package)");
    EXPECT_EQ(fleet.syntaxCheckAll(ansible), QString()); // 3 playbooks and 3 files of each installation
}

// Two plans of the same name, and a name that is another installation's host: every inventory name unique.
TEST(AnsibleFleetNames, SameNamesGetASuffixAndNeverMeetAHostsName)
{
    UpgradePlan a = ExportFixture::demoPlan();
    a.name = QStringLiteral("Shop");
    UpgradePlan b = a;
    UpgradePlan c = a;
    c.name = QStringLiteral("shop old");
    EXPECT_EQ(AnsibleInventory::installationNames({&a, &b, &c}),
              (QStringList{QStringLiteral("shop"), QStringLiteral("shop-2"), QStringLiteral("shop-old-2")}));
    PUW_REQUIRE(pythonYaml(), "python3 with python3-yaml");
    ExportFixture same(QList<UpgradePlan>{a, b});
    ASSERT_TRUE(same.isValid()) << same.error().toStdString();
    EXPECT_TRUE(same.files().contains(QStringLiteral("installations/shop-2/cutover.yml")));
    EXPECT_TRUE(
        same.text(QStringLiteral("inventory.yml")).contains(QStringLiteral("\n        shop-2-old:\n")));
}

// A plan file's path reaches the inventory and the README as text, never as YAML or Jinja.
TEST(AnsibleFleetHostile, AHostilePlanPathIsLiteral)
{
    PUW_REQUIRE(pythonYaml(), "python3 with python3-yaml");
    const QString path = QStringLiteral("/plans/it's \"x\" {{ 7 * 7 }}\n- y: {% raw %}.json");
    ExportFixture world(QList<UpgradePlan>{ExportFixture::demoPlan()}, {path});
    ASSERT_TRUE(world.isValid()) << world.error().toStdString();
    QString error;
    const QJsonObject handle =
        world.parsed(QStringLiteral("inventory.yml"), &error)
            .toObject()[QStringLiteral("all")][QStringLiteral("children")][QStringLiteral(
                "puw_installations")][QStringLiteral("hosts")][QStringLiteral("sandbox-demo-postgresql")]
            .toObject();
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_TRUE(isUnsafe(handle.value(QStringLiteral("puw_plan_file"))));
    EXPECT_EQ(scalarText(handle.value(QStringLiteral("puw_plan_file"))), path);
    EXPECT_TRUE(world.text(QStringLiteral("README.md"))
                    .contains(QStringLiteral("`/plans/it's \"x\" {{ 7 * 7 }} - y:")));
}

// The inventory file: {"plans": [...]}, paths relative to its folder; anything else is refused with the
// entry and the fix.
class FleetFile : public ::testing::Test {
protected:
    QString write(const QByteArray& text)
    {
        QFile file(dir.filePath(QStringLiteral("fleet.json")));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return file.fileName();
    }
    QString refusal(const QByteArray& text)
    {
        const auto read = readFleetFile(write(text));
        return read.ok() ? QStringLiteral("accepted") : read.error().message();
    }
    QTemporaryDir dir;
};

TEST_F(FleetFile, ListsThePlansRelativeToItsFolder)
{
    const auto read = readFleetFile(write(R"({"plans": ["a.json", "sub/b.json", "/abs/c.json"]})"));
    ASSERT_TRUE(read.ok()) << read.error().message().toStdString();
    EXPECT_EQ(read.value(),
              (QStringList{dir.filePath(QStringLiteral("a.json")), dir.filePath(QStringLiteral("sub/b.json")),
                           QStringLiteral("/abs/c.json")}));
}

TEST_F(FleetFile, RefusesWhatIsNotAListOfPlansWithTheEntryAndTheFix)
{
    EXPECT_TRUE(refusal("a.json\nb.json\n").contains(QStringLiteral("is not JSON")))
        << refusal("a.json").toStdString();
    EXPECT_TRUE(refusal(R"(["a.json"])").contains(QStringLiteral("is not a JSON object")));
    EXPECT_TRUE(refusal(R"({"plan": ["a.json"]})").contains(QStringLiteral("\"plan\": is not a field")));
    EXPECT_TRUE(refusal(R"({})").contains(QStringLiteral("\"plans\": is missing")));
    EXPECT_TRUE(refusal(R"({"plans": "a.json"})").contains(QStringLiteral("\"plans\": must be a list")));
    EXPECT_TRUE(refusal(R"({"plans": []})").contains(QStringLiteral("lists no plan")));
    EXPECT_TRUE(
        refusal(R"({"plans": ["a.json", 3]})").contains(QStringLiteral("\"plans[1]\": must be the path")));
    EXPECT_TRUE(refusal(R"({"plans": ["a.json", "./a.json"]})")
                    .contains(QStringLiteral("\"plans[1]\": names ./a.json a second time")));
    EXPECT_TRUE(refusal(R"({"plans": [""]})")
                    .contains(QStringLiteral("Fix: an inventory of plans is a JSON object")));
}

TEST_F(FleetFile, LoadsAndBindsEveryPlanAndRefusesOneGivenTwice)
{
    QFile::copy(QStringLiteral(PUW_EXPORT_TEST_DATA "/demo-plan.json"),
                dir.filePath(QStringLiteral("a.json")));
    const QString inventory =
        write(QByteArray("{\"plans\": [\"a.json\", \"") + PUW_EXPORT_TEST_DATA + "/demo-plan.json\"]}");
    const auto fleet = loadFleet(inventory, {});
    ASSERT_TRUE(fleet.ok()) << fleet.error().message().toStdString();
    ASSERT_EQ(fleet.value().size(), 2);
    EXPECT_EQ(fleet.value().at(0).planFile, dir.filePath(QStringLiteral("a.json")));
    EXPECT_EQ(fleet.value().at(1).plan.name, QStringLiteral("sandbox (demo, postgresql)"));
    // --plan a.json beside an inventory that lists a.json again
    const auto twice = loadFleet(inventory, {}, {fleet.value().at(0)});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().message().contains(QStringLiteral("\"plans[0]\": names")))
        << twice.error().message().toStdString();
    const auto missing = loadFleet(write(R"({"plans": ["nowhere.json"]})"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().message().contains(QStringLiteral("nowhere.json")));
}

} // namespace
} // namespace puw::test
