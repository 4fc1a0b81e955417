#include "CopyConfigJob.h"

#include "jobs/JobContext.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "journal/SessionValues.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace puw {

namespace {
RunOptions asRoot(bool logLines = true)
{
    RunOptions options;
    options.sudo = true; // configuration is often readable by root only; reading changes nothing
    options.logLines = logLines;
    return options;
}

// Lists the files a pattern (a path, or a shell glob) names on the old host, one per line.
const QString kFindScript =
    QStringLiteral("set +f; IFS='\n'; for f in $1; do [ -f \"$f\" ] && printf '%s\\n' \"$f\"; "
                   "done; exit 0");
const QString kInspectScript = QStringLiteral("if [ -f \"$1\" ]; then stat -c '%a %U %G %s' -- \"$1\" && "
                                              "sha256sum -- \"$1\"; else echo missing; fi");
// Writes stdin (base64) to the file: the original is saved once, the new content lands atomically.
const QString kInstallScript = QStringLiteral(
    "set -e; f=$1; mkdir -p -- \"$(dirname -- \"$f\")\"; "
    "if [ -e \"$f\" ] && [ ! -e \"$f.puw-original\" ]; then cp -p -- \"$f\" \"$f.puw-original\"; fi; "
    "base64 -d > \"$f.puw-new\"; chown -- \"$2:$3\" \"$f.puw-new\"; chmod -- \"$4\" \"$f.puw-new\"; "
    "mv -f -- \"$f.puw-new\" \"$f\"; sha256sum -- \"$f\"");

QString keepLocalCopy(JobContext& ctx, const QString& side, const QString& path, const QByteArray& content)
{
    if (ctx.backupDir().isEmpty())
        return {};
    // Configuration files hold the application's own secrets (database passwords): owner-only, like the
    // backups beside them.
    const QString local = QDir(ctx.backupDir()).filePath(QStringLiteral("config/") + side + path);
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    for (QDir dir = QFileInfo(local).absoluteDir(); QDir().mkpath(dir.path()); dir.cdUp()) {
        QFile::setPermissions(dir.path(), ownerOnly | QFileDevice::ExeOwner);
        if (dir == QDir(ctx.backupDir()))
            break;
    }
    QSaveFile file(local);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.setPermissions(ownerOnly);
    file.write(content);
    return file.commit() ? local : QString();
}

QByteArray readContent(JobContext& ctx, HostRole role, const QString& path, QString* error)
{
    const ShellOutcome read = ctx.run(
        role, {QStringLiteral("base64"), QStringLiteral("-w0"), QStringLiteral("--"), path}, asRoot(false));
    if (!read.ok()) {
        *error =
            JobText::tr("Cannot read %1 on the %2 host: %3").arg(path, hostRoleLabel(role), read.describe());
        return {};
    }
    return QByteArray::fromBase64(read.stdoutText.trimmed().toLatin1());
}
} // namespace

QStringList CopyConfigJob::findFiles(JobContext& ctx, const QString& pattern, QString* error)
{
    const auto expanded = ctx.expand(pattern, HostRole::Old);
    if (!expanded.ok()) {
        *error = JobText::tr("The recipe's file %1 uses {{%2}}, which has no value.")
                     .arg(pattern, expanded.error());
        return {};
    }
    const ShellOutcome found = ctx.run(
        HostRole::Old,
        {QStringLiteral("sh"), QStringLiteral("-c"), kFindScript, QStringLiteral("sh"), expanded.value()},
        asRoot());
    if (!found.ok()) {
        *error =
            JobText::tr("Cannot look for %1 on the old host: %2").arg(expanded.value(), found.describe());
        return {};
    }
    return found.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

ConfigFileState CopyConfigJob::inspect(JobContext& ctx, HostRole role, const QString& path, QString* error)
{
    ConfigFileState state;
    const ShellOutcome result = ctx.run(
        role, {QStringLiteral("sh"), QStringLiteral("-c"), kInspectScript, QStringLiteral("sh"), path},
        asRoot(false));
    if (!result.ok()) {
        *error = JobText::tr("Cannot inspect %1 on the %2 host: %3")
                     .arg(path, hostRoleLabel(role), result.describe());
        return state;
    }
    const QStringList lines = result.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 2)
        return state; // "missing"
    const QStringList fields = lines.at(0).split(QLatin1Char(' '));
    if (fields.size() < 4)
        return state;
    state.exists = true;
    state.mode = fields.at(0);
    state.owner = fields.at(1);
    state.group = fields.at(2);
    state.size = fields.at(3).toLongLong();
    state.sha256 = lines.at(1).section(QLatin1Char(' '), 0, 0);
    return state;
}

StepOutcome CopyConfigJob::run(JobContext& ctx)
{
    for (const QString& warning : ctx.recipe().recipe().configWarnings)
        ctx.log(JobText::tr("Note: %1").arg(warning));

    QString error;
    QStringList differing;
    QJsonArray compared;
    for (const QString& pattern : ctx.recipe().recipe().configFiles) {
        for (const QString& path : findFiles(ctx, pattern, &error)) {
            const ConfigFileState oldState = inspect(ctx, HostRole::Old, path, &error);
            const ConfigFileState newState = inspect(ctx, HostRole::New, path, &error);
            if (!error.isEmpty())
                return StepOutcome::failed(error);
            const bool same = newState.exists && newState.sha256 == oldState.sha256;
            compared.append(QJsonObject{
                {QStringLiteral("path"), path},
                {QStringLiteral("same"), same},
                {QStringLiteral("oldSha256"), oldState.sha256},
                {QStringLiteral("newSha256"), newState.sha256},
                {QStringLiteral("oldCopy"), keepLocalCopy(ctx, QStringLiteral("old"), path,
                                                          readContent(ctx, HostRole::Old, path, &error))},
                {QStringLiteral("newCopy"), newState.exists
                                                ? keepLocalCopy(ctx, QStringLiteral("new"), path,
                                                                readContent(ctx, HostRole::New, path, &error))
                                                : QString()}});
            if (!same)
                differing.append(path);
        }
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        if (ctx.isCancelled())
            return StepOutcome::cancelled(JobText::tr("Cancelled; nothing was copied."));
    }
    ctx.reportValue(SessionKey::kConfigCompared,
                    QString::fromUtf8(QJsonDocument(compared).toJson(QJsonDocument::Compact)));
    if (ctx.option(StepOption::kCompareOnly).toBool())
        return StepOutcome::lookedOnly(
            JobText::tr("%n file(s) differ; choose which to copy.", nullptr, differing.size()));

    const QStringList chosen =
        ctx.option(StepOption::kFiles).isValid() ? ctx.option(StepOption::kFiles).toStringList() : differing;
    QJsonArray copied;
    for (const QString& path : chosen) {
        const ConfigFileState source = inspect(ctx, HostRole::Old, path, &error);
        if (!error.isEmpty() || !source.exists)
            return StepOutcome::failed(error.isEmpty() ? JobText::tr("%1 is not on the old host.").arg(path)
                                                       : error);
        if (source.size > kMaxFileBytes)
            return StepOutcome::failed(
                JobText::tr("%1 is larger than %2 MiB: copy it by hand or list its folder.")
                    .arg(path)
                    .arg(kMaxFileBytes / (1024 * 1024)));
        const QByteArray content = readContent(ctx, HostRole::Old, path, &error);
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        RunOptions install = asRoot();
        install.stdinData = content.toBase64();
        const ShellOutcome written =
            ctx.run(HostRole::New,
                    {QStringLiteral("sh"), QStringLiteral("-c"), kInstallScript, QStringLiteral("sh"), path,
                     source.owner, source.group, source.mode},
                    install);
        const QString writtenSha = written.stdoutText.section(QLatin1Char(' '), 0, 0).trimmed();
        if (!written.ok())
            return StepOutcome::failed(
                JobText::tr("Could not write %1 on the new host: %2 (does the owner %3:%4 "
                            "exist there?)")
                    .arg(path, written.describe(), source.owner, source.group));
        if (!ctx.isDryRun() && writtenSha != source.sha256)
            return StepOutcome::failed(
                JobText::tr("%1 arrived altered on the new host (SHA-256 %2 instead of %3).")
                    .arg(path, writtenSha, source.sha256));
        ctx.reportArtefact({0,
                            StepId::CopyConfig,
                            QStringLiteral("config-copy"),
                            QStringLiteral("new:") + path,
                            source.size,
                            source.sha256,
                            true,
                            {}});
        copied.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("sha256"), source.sha256}});
    }
    ctx.reportValue(SessionKey::kConfigCopied,
                    QString::fromUtf8(QJsonDocument(copied).toJson(QJsonDocument::Compact)));
    return StepOutcome::done(
        JobText::tr("Copied %n file(s) to the new host", nullptr, copied.size()) +
        JobText::tr("; %n already identical.", nullptr, compared.size() - differing.size()));
}

} // namespace puw
