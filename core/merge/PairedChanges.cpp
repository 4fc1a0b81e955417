#include "PairedChanges.h"

#include <algorithm>

namespace puw {

namespace {

// How alike two lines are: the same setting name, else the length of their common start.
qsizetype likeness(const QByteArray& a, const QString& aName, const QByteArray& b, const QString& bName)
{
    if (!aName.isEmpty() && aName == bName)
        return 1 << 20;
    const QByteArray x = lineContent(a);
    const QByteArray y = lineContent(b);
    qsizetype common = 0;
    while (common < x.size() && common < y.size() && x.at(common) == y.at(common))
        ++common;
    return common;
}

} // namespace

QList<LineChange> pairedInPlace(const QList<LineChange>& changes, const QList<QByteArray>& aLines,
                                const QStringList& aNames, const QList<QByteArray>& bLines,
                                const QStringList& bNames)
{
    QList<LineChange> split;
    for (const LineChange& change : changes) {
        if (change.aCount == 0 || change.bCount == 0) {
            split.append(change);
            continue;
        }
        const bool grows = change.bCount >= change.aCount;
        const qsizetype pairs = std::min(change.aCount, change.bCount);
        const qsizetype spare = std::max(change.aCount, change.bCount) - pairs;
        qsizetype best = 0;
        qsizetype bestScore = -1;
        for (qsizetype shift = 0; shift <= spare; ++shift) {
            qsizetype score = 0;
            for (qsizetype i = 0; i < pairs; ++i) {
                const qsizetype a = change.aStart + (grows ? 0 : shift) + i;
                const qsizetype b = change.bStart + (grows ? shift : 0) + i;
                score += likeness(aLines.at(a), aNames.at(a), bLines.at(b), bNames.at(b));
            }
            if (score > bestScore) {
                best = shift;
                bestScore = score;
            }
        }
        const qsizetype aFirst = change.aStart + (grows ? 0 : best);
        const qsizetype bFirst = change.bStart + (grows ? best : 0);
        if (best > 0)
            split.append({change.aStart, aFirst - change.aStart, change.bStart, bFirst - change.bStart});
        for (qsizetype i = 0; i < pairs; ++i)
            split.append({aFirst + i, 1, bFirst + i, 1});
        if (best < spare)
            split.append({aFirst + pairs, change.aEnd() - aFirst - pairs, bFirst + pairs,
                          change.bEnd() - bFirst - pairs});
    }
    return split;
}

} // namespace puw
