#include "ThreeWayMerge.h"

#include "LibGit2.h"
#include "PairedChanges.h"
#include "RegionMerger.h"

namespace puw {

namespace {

QByteArray writtenEnding(const MergeResult& result)
{
    for (const FileLines* file : {&result.oldFile, &result.newFile, &result.oldDefault}) {
        if (!file->eol.isEmpty())
            return file->eol;
    }
    return QByteArrayLiteral("\n");
}

} // namespace

bool MergeHunk::needsDecision() const
{
    return (kind == ChangeKind::Conflict || kind == ChangeKind::Difference) && !commentsOnly;
}

QList<qsizetype> MergeResult::decisionsNeeded() const
{
    QList<qsizetype> open;
    for (qsizetype i = 0; i < hunks.size(); ++i) {
        if (hunks.at(i).needsDecision())
            open.append(i);
    }
    return open;
}

Expected<MergeResult, QString> mergeThreeWay(const QByteArray& oldDefault, const QByteArray& oldFile,
                                             const QByteArray& newDefault)
{
    const LibGit2Guard git; // one set-up for every diff below
    MergeResult result;
    result.threeWay = true;
    result.oldDefault = FileLines::split(oldDefault);
    result.oldFile = FileLines::split(oldFile);
    result.newFile = FileLines::split(newDefault);
    result.eol = writtenEnding(result);
    const auto byOld = diffLines(result.oldDefault.lines, result.oldFile.lines);
    if (!byOld.ok())
        return byOld.error();
    const auto byNew = diffLines(result.oldDefault.lines, result.newFile.lines);
    if (!byNew.ok())
        return byNew.error();
    RegionMerger merger(result);
    const QList<QByteArray>& base = result.oldDefault.lines;
    const QList<LineChange> a =
        pairedInPlace(byOld.value(), base, merger.baseNames(), result.oldFile.lines, merger.oldNames());
    const QList<LineChange> b =
        pairedInPlace(byNew.value(), base, merger.baseNames(), result.newFile.lines, merger.newNames());
    qsizetype i = 0;
    qsizetype j = 0;
    qsizetype baseAt = 0;
    qsizetype oldAt = 0;
    qsizetype newAt = 0;
    while (i < a.size() || j < b.size()) {
        // The next region starts at the first change; an insertion comes before a change at its line.
        const bool oldFirst =
            j == b.size() || (i < a.size() && (a.at(i).aStart < b.at(j).aStart ||
                                               (a.at(i).aStart == b.at(j).aStart && a.at(i).aCount == 0)));
        const qsizetype lo = oldFirst ? a.at(i).aStart : b.at(j).aStart;
        qsizetype hi = lo;
        ChangedRegion region;
        QSet<QString> names;
        // A change joins the region when it overlaps it, is an insertion at the same place as the
        // region's own, or touches it and names one of its settings.
        const auto joins = [&](const LineChange& change, bool oldSide) {
            if (change.aStart < hi || (change.aCount == 0 && change.aStart == lo && hi == lo))
                return true;
            return change.aStart == hi && names.intersects(merger.namesOf(change, oldSide));
        };
        const auto take = [&](const LineChange& change, bool oldSide) {
            names.unite(merger.namesOf(change, oldSide));
            hi = std::max(hi, change.aEnd());
            (oldSide ? region.oldCount : region.newCount) += change.bCount - change.aCount;
            (oldSide ? region.oldChanged : region.newChanged) = true;
            ++(oldSide ? i : j);
        };
        take(oldFirst ? a.at(i) : b.at(j), oldFirst);
        for (bool grew = true; grew;) {
            grew = false;
            if (i < a.size() && joins(a.at(i), true)) {
                take(a.at(i), true);
                grew = true;
            }
            if (j < b.size() && joins(b.at(j), false)) {
                take(b.at(j), false);
                grew = true;
            }
        }
        const QList<QByteArray> unchanged = result.newFile.lines.mid(newAt, lo - baseAt);
        merger.common(unchanged);
        oldAt += lo - baseAt;
        newAt += lo - baseAt;
        region.baseAt = lo;
        region.baseCount = hi - lo;
        region.oldAt = oldAt;
        region.oldCount += hi - lo;
        region.newAt = newAt;
        region.newCount += hi - lo;
        const QString failed = merger.region(region);
        if (!failed.isEmpty())
            return failed;
        baseAt = hi;
        oldAt += region.oldCount;
        newAt += region.newCount;
    }
    merger.common(result.newFile.lines.mid(newAt));
    return result;
}

Expected<MergeResult, QString> compareTwoWay(const QByteArray& oldFile, const QByteArray& newFile)
{
    const LibGit2Guard git;
    MergeResult result;
    result.threeWay = false;
    result.oldFile = FileLines::split(oldFile);
    result.newFile = FileLines::split(newFile);
    result.eol = writtenEnding(result);
    const auto found = diffLines(result.oldFile.lines, result.newFile.lines);
    if (!found.ok())
        return found.error();
    RegionMerger merger(result);
    const QList<LineChange> changes = pairedInPlace(found.value(), result.oldFile.lines, merger.oldNames(),
                                                    result.newFile.lines, merger.newNames());
    qsizetype newAt = 0;
    for (const LineChange& change : changes) {
        merger.common(result.newFile.lines.mid(newAt, change.bStart - newAt));
        MergeHunk hunk;
        hunk.kind = ChangeKind::Difference;
        hunk.oldLines = result.oldFile.lines.mid(change.aStart, change.aCount);
        hunk.newLines = result.newFile.lines.mid(change.bStart, change.bCount);
        hunk.oldLine = change.aStart;
        hunk.newLine = change.bStart;
        merger.hunk(std::move(hunk));
        newAt = change.bEnd();
    }
    merger.common(result.newFile.lines.mid(newAt));
    return result;
}

} // namespace puw
