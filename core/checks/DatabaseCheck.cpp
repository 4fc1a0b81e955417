#include "DatabaseCheck.h"

#include "util/Redactor.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace puw {

namespace {

QString driverName(DatabaseEngine engine)
{
    return engine == DatabaseEngine::MySql ? QStringLiteral("QMYSQL") : QStringLiteral("QPSQL");
}

int defaultPort(DatabaseEngine engine)
{
    return engine == DatabaseEngine::MySql ? 3306 : 5432;
}

QString sqlErrorText(const QSqlError& error)
{
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText();
    return excerpt(text, 300);
}

bool compareValue(const DatabaseCheckRequest& request, const QVariant& value, QString* why)
{
    const QString text = value.isNull() ? QString() : value.toString();
    switch (request.compare) {
    case DatabaseCheckRequest::Compare::Equals:
        return text == request.expected;
    case DatabaseCheckRequest::Compare::Contains:
        return text.contains(request.expected);
    case DatabaseCheckRequest::Compare::NotEmpty:
        return !text.isEmpty();
    case DatabaseCheckRequest::Compare::AtLeast: {
        bool valueIsNumber = false;
        bool expectedIsNumber = false;
        const double number = text.toDouble(&valueIsNumber);
        const double minimum = request.expected.toDouble(&expectedIsNumber);
        if (!valueIsNumber || !expectedIsNumber) {
            *why = Checks::tr("'%1' and '%2' are not both numbers").arg(text, request.expected);
            return false;
        }
        return number >= minimum;
    }
    }
    return false;
}

QString expectationWords(const DatabaseCheckRequest& request)
{
    switch (request.compare) {
    case DatabaseCheckRequest::Compare::Equals:
        return Checks::tr("expected %1").arg(request.expected);
    case DatabaseCheckRequest::Compare::AtLeast:
        return Checks::tr("expected at least %1").arg(request.expected);
    case DatabaseCheckRequest::Compare::Contains:
        return Checks::tr("expected it to contain '%1'").arg(request.expected);
    case DatabaseCheckRequest::Compare::NotEmpty:
        return Checks::tr("expected a value");
    }
    return {};
}

CheckResult runOnConnection(const DatabaseCheckRequest& request, const QString& connectionName)
{
    CheckResult result;
    const QString host =
        request.host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : request.host;
    const int port = request.port > 0 ? request.port : defaultPort(request.engine);
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(request.engine), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(request.database);
    db.setUserName(request.user);
    db.setPassword(request.password);
    const int timeout = std::max(1, request.connectTimeoutSeconds);
    db.setConnectOptions(request.engine == DatabaseEngine::MySql
                             ? QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1;MYSQL_OPT_READ_TIMEOUT=%2")
                                   .arg(timeout)
                                   .arg(timeout * 6)
                             : QStringLiteral("connect_timeout=%1").arg(timeout));
    if (!db.open()) {
        result.detail = Checks::tr("could not connect to %1 on %2:%3 as %4: %5")
                            .arg(request.database, host)
                            .arg(port)
                            .arg(request.user, sqlErrorText(db.lastError()));
        return result;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString shownQuery = excerpt(request.query, 100);
    if (!query.exec(request.query)) {
        result.detail =
            Checks::tr("the query failed: %1 (%2)").arg(sqlErrorText(query.lastError()), shownQuery);
        return result;
    }
    if (!query.next()) {
        result.detail = Checks::tr("the query returned no row: %1").arg(shownQuery);
        return result;
    }
    const QVariant value = query.value(0);
    const QString valueText = value.isNull() ? QStringLiteral("NULL") : excerpt(value.toString(), 100);
    QString why;
    result.passed = compareValue(request, value, &why);
    if (result.passed) {
        result.detail = Checks::tr("%1 → %2 (%3)").arg(shownQuery, valueText, expectationWords(request));
    } else {
        result.detail =
            Checks::tr("%1, got %2 from: %3").arg(expectationWords(request), valueText, shownQuery);
        if (!why.isEmpty())
            result.detail += QStringLiteral(" (%1)").arg(why);
    }
    return result;
}

} // namespace

CheckResult runDatabaseCheck(const DatabaseCheckRequest& request)
{
    QElapsedTimer clock;
    clock.start();
    const QDateTime started = QDateTime::currentDateTimeUtc();
    CheckResult result;
    const QString driver = driverName(request.engine);
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        result.detail = Checks::tr("the Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2)")
                            .arg(driver, request.engine == DatabaseEngine::MySql ? QStringLiteral("mysql")
                                                                                 : QStringLiteral("psql"));
    } else {
        const QString connectionName =
            QStringLiteral("puw-check-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        result = runOnConnection(request, connectionName); // the connection's last handle is gone here
        QSqlDatabase::removeDatabase(connectionName);
    }
    result.name = request.name;
    result.kind = QStringLiteral("database");
    result.checkedAt = started;
    result.elapsedMs = clock.elapsed();
    if (!request.password.isEmpty()) {
        Redactor redactor;
        redactor.addSecret(request.password);
        result.detail = redactor.redact(result.detail);
    }
    return result;
}

} // namespace puw
