#include "KeyringSession.h"
#include "SecretsTestSupport.h"
#include "TestEnvironment.h"

#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "util/Redactor.h"

#include <gtest/gtest.h>

namespace puw {
namespace {

using test::waitFor;

// Variables of this test only, removed afterwards.
class ScopedVariable {
public:
    ScopedVariable(const char* name, const QByteArray& value) : m_name(name) { qputenv(name, value); }
    ~ScopedVariable() { qunsetenv(m_name); }

private:
    const char* m_name;
};

const QMap<QString, QString> kPlanEnvironment{
    {SecretPurpose::sshPassword(), QStringLiteral("PUW_TEST_SSH_PASSWORD")},
    {SecretPurpose::sudoPassword(), QStringLiteral("PUW_TEST_SUDO_PASSWORD")},
};

TEST(SecretSourcesTest, ReadsTheVariableThePlanNames)
{
    ScopedVariable variable("PUW_TEST_SSH_PASSWORD", "from-the-environment");
    auto redactor = std::make_shared<Redactor>();
    SecretSources sources(kPlanEnvironment, nullptr, redactor);
    const SecretResult result = sources.fromEnvironment(SecretPurpose::sshPassword());
    ASSERT_TRUE(result.ok()) << qPrintable(result.message);
    EXPECT_EQ(result.value, QStringLiteral("from-the-environment"));
    EXPECT_EQ(redactor->redact(QStringLiteral("pw=from-the-environment")),
              QStringLiteral("pw=") + Redactor::mask());
}

TEST(SecretSourcesTest, SaysWhatIsMissing)
{
    qunsetenv("PUW_TEST_SUDO_PASSWORD");
    SecretSources sources(kPlanEnvironment, nullptr, std::make_shared<Redactor>());
    const SecretResult unnamed = sources.fromEnvironment(SecretPurpose::databasePassword());
    EXPECT_TRUE(unnamed.notFound());
    EXPECT_TRUE(unnamed.message.contains(SecretPurpose::databasePassword())) << qPrintable(unnamed.message);

    const SecretResult unset = sources.fromEnvironment(SecretPurpose::sudoPassword());
    EXPECT_TRUE(unset.notFound());
    EXPECT_TRUE(unset.message.contains(QLatin1String("PUW_TEST_SUDO_PASSWORD"))) << qPrintable(unset.message);

    ScopedVariable empty("PUW_TEST_SUDO_PASSWORD", "");
    EXPECT_TRUE(sources.fromEnvironment(SecretPurpose::sudoPassword()).notFound());
    // Without a store, find() answers from the environment alone.
    EXPECT_TRUE(waitFor(sources.find(CredentialKey{QStringLiteral("h:22"), SecretPurpose::sudoPassword()}))
                    .notFound());
}

TEST(SecretSourcesTest, RefusesAValueTooShortToMask)
{
    ScopedVariable variable("PUW_TEST_SSH_PASSWORD", "ab");
    SecretSources sources(kPlanEnvironment, nullptr, std::make_shared<Redactor>());
    const SecretResult result = sources.fromEnvironment(SecretPurpose::sshPassword());
    EXPECT_EQ(result.status, SecretStatus::Failed);
    EXPECT_TRUE(result.value.isEmpty());
}

TEST(SecretSourcesTest, EnvironmentFirstThenKeychain)
{
    const test::KeyringSession& keyring = test::KeyringEnvironment::session();
    PUW_REQUIRE(keyring.isRunning(), qPrintable(keyring.error()));
    auto redactor = std::make_shared<Redactor>();
    CredentialStore store(redactor);
    const CredentialKey key = CredentialKey::forHost(QStringLiteral("ops"), QStringLiteral("sources.example"),
                                                     22, SecretPurpose::sshPassword());
    ASSERT_TRUE(waitFor(store.write(key, QStringLiteral("from-the-keychain"))).ok());
    SecretSources sources(kPlanEnvironment, &store, redactor);
    {
        ScopedVariable variable("PUW_TEST_SSH_PASSWORD", "from-the-environment");
        EXPECT_EQ(waitFor(sources.find(key)).value, QStringLiteral("from-the-environment"));
    }
    EXPECT_EQ(waitFor(sources.find(key)).value, QStringLiteral("from-the-keychain"));
    EXPECT_TRUE(waitFor(sources.find(CredentialKey{key.host, SecretPurpose::keyPassphrase()})).notFound());
    EXPECT_TRUE(waitFor(store.remove(key)).ok());
}

} // namespace
} // namespace puw
