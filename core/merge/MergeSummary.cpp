#include "MergeSummary.h"

#include "MergeText.h"
#include "SettingNames.h"

namespace puw {

namespace {

void addUnique(QStringList& list, const QStringList& names)
{
    for (const QString& name : names) {
        if (!list.contains(name))
            list.append(name);
    }
}

QStringList namesIn(const QStringList& fileNames, qsizetype from, qsizetype count)
{
    QStringList names;
    for (const QString& name : fileNames.mid(from, count)) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString joined(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

QString conflictSentence(const MergeSummary::Conflict& conflict)
{
    const QString what = conflict.settings.isEmpty()
                             //: A conflict that touches no setting, only comments or blank lines
                             ? Merge::tr("the comments at old's line %1").arg(conflict.oldLine + 1)
                             : joined(conflict.settings);
    switch (conflict.taken) {
    case Take::Old:
        return conflict.twoWay ? Merge::tr("Differed on %1: took old's").arg(what)
                               : Merge::tr("Conflict on %1: took old's").arg(what);
    case Take::Edited:
        return conflict.twoWay ? Merge::tr("Differed on %1: edited by hand").arg(what)
                               : Merge::tr("Conflict on %1: edited by hand").arg(what);
    case Take::New:
    case Take::Default:
        break;
    }
    return conflict.twoWay ? Merge::tr("Differed on %1: kept new's").arg(what)
                           : Merge::tr("Conflict on %1: kept new's").arg(what);
}

} // namespace

MergeSummary summarizeMerge(const MergeResult& result, const ResolvedFile& written)
{
    const QStringList oldNames = settingNames(result.oldFile.lines);
    const QStringList newNames = settingNames(result.newFile.lines);
    MergeSummary summary;
    for (qsizetype i = 0; i < result.hunks.size(); ++i) {
        const MergeHunk& hunk = result.hunks.at(i);
        const Take taken = written.taken.value(i, Take::New);
        QStringList settings = namesIn(oldNames, hunk.oldLine, hunk.oldLines.size());
        addUnique(settings, namesIn(newNames, hunk.newLine, hunk.newLines.size()));
        if (hunk.kind == ChangeKind::Conflict || hunk.kind == ChangeKind::Difference) {
            summary.conflicts.append(
                {settings, taken, hunk.kind == ChangeKind::Difference, hunk.oldLine, hunk.newLine});
            continue;
        }
        if (settings.isEmpty()) {
            ++summary.unnamedChanges;
            continue;
        }
        const bool old = taken == Take::Old;
        switch (taken == Take::Edited ? ChangeKind::Conflict : hunk.kind) {
        case ChangeKind::Conflict: // edited by hand
            addUnique(summary.edited, settings);
            break;
        case ChangeKind::CarriedFromOld:
        case ChangeKind::KeptFromNew:
            addUnique(old ? summary.carried : summary.kept, settings);
            break;
        case ChangeKind::AddedByNew:
            addUnique(old ? summary.leftOut : summary.added, settings);
            break;
        case ChangeKind::RemovedByNew:
            addUnique(old ? summary.carried : summary.leftOut, settings);
            break;
        case ChangeKind::Difference:
            break;
        }
    }
    return summary;
}

QStringList MergeSummary::describe() const
{
    QStringList sentences;
    if (!carried.isEmpty())
        sentences.append(Merge::tr("Carried from old: %1").arg(joined(carried)));
    if (!kept.isEmpty())
        sentences.append(Merge::tr("Kept as new has them: %1").arg(joined(kept)));
    if (!added.isEmpty())
        sentences.append(Merge::tr("Added by new: %1").arg(joined(added)));
    if (!leftOut.isEmpty())
        //: Settings not written: the new version removed them, or its addition was declined
        sentences.append(Merge::tr("Left out: %1").arg(joined(leftOut)));
    if (!edited.isEmpty())
        sentences.append(Merge::tr("Edited by hand: %1").arg(joined(edited)));
    for (const Conflict& conflict : conflicts)
        sentences.append(conflictSentence(conflict));
    if (unnamedChanges > 0)
        sentences.append(Merge::tr("%n change(s) to comments or blank lines", "", int(unnamedChanges)));
    return sentences;
}

} // namespace puw
