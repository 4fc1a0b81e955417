#include "LineDiff.h"

#include "LibGit2.h"

#include "MergeText.h"

#include <git2/diff.h>

namespace puw {

namespace {

// Each line's content and one "\n": the form libgit2 compares, whatever the file's endings were.
QByteArray comparable(const QList<QByteArray>& lines)
{
    QByteArray buffer;
    for (const QByteArray& line : lines) {
        buffer.append(lineContent(line));
        buffer.append('\n');
    }
    return buffer;
}

int collectHunk(const git_diff_delta*, const git_diff_hunk* hunk, void* payload)
{
    auto* changes = static_cast<QList<LineChange>*>(payload);
    // Unified diff numbering: a side with no lines names the line before the gap (0 for the very start).
    LineChange change;
    change.aCount = hunk->old_lines;
    change.aStart = hunk->old_lines > 0 ? hunk->old_start - 1 : hunk->old_start;
    change.bCount = hunk->new_lines;
    change.bStart = hunk->new_lines > 0 ? hunk->new_start - 1 : hunk->new_start;
    changes->append(change);
    return 0;
}

} // namespace

FileLines FileLines::split(const QByteArray& text)
{
    FileLines file;
    qsizetype crlf = 0;
    qsizetype lf = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype newline = text.indexOf('\n', start);
        const qsizetype end = newline < 0 ? text.size() : newline + 1;
        file.lines.append(text.mid(start, end - start));
        if (newline >= 0)
            ++(newline > start && text.at(newline - 1) == '\r' ? crlf : lf);
        start = end;
    }
    if (crlf + lf > 0)
        file.eol = crlf > lf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    return file;
}

QByteArray FileLines::join() const
{
    QByteArray text;
    for (const QByteArray& line : lines)
        text.append(line);
    return text;
}

QByteArray lineContent(const QByteArray& line)
{
    if (!line.endsWith('\n'))
        return line;
    return line.chopped(line.endsWith("\r\n") ? 2 : 1);
}

QByteArray withEnding(const QByteArray& line, const QByteArray& eol)
{
    if (!line.endsWith('\n'))
        return line;
    return lineContent(line) + eol;
}

bool sameContent(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (lineContent(a.at(i)) != lineContent(b.at(i)))
            return false;
    }
    return true;
}

Expected<QList<LineChange>, QString> diffLines(const QList<QByteArray>& a, const QList<QByteArray>& b)
{
    const LibGit2Guard git;
    if (!git.ok())
        return LibGit2Guard::lastError(Merge::tr("libgit2 did not start."));
    const QByteArray left = comparable(a);
    const QByteArray right = comparable(b);
    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    // Files are compared as text even with a NUL byte in them; one change per hunk, no context lines.
    options.flags = GIT_DIFF_FORCE_TEXT | GIT_DIFF_INDENT_HEURISTIC;
    options.context_lines = 0;
    options.interhunk_lines = 0;
    QList<LineChange> changes;
    const int rc = git_diff_buffers(left.constData(), size_t(left.size()), nullptr, right.constData(),
                                    size_t(right.size()), nullptr, &options, nullptr, nullptr, collectHunk,
                                    nullptr, &changes);
    if (rc < 0)
        return LibGit2Guard::lastError(Merge::tr("libgit2 could not compare the files."));
    return changes;
}

} // namespace puw
