#pragma once

#include "LineDiff.h"

#include <QStringList>

namespace puw {

// xdiff reports a run of changed lines as one change; an admin mostly edits values in place and adds
// lines around them. So a change of a lines into b is split: the shorter side's lines are paired one by
// one with the most alike window of the longer side's (the same setting name, else the longest common
// start), each pair a one-line change, and the longer side's other lines an insertion (or removal)
// before and after. A setting edited in place next to one the other side changed is then carried, not
// a conflict. `aNames` and `bNames` are settingNames() of the two files.
QList<LineChange> pairedInPlace(const QList<LineChange>& changes, const QList<QByteArray>& aLines,
                                const QStringList& aNames, const QList<QByteArray>& bLines,
                                const QStringList& bNames);

} // namespace puw
