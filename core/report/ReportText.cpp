#include "ReportText.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace puw::ReportText {

namespace {

const QChar kReplacement(0xFFFD);

bool isUnsafe(char16_t c)
{
    if (c == u'\n')
        return false;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true; // C0 and C1 controls, DEL
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F ||
        c == 0x061C)
        return true; // bidirectional embeddings, overrides, isolates and marks
    return c == 0xFFFE || c == 0xFFFF || c == 0xFEFF;
}

// Cuts a line into pieces of at most width characters without splitting a surrogate pair.
QStringList cutLine(const QString& line, int width)
{
    QStringList pieces;
    qsizetype start = 0;
    while (line.size() - start > width) {
        qsizetype end = start + width;
        if (line.at(end - 1).isHighSurrogate())
            --end;
        pieces.append(line.mid(start, end - start));
        start = end;
    }
    pieces.append(line.mid(start));
    return pieces;
}

} // namespace

QString sanitize(const QString& text)
{
    // Colour and cursor sequences are noise in a report, and a stray ESC could drive a terminal.
    static const QRegularExpression escapes(QStringLiteral("\\x1B(\\[[0-?]*[ -/]*[@-~]|\\][^\\x07\\x1B]*"
                                                           "(\\x07|\\x1B\\\\)?|[@-Z\\\\-_])"));
    // A lone surrogate makes the whole string invalid UTF-16, and a regular expression then matches
    // nothing: replace those first.
    QString source = text;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c.isHighSurrogate() && i + 1 < source.size() && source.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            source[i] = kReplacement;
    }
    source.remove(escapes);
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));

    QString result;
    result.reserve(source.size());
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c.isHighSurrogate() && i + 1 < source.size() && source.at(i + 1).isLowSurrogate()) {
            result.append(c);
            result.append(source.at(++i));
        } else if (c == u'\r' || c == QChar(0x2028) || c == QChar(0x2029)) {
            result.append(u'\n');
        } else if (c == u'\t') {
            result.append(QStringLiteral("    "));
        } else if (isUnsafe(c.unicode())) {
            result.append(kReplacement);
        } else {
            result.append(c);
        }
    }
    return result;
}

QString oneLine(const QString& text, int maxChars)
{
    QString line = sanitize(text).trimmed();
    line.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (line.size() > maxChars) {
        qsizetype cut = maxChars - 1;
        if (line.at(cut - 1).isHighSurrogate())
            --cut;
        line = line.left(cut) + QStringLiteral("…");
    }
    return line;
}

QString block(const QString& text, int maxLines, int width)
{
    QStringList lines;
    const QStringList source = sanitize(text).split(QLatin1Char('\n'));
    for (const QString& line : source) {
        const QStringList pieces = cutLine(line, width - 2);
        lines.append(pieces.first());
        for (qsizetype i = 1; i < pieces.size(); ++i)
            lines.append(QStringLiteral("↪ ") + pieces.at(i));
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (lines.size() > maxLines) {
        const int head = maxLines / 2;
        const int tail = maxLines - head;
        const qsizetype omitted = lines.size() - head - tail;
        QStringList kept = lines.mid(0, head);
        kept.append(Report::tr("… %n line(s) left out …", nullptr, static_cast<int>(omitted)));
        kept.append(lines.mid(lines.size() - tail));
        lines = kept;
    }
    return lines.join(QLatin1Char('\n'));
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return notRecorded();
    if (ms < 1000)
        return Report::tr("%1 ms").arg(ms);
    const qint64 seconds = ms / 1000;
    if (seconds < 60)
        return Report::tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return Report::tr("%1 min %2 s").arg(minutes).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return Report::tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return Report::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString dateTime(const QDateTime& time)
{
    if (!time.isValid())
        return notRecorded();
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString timeOfDay(const QDateTime& time, const QDate& day)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime utc = time.toUTC();
    if (utc.date() == day)
        return utc.toString(QStringLiteral("HH:mm:ss"));
    return utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString bytes(qint64 size)
{
    const QLocale locale;
    return Report::tr("%1 (%2 bytes)")
        .arg(locale.formattedDataSize(size, 1, QLocale::DataSizeIecFormat), locale.toString(size));
}

QString notRecorded()
{
    return Report::tr("not recorded");
}

} // namespace puw::ReportText
