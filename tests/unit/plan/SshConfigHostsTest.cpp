// The hosts offered by "Pick from ~/.ssh/config": read from a file the test writes, hostile lines included.
#include "plan/SshConfigHosts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

void writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
}

const SshConfigHost* find(const QList<SshConfigHost>& hosts, const QString& alias)
{
    for (const SshConfigHost& host : hosts) {
        if (host.alias == alias)
            return &host;
    }
    return nullptr;
}

QStringList aliases(const QList<SshConfigHost>& hosts)
{
    QStringList list;
    for (const SshConfigHost& host : hosts)
        list.append(host.alias);
    return list;
}

} // namespace

TEST(SshConfigHosts, ReadsConcreteHostsAndSkipsPatterns)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, "# comment\n"
                      "Host *\n    User everybody\n    ServerAliveInterval 30\n"
                      "Host old-app old\n"
                      "    HostName 10.0.0.5\n"
                      "    user admin\n"
                      "    Port=2222\n"
                      "    IdentityFile ~/.ssh/id_old\n"
                      "    IdentityFile ~/.ssh/second_is_ignored\n"
                      "\n"
                      "Host new-app *.internal !bad\n"
                      "  HostName = new.example.org\n"
                      "  Port 99999\n"
                      "Host \"quoted host\"\n  HostName \"with space.example\"\n"
                      "Match host foo\n  User matched\n"
                      "Host jumped\n  ProxyJump bastion\n  HostName 192.168.1.9\n"
                      "Host old-app\n  User later_is_ignored\n");
    const QList<SshConfigHost> hosts = SshConfigHosts::read(config);
    EXPECT_EQ(aliases(hosts),
              (QStringList{QStringLiteral("old-app"), QStringLiteral("old"), QStringLiteral("new-app"),
                           QStringLiteral("quoted host"), QStringLiteral("jumped")}));
    const SshConfigHost* old = find(hosts, QStringLiteral("old-app"));
    ASSERT_NE(old, nullptr);
    EXPECT_EQ(old->hostName, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(old->user, QStringLiteral("admin"));
    EXPECT_EQ(old->port, 2222);
    EXPECT_EQ(old->identityFile, QDir::homePath() + QStringLiteral("/.ssh/id_old"));
    EXPECT_EQ(old->line, 5);
    EXPECT_EQ(old->toHostSpec(), (HostSpec{QStringLiteral("10.0.0.5"), 2222, QStringLiteral("admin"),
                                           QDir::homePath() + QStringLiteral("/.ssh/id_old")}));
    EXPECT_EQ(find(hosts, QStringLiteral("old"))->hostName, QStringLiteral("10.0.0.5"));

    const SshConfigHost* fresh = find(hosts, QStringLiteral("new-app"));
    ASSERT_NE(fresh, nullptr);
    EXPECT_EQ(fresh->hostName, QStringLiteral("new.example.org"));
    EXPECT_EQ(fresh->port, 0) << "an impossible port is not believed";
    EXPECT_TRUE(fresh->user.isEmpty()) << "Match and wildcard blocks do not leak into a host";
    EXPECT_EQ(find(hosts, QStringLiteral("quoted host"))->hostName, QStringLiteral("with space.example"));

    const SshConfigHost* jumped = find(hosts, QStringLiteral("jumped"));
    ASSERT_NE(jumped, nullptr);
    EXPECT_TRUE(jumped->usesProxy);
    EXPECT_EQ(jumped->toHostSpec().address, QStringLiteral("jumped")) << "keeps the alias and its proxy";
}

TEST(SshConfigHosts, FollowsIncludesOnceAndNotForever)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("conf.d"));
    const QString config = dir.filePath(QStringLiteral("config"));
    writeFile(config, QStringLiteral("Include %1/conf.d/*.conf\nInclude %1/config\nHost main\n  User a\n")
                          .arg(dir.path())
                          .toUtf8());
    writeFile(dir.filePath(QStringLiteral("conf.d/a.conf")),
              QStringLiteral("Host from-a\n  HostName a.example\nInclude %1/conf.d/b.conf\n")
                  .arg(dir.path())
                  .toUtf8());
    // b includes a again (a loop) and itself.
    writeFile(
        dir.filePath(QStringLiteral("conf.d/b.conf")),
        QStringLiteral("Host from-b\n  Port 2200\nInclude %1/conf.d/*.conf\n").arg(dir.path()).toUtf8());
    writeFile(dir.filePath(QStringLiteral("conf.d/ignored.txt")), "Host not-included\n");
    const QList<SshConfigHost> hosts = SshConfigHosts::read(config);
    EXPECT_EQ(aliases(hosts),
              (QStringList{QStringLiteral("from-a"), QStringLiteral("from-b"), QStringLiteral("main")}));
    EXPECT_EQ(find(hosts, QStringLiteral("from-b"))->port, 2200);
    EXPECT_EQ(find(hosts, QStringLiteral("main"))->user, QStringLiteral("a"));
    EXPECT_TRUE(SshConfigHosts::read(dir.filePath(QStringLiteral("missing"))).isEmpty());
}

TEST(SshConfigHosts, HostileContentIsIgnoredNotBelieved)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("config"));
    QByteArray content = "Host good\n  HostName good.example\n";
    content += "Host second\n";
    content += "Host " + QByteArray(100000, 'x') + "\n"; // an endless line...
    content += "  HostName evil.example\n";              // ...whose options must not reach "second"

    content += "Host ctl\x01name\n";               // control characters
    content += QByteArray("Host nul\0name\n", 14); // a NUL
    content += "Host bad\xff\xfe\n";               // not UTF-8
    content += "  HostName orphan.example\n";
    content += "Host also-good\n  Port 22 extra words\n  User \"\"\n"; // odd values
    content += "Include /proc/self/mem /dev/zero /nonexistent/*\n";
    writeFile(config, content);
    const QList<SshConfigHost> hosts = SshConfigHosts::read(config);
    EXPECT_EQ(aliases(hosts),
              (QStringList{QStringLiteral("good"), QStringLiteral("second"), QStringLiteral("also-good")}));
    EXPECT_EQ(find(hosts, QStringLiteral("good"))->hostName, QStringLiteral("good.example"));
    EXPECT_TRUE(find(hosts, QStringLiteral("second"))->hostName.isEmpty())
        << "the options of a skipped Host line belong to no host";
    EXPECT_EQ(find(hosts, QStringLiteral("also-good"))->port, 22);

    // A huge file is not read at all.
    writeFile(config, "Host big\n" + QByteArray(2 * 1024 * 1024, '#'));
    EXPECT_TRUE(SshConfigHosts::read(config).isEmpty());
}
