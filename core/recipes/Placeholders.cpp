#include "Placeholders.h"

#include <QRegularExpression>

namespace puw {

namespace {
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([a-z_][a-z0-9_]*)\\s*\\}\\}"));
    return pattern;
}
} // namespace

QStringList placeholdersIn(const QString& text)
{
    QStringList names;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QString name = matches.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Expected<QString, QString> expandPlaceholders(const QString& text, const QMap<QString, QString>& values)
{
    QString result;
    result.reserve(text.size());
    qsizetype position = 0;
    auto matches = placeholderPattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1);
        const auto value = values.constFind(name);
        if (value == values.constEnd())
            return unexpected(name);
        result += QStringView(text).mid(position, match.capturedStart() - position);
        result += *value;
        position = match.capturedEnd();
    }
    result += QStringView(text).mid(position);
    return result;
}

} // namespace puw
