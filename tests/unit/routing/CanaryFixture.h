#pragma once

// What the canary runner's tests share: an upstream file and a log in a folder with a hostile name, nginx
// played by shell commands (its test refuses a file saying BROKEN, its reload leaves a line in a file), and
// traffic played by the observer, which appends a batch of log lines each time the runner reports.
#include "remote/LocalShell.h"
#include "routing/NginxCanary.h"
#include "routing/NginxCommands.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace puw::canary_test {

inline QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

inline void writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

inline const QString kNewAddress = QStringLiteral("127.0.0.12:8081");
inline const QString kOldAddress = QStringLiteral("127.0.0.11:8081");
inline constexpr char kOriginal[] = "upstream app { server 127.0.0.11:8081; }\n";

// The weighted upstream the lead builds from the recipe; 100 is all to new.
inline QString weighted(int percent)
{
    if (percent == 100)
        return QStringLiteral("upstream app { server 127.0.0.12:8081; }\n");
    return QStringLiteral(
               "upstream app { server 127.0.0.11:8081 weight=%1; server 127.0.0.12:8081 weight=%2; }\n")
        .arg(100 - percent)
        .arg(percent);
}

class CanaryFixture : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        const QString folder =
            m_dir.filePath(QStringLiteral("nginx $(touch pwned) `touch pwned`; it's \"x\""));
        ASSERT_TRUE(QDir().mkpath(folder));
        m_file = folder + QStringLiteral("/-upstream $HOME.conf");
        m_reloads = m_dir.filePath(QStringLiteral("reloads"));
        writeAll(m_file, kOriginal);
        m_setup.upstreamFile = m_file;
        m_setup.testCommand = {
            QStringLiteral("sh"), QStringLiteral("-c"),
            QStringLiteral("! grep -q BROKEN \"$1\" || { echo 'emerg: BROKEN' >&2; exit 1; }"),
            QStringLiteral("sh"), m_file};
        m_setup.reloadCommand = {QStringLiteral("sh"), QStringLiteral("-c"),
                                 QStringLiteral("echo reload >> \"$1\""), QStringLiteral("sh"), m_reloads};
        m_plan.stagesPercent = {10, 50, 100};
        m_plan.holdSeconds = 1;
        m_plan.maxErrorRate = 0.05;
        m_plan.minRequests = 5;
        // nginx takes no '$' in a log path (the runner refuses one): quotes and spaces only here.
        const QString logs = m_dir.filePath(QStringLiteral("logs; it's \"x\" & -y"));
        ASSERT_TRUE(QDir().mkpath(logs));
        m_plan.logPath = logs + QStringLiteral("/canary log's \"file\".log");
        m_content = [this](int percent) -> Expected<QString, QString> {
            if (m_broken.contains(percent))
                return QStringLiteral("BROKEN {\n");
            return weighted(percent);
        };
    }

    void TearDown() override
    {
        EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
        EXPECT_FALSE(QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
    }

    // Each report appends `batch` requests: percent of them to new (answered by newStatus(percent, i) in
    // newSeconds), the rest to old.
    CanaryResult run()
    {
        return runNginxCanary(m_shell, m_setup, m_plan, m_content, kNewAddress,
                              [this](const CanaryProgress& p) {
                                  m_progress << p;
                                  m_fileDuringHolds << QString::fromUtf8(readAll(m_file));
                                  QByteArray lines;
                                  const int toNew = m_batch * p.percent / 100;
                                  for (int i = 0; i < m_batch; ++i) {
                                      const bool isNew = i < toNew;
                                      const int status = isNew ? m_newStatus(p.percent, i) : 200;
                                      lines += QStringLiteral("1700000000.%1|%2|%3|%4|%3\n")
                                                   .arg(i, 3, 10, QLatin1Char('0'))
                                                   .arg(isNew ? kNewAddress : kOldAddress)
                                                   .arg(status)
                                                   .arg(isNew ? m_newSeconds : QStringLiteral("0.010"))
                                                   .toUtf8();
                                  }
                                  QFile log(m_plan.logPath);
                                  ASSERT_TRUE(log.open(QIODevice::WriteOnly | QIODevice::Append));
                                  log.write(lines);
                              });
    }

    QTemporaryDir m_dir;
    QString m_file;
    QString m_reloads;
    NginxSetup m_setup;
    CanaryPlan m_plan;
    CanaryContentFor m_content;
    QList<int> m_broken; // the shares whose content nginx's test refuses
    int m_batch = 50;
    std::function<int(int percent, int index)> m_newStatus = [](int, int) {
        return 200;
    };
    QString m_newSeconds = QStringLiteral("0.020");
    QList<CanaryProgress> m_progress;
    QStringList m_fileDuringHolds;
    LocalShell m_shell{QStringLiteral("proxy")};
};

} // namespace puw::canary_test
