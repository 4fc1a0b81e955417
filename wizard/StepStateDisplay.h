#pragma once

#include "journal/JournalRecords.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QWidget;

namespace puw {

// How a step's state looks everywhere in the wizard (side panel, step page, summary), so that the same
// state always has the same words, icon and colour. The colour is an extra: text and icon carry the meaning.
namespace StepStateDisplay {

// Every state has an icon; "pending" is a hollow circle.
QIcon icon(StepState state, const QWidget* styleSource);
// Invalid for "pending" (use the palette's text colour); lighter shades when the palette is dark.
QColor colour(StepState state, const QWidget* paletteSource);

// "2 min 05 s"; "< 1 s" for very short steps.
QString formatDuration(qint64 milliseconds);
// The duration when the step has one, "since 14:02" while running, otherwise empty.
QString durationText(const StepRecord& record);
// "Done, 2 min 05 s" or "Not started": what the side panel and screen readers say about a step.
QString stateAndDuration(const StepRecord& record);

} // namespace StepStateDisplay

} // namespace puw
