#include "DemoDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace puw::demo {

QString openDatabase(const DemoConfig& config, QSqlDatabase* database)
{
    const bool postgres = config.engine == QLatin1String("postgresql");
    const QString connection = QStringLiteral("demo");
    if (QSqlDatabase::contains(connection)) {
        *database = QSqlDatabase::database(connection, false);
    } else {
        *database = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QMYSQL"),
                                              connection);
    }
    if (!database->isValid())
        return QStringLiteral("the Qt SQL driver for %1 is not installed").arg(config.engine);
    database->setHostName(config.dbHost);
    database->setPort(config.dbPort > 0 ? config.dbPort : (postgres ? 5432 : 3306));
    database->setDatabaseName(config.dbName);
    database->setUserName(config.dbUser);
    database->setPassword(config.dbPassword);
    database->setConnectOptions(postgres ? QStringLiteral("connect_timeout=5")
                                         : QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=5"));
    if (!database->open())
        return database->lastError().text();
    if (!postgres) {
        QSqlQuery names(*database);
        names.exec(QStringLiteral("SET NAMES utf8mb4"));
    }
    return {};
}

QVariant queryValue(QSqlDatabase& database, const QString& sql, QString* error)
{
    QSqlQuery query(database);
    if (!query.exec(sql) || !query.next()) {
        *error = query.lastError().text();
        return {};
    }
    return query.value(0);
}

} // namespace puw::demo
