#include "Journal.h"
#include "JournalTime.h"

#include "JournalSchema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace puw {

namespace {

class JournalMessages {
    Q_DECLARE_TR_FUNCTIONS(puw::Journal)
};

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

qint64 StepRecord::durationMs() const
{
    if (!startedAt.isValid() || !endedAt.isValid())
        return -1;
    return startedAt.msecsTo(endedAt);
}

Journal::Journal(QString path, QString connectionName, std::shared_ptr<Redactor> redactor)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_redactor(std::move(redactor))
{
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Journal>, QString> Journal::open(const QString& sessionDir,
                                                          std::shared_ptr<Redactor> redactor)
{
    const QString dirPath = QDir(sessionDir).absolutePath();
    if (!QDir().mkpath(dirPath))
        return JournalMessages::tr(
                   "Cannot create the session folder %1. Choose another one with --session-dir.")
            .arg(dirPath);
    QFile::setPermissions(dirPath, kOwnerOnly | QFileDevice::ExeOwner);

    auto lock = std::make_unique<QLockFile>(dirPath + QStringLiteral("/journal.lock"));
    lock->setStaleLockTime(0); // held for the whole run; a dead owner is detected by its pid
    if (!lock->tryLock(100)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return JournalMessages::tr(
                   "The session folder %1 is in use by another Parallel Upgrade Wizard (process %2 on %3). "
                   "Close that window first, or use another folder with --session-dir.")
            .arg(dirPath)
            .arg(pid)
            .arg(host);
    }

    const QString path = dirPath + QLatin1Char('/') + QLatin1String(kFileName);
    // Create the file ourselves first so that it never exists with wider permissions, even briefly.
    // SQLite gives its -wal and -shm files the permissions of the database file.
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return JournalMessages::tr("Cannot create %1: %2.").arg(path, file.errorString());
        file.close();
    }
    QFile::setPermissions(path, kOwnerOnly);

    if (!redactor)
        redactor = std::make_shared<Redactor>();
    const QString connection =
        QStringLiteral("puw-journal-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Journal> journal(new Journal(path, connection, std::move(redactor)));
    journal->m_lock = std::move(lock);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return JournalMessages::tr("Cannot open the journal %1: %2.").arg(path, db.lastError().text());
    QSqlQuery pragma(db);
    for (const char* statement : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                                  "PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"}) {
        if (!pragma.exec(QLatin1String(statement)))
            return JournalMessages::tr("Cannot prepare the journal %1: %2.")
                .arg(path, pragma.lastError().text());
    }
    const QString migrationError = JournalSchema::migrate(db);
    if (!migrationError.isEmpty())
        //: %1 the journal file, %2 why it cannot be used, a phrase such as "was written by a newer
        //: version..."
        return JournalMessages::tr("The journal %1 %2.").arg(path, migrationError);
    if (!journal->markRunningStepsInterrupted())
        return journal->lastError();
    return journal;
}

bool Journal::fail(const QString& what, const QString& reason) const
{
    //: %1 one of this context's actions ("read the steps", "record a command"...), %2 the journal file,
    //: %3 the database's own error
    m_lastError = JournalMessages::tr("Cannot %1 in the journal %2: %3.").arg(what, m_path, reason);
    return false;
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName);
}

int Journal::schemaVersion() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    return JournalSchema::versionOf(db);
}

bool Journal::markRunningStepsInterrupted()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT step FROM steps WHERE state = 'running' ORDER BY step")))
        return fail(JournalMessages::tr("read the steps"), query.lastError().text());
    while (query.next())
        m_interruptedOnOpen.append(static_cast<StepId>(query.value(0).toInt()));
    if (m_interruptedOnOpen.isEmpty())
        return true;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE steps SET state = 'interrupted', ended_at = ?,"
                                  " summary = ? WHERE state = 'running'"));
    update.addBindValue(JournalTime::now());
    update.addBindValue(JournalMessages::tr("The program stopped while this step was running."));
    if (!update.exec())
        return fail(JournalMessages::tr("mark interrupted steps"), update.lastError().text());
    return true;
}

qint64 Journal::createSession(const QString& planPath, const QByteArray& planJson, const QString& recipeId,
                              const QDateTime& createdAt)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO sessions (plan_path, plan_json, recipe, created_at) VALUES (?, ?, ?, ?)"));
    query.addBindValue(JournalText::toValue(planPath));
    query.addBindValue(planJson.isNull() ? QByteArray("") : m_redactor->redact(planJson));
    query.addBindValue(JournalText::toValue(recipeId));
    query.addBindValue(createdAt.isValid() ? JournalTime::toValue(createdAt) : QVariant(JournalTime::now()));
    if (!query.exec()) {
        fail(JournalMessages::tr("create a session"), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

namespace {
std::optional<SessionRecord> sessionFrom(QSqlQuery& query)
{
    if (!query.next())
        return std::nullopt;
    SessionRecord record;
    record.id = query.value(0).toLongLong();
    record.planPath = query.value(1).toString();
    record.planJson = query.value(2).toByteArray();
    record.recipeId = query.value(3).toString();
    record.createdAt = JournalTime::fromValue(query.value(4));
    record.finishedAt = JournalTime::fromValue(query.value(5));
    return record;
}

const QString kSessionColumns =
    QStringLiteral("SELECT id, plan_path, plan_json, recipe, created_at, finished_at FROM sessions ");
} // namespace

std::optional<SessionRecord> Journal::session(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(kSessionColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(id);
    query.exec();
    return sessionFrom(query);
}

std::optional<SessionRecord> Journal::latestUnfinishedSession() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.exec(kSessionColumns + QStringLiteral("WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1"));
    return sessionFrom(query);
}

std::optional<SessionRecord> Journal::latestSessionForPlan(const QString& planPath) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(kSessionColumns + QStringLiteral("WHERE plan_path = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(JournalText::toValue(planPath));
    query.exec();
    return sessionFrom(query);
}

bool Journal::finishSession(qint64 sessionId, const QDateTime& at)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QStringLiteral("UPDATE sessions SET finished_at = ? WHERE id = ?"));
    query.addBindValue(at.isValid() ? JournalTime::toValue(at) : QVariant(JournalTime::now()));
    query.addBindValue(sessionId);
    if (!query.exec())
        return fail(JournalMessages::tr("finish the session"), query.lastError().text());
    return true;
}

} // namespace puw
