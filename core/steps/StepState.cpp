#include "StepState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace puw {

namespace {
constexpr std::array<std::pair<StepState, const char*>, 7> kKeys{{
    {StepState::Pending, "pending"},
    {StepState::Running, "running"},
    {StepState::Done, "done"},
    {StepState::Failed, "failed"},
    {StepState::Skipped, "skipped"},
    {StepState::Cancelled, "cancelled"},
    {StepState::Interrupted, "interrupted"},
}};
} // namespace

QString stepStateKey(StepState state)
{
    for (const auto& [value, key] : kKeys) {
        if (value == state)
            return QLatin1String(key);
    }
    return QStringLiteral("pending");
}

std::optional<StepState> stepStateFromKey(const QString& key)
{
    for (const auto& [value, text] : kKeys) {
        if (key == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QCoreApplication::translate("puw::StepState", "Not started");
    case StepState::Running:
        return QCoreApplication::translate("puw::StepState", "Running");
    case StepState::Done:
        return QCoreApplication::translate("puw::StepState", "Done");
    case StepState::Failed:
        return QCoreApplication::translate("puw::StepState", "Failed");
    case StepState::Skipped:
        return QCoreApplication::translate("puw::StepState", "Skipped");
    case StepState::Cancelled:
        return QCoreApplication::translate("puw::StepState", "Cancelled");
    case StepState::Interrupted:
        return QCoreApplication::translate("puw::StepState", "Interrupted");
    }
    return {};
}

bool isSettled(StepState state)
{
    return state == StepState::Done || state == StepState::Skipped;
}

bool isAllowedTransition(StepState from, StepState to)
{
    switch (to) {
    case StepState::Running:
        // Any step that is not running may be (re)started: retry after failure, re-run after done.
        return from != StepState::Running;
    case StepState::Done:
    case StepState::Failed:
    case StepState::Cancelled:
    case StepState::Interrupted:
        return from == StepState::Running;
    case StepState::Skipped:
        // By the admin (a step not running and not done), or by the engine when the plan's procedure
        // leaves the step out (it ends the run it was started for).
        return from != StepState::Done;
    case StepState::Pending:
        // A reset after a rollback, or the end of a read-only look (step 2's Compare), which leaves the
        // step as it was before: still to be done.
        return true;
    }
    return false;
}

} // namespace puw
