#include "PostgresReplication.h"

#include "database/DatabaseText.h"
#include "database/SqlQuoting.h"

#include <QRegularExpression>

namespace puw {

namespace {
const QString kObjectName = QString::fromLatin1(PostgresReplication::kName);

} // namespace

bool PostgresReplication::syncLines(const QString& output, QMultiMap<QString, QStringList>* lines)
{
    bool ended = false;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed == QStringLiteral("puw-end"))
            ended = true;
        if (!trimmed.startsWith(QStringLiteral("puw-sync ")))
            continue;
        QStringList fields = trimmed.split(QLatin1Char(' '));
        fields.removeFirst();
        const QString what = fields.takeFirst();
        lines->insert(what, fields);
    }
    return ended;
}

namespace {
// Sets log_statement off for the session where the login may (a superuser): the scripts that hold a
// password must not leave it in old's or new's server log.
QString quietLog()
{
    return QStringLiteral("DO $puw$ BEGIN SET log_statement = 'none'; SET log_min_duration_statement = -1; "
                          "EXCEPTION WHEN insufficient_privilege THEN NULL; END $puw$;\n");
}

QString slotCondition()
{
    return QStringLiteral("slot_name = %1").arg(sql::pgString(kObjectName));
}
} // namespace

QString PostgresReplication::syncDatabaseName(const QString& appDatabase)
{
    const QString suffix = QStringLiteral("_puw_sync");
    QString base = appDatabase;
    while (base.toUtf8().size() + suffix.size() > 63)
        base.chop(1);
    return base + suffix;
}

QString PostgresReplication::applicationTables() const
{
    QString condition = QStringLiteral("c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', "
                                       "'information_schema') AND n.nspname NOT LIKE 'pg\\_%'");
    for (const QString& table : m_excluded)
        condition += QStringLiteral(" AND c.relname <> %1 AND n.nspname || '.' || c.relname <> %1")
                         .arg(sql::pgString(table));
    return condition;
}

QStringList PostgresReplication::Readiness::blockers() const
{
    QStringList found;
    if (tables == 0)
        found << Database::tr("Old's database has no tables to replicate.");
    if (freeSlots < 1)
        found << Database::tr("Old's PostgreSQL has no free replication slot (max_replication_slots): raise "
                              "it in postgresql.conf and restart, or drop a slot no one uses.");
    if (freeSenders < 1)
        found << Database::tr("Old's PostgreSQL has no free WAL sender (max_wal_senders): raise it in "
                              "postgresql.conf and restart.");
    if (largeObjects > 0)
        found << Database::tr("Old's database holds %n large object(s), which logical replication does "
                              "not copy.",
                              nullptr, int(qMin<qint64>(largeObjects, 1000000)));
    if (!tablesWithoutKey.isEmpty())
        found << Database::tr("These tables have no primary key or replica identity, so their updates and "
                              "deletes would not replicate: %1. Add a primary key, or run ALTER TABLE ... "
                              "REPLICA IDENTITY FULL on old.")
                     .arg(tablesWithoutKey.join(QStringLiteral(", ")));
    return found;
}

QByteArray PostgresReplication::readinessScript() const
{
    const QString tables = QStringLiteral("FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE ") +
                           applicationTables();
    QString script;
    script += QStringLiteral("SELECT 'puw-sync wal_level ' || current_setting('wal_level');\n");
    script += QStringLiteral("SELECT 'puw-sync cluster ' || translate(current_setting('cluster_name'), ' ', "
                             "'_');\n");
    script +=
        QStringLiteral("SELECT 'puw-sync free_slots ' || (current_setting('max_replication_slots')::int "
                       "- (SELECT count(*) FROM pg_replication_slots WHERE NOT (%1)));\n")
            .arg(slotCondition());
    script += QStringLiteral("SELECT 'puw-sync free_senders ' || (current_setting('max_wal_senders')::int - "
                             "(SELECT count(*) FROM pg_stat_replication));\n");
    script += QStringLiteral("SELECT 'puw-sync large_objects ' || count(*) FROM pg_largeobject_metadata;\n");
    script += QStringLiteral("SELECT 'puw-sync tables ' || count(*) %1;\n").arg(tables);
    // A table replicates its updates and deletes when it has a primary key (replica identity default),
    // an index named as its identity, or replica identity full.
    script += QStringLiteral("SELECT 'puw-sync nokey ' || encode(convert_to(n.nspname || '.' || c.relname, "
                             "'UTF8'), 'hex') %1 AND c.relreplident <> 'f' AND NOT EXISTS (SELECT 1 FROM "
                             "pg_index i WHERE i.indrelid = c.oid AND ((c.relreplident = 'd' AND "
                             "i.indisprimary) OR (c.relreplident = 'i' AND i.indisreplident)));\n")
                  .arg(tables);
    script += QStringLiteral("SELECT 'puw-end';\n");
    return script.toUtf8();
}

Expected<PostgresReplication::Readiness, QString> PostgresReplication::parseReadiness(const QString& output)
{
    QMultiMap<QString, QStringList> lines;
    if (!syncLines(output, &lines) || !lines.contains(QStringLiteral("wal_level")))
        return unexpected(
            Database::tr("Reading what old's PostgreSQL allows for replication stopped early."));
    Readiness readiness;
    readiness.walLevel = lines.value(QStringLiteral("wal_level")).value(0);
    readiness.clusterName = lines.value(QStringLiteral("cluster")).value(0);
    readiness.freeSlots = lines.value(QStringLiteral("free_slots")).value(0).toInt();
    readiness.freeSenders = lines.value(QStringLiteral("free_senders")).value(0).toInt();
    readiness.largeObjects = lines.value(QStringLiteral("large_objects")).value(0).toLongLong();
    readiness.tables = lines.value(QStringLiteral("tables")).value(0).toInt();
    const QList<QStringList> nokey = lines.values(QStringLiteral("nokey"));
    for (auto it = nokey.crbegin(); it != nokey.crend(); ++it) // QMultiMap keeps the last first
        readiness.tablesWithoutKey << QString::fromUtf8(QByteArray::fromHex(it->value(0).toLatin1()));
    return readiness;
}

QByteArray PostgresReplication::enableLogicalWalScript()
{
    return QByteArrayLiteral("ALTER SYSTEM SET wal_level = logical;\nSELECT 'puw-end';\n");
}

QString PostgresReplication::debianClusterUnit(const QString& clusterName)
{
    static const QRegularExpression debian(QStringLiteral("^([0-9]+)/([A-Za-z0-9_.-]+)$"));
    const auto match = debian.match(clusterName);
    if (!match.hasMatch())
        return {};
    return QStringLiteral("postgresql@%1-%2").arg(match.captured(1), match.captured(2));
}

QByteArray PostgresReplication::publishScript(const QString& password) const
{
    const QString role = sql::pgIdentifier(kObjectName);
    const QString tables = QStringLiteral("FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE ") +
                           applicationTables();
    QString script = quietLog();
    script += QStringLiteral("DO $puw$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                             "CREATE ROLE %2; END IF; END $puw$;\n")
                  .arg(sql::pgString(kObjectName), role);
    // Only what a subscription needs: log in, replicate, read the published tables.
    script += QStringLiteral("ALTER ROLE %1 WITH LOGIN REPLICATION NOSUPERUSER NOCREATEDB NOCREATEROLE "
                             "CONNECTION LIMIT 8 PASSWORD %2;\n")
                  .arg(role, sql::pgString(password));
    script += QStringLiteral("DO $puw$ DECLARE s text; t text; BEGIN\n"
                             "EXECUTE format('GRANT CONNECT ON DATABASE %I TO %2', current_database());\n"
                             "FOR s IN SELECT DISTINCT n.nspname %1 LOOP\n"
                             "  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %2', s);\nEND LOOP;\n"
                             "SELECT string_agg(format('%I.%I', n.nspname, c.relname), ', ' ORDER BY "
                             "n.nspname, c.relname) INTO t %1;\n"
                             "IF t IS NULL THEN RAISE EXCEPTION 'the database has no tables to replicate'; "
                             "END IF;\n"
                             "EXECUTE 'GRANT SELECT ON ' || t || ' TO %2';\n"
                             "DROP PUBLICATION IF EXISTS %2;\n"
                             "EXECUTE 'CREATE PUBLICATION %2 FOR TABLE ' || t;\nEND $puw$;\n")
                  .arg(tables, role);
    script += QStringLiteral("SELECT 'puw-end';\n");
    return script.toUtf8();
}

QByteArray PostgresReplication::subscribeScript(const QString& oldHost, const QString& oldPort,
                                                const QString& database, const QString& password)
{
    QString conninfo = QStringLiteral("host=%1 dbname=%2 user=%3 password=%4 application_name=%3")
                           .arg(sql::pgConninfoValue(oldHost), sql::pgConninfoValue(database), kObjectName,
                                sql::pgConninfoValue(password));
    if (!oldPort.isEmpty())
        conninfo += QStringLiteral(" port=") + sql::pgConninfoValue(oldPort);
    QString script = quietLog();
    // copy_data: each table is copied in its own snapshot, consistent with the slot the subscription
    // creates on old, so no change is missed or applied twice.
    script += QStringLiteral("CREATE SUBSCRIPTION %1 CONNECTION %2 PUBLICATION %1 WITH (copy_data = true);\n")
                  .arg(sql::pgIdentifier(kObjectName), sql::pgString(conninfo));
    script += QStringLiteral("SELECT 'puw-end';\n");
    return script.toUtf8();
}

} // namespace puw
