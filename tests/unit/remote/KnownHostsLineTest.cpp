// Which known_hosts line records a host's key, for the message that names the key a changed one replaces:
// plain and hashed entries as OpenSSH's own ssh-keygen writes them, and the removal command it runs.
#include "remote/KnownHostsLine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

const QByteArray kKey = "AAAAC3NzaC1lZDI1NTE5AAAAIGVkMjU1MTlrZXlmb3J0ZXN0c29ubHlub3RyZWFsMDA";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// ssh-keygen's own result of a command on the file.
bool sshKeygen(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("ssh-keygen"), arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

} // namespace

TEST(KnownHostsLine, NamesOnAnotherPortAreBracketed)
{
    EXPECT_EQ(knownHostsName(QStringLiteral("old.example"), 22), QStringLiteral("old.example"));
    EXPECT_EQ(knownHostsName(QStringLiteral("127.0.0.11"), 2222), QStringLiteral("[127.0.0.11]:2222"));
}

TEST(KnownHostsLine, APlainEntryMatchesEveryNameOfItsListAndNoOther)
{
    const QByteArray line = "old.example,127.0.0.11 ssh-ed25519 " + kKey;
    EXPECT_EQ(matchKnownHostsLine(line, QStringLiteral("127.0.0.11")).keyBase64, kKey);
    EXPECT_EQ(matchKnownHostsLine(line, QStringLiteral("old.example")).keyType, "ssh-ed25519");
    EXPECT_TRUE(matchKnownHostsLine(line, QStringLiteral("127.0.0.1")).keyType.isEmpty());
    EXPECT_TRUE(matchKnownHostsLine(line, QStringLiteral("[127.0.0.11]:2222")).keyType.isEmpty());
}

TEST(KnownHostsLine, CommentsMarkersAndBrokenLinesNeverMatch)
{
    EXPECT_TRUE(matchKnownHostsLine("# old.example ssh-ed25519 " + kKey, QStringLiteral("old.example"))
                    .keyType.isEmpty());
    EXPECT_TRUE(matchKnownHostsLine("@revoked old.example ssh-ed25519 " + kKey, QStringLiteral("old.example"))
                    .keyType.isEmpty());
    EXPECT_TRUE(
        matchKnownHostsLine("old.example ssh-ed25519", QStringLiteral("old.example")).keyType.isEmpty());
    EXPECT_TRUE(matchKnownHostsLine("|1|bm90|YmFk ssh-ed25519 " + kKey, QStringLiteral("old.example"))
                    .keyType.isEmpty());
}

TEST(KnownHostsLine, AnEntryHashedBySshKeygenMatchesItsNameOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("known_hosts"));
    ASSERT_TRUE(writeFile(file, "[127.0.0.11]:2222 ssh-ed25519 " + kKey + "\n"));
    ASSERT_TRUE(sshKeygen({QStringLiteral("-H"), QStringLiteral("-f"), file})) << "ssh-keygen -H failed";
    const QByteArray hashed = readFile(file).trimmed();
    ASSERT_TRUE(hashed.startsWith("|1|")) << hashed.constData();

    EXPECT_EQ(matchKnownHostsLine(hashed, QStringLiteral("[127.0.0.11]:2222")).keyBase64, kKey);
    EXPECT_TRUE(matchKnownHostsLine(hashed, QStringLiteral("127.0.0.11")).keyType.isEmpty());
    EXPECT_TRUE(matchKnownHostsLine(hashed, QStringLiteral("[127.0.0.12]:2222")).keyType.isEmpty());
}

TEST(KnownHostsLine, TheRemovalCommandRemovesExactlyThatHostsKey)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // A folder name a shell would split and expand.
    const QString folder = dir.filePath(QStringLiteral("my keys; $(touch owned)"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/known_hosts");
    const QByteArray other = "new.example ssh-ed25519 " + kKey;
    ASSERT_TRUE(writeFile(file, "[127.0.0.11]:2222 ssh-ed25519 " + kKey + "\n" + other + "\n"));

    QProcess shell;
    shell.setWorkingDirectory(dir.path());
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), knownHostsRemoveCommand(QStringLiteral("[127.0.0.11]:2222"), file)});
    ASSERT_TRUE(shell.waitForFinished(10000));
    EXPECT_EQ(shell.exitCode(), 0) << shell.readAllStandardError().constData();
    EXPECT_EQ(readFile(file).trimmed(), other);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("owned"))))
        << "the file name was run as a command";
}
