#include "ConfigPaths.h"

#include "jobs/JobText.h"

#include <fnmatch.h>

namespace puw::ConfigPaths {

namespace {
// The path as it can be shown: control characters as "?".
QString printable(QString path)
{
    for (QChar& c : path) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    return path;
}
} // namespace

QString unsafeReason(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return JobText::tr("%1 is not an absolute path").arg(path);
    for (const QChar c : path) {
        if (c.category() == QChar::Other_Control)
            return JobText::tr("%1 holds a control character").arg(printable(path));
    }
    const QStringList parts = path.mid(1).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return JobText::tr("%1 has an empty, \".\" or \"..\" part").arg(path);
    }
    return {};
}

bool matches(const QString& path, const QString& pattern)
{
    if (!unsafeReason(path).isEmpty())
        return false;
    return fnmatch(pattern.toUtf8().constData(), path.toUtf8().constData(), FNM_PATHNAME | FNM_PERIOD) == 0;
}

bool matchesAny(const QString& path, const QStringList& patterns)
{
    for (const QString& pattern : patterns) {
        if (matches(path, pattern))
            return true;
    }
    return false;
}

bool isInside(const QString& path, const QString& folder)
{
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    return path == folder || path.startsWith(prefix);
}

} // namespace puw::ConfigPaths
