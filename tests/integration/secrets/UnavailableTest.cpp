#include "SecretsTestSupport.h"
#include "UnavailableHome.h"

#include "secrets/CredentialStore.h"
#include "secrets/SecretSources.h"
#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace std::chrono_literals;

namespace puw {
namespace {

using test::waitFor;

const CredentialKey kKey{QStringLiteral("admin@old.example.org:22"), SecretPurpose::sshPassword()};

void expectClearUnavailableMessage(const SecretResult& result)
{
    EXPECT_EQ(result.status, SecretStatus::Unavailable);
    EXPECT_TRUE(result.value.isEmpty());
    EXPECT_TRUE(result.message.contains(QLatin1String("keychain is unavailable")))
        << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QLatin1String("asked for each time"))) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QLatin1String("gnome-keyring"))) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QLatin1String("KWallet"))) << qPrintable(result.message);
    EXPECT_TRUE(result.message.contains(QLatin1String("D-Bus"))) << qPrintable(result.message);
    EXPECT_FALSE(result.details.isEmpty());
}

class UnavailableTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        CredentialStore::Options options;
        options.timeout = 10s;
        store = std::make_unique<CredentialStore>(redactor, options);
    }

    std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
    std::unique_ptr<CredentialStore> store;
};

TEST_F(UnavailableTest, ProbeSaysTheKeychainIsUnavailable)
{
    QSignalSpy changed(store.get(), &CredentialStore::availabilityChanged);
    QElapsedTimer timer;
    timer.start();
    const SecretResult result = waitFor(store->probe());
    expectClearUnavailableMessage(result);
    EXPECT_LT(timer.elapsed(), 5000) << "no D-Bus must fail fast, not wait for the timeout";
    EXPECT_TRUE(result.message.contains(QLatin1String("no D-Bus session"))) << qPrintable(result.message);
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Unavailable);
    EXPECT_EQ(store->unavailableMessage(), result.message);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_FALSE(changed.at(0).at(0).toBool());
    EXPECT_EQ(changed.at(0).at(1).toString(), result.message);
}

TEST_F(UnavailableTest, ReadIsUnavailableNotNotFound)
{
    const SecretResult result = waitFor(store->read(kKey));
    expectClearUnavailableMessage(result);
}

TEST_F(UnavailableTest, WriteNeverFallsBackToAPlaintextFile)
{
    const QString secret = QStringLiteral("must-not-land-in-a-file-31337");
    test::LogCapture capture;
    const SecretResult written = waitFor(store->write(kKey, secret));
    expectClearUnavailableMessage(written);
    expectClearUnavailableMessage(waitFor(store->remove(kKey)));
    expectClearUnavailableMessage(waitFor(store->read(kKey)));

    const QStringList copies = test::filesContaining(test::UnavailableHome::path(), secret);
    EXPECT_TRUE(copies.isEmpty()) << qPrintable(copies.join(QLatin1Char(' ')));
    for (const QString& line : test::LogCapture::captured())
        EXPECT_FALSE(line.contains(secret)) << qPrintable(redactor->redact(line));
    // Still masked in any later log line, although the keychain could not keep it.
    EXPECT_EQ(redactor->redact(secret), Redactor::mask());
}

TEST_F(UnavailableTest, EnvironmentStillWorksWithoutAKeychain)
{
    qputenv("PUW_TEST_HEADLESS_PASSWORD", "headless-secret-value");
    SecretSources sources({{SecretPurpose::sshPassword(), QStringLiteral("PUW_TEST_HEADLESS_PASSWORD")}},
                          store.get(), redactor);
    const SecretResult fromEnvironment = waitFor(sources.find(kKey));
    qunsetenv("PUW_TEST_HEADLESS_PASSWORD");
    EXPECT_TRUE(fromEnvironment.ok());
    EXPECT_EQ(fromEnvironment.value, QStringLiteral("headless-secret-value"));
    expectClearUnavailableMessage(waitFor(sources.find(kKey)));
}

} // namespace
} // namespace puw
