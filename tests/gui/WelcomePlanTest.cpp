// The welcome page as a plan editor: an empty start, choosing a recipe and hosts, saving a plan that
// loads, loading one into the form, picking a host from an ssh config, and the field errors that keep
// Next disabled.
#include "WizardFixture.h"

#include "HostEditor.h"
#include "PlanEditor.h"
#include "WelcomePage.h"
#include "plan/RecipeCatalogue.h"
#include "util/AppPaths.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace puw;
using puw::test::WizardFixture;

namespace {
class WelcomePlan : public WizardFixture {
protected:
    WelcomePage* page() const { return m_wizard->welcomePage(); }
    PlanEditor* editor() const { return page()->editor(); }
    QString problem() const { return page()->problemLabel()->text(); }

    static void typeInto(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    void chooseRecipe(const QString& id)
    {
        QComboBox* box = editor()->recipeBox();
        const int index = box->findData(id);
        ASSERT_GE(index, 0) << id.toStdString();
        box->setCurrentIndex(index);
    }
    static QStringList recipes() { return RecipeCatalogue::availableIds(AppPaths::userRecipeDir()); }
};
} // namespace

TEST_F(WelcomePlan, AnEmptyStartShowsPlaceholdersAndCannotGoOn)
{
    launch(false);
    EXPECT_FALSE(nextEnabled());
    EXPECT_FALSE(editor()->oldHost()->addressEdit()->placeholderText().isEmpty());
    EXPECT_FALSE(editor()->newHost()->portEdit()->placeholderText().isEmpty());
    EXPECT_FALSE(editor()->recipeBox()->placeholderText().isEmpty());
    EXPECT_TRUE(problem().contains(QStringLiteral("\"recipe\""))) << problem().toStdString();
    EXPECT_FALSE(page()->savePlanButton()->isEnabled());
    clickNext();
    EXPECT_EQ(m_wizard->currentId(), UpgradeWizard::kWelcomePageId);
}

TEST_F(WelcomePlan, ChoosingARecipeAndHostsThenSavingGivesAPlanThatLoads)
{
    launch(false);
    chooseRecipe(QStringLiteral("demo"));
    EXPECT_FALSE(editor()->recipeDescription()->text().isEmpty()) << "the recipe's description is shown";
    ASSERT_NE(editor()->secretEdit(QStringLiteral("db-password")), nullptr)
        << "the recipe's secret is offered";
    typeInto(editor()->oldHost()->addressEdit(), QStringLiteral("old.example.org"));
    typeInto(editor()->oldHost()->userEdit(), QStringLiteral("admin"));
    EXPECT_FALSE(nextEnabled()) << "the new host is still missing";
    EXPECT_TRUE(problem().contains(QStringLiteral("\"new.address\""))) << problem().toStdString();
    typeInto(editor()->newHost()->addressEdit(), QStringLiteral("new.example.org"));
    typeInto(editor()->newHost()->portEdit(), QStringLiteral("2222"));
    typeInto(editor()->secretEdit(QStringLiteral("db-password")), QStringLiteral("APP_DB_PASSWORD"));
    editor()->routeKindBox()->setCurrentIndex(editor()->routeKindBox()->findData(QStringLiteral("dns")));
    typeInto(editor()->dnsNameEdit(), QStringLiteral("app.example.org"));
    typeInto(editor()->publicUrlEdit(), QStringLiteral("https://app.example.org/"));
    ASSERT_TRUE(nextEnabled()) << problem().toStdString();

    const QString path = m_dir.filePath(QStringLiteral("saved-plan.json"));
    ASSERT_TRUE(page()->savePlanTo(path)) << problem().toStdString();
    const auto loaded = UpgradePlan::load(path, recipes());
    ASSERT_TRUE(loaded.ok()) << loaded.error().message().toStdString();
    const UpgradePlan& plan = loaded.value();
    EXPECT_EQ(plan.recipeId, QStringLiteral("demo"));
    EXPECT_EQ(plan.oldHost, (HostSpec{QStringLiteral("old.example.org"), 0, QStringLiteral("admin"), {}}));
    EXPECT_EQ(plan.newHost, (HostSpec{QStringLiteral("new.example.org"), 2222, {}, {}}));
    EXPECT_EQ(plan.route.kind, RouteKind::Dns);
    EXPECT_EQ(plan.route.dnsName, QStringLiteral("app.example.org"));
    EXPECT_EQ(plan.secretEnvironment.value(QStringLiteral("db-password")), QStringLiteral("APP_DB_PASSWORD"));
    EXPECT_EQ(m_controller->planPath(), path);
    EXPECT_TRUE(page()->planSummary()->text().contains(path));

    clickNext();
    EXPECT_EQ(m_wizard->currentId(), 1);
    EXPECT_EQ(m_controller->plan(), plan) << "Next hands the plan to the session";
}

TEST_F(WelcomePlan, LoadingAPlanFillsTheForm)
{
    const QString path = m_dir.filePath(QStringLiteral("other-plan.json"));
    UpgradePlan plan = demoPlan();
    plan.oldHost.identityFile = QStringLiteral("/home/admin/.ssh/id_old");
    ASSERT_EQ(plan.save(path), QString());
    launch(false);
    ASSERT_TRUE(page()->loadPlanFrom(path));
    EXPECT_EQ(editor()->recipeBox()->currentData().toString(), QStringLiteral("demo"));
    EXPECT_EQ(editor()->oldHost()->addressEdit()->text(), QStringLiteral("old.example.test"));
    EXPECT_EQ(editor()->oldHost()->userEdit()->text(), QStringLiteral("admin"));
    EXPECT_EQ(editor()->oldHost()->identityEdit()->text(), QStringLiteral("/home/admin/.ssh/id_old"));
    EXPECT_EQ(editor()->newHost()->portEdit()->text(), QStringLiteral("2222"));
    EXPECT_EQ(editor()->routeKindBox()->currentData().toString(), QStringLiteral("nginx"));
    EXPECT_EQ(editor()->proxyHost()->addressEdit()->text(), QStringLiteral("proxy.example.test"));
    EXPECT_EQ(editor()->upstreamFileEdit()->text(), QStringLiteral("/etc/nginx/conf.d/upstream.conf"));
    EXPECT_TRUE(nextEnabled());
    ASSERT_TRUE(page()->checked().ok());
    EXPECT_EQ(page()->checked().value(), plan);

    // A broken file is reported with its field, and the form keeps what it showed.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"recipe": "demo", "old": {"address": "a", "port": 70000}, "new": {"address": "b"}})");
    file.close();
    EXPECT_FALSE(page()->loadPlanFrom(broken));
    ASSERT_EQ(m_errors.size(), 1);
    EXPECT_TRUE(m_errors.first().contains(QStringLiteral("old.port"))) << m_errors.first().toStdString();
    m_errors.clear();
    EXPECT_EQ(editor()->oldHost()->addressEdit()->text(), QStringLiteral("old.example.test"));
}

TEST_F(WelcomePlan, AHostIsPickedFromAnSshConfig)
{
    const QString config = m_dir.filePath(QStringLiteral("ssh_config"));
    QFile file(config);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Host *\n  User nobody\nHost web-old\n  HostName 10.1.2.3\n  User deploy\n  Port 2200\n"
               "  IdentityFile /keys/web\nHost web-new\n  HostName 10.1.2.4\n");
    file.close();
    launch();
    page()->setSshConfigPath(config);
    QComboBox* picker = editor()->oldHost()->configPicker();
    ASSERT_EQ(picker->count(), 3) << "a prompt, then web-old and web-new (the pattern is skipped)";
    EXPECT_TRUE(picker->itemText(1).contains(QStringLiteral("web-old")));
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down); // the keyboard's way to choose the first host
    EXPECT_EQ(editor()->oldHost()->addressEdit()->text(), QStringLiteral("10.1.2.3"));
    EXPECT_EQ(editor()->oldHost()->userEdit()->text(), QStringLiteral("deploy"));
    EXPECT_EQ(editor()->oldHost()->portEdit()->text(), QStringLiteral("2200"));
    EXPECT_EQ(editor()->oldHost()->identityEdit()->text(), QStringLiteral("/keys/web"));
    ASSERT_TRUE(page()->checked().ok());
    EXPECT_EQ(
        page()->checked().value().oldHost,
        (HostSpec{QStringLiteral("10.1.2.3"), 2200, QStringLiteral("deploy"), QStringLiteral("/keys/web")}));
}

TEST_F(WelcomePlan, InvalidInputNamesTheFieldAndNextStaysDisabled)
{
    launch();
    ASSERT_TRUE(nextEnabled());
    QLineEdit* port = editor()->newHost()->portEdit();
    typeInto(port, QStringLiteral("22x"));
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(problem().contains(QStringLiteral("\"new.port\""))) << problem().toStdString();
    EXPECT_TRUE(problem().contains(QStringLiteral("1 to 65535"))) << "the fix is said";
    EXPECT_EQ(port->accessibleDescription(), problem()) << "the field itself carries the message";
    EXPECT_FALSE(page()->savePlanButton()->isEnabled());
    clickNext();
    EXPECT_EQ(m_wizard->currentId(), UpgradeWizard::kWelcomePageId);

    typeInto(port, QStringLiteral("2222"));
    EXPECT_TRUE(nextEnabled());
    EXPECT_TRUE(port->accessibleDescription().isEmpty());

    // The same host twice, and a secret pasted where a variable's name belongs.
    typeInto(editor()->newHost()->addressEdit(), QStringLiteral("old.example.test"));
    typeInto(port, QString());
    typeInto(editor()->newHost()->userEdit(), QStringLiteral("admin"));
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(problem().contains(QStringLiteral("\"new\""))) << problem().toStdString();
    typeInto(editor()->newHost()->addressEdit(), QStringLiteral("new.example.test"));
    QLineEdit* secret = editor()->secretEdit(QStringLiteral("db-password"));
    ASSERT_NE(secret, nullptr);
    typeInto(secret, QStringLiteral("s3cr3t pass!"));
    EXPECT_FALSE(nextEnabled());
    EXPECT_TRUE(problem().contains(QStringLiteral("secretEnvironment.db-password")))
        << problem().toStdString();
    EXPECT_FALSE(problem().contains(QStringLiteral("s3cr3t")));
    EXPECT_FALSE(page()->savePlanTo(m_dir.filePath(QStringLiteral("never.json"))));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("never.json"))));
}
