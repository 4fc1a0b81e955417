// File transfer both ways against a real sshd: bytes and mode kept, hostile names, clean failures.
#include "ConnectedHostTest.h"

#include "remote/FileTransfer.h"
#include "remote/ShellQuote.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>

using namespace puw;
using namespace puw::test;

namespace {

struct SshTransferTestServer {
    static constexpr const char* address = "127.0.0.22";
    static constexpr int port = 2223;
    static constexpr const char* keyName = "id_transfer";
};

class SshTransferTest : public ConnectedHostTest<SshTransferTestServer> {
protected:
    static TransferResult wait(FileTransfer* transfer, int timeoutMs = 60000)
    {
        std::unique_ptr<FileTransfer> owned(transfer);
        EXPECT_TRUE(waitFor(owned->future(), timeoutMs)) << "the transfer did not finish";
        return owned->result();
    }

    // The folder's entries, to prove that no temporary file is left behind.
    static QStringList entries(const QString& path)
    {
        return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }

    QTemporaryDir work;
};

QByteArray sha256OfFile(const QString& path)
{
    QString output;
    if (runLocal(QStringLiteral("sha256sum"), {QStringLiteral("--"), path}, &output) != 0)
        return {};
    return output.section(QLatin1Char(' '), 0, 0).toLatin1().replace('\\', "");
}

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? static_cast<int>(info.st_mode & 07777)
                                                                   : -1;
}

bool makeRandomFile(const QString& path, qint64 bytes, int mode)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = bytes; left > 0; left -= block.size()) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        file.write(block.constData(), std::min<qint64>(left, block.size()));
    }
    file.close();
    return ::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)) == 0;
}

TEST_F(SshTransferTest, BinaryRoundTripKeepsBytesAndMode)
{
    const QString local = work.filePath(QStringLiteral("source.bin"));
    ASSERT_TRUE(makeRandomFile(local, 24 * 1024 * 1024 + 12345, 0750));
    const QByteArray expected = sha256OfFile(local);
    const QString remote = work.filePath(QStringLiteral("remote copy.bin"));
    int progressSignals = 0;
    std::unique_ptr<FileTransfer> upload(host->upload(local, remote));
    QObject::connect(upload.get(), &FileTransfer::progress, [&](qint64 bytes, qint64 total, double rate) {
        ++progressSignals;
        EXPECT_LE(bytes, total);
        EXPECT_GE(rate, 0.0);
    });
    const TransferResult up = wait(upload.release());
    ASSERT_TRUE(up.ok) << up.error.message.toStdString();
    EXPECT_EQ(up.bytes, 24 * 1024 * 1024 + 12345);
    EXPECT_EQ(sha256OfFile(remote), expected);
    EXPECT_EQ(modeOf(remote), 0750);
    EXPECT_GT(progressSignals, 0);

    const QString back = work.filePath(QStringLiteral("back.bin"));
    const TransferResult down = wait(host->download(remote, back));
    ASSERT_TRUE(down.ok) << down.error.message.toStdString();
    EXPECT_EQ(down.bytes, up.bytes);
    EXPECT_EQ(down.sha256.toLatin1(), expected);
    EXPECT_EQ(sha256OfFile(back), expected);
    EXPECT_EQ(modeOf(back), 0750);
    EXPECT_EQ(entries(work.path()).size(), 3) << entries(work.path()).join(QLatin1Char(' ')).toStdString();

    // An explicit mode wins; an existing destination is replaced whole.
    TransferOptions options;
    options.mode = 0600;
    ASSERT_TRUE(wait(host->upload(local, remote, options)).ok);
    EXPECT_EQ(modeOf(remote), 0600);
}

TEST_F(SshTransferTest, HostileNamesArriveLiterally)
{
    const QStringList names = {
        QStringLiteral("with space"),         QStringLiteral("it's \"quoted\""),
        QStringLiteral("$(touch pwned)`id`"), QStringLiteral("new\nline"),
        QStringLiteral("-leading-dash"),      QString::fromUtf8("h\xc3\xa9llo \xe2\x82\xac \xe6\x97\xa5"),
        QStringLiteral("a;b&&c|d *?"),        QStringLiteral("%1 %2 %a %s \\"),
    };
    const QString local = work.filePath(QStringLiteral("small.bin"));
    ASSERT_TRUE(makeRandomFile(local, 70000, 0644));
    const QByteArray expected = sha256OfFile(local);
    QDir().mkpath(work.filePath(QStringLiteral("remote")));
    QDir().mkpath(work.filePath(QStringLiteral("back")));
    for (const QString& name : names) {
        const QString remote = work.filePath(QStringLiteral("remote/") + name);
        const TransferResult up = wait(host->upload(local, remote));
        ASSERT_TRUE(up.ok) << up.error.message.toStdString();
        EXPECT_EQ(sha256OfFile(remote), expected) << name.toStdString();
        const QString back = work.filePath(QStringLiteral("back/") + name);
        const TransferResult down = wait(host->download(remote, back));
        ASSERT_TRUE(down.ok) << down.error.message.toStdString();
        EXPECT_EQ(sha256OfFile(back), expected) << name.toStdString();
    }
    EXPECT_EQ(entries(work.filePath(QStringLiteral("remote"))).size(), names.size());
    EXPECT_EQ(entries(work.filePath(QStringLiteral("back"))).size(), names.size());
    // Relative remote paths land in the login's home folder, as the password database gives it.
    const passwd* login = getpwnam("root");
    ASSERT_NE(login, nullptr);
    const QString home = QString::fromLocal8Bit(login->pw_dir) + QLatin1Char('/');
    EXPECT_FALSE(QFile::exists(home + QStringLiteral("pwned")));

    // A relative name with a leading dash, in the login's home folder.
    const QString relative = QStringLiteral("-puw-transfer-%1").arg(QRandomGenerator::global()->generate());
    ASSERT_TRUE(wait(host->upload(local, relative)).ok);
    EXPECT_EQ(sha256OfFile(home + relative), expected);
    QFile::remove(home + relative);
}

TEST_F(SshTransferTest, UnwritableDestinationFailsCleanly)
{
    PUW_REQUIRE(SshTestKit::ensureTestUser(), "the test user (useradd, chpasswd)");
    TestConnection user(*server, dir->filePath(QStringLiteral("known_hosts")), SshTestKit::testUser());
    user.prompter->password = SshTestKit::testPassword();
    SshHost userHost(user.host, user.options);
    ASSERT_FALSE(user.open(userHost).isError());
    const QString local = work.filePath(QStringLiteral("source.bin"));
    ASSERT_TRUE(makeRandomFile(local, 300000, 0644));
    QDir().mkpath(work.filePath(QStringLiteral("closed")));
    ::chmod(QFile::encodeName(work.filePath(QStringLiteral("closed"))).constData(), 0755); // root's own

    const QString remote = work.filePath(QStringLiteral("closed/target.bin"));
    const TransferResult up = wait(userHost.upload(local, remote));
    EXPECT_FALSE(up.ok);
    EXPECT_TRUE(up.error.message.contains(QStringLiteral("Permission denied")))
        << up.error.message.toStdString();
    EXPECT_TRUE(up.error.message.contains(remote)) << up.error.message.toStdString();
    EXPECT_TRUE(entries(work.filePath(QStringLiteral("closed"))).isEmpty());

    // Reading a file the login may not read (this folder is root's, mode 0700).
    const TransferResult denied = wait(userHost.download(local, work.filePath(QStringLiteral("x"))));
    EXPECT_FALSE(denied.ok);
    EXPECT_TRUE(denied.error.message.contains(QStringLiteral("Permission denied")))
        << denied.error.message.toStdString();
    EXPECT_FALSE(QFile::exists(work.filePath(QStringLiteral("x"))));
    const QString nowhere = work.filePath(QStringLiteral("no/such/folder/x"));
    const TransferResult local404 = wait(host->download(local, nowhere));
    EXPECT_FALSE(local404.ok);
    EXPECT_EQ(local404.error.kind, RemoteError::Kind::Local);
    EXPECT_TRUE(local404.error.message.contains(nowhere)) << local404.error.message.toStdString();
}

TEST_F(SshTransferTest, FullDisksLeaveNoHalfFile)
{
    TinyDisk disk(work.filePath(QStringLiteral("tiny")));
    PUW_REQUIRE(disk.mounted, "mounting a tmpfs (root in a namespace that allows it)");
    const QString local = work.filePath(QStringLiteral("big.bin"));
    ASSERT_TRUE(makeRandomFile(local, 4 * 1024 * 1024, 0644));

    // Remote disk full: the upload fails with the server's reason, nothing is left in the folder.
    const QString remote = disk.path + QStringLiteral("/target.bin");
    const TransferResult up = wait(host->upload(local, remote));
    EXPECT_FALSE(up.ok);
    EXPECT_TRUE(up.error.message.contains(QStringLiteral("No space left"))) << up.error.message.toStdString();
    EXPECT_TRUE(entries(disk.path).isEmpty()) << entries(disk.path).join(QLatin1Char(' ')).toStdString();

    // Local disk full: the download fails naming the local file, nothing is left in the folder.
    const QString target = disk.path + QStringLiteral("/downloaded.bin");
    const TransferResult down = wait(host->download(local, target));
    EXPECT_FALSE(down.ok);
    EXPECT_EQ(down.error.kind, RemoteError::Kind::Local) << down.error.message.toStdString();
    EXPECT_TRUE(down.error.message.contains(target)) << down.error.message.toStdString();
    EXPECT_TRUE(entries(disk.path).isEmpty()) << entries(disk.path).join(QLatin1Char(' ')).toStdString();
}

} // namespace
