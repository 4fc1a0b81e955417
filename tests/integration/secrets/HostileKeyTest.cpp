#include "KeyringSession.h"
#include "SecretsTestSupport.h"
#include "TestEnvironment.h"

#include "secrets/CredentialStore.h"
#include "util/Redactor.h"

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace puw {
namespace {

using test::KeyringEnvironment;
using test::waitFor;

TEST(CredentialKeyTest, StringFormIsStableAndParses)
{
    const CredentialKey key = CredentialKey::forHost(
        QStringLiteral("deploy"), QStringLiteral("db.example.org"), 0, SecretPurpose::databasePassword());
    EXPECT_EQ(key.host, QStringLiteral("deploy@db.example.org:22"));
    EXPECT_EQ(key.toString(), QStringLiteral("db-password:deploy@db.example.org:22"));
    EXPECT_EQ(CredentialKey::fromString(key.toString()), key);

    const CredentialKey v6 = CredentialKey::forHost(QStringLiteral("root"), QStringLiteral("::1"), 2222,
                                                    SecretPurpose::sshPassword());
    EXPECT_EQ(v6.host, QStringLiteral("root@[::1]:2222"));
    EXPECT_EQ(CredentialKey::fromString(v6.toString()), v6);
    EXPECT_EQ(CredentialKey::forHost({}, QStringLiteral("web"), 22, SecretPurpose::sshPassword()).host,
              QStringLiteral("web:22"));
}

TEST(CredentialKeyTest, RejectsKeysThatCouldCollide)
{
    const QString purpose = SecretPurpose::sshPassword();
    EXPECT_FALSE((CredentialKey{QString(), purpose}.isValid()));
    EXPECT_FALSE((CredentialKey{QStringLiteral("   "), purpose}.isValid()));
    EXPECT_FALSE((CredentialKey{QStringLiteral("a") + QChar(0) + QStringLiteral("b"), purpose}.isValid()));
    EXPECT_FALSE((CredentialKey{QStringLiteral("a\nb"), purpose}.isValid()));
    EXPECT_FALSE(
        (CredentialKey{QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"), purpose}.isValid()));
    EXPECT_FALSE((CredentialKey{QStringLiteral("host"), QStringLiteral("SSH password")}.isValid()));
    EXPECT_FALSE((CredentialKey{QStringLiteral("host"), QStringLiteral("a:b")}.isValid()));
    EXPECT_FALSE(CredentialKey::fromString(QStringLiteral("no-separator")).has_value());
    EXPECT_FALSE(CredentialKey::fromString(QStringLiteral(":host")).has_value());
}

class HostileKeyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const test::KeyringSession& keyring = KeyringEnvironment::session();
        PUW_REQUIRE(keyring.isRunning(), qPrintable(keyring.error()));
        CredentialStore::Options options;
        options.timeout = 10s;
        store = std::make_unique<CredentialStore>(redactor, options);
    }

    std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
    std::unique_ptr<CredentialStore> store;
};

TEST_F(HostileKeyTest, EveryHostKeepsItsOwnSecret)
{
    const QStringList hosts{
        QStringLiteral("admin@host with spaces:22"),
        QStringLiteral("admin@\"double\" 'single' quotes:22"),
        QStringLiteral("admin@$(rm -rf ~);`id`|&&:22"),
        QStringLiteral("admin@back\\slash%2F/slash:22"),
        QStringLiteral("jürgen@münchen.example:22"),
        QStringLiteral("管理者@服务器.例子:22"),
        QStringLiteral("admin@emoji-\U0001F511.example:22"),
        QStringLiteral("admin@emoji-\U0001F512.example:22"), // differs from the previous one in one code
                                                             // point
        QStringLiteral("root@[fe80::1%eth0]:2222"),
        QStringLiteral("-leading-dash:22"),
    };
    for (int i = 0; i < hosts.size(); ++i) {
        const CredentialKey key{hosts.at(i), SecretPurpose::sshPassword()};
        ASSERT_TRUE(key.isValid()) << qPrintable(hosts.at(i));
        const SecretResult written = waitFor(store->write(key, QStringLiteral("hostile-%1-secret").arg(i)));
        ASSERT_TRUE(written.ok()) << qPrintable(hosts.at(i)) << ": " << qPrintable(written.details);
    }
    for (int i = 0; i < hosts.size(); ++i) {
        const SecretResult read =
            waitFor(store->read(CredentialKey{hosts.at(i), SecretPurpose::sshPassword()}));
        ASSERT_TRUE(read.ok()) << qPrintable(hosts.at(i)) << ": " << qPrintable(read.details);
        EXPECT_EQ(read.value, QStringLiteral("hostile-%1-secret").arg(i)) << qPrintable(hosts.at(i));
    }
    for (const QString& host : hosts)
        EXPECT_TRUE(waitFor(store->remove(CredentialKey{host, SecretPurpose::sshPassword()})).ok());
    for (const QString& host : hosts)
        EXPECT_TRUE(waitFor(store->read(CredentialKey{host, SecretPurpose::sshPassword()})).notFound());
}

TEST_F(HostileKeyTest, InvalidKeyFailsWithoutTouchingTheKeychain)
{
    const CredentialKey bad{QStringLiteral("evil\nhost"), SecretPurpose::sshPassword()};
    const SecretResult result = waitFor(store->write(bad, QStringLiteral("irrelevant-secret")));
    EXPECT_EQ(result.status, SecretStatus::Failed);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Unknown);
}

} // namespace
} // namespace puw
