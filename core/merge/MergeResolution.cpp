#include "MergeResolution.h"

#include "MergeText.h"
#include "SettingNames.h"

namespace puw {

namespace {

QList<QByteArray> withFileEnding(const QList<QByteArray>& lines, const QByteArray& fileEol,
                                 const QByteArray& eol)
{
    if (fileEol.isEmpty() || fileEol == eol)
        return lines; // the file's own bytes, mixed endings and all
    QList<QByteArray> converted;
    converted.reserve(lines.size());
    for (const QByteArray& line : lines)
        converted.append(withEnding(line, eol));
    return converted;
}

QList<QByteArray> typedLines(const QByteArray& typed, const QByteArray& eol)
{
    QByteArray text = typed;
    text.replace("\r\n", "\n");
    if (eol != "\n")
        text.replace("\n", eol);
    return FileLines::split(text).lines;
}

QString lineRange(qsizetype first, qsizetype count)
{
    if (count == 0) {
        //: Where a change that has no lines on this side sits, e.g. "after line 12"
        return first == 0 ? Merge::tr("at the start") : Merge::tr("after line %1").arg(first);
    }
    if (count == 1)
        return Merge::tr("line %1").arg(first + 1);
    return Merge::tr("lines %1–%2").arg(first + 1).arg(first + count);
}

QString describeOpen(const MergeResult& result, const QList<qsizetype>& open)
{
    QStringList where;
    for (const qsizetype index : open) {
        const MergeHunk& hunk = result.hunks.at(index);
        const QString oldSide = lineRange(hunk.oldLine, hunk.oldLines.size());
        const QString newSide = lineRange(hunk.newLine, hunk.newLines.size());
        where.append(result.threeWay
                         //: %1 and %2 are "line 4", "lines 4–6" or "after line 3"
                         ? Merge::tr("old's file %1, new's default %2").arg(oldSide, newSide)
                         //: %1 and %2 are "line 4", "lines 4–6" or "after line 3"
                         : Merge::tr("old's file %1, new's file %2").arg(oldSide, newSide));
    }
    //: %1 lists where each change is, e.g. "old's file line 4, new's default line 4"
    return Merge::tr("%n change(s) need a decision and no side is set to win: %1", "", int(open.size()))
        .arg(where.join(QStringLiteral("; ")));
}

} // namespace

Expected<ResolvedFile, UnresolvedConflicts> resolveMerge(const MergeResult& result,
                                                         const QList<HunkChoice>& choices)
{
    const auto choiceOf = [&choices](qsizetype hunk) {
        return hunk < choices.size() ? choices.at(hunk) : HunkChoice{};
    };
    QList<qsizetype> open;
    for (qsizetype i = 0; i < result.hunks.size(); ++i) {
        if (result.hunks.at(i).needsDecision() && choiceOf(i).take == Take::Default)
            open.append(i);
    }
    if (!open.isEmpty())
        return UnresolvedConflicts{describeOpen(result, open), open};

    ResolvedFile file;
    file.taken.resize(result.hunks.size(), Take::Default);
    file.spans.resize(result.hunks.size());
    const QStringList oldNames = settingNames(result.oldFile.lines);
    const QStringList newNames = settingNames(result.newFile.lines);
    QList<QByteArray> lines;
    // Each written line's setting name in its own file; an unchanged line has one in each file. None
    // for typed lines.
    QList<std::pair<QString, QString>> sources;
    const auto write = [&](const QList<QByteArray>& part, const FileLines& from, const QStringList& names,
                           qsizetype at, const QStringList& otherNames, qsizetype otherAt) {
        lines.append(withFileEnding(part, from.eol, result.eol));
        for (qsizetype i = 0; i < part.size(); ++i)
            sources.append({names.value(at + i), otherNames.value(otherAt + i, names.value(at + i))});
    };
    qsizetype newAt = 0; // the pieces follow both files
    qsizetype oldAt = 0;
    for (const MergePiece& piece : result.pieces) {
        if (piece.hunk < 0) {
            write(piece.lines, result.newFile, newNames, newAt, oldNames, oldAt);
            newAt += piece.lines.size();
            oldAt += piece.lines.size();
            continue;
        }
        const MergeHunk& hunk = result.hunks.at(piece.hunk);
        newAt = hunk.newLine + hunk.newLines.size();
        oldAt = hunk.oldLine + hunk.oldLines.size();
        const HunkChoice choice = choiceOf(piece.hunk);
        Take take = choice.take;
        if (take == Take::Default)
            take = hunk.writesOldByDefault() ? Take::Old : Take::New;
        ResolvedFile::Span& span = file.spans[piece.hunk];
        span.line = lines.size();
        if (take == Take::Old) {
            write(hunk.oldLines, result.oldFile, oldNames, hunk.oldLine, {}, 0);
        } else if (take == Take::New) {
            write(hunk.newLines, result.newFile, newNames, hunk.newLine, {}, 0);
        } else {
            const QList<QByteArray> typed = typedLines(choice.edited, result.eol);
            lines.append(typed);
            for (qsizetype i = 0; i < typed.size(); ++i)
                sources.append({QString(), QString()});
        }
        span.count = lines.size() - span.line;
        file.taken[piece.hunk] = take;
    }
    // A last line without an ending that is no longer last gets one.
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).endsWith('\n'))
            lines[i].append(result.eol);
    }
    SettingScanner written;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString name = written.feed(lines.at(i)).name;
        const auto& [own, other] = sources.at(i);
        if (!own.isEmpty() && name != own && name != other && !file.moved.contains(own))
            file.moved.append(own);
    }
    for (const QByteArray& line : lines)
        file.text.append(line);
    return file;
}

QList<HunkChoice> choicesFor(const MergeResult& result, ConflictPolicy policy)
{
    QList<HunkChoice> choices(result.hunks.size());
    if (policy == ConflictPolicy::Fail)
        return choices;
    for (qsizetype i = 0; i < result.hunks.size(); ++i) {
        const ChangeKind kind = result.hunks.at(i).kind;
        if (kind == ChangeKind::Conflict || kind == ChangeKind::Difference)
            choices[i].take = policy == ConflictPolicy::OldWins ? Take::Old : Take::New;
    }
    return choices;
}

Expected<ResolvedFile, UnresolvedConflicts> resolveHeadless(const MergeResult& result, ConflictPolicy policy)
{
    return resolveMerge(result, choicesFor(result, policy));
}

} // namespace puw
