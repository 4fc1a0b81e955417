#include "SideBySideDiff.h"

#include "LibGit2.h"
#include "LineDiff.h"
#include "ReadableText.h"
#include "SettingNames.h"

namespace puw {

namespace {

// A file's lines as the wizard shows them, secret values masked.
struct ShownFile {
    QStringList text;
    QList<qsizetype> maskAt; // where the mask starts in a masked line, else -1
};

ShownFile shown(const QByteArray& bytes, const FileLines& file)
{
    const bool utf8 = isValidUtf8(bytes);
    SettingScanner scanner(utf8);
    ShownFile result;
    for (const QByteArray& line : file.lines) {
        const SettingLine setting = scanner.feed(line);
        const QString text = readableText(lineContent(line), utf8);
        const bool secret = setting.valueAt >= 0 && !setting.name.isEmpty() && isSecretName(setting.name);
        result.text.append(secret ? maskedValue(text, setting.valueAt) : text);
        result.maskAt.append(secret ? setting.valueAt : -1);
    }
    return result;
}

struct Words {
    QList<QByteArray> tokens; // UTF-8, one word per "line"
    QList<qsizetype> starts;
};

Words words(const QString& line)
{
    Words result;
    const auto isWordChar = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_';
    };
    for (qsizetype at = 0; at < line.size();) {
        const qsizetype start = at;
        const QChar c = line.at(at);
        if (isWordChar(c) || c.isSpace()) {
            const bool word = isWordChar(c);
            while (at < line.size() && (word ? isWordChar(line.at(at)) : line.at(at).isSpace()))
                ++at;
        } else {
            at += c.isHighSurrogate() && at + 1 < line.size() && line.at(at + 1).isLowSurrogate() ? 2 : 1;
        }
        result.tokens.append(line.mid(start, at - start).toUtf8());
        result.starts.append(start);
    }
    return result;
}

CharRange rangeOf(const Words& words, qsizetype lineLength, qsizetype first, qsizetype count)
{
    const qsizetype start = words.starts.at(first);
    const qsizetype end = first + count < words.starts.size() ? words.starts.at(first + count) : lineLength;
    return {start, end - start};
}

} // namespace

Expected<WordMarks, QString> markChangedWords(const QString& left, const QString& right)
{
    const Words a = words(left);
    const Words b = words(right);
    const auto changes = diffLines(a.tokens, b.tokens);
    if (!changes.ok())
        return changes.error();
    WordMarks marks;
    for (const LineChange& change : changes.value()) {
        if (change.aCount > 0)
            marks.left.append(rangeOf(a, left.size(), change.aStart, change.aCount));
        if (change.bCount > 0)
            marks.right.append(rangeOf(b, right.size(), change.bStart, change.bCount));
    }
    return marks;
}

Expected<SideBySideDiff, QString> SideBySideDiff::compare(const QByteArray& left, const QByteArray& right)
{
    const LibGit2Guard git; // one set-up for the line diff and every word diff
    const FileLines leftFile = FileLines::split(left);
    const FileLines rightFile = FileLines::split(right);
    const auto changes = diffLines(leftFile.lines, rightFile.lines);
    if (!changes.ok())
        return changes.error();
    const ShownFile l = shown(left, leftFile);
    const ShownFile r = shown(right, rightFile);
    SideBySideDiff diff;
    const auto row = [&](RowKind kind, qsizetype leftLine, qsizetype rightLine, qsizetype change) {
        DiffRow added;
        added.kind = kind;
        added.leftLine = leftLine;
        added.rightLine = rightLine;
        added.left = leftLine >= 0 ? l.text.at(leftLine) : QString();
        added.right = rightLine >= 0 ? r.text.at(rightLine) : QString();
        added.change = change;
        diff.m_rows.append(added);
        return &diff.m_rows.last();
    };
    qsizetype a = 0;
    qsizetype b = 0;
    const auto same = [&](qsizetype until) {
        for (; a < until; ++a, ++b)
            row(RowKind::Same, a, b, -1);
    };
    for (const LineChange& change : changes.value()) {
        same(change.aStart);
        const qsizetype index = diff.m_changeRows.size();
        diff.m_changeRows.append(diff.m_rows.size());
        const qsizetype pairs = std::min(change.aCount, change.bCount);
        for (qsizetype p = 0; p < pairs; ++p) {
            DiffRow* changed = row(RowKind::Changed, change.aStart + p, change.bStart + p, index);
            const qsizetype leftMask = l.maskAt.at(change.aStart + p);
            const qsizetype rightMask = r.maskAt.at(change.bStart + p);
            if (changed->left == changed->right && leftMask >= 0 && rightMask >= 0) {
                // Only the secret differs: its mask is what changed.
                changed->leftMarks = {{leftMask, changed->left.size() - leftMask}};
                changed->rightMarks = {{rightMask, changed->right.size() - rightMask}};
                continue;
            }
            const auto marks = markChangedWords(changed->left, changed->right);
            if (!marks.ok())
                return marks.error();
            changed->leftMarks = marks.value().left;
            changed->rightMarks = marks.value().right;
        }
        for (qsizetype p = pairs; p < change.aCount; ++p)
            row(RowKind::Removed, change.aStart + p, -1, index);
        for (qsizetype p = pairs; p < change.bCount; ++p)
            row(RowKind::Added, -1, change.bStart + p, index);
        a = change.aEnd();
        b = change.bEnd();
    }
    same(leftFile.lines.size());
    return diff;
}

qsizetype SideBySideDiff::nextChange(qsizetype row) const
{
    const qsizetype current = m_rows.value(row).change;
    if (current >= 0)
        return current + 1 < m_changeRows.size() ? current + 1 : -1;
    for (qsizetype change = 0; change < m_changeRows.size(); ++change) {
        if (m_changeRows.at(change) > row)
            return change;
    }
    return -1;
}

qsizetype SideBySideDiff::previousChange(qsizetype row) const
{
    const qsizetype current = m_rows.value(row).change;
    if (current >= 0)
        return current - 1;
    for (qsizetype change = m_changeRows.size() - 1; change >= 0; --change) {
        if (m_changeRows.at(change) < row)
            return change;
    }
    return -1;
}

} // namespace puw
