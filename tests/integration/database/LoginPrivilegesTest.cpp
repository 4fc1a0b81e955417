// What each login may do, asked of real PostgreSQL 15 and MariaDB servers: the privileges a purpose needs
// are reported granted where the server grants them and missing, by name, where it does not.
#include "DatabaseServers.h"
#include "MysqlFixture.h"
#include "TestEnvironment.h"
#include "database/DatabaseAdapter.h"
#include "remote/LocalShell.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {

// name -> granted, of what the server answered for the purpose.
QMap<QString, bool> answered(const DatabaseAdapter& db, HostShell& shell, DatabasePurpose purpose,
                             bool inAppDatabase, QString* detail = nullptr)
{
    const auto privileges = db.loginPrivileges(shell, purpose, inAppDatabase);
    QMap<QString, bool> byName;
    if (!privileges.ok()) {
        ADD_FAILURE() << privileges.error().toStdString();
        return byName;
    }
    for (const LoginPrivilege& privilege : privileges.value()) {
        byName.insert(privilege.name, privilege.granted);
        if (detail && !privilege.detail.isEmpty())
            *detail = privilege.detail;
    }
    return byName;
}

class PostgresLoginPrivileges : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(canRunPostgres(), "PostgreSQL 15 server programs and root");
        QString why;
        ASSERT_TRUE(m_server.start(&why)) << why.toStdString();
        m_app = DatabaseAdapter::create(DatabaseEngine::PostgreSql, m_server.target(m_name));
        DatabaseTarget asAdmin = m_server.target(m_name);
        asAdmin.count = asAdmin.admin; // queries as the superuser, inside the application's database
        m_admin = DatabaseAdapter::create(DatabaseEngine::PostgreSql, asAdmin);
        ASSERT_TRUE(m_app->recreateDatabase(m_shell).ok());
    }

    void asAdmin(const QString& sql)
    {
        const auto done =
            m_admin->parseQueryValue(m_shell.run(m_admin->queryValueCommand(sql).request(30000)));
        ASSERT_TRUE(done.ok()) << done.error().toStdString();
    }

    const QString m_name = QStringLiteral("shop 'a' $(x)");
    PostgresServer m_server;
    LocalShell m_shell{QStringLiteral("new")}; // recreateDatabase runs on new only
    std::unique_ptr<DatabaseAdapter> m_app;
    std::unique_ptr<DatabaseAdapter> m_admin;
};

TEST_F(PostgresLoginPrivileges, TheDumpLoginIsToldWhichTablesItCannotRead)
{
    asAdmin(QStringLiteral("CREATE TABLE \"secret 'x'\" (id int); CREATE TABLE open (id int); "
                           "GRANT SELECT ON open TO app; SELECT 1"));
    QString detail;
    auto privileges = answered(*m_app, m_shell, DatabasePurpose::Dump, true, &detail);
    ASSERT_EQ(privileges.size(), 1);
    EXPECT_FALSE(privileges.first());
    EXPECT_EQ(detail, QStringLiteral("public.\"secret 'x'\"")) << "only the table it cannot read is named";

    asAdmin(QStringLiteral("GRANT SELECT ON \"secret 'x'\" TO app; SELECT 1"));
    EXPECT_TRUE(answered(*m_app, m_shell, DatabasePurpose::Dump, true).first());
    EXPECT_TRUE(answered(*m_admin, m_shell, DatabasePurpose::Count, true).first())
        << "the superuser reads all";
}

TEST_F(PostgresLoginPrivileges, AnAdminLoginWithoutCreatedbIsMissingIt)
{
    // The application's role (NOCREATEDB) as admin: it may not create databases, but owns what it makes.
    DatabaseTarget appAsAdmin = m_server.target(m_name);
    appAsAdmin.admin = appAsAdmin.app;
    const auto db = DatabaseAdapter::create(DatabaseEngine::PostgreSql, appAsAdmin);
    const auto privileges = answered(*db, m_shell, DatabasePurpose::Admin, false);
    EXPECT_FALSE(privileges.value(QStringLiteral("CREATEDB"), true));
    EXPECT_TRUE(privileges.value(QStringLiteral("hand databases to the owner"), false));

    const auto superuser = answered(*m_app, m_shell, DatabasePurpose::Admin, false);
    EXPECT_EQ(superuser.values(), QList<bool>({true, true, true})) << "postgres by peer auth may do all";
    EXPECT_TRUE(answered(*m_app, m_shell, DatabasePurpose::Restore, false).first())
        << "app owns the database";
}

class MysqlLoginPrivileges : public MysqlFixture {};

TEST_F(MysqlLoginPrivileges, GrantsOnADatabasePatternCountAndGlobalOnesAreAskedApart)
{
    const QString name = QStringLiteral("shop_1");
    const auto app = adapter(name);
    ASSERT_TRUE(app->recreateDatabase(m_shell).ok());
    // app has ALL on `%`.* (a pattern): the dump's privileges, but not the global RELOAD.
    const auto dump = answered(*app, m_shell, DatabasePurpose::Dump, true);
    EXPECT_TRUE(dump.value(QStringLiteral("SELECT")));
    EXPECT_TRUE(dump.value(QStringLiteral("SHOW VIEW")));
    EXPECT_TRUE(dump.value(QStringLiteral("EVENT")));
    EXPECT_FALSE(dump.value(QStringLiteral("RELOAD"), true));
    const auto restore = answered(*app, m_shell, DatabasePurpose::Restore, false);
    EXPECT_FALSE(restore.values().contains(false)) << "binary logging is off, app may restore everything";
    EXPECT_EQ(answered(*app, m_shell, DatabasePurpose::Admin, false).values(), QList<bool>({true, true}));

    // A reader with SELECT on this database only lacks what the dump also reads (views, triggers, events).
    DatabaseTarget asRoot = m_server.target(name);
    asRoot.count = asRoot.admin;
    asRoot.dump = asRoot.admin;
    const auto root = DatabaseAdapter::create(DatabaseEngine::MySql, asRoot);
    query(*root, QStringLiteral("CREATE USER 'reader'@'%' IDENTIFIED BY 'pw'; GRANT SELECT ON `shop_1`.* TO "
                                "'reader'@'%'; SELECT 1"));
    DatabaseTarget asReader = m_server.target(name);
    asReader.dump = DatabaseAccess::withPassword(QStringLiteral("reader"), QStringLiteral("pw"));
    const auto reader = answered(*DatabaseAdapter::create(DatabaseEngine::MySql, asReader), m_shell,
                                 DatabasePurpose::Dump, true);
    EXPECT_TRUE(reader.value(QStringLiteral("SELECT")));
    EXPECT_FALSE(reader.value(QStringLiteral("SHOW VIEW"), true));
    EXPECT_FALSE(reader.value(QStringLiteral("TRIGGER"), true));
    EXPECT_TRUE(answered(*root, m_shell, DatabasePurpose::Dump, true).value(QStringLiteral("RELOAD")))
        << "root by unix_socket has every global privilege";
}

} // namespace

namespace {

// Old's definitions of roles, read and replayed on the same server once the roles are gone: what step 1
// creates on new when the admin asks for it.
QByteArray definitions(const DatabaseAdapter& db, HostShell& shell, const QStringList& roles,
                       const QList<std::pair<QString, QString>>& accounts = {})
{
    const ShellOutcome read = shell.run(db.roleDefinitionsCommand(roles, accounts).request(30000));
    EXPECT_TRUE(read.ok()) << read.describe().toStdString();
    const auto statements = db.parseRoleDefinitions(read.stdoutText.toUtf8());
    EXPECT_TRUE(statements.ok()) << (statements.ok() ? "" : statements.error().toStdString());
    return statements.ok() ? statements.value() : QByteArray();
}

TEST_F(PostgresLoginPrivileges, AMissingRoleIsCreatedAsOldDefinesItWithItsPasswordHashAndMemberships)
{
    const QString role = QStringLiteral("clerk \"x\" 'y'");
    asAdmin(QStringLiteral("CREATE ROLE \"clerk \"\"x\"\" 'y'\" LOGIN CREATEDB CONNECTION LIMIT 7 PASSWORD "
                           "'pw of the clerk'; GRANT app TO \"clerk \"\"x\"\" 'y'\"; SELECT 1"));
    const QString describe = QStringLiteral(
        "SELECT rolcanlogin || ' ' || rolcreatedb || ' ' || rolconnlimit || ' ' || rolpassword || ' ' || "
        "(SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "WHERE m.member = a.oid) FROM pg_authid a WHERE rolname = E'clerk \"x\" \\'y\\''");
    const auto asked = [&] {
        const auto value =
            m_admin->parseQueryValue(m_shell.run(m_admin->queryValueCommand(describe).request(30000)));
        return value.ok() ? value.value() : value.error();
    };
    const QString before = asked();
    ASSERT_TRUE(before.startsWith(QStringLiteral("true true 7 SCRAM-SHA-256$"))) << before.toStdString();

    const QByteArray statements = definitions(*m_app, m_shell, {role});
    EXPECT_TRUE(statements.contains("SCRAM-SHA-256$")) << "the superuser reads the hash";
    asAdmin(QStringLiteral("DROP ROLE \"clerk \"\"x\"\" 'y'\"; SELECT 1"));
    const ShellOutcome created = m_shell.run(m_app->createRolesCommand(statements).request(30000));
    ASSERT_TRUE(created.ok()) << created.describe().toStdString();
    EXPECT_FALSE(m_app->createRolesCommand(statements).display().contains(QStringLiteral("SCRAM")))
        << "what is logged of the command holds no hash";
    EXPECT_EQ(asked(), before);
}

TEST_F(MysqlLoginPrivileges, AMissingAccountIsCreatedAsOldDefinesItAndLogsInWithItsPassword)
{
    const auto app = adapter(QStringLiteral("shop_2"));
    ASSERT_TRUE(app->recreateDatabase(m_shell).ok());
    DatabaseTarget asRoot = m_server.target(QStringLiteral("shop_2"));
    asRoot.count = asRoot.admin;
    const auto root = DatabaseAdapter::create(DatabaseEngine::MySql, asRoot);
    query(*root,
          QStringLiteral("CREATE USER 'clerk'@'%' IDENTIFIED BY 'pw of the clerk'; GRANT SELECT, INSERT ON "
                         "`shop_2`.* TO 'clerk'@'%'; SELECT 1"));
    const QString grants = QStringLiteral("SHOW GRANTS FOR 'clerk'@'%'");
    const QString before = query(*root, grants);

    const ShellOutcome listed = m_shell.run(root->accountsCommand({QStringLiteral("clerk")}).request(30000));
    const auto accounts = root->parseAccounts(listed.stdoutText);
    ASSERT_TRUE(accounts.ok()) << accounts.error().toStdString();
    ASSERT_EQ(accounts->size(), 1);
    EXPECT_EQ(accounts->first().second, QStringLiteral("%"));
    const QByteArray statements = definitions(*root, m_shell, {QStringLiteral("clerk")}, accounts.value());
    query(*root, QStringLiteral("DROP USER 'clerk'@'%'; SELECT 1"));
    const ShellOutcome created = m_shell.run(root->createRolesCommand(statements).request(30000));
    ASSERT_TRUE(created.ok()) << created.describe().toStdString();
    EXPECT_EQ(query(*root, grants), before);

    DatabaseTarget asClerk = m_server.target(QStringLiteral("shop_2"));
    asClerk.count = DatabaseAccess::withPassword(QStringLiteral("clerk"), QStringLiteral("pw of the clerk"));
    EXPECT_EQ(query(*DatabaseAdapter::create(DatabaseEngine::MySql, asClerk), QStringLiteral("SELECT 42")),
              QStringLiteral("42"))
        << "the password came along";
}

} // namespace
