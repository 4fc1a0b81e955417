// Following the canary's log on the proxy (here: this machine) through hostile paths: new lines only,
// a line still being written waits, a rotated or truncated log is read from its start.
#include "remote/LocalShell.h"
#include "routing/CanaryCommands.h"
#include "routing/CanaryProxy.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

class CanaryLogReadTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString folder =
            m_dir.filePath(QStringLiteral("logs $(touch pwned) `touch pwned`; it's \"x\""));
        ASSERT_TRUE(QDir().mkpath(folder));
        m_log = folder + QStringLiteral("/-canary $HOME.log");
    }

    void append(const QByteArray& data)
    {
        QFile file(m_log);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Append));
        file.write(data);
    }

    QStringList read()
    {
        QStringList lines;
        QString error;
        EXPECT_TRUE(m_proxy.readNewLines(&lines, &error)) << error.toStdString();
        return lines;
    }

    void TearDown() override { EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("pwned")))); }

    QTemporaryDir m_dir;
    QString m_log;
    LocalShell m_shell{QStringLiteral("proxy")};
    NginxSetup m_setup;
    QStringList m_actions;
    CanaryProxy m_proxy{m_shell, m_setup, m_actions};
};

} // namespace

TEST_F(CanaryLogReadTest, OnlyLinesWrittenAfterTheStartComeBack)
{
    append("before 1\nbefore 2\n");
    QString error;
    ASSERT_TRUE(m_proxy.startLog(m_log, &error)) << error.toStdString();
    EXPECT_TRUE(read().isEmpty());
    append("one\ntwo\nthr");
    EXPECT_EQ(read(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    EXPECT_TRUE(read().isEmpty()) << "the line being written waits";
    append("ee\n");
    EXPECT_EQ(read(), QStringList{QStringLiteral("three")});
    EXPECT_EQ(m_proxy.reads(), 4);
    EXPECT_EQ(m_proxy.linesRead(), 3);
    EXPECT_EQ(m_actions.size(), 1) << "reads add no action line: " << m_actions.join(u'\n').toStdString();
}

TEST_F(CanaryLogReadTest, ALogCreatedAfterTheStartIsReadWhole)
{
    QString error;
    ASSERT_TRUE(m_proxy.startLog(m_log, &error)) << error.toStdString();
    EXPECT_TRUE(read().isEmpty());
    append("first\n");
    EXPECT_EQ(read(), QStringList{QStringLiteral("first")});
}

TEST_F(CanaryLogReadTest, ARotatedLogIsReadFromItsStart)
{
    append("old 1\nold 2\nold 3\n");
    QString error;
    ASSERT_TRUE(m_proxy.startLog(m_log, &error)) << error.toStdString();
    append("half");
    EXPECT_TRUE(read().isEmpty());
    ASSERT_TRUE(QFile::rename(m_log, m_log + QStringLiteral(".1")));
    append("new 1\nnew 2\nnew 3\nnew 4\n"); // a new file, longer than the old offset
    EXPECT_EQ(read(), (QStringList{QStringLiteral("new 1"), QStringLiteral("new 2"), QStringLiteral("new 3"),
                                   QStringLiteral("new 4")}));
}

TEST_F(CanaryLogReadTest, ATruncatedLogIsReadFromItsStart)
{
    append("old 1\nold 2\nold 3\n");
    QString error;
    ASSERT_TRUE(m_proxy.startLog(m_log, &error)) << error.toStdString();
    QFile file(m_log);
    ASSERT_TRUE(file.resize(0));
    append("cut\n");
    EXPECT_EQ(read(), QStringList{QStringLiteral("cut")});
}

TEST_F(CanaryLogReadTest, AReadIsCappedAndGoesOnNextTime)
{
    QString error;
    ASSERT_TRUE(m_proxy.startLog(m_log, &error)) << error.toStdString();
    append("abc\ndef\n");
    ShellRequest request;
    request.commandLine = canary_commands::readLog(m_log, 0, QStringLiteral("0"), 5);
    const ShellOutcome outcome = m_shell.run(request);
    ASSERT_TRUE(outcome.ok()) << outcome.describe().toStdString();
    EXPECT_TRUE(outcome.stdoutText.startsWith(QStringLiteral("5 "))) << outcome.stdoutText.toStdString();
    EXPECT_TRUE(outcome.stdoutText.contains(QStringLiteral(" 0\nabc\nd\n")))
        << outcome.stdoutText.toStdString();
}
