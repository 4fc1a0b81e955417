#include "RegionMerger.h"

#include "SettingNames.h"

#include <algorithm>

namespace puw {

namespace {

// True when `part` appears as consecutive lines of `lines` (compared without endings).
bool occursIn(const QList<QByteArray>& part, const QList<QByteArray>& lines)
{
    for (qsizetype at = 0; at + part.size() <= lines.size(); ++at) {
        if (sameContent(part, lines.mid(at, part.size())))
            return true;
    }
    return false;
}

// Inside a conflicting region, one piece where old's and new's lines differ: the side whose lines are
// still old's default's is the side that did not change them.
ChangeKind classifyPart(const MergeHunk& part)
{
    const bool oldShipped = !part.oldLines.isEmpty() && occursIn(part.oldLines, part.baseLines);
    const bool newShipped = !part.newLines.isEmpty() && occursIn(part.newLines, part.baseLines);
    if (part.oldLines.isEmpty())
        return newShipped ? ChangeKind::CarriedFromOld : ChangeKind::AddedByNew;
    if (part.newLines.isEmpty())
        return oldShipped ? ChangeKind::RemovedByNew : ChangeKind::CarriedFromOld;
    if (newShipped && !oldShipped)
        return ChangeKind::CarriedFromOld;
    if (oldShipped && !newShipped)
        return ChangeKind::KeptFromNew;
    return ChangeKind::Conflict;
}

void addNames(QSet<QString>& names, const QStringList& all, qsizetype from, qsizetype count)
{
    for (const QString& name : all.mid(from, count)) {
        if (!name.isEmpty())
            names.insert(name);
    }
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
    const auto quiet = [](const QList<QByteArray>& lines) {
        return std::all_of(lines.begin(), lines.end(), isCommentOrBlank);
    };
    hunk.commentsOnly = quiet(hunk.oldLines) && quiet(hunk.newLines);
    m_result.hunks.append(std::move(hunk));
    m_result.pieces.append({{}, m_result.hunks.size() - 1});
}

QString RegionMerger::region(const ChangedRegion& region)
{
    const MergeResult& r = m_result;
    MergeHunk hunk;
    hunk.baseLines = r.oldDefault.lines.mid(region.baseAt, region.baseCount);
    hunk.oldLines = r.oldFile.lines.mid(region.oldAt, region.oldCount);
    hunk.newLines = r.newFile.lines.mid(region.newAt, region.newCount);
    hunk.baseLine = region.baseAt;
    hunk.oldLine = region.oldAt;
    hunk.newLine = region.newAt;
    if (!region.newChanged) {
        hunk.kind = ChangeKind::CarriedFromOld;
    } else if (!region.oldChanged) {
        hunk.kind = hunk.baseLines.isEmpty()  ? ChangeKind::AddedByNew
                    : hunk.newLines.isEmpty() ? ChangeKind::RemovedByNew
                                              : ChangeKind::KeptFromNew;
    } else if (sameContent(hunk.oldLines, hunk.newLines)) {
        common(hunk.newLines); // both made the same change
        return {};
    } else if (hunk.baseLines.isEmpty() && addBothAdditions(hunk)) {
        return {};
    } else {
        return refine(hunk);
    }
    this->hunk(std::move(hunk));
    return {};
}

bool RegionMerger::addBothAdditions(const MergeHunk& hunk)
{
    for (const bool oldFirst : {true, false}) {
        if (!additionsKeepNames(hunk, oldFirst))
            continue;
        MergeHunk carried = hunk;
        carried.kind = ChangeKind::CarriedFromOld;
        carried.newLines.clear();
        MergeHunk added = hunk;
        added.kind = ChangeKind::AddedByNew;
        added.oldLines.clear();
        if (oldFirst) {
            added.oldLine += hunk.oldLines.size();
            this->hunk(std::move(carried));
            this->hunk(std::move(added));
        } else {
            carried.newLine += hunk.newLines.size();
            this->hunk(std::move(added));
            this->hunk(std::move(carried));
        }
        return true;
    }
    return false;
}

// Two additions at one place may both go in when they name different settings, each of their settings
// keeps its name (its section, block or parent key), and the lines after them keep theirs.
bool RegionMerger::additionsKeepNames(const MergeHunk& hunk, bool oldFirst) const
{
    const QStringList oldNames = m_oldNames.mid(hunk.oldLine, hunk.oldLines.size());
    const QStringList newNames = m_newNames.mid(hunk.newLine, hunk.newLines.size());
    QSet<QString> named;
    addNames(named, oldNames, 0, oldNames.size());
    for (const QString& name : newNames) {
        if (!name.isEmpty() && named.contains(name))
            return false;
    }
    const QList<QByteArray>& newLines = m_result.newFile.lines;
    SettingScanner merged;
    for (qsizetype at = 0; at < hunk.newLine; ++at)
        merged.feed(newLines.at(at));
    SettingScanner shipped = merged;
    for (const QByteArray& line : hunk.newLines)
        shipped.feed(line);
    const auto feedAll = [&merged](const QList<QByteArray>& lines, const QStringList& names) {
        for (qsizetype at = 0; at < lines.size(); ++at) {
            if (merged.feed(lines.at(at)).name != names.at(at))
                return false;
        }
        return true;
    };
    const bool fits = oldFirst ? feedAll(hunk.oldLines, oldNames) && feedAll(hunk.newLines, newNames)
                               : feedAll(hunk.newLines, newNames) && feedAll(hunk.oldLines, oldNames);
    const bool linesFollow = hunk.newLine + hunk.newLines.size() < newLines.size();
    return fits && (!linesFollow || merged == shipped);
}

// Both sides changed the region differently: the lines they agree on are written once, and each piece
// where they differ is classified against old's default of the region (a conflict when it cannot tell).
QString RegionMerger::refine(const MergeHunk& hunk)
{
    const auto parts = diffLines(hunk.oldLines, hunk.newLines);
    if (!parts.ok())
        return parts.error();
    qsizetype newAt = 0;
    for (const LineChange& change : parts.value()) {
        common(hunk.newLines.mid(newAt, change.bStart - newAt));
        MergeHunk part;
        part.baseLines = hunk.baseLines;
        part.baseLine = hunk.baseLine;
        part.oldLines = hunk.oldLines.mid(change.aStart, change.aCount);
        part.oldLine = hunk.oldLine + change.aStart;
        part.newLines = hunk.newLines.mid(change.bStart, change.bCount);
        part.newLine = hunk.newLine + change.bStart;
        part.kind = classifyPart(part);
        // What was shipped here, as far as the piece tells: the side that kept it.
        if (part.kind == ChangeKind::CarriedFromOld)
            part.baseLines = part.newLines;
        else if (part.kind != ChangeKind::Conflict)
            part.baseLines = part.oldLines;
        this->hunk(std::move(part));
        newAt = change.bEnd();
    }
    common(hunk.newLines.mid(newAt));
    return {};
}

} // namespace puw
