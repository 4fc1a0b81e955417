#pragma once

#include "ThreeWayMerge.h"

#include <QSet>
#include <QStringList>

namespace puw {

// A stretch of old's default that old's file, new's default or both changed, with each side's lines.
struct ChangedRegion {
    qsizetype baseAt = 0;
    qsizetype baseCount = 0;
    qsizetype oldAt = 0;
    qsizetype oldCount = 0;
    qsizetype newAt = 0;
    qsizetype newCount = 0;
    bool oldChanged = false;
    bool newChanged = false;
};

// Builds a MergeResult piece by piece for mergeThreeWay: unchanged lines, then each changed region
// classified (see ThreeWayMerge.h for the rules). Internal to the merge module.
class RegionMerger {
public:
    explicit RegionMerger(MergeResult& result);

    // The names of the settings a change touches (old's default's lines and the changed side's).
    QSet<QString> namesOf(const LineChange& change, bool oldSide) const;

    void common(const QList<QByteArray>& lines);
    void hunk(MergeHunk hunk); // marks comment-only hunks
    // The error when libgit2 fails, else empty.
    QString region(const ChangedRegion& region);

private:
    bool addBothAdditions(const MergeHunk& hunk);
    bool additionsKeepNames(const MergeHunk& hunk, bool oldFirst) const;
    QString refine(const MergeHunk& hunk);

    MergeResult& m_result;
    QStringList m_baseNames;
    QStringList m_oldNames;
    QStringList m_newNames;
};

} // namespace puw
