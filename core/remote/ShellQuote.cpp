#include "ShellQuote.h"

namespace puw {

QString shellQuote(const QString& argument)
{
    // Inside single quotes nothing is special except the closing quote itself, which is written as '\''.
    QString quoted;
    quoted.reserve(argument.size() + 2);
    quoted += QLatin1Char('\'');
    for (const QChar c : argument) {
        if (c == QLatin1Char('\''))
            quoted += QLatin1String("'\\''");
        else
            quoted += c;
    }
    quoted += QLatin1Char('\'');
    return quoted;
}

QString shellJoin(const QStringList& arguments)
{
    QStringList words;
    words.reserve(arguments.size());
    for (const QString& argument : arguments)
        words << shellQuote(argument);
    return words.join(QLatin1Char(' '));
}

} // namespace puw
