#include "CopyConfigJob.h"

#include "jobs/JobContext.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "jobs/shared/ConfigInstall.h"
#include "jobs/shared/ConfigMerge.h"
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
    QString pattern; // as the recipe writes it
    ConfigFileState oldState;
    ConfigFileState newState;
    QByteArray oldBytes;
    QByteArray newBytes;
    ConfigMergeInputs inputs;
    ConfigMergeOutcome merge;
    QByteArray sha256; // of merge.text
};

// The shipped default of a file on one host, when the recipe names one and it is a regular file there.
std::optional<QByteArray> shippedDefault(JobContext& ctx, HostRole role, const QString& pattern,
                                         QString* error)
{
    const QString templ = ctx.recipe().recipe().configDefaults.value(pattern);
    if (templ.isEmpty())
        return std::nullopt;
    const auto path = ctx.expand(templ, role);
    if (!path.ok()) {
        *error = JobText::tr("The recipe's shipped default %1 uses {{%2}}, which has no value.")
                     .arg(templ, path.error());
        return std::nullopt;
    }
    const ConfigFileState state = ConfigRead::inspect(ctx, role, path.value(), error);
    if (!error->isEmpty() || state.kind != ConfigFileState::Kind::File) {
        if (error->isEmpty())
            ctx.log(state.kind == ConfigFileState::Kind::Link
                        ? ConfigRead::refusedLink(role, path.value(), state.linkTarget)
                        : JobText::tr("Note: the shipped default %1 is not on the %2 host.")
                              .arg(path.value(), hostRoleLabel(role)));
        return std::nullopt;
    }
    QByteArray bytes =
        ConfigRead::readFile(ctx, role, path.value(), state, CopyConfigJob::kMaxFileBytes, error);
    if (!error->isEmpty())
        return std::nullopt;
    return bytes;
}

ConfigMergePlan mergePlan(JobContext& ctx, const QString& path)
{
    ConfigMergePlan plan;
    const QString side = ctx.plan().configConflicts;
    if (side == QLatin1String("old"))
        plan.policy = ConflictPolicy::OldWins;
    else if (side == QLatin1String("new"))
        plan.policy = ConflictPolicy::NewWins;
    // The wizard's choices: {"path": ["old", "new", ...]} per hunk.
    const QVariantMap all = ctx.option(StepOption::kChoices).toMap();
    for (const QVariant& take : all.value(path).toList()) {
        const QString name = take.toString();
        plan.choices.append({name == QLatin1String("old")   ? Take::Old
                             : name == QLatin1String("new") ? Take::New
                                                            : Take::Default,
                             {}});
    }
    return plan;
}

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
    if (!error->isEmpty())
        return false;
    file.inputs.oldFile = file.oldBytes;
    if (file.newState.kind == ConfigFileState::Kind::File)
        file.inputs.newFile = file.newBytes;
    file.inputs.oldDefault = shippedDefault(ctx, HostRole::Old, file.pattern, error);
    if (error->isEmpty())
        file.inputs.newDefault = shippedDefault(ctx, HostRole::New, file.pattern, error);
    if (!error->isEmpty())
        return false;
    file.merge = mergeConfig(file.path, file.inputs, mergePlan(ctx, file.path));
    file.sha256 = QCryptographicHash::hash(file.merge.text, QCryptographicHash::Sha256).toHex();
    return true;
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
            if (std::any_of(files.cbegin(), files.cend(), [&](const FoundFile& f) { return f.path == path; }))
                continue; // named by an earlier pattern too
            FoundFile file;
            file.path = path;
            file.pattern = pattern;
            if (!look(ctx, file, &error))
                return StepOutcome::failed(error);
            const QString oldCopy = keepLocalCopy(ctx, QStringLiteral("old"), path, file.oldBytes, &error);
            const QString newCopy =
                file.newState.kind == ConfigFileState::Kind::File
                    ? keepLocalCopy(ctx, QStringLiteral("new"), path, file.newBytes, &error)
                    : QString();
            const QString mergedCopy =
                file.merge.error.isEmpty()
                    ? keepLocalCopy(ctx, QStringLiteral("merged"), path, file.merge.text, &error)
                    : QString();
            const QString oldDefaultCopy =
                file.inputs.oldDefault
                    ? keepLocalCopy(ctx, QStringLiteral("old-default"), path, *file.inputs.oldDefault, &error)
                    : QString();
            const QString newDefaultCopy =
                file.inputs.newDefault
                    ? keepLocalCopy(ctx, QStringLiteral("new-default"), path, *file.inputs.newDefault, &error)
                    : QString();
            if (!error.isEmpty())
                return StepOutcome::failed(error);
            const bool same = file.newState.kind == ConfigFileState::Kind::File &&
                              file.merge.error.isEmpty() &&
                              file.newState.sha256 == QString::fromLatin1(file.sha256);
            QJsonObject entry{{QStringLiteral("path"), path},
                              {QStringLiteral("same"), same},
                              {QStringLiteral("oldSha256"), file.oldState.sha256},
                              {QStringLiteral("newSha256"), file.newState.sha256},
                              {QStringLiteral("oldCopy"), oldCopy},
                              {QStringLiteral("newCopy"), newCopy},
                              {QStringLiteral("mergedCopy"), mergedCopy},
                              {QStringLiteral("oldDefaultCopy"), oldDefaultCopy},
                              {QStringLiteral("newDefaultCopy"), newDefaultCopy}};
            if (file.merge.error.isEmpty())
                entry.insert(QStringLiteral("merged"), file.merge.toJson());
            else
                entry.insert(QStringLiteral("unresolved"), file.merge.error);
            compared.append(entry);
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
        if (!found->merge.error.isEmpty())
            return StepOutcome::failed(found->merge.error);
        const QString sha = QString::fromLatin1(found->sha256);
        const QString writtenSha =
            ConfigInstall::writeFile(ctx, path, found->oldState, found->merge.text, &error);
        if (!error.isEmpty())
            return StepOutcome::failed(error);
        if (!ctx.isDryRun() && writtenSha != sha)
            return StepOutcome::failed(
                JobText::tr("%1 arrived altered on the new host (SHA-256 %2 instead of %3).")
                    .arg(path, writtenSha, sha));
        const QStringList summary = found->merge.summary.describe();
        for (const QString& line : summary)
            ctx.log(path + QStringLiteral(": ") + line);
        ctx.reportArtefact({0,
                            StepId::CopyConfig,
                            QStringLiteral("config-copy"),
                            QStringLiteral("new:") + path,
                            found->merge.text.size(),
                            sha,
                            true,
                            {}});
        QJsonObject entry = found->merge.toJson();
        entry.insert(QStringLiteral("path"), path);
        entry.insert(QStringLiteral("sha256"), sha);
        entry.insert(QStringLiteral("summary"), QJsonArray::fromStringList(summary));
        copied.append(entry);
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
    // A copied unit file or drop-in counts only once systemd read it again (else step 5 starts the old one).
    if (std::any_of(chosen.cbegin(), chosen.cend(),
                    [](const QString& path) { return path.startsWith(QLatin1String("/etc/systemd/")); })) {
        RunOptions asRoot;
        asRoot.sudo = true;
        const ShellOutcome reloaded =
            ctx.run(HostRole::New, {QStringLiteral("systemctl"), QStringLiteral("daemon-reload")}, asRoot);
        if (!reloaded.ok())
            return StepOutcome::failed(
                JobText::tr("systemd on the new host did not reload the copied unit files: %1. Run `sudo "
                            "systemctl daemon-reload` there, then run this step again.")
                    .arg(reloaded.describe()));
    }
    ctx.reportValue(SessionKey::kConfigCopied,
                    QString::fromUtf8(QJsonDocument(copied).toJson(QJsonDocument::Compact)));
    return StepOutcome::done(
        JobText::tr("Copied %n file(s) to the new host", nullptr, copied.size() - folders.size()) +
        (folders.isEmpty() ? QString() : JobText::tr(" and %n folder(s)", nullptr, folders.size())) +
        JobText::tr("; %n already identical.", nullptr, compared.size() - differing.size()));
}

} // namespace puw
