#include "DumpFile.h"

#include "DatabaseText.h"
#include "remote/ShellQuote.h"

namespace puw {

namespace detail {
QString checkDumpPath(const QString& path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return Database::tr("The dump path \"%1\" is not absolute.").arg(path);
    if (path.endsWith(QLatin1Char('/')))
        return Database::tr("The dump path \"%1\" names a folder, not a file.").arg(path);
    if (path.contains(QChar(0)) || path.contains(QLatin1Char('\n')))
        return Database::tr("The dump path contains a control character.");
    if (path.endsWith(QStringLiteral(".partial")))
        return Database::tr(
                   "\"%1\" is a partial dump: it was never verified complete and cannot be restored.")
            .arg(path);
    return {};
}
} // namespace detail

Expected<PartialDump, QString> PartialDump::forFinalPath(const QString& finalPath)
{
    const QString problem = detail::checkDumpPath(finalPath);
    if (!problem.isEmpty())
        return unexpected(problem);
    return PartialDump(finalPath);
}

QString PartialDump::durableRenameWords() const
{
    const QString from = shellQuote(path());
    const QString to = shellQuote(m_finalPath);
    const QString folder = shellQuote(
        m_finalPath.section(QLatin1Char('/'), 0, -2, QString::SectionSkipEmpty).prepend(QLatin1Char('/')));
    return QStringLiteral("sync -- %1 && mv -f -- %1 %2 && { sync -- %3 || true; }").arg(from, to, folder);
}

} // namespace puw
