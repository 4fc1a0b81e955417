#include "SandboxWorld.h"

#include "plan/RecipeCatalogue.h"
#include "util/AppPaths.h"

#include <QDir>
#include <QProcess>

namespace puw::test {

QString SandboxWorld::load()
{
    m_planPath = qEnvironmentVariable("PUW_TEST_PLAN");
    if (m_planPath.isEmpty()) {
        const QString dir = qEnvironmentVariable("PUW_SANDBOX_DIR", QStringLiteral("/tmp/puw-sandbox"));
        m_planPath = QDir(dir).filePath(QStringLiteral("plan.json"));
    }
    auto loaded = UpgradePlan::load(m_planPath, RecipeCatalogue::availableIds(AppPaths::userRecipeDir()));
    if (!loaded.ok())
        return loaded.error().message();
    m_plan = std::move(loaded).value();
    return {};
}

QString SandboxWorld::run(const QString& program, const QStringList& arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments);
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
    const QString body = run(QStringLiteral("curl"), {QStringLiteral("-sS"), QStringLiteral("--max-time"),
                                                      QStringLiteral("10"), url + QStringLiteral("version")});
    return body;
}

QString SandboxWorld::oldAppState() const
{
    const HostSpec& old = m_plan.oldHost;
    const QString unit = m_plan.variables.value(QStringLiteral("unit"), QStringLiteral("demo"));
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
    arguments << QStringLiteral("%1@%2").arg(old.user, old.address) << QStringLiteral("systemctl")
              << QStringLiteral("is-active") << QStringLiteral("--") << unit;
    return run(QStringLiteral("ssh"), arguments);
}

} // namespace puw::test
