// Ctrl-C during `parallel-upgrade --headless`, against real sshd: the first SIGINT cancels the running step
// as the wizard's Cancel does (its command ends on the host, the step ends Cancelled in the journal, the
// program says so and exits 4), and running the same command again resumes; a second signal ends the
// program at once.
#include "HeadlessWorld.h"
#include "TestEnvironment.h"

#include <QElapsedTimer>

#include <csignal>

using namespace puw;
using namespace puw::test;

namespace {

class HeadlessCancel : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd");
        world = std::make_unique<HeadlessWorld>();
        ASSERT_TRUE(world->isValid()) << world->setupError().toStdString();
    }
    void TearDown() override
    {
        if (world)
            world->touch(QStringLiteral("ready")); // a version command still waiting ends
    }

    // Runs the program until it ends; its standard output and error, merged.
    static QString finish(QProcess& program, int timeoutMs = 30000)
    {
        if (!program.waitForFinished(timeoutMs))
            program.kill();
        return QString::fromUtf8(program.readAllStandardOutput() + program.readAllStandardError());
    }

    std::unique_ptr<HeadlessWorld> world;
};

TEST_F(HeadlessCancel, CtrlCCancelsTheRunningStepAndTheNextRunResumesIt)
{
    QProcess program;
    world->start(program);
    ASSERT_TRUE(world->waitUntilWaiting())
        << "the version command never ran: " << finish(program, 1000).toStdString();
    ASSERT_EQ(::kill(static_cast<pid_t>(program.processId()), SIGINT), 0);
    const QString output = finish(program);

    EXPECT_EQ(program.exitStatus(), QProcess::NormalExit)
        << "not killed by the signal: " << output.toStdString();
    EXPECT_EQ(program.exitCode(), 4) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[1 install-new] Cancelling the running step")))
        << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[1 install-new] Cancelled"))) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("Run the same command again to resume")))
        << output.toStdString();
    const auto cancelled = world->installStep();
    ASSERT_TRUE(cancelled.has_value());
    EXPECT_EQ(cancelled->state, StepState::Cancelled);
    // The command that waited on the new host was ended there, not left behind.
    EXPECT_TRUE(waitUntil(
        [&] { return SshTestKit::countProcesses(world->path(QStringLiteral("bin/app"))) == 0; }, 10000));

    // The same command again: the session is resumed and the step runs again, to its end this time: past
    // the versions to its database checks, which refuse in this world without a database.
    world->touch(QStringLiteral("ready"));
    QProcess again;
    world->start(again);
    const QString resumed = finish(again);
    EXPECT_NE(again.exitCode(), 0) << resumed.toStdString();
    EXPECT_TRUE(resumed.contains(QStringLiteral("Resuming the session"))) << resumed.toStdString();
    EXPECT_TRUE(resumed.contains(QStringLiteral("[1 install-new] Failed"))) << resumed.toStdString();
    EXPECT_TRUE(resumed.contains(QStringLiteral("Database logins"))) << resumed.toStdString();
    const auto ended = world->installStep();
    ASSERT_TRUE(ended.has_value());
    EXPECT_EQ(ended->state, StepState::Failed);
    EXPECT_EQ(ended->attempts, 2);
}

TEST_F(HeadlessCancel, ASecondSignalEndsTheProgramAtOnce)
{
    // The host's command ignores SIGTERM: the cancel has to wait for the KILL that follows (3 s).
    world->touch(QStringLiteral("stubborn"));
    QProcess program;
    world->start(program);
    ASSERT_TRUE(world->waitUntilWaiting())
        << "the version command never ran: " << finish(program, 1000).toStdString();
    ASSERT_EQ(::kill(static_cast<pid_t>(program.processId()), SIGINT), 0);
    ASSERT_TRUE(waitUntil(
        [&] {
            program.waitForReadyRead(50);
            return program.peek(1 << 20).contains("Cancelling the running step");
        },
        10000));
    QElapsedTimer clock;
    clock.start();
    ASSERT_EQ(::kill(static_cast<pid_t>(program.processId()), SIGTERM), 0);
    const QString output = finish(program);

    EXPECT_EQ(program.exitCode(), 128 + SIGTERM) << output.toStdString();
    EXPECT_LT(clock.elapsed(), 2000) << "it waited for the cancel to end";
    EXPECT_FALSE(output.contains(QStringLiteral("[1 install-new] Cancelled"))) << output.toStdString();
    // Killed mid-step: the next start finds the step interrupted, to run again.
    const auto step = world->installStep();
    ASSERT_TRUE(step.has_value());
    EXPECT_EQ(step->state, StepState::Interrupted);
}

} // namespace
