#pragma once

#include "journal/Downtime.h"
#include "journal/Journal.h"
#include "plan/UpgradePlan.h"

#include <QObject>

#include <memory>
#include <optional>

namespace puw {

// The model of one upgrade that the wizard pages (and the headless runner) observe: the plan, the
// journal and which session of the journal is the current one. It owns no widgets and does no work on
// hosts; it records what happens and tells observers. A session is created lazily, the first time a step
// state is written, unless one is resumed or started explicitly.
class SessionController : public QObject {
    Q_OBJECT
public:
    explicit SessionController(std::unique_ptr<Journal> journal, QObject* parent = nullptr);
    ~SessionController() override;

    Journal& journal() { return *m_journal; }
    const Journal& journal() const { return *m_journal; }

    // The plan. setPlan leaves the current session when it belongs to another plan file.
    bool hasPlan() const { return m_hasPlan; }
    const UpgradePlan& plan() const { return m_plan; }
    QString planPath() const { return m_planPath; }
    void setPlan(const UpgradePlan& plan, const QString& path);
    // Loads a plan file; on failure emits errorOccurred with the file, the field and the fix.
    bool loadPlan(const QString& path);

    // Sessions. 0 means "no session yet".
    qint64 sessionId() const { return m_sessionId; }
    bool hasSession() const { return m_sessionId != 0; }
    // The latest unfinished session of the current plan file, or of any plan when none is loaded.
    std::optional<SessionRecord> resumableSession() const;
    // Makes an existing session current. Without a loaded plan, the plan saved in the session is restored.
    bool resumeSession(qint64 sessionId);
    // Starts a fresh session for the current plan (start over); the previous one stays in the journal.
    bool startNewSession();
    // Marks the current session finished: it is no longer offered for resuming.
    bool finishSession();

    // Steps of the current session (all pending while there is none).
    QList<StepRecord> steps() const;
    StepRecord step(StepId id) const;
    // The first step neither done nor skipped, or nullopt when every step is settled.
    std::optional<StepId> firstStepNotDone() const;
    // Writes a state through the journal (which checks the transition); on refusal emits errorOccurred.
    bool setStepState(StepId id, StepState state, const QString& summary = {});
    // Deliberately skips a step that the catalogue allows to skip.
    bool skipStep(StepId id);
    // The downtime of the current session, predicted and measured (nothing known without a session).
    Downtime downtime() const;

signals:
    void planChanged();
    void sessionChanged();
    void stepChanged(puw::StepId step);
    // A sentence for the admin: what failed and, where known, what to do.
    void errorOccurred(const QString& message);

private:
    bool ensureSession();
    bool fail(const QString& message);

    std::unique_ptr<Journal> m_journal;
    UpgradePlan m_plan;
    QString m_planPath;
    bool m_hasPlan = false;
    qint64 m_sessionId = 0;
};

} // namespace puw
