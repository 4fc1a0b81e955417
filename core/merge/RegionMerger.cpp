#include "RegionMerger.h"

#include "PairedChanges.h"
#include "SettingNames.h"

#include <algorithm>

namespace puw {

namespace {

// Inside a region both sides changed, one piece where old's and new's lines differ. A side whose piece is
// still the region's default is the side that left it alone; with an empty default, a piece only one
// side has was added by that side. Anything else is a conflict.
ChangeKind classifyPart(const MergeHunk& part)
{
    if (part.baseLines.isEmpty()) {
        if (part.newLines.isEmpty())
            return ChangeKind::CarriedFromOld;
        return part.oldLines.isEmpty() ? ChangeKind::AddedByNew : ChangeKind::Conflict;
    }
    if (sameContent(part.newLines, part.baseLines))
        return ChangeKind::CarriedFromOld;
    if (sameContent(part.oldLines, part.baseLines))
        return part.newLines.isEmpty() ? ChangeKind::RemovedByNew : ChangeKind::KeptFromNew;
    return ChangeKind::Conflict;
}

bool quiet(const QList<QByteArray>& lines)
{
    return std::all_of(lines.begin(), lines.end(), isCommentOrBlank);
}

void addNames(QSet<QString>& names, const QStringList& all, qsizetype from, qsizetype count)
{
    for (const QString& name : all.mid(from, count)) {
        if (!name.isEmpty())
            names.insert(name);
    }
}

// Feeds lines to the scanner; true when each gets the name it has in its own file.
bool feedKeeping(SettingScanner& scanner, const QList<QByteArray>& lines, const QStringList& names,
                 qsizetype at)
{
    bool kept = true;
    for (qsizetype i = 0; i < lines.size(); ++i)
        kept = scanner.feed(lines.at(i)).name == names.value(at + i) && kept;
    return kept;
}

} // namespace

RegionMerger::RegionMerger(MergeResult& result)
    : m_result(result), m_baseNames(settingNames(result.oldDefault.lines)),
      m_oldNames(settingNames(result.oldFile.lines)), m_newNames(settingNames(result.newFile.lines))
{
}

QSet<QString> RegionMerger::namesOf(const LineChange& change, bool oldSide) const
{
    QSet<QString> names;
    addNames(names, m_baseNames, change.aStart, change.aCount);
    addNames(names, oldSide ? m_oldNames : m_newNames, change.bStart, change.bCount);
    return names;
}

void RegionMerger::common(const QList<QByteArray>& lines)
{
    if (lines.isEmpty())
        return;
    if (!m_result.pieces.isEmpty() && m_result.pieces.last().hunk < 0)
        m_result.pieces.last().lines.append(lines);
    else
        m_result.pieces.append({lines, -1});
}

void RegionMerger::hunk(MergeHunk hunk)
{
    hunk.commentsOnly = quiet(hunk.oldLines) && quiet(hunk.newLines);
    m_result.hunks.append(std::move(hunk));
    m_result.pieces.append({{}, m_result.hunks.size() - 1});
}

void RegionMerger::add(const QList<Planned>& plan)
{
    for (const Planned& piece : plan) {
        if (piece.isHunk)
            hunk(piece.hunk);
        else
            common(piece.lines);
    }
}

QString RegionMerger::region(const ChangedRegion& region)
{
    const MergeResult& r = m_result;
    MergeHunk found;
    found.baseLines = r.oldDefault.lines.mid(region.baseAt, region.baseCount);
    found.oldLines = r.oldFile.lines.mid(region.oldAt, region.oldCount);
    found.newLines = r.newFile.lines.mid(region.newAt, region.newCount);
    found.baseLine = region.baseAt;
    found.oldLine = region.oldAt;
    found.newLine = region.newAt;
    if (region.oldChanged && region.newChanged) {
        if (sameContent(found.oldLines, found.newLines)) {
            common(found.newLines); // both made the same change
            return {};
        }
        const QList<Planned> both = found.baseLines.isEmpty() ? bothAdditions(found) : QList<Planned>();
        if (!both.isEmpty()) {
            add(both);
            return {};
        }
        return refine(found);
    }
    if (!region.newChanged)
        found.kind = ChangeKind::CarriedFromOld;
    else
        found.kind = found.baseLines.isEmpty()  ? ChangeKind::AddedByNew
                     : found.newLines.isEmpty() ? ChangeKind::RemovedByNew
                                                : ChangeKind::KeptFromNew;
    hunk(std::move(found));
    return {};
}

// Two additions at one place both go in when they name different settings and keep their names (their
// section, block or parent key), and so do the lines after them: old's first, else new's first.
QList<RegionMerger::Planned> RegionMerger::bothAdditions(const MergeHunk& hunk) const
{
    if (quiet(hunk.oldLines) && quiet(hunk.newLines))
        return {}; // comments on both sides: a comment conflict
    QSet<QString> oldNamed;
    addNames(oldNamed, m_oldNames, hunk.oldLine, hunk.oldLines.size());
    QSet<QString> newNamed;
    addNames(newNamed, m_newNames, hunk.newLine, hunk.newLines.size());
    if (oldNamed.intersects(newNamed))
        return {};
    MergeHunk carried = hunk;
    carried.kind = ChangeKind::CarriedFromOld;
    carried.newLines.clear();
    MergeHunk added = hunk;
    added.kind = ChangeKind::AddedByNew;
    added.oldLines.clear();
    const qsizetype newEnd = hunk.newLine + hunk.newLines.size();
    added.oldLine += hunk.oldLines.size();
    const QList<Planned> oldFirst = {{{}, true, carried}, {{}, true, added}};
    if (keepsNames(oldFirst, hunk.newLine, newEnd))
        return oldFirst;
    added.oldLine = hunk.oldLine;
    carried.newLine += hunk.newLines.size();
    const QList<Planned> newFirst = {{{}, true, added}, {{}, true, carried}};
    return keepsNames(newFirst, hunk.newLine, newEnd) ? newFirst : QList<Planned>();
}

// Both sides changed the region differently: the lines they agree on are written once, and each piece
// where they differ is classified against the region's default. When that would move a setting into
// another section or block, the whole region is one conflict instead.
QString RegionMerger::refine(const MergeHunk& region)
{
    const auto parts = diffLines(region.oldLines, region.newLines);
    if (!parts.ok())
        return parts.error();
    // Pieces of unequal length are paired like the file's own changes (PairedChanges.h); pieces of equal
    // length stay whole, so that two added blocks are not interleaved line by line.
    QList<LineChange> changes;
    for (const LineChange& change : parts.value()) {
        if (change.aCount == change.bCount)
            changes.append(change);
        else
            changes.append(pairedInPlace({change}, region.oldLines, m_oldNames.mid(region.oldLine),
                                         region.newLines, m_newNames.mid(region.newLine)));
    }
    QList<Planned> plan;
    qsizetype newAt = 0;
    for (const LineChange& change : changes) {
        if (change.bStart > newAt)
            plan.append({region.newLines.mid(newAt, change.bStart - newAt), false, {}});
        MergeHunk part;
        part.baseLines = region.baseLines;
        part.baseLine = region.baseLine;
        part.oldLines = region.oldLines.mid(change.aStart, change.aCount);
        part.oldLine = region.oldLine + change.aStart;
        part.newLines = region.newLines.mid(change.bStart, change.bCount);
        part.newLine = region.newLine + change.bStart;
        part.kind = classifyPart(part);
        newAt = change.bEnd();
        const QList<Planned> both = part.kind == ChangeKind::Conflict && part.baseLines.isEmpty()
                                        ? bothAdditions(part)
                                        : QList<Planned>();
        if (!both.isEmpty()) {
            plan.append(both);
            continue;
        }
        // What was shipped here, as far as the piece tells: the side that kept it.
        if (part.kind == ChangeKind::CarriedFromOld)
            part.baseLines = part.newLines;
        else if (part.kind != ChangeKind::Conflict)
            part.baseLines = part.oldLines;
        plan.append({{}, true, part});
    }
    if (newAt < region.newLines.size())
        plan.append({region.newLines.mid(newAt), false, {}});
    if (keepsNames(plan, region.newLine, region.newLine + region.newLines.size())) {
        add(plan);
    } else {
        MergeHunk whole = region;
        whole.kind = ChangeKind::Conflict;
        hunk(std::move(whole));
    }
    return {};
}

// True when every line the plan writes by default (and either side of each conflict) has the setting
// name it has in its own file, and the lines of new's file after the region [newAt, newEnd) keep theirs.
bool RegionMerger::keepsNames(const QList<Planned>& plan, qsizetype newAt, qsizetype newEnd) const
{
    const QList<QByteArray>& newLines = m_result.newFile.lines;
    SettingScanner merged;
    for (qsizetype at = 0; at < newAt; ++at)
        merged.feed(newLines.at(at));
    SettingScanner shipped = merged;
    for (qsizetype at = newAt; at < newEnd; ++at)
        shipped.feed(newLines.at(at));
    qsizetype newIndex = newAt; // where the plan's unchanged lines are in new's file
    for (const Planned& piece : plan) {
        if (!piece.isHunk) {
            if (!feedKeeping(merged, piece.lines, m_newNames, newIndex))
                return false;
            newIndex += piece.lines.size();
            continue;
        }
        const MergeHunk& hunk = piece.hunk;
        newIndex = hunk.newLine + hunk.newLines.size();
        switch (hunk.kind) {
        case ChangeKind::CarriedFromOld:
            if (!feedKeeping(merged, hunk.oldLines, m_oldNames, hunk.oldLine))
                return false;
            break;
        case ChangeKind::Conflict:
        case ChangeKind::Difference: {
            SettingScanner takingOld = merged;
            if (!feedKeeping(takingOld, hunk.oldLines, m_oldNames, hunk.oldLine))
                return false;
            [[fallthrough]];
        }
        case ChangeKind::KeptFromNew:
        case ChangeKind::AddedByNew:
        case ChangeKind::RemovedByNew:
            if (!feedKeeping(merged, hunk.newLines, m_newNames, hunk.newLine))
                return false;
            break;
        }
    }
    for (qsizetype at = newEnd; at < newLines.size() && !(merged == shipped); ++at) {
        if (merged.feed(newLines.at(at)).name != shipped.feed(newLines.at(at)).name)
            return false;
    }
    return true;
}

} // namespace puw
