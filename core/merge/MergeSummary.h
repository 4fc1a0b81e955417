#pragma once

#include "MergeResolution.h"
#include "ThreeWayMerge.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace puw {

// What step 2 did to one file, for the journal and the report: which settings were carried from old,
// which stayed as new has them, which conflicted and how each was resolved.
//
// Guarantee: it holds setting names (see SettingNames.h) and line numbers, never a line's content or a
// value, so nothing secret reaches the journal or the report through it. A change to lines that name no
// setting (comments, blank lines) is counted, not quoted.
struct MergeSummary {
    struct Conflict {
        QStringList settings; // may be empty: a conflict about comments
        Take taken = Take::New;
        bool twoWay = false;   // a difference found without a default
        qsizetype oldLine = 0; // first line in old's file, from 0
        qsizetype newLine = 0; // first line in new's file
    };

    QStringList carried; // written as old's file has them
    QStringList kept;    // written as new's file has them where old's differs
    QStringList added;   // version 2's new settings, written
    QStringList leftOut; // not written: version 2 removed them, or someone declined version 2's addition
    QStringList edited;  // written as someone typed them (conflicts aside)
    QList<Conflict> conflicts;
    qsizetype unnamedChanges = 0; // changes to comments, blank lines or lines of no known form

    // One sentence per kind of outcome, each listing its settings, for people.
    QStringList describe() const;
};

MergeSummary summarizeMerge(const MergeResult& result, const ResolvedFile& written);

} // namespace puw
