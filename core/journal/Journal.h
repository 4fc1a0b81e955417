#pragma once

#include "JournalRecords.h"
#include "util/Expected.h"
#include "util/Redactor.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

namespace puw {

// The record of every upgrade: one SQLite database (WAL) in the session folder, owner-only.
// Every write is a transaction; every text passes through the redactor first. A Journal belongs to the
// thread that opened it (Qt Sql connections are per thread); workers send their results to that thread.
// A second program on the same folder is refused (a lock file), so "running" found on open can only mean
// the previous program died: such steps become "interrupted".
class Journal {
public:
    static constexpr const char* kFileName = "journal.sqlite";

    // Opens (creating or migrating) the journal in sessionDir. The error names the file and the fix.
    static Expected<std::unique_ptr<Journal>, QString> open(const QString& sessionDir,
                                                            std::shared_ptr<Redactor> redactor = {});
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    QString databasePath() const { return m_path; }
    int schemaVersion() const;
    const QList<StepId>& stepsInterruptedOnOpen() const { return m_interruptedOnOpen; }
    Redactor& redactor() { return *m_redactor; }
    std::shared_ptr<Redactor> sharedRedactor() const { return m_redactor; }
    QString lastError() const { return m_lastError; }

    // Sessions
    // createdAt / at: when it happened, for a run journaled afterwards (an imported Ansible run); null: now.
    qint64 createSession(const QString& planPath, const QByteArray& planJson, const QString& recipeId,
                         const QDateTime& createdAt = {});
    std::optional<SessionRecord> session(qint64 id) const;
    std::optional<SessionRecord> latestUnfinishedSession() const;
    std::optional<SessionRecord> latestSessionForPlan(const QString& planPath) const;
    bool finishSession(qint64 sessionId, const QDateTime& at = {});

    // Steps. setStepState enforces isAllowedTransition and stamps start/end times (at, or now when at is
    // null: a run journaled afterwards gives the times it happened at); false + lastError() otherwise.
    QList<StepRecord> steps(qint64 sessionId) const;
    StepRecord step(qint64 sessionId, StepId id) const;
    bool setStepState(qint64 sessionId, StepId id, StepState state, const QString& summary = {},
                      const QDateTime& at = {});
    std::optional<StepId> firstUnsettledStep(qint64 sessionId) const;

    // What the steps did
    qint64 recordCommand(qint64 sessionId, const CommandRecord& command);
    QList<CommandRecord> commands(qint64 sessionId) const;
    qint64 recordCheck(qint64 sessionId, const CheckRecord& check);
    QList<CheckRecord> checks(qint64 sessionId) const;
    qint64 recordArtefact(qint64 sessionId, const ArtefactRecord& artefact);
    QList<ArtefactRecord> artefacts(qint64 sessionId) const;

    // Named values of a session: measured timings, versions, host key fingerprints, the downtime clock.
    bool setValue(qint64 sessionId, const QString& key, const QString& value);
    QString value(qint64 sessionId, const QString& key) const;
    QMap<QString, QString> values(qint64 sessionId) const;

    // Output stored per command is trimmed to this many characters (head and tail kept).
    static constexpr int kMaxStoredOutput = 64 * 1024;

private:
    Journal(QString path, QString connectionName, std::shared_ptr<Redactor> redactor);
    QSqlDatabase database() const;
    bool markRunningStepsInterrupted();
    bool fail(const QString& what, const QString& reason) const;

    QString m_path;
    QString m_connectionName;
    std::shared_ptr<Redactor> m_redactor;
    std::unique_ptr<QLockFile> m_lock;
    QList<StepId> m_interruptedOnOpen;
    mutable QString m_lastError;
};

} // namespace puw
