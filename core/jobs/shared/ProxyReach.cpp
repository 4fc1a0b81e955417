#include "ProxyReach.h"

#include "jobs/JobText.h"
#include "routing/CanaryLog.h"
#include "routing/NginxCommands.h"
#include "routing/RouteFromRecipe.h"

#include <QRegularExpression>
#include <QUrl>

namespace puw::ProxyReach {

namespace {
// $1 host, $2 port, $3 path: the first line of the answer, or nothing (and exit status 1) if none came.
constexpr char kAskScript[] =
    "exec 3<>\"/dev/tcp/$1/$2\" || exit 2\n"
    "printf 'GET %s HTTP/1.0\\r\\nHost: %s\\r\\nConnection: close\\r\\n\\r\\n' \"$3\" \"$1\" >&3\n"
    "IFS= read -r line <&3 && printf '%s\\n' \"$line\"\n";

QString checkPath(const RecipeBinding& recipe)
{
    const auto& checks = recipe.recipe().httpChecks;
    if (checks.isEmpty())
        return QStringLiteral("/");
    const QUrl url(checks.first().url);
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

CheckRecord record(JobContext& ctx, bool passed, const QString& detail)
{
    return {0,
            ctx.step(),
            JobText::tr("The proxy reaches the new application"),
            QStringLiteral("http"),
            passed,
            detail,
            QDateTime::currentDateTimeUtc()};
}
} // namespace

QList<Upstream> upstreamServers(const QString& upstreamText)
{
    static const QRegularExpression server(
        QStringLiteral("^\\s*server\\s+(\\[[^\\]\\s]+\\]|[^\\s:;\\[]+):([0-9]{1,5})[\\s;]"),
        QRegularExpression::MultilineOption);
    QList<Upstream> servers;
    for (auto match = server.globalMatch(upstreamText); match.hasNext();) {
        const auto found = match.next();
        if (found.captured(1) != QLatin1String("unix"))
            servers.append({found.captured(1), found.captured(2)});
    }
    return servers;
}

std::optional<CheckRecord> check(JobContext& ctx)
{
    if (ctx.plan().route.kind != RouteKind::Nginx)
        return std::nullopt;
    const auto upstream = nginxUpstreamFor(ctx.recipe());
    if (!upstream.ok())
        return record(ctx, false, upstream.error());
    const QList<Upstream> servers = upstreamServers(upstream.value());
    if (servers.isEmpty())
        return record(
            ctx, false,
            JobText::tr("The recipe's nginx upstream names no \"server HOST:PORT\": nothing to ask. "
                        "Fix: give routing.nginxUpstream a server line."));
    const QString path = checkPath(ctx.recipe());
    QStringList answered;
    for (const Upstream& server : servers) {
        const QString host = server.host.startsWith(QLatin1Char('['))
                                 ? server.host.mid(1, server.host.size() - 2)
                                 : server.host;
        RunOptions options;
        options.timeoutMs = 15000;
        const ShellOutcome outcome = ctx.run(
            HostRole::Proxy,
            {QStringLiteral("timeout"), QStringLiteral("10"), QStringLiteral("bash"), QStringLiteral("-c"),
             QLatin1String(kAskScript), QStringLiteral("puw-proxy-reach"), host, server.port, path},
            options);
        const QString where = server.host + QLatin1Char(':') + server.port;
        if (ctx.isDryRun())
            continue;
        const QString status = outcome.stdoutText.trimmed();
        if (!outcome.ok() || !status.startsWith(QLatin1String("HTTP/")))
            //: %1 the proxy's address, %2 host:port of the new application as nginx will reach it, %3 a path
            return record(
                ctx, false,
                JobText::tr("From the proxy (%1), %2 does not answer (%3): step 9 would send users "
                            "where nothing answers them. Needed: the new application reachable from "
                            "the proxy at the address and port of the recipe's nginx upstream. Fix: "
                            "open the way between proxy and new (a firewall, the address the "
                            "application listens on, the upstream template), then run this step "
                            "again.")
                    .arg(ctx.hostAddress(HostRole::Proxy), where,
                         outcome.ok() ? JobText::tr("no HTTP answer to GET %1").arg(path)
                                      : outcome.describe()));
        answered << QStringLiteral("%1 (%2)").arg(where, status.section(QLatin1Char(' '), 1, 1));
    }
    if (ctx.isDryRun())
        return std::nullopt;
    return record(ctx, true,
                  JobText::tr("from the proxy (%1): %2")
                      .arg(ctx.hostAddress(HostRole::Proxy), answered.join(QStringLiteral(", "))));
}

std::optional<CheckRecord> nginxAcceptsUpstream(JobContext& ctx)
{
    if (ctx.plan().route.kind != RouteKind::Nginx)
        return std::nullopt;
    const QString name = JobText::tr("nginx accepts the new upstream");
    const auto fail = [&](const QString& why) {
        return CheckRecord{
            0, ctx.step(), name, QStringLiteral("nginx"), false, why, QDateTime::currentDateTimeUtc()};
    };
    const auto setup = nginxSetupFor(ctx.recipe(), ctx.plan().route);
    if (!setup.ok())
        return fail(setup.error());
    const auto upstream = nginxUpstreamFor(ctx.recipe());
    if (!upstream.ok())
        return fail(upstream.error());
    // A canary writes weighted upstreams with its log format first: the first stage's is tried too.
    QStringList contents{upstream.value()};
    if (!ctx.plan().route.canary.isEmpty()) {
        const int percent = ctx.plan().route.canary.stagesPercent.first();
        const auto stage =
            ctx.recipe().expand(ctx.recipe().recipe().routing.nginxCanaryUpstream,
                                {{QStringLiteral("old_weight"), QString::number(100 - percent)},
                                 {QStringLiteral("new_weight"), QString::number(percent)}});
        if (!stage.ok())
            return fail(
                JobText::tr("routing.nginxCanaryUpstream uses an unknown value: %1").arg(stage.error()));
        if (percent < 100)
            contents << stage.value() + canaryLogFormatBlock();
    }
    ShellOutcome outcome;
    for (const QString& content : std::as_const(contents)) {
        RunOptions options;
        options.sudo = setup->sudo || setup->testSudo;
        options.stdinData = content.toUtf8();
        options.timeoutMs = setup->commandTimeoutMs;
        outcome = ctx.runLine(HostRole::Proxy,
                              nginx_commands::testCopy(setup->upstreamFile, setup->testCommand), options);
        if (!outcome.ok())
            break;
    }
    if (ctx.isDryRun())
        return std::nullopt;
    const QString said = (outcome.stderrText + outcome.stdoutText).trimmed();
    if (!outcome.ok())
        //: %1 the proxy's address, %2 the upstream file, %3 what nginx's test said
        return fail(
            JobText::tr("On the proxy (%1), nginx's test refuses its configuration with the new "
                        "upstream in %2: %3. Nothing nginx serves was changed. Fix: correct the "
                        "recipe's routing.nginxUpstream or routing.nginxCanaryUpstream (or the plan's "
                        "values they use), then run this step again.")
                .arg(ctx.hostAddress(HostRole::Proxy), setup->upstreamFile,
                     said.isEmpty() ? outcome.describe() : said.section(QLatin1Char('\n'), 0, 2)));
    return CheckRecord{0,
                       ctx.step(),
                       name,
                       QStringLiteral("nginx"),
                       true,
                       JobText::tr("tried on a copy of the proxy's configuration with the new upstream in %1")
                           .arg(setup->upstreamFile),
                       QDateTime::currentDateTimeUtc()};
}

} // namespace puw::ProxyReach
