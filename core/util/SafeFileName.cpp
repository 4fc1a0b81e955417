#include "SafeFileName.h"

namespace puw {

QString safeFileNamePart(const QString& name)
{
    constexpr qsizetype kMaxLength = 80;
    QString part;
    part.reserve(std::min(name.size(), kMaxLength));
    for (const QChar c : name) {
        if (part.size() == kMaxLength)
            break;
        const bool plain = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                           c == QLatin1Char('_') || c == QLatin1Char('-');
        part.append(plain ? c : QLatin1Char('_'));
    }
    if (part.isEmpty() || part.startsWith(QLatin1Char('-')) || part.startsWith(QLatin1Char('.')))
        part.prepend(QLatin1Char('_'));
    return part.left(kMaxLength);
}

} // namespace puw
