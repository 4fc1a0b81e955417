#include "SqlQuoting.h"

#include <QRegularExpression>

namespace puw::sql {

namespace {
QString wrapDoubling(const QString& name, QChar quote)
{
    QString quoted = name;
    quoted.replace(quote, QString(2, quote));
    return quote + quoted + quote;
}
} // namespace

QString pgIdentifier(const QString& name)
{
    return wrapDoubling(name, QLatin1Char('"'));
}

QString pgString(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("E'") + escaped + QLatin1Char('\'');
}

QString pgConninfoValue(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += QLatin1Char('\'');
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('\''))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    escaped += QLatin1Char('\'');
    return escaped;
}

QString pgExactPattern(const QString& name)
{
    // Inside double quotes a pattern's wildcards (* ?) and the schema dot are ordinary characters.
    return wrapDoubling(name, QLatin1Char('"'));
}

QString mysqlIdentifier(const QString& name)
{
    return wrapDoubling(name, QLatin1Char('`'));
}

bool isPlainSqlWord(const QString& word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_]+$"));
    return plain.match(word).hasMatch();
}

QString mysqlString(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace puw::sql
