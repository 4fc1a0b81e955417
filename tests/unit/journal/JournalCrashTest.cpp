// The program killed in the middle of a step: the next start finds the step "interrupted", not "running",
// and may take over the session folder although the dead program never released its lock.
#include "journal/Journal.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace puw;

TEST(JournalCrash, KilledProgramLeavesAnInterruptedStep)
{
    QTemporaryDir dir;
    int fromChild[2];
    ASSERT_EQ(pipe(fromChild), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The "program": opens the journal, starts step 4, then dies without any cleanup.
        close(fromChild[0]);
        auto journal = Journal::open(dir.path());
        if (journal.ok()) {
            const qint64 session =
                journal.value()->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
            journal.value()->setStepState(session, StepId::ImportBackup, StepState::Running);
        }
        const char ready = journal.ok() ? 'y' : 'n';
        [[maybe_unused]] auto written = write(fromChild[1], &ready, 1);
        pause();
        _exit(0);
    }
    close(fromChild[1]);
    char ready = 0;
    ASSERT_EQ(read(fromChild[0], &ready, 1), 1);
    close(fromChild[0]);
    ASSERT_EQ(ready, 'y');
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));

    auto journal = Journal::open(dir.path());
    ASSERT_TRUE(journal.ok()) << journal.error().toStdString();
    const auto session = journal.value()->latestUnfinishedSession();
    ASSERT_TRUE(session.has_value());
    EXPECT_EQ(journal.value()->step(session->id, StepId::ImportBackup).state, StepState::Interrupted);
    EXPECT_EQ(journal.value()->firstUnsettledStep(session->id), StepId::InstallNew);
}
