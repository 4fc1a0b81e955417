#include "journal/Journal.h"
#include "journal/JournalSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace puw;

namespace {

std::unique_ptr<Journal> openJournal(const QString& dir, std::shared_ptr<Redactor> redactor = {})
{
    auto journal = Journal::open(dir, std::move(redactor));
    EXPECT_TRUE(journal.ok()) << (journal.ok() ? "" : journal.error().toStdString());
    return journal.ok() ? std::move(journal).value() : nullptr;
}

} // namespace

TEST(Journal, IsCreatedOwnerOnly)
{
    QTemporaryDir dir;
    const QString sessionDir = dir.filePath(QStringLiteral("sessions"));
    auto journal = openJournal(sessionDir);
    ASSERT_TRUE(journal);
    journal->createSession(QStringLiteral("/plans/a.json"), "{}", QStringLiteral("demo"));

    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                        QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QFileInfo file(journal->databasePath() + suffix);
        ASSERT_TRUE(file.exists()) << file.filePath().toStdString();
        EXPECT_EQ(file.permissions() & owner, owner);
        EXPECT_EQ(file.permissions() & others, QFileDevice::Permissions()) << file.filePath().toStdString();
    }
    EXPECT_EQ(QFileInfo(sessionDir).permissions() & others, QFileDevice::Permissions());
}

TEST(Journal, UsesWriteAheadLogging)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe-wal"));
    db.setDatabaseName(journal->databasePath());
    ASSERT_TRUE(db.open());
    {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        EXPECT_EQ(query.value(0).toString(), QStringLiteral("wal"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("probe-wal"));
}

TEST(Journal, StepStatesFollowTheirLifecycle)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    const qint64 session = journal->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
    ASSERT_GT(session, 0);

    EXPECT_EQ(journal->step(session, StepId::InstallNew).state, StepState::Pending);
    ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Running))
        << journal->lastError().toStdString();
    StepRecord running = journal->step(session, StepId::InstallNew);
    EXPECT_EQ(running.state, StepState::Running);
    EXPECT_TRUE(running.startedAt.isValid());
    EXPECT_FALSE(running.endedAt.isValid());
    EXPECT_EQ(running.attempts, 1);

    QThread::msleep(5);
    ASSERT_TRUE(
        journal->setStepState(session, StepId::InstallNew, StepState::Failed, QStringLiteral("no java")));
    EXPECT_EQ(journal->step(session, StepId::InstallNew).summary, QStringLiteral("no java"));
    ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Running));
    ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Done, QStringLiteral("ok")));
    const StepRecord done = journal->step(session, StepId::InstallNew);
    EXPECT_EQ(done.state, StepState::Done);
    EXPECT_EQ(done.attempts, 2);
    EXPECT_GE(done.durationMs(), 0);

    // A finished step cannot finish again, nor be skipped; a running one may end as skipped (the plan's
    // procedure leaves it out), and a cancelled one may be skipped.
    EXPECT_FALSE(journal->setStepState(session, StepId::InstallNew, StepState::Done));
    EXPECT_FALSE(journal->lastError().isEmpty());
    EXPECT_FALSE(journal->setStepState(session, StepId::InstallNew, StepState::Skipped));
    ASSERT_TRUE(journal->setStepState(session, StepId::CopyConfig, StepState::Running));
    ASSERT_TRUE(journal->setStepState(session, StepId::CopyConfig, StepState::Cancelled));
    ASSERT_TRUE(journal->setStepState(session, StepId::CopyConfig, StepState::Skipped));
    ASSERT_TRUE(journal->setStepState(session, StepId::RehearsalBackup, StepState::Running));
    ASSERT_TRUE(journal->setStepState(session, StepId::RehearsalBackup, StepState::Skipped));
    ASSERT_TRUE(journal->setStepState(session, StepId::RehearsalBackup, StepState::Pending));

    EXPECT_EQ(journal->firstUnsettledStep(session), StepId::RehearsalBackup);
}

// A run journaled afterwards (an imported Ansible run) gives the times it happened at; the rules stay.
TEST(Journal, StepsAndSessionsTakeTheTimesGiven)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    const QDateTime start =
        QDateTime::fromString(QStringLiteral("2030-05-01T10:00:00.125Z"), Qt::ISODateWithMs);
    const QDateTime end = start.addMSecs(4250);
    const qint64 session = journal->createSession({}, "{}", {}, start);
    ASSERT_GT(session, 0);
    EXPECT_EQ(journal->session(session)->createdAt, start);
    ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Running, {}, start));
    ASSERT_TRUE(
        journal->setStepState(session, StepId::InstallNew, StepState::Done, QStringLiteral("ok"), end));
    const StepRecord done = journal->step(session, StepId::InstallNew);
    EXPECT_EQ(done.startedAt, start);
    EXPECT_EQ(done.endedAt, end);
    EXPECT_EQ(done.durationMs(), 4250);
    EXPECT_FALSE(journal->setStepState(session, StepId::CopyConfig, StepState::Done, {}, end));
    ASSERT_TRUE(journal->finishSession(session, end));
    EXPECT_EQ(journal->session(session)->finishedAt, end);
}

TEST(Journal, StepLeftRunningReopensAsInterrupted)
{
    QTemporaryDir dir;
    qint64 session = 0;
    {
        auto journal = openJournal(dir.path());
        ASSERT_TRUE(journal);
        session = journal->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
        ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Running));
        ASSERT_TRUE(journal->setStepState(session, StepId::InstallNew, StepState::Done));
        ASSERT_TRUE(journal->setStepState(session, StepId::CopyConfig, StepState::Running));
    }
    auto reopened = openJournal(dir.path());
    ASSERT_TRUE(reopened);
    EXPECT_EQ(reopened->stepsInterruptedOnOpen(), QList<StepId>{StepId::CopyConfig});
    const StepRecord step = reopened->step(session, StepId::CopyConfig);
    EXPECT_EQ(step.state, StepState::Interrupted);
    EXPECT_TRUE(step.endedAt.isValid());
    EXPECT_EQ(reopened->step(session, StepId::InstallNew).state, StepState::Done);
    // An interrupted step can run again.
    EXPECT_TRUE(reopened->setStepState(session, StepId::CopyConfig, StepState::Running));
}

TEST(Journal, ASecondProgramOnTheSameFolderIsRefused)
{
    QTemporaryDir dir;
    auto first = openJournal(dir.path());
    ASSERT_TRUE(first);
    const auto second = Journal::open(dir.path());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().contains(QStringLiteral("--session-dir"))) << second.error().toStdString();
}

TEST(Journal, SecretsNeverReachTheDatabase)
{
    QTemporaryDir dir;
    auto redactor = std::make_shared<Redactor>();
    redactor->addSecret(QStringLiteral("s3cr3t-sudo"));
    auto journal = openJournal(dir.path(), redactor);
    ASSERT_TRUE(journal);
    const qint64 session = journal->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
    CommandRecord command;
    command.host = QStringLiteral("old");
    command.command = QStringLiteral("echo s3cr3t-sudo | sudo -S systemctl stop app");
    command.exitCode = 0;
    command.output = QStringLiteral("[sudo] password: s3cr3t-sudo\nstopped");
    journal->recordCommand(session, command);
    journal->setValue(session, QStringLiteral("note"), QStringLiteral("pw=s3cr3t-sudo"));
    ASSERT_TRUE(journal->setStepState(session, StepId::StopBoth, StepState::Running));
    ASSERT_TRUE(
        journal->setStepState(session, StepId::StopBoth, StepState::Failed, QStringLiteral("s3cr3t-sudo")));

    const QList<CommandRecord> commands = journal->commands(session);
    ASSERT_EQ(commands.size(), 1);
    EXPECT_TRUE(commands[0].command.contains(Redactor::mask()));
    journal.reset();

    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(dir.filePath(QLatin1String(Journal::kFileName)) + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        EXPECT_FALSE(file.readAll().contains("s3cr3t-sudo")) << file.fileName().toStdString();
    }
}

TEST(Journal, LongOutputKeepsHeadAndTail)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    const qint64 session = journal->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
    CommandRecord command;
    command.command = QStringLiteral("pg_restore");
    command.output =
        QStringLiteral("FIRST LINE\n") + QString(500000, QLatin1Char('x')) + QStringLiteral("\nERROR: last");
    journal->recordCommand(session, command);
    const QString stored = journal->commands(session).at(0).output;
    EXPECT_LE(stored.size(), Journal::kMaxStoredOutput + 100);
    EXPECT_TRUE(stored.startsWith(QStringLiteral("FIRST LINE")));
    EXPECT_TRUE(stored.endsWith(QStringLiteral("ERROR: last")));
}

TEST(Journal, RecordsChecksArtefactsAndValues)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    const qint64 session = journal->createSession(QStringLiteral("/p.json"), "{}", QStringLiteral("demo"));
    journal->recordCheck(session, {0,
                                   StepId::RunChecks,
                                   QStringLiteral("GET /health"),
                                   QStringLiteral("http"),
                                   true,
                                   QStringLiteral("200 in 12 ms"),
                                   {}});
    journal->recordArtefact(session, {0,
                                      StepId::RehearsalBackup,
                                      QStringLiteral("backup"),
                                      QStringLiteral("/backups/demo.dump"),
                                      1234,
                                      QStringLiteral("ab12"),
                                      true,
                                      {}});
    journal->setValue(session, QStringLiteral("downtime.start"), QStringLiteral("2026-11-21T10:00:00Z"));
    journal->setValue(session, QStringLiteral("downtime.start"), QStringLiteral("2026-11-21T10:05:00Z"));

    ASSERT_EQ(journal->checks(session).size(), 1);
    EXPECT_TRUE(journal->checks(session).at(0).passed);
    ASSERT_EQ(journal->artefacts(session).size(), 1);
    EXPECT_EQ(journal->artefacts(session).at(0).sizeBytes, 1234);
    EXPECT_EQ(journal->value(session, QStringLiteral("downtime.start")),
              QStringLiteral("2026-11-21T10:05:00Z"));
}

TEST(Journal, SessionsAreFoundForResume)
{
    QTemporaryDir dir;
    auto journal = openJournal(dir.path());
    ASSERT_TRUE(journal);
    const qint64 first = journal->createSession(QStringLiteral("/a.json"), "{}", QStringLiteral("demo"));
    const qint64 second = journal->createSession(QStringLiteral("/b.json"), "{}", QStringLiteral("demo"));
    EXPECT_EQ(journal->latestUnfinishedSession()->id, second);
    ASSERT_TRUE(journal->finishSession(second));
    EXPECT_EQ(journal->latestUnfinishedSession()->id, first);
    EXPECT_EQ(journal->latestSessionForPlan(QStringLiteral("/b.json"))->id, second);
    EXPECT_TRUE(journal->session(second)->isFinished());
    EXPECT_FALSE(journal->latestSessionForPlan(QStringLiteral("/c.json")).has_value());
}

TEST(Journal, OlderSchemaIsMigratedAndNewerRefused)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(Journal::kFileName));
    {
        // A journal file that exists but was never initialised: schema version 0.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    {
        auto journal = openJournal(dir.path());
        ASSERT_TRUE(journal);
        EXPECT_EQ(journal->schemaVersion(), JournalSchema::currentVersion());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    const auto refused = Journal::open(dir.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("newer"))) << refused.error().toStdString();
}
