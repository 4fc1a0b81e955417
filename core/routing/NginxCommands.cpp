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

namespace {
// $1 the upstream file, $2 the main file the test names with -c (empty: nginx's own), then the test
// command's words without that -c. Paths are escaped for sed (a line break in one is refused).
constexpr char kTestCopyScript[] = R"SH(upstream=$1; conf=$2; shift 2
[ -n "$conf" ] || conf=$("$1" -V 2>&1 | tr ' ' '\n' | sed -n 's/^--conf-path=//p')
[ -n "$conf" ] || conf=/etc/nginx/nginx.conf
root=$(dirname -- "$conf")
real=$(readlink -f -- "$upstream") || exit 2
nl='
'
case "$root$real" in *"$nl"*) echo "a path of nginx's configuration holds a line break" >&2; exit 2 ;; esac
pattern() { printf '%s' "$1" | sed 's/[][\.*^$|]/\\&/g'; }
replacement() { printf '%s' "$1" | sed 's/[\&|]/\\&/g'; }
tmp=$(mktemp -d /tmp/puw-nginx-test.XXXXXX) || exit 2
trap 'rm -rf -- "$tmp"' EXIT
cp -rL -- "$root/." "$tmp/" || exit 2
case "$real" in "$root"/*) copy="$tmp/${real#"$root"/}" ;; *) copy="$tmp/puw-upstream.conf" ;; esac
grep -rlF -e "$root/" -e "$real" -- "$tmp" | while IFS= read -r f; do
  sed -i -e "s|$(pattern "$real")|$(replacement "$copy")|g" -e "s|$(pattern "$root/")|$(replacement "$tmp/")|g" -- "$f"
done
cat >"$copy" || exit 2
"$@" -c "$tmp/$(basename -- "$conf")"
)SH";
} // namespace

QString testCopy(const QString& file, const QStringList& testCommand)
{
    QStringList words = testCommand;
    QString conf;
    const qsizetype named = words.indexOf(QStringLiteral("-c"));
    if (named >= 0 && named + 1 < words.size()) {
        conf = words[named + 1];
        words.remove(named, 2);
    }
    return shellJoin(QStringList{QStringLiteral("sh"), QStringLiteral("-c"), QLatin1String(kTestCopyScript),
                                 QStringLiteral("puw-nginx-test"), file, conf} +
                     words);
}

} // namespace puw::nginx_commands
