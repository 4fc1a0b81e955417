#pragma once

#include "SshdServer.h"
#include "TestEnvironment.h"

#include "remote/SshHost.h"

#include <QTemporaryDir>

#include <memory>

namespace puw::test {

// One real sshd for a whole suite, and a freshly connected host (as root, with a key) for each test.
// Server names the suite's own address, port and key file, so that suites can run side by side:
//   struct ExecServer { static constexpr const char* address = "127.0.0.23"; static constexpr int port =
//   2222;
//                       static constexpr const char* keyName = "id_exec"; };
template <typename Server> class ConnectedHostTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        if (!SshTestKit::haveSshd() || !SshTestKit::isRoot())
            return;
        dir = new QTemporaryDir;
        server = new SshdServer(QLatin1String(Server::address), Server::port);
        key = SshTestKit::makeKey(dir->path(), QLatin1String(Server::keyName));
        SshTestKit::authorize(*server, key);
        server->start();
    }
    static void TearDownTestSuite()
    {
        delete server;
        delete dir;
        server = nullptr;
        dir = nullptr;
    }
    void SetUp() override
    {
        PUW_REQUIRE(SshTestKit::haveSshd(), "OpenSSH server (/usr/sbin/sshd) and ssh-keygen");
        PUW_REQUIRE(SshTestKit::isRoot(), "root, to run sshd");
        connection = std::make_unique<TestConnection>(*server, dir->filePath(QStringLiteral("known_hosts")),
                                                      QStringLiteral("root"), key);
        host = std::make_unique<SshHost>(connection->host, connection->options);
        const RemoteError error = connection->open(*host);
        ASSERT_FALSE(error.isError()) << error.message.toStdString();
    }

    static inline QTemporaryDir* dir = nullptr;
    static inline SshdServer* server = nullptr;
    static inline QString key;
    std::unique_ptr<TestConnection> connection;
    std::unique_ptr<SshHost> host;
};

} // namespace puw::test
