// Journal: the state of each step.
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

} // namespace

QList<StepRecord> Journal::steps(qint64 sessionId) const
{
    QList<StepRecord> records;
    for (const StepInfo& info : stepCatalogue()) {
        StepRecord record;
        record.step = info.id;
        records.append(record);
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT step, state, started_at, ended_at, attempts, summary FROM steps WHERE session_id = ?"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        fail(JournalMessages::tr("read the steps"), query.lastError().text());
        return records;
    }
    while (query.next()) {
        const auto id = stepFromNumber(query.value(0).toInt());
        if (!id)
            continue;
        StepRecord& record = records[stepNumber(*id) - 1];
        record.state = stepStateFromKey(query.value(1).toString()).value_or(StepState::Pending);
        record.startedAt = JournalTime::fromValue(query.value(2));
        record.endedAt = JournalTime::fromValue(query.value(3));
        record.attempts = query.value(4).toInt();
        record.summary = query.value(5).toString();
    }
    return records;
}

StepRecord Journal::step(qint64 sessionId, StepId id) const
{
    return steps(sessionId).at(stepNumber(id) - 1);
}

bool Journal::setStepState(qint64 sessionId, StepId id, StepState state, const QString& summary,
                           const QDateTime& at)
{
    const StepRecord current = step(sessionId, id);
    if (!isAllowedTransition(current.state, state)) {
        m_lastError = JournalMessages::tr("Step %1 cannot go from \"%2\" to \"%3\".")
                          .arg(stepNumber(id))
                          .arg(stepStateLabel(current.state), stepStateLabel(state));
        return false;
    }

    const QString stamp = at.isValid() ? JournalTime::toValue(at).toString() : JournalTime::now();
    QVariant startedAt = JournalTime::toValue(current.startedAt);
    QVariant endedAt = stamp;
    int attempts = current.attempts;
    switch (state) {
    case StepState::Running:
        startedAt = stamp;
        endedAt = QVariant();
        ++attempts;
        break;
    case StepState::Pending:
        startedAt = QVariant();
        endedAt = QVariant();
        break;
    case StepState::Skipped:
        if (startedAt.isNull())
            startedAt = stamp;
        break;
    default:
        break;
    }

    QSqlDatabase db = database();
    if (!db.transaction())
        return fail(JournalMessages::tr("update a step"), db.lastError().text());
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO steps (session_id, step, state, started_at, ended_at, attempts, summary)"
        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, step) DO UPDATE SET state = excluded.state,"
        " started_at = excluded.started_at, ended_at = excluded.ended_at, attempts = excluded.attempts,"
        " summary = excluded.summary"));
    query.addBindValue(sessionId);
    query.addBindValue(stepNumber(id));
    query.addBindValue(stepStateKey(state));
    query.addBindValue(startedAt);
    query.addBindValue(endedAt);
    query.addBindValue(attempts);
    query.addBindValue(JournalText::toValue(m_redactor->redact(summary)));
    if (!query.exec()) {
        const QString reason = query.lastError().text();
        db.rollback();
        return fail(JournalMessages::tr("update a step"), reason);
    }
    if (!db.commit())
        return fail(JournalMessages::tr("update a step"), db.lastError().text());
    return true;
}

std::optional<StepId> Journal::firstUnsettledStep(qint64 sessionId) const
{
    for (const StepRecord& record : steps(sessionId)) {
        if (!isSettled(record.state))
            return record.step;
    }
    return std::nullopt;
}

} // namespace puw
