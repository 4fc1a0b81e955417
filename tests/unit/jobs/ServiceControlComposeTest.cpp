// docker compose as a recipe's services meet it: the spelling the host has (plugin or docker-compose v1),
// sudo only where the docker socket is out of reach, the service found by its image from `config` with
// nothing but names and images leaving the host, and hostile names staying names.
#include "jobs/ServiceControlCompose.h"
#include "jobs/ServiceControl.h"
#include "remote/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace puw;

namespace {

struct ShellRun {
    int exitCode = -1;
    QString out;
};

// Runs a command line in a real /bin/sh with `bin` first in PATH (where the fake docker programs live).
ShellRun runShell(const QString& line, const QString& bin)
{
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin + QStringLiteral(":/usr/bin:/bin"));
    shell.setProcessEnvironment(env);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), line});
    shell.waitForFinished(10000);
    return {shell.exitCode(), QString::fromUtf8(shell.readAllStandardOutput())};
}

void writeProgram(const QString& path, const QByteArray& script)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n" + script);
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// What docker-compose 1.29 prints for `config`: the environment of the .env files, passwords among it.
const QByteArray kConfig = R"(services:
  "-f/etc/passwd; reboot":
    image: "ghcr.io/scille/parsec-cloud/parsec-server:v2.15.0"
    environment:
      PARSEC_DB: postgresql://parsec:TopSecret42@/parsec
      PARSEC_ADMINISTRATION_TOKEN: Tok3nValue
  postgres:
    environment:
      POSTGRES_PASSWORD: TopSecret42
    image: puw-sandbox/postgres:15
  parsec-server-extra:
    image: ghcr.io/scille/parsec-cloud/parsec-server-extra:v1
volumes:
  parsec-db: {}
)";

} // namespace

TEST(ComposeProbe, ThePluginWithTheSocketNeedsNoSudo)
{
    const ComposeHost host = parseComposeProbe(QStringLiteral("compose=plugin\nsocket=reachable\n"));
    EXPECT_TRUE(host.found);
    EXPECT_EQ(host.words, (QStringList{QStringLiteral("docker"), QStringLiteral("compose")}));
    EXPECT_FALSE(host.sudo);
}

TEST(ComposeProbe, DockerComposeV1WithoutTheSocketGoesThroughSudo)
{
    const ComposeHost host = parseComposeProbe(QStringLiteral("compose=standalone\nsocket=denied\n"));
    EXPECT_TRUE(host.found);
    EXPECT_EQ(host.words, QStringList{QStringLiteral("docker-compose")});
    EXPECT_TRUE(host.sudo);
    EXPECT_FALSE(parseComposeProbe(QStringLiteral("compose=none\nsocket=denied\n")).found);
    EXPECT_FALSE(parseComposeProbe(QString()).found) << "no answer is no compose";
}

TEST(ComposeProbe, TheProbeTellsTheSpellingsApartInARealShell)
{
    QTemporaryDir bin;
    ASSERT_TRUE(bin.isValid());
    // docker without the compose plugin (as Debian 12's docker.io): `docker compose` is an unknown command.
    writeProgram(bin.filePath(QStringLiteral("docker")),
                 "case \"$1\" in compose) echo \"docker: 'compose' is not a docker command.\" >&2; exit 1;; "
                 "info) exit 1;; esac\n");
    writeProgram(bin.filePath(QStringLiteral("docker-compose")), "exit 0\n");
    const ComposeHost v1 = parseComposeProbe(runShell(composeProbeLine(), bin.path()).out);
    EXPECT_EQ(v1.words, QStringList{QStringLiteral("docker-compose")});
    EXPECT_TRUE(v1.sudo);

    writeProgram(bin.filePath(QStringLiteral("docker")), "exit 0\n");
    const ComposeHost v2 = parseComposeProbe(runShell(composeProbeLine(), bin.path()).out);
    EXPECT_EQ(v2.words, (QStringList{QStringLiteral("docker"), QStringLiteral("compose")}));
    EXPECT_FALSE(v2.sudo);
}

TEST(ComposeServices, OnlyNamesAndImagesLeaveTheHost)
{
    QTemporaryDir bin;
    ASSERT_TRUE(bin.isValid());
    QFile config(bin.filePath(QStringLiteral("config.yaml")));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write(kConfig);
    config.close();
    // The fake checks it was asked for `-f FILE config` with the file as one word.
    writeProgram(
        bin.filePath(QStringLiteral("docker-compose")),
        "[ \"$1\" = -f ] && [ \"$2\" = '/opt/my parsec/compose.yaml' ] && [ \"$3\" = config ] || exit 3\n"
        "cat " +
            shellQuote(config.fileName()).toUtf8() + "\n");
    const ComposeHost host = parseComposeProbe(QStringLiteral("compose=standalone\n"));
    const ShellRun listing =
        runShell(composeServicesLine(host, QStringLiteral("/opt/my parsec/compose.yaml")), bin.path());
    EXPECT_EQ(listing.exitCode, 0);
    EXPECT_FALSE(listing.out.contains(QStringLiteral("TopSecret42"))) << listing.out.toStdString();
    EXPECT_FALSE(listing.out.contains(QStringLiteral("Tok3nValue")));
    EXPECT_EQ(serviceWithImage(listing.out, QStringLiteral("ghcr.io/scille/parsec-cloud/parsec-server")),
              QStringLiteral("-f/etc/passwd; reboot"));
    EXPECT_EQ(serviceWithImage(listing.out, QStringLiteral("puw-sandbox/postgres")),
              QStringLiteral("postgres"));

    // config fails (a broken file): the listing fails too, with config's exit status.
    const ShellRun broken =
        runShell(composeServicesLine(host, QStringLiteral("/elsewhere.yaml")), bin.path());
    EXPECT_EQ(broken.exitCode, 3);
}

TEST(ComposeServices, AnImageMatchesWithAnyTagButNotAnotherImage)
{
    const QString listing = QStringLiteral("parsec\tghcr.io/scille/parsec-cloud/parsec-server@sha256:ab12\n"
                                           "extra\tghcr.io/scille/parsec-cloud/parsec-server-extra:v1\n");
    EXPECT_EQ(serviceWithImage(listing, QStringLiteral("ghcr.io/scille/parsec-cloud/parsec-server")),
              QStringLiteral("parsec"));
    EXPECT_EQ(serviceWithImage(listing, QStringLiteral("ghcr.io/scille/parsec-cloud")), QString());
    const QString two = QStringLiteral("a\tx/server:1\nb\tx/server:2\n");
    EXPECT_EQ(serviceWithImage(two, QStringLiteral("x/server")), QString())
        << "two candidates: none is chosen";
}

TEST(ComposeServices, AHostileServiceNameStaysOneWordAfterTheEndOfOptions)
{
    const QString hostile = QStringLiteral("-f/etc/passwd; reboot");
    for (const QStringList& words : {QStringList{QStringLiteral("docker-compose")},
                                     QStringList{QStringLiteral("docker"), QStringLiteral("compose")}}) {
        for (const ServiceAction action : {ServiceAction::Start, ServiceAction::Stop, ServiceAction::Disable,
                                           ServiceAction::Enable, ServiceAction::Status}) {
            const QStringList argv = composeServiceCommand(
                words, QStringLiteral("/opt/parsec/parsec-server.docker.yaml"), hostile, action);
            EXPECT_EQ(argv.mid(0, words.size()), words);
            const qsizetype at = argv.indexOf(hostile);
            ASSERT_GT(at, 0);
            EXPECT_EQ(argv.at(at - 1), QStringLiteral("--"));
            QTemporaryDir bin;
            writeProgram(bin.filePath(words.first()), "printf '%s\\n' \"$@\"\n");
            const ShellRun echoed = runShell(shellJoin(argv), bin.path());
            EXPECT_EQ(echoed.out, argv.mid(1).join(QLatin1Char('\n')) + QLatin1Char('\n'));
        }
    }
    EXPECT_EQ(composeServiceCommand({QStringLiteral("docker-compose")}, QStringLiteral("f"),
                                    QStringLiteral("s"), ServiceAction::Disable),
              (QStringList{QStringLiteral("docker-compose"), QStringLiteral("-f"), QStringLiteral("f"),
                           QStringLiteral("rm"), QStringLiteral("--stop"), QStringLiteral("--force"),
                           QStringLiteral("--"), QStringLiteral("s")}))
        << "disabling removes the container, so restart: always cannot bring it back";
}

TEST(ComposeServices, RecipeCommandsThatUseDockerAreRecognised)
{
    EXPECT_TRUE(usesDocker({{QStringLiteral("docker"), QStringLiteral("compose"), QStringLiteral("ps")}}));
    EXPECT_TRUE(usesDocker({{QStringLiteral("docker-compose"), QStringLiteral("ps")}}));
    EXPECT_TRUE(usesDocker({{QStringLiteral("sh"), QStringLiteral("{{compose_service}}")}}));
    EXPECT_FALSE(usesDocker({{QStringLiteral("systemctl"), QStringLiteral("status")}}));
    EXPECT_FALSE(usesDocker({}));
}
