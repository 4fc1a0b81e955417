// Step 1's checks before anything moves, against two scripted hosts (the seam every command crosses): the
// database checks (here pg_restore on new against old's pg_dump) refuse step 1 with both versions and the
// fix; a port another program listens on refuses it naming the port and the process, while the new
// application's own listener does not; and a new database that step 4 has yet to create fails nothing.
#include "ScriptedHosts.h"

#include "jobs/perstep/InstallNewJob.h"
#include "recipes/RecipeLoader.h"

#include <QDateTime>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>

using namespace puw;
using namespace puw::test;

namespace {

const char kRecipe[] = R"({
  "format": 1, "id": "stepone", "title": "Step 1 test application",
  "requiredPrograms": ["app"],
  "versionCommand": ["app", "version"],
  "services": [{"name": "app", "manager": "commands", "start": ["ctl", "start"], "stop": ["ctl", "stop"],
                "disable": ["ctl", "disable"], "enable": ["ctl", "enable"], "status": ["ctl", "is-active"]}],
  "database": {"engine": "postgresql", "host": "{{host_address}}", "name": "app", "user": "app",
               "credential": "db-password"},
  "checks": {"http": [{"name": "health", "url": "http://{{host_address}}:8081/health"},
                      {"name": "version", "url": "http://{{host_address}}:8081/version"}]},
  "timeouts": {"commandSeconds": 20, "startSeconds": 5, "stopSeconds": 5}
})";

const QString kOld = QStringLiteral("192.0.2.10");
const QString kNew = QStringLiteral("192.0.2.11");
// How the application's database appears in a psql command line (a conninfo value inside a quoted word).
const QString kAppDatabase = QStringLiteral("dbname='\\''app'\\''");

struct FixedPassword : SecretProvider {
    std::optional<QString> secret(const QString&, const QString&) override { return QStringLiteral("pw"); }
};

// A server of that identity and version, with the roles it has, on one scripted host.
void scriptDatabase(ScriptedShell& host, const QString& id, const QString& version, const QString& address)
{
    host.on(QStringLiteral("puw-identity"),
            QStringLiteral("puw-identity %1 %2 5432\npuw-version %3\n").arg(id, address, version));
    host.on(QStringLiteral("aclexplode"), QStringLiteral("puw-role app\npuw-end\n"));
    host.on(QStringLiteral("FROM pg_roles"), QStringLiteral("puw-role app\npuw-role postgres\npuw-end\n"));
    host.on(QStringLiteral("data_directory"), QStringLiteral("puw-datadir /var/lib/postgresql/15/main\n"));
    host.on(QStringLiteral("pg_database_size"), QStringLiteral("1048576\n"));
    host.on(QStringLiteral("'df' '-Pk'"),
            QStringLiteral("Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                           "/dev/sda1 100000000 1000 99999000 1% /\n"));
    host.on(QStringLiteral("'date' '+%s%N'"), [] {
        return ScriptedShell::exited(QString::number(QDateTime::currentMSecsSinceEpoch() * 1000000) +
                                     QLatin1Char('\n'));
    });
    host.on(QStringLiteral("'pg_dump' '--version'"),
            QStringLiteral("pg_dump (PostgreSQL) %1 (Debian %1-1)\n").arg(version));
    host.on(QStringLiteral("'pg_restore' '--version'"),
            QStringLiteral("pg_restore (PostgreSQL) %1 (Debian %1-1)\n").arg(version));
    // Every login may do what its purpose needs: the dump's and counts' reads, the restore's and admin's.
    host.on(QStringLiteral("has_table_privilege"), QStringLiteral("puw-privilege 0 yes\npuw-end\n"));
    host.on(QStringLiteral("pg_has_role"), QStringLiteral("puw-privilege 0 yes\npuw-end\n"));
    host.on(QStringLiteral("rolcreatedb"),
            QStringLiteral("puw-privilege 0 yes\npuw-privilege 1 yes\npuw-privilege 2 yes\npuw-end\n"));
}

class StepOne : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto recipe = RecipeLoader::fromJson(kRecipe, QStringLiteral("stepone.json"));
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        plan.recipeId = QStringLiteral("stepone");
        plan.oldHost = {kOld, 0, QStringLiteral("admin"), {}};
        plan.newHost = {kNew, 0, QStringLiteral("admin"), {}};
        auto bound = RecipeBinding::bind(recipe.value(), plan, dir.filePath(QStringLiteral("plan.json")));
        ASSERT_TRUE(bound.ok()) << bound.error().message().toStdString();
        binding = bound.value();

        for (ScriptedShell* host : {&hosts.oldHost, &hosts.newHost}) {
            host->on(QStringLiteral("command -v"), QStringLiteral("/usr/bin/app\n"));
            host->on(QStringLiteral("'ctl' 'is-active'"), QString(), 3); // stopped
        }
        hosts.oldHost.on(QStringLiteral("'app' 'version'"), QStringLiteral("app 1.0\n"));
        hosts.newHost.on(QStringLiteral("'app' 'version'"), QStringLiteral("app 2.0\n"));
        scriptDatabase(hosts.oldHost, QStringLiteral("7001"), QStringLiteral("15.4"), kOld);
        scriptDatabase(hosts.newHost, QStringLiteral("7002"), QStringLiteral("15.4"), kNew);
        // Old's own listener on old's address, in a network the hosts share; sshd on every address.
        hosts.newHost.on(QStringLiteral("'ss' '-Htlnp'"), QStringLiteral("LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n"
                                                                         "LISTEN 0 4096 %1:8081 0.0.0.0:*\n")
                                                              .arg(kOld));
    }

    StepOutcome runStepOne()
    {
        JobContext ctx(
            StepId::InstallNew, plan, *binding, hosts,
            [this](const JobEvent& event) {
                if (const CheckRecord* check = event.as<CheckRecord>())
                    checks.append(*check);
            },
            cancelled, dir.filePath(QStringLiteral("backups")), false);
        ctx.setSecretProvider(&password);
        return InstallNewJob().run(ctx);
    }

    std::optional<CheckRecord> check(const QString& name) const
    {
        for (const CheckRecord& check : checks) {
            if (check.name == name)
                return check;
        }
        return std::nullopt;
    }

    QString describe(const StepOutcome& outcome) const
    {
        QString text = stepStateLabel(outcome.state) + QStringLiteral(": ") + outcome.summary;
        for (const CheckRecord& check : checks)
            text += QStringLiteral("\n  %1 %2: %3")
                        .arg(check.passed ? QStringLiteral("ok") : QStringLiteral("FAILED"), check.name,
                             check.detail);
        return text;
    }

    QTemporaryDir dir;
    UpgradePlan plan;
    std::optional<RecipeBinding> binding;
    ScriptedHosts hosts;
    FixedPassword password;
    std::atomic<bool> cancelled{false};
    QList<CheckRecord> checks;
};

TEST_F(StepOne, RunsTheDatabaseAndPortChecksAndGoesOnWhenAllPass)
{
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Done) << describe(outcome).toStdString();
    for (const QString& name :
         {QStringLiteral("Old and new are different database servers"),
          QStringLiteral("pg_dump can dump old's server"),
          QStringLiteral("The roles the dump names exist on new"),
          QStringLiteral("New's data directory has room for the database"),
          QStringLiteral("pg_restore on new can read old's dumps"),
          QStringLiteral("The clocks of old and new agree"), QStringLiteral("Port 8081 is free on new"),
          QStringLiteral("Old's dump login may read what the dump needs"),
          QStringLiteral("New's restore login may restore the dump"),
          QStringLiteral("New's admin login may drop and create the database")}) {
        const auto found = check(name);
        ASSERT_TRUE(found) << "not checked: " << name.toStdString() << "\n"
                           << describe(outcome).toStdString();
        EXPECT_TRUE(found->passed) << name.toStdString() << ": " << found->detail.toStdString();
        EXPECT_EQ(found->step, StepId::InstallNew);
    }
    // One port check for both URLs; the counts log in as the dump does, so their login is asked once.
    EXPECT_EQ(checks.size(), 13) << describe(outcome).toStdString();
    EXPECT_EQ(hosts.newHost.commandsWith(QStringLiteral("'ss' '-Htlnp'")).size(), 1);
    EXPECT_TRUE(hosts.newHost.commandsWith(QStringLiteral("'ctl' 'is-active'")).isEmpty())
        << "the service's status is asked only when the port is taken";
}

TEST_F(StepOne, APgRestoreOlderThanOldsPgDumpRefusesWithBothVersionsAndTheFix)
{
    scriptDatabase(hosts.oldHost, QStringLiteral("7001"), QStringLiteral("16.2"), kOld);
    scriptDatabase(hosts.newHost, QStringLiteral("7002"), QStringLiteral("16.3"), kNew);
    hosts.newHost.on(QStringLiteral("'pg_restore' '--version'"),
                     QStringLiteral("pg_restore (PostgreSQL) 15.6 (Debian 15.6-0+deb12u1)\n"));
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Failed) << describe(outcome).toStdString();
    for (const QString& words :
         {QStringLiteral("On new (192.0.2.11) pg_restore is 15.6"),
          QStringLiteral("pg_dump 16.2 on old (192.0.2.10)"),
          QStringLiteral("Needed: pg_restore 16 or newer"), QStringLiteral("postgresql-client-16")})
        EXPECT_TRUE(outcome.summary.contains(words)) << words.toStdString() << "\n"
                                                     << describe(outcome).toStdString();
    const auto restore = check(QStringLiteral("pg_restore on new can read old's dumps"));
    ASSERT_TRUE(restore);
    EXPECT_FALSE(restore->passed);
    EXPECT_EQ(check(QStringLiteral("pg_dump can dump old's server"))->passed, true);
}

TEST_F(StepOne, ADumpLoginThatCannotReadATableRefusesNamingItAndTheGrant)
{
    hosts.oldHost.on(QStringLiteral("has_table_privilege"),
                     QStringLiteral("puw-privilege 0 no public.audit, public.\"pay roll\"\npuw-end\n"));
    hosts.newHost.on(
        QStringLiteral("rolcreatedb"),
        QStringLiteral("puw-privilege 0 yes\npuw-privilege 1 yes\npuw-privilege 2 no\npuw-end\n"));
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Failed) << describe(outcome).toStdString();
    for (const QString& words :
         {QStringLiteral("old (192.0.2.10), dump login as app to 192.0.2.10"),
          QStringLiteral("Missing: read every table and sequence on public.audit, public.\"pay roll\""),
          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"app\""),
          QStringLiteral("\"database\": {\"old\": {\"dump\": \"superuser\"}}")})
        EXPECT_TRUE(outcome.summary.contains(words)) << words.toStdString() << "\n"
                                                     << describe(outcome).toStdString();
    // Ending other sessions is advice: the admin check passes and says what is missing.
    const auto admin = check(QStringLiteral("New's admin login may drop and create the database"));
    ASSERT_TRUE(admin);
    EXPECT_TRUE(admin->passed) << admin->detail.toStdString();
    EXPECT_TRUE(admin->detail.contains(QStringLiteral("without pg_signal_backend")))
        << admin->detail.toStdString();
}

TEST_F(StepOne, APortAnotherProgramListensOnRefusesNamingThePortAndTheProcess)
{
    hosts.newHost.on(
        QStringLiteral("'ss' '-Htlnp'"),
        QStringLiteral("LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n"
                       "LISTEN 0 511 0.0.0.0:8081 0.0.0.0:* users:((\"nginx\",pid=812,fd=6))\n"));
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Failed) << describe(outcome).toStdString();
    for (const QString& words : {QStringLiteral("On new (192.0.2.11) port 8081 is taken"),
                                 QStringLiteral("0.0.0.0:8081 (nginx (pid 812))"),
                                 QStringLiteral("Fix: stop and disable that program on new")})
        EXPECT_TRUE(outcome.summary.contains(words)) << words.toStdString() << "\n"
                                                     << describe(outcome).toStdString();
    EXPECT_EQ(hosts.newHost.commandsWith(QStringLiteral("'ctl' 'is-active'")).size(), 1)
        << "the new application's status decides whether the listener is its own";
    const auto port = check(QStringLiteral("Port 8081 is free on new"));
    ASSERT_TRUE(port);
    EXPECT_FALSE(port->passed);
    EXPECT_EQ(port->kind, QStringLiteral("port"));
}

TEST_F(StepOne, TheNewApplicationsOwnListenerIsNoRefusal)
{
    hosts.newHost.on(QStringLiteral("'ss' '-Htlnp'"),
                     QStringLiteral("LISTEN 0 511 %1:8081 0.0.0.0:*\n").arg(kNew));
    hosts.newHost.on(QStringLiteral("'ctl' 'is-active'"), QString(), 0); // a previous step 5 started it
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Done) << describe(outcome).toStdString();
    const auto port = check(QStringLiteral("Port 8081 is free on new"));
    ASSERT_TRUE(port);
    EXPECT_TRUE(port->passed);
    EXPECT_TRUE(port->detail.contains(QStringLiteral("the new application itself")))
        << port->detail.toStdString();
    EXPECT_TRUE(port->detail.contains(kNew + QStringLiteral(":8081"))) << port->detail.toStdString();
}

TEST_F(StepOne, ANewDatabaseThatStepFourHasYetToCreateFailsNothing)
{
    hosts.newHost.on(
        kAppDatabase, QString(), 2,
        QStringLiteral("psql: error: connection to server failed: FATAL:  database \"app\" does not "
                       "exist"));
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Done) << describe(outcome).toStdString();
    EXPECT_FALSE(hosts.oldHost.commandsWith(kAppDatabase).isEmpty())
        << "old is asked inside its database: the needle is how psql's command line names it";
    EXPECT_TRUE(hosts.newHost.commandsWith(kAppDatabase).isEmpty())
        << hosts.newHost.commandsWith(kAppDatabase).join(QLatin1Char('\n')).toStdString();
}

TEST_F(StepOne, ARefusalOfOldsDatabaseFailsStepOneBeforeAnythingMoves)
{
    // The role the dump names is missing on new: refused at step 1 now, not only at step 3's backup.
    hosts.newHost.on(QStringLiteral("FROM pg_roles"), QStringLiteral("puw-role postgres\npuw-end\n"));
    const StepOutcome outcome = runStepOne();
    ASSERT_EQ(outcome.state, StepState::Failed) << describe(outcome).toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("On new (192.0.2.11) the role(s) app do not exist")))
        << outcome.summary.toStdString();
    EXPECT_TRUE(outcome.summary.contains(QStringLiteral("sudo -u postgres createuser")))
        << outcome.summary.toStdString();
}

} // namespace
