#include "TesterPreview.h"

#include "ProxyReach.h"
#include "jobs/JobText.h"
#include "jobs/StepOptions.h"
#include "journal/SessionValues.h"
#include "plan/PreviewPlan.h"
#include "remote/ShellQuote.h"
#include "routing/NginxCommands.h"
#include "routing/NginxPreview.h"
#include "routing/RouteFromRecipe.h"

#include <QDateTime>
#include <QUrl>

namespace puw::TesterPreview {

namespace {

struct Proxy {
    NginxSetup setup;
    QString file;
    QString address; // where the block listens and testers go
    int port = 0;
};

struct FileSeen {
    bool present = false;
    QString content;
};

Expected<Proxy, QString> proxyOf(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind != RouteKind::Nginx || route.preview.isEmpty())
        return unexpected(JobText::tr("The plan has no preview for testers: add route.preview, e.g. "
                                      "{\"port\": 8081}, to an nginx route."));
    auto setup = nginxSetupFor(ctx.recipe(), route);
    if (!setup.ok())
        return unexpected(setup.error());
    Proxy proxy{setup.value(), nginx_preview::fileFor(route), route.proxy.address, route.preview.port};
    if (const QString problem = previewFileProblem(proxy.file); !problem.isEmpty())
        //: %1 the preview's file on the proxy, %2 what is wrong with it
        return unexpected(
            JobText::tr("The preview's file %1 %2 Set route.preview.file.").arg(proxy.file, problem));
    return proxy;
}

RunOptions fileOptions(const Proxy& proxy, const QByteArray& input = {})
{
    RunOptions options;
    options.sudo = proxy.setup.sudo;
    options.stdinData = input;
    options.timeoutMs = proxy.setup.commandTimeoutMs;
    return options;
}

Expected<FileSeen, QString> inspect(JobContext& ctx, const Proxy& proxy)
{
    RunOptions options = fileOptions(proxy);
    options.logLines = false; // the file's content, not news
    const ShellOutcome outcome = ctx.runLine(HostRole::Proxy, nginx_preview::inspect(proxy.file), options);
    if (ctx.isDryRun()) // nothing ran: taken as open when the session says so, so the close is listed
        return FileSeen{!ctx.sessionValue(SessionKey::kPreviewOpenedAt).isEmpty() &&
                            ctx.sessionValue(SessionKey::kPreviewClosedAt).isEmpty(),
                        nginx_preview::marker()};
    const QString& out = outcome.stdoutText;
    if (!outcome.ok() ||
        !(out.startsWith(QLatin1String("present\n")) || out.startsWith(QLatin1String("absent"))))
        return unexpected(
            JobText::tr("Could not read %1 on the proxy: %2").arg(proxy.file, outcome.describe()));
    const bool present = out.startsWith(QLatin1String("present\n"));
    return FileSeen{present, present ? out.mid(8) : QString()};
}

bool ours(const FileSeen& seen)
{
    return seen.content.startsWith(nginx_preview::marker());
}

QString notOurs(const Proxy& proxy)
{
    //: %1 a file on the proxy
    return JobText::tr("%1 on the proxy was not written by this program, so it is left alone. Remove it or "
                       "name another file in route.preview.file.")
        .arg(proxy.file);
}

// nginx's words when a command failed, or how it ended.
QString said(const ShellOutcome& outcome)
{
    const QString text = (outcome.stderrText + outcome.stdoutText).trimmed();
    return text.isEmpty() ? outcome.describe() : text.section(QLatin1Char('\n'), 0, 2);
}

ShellOutcome test(JobContext& ctx, const Proxy& proxy)
{
    RunOptions options;
    options.sudo = proxy.setup.testSudo;
    options.timeoutMs = proxy.setup.commandTimeoutMs;
    return ctx.runLine(HostRole::Proxy, shellJoin(proxy.setup.testCommand), options);
}

ShellOutcome reload(JobContext& ctx, const Proxy& proxy)
{
    RunOptions options;
    options.sudo = proxy.setup.reloadSudo;
    options.timeoutMs = proxy.setup.commandTimeoutMs;
    return ctx.runLine(HostRole::Proxy, shellJoin(proxy.setup.reloadCommand), options);
}

// Puts the file back as it was before this run changed it: its earlier content, or no file.
bool putBack(JobContext& ctx, const Proxy& proxy, const FileSeen& before)
{
    const QString line =
        before.present ? nginx_commands::write(proxy.file) : nginx_preview::remove(proxy.file);
    return ctx
        .runLine(HostRole::Proxy, line,
                 fileOptions(proxy, before.present ? before.content.toUtf8() : QByteArray()))
        .ok();
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

void recordClosed(JobContext& ctx)
{
    if (!ctx.isDryRun() && !ctx.sessionValue(SessionKey::kPreviewOpenedAt).isEmpty() &&
        ctx.sessionValue(SessionKey::kPreviewClosedAt).isEmpty())
        ctx.reportValue(SessionKey::kPreviewClosedAt, now());
}

// The close itself, once the file is known to be the program's: remove, test, reload.
Expected<Done, QString> removeAndReload(JobContext& ctx, const Proxy& proxy, const FileSeen& seen)
{
    if (!ctx.runLine(HostRole::Proxy, nginx_preview::remove(proxy.file), fileOptions(proxy)).ok())
        return unexpected(
            JobText::tr("Could not remove %1 on the proxy; the preview is still open.").arg(proxy.file));
    if (const ShellOutcome tested = test(ctx, proxy); !tested.ok()) {
        const bool back = putBack(ctx, proxy, seen);
        return unexpected(
            JobText::tr("nginx's test fails without the preview (%1), so nginx was not "
                        "reloaded; %2")
                .arg(said(tested), back ? JobText::tr("the preview's file is back in place.")
                                        : JobText::tr("the preview's file could NOT be put back.")));
    }
    if (const ShellOutcome reloaded = reload(ctx, proxy); !reloaded.ok()) {
        putBack(ctx, proxy, seen);
        return unexpected(JobText::tr("nginx could not be reloaded: %1; the preview is still open.")
                              .arg(reloaded.describe()));
    }
    // Closed is when testers can no longer reach it, not when the reload returned.
    if (!ctx.runLine(HostRole::Proxy, nginx_preview::waitUntilClosed(proxy.address, proxy.port)).ok())
        ctx.log(JobText::tr("The preview's port %1 still answered 10 s after the reload: nginx's workers of "
                            "the previous configuration may still be finishing requests.")
                    .arg(proxy.port));
    recordClosed(ctx);
    return Done{};
}

QString healthPath(JobContext& ctx)
{
    const auto& checks = ctx.recipe().recipe().httpChecks;
    if (checks.isEmpty())
        return QStringLiteral("/");
    const auto url = ctx.expand(checks.first().url, HostRole::New);
    const QString path = url.ok() ? QUrl(url.value()).path(QUrl::FullyEncoded) : QString();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

} // namespace

StepOutcome open(JobContext& ctx)
{
    auto proxy = proxyOf(ctx);
    if (!proxy.ok())
        return StepOutcome::failed(proxy.error());
    if (ctx.option(StepOption::kTypedProxy).toString() != proxy->address)
        //: %1 the proxy's address
        return StepOutcome::failed(JobText::tr("Opening the preview reloads the production proxy: type its "
                                               "address (%1) to go ahead. Nothing was changed.")
                                       .arg(proxy->address));
    const auto upstream = nginxUpstreamFor(ctx.recipe());
    if (!upstream.ok())
        return StepOutcome::failed(upstream.error());
    QStringList servers;
    for (const ProxyReach::Upstream& server : ProxyReach::upstreamServers(upstream.value()))
        servers << server.host + QLatin1Char(':') + server.port;
    const auto content = nginx_preview::block(proxy->address, proxy->port, servers);
    if (!content.ok())
        return StepOutcome::failed(
            JobText::tr("The preview cannot be written: %1. Nothing was changed.").arg(content.error()));
    const QString url = nginx_preview::urlFor(proxy->address, proxy->port);
    const auto seen = inspect(ctx, proxy.value());
    if (!seen.ok())
        return StepOutcome::failed(seen.error());
    if (seen->present && !ours(seen.value()))
        return StepOutcome::failed(notOurs(proxy.value()));
    const bool same = seen->present && seen->content == content.value();
    if (!same && !seen->present && !ctx.isDryRun() &&
        ctx.runLine(HostRole::Proxy, nginx_preview::portInUse(proxy->address, proxy->port)).ok())
        //: %1 address:port on the proxy
        return StepOutcome::failed(
            JobText::tr("Something already answers at %1:%2 on the proxy, so nginx could "
                        "not listen there for the preview. Choose another "
                        "route.preview.port. Nothing was changed.")
                .arg(proxy->address)
                .arg(proxy->port));
    if (!same) {
        if (!ctx.runLine(HostRole::Proxy, nginx_commands::write(proxy->file),
                         fileOptions(proxy.value(), content->toUtf8()))
                 .ok())
            return StepOutcome::failed(
                JobText::tr("Could not write %1 on the proxy; nothing was changed.").arg(proxy->file));
        if (const ShellOutcome tested = test(ctx, proxy.value()); !tested.ok()) {
            const bool back = putBack(ctx, proxy.value(), seen.value());
            //: %1 what nginx's test said
            return StepOutcome::failed(
                JobText::tr("nginx's test refuses the preview (%1), so nginx was not reloaded; %2")
                    .arg(said(tested),
                         back ? JobText::tr("its file was removed again: the proxy is as it was.")
                              : JobText::tr("its file could NOT be removed: remove %1 on the proxy by hand.")
                                    .arg(proxy->file)));
        }
        if (const ShellOutcome reloaded = reload(ctx, proxy.value()); !reloaded.ok()) {
            putBack(ctx, proxy.value(), seen.value());
            return StepOutcome::failed(
                JobText::tr("nginx could not be reloaded (%1); the preview's file was removed again.")
                    .arg(reloaded.describe()));
        }
    }
    const ShellOutcome asked =
        ctx.runLine(HostRole::Proxy, nginx_preview::ask(proxy->address, proxy->port, healthPath(ctx)));
    if (!ctx.isDryRun() && !asked.ok()) {
        const auto closed = removeAndReload(ctx, proxy.value(), FileSeen{true, content.value()});
        //: %1 the preview's URL, %2 the preview's file, %3 what became of it
        return StepOutcome::failed(
            JobText::tr(
                "nginx was reloaded with the preview, but nothing answers at %1 from the proxy itself. "
                "Does nginx's configuration include %2 (an include of its folder's *.conf, or "
                "route.preview.file naming a file it includes)? %3")
                .arg(url, proxy->file,
                     closed.ok() ? JobText::tr("The preview was closed again.") : closed.error()));
    }
    if (!ctx.isDryRun()) {
        if (!same || ctx.sessionValue(SessionKey::kPreviewOpenedAt).isEmpty() ||
            !ctx.sessionValue(SessionKey::kPreviewClosedAt).isEmpty())
            ctx.reportValue(SessionKey::kPreviewOpenedAt, now());
        ctx.reportValue(SessionKey::kPreviewUrl, url);
        ctx.reportValue(SessionKey::kPreviewClosedAt, QString());
    }
    //: %1 the preview's URL, %2 the public URL, %3 the first line of the preview's answer
    return StepOutcome::done(JobText::tr("Testers reach the new installation at %1 (it answered: %3); users "
                                         "stay on the old one at %2. Close the preview when testing is "
                                         "done; step 9 closes it too.")
                                 .arg(url, ctx.plan().route.publicUrl,
                                      ctx.isDryRun() ? JobText::tr("dry run") : asked.stdoutText.trimmed()));
}

StepOutcome close(JobContext& ctx)
{
    auto proxy = proxyOf(ctx);
    if (!proxy.ok())
        return StepOutcome::failed(proxy.error());
    const auto seen = inspect(ctx, proxy.value());
    if (!seen.ok())
        return StepOutcome::failed(seen.error());
    if (!seen->present) {
        recordClosed(ctx);
        return StepOutcome::done(JobText::tr("No preview is open: %1 is not on the proxy.").arg(proxy->file));
    }
    if (!ours(seen.value()))
        return StepOutcome::failed(notOurs(proxy.value()));
    const auto closed = removeAndReload(ctx, proxy.value(), seen.value());
    if (!closed.ok())
        return StepOutcome::failed(closed.error());
    return StepOutcome::done(JobText::tr("The preview is closed: %1 was removed from the proxy and nginx "
                                         "reloaded.")
                                 .arg(proxy->file));
}

Expected<Done, QString> closeIfOpen(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind != RouteKind::Nginx || route.preview.isEmpty())
        return Done{};
    auto proxy = proxyOf(ctx);
    if (!proxy.ok())
        return unexpected(proxy.error());
    const auto seen = inspect(ctx, proxy.value());
    if (!seen.ok())
        return unexpected(seen.error());
    if (!seen->present) {
        recordClosed(ctx);
        return Done{};
    }
    if (!ours(seen.value()))
        return Done{}; // not the program's: never touched (open refused it)
    ctx.log(JobText::tr("The testers' preview is still open: closing it (%1).").arg(proxy->file));
    return removeAndReload(ctx, proxy.value(), seen.value());
}

} // namespace puw::TesterPreview
