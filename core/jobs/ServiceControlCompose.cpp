#include "ServiceControlCompose.h"

#include "remote/ShellQuote.h"

#include <QCoreApplication>

namespace puw {

namespace {
class ComposeText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

const QString kComposeService = QStringLiteral("compose_service");
const QString kDocker = QStringLiteral("docker");
const QString kDockerCompose = QStringLiteral("docker-compose");

QString memoKey(const QString& what, HostRole role, const QStringList& parts = {})
{
    return QStringLiteral("compose/%1/%2/%3").arg(what, hostRoleLabel(role), parts.join(QChar(0x1f)));
}

// Prints "SERVICE<TAB>IMAGE" from the normalized YAML `config` prints (v1 and v2 alike: two spaces per
// level, services under the top-level "services:" key).
const char* const kServicesAwk = R"AWK(/^services:/ { in_services = 1; next }
/^[^ ]/ { in_services = 0 }
in_services && /^  [^ ]/ { name = $0; sub(/^  /, "", name); sub(/:[^:]*$/, "", name); gsub(/["']/, "", name); next }
in_services && /^    image:/ { image = $0; sub(/^    image: */, "", image); gsub(/["']/, "", image); print name "\t" image })AWK";
} // namespace

QString composeProbeLine()
{
    return QStringLiteral(
        "if docker compose version >/dev/null 2>&1; then echo compose=plugin; "
        "elif command -v docker-compose >/dev/null 2>&1; then echo compose=standalone; "
        "else echo compose=none; fi; "
        "if docker info >/dev/null 2>&1; then echo socket=reachable; else echo socket=denied; fi");
}

ComposeHost parseComposeProbe(const QString& output)
{
    ComposeHost host;
    const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.contains(QStringLiteral("compose=plugin"))) {
        host.found = true;
    } else if (lines.contains(QStringLiteral("compose=standalone"))) {
        host.found = true;
        host.words = QStringList{kDockerCompose};
    }
    host.sudo = !lines.contains(QStringLiteral("socket=reachable"));
    return host;
}

QString composeServicesLine(const ComposeHost& host, const QString& composeFile)
{
    // The listing's exit status is config's own: `exit` in the substitution's failure keeps it.
    return QStringLiteral("config=\"$(%1)\" || exit; printf '%s\\n' \"$config\" | awk %2")
        .arg(shellJoin(host.words + QStringList{QStringLiteral("-f"), composeFile, QStringLiteral("config")}),
             shellQuote(QString::fromUtf8(kServicesAwk)));
}

QString serviceWithImage(const QString& listing, const QString& image)
{
    QStringList matches;
    for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        if (tab <= 0)
            continue;
        const QString name = line.left(tab);
        const QString found = line.mid(tab + 1).trimmed();
        if (found == image || found.startsWith(image + QLatin1Char(':')) ||
            found.startsWith(image + QLatin1Char('@')))
            matches << name;
    }
    return matches.size() == 1 ? matches.first() : QString();
}

Expected<ComposeHost, QString> composeHost(JobContext& ctx, HostRole role)
{
    if (ctx.isDryRun())
        return ComposeHost{};
    const QString key = memoKey(QStringLiteral("host"), role);
    QString probe = ctx.remembered(key);
    if (probe.isEmpty()) {
        RunOptions options;
        options.logLines = false;
        options.timeoutMs = 60000;
        const ShellOutcome outcome = ctx.runLine(role, composeProbeLine(), options);
        if (!outcome.ok())
            return unexpected(outcome.describe());
        probe = outcome.stdoutText;
        ctx.remember(key, probe);
    }
    const ComposeHost host = parseComposeProbe(probe);
    if (!host.found)
        //: %1: old or new (the host)
        return unexpected(
            ComposeText::tr("Neither \"docker compose\" nor \"docker-compose\" is installed on %1.")
                .arg(hostRoleLabel(role)));
    return host;
}

Expected<QString, QString> composeServiceName(JobContext& ctx, HostRole role, const QString& composeFile,
                                              const QString& image)
{
    if (ctx.isDryRun())
        //: A placeholder shown in a dry run's commands; %1: a docker image such as
        //: ghcr.io/scille/parsec-server
        return ComposeText::tr("(the service of image %1)").arg(image);
    const QString key = memoKey(QStringLiteral("service"), role, {composeFile, image});
    if (const QString known = ctx.remembered(key); !known.isEmpty())
        return known;
    const auto host = composeHost(ctx, role);
    if (!host.ok())
        return unexpected(host.error());
    RunOptions options;
    options.sudo = host->sudo;
    options.logLines = false;
    options.timeoutMs = 60000;
    const ShellOutcome listing = ctx.runLine(role, composeServicesLine(host.value(), composeFile), options);
    if (!listing.ok())
        //: %1: the compose file, %2: old or new, %3: the error
        return unexpected(ComposeText::tr("Reading the compose file %1 on %2 failed: %3")
                              .arg(composeFile, hostRoleLabel(role), listing.describe()));
    const QString name = serviceWithImage(listing.stdoutText, image);
    if (name.isEmpty())
        //: %1: the compose file, %2: old or new, %3: a docker image without its tag
        return unexpected(
            ComposeText::tr("The compose file %1 on %2 has no service, or more than one, with the image %3.")
                .arg(composeFile, hostRoleLabel(role), image));
    ctx.remember(key, name);
    return name;
}

bool usesDocker(const RecipeCommand& command)
{
    if (command.argv.isEmpty())
        return false;
    if (command.argv.first() == kDocker || command.argv.first() == kDockerCompose)
        return true;
    const QString placeholder = QStringLiteral("{{%1}}").arg(kComposeService);
    for (const QString& word : command.argv) {
        if (word.contains(placeholder))
            return true;
    }
    return false;
}

Expected<ResolvedCommand, QString> resolveDockerCommand(JobContext& ctx, HostRole role,
                                                        const RecipeCommand& command)
{
    QMap<QString, QString> extra{{QStringLiteral("host_address"), ctx.hostAddress(role)}};
    const QString placeholder = QStringLiteral("{{%1}}").arg(kComposeService);
    if (command.argv.join(QChar(0x1f)).contains(placeholder)) {
        const ServiceSpec* compose = nullptr;
        for (const ServiceSpec& service : ctx.recipe().recipe().services) {
            if (service.manager == ServiceSpec::Manager::Compose) {
                compose = &service;
                break;
            }
        }
        if (!compose)
            return unexpected(
                ComposeText::tr("The recipe uses {{compose_service}} but has no compose service."));
        const auto file = ctx.recipe().expand(compose->composeFile, extra);
        const auto given = ctx.recipe().expand(compose->composeService, extra);
        const auto image = ctx.recipe().expand(compose->composeImage, extra);
        if (!file.ok() || !given.ok() || !image.ok())
            return unexpected(ComposeText::tr("The compose service of %1 uses a placeholder without a value.")
                                  .arg(compose->name));
        if (!given->isEmpty()) {
            extra.insert(kComposeService, given.value());
        } else {
            const auto name = composeServiceName(ctx, role, file.value(), image.value());
            if (!name.ok())
                return unexpected(name.error());
            extra.insert(kComposeService, name.value());
        }
    }
    const auto expanded = ctx.recipe().expand(command, extra);
    if (!expanded.ok())
        return unexpected(
            ComposeText::tr("The recipe's command uses {{%1}}, which has no value.").arg(expanded.error()));
    ResolvedCommand resolved{expanded.value(), command.sudo};
    const QString program = resolved.argv.value(0);
    if (program != kDocker && program != kDockerCompose)
        return resolved;
    const auto host = composeHost(ctx, role);
    if (!host.ok())
        return unexpected(host.error());
    if (program == kDockerCompose)
        resolved.argv = host->words + resolved.argv.mid(1);
    else if (resolved.argv.value(1) == QLatin1String("compose"))
        resolved.argv = host->words + resolved.argv.mid(2);
    resolved.sudo = resolved.sudo || host->sudo;
    return resolved;
}

} // namespace puw
