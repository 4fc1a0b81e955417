#include "SandboxWorld.h"

#include "plan/RecipeCatalogue.h"
#include "util/AppPaths.h"

#include <QDir>
#include <QProcess>

namespace puw::test {

SandboxApp SandboxApp::fromEnvironment()
{
    const QString id = qEnvironmentVariable("PUW_TEST_APP", QStringLiteral("demo"));
    if (id == QLatin1String("openboxes"))
        return {id,
                QStringLiteral("openboxes/api/status"),
                QStringLiteral("\"version\": \"0.8.22\""),
                QStringLiteral("\"version\": \"0.9.1\""),
                {QStringLiteral("openboxes.mail.from=Bäckerei Müller")},
                QStringLiteral("Running liquibase changelog(s)")};
    if (id == QLatin1String("parsec"))
        return {id,
                QStringLiteral("version"),
                QStringLiteral("\"version\": \"2.15.0\""),
                QStringLiteral("\"version\": \"2.16.0\""),
                {QStringLiteral("PARSEC_EMAIL_SENDER=Bäckerei Müller")},
                {}};
    return {QStringLiteral("demo"),
            QStringLiteral("version"),
            QStringLiteral("\"version\":\"1.0.0\""),
            QStringLiteral("\"version\":\"2.0.0\""),
            {QStringLiteral("workers=16"), QStringLiteral("reviews=true")},
            {}};
}

QString SandboxWorld::load()
{
    m_app = SandboxApp::fromEnvironment();
    m_planPath = qEnvironmentVariable("PUW_TEST_PLAN");
    if (m_planPath.isEmpty()) {
        const QString dir = qEnvironmentVariable("PUW_SANDBOX_DIR", QStringLiteral("/tmp/puw-sandbox"));
        m_planPath = QDir(dir).filePath(QStringLiteral("plan.json"));
    }
    auto loaded = UpgradePlan::load(m_planPath, RecipeCatalogue::availableIds(AppPaths::userRecipeDir()));
    if (!loaded.ok())
        return loaded.error().message();
    m_plan = std::move(loaded).value();
    if (m_plan.recipeId != m_app.id && m_app.id != QLatin1String("demo"))
        return QStringLiteral("the plan's recipe is %1, but PUW_TEST_APP says %2")
            .arg(m_plan.recipeId, m_app.id);
    return {};
}

QString SandboxWorld::run(const QString& program, const QStringList& arguments, const QByteArray& input) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("%1 did not finish in 30 s").arg(program);
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        return QStringLiteral("%1 crashed").arg(program);
    return out.isEmpty() ? QString::fromUtf8(process.readAllStandardError()).trimmed() : out;
}

QString SandboxWorld::versionThroughProxy() const
{
    QString url = m_plan.route.publicUrl;
    if (!url.endsWith(QLatin1Char('/')))
        url += QLatin1Char('/');
    return run(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--max-time"),
                                        QStringLiteral("10"), url + m_app.statusPath});
}

QString SandboxWorld::sshOld(const QStringList& command, const QByteArray& input) const
{
    const HostSpec& old = m_plan.oldHost;
    QStringList arguments{QStringLiteral("-F"), QStringLiteral("/dev/null"),
                          QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + m_plan.knownHostsFile,
                          QStringLiteral("-o"), QStringLiteral("GlobalKnownHostsFile=/dev/null"),
                          QStringLiteral("-o"), QStringLiteral("StrictHostKeyChecking=yes"),
                          QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                          QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"),
                          QStringLiteral("-o"), QStringLiteral("LogLevel=ERROR"),
                          QStringLiteral("-i"), old.identityFile};
    if (old.port > 0)
        arguments << QStringLiteral("-p") << QString::number(old.port);
    arguments << QStringLiteral("%1@%2").arg(old.user, old.address) << command;
    return run(QStringLiteral("ssh"), arguments, input);
}

QString SandboxWorld::oldAppState() const
{
    if (m_app.id == QLatin1String("parsec")) {
        // The login user reaches docker only through sudo on old; the world's password is in the
        // environment (secrets.env). A removed container is as stopped as a stopped one.
        const QString running = sshOld({QStringLiteral("sudo -S -p '' docker inspect -f '{{.State.Running}}' "
                                                       "parsec_parsec-server_1 2>/dev/null || echo gone")},
                                       qgetenv("PUW_SANDBOX_SUDO_PASSWORD") + '\n');
        return running == QLatin1String("true") ? QStringLiteral("active")
               : running == QLatin1String("false") || running == QLatin1String("gone")
                   ? QStringLiteral("inactive")
                   : running;
    }
    const QString unit =
        m_app.id == QLatin1String("openboxes")
            ? m_plan.variables.value(QStringLiteral("tomcat_unit"), QStringLiteral("tomcat10"))
            : m_plan.variables.value(QStringLiteral("unit"), QStringLiteral("demo"));
    return sshOld({QStringLiteral("systemctl"), QStringLiteral("is-active"), QStringLiteral("--"), unit});
}

} // namespace puw::test
