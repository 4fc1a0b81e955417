// PostgresReplication: the scripts that read how far new is, carry the sequences over, and take the mode's
// objects away again (see the header for where each runs).
#include "PostgresReplication.h"

#include "database/DatabaseText.h"
#include "database/SqlQuoting.h"

#include <QRegularExpression>

namespace puw {

namespace {
const QString kObjectName = QString::fromLatin1(PostgresReplication::kName);

QString nameLiteral()
{
    return sql::pgString(kObjectName);
}
} // namespace

QByteArray PostgresReplication::progressScript()
{
    const QString name = nameLiteral();
    QString script;
    // 'r' ready and 's' synchronized: the table's initial copy is done.
    script +=
        QStringLiteral("SELECT 'puw-sync tables ' || count(*) FILTER (WHERE r.srsubstate IN ('r', 's')) "
                       "|| ' ' || count(*) FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = "
                       "r.srsubid WHERE s.subname = %1;\n")
            .arg(name);
    script +=
        QStringLiteral("SELECT 'puw-sync worker ' || count(*) FROM pg_stat_subscription WHERE subname = "
                       "%1 AND pid IS NOT NULL AND relid IS NULL;\n")
            .arg(name);
    script += QStringLiteral("SELECT 'puw-sync errors ' || coalesce(sum(apply_error_count), 0) || ' ' || "
                             "coalesce(sum(sync_error_count), 0) FROM pg_stat_subscription_stats WHERE "
                             "subname = %1;\n")
                  .arg(name);
    script += QStringLiteral("SELECT 'puw-end';\n");
    return script.toUtf8();
}

Expected<PostgresReplication::Progress, QString> PostgresReplication::parseProgress(const QString& output)
{
    QMultiMap<QString, QStringList> lines;
    if (!syncLines(output, &lines) || !lines.contains(QStringLiteral("tables")))
        return unexpected(Database::tr("Reading the subscription's state on new stopped early."));
    Progress progress;
    const QStringList tables = lines.value(QStringLiteral("tables"));
    progress.tablesReady = tables.value(0).toInt();
    progress.tables = tables.value(1).toInt();
    progress.workerRunning = lines.value(QStringLiteral("worker")).value(0).toInt() > 0;
    const QStringList errors = lines.value(QStringLiteral("errors"));
    progress.applyErrors = errors.value(0).toLongLong();
    progress.copyErrors = errors.value(1).toLongLong();
    return progress;
}

QByteArray PostgresReplication::lagScript()
{
    return QStringLiteral("SELECT 'puw-sync lag ' || pg_current_wal_lsn() || ' ' || "
                          "coalesce(confirmed_flush_lsn::text, '0/0') || ' ' || active FROM "
                          "pg_replication_slots WHERE slot_name = %1;\nSELECT 'puw-end';\n")
        .arg(nameLiteral())
        .toUtf8();
}

Expected<quint64, QString> PostgresReplication::parseLsn(const QString& text)
{
    static const QRegularExpression lsn(QStringLiteral("^([0-9A-Fa-f]{1,8})/([0-9A-Fa-f]{1,8})$"));
    const auto match = lsn.match(text);
    if (!match.hasMatch())
        return unexpected(Database::tr("\"%1\" is not a WAL position.").arg(text));
    return (match.captured(1).toULongLong(nullptr, 16) << 32) | match.captured(2).toULongLong(nullptr, 16);
}

Expected<PostgresReplication::Lag, QString> PostgresReplication::parseLag(const QString& output)
{
    QMultiMap<QString, QStringList> lines;
    if (!syncLines(output, &lines))
        return unexpected(Database::tr("Reading the replication slot on old stopped early."));
    if (!lines.contains(QStringLiteral("lag")))
        return unexpected(Database::tr("Old has no replication slot \"%1\": the subscription on new was "
                                       "dropped, or never created.")
                              .arg(kObjectName));
    const QStringList fields = lines.value(QStringLiteral("lag"));
    const auto current = parseLsn(fields.value(0));
    const auto flushed = parseLsn(fields.value(1));
    if (!current.ok() || !flushed.ok())
        return unexpected(current.ok() ? flushed.error() : current.error());
    Lag lag;
    lag.currentLsn = current.value();
    lag.flushedLsn = flushed.value();
    lag.slotActive = fields.value(2) == QStringLiteral("true");
    return lag;
}

QByteArray PostgresReplication::sequencesScript() const
{
    // %L quotes the name as a literal: the statements are data from old that new runs.
    return QStringLiteral(
               "SELECT 'puw-setval ' || format('SELECT setval(%L, %s, %s);', format('%I.%I', "
               "schemaname, sequencename), coalesce(last_value, start_value), CASE WHEN last_value "
               "IS NULL THEN 'false' ELSE 'true' END) FROM pg_sequences WHERE schemaname NOT IN "
               "('pg_catalog', "
               "'information_schema') AND schemaname NOT LIKE 'pg\\_%';\nSELECT 'puw-end';\n")
        .toUtf8();
}

Expected<QByteArray, QString> PostgresReplication::setvalStatements(const QString& output)
{
    static const QRegularExpression setval(
        QStringLiteral("^SELECT setval\\('(?:[^'\\\\]|'')*', -?[0-9]+, (?:true|false)\\);$"));
    QByteArray statements;
    bool ended = false;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (line.trimmed() == QStringLiteral("puw-end"))
            ended = true;
        if (!line.startsWith(QStringLiteral("puw-setval ")))
            continue;
        const QString statement = line.mid(11).trimmed();
        if (!setval.match(statement).hasMatch())
            return unexpected(Database::tr("Old's sequence list holds a line that is not a setval: %1")
                                  .arg(statement.left(120)));
        statements += statement.toUtf8() + '\n';
    }
    if (!ended)
        return unexpected(Database::tr("Reading old's sequences stopped early."));
    return statements;
}

QByteArray PostgresReplication::unsubscribeScript()
{
    // Not in a transaction: DROP SUBSCRIPTION connects to old and drops the slot and any copy slots.
    return QStringLiteral("DROP SUBSCRIPTION IF EXISTS %1;\nSELECT 'puw-end';\n")
        .arg(sql::pgIdentifier(kObjectName))
        .toUtf8();
}

QByteArray PostgresReplication::detachScript()
{
    const QString name = sql::pgIdentifier(kObjectName);
    return QStringLiteral(
               "DO $puw$ BEGIN IF EXISTS (SELECT FROM pg_subscription WHERE subname = %2) THEN "
               "ALTER SUBSCRIPTION %1 DISABLE; ALTER SUBSCRIPTION %1 SET (slot_name = NONE); END IF; "
               "END $puw$;\nDROP SUBSCRIPTION IF EXISTS %1;\nSELECT 'puw-end';\n")
        .arg(name, nameLiteral())
        .toUtf8();
}

QByteArray PostgresReplication::unpublishScript(const QString& subscriberSystemId)
{
    QString slotFilter = QStringLiteral("slot_name = %1").arg(nameLiteral());
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(subscriberSystemId).hasMatch())
        slotFilter += QStringLiteral(" OR slot_name LIKE 'pg\\_%\\_sync\\_%\\_' || %1")
                          .arg(sql::pgString(subscriberSystemId));
    const QString role = sql::pgIdentifier(kObjectName);
    QString script;
    // The sender of a slot whose subscription is gone may take a moment to notice: ended, then waited for.
    script +=
        QStringLiteral("DO $puw$ DECLARE n int := 0; BEGIN\n"
                       "PERFORM pg_terminate_backend(active_pid) FROM pg_replication_slots WHERE (%1) "
                       "AND active_pid IS NOT NULL;\n"
                       "WHILE EXISTS (SELECT FROM pg_replication_slots WHERE (%1) AND active) AND n < 100 "
                       "LOOP PERFORM pg_sleep(0.1); n := n + 1; END LOOP;\n"
                       "PERFORM pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE (%1);\n"
                       "END $puw$;\n")
            .arg(slotFilter);
    script += QStringLiteral("DROP PUBLICATION IF EXISTS %1;\n").arg(role);
    script += QStringLiteral("DO $puw$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                             "DROP OWNED BY %2; DROP ROLE %2; END IF; END $puw$;\n")
                  .arg(nameLiteral(), role);
    script += QStringLiteral("SELECT 'puw-end';\n");
    return script.toUtf8();
}

QByteArray PostgresReplication::leftoversScript()
{
    const QString name = nameLiteral();
    return QStringLiteral(
               "SELECT 'puw-sync left slot ' || slot_name FROM pg_replication_slots WHERE "
               "slot_name = %1 OR slot_name LIKE 'pg\\_%\\_sync\\_%';\n"
               "SELECT 'puw-sync left publication' FROM pg_publication WHERE pubname = %1;\n"
               "SELECT 'puw-sync left role' FROM pg_roles WHERE rolname = %1;\nSELECT 'puw-end';\n")
        .arg(name)
        .toUtf8();
}

QStringList PostgresReplication::parseLeftovers(const QString& output)
{
    QMultiMap<QString, QStringList> lines;
    if (!syncLines(output, &lines))
        return {Database::tr("(the check of what is left on old stopped early)")};
    QStringList left;
    const QList<QStringList> found = lines.values(QStringLiteral("left"));
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        left << it->join(QLatin1Char(' '));
    return left;
}

QByteArray PostgresReplication::promoteScript(const QString& appDatabase)
{
    const QString sync = syncDatabaseName(appDatabase);
    return QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname IN (%1, %2) "
                          "AND pid <> pg_backend_pid();\n"
                          "DROP DATABASE IF EXISTS %3 WITH (FORCE);\nALTER DATABASE %4 RENAME TO %3;\n"
                          "SELECT 'puw-end';\n")
        .arg(sql::pgString(appDatabase), sql::pgString(sync), sql::pgIdentifier(appDatabase),
             sql::pgIdentifier(sync))
        .toUtf8();
}

} // namespace puw
