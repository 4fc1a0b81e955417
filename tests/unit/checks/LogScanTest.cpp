#include "checks/LogScan.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QString kPattern = QStringLiteral("(?i)\\b(error|fatal)\\b");

void append(const QString& path, const QByteArray& text)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::Append));
    file.write(text);
}

class LogScanTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // A folder name a shell would love to misread.
        m_hostile = m_dir.filePath(QStringLiteral("it's a $(touch pwned) `x`; dir"));
        ASSERT_TRUE(QDir().mkpath(m_hostile));
        m_log = m_hostile + QStringLiteral("/app -n.log");
    }

    LogScanRequest request(const QList<LogMark>& marks) const
    {
        LogScanRequest r;
        r.name = QStringLiteral("service log");
        r.marks = marks;
        r.errorPattern = kPattern;
        r.timeoutMs = 10000;
        return r;
    }

    QTemporaryDir m_dir;
    QString m_hostile;
    QString m_log;
    LocalShell m_shell{QStringLiteral("new")};
};

} // namespace

TEST_F(LogScanTest, OnlyLinesAfterTheMarkCount)
{
    append(m_log, "old ERROR from before the start\n");
    const auto marks = markLogs(m_shell, {m_log}, false, 10000);
    ASSERT_TRUE(marks.ok()) << marks.error().toStdString();
    ASSERT_EQ(marks.value().size(), 1);
    EXPECT_EQ(marks.value()[0].offset, 32);

    append(m_log, "started fine\n");
    CheckResult clean = scanLogs(m_shell, request(marks.value()));
    EXPECT_TRUE(clean.passed) << clean.detail.toStdString();
    EXPECT_EQ(clean.kind, QStringLiteral("log"));
    EXPECT_TRUE(clean.detail.startsWith(QStringLiteral("no line matches the error pattern in 1 log(s)")))
        << clean.detail.toStdString();

    append(m_log, "Fatal: database gone\nall good\nerror: again\n");
    const CheckResult dirty = scanLogs(m_shell, request(marks.value()));
    EXPECT_FALSE(dirty.passed);
    EXPECT_TRUE(dirty.detail.startsWith(QStringLiteral("2 line(s) match the error pattern in ") + m_log))
        << dirty.detail.toStdString();
    EXPECT_TRUE(dirty.detail.contains(QStringLiteral("Fatal: database gone | error: again")))
        << dirty.detail.toStdString();
    EXPECT_FALSE(dirty.detail.contains(QStringLiteral("before the start")));
    EXPECT_FALSE(QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
}

TEST_F(LogScanTest, MissingFileHasOffsetZeroAndIsReported)
{
    const QString missing = m_hostile + QStringLiteral("/not-yet.log");
    const auto marks = markLogs(m_shell, {missing, m_log}, false, 10000);
    ASSERT_TRUE(marks.ok()) << marks.error().toStdString();
    EXPECT_EQ(marks.value()[0].offset, 0);
    const CheckResult result = scanLogs(m_shell, request(marks.value()));
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("not-yet.log does not exist")))
        << result.detail.toStdString();
}

TEST_F(LogScanTest, RotatedLogIsReadFromItsBeginning)
{
    append(m_log, QByteArray(500, 'x') + "\n");
    const auto marks = markLogs(m_shell, {m_log}, false, 10000);
    ASSERT_TRUE(marks.ok());
    QFile::remove(m_log);
    append(m_log, "ERROR after rotation\n");
    const CheckResult result = scanLogs(m_shell, request(marks.value()));
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("ERROR after rotation")))
        << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("rotated or truncated")))
        << result.detail.toStdString();
}

TEST_F(LogScanTest, ReadsAtMostTheLimit)
{
    const auto marks = markLogs(m_shell, {m_log}, false, 10000);
    ASSERT_TRUE(marks.ok());
    append(m_log, QByteArray(4000, 'a') + "\nERROR beyond the limit\n");
    LogScanRequest r = request(marks.value());
    r.maxBytesPerFile = 1000;
    const CheckResult result = scanLogs(m_shell, r);
    EXPECT_TRUE(result.passed) << result.detail.toStdString();
    EXPECT_TRUE(result.detail.contains(QStringLiteral("only the first 1000 bytes")))
        << result.detail.toStdString();
}

TEST_F(LogScanTest, InvalidPatternFailsClearly)
{
    LogScanRequest r = request({{m_log, 0}});
    r.errorPattern = QStringLiteral("(unclosed");
    const CheckResult result = scanLogs(m_shell, r);
    EXPECT_FALSE(result.passed);
    EXPECT_TRUE(result.detail.contains(QStringLiteral("is not valid"))) << result.detail.toStdString();
}

TEST(LogScanCommands, PathsAreQuoted)
{
    const QString line = logScanCommand({QStringLiteral("/var/log/a'b $(x).log"), 42}, 100);
    EXPECT_TRUE(line.contains(QStringLiteral("'/var/log/a'\\''b $(x).log'"))) << line.toStdString();
    EXPECT_TRUE(line.contains(QStringLiteral("'43'"))) << line.toStdString();
}
