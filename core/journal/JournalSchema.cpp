#include "JournalSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace puw::JournalSchema {

namespace {

struct Migration {
    int toVersion;
    QStringList statements;
};

// Append new migrations at the end; never edit one that has shipped.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE sessions (id INTEGER PRIMARY KEY AUTOINCREMENT, plan_path TEXT NOT NULL,"
                 " plan_json BLOB NOT NULL, recipe TEXT NOT NULL, created_at TEXT NOT NULL,"
                 " finished_at TEXT)"),
             QStringLiteral("CREATE TABLE steps (session_id INTEGER NOT NULL REFERENCES sessions(id),"
                            " step INTEGER NOT NULL, state TEXT NOT NULL, started_at TEXT, ended_at TEXT,"
                            " attempts INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '',"
                            " PRIMARY KEY (session_id, step))"),
             QStringLiteral("CREATE TABLE commands (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " session_id INTEGER NOT NULL REFERENCES sessions(id), step INTEGER NOT NULL,"
                            " host TEXT NOT NULL, command TEXT NOT NULL, exit_code INTEGER NOT NULL,"
                            " started_at TEXT, ended_at TEXT, output TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE TABLE checks (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                            " session_id INTEGER NOT NULL REFERENCES sessions(id), step INTEGER NOT NULL,"
                            " name TEXT NOT NULL, kind TEXT NOT NULL, passed INTEGER NOT NULL,"
                            " detail TEXT NOT NULL DEFAULT '', checked_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE artefacts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                 " session_id INTEGER NOT NULL REFERENCES sessions(id), step INTEGER NOT NULL,"
                 " kind TEXT NOT NULL, path TEXT NOT NULL, size_bytes INTEGER NOT NULL,"
                 " sha256 TEXT NOT NULL DEFAULT '', complete INTEGER NOT NULL, created_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE session_values (session_id INTEGER NOT NULL REFERENCES sessions(id),"
                 " key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (session_id, key))"),
             QStringLiteral("CREATE INDEX commands_by_session ON commands(session_id, step)"),
         }},
    };
    return list;
}

class JournalMessages {
    Q_DECLARE_TR_FUNCTIONS(puw::Journal)
};

} // namespace

int currentVersion()
{
    return migrations().back().toVersion;
}

int versionOf(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString migrate(QSqlDatabase& db)
{
    const int version = versionOf(db);
    if (version < 0)
        return JournalMessages::tr("cannot read the schema version: %1").arg(db.lastError().text());
    if (version > currentVersion())
        return JournalMessages::tr(
                   "was written by a newer version of this program (schema %1, this one knows %2); "
                   "update the program or choose another session folder")
            .arg(version)
            .arg(currentVersion());
    if (version == currentVersion())
        return {};

    if (!db.transaction())
        return JournalMessages::tr("cannot start a transaction: %1").arg(db.lastError().text());
    QSqlQuery query(db);
    for (const Migration& migration : migrations()) {
        if (migration.toVersion <= version)
            continue;
        for (const QString& statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().text();
                db.rollback();
                return JournalMessages::tr("cannot upgrade the schema to version %1: %2")
                    .arg(migration.toVersion)
                    .arg(reason);
            }
        }
        // PRAGMA takes no bound parameters; the number comes from our own list.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.toVersion))) {
            const QString reason = query.lastError().text();
            db.rollback();
            return JournalMessages::tr("cannot record the schema version: %1").arg(reason);
        }
    }
    if (!db.commit())
        return JournalMessages::tr("cannot save the schema: %1").arg(db.lastError().text());
    return {};
}

} // namespace puw::JournalSchema
