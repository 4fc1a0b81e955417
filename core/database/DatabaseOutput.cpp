#include "DatabaseOutput.h"

#include "DatabaseText.h"

#include <QRegularExpression>
#include <QSet>

namespace puw {

bool TableCountComparison::allMatch() const
{
    return std::all_of(rows.begin(), rows.end(), [](const TableCountRow& row) { return row.matches(); });
}

QStringList TableCountComparison::mismatchedTables() const
{
    QStringList names;
    for (const TableCountRow& row : rows) {
        if (!row.matches())
            names << row.table;
    }
    return names;
}

TableCountComparison compareTableCounts(const TableCounts& oldCounts, const TableCounts& newCounts,
                                        const QStringList& excluded, const TableChecksums& oldChecksums,
                                        const TableChecksums& newChecksums)
{
    const QSet<QString> skip(excluded.begin(), excluded.end());
    auto isExcluded = [&](const QString& table) {
        return skip.contains(table) || skip.contains(table.section(QLatin1Char('.'), 1));
    };
    QStringList names = oldCounts.keys() + newCounts.keys();
    names.removeDuplicates();
    names.sort();
    TableCountComparison comparison;
    for (const QString& name : std::as_const(names)) {
        if (!isExcluded(name))
            comparison.rows.append({name, oldCounts.value(name, -1), newCounts.value(name, -1),
                                    oldChecksums.value(name), newChecksums.value(name)});
    }
    return comparison;
}

bool dumpToolCanDump(DatabaseEngine engine, const ServerVersion& tool, const ServerVersion& server,
                     QString* why)
{
    if (engine == DatabaseEngine::PostgreSql) {
        if (tool.major >= server.major)
            return true;
        if (why)
            *why = Database::tr("pg_dump %1 cannot dump a PostgreSQL %2 server: install the PostgreSQL %3 "
                                "client programs (pg_dump must be at least the server's major version).")
                       .arg(tool.text, server.text, QString::number(server.major));
        return false;
    }
    if (why && server.product == QLatin1String("MySQL") && tool.product == QLatin1String("MariaDB"))
        *why = Database::tr("MariaDB's mysqldump dumps MySQL %1; the restore may need the "
                            "\"mysql8-collations\" fix.")
                   .arg(server.text);
    return true;
}

namespace detail {

Expected<TableCounts, QString> parseCountLines(const QString& output, TableChecksums* checksums)
{
    TableCounts counts;
    bool ended = false;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line == QLatin1String("puw-end")) {
            ended = true;
            continue;
        }
        if (!line.startsWith(QLatin1String("puw-count")))
            continue;
        // "puw-count HEX N" (psql) or "puw-count\tHEX\tN" (mysql --batch).
        const QStringList fields = line.split(QRegularExpression(QStringLiteral("\\s+")));
        bool numberOk = false;
        const qint64 count = fields.size() == 3 || fields.size() == 4 ? fields[2].toLongLong(&numberOk) : -1;
        const QByteArray name = QByteArray::fromHex(fields.value(1).toLatin1());
        static const QRegularExpression sum(QStringLiteral("^-?[0-9]+$"));
        if (!numberOk || count < 0 || name.isEmpty() ||
            (fields.size() == 4 && !sum.match(fields[3]).hasMatch()))
            return unexpected(Database::tr("Cannot read the row count line \"%1\".").arg(line));
        counts.insert(QString::fromUtf8(name), count);
        if (checksums && fields.size() == 4) // "puw-count HEX N SUM": the content checksum too
            checksums->insert(QString::fromUtf8(name), fields[3]);
    }
    if (!ended)
        return unexpected(Database::tr("The row counts ended early: the end marker is missing."));
    return counts;
}

Expected<qint64, QString> parseSingleInteger(const QString& output)
{
    const QString value = parseSingleValue(output, false);
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok)
        return unexpected(Database::tr("Expected a number, got \"%1\".").arg(value.left(200)));
    return number;
}

QString parseSingleValue(const QString& output, bool nullWord)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        QString value = line;
        if (value.endsWith(QLatin1Char('\r')))
            value.chop(1);
        if (value.trimmed().isEmpty())
            continue;
        if (nullWord && value == QLatin1String("NULL"))
            return {};
        return value;
    }
    return {};
}

QString firstErrorLine(const QString& stderrText)
{
    // Our own "puw: ..." line says what failed in words; the client's first error says why.
    static const QRegularExpression error(QStringLiteral("^(ERROR\\b|.*\\berror:|FATAL\\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QString ours, theirs;
    for (const QString& line : lines) {
        if (ours.isEmpty() && line.startsWith(QLatin1String("puw: ")))
            ours = line.trimmed();
        else if (theirs.isEmpty() && error.match(line).hasMatch())
            theirs = line.trimmed();
    }
    if (!ours.isEmpty() && !theirs.isEmpty())
        return ours + QStringLiteral(" (") + theirs + QLatin1Char(')');
    if (!ours.isEmpty() || !theirs.isEmpty())
        return ours + theirs;
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

bool parseVersionNumbers(const QString& text, int* major, int* minor)
{
    static const QRegularExpression number(QStringLiteral("(\\d+)(?:\\.(\\d+))?"));
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch())
        return false;
    *major = match.captured(1).toInt();
    *minor = match.captured(2).toInt();
    return true;
}

} // namespace detail
} // namespace puw
