#include "ConfigRead.h"

#include "ConfigPaths.h"
#include "jobs/JobText.h"
#include "remote/ShellQuote.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace puw::ConfigRead {

namespace {
RunOptions asRoot(bool logLines)
{
    RunOptions options;
    options.sudo = true; // configuration is often readable by root only; reading changes nothing
    options.logLines = logLines;
    return options;
}

QString sh(const QString& script, const QStringList& arguments)
{
    return shellJoin(QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script, QStringLiteral("sh")} +
                     arguments);
}

// Lists what a pattern names, one per line: regular files (or folders with $2 = d) and links.
const QString kFindScript =
    QStringLiteral("set +f; IFS='\n'; for f in $1; do if [ -L \"$f\" ] || [ -$2 \"$f\" ]; then "
                   "printf '%s\\n' \"$f\"; fi; done; exit 0");
// A link is named, never followed; a file gives its stat line and the SHA-256 of its bytes.
const QString kInspectScript = QStringLiteral(
    "f=$1; if [ -L \"$f\" ]; then echo link; readlink -- \"$f\"; elif [ -f \"$f\" ]; then "
    "stat -c 'file %a %U %G %s' -- \"$f\" && sha256sum < \"$f\"; elif [ -d \"$f\" ]; then "
    "stat -c 'folder %a %U %G 0' -- \"$f\"; elif [ -e \"$f\" ]; then echo other; else echo missing; fi");
const QString kReadFileScript =
    QStringLiteral("f=$1; if [ -L \"$f\" ] || [ ! -f \"$f\" ]; then echo \"$f is not a regular file\" >&2; "
                   "exit 3; fi; exec dd if=\"$f\" iflag=nofollow bs=65536 status=none");
const QString kReadFolderScript =
    QStringLiteral("d=$1; if [ -L \"$d\" ] || [ ! -d \"$d\" ]; then echo \"$d is not a folder\" >&2; "
                   "exit 3; fi; exec tar -C \"$d\" --one-file-system -cf - .");
} // namespace

QString refusedLink(HostRole role, const QString& path, const QString& target)
{
    return JobText::tr("%1 on the %2 host is a symbolic link to %3: it is not followed. List the file it "
                       "points to in the recipe (or the plan) instead.")
        .arg(path, hostRoleLabel(role), target);
}

QStringList find(JobContext& ctx, const QString& pattern, bool folders, QString* error)
{
    const auto expanded = ctx.expand(pattern, HostRole::Old);
    if (!expanded.ok()) {
        *error = JobText::tr("The recipe's file %1 uses {{%2}}, which has no value.")
                     .arg(pattern, expanded.error());
        return {};
    }
    const ShellOutcome found =
        ctx.runLine(HostRole::Old,
                    sh(kFindScript, {expanded.value(), folders ? QStringLiteral("d") : QStringLiteral("f")}),
                    asRoot(true));
    if (!found.ok()) {
        *error =
            JobText::tr("Cannot look for %1 on the old host: %2").arg(expanded.value(), found.describe());
        return {};
    }
    QStringList paths = found.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& path : paths) {
        if (!ConfigPaths::matches(path, expanded.value())) {
            const QString reason = ConfigPaths::unsafeReason(path);
            *error =
                JobText::tr("The old host named %1 for the recipe's %2, which does not name it%3: "
                            "nothing is copied.")
                    .arg(path, expanded.value(),
                         reason.isEmpty() ? QString() : QStringLiteral(" (") + reason + QLatin1Char(')'));
            return {};
        }
    }
    paths.removeDuplicates();
    return paths;
}

ConfigFileState inspect(JobContext& ctx, HostRole role, const QString& path, QString* error)
{
    ConfigFileState state;
    const ShellOutcome result = ctx.runLine(role, sh(kInspectScript, {path}), asRoot(false));
    if (!result.ok()) {
        *error = JobText::tr("Cannot inspect %1 on the %2 host: %3")
                     .arg(path, hostRoleLabel(role), result.describe());
        return state;
    }
    QStringList lines = result.stdoutText.split(QLatin1Char('\n'));
    const QString head = lines.value(0).trimmed();
    if (head == QLatin1String("link")) {
        state.kind = ConfigFileState::Kind::Link;
        lines.removeFirst();
        state.linkTarget = lines.join(QLatin1Char('\n')).trimmed();
        return state;
    }
    if (head == QLatin1String("other")) {
        state.kind = ConfigFileState::Kind::Other;
        return state;
    }
    const QStringList fields = head.split(QLatin1Char(' '));
    static const QRegularExpression octal(QStringLiteral("^[0-7]{3,4}$"));
    if (fields.size() != 5 || !octal.match(fields.at(1)).hasMatch())
        return state; // "missing", or a dry run
    state.kind =
        fields.at(0) == QLatin1String("folder") ? ConfigFileState::Kind::Folder : ConfigFileState::Kind::File;
    state.mode = fields.at(1);
    state.owner = fields.at(2);
    state.group = fields.at(3);
    state.size = fields.at(4).toLongLong();
    state.sha256 = lines.value(1).section(QLatin1Char(' '), 0, 0).trimmed();
    return state;
}

QByteArray readFile(JobContext& ctx, HostRole role, const QString& path, const ConfigFileState& state,
                    qint64 maxBytes, QString* error)
{
    if (state.size > maxBytes) {
        *error = JobText::tr("%1 is larger than %2 MiB: copy it by hand or list its folder.")
                     .arg(path)
                     .arg(maxBytes / (1024 * 1024));
        return {};
    }
    const DataRead read = ctx.readData(role, sh(kReadFileScript, {path}), maxBytes, asRoot(false));
    if (read.tooLarge) {
        *error = JobText::tr("%1 on the %2 host grew beyond %3 MiB while it was read: nothing is copied.")
                     .arg(path, hostRoleLabel(role))
                     .arg(maxBytes / (1024 * 1024));
        return {};
    }
    if (!read.ok()) {
        *error = JobText::tr("Cannot read %1 on the %2 host: %3")
                     .arg(path, hostRoleLabel(role), read.outcome.describe());
        return {};
    }
    if (!ctx.isDryRun() && QString::fromLatin1(read.sha256) != state.sha256) {
        *error =
            JobText::tr("%1 on the %2 host changed while it was read (SHA-256 %3, then %4): run the step "
                        "again when nothing writes it.")
                .arg(path, hostRoleLabel(role), state.sha256, QString::fromLatin1(read.sha256));
        return {};
    }
    return read.data;
}

QByteArray readFolder(JobContext& ctx, HostRole role, const QString& path, qint64 maxBytes, QString* error)
{
    const DataRead read = ctx.readData(role, sh(kReadFolderScript, {path}), maxBytes, asRoot(false));
    if (read.tooLarge) {
        *error = JobText::tr("The folder %1 on the %2 host holds more than %3 MiB: copy it by hand.")
                     .arg(path, hostRoleLabel(role))
                     .arg(maxBytes / (1024 * 1024));
        return {};
    }
    if (!read.ok()) {
        *error = JobText::tr("Cannot read the folder %1 on the %2 host: %3")
                     .arg(path, hostRoleLabel(role), read.outcome.describe());
        return {};
    }
    return read.data;
}

} // namespace puw::ConfigRead
