#include "checks/LogFollow.h"
#include "remote/LocalShell.h"
#include "remote/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

void write(const QString& path, const QByteArray& text, QIODevice::OpenMode mode = QIODevice::Append)
{
    QFile file(path);
    ASSERT_TRUE(file.open(mode));
    file.write(text);
}

class LogFollowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString hostile = m_dir.filePath(QStringLiteral("it's $(touch pwned) `x`; dir"));
        ASSERT_TRUE(QDir().mkpath(hostile));
        m_log = hostile + QStringLiteral("/-n catalina.out");
    }

    std::optional<FollowedBytes> follow(qint64 offset, qint64 max = 1 << 20)
    {
        ShellRequest request;
        request.commandLine = fileFollowCommand(m_log, offset, max);
        request.timeoutMs = 10000;
        const ShellOutcome outcome = m_shell.run(request);
        EXPECT_TRUE(outcome.ok()) << outcome.describe().toStdString();
        return readFileFollow(outcome.stdoutText.toUtf8());
    }

    QTemporaryDir m_dir;
    QString m_log;
    LocalShell m_shell{QStringLiteral("new")};
};

} // namespace

TEST_F(LogFollowTest, EachLookReadsWhatCameSinceTheLastOne)
{
    EXPECT_FALSE(follow(0).has_value()) << "a log that is not there yet gives nothing";
    write(m_log, "Deploying web application archive\n");
    auto first = follow(0);
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->from, 0);
    EXPECT_EQ(first->bytes, QByteArray("Deploying web application archive\n"));

    write(m_log, "Running liquibase changelog(s)\n");
    auto second = follow(first->from + first->bytes.size());
    ASSERT_TRUE(second.has_value());
    EXPECT_EQ(second->from, 34);
    EXPECT_EQ(second->bytes, QByteArray("Running liquibase changelog(s)\n"));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
    EXPECT_FALSE(QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
}

TEST_F(LogFollowTest, ARotatedLogIsReadFromItsBeginningNotWaitedForForever)
{
    write(m_log, QByteArray(400, 'x') + "\n");
    const qint64 offset = 401;
    write(m_log, "Waiting for changelog lock....\n", QIODevice::WriteOnly | QIODevice::Truncate);
    const auto after = follow(offset);
    ASSERT_TRUE(after.has_value());
    EXPECT_EQ(after->from, 0) << "the file is shorter than where the last look ended";
    EXPECT_EQ(after->bytes, QByteArray("Waiting for changelog lock....\n"));
}

TEST_F(LogFollowTest, ALookReadsAtMostItsLimit)
{
    write(m_log, QByteArray(5000, 'a'));
    const auto read = follow(0, 1000);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->bytes.count('a'), 1000); // (the local shell's text may end with a line break)
}

TEST(JournalFollow, TheUnitAndCursorAreOneQuotedArgumentEach)
{
    const QString unit = QStringLiteral("tomcat10'; rm -rf / #");
    const QString first = journalFollowCommand(unit, {}, 1764800000, 2000);
    EXPECT_TRUE(first.contains(shellQuote(QStringLiteral("--unit=") + unit))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("'--since=@1764800000'"))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("'--show-cursor'"))) << first.toStdString();
    const QString next = journalFollowCommand(unit, QStringLiteral("s=ab;i=1f"), 1764800000, 2000);
    EXPECT_TRUE(next.contains(QStringLiteral("'--after-cursor=s=ab;i=1f'"))) << next.toStdString();
    EXPECT_FALSE(next.contains(QStringLiteral("--since"))) << next.toStdString();
}

TEST(JournalFollow, TheCursorLineIsTakenOffTheMessages)
{
    const JournalLines lines = readJournalFollow("Starting Liquibase\nWaiting for changelog lock....\n"
                                                 "-- cursor: s=4c1e;i=2a9;b=77;m=1f;t=61;x=9\n");
    EXPECT_EQ(lines.cursor, QStringLiteral("s=4c1e;i=2a9;b=77;m=1f;t=61;x=9"));
    EXPECT_EQ(lines.text, QByteArray("Starting Liquibase\nWaiting for changelog lock....\n"));

    const JournalLines nothingYet = readJournalFollow("");
    EXPECT_TRUE(nothingYet.cursor.isEmpty());
    EXPECT_TRUE(nothingYet.text.isEmpty());

    const JournalLines noCursor = readJournalFollow("a line without a cursor");
    EXPECT_TRUE(noCursor.cursor.isEmpty());
    EXPECT_EQ(noCursor.text, QByteArray("a line without a cursor\n"));
}
