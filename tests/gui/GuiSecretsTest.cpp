// The GUI's prompter: questions asked from SSH worker threads and the engine thread are answered on the
// GUI thread (through the injectable questions, as a dialog would), the plan's environment comes first,
// and abandoning the questions never leaves a thread waiting.
#include "GuiSecrets.h"

#include "secrets/SecretSources.h"
#include "util/Redactor.h"

#include <QFutureWatcher>
#include <QTest>
#include <QThread>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>
#include <optional>

using namespace puw;

namespace {
UpgradePlan planWithSecretVariable()
{
    UpgradePlan plan;
    plan.oldHost = {QStringLiteral("old.example.test"), 22, QStringLiteral("admin"), {}};
    plan.newHost = {QStringLiteral("new.example.test"), 22, QStringLiteral("admin"), {}};
    plan.secretEnvironment.insert(QStringLiteral("db-password"), QStringLiteral("PUW_GUI_TEST_DB_PASSWORD"));
    return plan;
}

struct Fixture {
    QWidget window;
    std::shared_ptr<Redactor> redactor = std::make_shared<Redactor>();
    std::shared_ptr<GuiSecrets> secrets;
    QList<Qt::HANDLE> askedIn;
    QList<GuiSecrets::SecretPrompt> prompts;

    Fixture()
    {
        const UpgradePlan plan = planWithSecretVariable();
        auto sources = std::make_shared<SecretSources>(plan.secretEnvironment, nullptr, redactor);
        secrets = std::make_shared<GuiSecrets>(plan, sources, nullptr, redactor, &window);
        secrets->setSecretQuestion([this](const GuiSecrets::SecretPrompt& prompt) {
            askedIn.append(QThread::currentThreadId());
            prompts.append(prompt);
            return std::optional(GuiSecrets::SecretAnswer{QStringLiteral("typed-secret"), false});
        });
        secrets->setHostKeyQuestion([this](const HostKeyInfo& key) {
            askedIn.append(QThread::currentThreadId());
            return key.fingerprint == QStringLiteral("SHA256:expected");
        });
    }
};

// Runs work in a thread of its own while this (GUI) thread keeps its event loop going.
template <typename F> auto inWorker(F work)
{
    using Result = decltype(work());
    std::optional<Result> result;
    QThread* thread = QThread::create([&] { result = work(); });
    thread->start();
    EXPECT_TRUE(QTest::qWaitFor([&] { return thread->isFinished(); }, 10000));
    thread->wait();
    delete thread;
    return result;
}
} // namespace

TEST(GuiSecrets, TheEnvironmentThePlanNamesComesBeforeAnyQuestion)
{
    qputenv("PUW_GUI_TEST_DB_PASSWORD", "from-the-environment");
    Fixture f;
    const auto answer =
        inWorker([&] { return f.secrets->secret(QStringLiteral("db-password"), QStringLiteral("old")); });
    qunsetenv("PUW_GUI_TEST_DB_PASSWORD");
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->value_or(QString()), QStringLiteral("from-the-environment"));
    EXPECT_TRUE(f.prompts.isEmpty());
}

TEST(GuiSecrets, TheEngineThreadWaitsForTheAnswerGivenOnTheGuiThread)
{
    Fixture f;
    const auto answer =
        inWorker([&] { return f.secrets->secret(QStringLiteral("sudo-password"), QStringLiteral("new")); });
    ASSERT_TRUE(answer.has_value());
    EXPECT_EQ(answer->value_or(QString()), QStringLiteral("typed-secret"));
    ASSERT_EQ(f.askedIn.size(), 1);
    EXPECT_EQ(f.askedIn.first(), QThread::currentThreadId());
    EXPECT_TRUE(f.prompts.first().text.contains(QStringLiteral("new.example.test")));
    // What was typed is masked everywhere from now on.
    EXPECT_EQ(f.redactor->redact(QStringLiteral("sudo -S <<< typed-secret")),
              QStringLiteral("sudo -S <<< ") + Redactor::mask());
}

TEST(GuiSecrets, HostKeysAreAnsweredOnTheGuiThreadThroughAFuture)
{
    Fixture f;
    HostKeyInfo key;
    key.state = HostKeyInfo::State::Unknown;
    key.host = QStringLiteral("new.example.test");
    key.keyType = QStringLiteral("ssh-ed25519");
    key.fingerprint = QStringLiteral("SHA256:expected");
    // The worker gets the future at once, without waiting for the question.
    const auto future = inWorker([&] { return f.secrets->confirmHostKey(key); });
    ASSERT_TRUE(future.has_value());
    QFuture<bool> accepted = *future;
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted.isFinished(); }, 5000));
    EXPECT_TRUE(accepted.result());
    EXPECT_EQ(f.askedIn.first(), QThread::currentThreadId());
}

TEST(GuiSecrets, AbandoningAnswersAWaitingThreadWithNothing)
{
    Fixture f;
    f.secrets->setSecretQuestion(
        [](const GuiSecrets::SecretPrompt&) -> std::optional<GuiSecrets::SecretAnswer> {
            ADD_FAILURE() << "asked after the questions were abandoned";
            return std::nullopt;
        });
    std::atomic<bool> done{false};
    std::optional<QString> answer = QStringLiteral("not answered");
    QThread* engine = QThread::create([&] {
        answer = f.secrets->secret(QStringLiteral("sudo-password"), QStringLiteral("old"));
        done = true;
    });
    engine->start();
    QThread::msleep(50);           // the question is queued to this thread, which does not run it yet...
    f.secrets->abandonQuestions(); // ...and the window goes away
    EXPECT_TRUE(engine->wait(5000));
    delete engine;
    QTest::qWait(20); // the queued question now runs, finds it was abandoned and asks nothing
    EXPECT_TRUE(done);
    EXPECT_FALSE(answer.has_value());
}
