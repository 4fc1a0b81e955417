#include "KeyringSession.h"
#include "SecretsTestSupport.h"
#include "TestEnvironment.h"

#include "secrets/CredentialStore.h"
#include "util/Redactor.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace puw {
namespace {

using test::KeyringEnvironment;
using test::waitFor;

const CredentialKey kKey{QStringLiteral("admin@new.example.org:22"), SecretPurpose::sudoPassword()};

class DegradedKeyringTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const test::KeyringSession& keyring = KeyringEnvironment::session();
        PUW_REQUIRE(keyring.isRunning(), qPrintable(keyring.error()));
        CredentialStore::Options options;
        options.timeout = 4s;
        store = std::make_unique<CredentialStore>(redactor, options);
    }

    std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
    std::unique_ptr<CredentialStore> store;
};

bool locked()
{
    return test::KeyringSession::Mode::PUW_KEYRING_MODE == test::KeyringSession::Mode::Locked;
}

void expectUnavailable(const SecretResult& result)
{
    EXPECT_EQ(result.status, SecretStatus::Unavailable) << qPrintable(result.details);
    EXPECT_TRUE(result.value.isEmpty());
    EXPECT_TRUE(result.message.contains(QLatin1String("keychain is unavailable")))
        << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QLatin1String("asked for each time"))) << qPrintable(result.message);
    const QLatin1String cause = locked() ? QLatin1String("locked") : QLatin1String("no Secret Service");
    EXPECT_TRUE(result.message.contains(cause)) << qPrintable(result.message);
}

TEST_F(DegradedKeyringTest, ProbeSaysUnavailableAndWhyWithoutWaitingForTheTimeout)
{
    QElapsedTimer timer;
    timer.start();
    expectUnavailable(waitFor(store->probe()));
    EXPECT_LT(timer.elapsed(), 3000);
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Unavailable);
}

TEST_F(DegradedKeyringTest, WriteIsUnavailableAndLeavesNoPlaintext)
{
    const QString secret = QStringLiteral("degraded-never-on-disk-2718");
    test::LogCapture capture;
    expectUnavailable(waitFor(store->write(kKey, secret)));
    const QStringList copies = test::filesContaining(KeyringEnvironment::session().home(), secret);
    EXPECT_TRUE(copies.isEmpty()) << qPrintable(copies.join(QLatin1Char(' ')));
    for (const QString& line : test::LogCapture::captured())
        EXPECT_FALSE(line.contains(secret)) << qPrintable(redactor->redact(line));
}

// A locked collection hides its items: a read finds nothing rather than failing. The caller then asks
// the user, and saving the answer reports the locked keychain.
TEST_F(DegradedKeyringTest, ReadNeverSucceedsAndDoesNotHideTheProblem)
{
    expectUnavailable(waitFor(store->probe()));
    const SecretResult read = waitFor(store->read(kKey));
    EXPECT_FALSE(read.ok());
    if (locked())
        EXPECT_TRUE(read.notFound() || read.unavailable());
    else
        expectUnavailable(read);
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Unavailable);
    EXPECT_FALSE(store->unavailableMessage().isEmpty());
}

} // namespace
} // namespace puw
