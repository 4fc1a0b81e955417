// The testers' preview block and its command lines: the block holds only validated values (hostile ones are
// refused, never written into nginx's configuration), and the commands, run by a local shell against a
// hostile path, do what they say without running anything the path holds.
#include "routing/NginxPreview.h"
#include "remote/LocalShell.h"

#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <memory>

using namespace puw;
namespace np = puw::nginx_preview;

namespace {

ShellOutcome run(const QString& line, const QByteArray& input = {})
{
    LocalShell shell;
    ShellRequest request;
    request.commandLine = line;
    request.stdinData = input;
    request.timeoutMs = 20000;
    return shell.run(request);
}

// Answers every request with "HTTP/1.1 200 OK" from its own thread (the shell's wait serves no event loop).
class AnsweringServer : public QThread {
public:
    QSemaphore ready;
    int port = 0;

protected:
    void run() override
    {
        QTcpServer server;
        server.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0);
        port = server.serverPort();
        ready.release();
        while (!isInterruptionRequested()) {
            if (!server.waitForNewConnection(50))
                continue;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            socket->waitForReadyRead(2000);
            socket->readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
            socket->waitForBytesWritten(1000);
            socket->disconnectFromHost();
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(1000);
        }
    }
};

} // namespace

TEST(NginxPreviewBlock, ListensOnTheProxyAndSendsToEveryServerOfNew)
{
    const auto block = np::block(QStringLiteral("192.0.2.5"), 8081,
                                 {QStringLiteral("10.0.0.2:8080"), QStringLiteral("[fd00::2]:9000"),
                                  QStringLiteral("app.internal:80")});
    ASSERT_TRUE(block.ok()) << block.error().toStdString();
    EXPECT_TRUE(block->startsWith(np::marker()));
    EXPECT_TRUE(block->contains(QStringLiteral("    listen 192.0.2.5:8081;\n")));
    EXPECT_TRUE(block->contains(QStringLiteral("    server 10.0.0.2:8080;\n")));
    EXPECT_TRUE(block->contains(QStringLiteral("    server [fd00::2]:9000;\n")));
    EXPECT_TRUE(block->contains(QStringLiteral("    server app.internal:80;\n")));
    EXPECT_TRUE(block->contains(QStringLiteral("proxy_pass http://puw_preview_backend;")));
    const auto v6 = np::block(QStringLiteral("fd00::5"), 8081, {QStringLiteral("10.0.0.2:8080")});
    ASSERT_TRUE(v6.ok());
    EXPECT_TRUE(v6->contains(QStringLiteral("listen [fd00::5]:8081;")));
    EXPECT_EQ(np::urlFor(QStringLiteral("fd00::5"), 8081), QStringLiteral("http://[fd00::5]:8081/"));
    EXPECT_EQ(np::urlFor(QStringLiteral("192.0.2.5"), 8081), QStringLiteral("http://192.0.2.5:8081/"));
}

TEST(NginxPreviewBlock, HostileValuesAreRefusedAndNamed)
{
    const QStringList servers{QStringLiteral("10.0.0.2:8080")};
    for (const QString& address :
         {QStringLiteral("192.0.2.5; include /etc/shadow"), QStringLiteral("proxy host"),
          QStringLiteral("$host"), QStringLiteral("a\nb"), QStringLiteral("\"x\""), QStringLiteral(""),
          QStringLiteral("[::1"), QStringLiteral("a}b")}) {
        const auto block = np::block(address, 8081, servers);
        EXPECT_FALSE(block.ok()) << address.toStdString();
    }
    for (const QString& server :
         {QStringLiteral("10.0.0.2:8080; }"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.2:0"),
          QStringLiteral("10.0.0.2:99999"), QStringLiteral("10.0.0.2:+80"), QStringLiteral("evil{:80"),
          QStringLiteral("[zz::1]:80"), QStringLiteral(":80")}) {
        const auto block = np::block(QStringLiteral("192.0.2.5"), 8081, {server});
        ASSERT_FALSE(block.ok()) << server.toStdString();
        EXPECT_TRUE(block.error().contains(server)) << block.error().toStdString();
    }
    EXPECT_FALSE(np::block(QStringLiteral("192.0.2.5"), 0, servers).ok());
    EXPECT_FALSE(np::block(QStringLiteral("192.0.2.5"), 65536, servers).ok());
    EXPECT_FALSE(np::block(QStringLiteral("192.0.2.5"), 8081, {}).ok());
}

TEST(NginxPreviewFile, BesideTheUpstreamFileUnlessThePlanNamesOne)
{
    RouteSpec route;
    route.upstreamFile = QStringLiteral("/etc/nginx/conf.d/app-upstream.conf");
    route.preview.port = 8081;
    EXPECT_EQ(np::fileFor(route), QStringLiteral("/etc/nginx/conf.d/puw-preview.conf"));
    route.preview.file = QStringLiteral("/etc/nginx/sites-enabled/testers");
    EXPECT_EQ(np::fileFor(route), QStringLiteral("/etc/nginx/sites-enabled/testers"));
}

TEST(NginxPreviewCommands, InspectWriteAndRemoveAHostilePathWithoutRunningIt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString folder =
        dir.filePath(QStringLiteral("conf $(touch pwned) `touch pwned2`; it's \"x\" & -y"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/-preview $HOME.conf");
    ShellOutcome seen = run(np::inspect(file));
    ASSERT_TRUE(seen.ok()) << seen.describe().toStdString();
    EXPECT_EQ(seen.stdoutText, QStringLiteral("absent\n"));

    QFile created(file);
    ASSERT_TRUE(created.open(QIODevice::WriteOnly));
    created.write("# block\nline two\n");
    created.close();
    seen = run(np::inspect(file));
    ASSERT_TRUE(seen.ok());
    EXPECT_EQ(seen.stdoutText, QStringLiteral("present\n# block\nline two\n"));

    ASSERT_TRUE(run(np::remove(file)).ok());
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(run(np::remove(file)).ok()) << "removing an absent file is not an error";
    for (const QString& name : {QStringLiteral("pwned"), QStringLiteral("pwned2")}) {
        EXPECT_FALSE(QFile::exists(dir.filePath(name)));
        EXPECT_FALSE(QFile::exists(QDir::current().filePath(name)));
    }
}

TEST(NginxPreviewCommands, PortInUseAndAskSeeWhatListens)
{
    if (run(QStringLiteral("command -v bash && command -v timeout")).exitCode != 0)
        GTEST_SKIP() << "bash or timeout missing";
    AnsweringServer server;
    server.start();
    server.ready.acquire();
    ASSERT_GT(server.port, 0);
    EXPECT_EQ(run(np::portInUse(QStringLiteral("127.0.0.1"), server.port)).exitCode, 0);
    const ShellOutcome asked =
        run(np::ask(QStringLiteral("127.0.0.1"), server.port, QStringLiteral("/health; touch pwned")));
    EXPECT_EQ(asked.exitCode, 0) << asked.describe().toStdString();
    EXPECT_EQ(asked.stdoutText.trimmed(), QStringLiteral("HTTP/1.1 200 OK"));
    EXPECT_FALSE(QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
    const int port = server.port;
    server.requestInterruption();
    server.wait();
    EXPECT_NE(run(np::portInUse(QStringLiteral("127.0.0.1"), port)).exitCode, 0);
}
