#include "CopyConfigJob.h"

#include "jobs/JobContext.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/ConfigInstall.h"
#include "jobs/shared/ConfigPaths.h"
#include "jobs/shared/ConfigRead.h"
#include "jobs/shared/LocalConfigCopy.h"
#include "journal/SessionValues.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace puw {

namespace {
struct FoundFile {
    QString path;
    ConfigFileState oldState;
    ConfigFileState newState;
    QByteArray oldBytes;
    QByteArray newBytes;
};

// The local copy, or empty when the session has no backup folder.
QString keepLocalCopy(JobContext& ctx, const QString& side, const QString& path, const QByteArray& content,
                      QString* error)
{
    if (ctx.backupDir().isEmpty() || ctx.isDryRun())
        return {};
    return LocalConfigCopy::write(ctx.backupDir(), side, path, content, error);
}

// Inspects and reads one file on both hosts. Fails on a link on old, or what is not a file there.
bool look(JobContext& ctx, FoundFile& file, QString* error)
{
    file.oldState = ConfigRead::inspect(ctx, HostRole::Old, file.path, error);
    if (!error->isEmpty())
        return false;
    if (file.oldState.kind == ConfigFileState::Kind::Link) {
        *error = ConfigRead::refusedLink(HostRole::Old, file.path, file.oldState.linkTarget);
        return false;
    }
    if (ctx.isDryRun())
        return true;
    if (file.oldState.kind != ConfigFileState::Kind::File) {
        *error = JobText::tr("%1 is not a regular file on the old host.").arg(file.path);
        return false;
    }
    file.newState = ConfigRead::inspect(ctx, HostRole::New, file.path, error);
    if (!error->isEmpty())
        return false;
    file.oldBytes = ConfigRead::readFile(ctx, HostRole::Old, file.path, file.oldState,
                                         CopyConfigJob::kMaxFileBytes, error);
    if (!error->isEmpty())
        return false;
    if (file.newState.kind == ConfigFileState::Kind::Link)
        ctx.log(JobText::tr("Note: %1 on the new host is a symbolic link to %2; a copy replaces the link, it "
                            "does not write through it.")
                    .arg(file.path, file.newState.linkTarget));
    if (file.newState.kind == ConfigFileState::Kind::File)
        file.newBytes = ConfigRead::readFile(ctx, HostRole::New, file.path, file.newState,
                                             CopyConfigJob::kMaxFileBytes, error);
    return error->isEmpty();
}
} // namespace

StepOutcome CopyConfigJob::run(JobContext& ctx)
{
    const Recipe& recipe = ctx.recipe().recipe();
    for (const QString& warning : recipe.configWarnings)
        ctx.log(JobText::tr("Note: %1").arg(warning));

    QString error;
    QStringList expandedPatterns;
    QList<FoundFile> files;
    QJsonArray compared;
    QStringList differing;
    for (const QString& pattern : recipe.configFiles) {
        const QStringList paths = ConfigRead::find(ctx, pattern, false, &error);
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        expandedPatterns.append(ctx.expand(pattern, HostRole::Old).value());
        for (const QString& path : paths) {
            FoundFile file{path, {}, {}, {}, {}};
            if (!look(ctx, file, &error))
                return StepOutcome::failed(error);
            const QString oldCopy = keepLocalCopy(ctx, QStringLiteral("old"), path, file.oldBytes, &error);
            const QString newCopy =
                file.newState.kind == ConfigFileState::Kind::File
                    ? keepLocalCopy(ctx, QStringLiteral("new"), path, file.newBytes, &error)
                    : QString();
            if (!error.isEmpty())
                return StepOutcome::failed(error);
            const bool same = file.newState.kind == ConfigFileState::Kind::File &&
                              file.newState.sha256 == file.oldState.sha256;
            compared.append(QJsonObject{{QStringLiteral("path"), path},
                                        {QStringLiteral("same"), same},
                                        {QStringLiteral("oldSha256"), file.oldState.sha256},
                                        {QStringLiteral("newSha256"), file.newState.sha256},
                                        {QStringLiteral("oldCopy"), oldCopy},
                                        {QStringLiteral("newCopy"), newCopy}});
            if (!same)
                differing.append(path);
            files.append(file);
        }
        if (ctx.isCancelled())
            return StepOutcome::cancelled(JobText::tr("Cancelled; nothing was copied."));
    }
    QStringList folders;
    for (const QString& pattern : recipe.configFolders) {
        for (const QString& path : ConfigRead::find(ctx, pattern, true, &error)) {
            const ConfigFileState state = ConfigRead::inspect(ctx, HostRole::Old, path, &error);
            if (error.isEmpty() && state.kind == ConfigFileState::Kind::Link)
                error = ConfigRead::refusedLink(HostRole::Old, path, state.linkTarget);
            if (!error.isEmpty())
                break;
            folders.append(path);
        }
        if (!error.isEmpty())
            return StepOutcome::failed(error);
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
        const auto found =
            std::find_if(files.cbegin(), files.cend(), [&](const FoundFile& f) { return f.path == path; });
        if (found == files.cend() || !ConfigPaths::matchesAny(path, expandedPatterns))
            return StepOutcome::failed(
                JobText::tr("%1 is not a file the recipe's configuration names on the old host.").arg(path));
        const QString writtenSha =
            ConfigInstall::writeFile(ctx, path, found->oldState, found->oldBytes, &error);
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        if (!ctx.isDryRun() && writtenSha != found->oldState.sha256)
            return StepOutcome::failed(
                JobText::tr("%1 arrived altered on the new host (SHA-256 %2 instead of %3).")
                    .arg(path, writtenSha, found->oldState.sha256));
        ctx.reportArtefact({0,
                            StepId::CopyConfig,
                            QStringLiteral("config-copy"),
                            QStringLiteral("new:") + path,
                            found->oldState.size,
                            found->oldState.sha256,
                            true,
                            {}});
        copied.append(
            QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("sha256"), found->oldState.sha256}});
    }
    for (const QString& folder : folders) {
        const QByteArray archive =
            ConfigRead::readFolder(ctx, HostRole::Old, folder, kMaxFolderBytes, &error);
        if (error.isEmpty() && !ctx.isDryRun())
            keepLocalCopy(ctx, QStringLiteral("old"), folder + QStringLiteral(".tar"), archive, &error);
        if (error.isEmpty())
            ConfigInstall::writeFolder(ctx, folder, archive, &error);
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());
        ctx.reportArtefact({0,
                            StepId::CopyConfig,
                            QStringLiteral("config-folder"),
                            QStringLiteral("new:") + folder,
                            archive.size(),
                            sha,
                            true,
                            {}});
        copied.append(QJsonObject{{QStringLiteral("path"), folder}, {QStringLiteral("folder"), true}});
    }
    ctx.reportValue(SessionKey::kConfigCopied,
                    QString::fromUtf8(QJsonDocument(copied).toJson(QJsonDocument::Compact)));
    return StepOutcome::done(
        JobText::tr("Copied %n file(s) to the new host", nullptr, copied.size() - folders.size()) +
        (folders.isEmpty() ? QString() : JobText::tr(" and %n folder(s)", nullptr, folders.size())) +
        JobText::tr("; %n already identical.", nullptr, compared.size() - differing.size()));
}

} // namespace puw
