#include "KeyringSession.h"
#include "SecretsTestSupport.h"
#include "TestEnvironment.h"

#include "secrets/CredentialStore.h"
#include "util/Redactor.h"

#include <QSignalSpy>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace std::chrono_literals;

namespace puw {
namespace {

using test::filesContaining;
using test::KeyringEnvironment;
using test::waitFor;

class CredentialStoreTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        const test::KeyringSession& keyring = KeyringEnvironment::session();
        PUW_REQUIRE(keyring.isRunning(), qPrintable(keyring.error()));
        redactor = std::make_shared<Redactor>();
        CredentialStore::Options options;
        options.timeout = 10s;
        store = std::make_unique<CredentialStore>(redactor, options);
    }

    // A host of its own per test: every test of the process shares one keyring.
    static CredentialKey key(const QString& purpose = SecretPurpose::sshPassword())
    {
        const QString test =
            QString::fromUtf8(::testing::UnitTest::GetInstance()->current_test_info()->name());
        return CredentialKey::forHost(QStringLiteral("admin"),
                                      test.toLower() + QStringLiteral(".example.org"), 22, purpose);
    }

    std::shared_ptr<Redactor> redactor;
    std::unique_ptr<CredentialStore> store;
};

TEST_F(CredentialStoreTest, ProbeFindsTheSecretService)
{
    QSignalSpy changed(store.get(), &CredentialStore::availabilityChanged);
    const SecretResult result = waitFor(store->probe());
    EXPECT_TRUE(result.ok()) << qPrintable(result.message) << " / " << qPrintable(result.details);
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Available);
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed.at(0).at(0).toBool());
}

TEST_F(CredentialStoreTest, StoresAndReadsBack)
{
    const QString secret = QStringLiteral("s3cret-Pässwörd \"with\" 'quotes' $(and) `more`");
    const SecretResult written = waitFor(store->write(key(), secret));
    ASSERT_TRUE(written.ok()) << qPrintable(written.message) << " / " << qPrintable(written.details);
    EXPECT_TRUE(written.value.isEmpty());

    // A second store, as the next run of the program would have, reads it back.
    auto otherRedactor = std::make_shared<Redactor>();
    CredentialStore other(otherRedactor);
    const SecretResult read = waitFor(other.read(key()));
    ASSERT_TRUE(read.ok()) << qPrintable(read.message) << " / " << qPrintable(read.details);
    EXPECT_EQ(read.value, secret);
    EXPECT_TRUE(read.message.isEmpty());
    EXPECT_EQ(otherRedactor->redact(QStringLiteral("x ") + secret), QStringLiteral("x ") + Redactor::mask());
    EXPECT_EQ(redactor->redact(secret), Redactor::mask());
}

TEST_F(CredentialStoreTest, OverwriteReplacesTheSecret)
{
    ASSERT_TRUE(waitFor(store->write(key(), QStringLiteral("first-secret"))).ok());
    ASSERT_TRUE(waitFor(store->write(key(), QStringLiteral("second-secret"))).ok());
    const SecretResult read = waitFor(store->read(key()));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value, QStringLiteral("second-secret"));
}

TEST_F(CredentialStoreTest, PurposesOfOneHostAreSeparate)
{
    ASSERT_TRUE(waitFor(store->write(key(SecretPurpose::sshPassword()), QStringLiteral("ssh-one"))).ok());
    ASSERT_TRUE(waitFor(store->write(key(SecretPurpose::sudoPassword()), QStringLiteral("sudo-two"))).ok());
    EXPECT_EQ(waitFor(store->read(key(SecretPurpose::sshPassword()))).value, QStringLiteral("ssh-one"));
    EXPECT_EQ(waitFor(store->read(key(SecretPurpose::sudoPassword()))).value, QStringLiteral("sudo-two"));
    EXPECT_TRUE(waitFor(store->read(key(SecretPurpose::databasePassword()))).notFound());
}

TEST_F(CredentialStoreTest, RemoveDeletesAndIsIdempotent)
{
    ASSERT_TRUE(waitFor(store->write(key(), QStringLiteral("to-be-removed"))).ok());
    const SecretResult removed = waitFor(store->remove(key()));
    EXPECT_TRUE(removed.ok()) << qPrintable(removed.message);
    const SecretResult read = waitFor(store->read(key()));
    EXPECT_TRUE(read.notFound());
    EXPECT_TRUE(read.value.isEmpty());
    EXPECT_TRUE(waitFor(store->remove(key())).ok());
}

TEST_F(CredentialStoreTest, NotFoundIsNotUnavailable)
{
    const SecretResult read = waitFor(store->read(key()));
    EXPECT_EQ(read.status, SecretStatus::NotFound);
    EXPECT_FALSE(read.message.isEmpty());
    EXPECT_FALSE(read.message.contains(QLatin1String("unavailable")));
    // Finding nothing says nothing about whether a secret could be saved.
    EXPECT_EQ(store->availability(), CredentialStore::Availability::Unknown);
    EXPECT_TRUE(store->unavailableMessage().isEmpty());
}

TEST_F(CredentialStoreTest, TooShortSecretIsRefusedBeforeTheKeychain)
{
    const SecretResult result = waitFor(store->write(key(), QStringLiteral("ab")));
    EXPECT_EQ(result.status, SecretStatus::Failed);
    EXPECT_FALSE(result.message.isEmpty());
    EXPECT_TRUE(waitFor(store->read(key())).notFound());
}

TEST_F(CredentialStoreTest, SecretsNeverReachTheLog)
{
    const QString secret = QStringLiteral("never-in-a-log-4711");
    const QString other = QStringLiteral("neither-this-one-0815");
    {
        test::LogCapture capture;
        ASSERT_TRUE(waitFor(store->write(key(), secret)).ok());
        ASSERT_TRUE(waitFor(store->read(key())).ok());
        ASSERT_TRUE(waitFor(store->write(key(SecretPurpose::keyPassphrase()), other)).ok());
        ASSERT_TRUE(waitFor(store->read(key(SecretPurpose::keyPassphrase()))).ok());
        ASSERT_TRUE(waitFor(store->probe()).ok());
        ASSERT_TRUE(waitFor(store->remove(key())).ok());
        ASSERT_TRUE(waitFor(store->read(key())).notFound());

        const QStringList lines = test::LogCapture::captured();
        EXPECT_FALSE(lines.isEmpty()) << "the store logs its operations (category puw.secrets)";
        for (const QString& line : lines) {
            EXPECT_FALSE(line.contains(secret)) << qPrintable(redactor->redact(line));
            EXPECT_FALSE(line.contains(other)) << qPrintable(redactor->redact(line));
        }
    }
    const QString logLine = QStringLiteral("sshpass -p %1 then %2").arg(secret, other);
    EXPECT_EQ(redactor->redact(logLine),
              QStringLiteral("sshpass -p %1 then %2").arg(Redactor::mask(), Redactor::mask()));
}

TEST_F(CredentialStoreTest, NoPlaintextCopyUnderHome)
{
    const QString secret = QStringLiteral("plaintext-hunt-9b1f2e");
    ASSERT_TRUE(waitFor(store->write(key(), secret)).ok());
    ASSERT_TRUE(waitFor(store->read(key())).ok());
    const QStringList copies = filesContaining(KeyringEnvironment::session().home(), secret);
    EXPECT_TRUE(copies.isEmpty()) << qPrintable(copies.join(QLatin1Char(' ')));
}

TEST_F(CredentialStoreTest, WorkerThreadWaitsWhileTheStoreThreadRuns)
{
    ASSERT_TRUE(waitFor(store->write(key(), QStringLiteral("from-a-worker"))).ok());
    // The worker blocks on the future; the jobs run here, in the store's thread, inside waitFor's loop.
    SecretResult seen;
    std::atomic_bool finished{false};
    QThread* worker = QThread::create([&] {
        seen = store->read(key()).result();
        finished = true;
    });
    worker->start();
    const QDeadlineTimer deadline(10000);
    while (!finished && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    worker->wait();
    delete worker;
    ASSERT_TRUE(finished);
    EXPECT_TRUE(seen.ok()) << qPrintable(seen.message);
    EXPECT_EQ(seen.value, QStringLiteral("from-a-worker"));
}

TEST_F(CredentialStoreTest, GuiThreadContinuesWithThen)
{
    ASSERT_TRUE(waitFor(store->write(key(), QStringLiteral("continued-value"))).ok());
    QObject context;
    QString received;
    QFuture<void> done = store->read(key()).then(&context, [&](const SecretResult& result) {
        EXPECT_EQ(QThread::currentThread(), context.thread());
        received = result.value;
    });
    waitFor(done.then([] { return true; }));
    EXPECT_EQ(received, QStringLiteral("continued-value"));
}

TEST_F(CredentialStoreTest, ManyConcurrentOperationsAllComplete)
{
    QList<QFuture<SecretResult>> writes;
    for (int i = 0; i < 20; ++i)
        writes << store->write(key(QStringLiteral("bulk-%1").arg(i)), QStringLiteral("bulk-value-%1").arg(i));
    for (const auto& write : writes)
        EXPECT_TRUE(waitFor(write).ok());
    QList<QFuture<SecretResult>> reads;
    for (int i = 0; i < 20; ++i)
        reads << store->read(key(QStringLiteral("bulk-%1").arg(i)));
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(waitFor(reads.at(i)).value, QStringLiteral("bulk-value-%1").arg(i));
}

} // namespace
} // namespace puw
