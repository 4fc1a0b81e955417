// Journal: what the steps did (commands, checks, artefacts) and named values of a session.
#include "Journal.h"
#include "JournalTime.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace puw {

namespace {
class JournalMessages {
    Q_DECLARE_TR_FUNCTIONS(puw::Journal)
};

// Keeps the head and the tail: the start says what ran, the end usually says why it failed.
QString trimOutput(const QString& output)
{
    if (output.size() <= Journal::kMaxStoredOutput)
        return output;
    const int half = Journal::kMaxStoredOutput / 2;
    const qsizetype omitted = output.size() - 2 * half;
    return output.left(half) + JournalMessages::tr("\n… %1 characters omitted …\n").arg(omitted) +
           output.right(half);
}

StepId stepAt(const QVariant& value)
{
    return stepFromNumber(value.toInt()).value_or(StepId::InstallNew);
}
} // namespace

qint64 Journal::recordCommand(qint64 sessionId, const CommandRecord& command)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO commands (session_id, step, host, command, exit_code, started_at,"
                       " ended_at, output) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(stepNumber(command.step));
    query.addBindValue(JournalText::toValue(command.host));
    query.addBindValue(JournalText::toValue(m_redactor->redact(command.command)));
    query.addBindValue(command.exitCode);
    query.addBindValue(JournalTime::toValue(command.startedAt));
    query.addBindValue(JournalTime::toValue(command.endedAt));
    // Redact before trimming, so that a secret cut in two by the trim cannot survive.
    query.addBindValue(JournalText::toValue(trimOutput(m_redactor->redact(command.output))));
    if (!query.exec()) {
        fail(JournalMessages::tr("record a command"), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<CommandRecord> Journal::commands(qint64 sessionId) const
{
    QList<CommandRecord> records;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, step, host, command, exit_code, started_at, ended_at, output"
                                 " FROM commands WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sessionId);
    if (!query.exec())
        fail(JournalMessages::tr("read the commands"), query.lastError().text());
    while (query.next()) {
        CommandRecord record;
        record.id = query.value(0).toLongLong();
        record.step = stepAt(query.value(1));
        record.host = query.value(2).toString();
        record.command = query.value(3).toString();
        record.exitCode = query.value(4).toInt();
        record.startedAt = JournalTime::fromValue(query.value(5));
        record.endedAt = JournalTime::fromValue(query.value(6));
        record.output = query.value(7).toString();
        records.append(record);
    }
    return records;
}

qint64 Journal::recordCheck(qint64 sessionId, const CheckRecord& check)
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("INSERT INTO checks (session_id, step, name, kind, passed, detail, checked_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(stepNumber(check.step));
    query.addBindValue(JournalText::toValue(m_redactor->redact(check.name)));
    query.addBindValue(JournalText::toValue(check.kind));
    query.addBindValue(check.passed ? 1 : 0);
    query.addBindValue(JournalText::toValue(trimOutput(m_redactor->redact(check.detail))));
    query.addBindValue(check.checkedAt.isValid() ? JournalTime::toValue(check.checkedAt)
                                                 : QVariant(JournalTime::now()));
    if (!query.exec()) {
        fail(JournalMessages::tr("record a check"), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<CheckRecord> Journal::checks(qint64 sessionId) const
{
    QList<CheckRecord> records;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, step, name, kind, passed, detail, checked_at FROM checks"
                                 " WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sessionId);
    if (!query.exec())
        fail(JournalMessages::tr("read the checks"), query.lastError().text());
    while (query.next()) {
        CheckRecord record;
        record.id = query.value(0).toLongLong();
        record.step = stepAt(query.value(1));
        record.name = query.value(2).toString();
        record.kind = query.value(3).toString();
        record.passed = query.value(4).toInt() != 0;
        record.detail = query.value(5).toString();
        record.checkedAt = JournalTime::fromValue(query.value(6));
        records.append(record);
    }
    return records;
}

qint64 Journal::recordArtefact(qint64 sessionId, const ArtefactRecord& artefact)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO artefacts (session_id, step, kind, path, size_bytes, sha256,"
                                 " complete, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sessionId);
    query.addBindValue(stepNumber(artefact.step));
    query.addBindValue(JournalText::toValue(artefact.kind));
    query.addBindValue(JournalText::toValue(m_redactor->redact(artefact.path)));
    query.addBindValue(artefact.sizeBytes);
    query.addBindValue(JournalText::toValue(artefact.sha256));
    query.addBindValue(artefact.complete ? 1 : 0);
    query.addBindValue(artefact.createdAt.isValid() ? JournalTime::toValue(artefact.createdAt)
                                                    : QVariant(JournalTime::now()));
    if (!query.exec()) {
        fail(JournalMessages::tr("record a backup or file"), query.lastError().text());
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

QList<ArtefactRecord> Journal::artefacts(qint64 sessionId) const
{
    QList<ArtefactRecord> records;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT id, step, kind, path, size_bytes, sha256, complete, created_at"
                                 " FROM artefacts WHERE session_id = ? ORDER BY id"));
    query.addBindValue(sessionId);
    if (!query.exec())
        fail(JournalMessages::tr("read the backups and files"), query.lastError().text());
    while (query.next()) {
        ArtefactRecord record;
        record.id = query.value(0).toLongLong();
        record.step = stepAt(query.value(1));
        record.kind = query.value(2).toString();
        record.path = query.value(3).toString();
        record.sizeBytes = query.value(4).toLongLong();
        record.sha256 = query.value(5).toString();
        record.complete = query.value(6).toInt() != 0;
        record.createdAt = JournalTime::fromValue(query.value(7));
        records.append(record);
    }
    return records;
}

bool Journal::setValue(qint64 sessionId, const QString& key, const QString& value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO session_values (session_id, key, value) VALUES (?, ?, ?)"
                                 " ON CONFLICT (session_id, key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(sessionId);
    query.addBindValue(JournalText::toValue(key));
    query.addBindValue(JournalText::toValue(m_redactor->redact(value)));
    if (!query.exec())
        return fail(JournalMessages::tr("record a value"), query.lastError().text());
    return true;
}

QString Journal::value(qint64 sessionId, const QString& key) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM session_values WHERE session_id = ? AND key = ?"));
    query.addBindValue(sessionId);
    query.addBindValue(JournalText::toValue(key));
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace puw

namespace puw {

QMap<QString, QString> Journal::values(qint64 sessionId) const
{
    QMap<QString, QString> result;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT key, value FROM session_values WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec())
        fail(JournalMessages::tr("read the session's values"), query.lastError().text());
    while (query.next())
        result.insert(query.value(0).toString(), query.value(1).toString());
    return result;
}

} // namespace puw
