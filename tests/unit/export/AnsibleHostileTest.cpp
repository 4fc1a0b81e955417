// Values of a plan reach the export's files as literal strings: quotes, newlines, a leading '-', ': ' and
// Jinja's "{{" / "{%" neither break the YAML nor get templated by Ansible (every one is !unsafe).
#include "ExportFixture.h"
#include "TestEnvironment.h"

#include "export/YamlNode.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace puw::test {
namespace {

// Survives shell quoting unchanged (no quote in it), so that the commands can be searched for it.
const QString kJinja = QStringLiteral("{{ 7 * 7 }}{% if true %}x{% endif %}");

QStringList hostileTexts()
{
    return {QStringLiteral("it's \"quoted\" \\ back"),
            QStringLiteral("line one\nline two\n"),
            QStringLiteral("- leading dash"),
            QStringLiteral("key: value # not a comment"),
            kJinja,
            QStringLiteral("{% raw %}x{% endraw %}{#c#}"),
            QStringLiteral("yes"),
            QStringLiteral("0x10"),
            QStringLiteral("  spaces  "),
            QStringLiteral("tab\there\r\u0007bell\u2028ls"),
            QStringLiteral("[a, {b}]"),
            QStringLiteral("&anchor *alias !tag %dir @at `tick`"),
            QString()};
}

bool pythonYaml()
{
    return runLocal(QStringLiteral("python3"), {QStringLiteral("-c"), QStringLiteral("import yaml")}) == 0;
}

TEST(YamlNode, EveryScalarReadsBackAsTheSameString)
{
    PUW_REQUIRE(pythonYaml(), "python3 with python3-yaml");
    YamlNode root;
    YamlNode items = YamlNode::list();
    for (const QString& text : hostileTexts()) {
        items.append(YamlNode::unsafe(text));
        items.append(YamlNode::safe(text));
    }
    root.set(QStringLiteral("items"), items);
    for (const QString& text : hostileTexts())
        root.set(text, YamlNode::safe(QStringLiteral("key")));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("doc.yml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(root.toYaml().toUtf8());
    file.close();
    QString output;
    ASSERT_EQ(
        runLocal(QStringLiteral("python3"), {QStringLiteral(PUW_YAML_TO_JSON), file.fileName()}, &output), 0)
        << output.toStdString() << root.toYaml().toStdString();
    const QJsonObject parsed = QJsonDocument::fromJson(output.toUtf8()).object();
    const QJsonArray read = parsed.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(read.size(), hostileTexts().size() * 2);
    for (int i = 0; i < hostileTexts().size(); ++i) {
        EXPECT_TRUE(isUnsafe(read.at(2 * i)));
        EXPECT_EQ(scalarText(read.at(2 * i)), hostileTexts().at(i));
        EXPECT_TRUE(read.at(2 * i + 1).isString()); // "yes" and "0x10" stay strings
        EXPECT_EQ(read.at(2 * i + 1).toString(), hostileTexts().at(i));
        EXPECT_TRUE(parsed.contains(hostileTexts().at(i))) << hostileTexts().at(i).toStdString();
    }
}

UpgradePlan hostilePlan()
{
    UpgradePlan plan = ExportFixture::demoPlan();
    plan.name = QStringLiteral("prod \"eu\" ") + kJinja + QStringLiteral("\n- x: y");
    plan.oldHost.user = QStringLiteral("up'grader") + kJinja;
    plan.knownHostsFile = QStringLiteral("/tmp/known hosts/it's {{x}}");
    plan.variables.insert(QStringLiteral("config_file"), QStringLiteral("/etc/demo/it's \"x\" ") + kJinja +
                                                             QStringLiteral("\n: - demo.conf"));
    plan.variables.insert(QStringLiteral("unit"), QStringLiteral("-demo {% raw %}"));
    return plan;
}

class HostileExport : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(pythonYaml(), "python3 with python3-yaml");
        ASSERT_TRUE(world.isValid()) << world.error().toStdString();
    }
    ExportFixture world{hostilePlan()};
};

TEST_F(HostileExport, CommandsWithQuotesNewlinesAndJinjaAreTheDryRunsLiterally)
{
    const QList<StepPreview> dryRun = world.dryRun();
    int jinja = 0;
    for (const QString& file : {QStringLiteral("rehearsal.yml"), QStringLiteral("cutover.yml")}) {
        QString error;
        const QJsonArray blocks = blocksOf(world.parsed(world.own(file), &error));
        ASSERT_TRUE(error.isEmpty()) << error.toStdString();
        for (const QJsonValue& block : blocks) {
            const QString tag = block.toObject().value(QStringLiteral("tags")).toArray().at(0).toString();
            const int number = tag.mid(4).toInt();
            ASSERT_GE(number, 1);
            const QList<Exported> exported = commandsOf(block.toObject());
            EXPECT_EQ(exported, commandsOf(dryRun.at(number - 1))) << tag.toStdString();
            for (const Exported& command : exported)
                jinja += command.record.contains(kJinja) ? 1 : 0;
        }
    }
    EXPECT_GT(jinja, 0); // the hostile config file's name did reach commands, unchanged
}

TEST_F(HostileExport, InventoryValuesAreLiteral)
{
    QString error;
    const QJsonObject all =
        world.parsed(QStringLiteral("inventory.yml"), &error).toObject()[QStringLiteral("all")].toObject();
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    const QJsonObject hosts =
        all[QStringLiteral("children")][QStringLiteral("puw_hosts")][QStringLiteral("hosts")].toObject();
    const QJsonObject installations =
        all[QStringLiteral("children")][QStringLiteral("puw_installations")][QStringLiteral("hosts")]
            .toObject();
    ASSERT_EQ(installations.size(), 1);
    const QJsonObject handle = installations.begin()->toObject();
    EXPECT_TRUE(isUnsafe(handle.value(QStringLiteral("puw_plan_name"))));
    EXPECT_EQ(scalarText(handle.value(QStringLiteral("puw_plan_name"))), world.plan().name);
    const QJsonObject old = hosts.value(handle.value(QStringLiteral("puw_old")).toString()).toObject();
    EXPECT_TRUE(isUnsafe(old.value(QStringLiteral("ansible_user"))));
    EXPECT_EQ(scalarText(old.value(QStringLiteral("ansible_user"))), world.plan().oldHost.user);
    EXPECT_TRUE(isUnsafe(old.value(QStringLiteral("ansible_ssh_common_args"))));
    EXPECT_EQ(scalarText(old.value(QStringLiteral("ansible_ssh_common_args"))),
              QStringLiteral(
                  "-o StrictHostKeyChecking=yes -o UserKnownHostsFile='/tmp/known hosts/it'\\''s {{x}}'"));
}

TEST_F(HostileExport, AnsiblePlaybookAcceptsThePlaybooks)
{
    const QString ansible = findProgram(QStringLiteral("ansible-playbook"));
    PUW_REQUIRE(!ansible.isEmpty(), "ansible-playbook (Debian's ansible package)");
    EXPECT_EQ(world.syntaxCheckAll(ansible), QString()); // the playbooks and the installation's files
}

} // namespace
} // namespace puw::test
