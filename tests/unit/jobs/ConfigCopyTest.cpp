// Step 2's reads and writes, against this machine's own shell (old and new are both local here): the data
// door keeps file bytes out of the record, the paths old names are checked, the local copies stay
// owner-only inside the backup folder, and nothing is read or written through a symbolic link.
#include "jobs/JobContext.h"
#include "jobs/shared/ConfigInstall.h"
#include "jobs/shared/ConfigPaths.h"
#include "jobs/shared/ConfigRead.h"
#include "jobs/shared/LocalConfigCopy.h"
#include "recipes/RecipeLoader.h"
#include "remote/LocalShell.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace puw;

namespace {

const char kRecipe[] = R"({
  "format": 1, "id": "copy", "title": "Configuration copy test",
  "variables": {"world": {"default": "/nowhere", "description": "the test's folder"}},
  "versionCommand": ["true"],
  "services": [{"name": "app", "manager": "commands", "start": ["true"], "stop": ["true"],
                "status": ["true"]}],
  "database": {"engine": "postgresql", "name": "app", "user": "app"},
  "config": {"files": ["{{world}}/etc/*.conf"]},
  "timeouts": {"commandSeconds": 20}
})";

const QByteArray kSecretLine = "password=s3cret-in-the-file-77\n";

class LocalHosts : public HostAccess {
public:
    Expected<HostShell*, QString> shell(HostRole) override { return &m_shell; }
    SshHost* sshHost(HostRole) override { return nullptr; }

private:
    LocalShell m_shell;
};

class ConfigCopyTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto recipe = RecipeLoader::fromJson(kRecipe, QStringLiteral("copy.json"));
        ASSERT_TRUE(recipe.ok()) << recipe.error().message().toStdString();
        m_plan.recipeId = QStringLiteral("copy");
        m_plan.oldHost = {QStringLiteral("old.test"), 0, QStringLiteral("admin"), {}};
        m_plan.newHost = {QStringLiteral("new.test"), 0, QStringLiteral("admin"), {}};
        m_plan.variables.insert(QStringLiteral("world"), m_dir.path());
        auto binding = RecipeBinding::bind(recipe.value(), m_plan, path(QStringLiteral("plan.json")));
        ASSERT_TRUE(binding.ok()) << binding.error().message().toStdString();
        m_binding = std::make_unique<RecipeBinding>(binding.value());
        ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("etc"))));
    }

    std::unique_ptr<JobContext> context(bool dryRun = false)
    {
        return std::make_unique<JobContext>(
            StepId::CopyConfig, m_plan, *m_binding, m_hosts,
            [this](const JobEvent& event) {
                if (const auto* command = event.as<CommandRecord>())
                    m_commands.append(*command);
            },
            m_cancelled, path(QStringLiteral("backups")), dryRun);
    }

    QString path(const QString& name) const { return m_dir.filePath(name); }
    void write(const QString& name, const QByteArray& content) const
    {
        QFile file(path(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QByteArray read(const QString& name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Every recorded command and output, as one text.
    QString recorded() const
    {
        QString all;
        for (const CommandRecord& command : m_commands)
            all += command.command + QLatin1Char('\n') + command.output + QLatin1Char('\n');
        return all;
    }

    QTemporaryDir m_dir;
    UpgradePlan m_plan;
    std::unique_ptr<RecipeBinding> m_binding;
    LocalHosts m_hosts;
    std::atomic<bool> m_cancelled{false};
    QList<CommandRecord> m_commands;
};

bool isRoot()
{
    return ::geteuid() == 0; // the host scripts run through sudo, which the local shell only is as root
}

mode_t modeOf(const QString& path)
{
    struct stat info {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_mode & 07777 : 0;
}

} // namespace

TEST_F(ConfigCopyTest, DataReadRecordsTheByteCountAndHashNotTheBytes)
{
    const QByteArray content = "[database]\n" + kSecretLine;
    write(QStringLiteral("etc/app.conf"), content);
    auto ctx = context();
    const DataRead read = ctx->readData(HostRole::Old,
                                        QStringLiteral("cat ") + path(QStringLiteral("etc/app.conf")) +
                                            QStringLiteral("; echo 'a warning' >&2"),
                                        1024);
    ASSERT_TRUE(read.ok()) << read.outcome.describe().toStdString();
    EXPECT_EQ(read.data, content);
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(read.sha256, sha);
    ASSERT_EQ(m_commands.size(), 1);
    const CommandRecord& record = m_commands.first();
    EXPECT_TRUE(record.command.startsWith(QStringLiteral("cat "))) << record.command.toStdString();
    EXPECT_TRUE(record.output.contains(QString::number(content.size()) + QStringLiteral(" byte")))
        << record.output.toStdString();
    EXPECT_TRUE(record.output.contains(QString::fromLatin1(sha))) << record.output.toStdString();
    EXPECT_TRUE(record.output.contains(QStringLiteral("a warning"))) << record.output.toStdString();
    EXPECT_FALSE(recorded().contains(QStringLiteral("s3cret")));
    EXPECT_FALSE(recorded().contains(QString::fromLatin1(content.toBase64().left(16))));
    EXPECT_EQ(record.exitCode, 0);
}

TEST_F(ConfigCopyTest, DataReadKeepsBinaryBytesAndTheCommandsExitCode)
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    write(QStringLiteral("etc/blob"), bytes);
    auto ctx = context();
    const DataRead read =
        ctx->readData(HostRole::Old, QStringLiteral("cat ") + path(QStringLiteral("etc/blob")), 256);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.data, bytes);
    const DataRead failed = ctx->readData(HostRole::Old, QStringLiteral("printf abc; exit 3"), 256);
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.outcome.exitCode, 3);
    EXPECT_EQ(m_commands.last().exitCode, 3);
}

TEST_F(ConfigCopyTest, DataReadStopsAtItsLimit)
{
    write(QStringLiteral("etc/big"), QByteArray(4096, 'x'));
    auto ctx = context();
    const DataRead read =
        ctx->readData(HostRole::Old, QStringLiteral("cat ") + path(QStringLiteral("etc/big")), 100);
    EXPECT_TRUE(read.tooLarge);
    EXPECT_FALSE(read.ok());
    EXPECT_TRUE(read.data.isEmpty());
    EXPECT_TRUE(m_commands.last().output.contains(QStringLiteral("more than 100 byte")))
        << m_commands.last().output.toStdString();
}

TEST_F(ConfigCopyTest, DataReadRunsNothingInADryRunNorWhenCancelled)
{
    auto dry = context(true);
    const QString marker = path(QStringLiteral("ran"));
    DataRead read = dry->readData(HostRole::Old, QStringLiteral("touch ") + marker, 10);
    EXPECT_TRUE(read.ok());
    EXPECT_TRUE(read.data.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(marker));
    EXPECT_TRUE(m_commands.last().output.contains(QStringLiteral("dry run")));

    m_cancelled = true;
    read = context()->readData(HostRole::Old, QStringLiteral("touch ") + marker, 10);
    EXPECT_EQ(read.outcome.status, ShellOutcome::Status::Cancelled);
    EXPECT_FALSE(QFileInfo::exists(marker));
}

TEST(ConfigPaths, ANamePassesOnlyWhenThePatternNamesIt)
{
    const QString pattern = QStringLiteral("/etc/demo/*.conf");
    EXPECT_TRUE(ConfigPaths::matches(QStringLiteral("/etc/demo/demo.conf"), pattern));
    EXPECT_TRUE(ConfigPaths::matches(QStringLiteral("/etc/demo/a b;c.conf"), pattern));
    EXPECT_FALSE(ConfigPaths::matches(QStringLiteral("/etc/demo/sub/x.conf"), pattern));
    EXPECT_FALSE(ConfigPaths::matches(QStringLiteral("/etc/demo/.hidden.conf"), pattern));
    EXPECT_FALSE(ConfigPaths::matches(QStringLiteral("/root/.ssh/authorized_keys"), pattern));
    EXPECT_FALSE(ConfigPaths::matches(QStringLiteral("/etc/demo/../../root/.ssh/x.conf"), pattern));
    EXPECT_FALSE(
        ConfigPaths::matches(QStringLiteral("/etc/demo/../x.conf"), QStringLiteral("/etc/demo/../x.conf")));
    EXPECT_FALSE(ConfigPaths::matches(QStringLiteral("/etc/demo/a\n.conf"), pattern));
    EXPECT_FALSE(
        ConfigPaths::matches(QStringLiteral("etc/demo/demo.conf"), QStringLiteral("etc/demo/*.conf")));
    EXPECT_TRUE(
        ConfigPaths::matches(QStringLiteral("/etc/demo/demo.conf"), QStringLiteral("/etc/demo/demo.conf")));
    EXPECT_FALSE(ConfigPaths::unsafeReason(QStringLiteral("/a//b")).isEmpty());
    EXPECT_TRUE(
        ConfigPaths::isInside(QStringLiteral("/srv/app/tls/key.pem"), QStringLiteral("/srv/app/tls")));
    EXPECT_FALSE(
        ConfigPaths::isInside(QStringLiteral("/srv/app/tls2/key.pem"), QStringLiteral("/srv/app/tls")));
}

TEST_F(ConfigCopyTest, LocalCopiesAreOwnerOnlyAndStayInsideTheBackupFolder)
{
    const mode_t previous = ::umask(022);
    QString error;
    const QString backups = path(QStringLiteral("backups"));
    const QString copy = LocalConfigCopy::write(backups, QStringLiteral("old"),
                                                QStringLiteral("/etc/app/app.conf"), kSecretLine, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(copy, backups + QStringLiteral("/config/old/etc/app/app.conf"));
    EXPECT_EQ(read(QStringLiteral("backups/config/old/etc/app/app.conf")), kSecretLine);
    EXPECT_EQ(modeOf(copy), 0600u);
    for (const QString& folder : {QStringLiteral("config"), QStringLiteral("config/old"),
                                  QStringLiteral("config/old/etc"), QStringLiteral("config/old/etc/app")})
        EXPECT_EQ(modeOf(backups + QLatin1Char('/') + folder), 0700u) << folder.toStdString();

    // ".." never climbs out.
    EXPECT_TRUE(LocalConfigCopy::write(backups, QStringLiteral("old"),
                                       QStringLiteral("/etc/../../../escaped"), kSecretLine, &error)
                    .isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("escaped"))));

    // A folder on the way that is a link is not followed.
    ASSERT_TRUE(QDir().mkpath(path(QStringLiteral("elsewhere"))));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("elsewhere")), backups + QStringLiteral("/config/old/srv")));
    error.clear();
    EXPECT_TRUE(LocalConfigCopy::write(backups, QStringLiteral("old"), QStringLiteral("/srv/x.conf"),
                                       kSecretLine, &error)
                    .isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(QDir(path(QStringLiteral("elsewhere"))).isEmpty());

    // A link at the target is replaced, not written through.
    write(QStringLiteral("victim"), "untouched");
    ASSERT_TRUE(QFile::remove(copy));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("victim")), copy));
    error.clear();
    EXPECT_EQ(LocalConfigCopy::write(backups, QStringLiteral("old"), QStringLiteral("/etc/app/app.conf"),
                                     kSecretLine, &error),
              copy);
    EXPECT_EQ(read(QStringLiteral("victim")), QByteArray("untouched"));
    EXPECT_FALSE(QFileInfo(copy).isSymLink());
    EXPECT_EQ(modeOf(copy), 0600u);
    ::umask(previous);
}

TEST_F(ConfigCopyTest, OldsPathsOutsideThePatternAreRefused)
{
    write(QStringLiteral("etc/app.conf"), kSecretLine);
    write(QStringLiteral("etc/a b;c.conf"), "x=1\n");
    auto ctx = context();
    QString error;
    QStringList found = ConfigRead::find(*ctx, m_binding->recipe().configFiles.first(), false, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    found.sort();
    EXPECT_EQ(found,
              QStringList({path(QStringLiteral("etc/a b;c.conf")), path(QStringLiteral("etc/app.conf"))}));
}

TEST_F(ConfigCopyTest, ALinkIsNamedNotFollowed)
{
    write(QStringLiteral("shadow"), kSecretLine);
    ASSERT_TRUE(QFile::link(path(QStringLiteral("shadow")), path(QStringLiteral("etc/app.conf"))));
    if (!isRoot())
        GTEST_SKIP() << "the host scripts run through sudo: run as root";
    auto ctx = context();
    QString error;
    const ConfigFileState state =
        ConfigRead::inspect(*ctx, HostRole::Old, path(QStringLiteral("etc/app.conf")), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(state.kind, ConfigFileState::Kind::Link);
    EXPECT_EQ(state.linkTarget, path(QStringLiteral("shadow")));
    // Even told it is a file, the read refuses the link (O_NOFOLLOW).
    ConfigFileState asFile;
    asFile.kind = ConfigFileState::Kind::File;
    EXPECT_TRUE(
        ConfigRead::readFile(*ctx, HostRole::Old, path(QStringLiteral("etc/app.conf")), asFile, 1024, &error)
            .isEmpty());
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(recorded().contains(QStringLiteral("s3cret")));
}

TEST_F(ConfigCopyTest, AWriteReplacesALinkPlantedAtTheTargetAndKeepsTheOriginal)
{
    if (!isRoot())
        GTEST_SKIP() << "the host scripts run through sudo: run as root";
    write(QStringLiteral("victim"), "root:x:0:0\n");
    const QString target = path(QStringLiteral("etc/a b;c.conf"));
    ASSERT_TRUE(QFile::link(path(QStringLiteral("victim")), target));
    auto ctx = context();
    ConfigFileState source;
    source.kind = ConfigFileState::Kind::File;
    source.mode = QStringLiteral("640");
    source.owner = QStringLiteral("root");
    source.group = QStringLiteral("root");
    QString error;
    const QByteArray content = "name=Bäckerei; $(touch pwned)\n" + kSecretLine;
    const ::mode_t previous = ::umask(0);
    const QString sha = ConfigInstall::writeFile(*ctx, target, source, content, &error);
    ::umask(previous);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    EXPECT_EQ(sha,
              QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(read(QStringLiteral("victim")), QByteArray("root:x:0:0\n"));
    EXPECT_FALSE(QFileInfo(target).isSymLink());
    EXPECT_EQ(read(QStringLiteral("etc/a b;c.conf")), content);
    EXPECT_EQ(modeOf(target), 0640u);
    EXPECT_TRUE(QFileInfo(target + QStringLiteral(".puw-original")).isSymLink()); // the original, as it was
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("pwned"))));
    EXPECT_FALSE(QFileInfo::exists(QDir::current().filePath(QStringLiteral("pwned"))));
    EXPECT_EQ(QDir(path(QStringLiteral("etc"))).entryList(QDir::Hidden | QDir::Files | QDir::System).size(),
              2)
        << "no temporary file is left";
    EXPECT_FALSE(recorded().contains(QStringLiteral("s3cret")));

    // A second copy keeps the first original.
    ASSERT_FALSE(ConfigInstall::writeFile(*ctx, target, source, "x=2\n", &error).isEmpty())
        << error.toStdString();
    EXPECT_TRUE(QFileInfo(target + QStringLiteral(".puw-original")).isSymLink());
    EXPECT_EQ(read(QStringLiteral("etc/a b;c.conf")), QByteArray("x=2\n"));
}
