#include "DemoConfig.h"

#include <QFileInfo>
#include <QSettings>

namespace puw::demo {

QString DemoConfig::load(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (folder.exists() && !folder.isExecutable())
        return QStringLiteral("configuration file %1 cannot be read: permission denied on %2 "
                              "(run as root or as the demo user)")
            .arg(path, folder.filePath());
    if (!info.exists())
        return QStringLiteral("configuration file %1 does not exist").arg(path);
    if (!info.isReadable())
        return QStringLiteral("configuration file %1 is not readable").arg(path);
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return QStringLiteral("configuration file %1 has a syntax error").arg(path);

    siteName = settings.value(QStringLiteral("site/name"), siteName).toString();
    address = settings.value(QStringLiteral("http/address"), address).toString();
    port = settings.value(QStringLiteral("http/port"), port).toInt();
    workers = settings.value(QStringLiteral("tuning/workers"), workers).toInt();
    engine = settings.value(QStringLiteral("database/engine")).toString();
    dbHost = settings.value(QStringLiteral("database/host"), dbHost).toString();
    dbPort = settings.value(QStringLiteral("database/port"), dbPort).toInt();
    dbName = settings.value(QStringLiteral("database/name"), dbName).toString();
    dbUser = settings.value(QStringLiteral("database/user"), dbUser).toString();
    dbPassword = settings.value(QStringLiteral("database/password")).toString();
    failMigration = settings.value(QStringLiteral("testing/fail_migration")).toString();
    migrationPauseSeconds = settings.value(QStringLiteral("testing/migration_pause_seconds"), 0).toInt();
    stopPauseSeconds = settings.value(QStringLiteral("testing/stop_pause_seconds"), 0).toInt();
    bool percentIsNumber = true;
    const QString percent = settings.value(QStringLiteral("testing/fail_proxied_percent"), 0).toString();
    failProxiedPercent = percent.toInt(&percentIsNumber);

    if (engine != QLatin1String("postgresql") && engine != QLatin1String("mariadb"))
        return QStringLiteral("%1: [database] engine must be postgresql or mariadb, not \"%2\"")
            .arg(path, engine);
    if (port < 1 || port > 65535)
        return QStringLiteral("%1: [http] port %2 is out of range").arg(path).arg(port);
    if (!percentIsNumber || failProxiedPercent < 0 || failProxiedPercent > 100)
        return QStringLiteral("%1: [testing] fail_proxied_percent must be a number from 0 to 100, not \"%2\"")
            .arg(path, percent);
    return {};
}

} // namespace puw::demo
