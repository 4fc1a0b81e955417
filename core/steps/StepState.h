#pragma once

#include <QString>

#include <optional>

namespace puw {

// What the journal knows about one step. "Interrupted" is what a step left "running" becomes
// when the program was killed or the machine went to sleep for good.
enum class StepState { Pending, Running, Done, Failed, Skipped, Cancelled, Interrupted };

QString stepStateKey(StepState state);
std::optional<StepState> stepStateFromKey(const QString& key);
QString stepStateLabel(StepState state); // translated

// Done or deliberately skipped: the wizard may move past the step.
bool isSettled(StepState state);

// A transition the journal accepts; anything else is a programming error reported to the caller.
bool isAllowedTransition(StepState from, StepState to);

} // namespace puw
