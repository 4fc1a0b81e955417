#pragma once

#include <QDateTime>
#include <QVariant>

// How the journal stores times: ISO 8601 in UTC with milliseconds, NULL for "not yet".
namespace puw::JournalTime {

inline QVariant toValue(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

inline QDateTime fromValue(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace puw::JournalTime

namespace puw::JournalText {

// Qt binds a null QString as SQL NULL; the journal's text columns are NOT NULL, so "" it is.
inline QVariant toValue(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

} // namespace puw::JournalText
