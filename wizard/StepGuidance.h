#pragma once

#include "steps/StepCatalogue.h"

#include <QStringList>

namespace puw {

// What a step page tells an administrator who has never done a parallel upgrade before: why the step
// exists (the catalogue says what it does) and the tips that save trouble at that step. Translated.
struct StepGuidance {
    QString why;
    QStringList tips;
};

StepGuidance stepGuidance(StepId step);

} // namespace puw
