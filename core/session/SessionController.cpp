#include "SessionController.h"

#include "plan/RecipeCatalogue.h"
#include "util/AppPaths.h"

namespace puw {

SessionController::SessionController(std::unique_ptr<Journal> journal, QObject* parent)
    : QObject(parent), m_journal(std::move(journal))
{
    Q_ASSERT(m_journal);
}

SessionController::~SessionController() = default;

void SessionController::setPlan(const UpgradePlan& plan, const QString& path)
{
    m_plan = plan;
    m_planPath = path;
    m_hasPlan = true;
    // A session records the upgrade of one plan; another plan file means another session.
    if (hasSession()) {
        const auto current = m_journal->session(m_sessionId);
        if (!current || current->planPath != path) {
            m_sessionId = 0;
            emit sessionChanged();
        }
    }
    emit planChanged();
}

bool SessionController::loadPlan(const QString& path)
{
    auto loaded = UpgradePlan::load(path, RecipeCatalogue::availableIds(AppPaths::userRecipeDir()));
    if (!loaded)
        return fail(loaded.error().message());
    setPlan(loaded.value(), path);
    return true;
}

std::optional<SessionRecord> SessionController::resumableSession() const
{
    if (!m_hasPlan)
        return m_journal->latestUnfinishedSession();
    auto latest = m_journal->latestSessionForPlan(m_planPath);
    if (latest && latest->isFinished())
        return std::nullopt;
    return latest;
}

bool SessionController::resumeSession(qint64 sessionId)
{
    const auto record = m_journal->session(sessionId);
    if (!record)
        return fail(tr("Session %1 is not in the journal %2.").arg(sessionId).arg(m_journal->databasePath()));
    if (!m_hasPlan && !record->planJson.isEmpty()) {
        auto restored = UpgradePlan::fromJson(record->planJson, record->planPath,
                                              RecipeCatalogue::availableIds(AppPaths::userRecipeDir()));
        if (restored) {
            m_plan = restored.value();
            m_planPath = record->planPath;
            m_hasPlan = true;
            emit planChanged();
        } else {
            // The step states are still worth resuming; the admin can load the plan file again.
            emit errorOccurred(tr("The plan saved with session %1 could not be read: %2")
                                   .arg(sessionId)
                                   .arg(restored.error().message()));
        }
    }
    m_sessionId = sessionId;
    emit sessionChanged();
    return true;
}

bool SessionController::startNewSession()
{
    const QByteArray planJson = m_hasPlan ? m_plan.toJson() : QByteArray();
    const qint64 id = m_journal->createSession(m_planPath, planJson, m_plan.recipeId);
    if (id <= 0)
        return fail(tr("Could not start a new session: %1").arg(m_journal->lastError()));
    m_sessionId = id;
    emit sessionChanged();
    return true;
}

bool SessionController::finishSession()
{
    if (!hasSession())
        return true;
    if (!m_journal->finishSession(m_sessionId))
        return fail(tr("Could not mark the session finished: %1").arg(m_journal->lastError()));
    emit sessionChanged();
    return true;
}

QList<StepRecord> SessionController::steps() const
{
    QList<StepRecord> records;
    for (const StepInfo& info : stepCatalogue())
        records.append(step(info.id));
    return records;
}

StepRecord SessionController::step(StepId id) const
{
    if (!hasSession()) {
        StepRecord pending;
        pending.step = id;
        return pending;
    }
    return m_journal->step(m_sessionId, id);
}

std::optional<StepId> SessionController::firstStepNotDone() const
{
    for (const StepInfo& info : stepCatalogue()) {
        if (!isSettled(step(info.id).state))
            return info.id;
    }
    return std::nullopt;
}

bool SessionController::setStepState(StepId id, StepState state, const QString& summary)
{
    if (!ensureSession())
        return false;
    if (!m_journal->setStepState(m_sessionId, id, state, summary)) {
        return fail(tr("Step %1 \"%2\" could not become \"%3\": %4")
                        .arg(stepNumber(id))
                        .arg(stepTitle(id), stepStateLabel(state), m_journal->lastError()));
    }
    emit stepChanged(id);
    return true;
}

bool SessionController::skipStep(StepId id)
{
    if (!stepInfo(id).skippable)
        return fail(tr("Step %1 \"%2\" cannot be skipped: the later steps depend on it.")
                        .arg(stepNumber(id))
                        .arg(stepTitle(id)));
    // The journal lets a running step end as skipped (the engine's answer for a step the plan's procedure
    // leaves out); the administrator may not skip one that runs.
    if (step(id).state == StepState::Running)
        return fail(tr("Step %1 \"%2\" is running: cancel it first, then skip it.")
                        .arg(stepNumber(id))
                        .arg(stepTitle(id)));
    return setStepState(id, StepState::Skipped, tr("Skipped by the administrator"));
}

Downtime SessionController::downtime() const
{
    const QMap<QString, QString> values =
        hasSession() ? m_journal->values(m_sessionId) : QMap<QString, QString>();
    return Downtime::read(values, step(StepId::StopBoth), step(StepId::RouteTraffic));
}

bool SessionController::ensureSession()
{
    return hasSession() || startNewSession();
}

bool SessionController::fail(const QString& message)
{
    emit errorOccurred(message);
    return false;
}

} // namespace puw
