#include "ConfigInstall.h"

#include "jobs/JobText.h"
#include "remote/ShellQuote.h"

#include <QRegularExpression>

namespace puw::ConfigInstall {

namespace {
// $1 the target; the new content arrives on stdin as base64. The folder is made 0755 when missing.
const QString kPrepare =
    QStringLiteral("set -e; f=$1; d=$(dirname -- \"$f\"); b=$(basename -- \"$f\"); "
                   "if [ ! -d \"$d\" ]; then (umask 022; mkdir -p -- \"$d\"); fi; umask 077; ");
// Keeps the original once (a hard link: a file or a link as it is), then renames the new one in.
const QString kKeepOriginal = QStringLiteral(
    "if { [ -e \"$f\" ] || [ -L \"$f\" ]; } && [ ! -e \"$f.puw-original\" ] && [ ! -L \"$f.puw-original\" ]; "
    "then ln -T -- \"$f\" \"$f.puw-original\"; fi; ");
const QString kFileScript =
    kPrepare +
    QStringLiteral("t=$(mktemp -- \"$d/.$b.puw-XXXXXXXX\"); trap 'rm -f -- \"$t\"' EXIT; "
                   "base64 -d > \"$t\"; chown -h -- \"$2:$3\" \"$t\"; chmod -- \"$4\" \"$t\"; ") +
    kKeepOriginal + QStringLiteral("mv -f -T -- \"$t\" \"$f\"; trap - EXIT; sha256sum < \"$f\"");
const QString kFolderScript =
    kPrepare + QStringLiteral("t=$(mktemp -d -- \"$d/.$b.puw-XXXXXXXX\"); trap 'rm -rf -- \"$t\"' EXIT; "
                              "base64 -d | tar -C \"$t\" -xpf - --same-owner; "
                              "if { [ -e \"$f\" ] || [ -L \"$f\" ]; } && [ ! -e \"$f.puw-original\" ] && "
                              "[ ! -L \"$f.puw-original\" ]; then mv -T -- \"$f\" \"$f.puw-original\"; "
                              "elif [ -e \"$f\" ] || [ -L \"$f\" ]; then rm -rf -- \"$f\"; fi; "
                              "mv -T -- \"$t\" \"$f\"; trap - EXIT; echo written");

RunOptions asRootWith(const QByteArray& content)
{
    RunOptions options;
    options.sudo = true;
    options.stdinData = content.toBase64();
    options.logLines = false;
    return options;
}

bool isName(const QString& name)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    return plain.match(name).hasMatch();
}
} // namespace

QString writeFile(JobContext& ctx, const QString& path, const ConfigFileState& source,
                  const QByteArray& content, QString* error)
{
    static const QRegularExpression octal(QStringLiteral("^[0-7]{3,4}$"));
    if (!ctx.isDryRun() &&
        (!octal.match(source.mode).hasMatch() || !isName(source.owner) || !isName(source.group))) {
        *error = JobText::tr("%1 on the old host has an owner, group or mode that cannot be given on the new "
                             "host (%2:%3, %4).")
                     .arg(path, source.owner, source.group, source.mode);
        return {};
    }
    const ShellOutcome written =
        ctx.run(HostRole::New,
                {QStringLiteral("sh"), QStringLiteral("-c"), kFileScript, QStringLiteral("sh"), path,
                 source.owner, source.group, source.mode},
                asRootWith(content));
    if (!written.ok()) {
        *error = JobText::tr("Could not write %1 on the new host: %2 (does the owner %3:%4 exist there?)")
                     .arg(path, written.describe(), source.owner, source.group);
        return {};
    }
    return written.stdoutText.section(QLatin1Char(' '), 0, 0).trimmed();
}

bool writeFolder(JobContext& ctx, const QString& path, const QByteArray& archive, QString* error)
{
    const ShellOutcome written =
        ctx.run(HostRole::New,
                {QStringLiteral("sh"), QStringLiteral("-c"), kFolderScript, QStringLiteral("sh"), path},
                asRootWith(archive));
    if (!written.ok()) {
        *error =
            JobText::tr("Could not write the folder %1 on the new host: %2").arg(path, written.describe());
        return false;
    }
    return true;
}

} // namespace puw::ConfigInstall
