#include "NginxCommands.h"

#include "remote/ShellQuote.h"

namespace puw::nginx_commands {

QString backupPath(const QString& file)
{
    return file + QStringLiteral(".puw-previous");
}

QString temporaryPath(const QString& file)
{
    return file + QStringLiteral(".puw-new");
}

QString inspect(const QString& file)
{
    return QStringLiteral(
               "target=$(readlink -f -- %1) && [ -n \"$target\" ] || exit 1; "
               "printf '%s\\n' \"$target\"; "
               "if [ -e \"$target\"%2 ]; then echo backup; else echo no-backup; fi; "
               "if [ -f \"$target\" ]; then echo present; cat -- \"$target\"; else echo absent; fi")
        .arg(shellQuote(file), shellQuote(QStringLiteral(".puw-previous")));
}

QString backup(const QString& file)
{
    return shellJoin(
        {QStringLiteral("cp"), QStringLiteral("-p"), QStringLiteral("--"), file, backupPath(file)});
}

QString write(const QString& file)
{
    const QString target = shellQuote(file);
    const QString temporary = shellQuote(temporaryPath(file));
    return QStringLiteral("{ if [ -e %1 ]; then cp -p -- %1 %2; fi && cat > %2 && mv -f -- %2 %1; } "
                          "|| { rm -f -- %2; exit 1; }")
        .arg(target, temporary);
}

QString restore(const QString& file, bool hadPrevious)
{
    if (!hadPrevious)
        return shellJoin({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("--"), file});
    const QString previous = shellQuote(backupPath(file));
    const QString temporary = shellQuote(temporaryPath(file));
    return QStringLiteral("{ cp -p -- %1 %2 && mv -f -- %2 %3; } || { rm -f -- %2; exit 1; }")
        .arg(previous, temporary, shellQuote(file));
}

} // namespace puw::nginx_commands
