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

    // The setting names of each line of old's default, old's file and new's file (SettingNames.h).
    const QStringList& baseNames() const { return m_baseNames; }
    const QStringList& oldNames() const { return m_oldNames; }
    const QStringList& newNames() const { return m_newNames; }

    // The names of the settings a change touches (old's default's lines and the changed side's).
    QSet<QString> namesOf(const LineChange& change, bool oldSide) const;

    void common(const QList<QByteArray>& lines);
    void hunk(MergeHunk hunk); // marks comment-only hunks
    // The error when libgit2 fails, else empty.
    QString region(const ChangedRegion& region);

private:
    // A region's outcome before it goes into the result: unchanged lines or a hunk.
    struct Planned {
        QList<QByteArray> lines;
        bool isHunk = false;
        MergeHunk hunk;
    };

    QList<Planned> bothAdditions(const MergeHunk& hunk) const;
    QString refine(const MergeHunk& region);
    bool keepsNames(const QList<Planned>& plan, qsizetype newAt, qsizetype newEnd) const;
    void add(const QList<Planned>& plan);

    MergeResult& m_result;
    QStringList m_baseNames;
    QStringList m_oldNames;
    QStringList m_newNames;
};

} // namespace puw
