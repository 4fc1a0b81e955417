#include "MarkdownReport.h"

#include <QRegularExpression>
#include <QUrl>

namespace puw::MarkdownReport {

namespace {

QString cell(const QString& text)
{
    return escapeInline(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void appendTable(QString& out, const QStringList& columns, const QList<QStringList>& rows)
{
    QStringList header;
    QStringList rule;
    for (const QString& column : columns) {
        header.append(cell(column));
        rule.append(QStringLiteral("---"));
    }
    out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const QStringList& row : rows) {
        QStringList cells;
        for (qsizetype i = 0; i < columns.size(); ++i)
            cells.append(i < row.size() ? cell(row.at(i)) : QString());
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
}

} // namespace

QString escapeInline(const QString& text)
{
    // Backslash-escaping ASCII punctuation is always literal in CommonMark. These are the characters
    // with a meaning inside a line ('$' is maths on some forges, '#' closes a heading); line starts
    // are handled by escapeLineStart().
    static const QString special = QStringLiteral("\\`*_[]<>|~&$#");
    QString result;
    result.reserve(text.size() + text.size() / 4);
    for (const QChar c : text) {
        if (c == u'\n') {
            result += QLatin1Char(' ');
            continue;
        }
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString escapeLineStart(const QString& text)
{
    // "- x", "+ x", "1. x", "# x", "> x", "=== " or indentation would start a block of their own.
    QString result = escapeInline(text).trimmed();
    static const QRegularExpression blockStart(QStringLiteral("^([-+=>]|\\d+[.)])"));
    const QRegularExpressionMatch match = blockStart.match(result);
    if (match.hasMatch())
        result.insert(match.capturedEnd() - 1, QLatin1Char('\\'));
    return result;
}

QString fenceFor(const QString& text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
}

QByteArray render(const ReportDocument& document, const QString& imageFileName)
{
    QString out;
    for (const ReportBlock& block : document) {
        switch (block.kind) {
        case ReportBlock::Kind::Title:
            out += QStringLiteral("# ") + escapeInline(block.text) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Heading:
            out += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') + escapeInline(block.text) +
                   QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Paragraph:
            out += block.emphasis ? QStringLiteral("**") + escapeInline(block.text) + QStringLiteral("**\n\n")
                                  : escapeLineStart(block.text) + QStringLiteral("\n\n");
            break;
        case ReportBlock::Kind::Fields:
            for (const QStringList& row : block.rows)
                out += QStringLiteral("- **") + escapeInline(row.value(0)) + QStringLiteral("**: ") +
                       escapeInline(row.value(1)) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Checklist:
            for (const ReportChecklistItem& item : block.items) {
                out += item.checked ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
                out += QStringLiteral("**") + escapeInline(item.title) + QStringLiteral("**: ") +
                       escapeInline(item.state) + QStringLiteral("  \n  ") + escapeInline(item.detail) +
                       QLatin1Char('\n');
            }
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Table:
            appendTable(out, block.columns, block.rows);
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Bullets:
            for (const QStringList& row : block.rows)
                out += QStringLiteral("- ") + escapeInline(row.value(0)) + QLatin1Char('\n');
            out += QLatin1Char('\n');
            break;
        case ReportBlock::Kind::Code: {
            const QString fence = fenceFor(block.text);
            if (!block.caption.isEmpty())
                out += escapeLineStart(block.caption) + QStringLiteral(":\n\n");
            out += fence + QStringLiteral("text\n") + block.text + QLatin1Char('\n') + fence +
                   QStringLiteral("\n\n");
            break;
        }
        case ReportBlock::Kind::Timeline:
            out += QStringLiteral("![") + escapeInline(block.text) + QStringLiteral("](") +
                   QString::fromLatin1(QUrl::toPercentEncoding(imageFileName)) + QStringLiteral(")\n\n");
            break;
        case ReportBlock::Kind::PageBreak:
            out += QStringLiteral("---\n\n");
            break;
        }
    }
    return out.toUtf8();
}

} // namespace puw::MarkdownReport
