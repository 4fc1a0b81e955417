#include "session/SessionRecorder.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QString kSecret = QStringLiteral("s3cret-pass");

// A controller with a session under way and one secret known to its journal's redactor.
struct Recording {
    QTemporaryDir dir;
    std::unique_ptr<SessionController> controller;

    Recording()
    {
        auto journal = Journal::open(dir.path());
        EXPECT_TRUE(journal.ok());
        controller = std::make_unique<SessionController>(std::move(journal).value());
        UpgradePlan plan;
        plan.recipeId = QStringLiteral("demo");
        controller->setPlan(plan, dir.filePath(QStringLiteral("plan.json")));
        EXPECT_TRUE(controller->setStepState(StepId::RehearsalBackup, StepState::Running));
        controller->journal().redactor().addSecret(kSecret);
    }
    Journal& journal() { return controller->journal(); }
    qint64 session() const { return controller->sessionId(); }
};

} // namespace

TEST(SessionRecorder, RedactsALiveLogLineBeforeAnyoneShowsIt)
{
    Recording r;
    SessionRecorder recorder(*r.controller);
    const JobEvent shown =
        recorder.record({StepId::RehearsalBackup,
                         LogLine{QStringLiteral("old"), QStringLiteral("password=") + kSecret, true}});
    ASSERT_NE(shown.as<LogLine>(), nullptr);
    EXPECT_EQ(shown.as<LogLine>()->text, QStringLiteral("password=[redacted]"));
    EXPECT_EQ(shown.as<LogLine>()->host, QStringLiteral("old"));
    EXPECT_TRUE(shown.as<LogLine>()->isStderr);
    EXPECT_EQ(shown.step, StepId::RehearsalBackup);
    EXPECT_TRUE(r.journal().commands(r.session()).isEmpty()); // a log line is not a record
}

TEST(SessionRecorder, WritesACommandToTheJournalAndHandsItBackRedacted)
{
    Recording r;
    SessionRecorder recorder(*r.controller);
    CommandRecord command;
    command.step = StepId::RehearsalBackup;
    command.host = QStringLiteral("new");
    command.command = QStringLiteral("mysql -p") + kSecret;
    command.exitCode = 0;
    command.output = QStringLiteral("using ") + kSecret;
    const JobEvent shown = recorder.record({StepId::RehearsalBackup, command});
    ASSERT_NE(shown.as<CommandRecord>(), nullptr);
    EXPECT_FALSE(shown.as<CommandRecord>()->command.contains(kSecret));
    EXPECT_FALSE(shown.as<CommandRecord>()->output.contains(kSecret));

    const QList<CommandRecord> stored = r.journal().commands(r.session());
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().command, QStringLiteral("mysql -p[redacted]"));
    EXPECT_EQ(stored.first().host, QStringLiteral("new"));
}

TEST(SessionRecorder, WritesChecksArtefactsAndValuesOfTheCurrentSession)
{
    Recording r;
    SessionRecorder recorder(*r.controller);
    recorder.record({StepId::RunChecks, CheckRecord{0,
                                                    StepId::RunChecks,
                                                    QStringLiteral("Health"),
                                                    QStringLiteral("http"),
                                                    true,
                                                    QStringLiteral("200"),
                                                    {}}});
    recorder.record({StepId::RehearsalBackup, ArtefactRecord{0,
                                                             StepId::RehearsalBackup,
                                                             QStringLiteral("backup"),
                                                             QStringLiteral("/tmp/x.dump"),
                                                             42,
                                                             QStringLiteral("abc"),
                                                             true,
                                                             {}}});
    recorder.record({StepId::RehearsalBackup, SessionValue{SessionKey::kBackupPath, QStringLiteral("/x")}});
    recorder.setValue(SessionKey::kRunUser, kSecret);

    ASSERT_EQ(r.journal().checks(r.session()).size(), 1);
    EXPECT_EQ(r.journal().checks(r.session()).first().detail, QStringLiteral("200"));
    ASSERT_EQ(r.journal().artefacts(r.session()).size(), 1);
    EXPECT_EQ(r.journal().artefacts(r.session()).first().sizeBytes, 42);
    EXPECT_EQ(r.journal().value(r.session(), SessionKey::kBackupPath), QStringLiteral("/x"));
    EXPECT_EQ(r.journal().value(r.session(), SessionKey::kRunUser), QStringLiteral("[redacted]"));
}

TEST(SessionRecorder, MasksSecretsInASummary)
{
    Recording r;
    SessionRecorder recorder(*r.controller);
    EXPECT_EQ(recorder.redact(QStringLiteral("failed with ") + kSecret),
              QStringLiteral("failed with [redacted]"));
}
