#include "AppPortsCheck.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControl.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace puw::AppPortsCheck {

namespace {
CheckRecord record(JobContext& ctx, const QString& name, bool passed, const QString& detail)
{
    return {0, ctx.step(), name, QStringLiteral("port"), passed, detail, QDateTime::currentDateTimeUtc()};
}

bool isWildcard(const QString& address)
{
    return address == QLatin1String("*") || address == QLatin1String("0.0.0.0") ||
           address == QLatin1String("::");
}

// "0.0.0.0:8081 (nginx (pid 812))", or without the process when ss did not name it.
QString describe(const Listener& listener)
{
    const QString where =
        (listener.address.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(listener.address)
                                                     : listener.address) +
        QLatin1Char(':') + QString::number(listener.port);
    if (listener.processes.isEmpty())
        //: %1 an address and port such as 0.0.0.0:8081
        return JobText::tr("%1 (a process ss does not name: it names other users' processes to root only)")
            .arg(where);
    return QStringLiteral("%1 (%2)").arg(where, listener.processes.join(QStringLiteral(", ")));
}

// Whether every service of the recipe runs on new (false when the recipe has none, or a status is unknown).
bool applicationRuns(JobContext& ctx)
{
    const QList<ServiceSpec>& services = ctx.recipe().recipe().services;
    for (const ServiceSpec& service : services) {
        if (serviceStatus(ctx, HostRole::New, service).state != ServiceState::Running)
            return false;
    }
    return !services.isEmpty();
}
} // namespace

Expected<QList<Listener>, QString> parseSs(const QString& output)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression process(QStringLiteral("\\(\"([^\"]*)\",pid=(\\d+)"));
    QList<Listener> listeners;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList words = line.trimmed().split(space, Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        // State, Recv-Q, Send-Q, Local, Peer[, Process]; older ss leave the State out for one state.
        bool numeric = false;
        words.first().toInt(&numeric);
        const qsizetype local = numeric ? 2 : 3;
        const qsizetype colon = words.size() > local + 1 ? words.at(local).lastIndexOf(QLatin1Char(':')) : -1;
        bool ok = false;
        const int port = colon > 0 ? words.at(local).mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port <= 0 || port > 65535)
            return unexpected(JobText::tr("Cannot read this line of ss: \"%1\"").arg(line.trimmed()));
        QString address = words.at(local).left(colon);
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        address = address.section(QLatin1Char('%'), 0, 0); // "127.0.0.53%lo": the interface goes
        Listener listener{address, port, {}};
        for (const auto& match : process.globalMatch(line)) {
            //: a process that listens: its name and process id
            const QString named = JobText::tr("%1 (pid %2)").arg(match.captured(1), match.captured(2));
            if (!listener.processes.contains(named))
                listener.processes << named;
        }
        listeners << listener;
    }
    return listeners;
}

bool takes(const Listener& listener, const AppPort& port)
{
    if (listener.port != port.port)
        return false;
    if (isWildcard(listener.address))
        return true;
    QHostAddress listening(listener.address);
    if (port.host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return listening.isLoopback();
    QHostAddress named;
    if (!named.setAddress(port.host))
        return true; // a host name: which address the application binds is not known
    return listening.isEqual(named, QHostAddress::ConvertV4MappedToIPv4);
}

QList<AppPort> applicationPorts(JobContext& ctx)
{
    QList<AppPort> ports;
    for (const HttpCheckSpec& check : ctx.recipe().recipe().httpChecks) {
        const auto url = ctx.expand(check.url, HostRole::New);
        if (!url.ok())
            continue; // step 6 says which placeholder has no value
        const QUrl parsed(url.value());
        const int port = parsed.port(parsed.scheme() == QLatin1String("https") ? 443 : 80);
        AppPort found{port, parsed.host()};
        const bool known = std::any_of(ports.cbegin(), ports.cend(), [&](const AppPort& other) {
            return other.port == found.port && other.host == found.host;
        });
        if (parsed.isValid() && !parsed.host().isEmpty() && !known)
            ports << found;
    }
    std::sort(ports.begin(), ports.end(), [](const AppPort& a, const AppPort& b) { return a.port < b.port; });
    return ports;
}

QList<CheckRecord> checks(JobContext& ctx)
{
    const QList<AppPort> ports = applicationPorts(ctx);
    if (ports.isEmpty())
        return {};
    RunOptions quiet;
    quiet.logLines = false;
    quiet.timeoutMs = 30000;
    const ShellOutcome listed =
        ctx.run(HostRole::New, {QStringLiteral("ss"), QStringLiteral("-Htlnp")}, quiet);
    if (ctx.isDryRun())
        return {};
    const QString address = ctx.hostAddress(HostRole::New);
    const auto listeners = listed.ok() ? parseSs(listed.stdoutText)
                                       : Expected<QList<Listener>, QString>(unexpected(listed.describe()));
    if (!listeners.ok())
        return {record(ctx, JobText::tr("The application's ports are free on new"), false,
                       JobText::tr("Cannot list the ports that listen on new (%1) with ss: %2. Fix: install "
                                   "iproute2 there (it holds ss), then run this step again.")
                           .arg(address, listeners.error()))};
    std::optional<bool> runs; // asked once, only when a port is taken
    QList<CheckRecord> records;
    for (const AppPort& port : ports) {
        const QString name = JobText::tr("Port %1 is free on new").arg(port.port);
        QStringList takers;
        for (const Listener& listener : listeners.value()) {
            if (takes(listener, port))
                takers << describe(listener);
        }
        if (takers.isEmpty()) {
            records << record(ctx, name, true,
                              JobText::tr("nothing listens on port %1 of %2 on new (%3)")
                                  .arg(port.port)
                                  .arg(port.host, address));
            continue;
        }
        if (!runs)
            runs = applicationRuns(ctx);
        if (*runs) {
            records << record(ctx, name, true,
                              JobText::tr("on new (%1) %2 listens there: the new application itself, whose "
                                          "services run already (a previous run of step 5)")
                                  .arg(address, takers.join(QStringLiteral("; "))));
            continue;
        }
        records << record(
            ctx, name, false,
            JobText::tr("On new (%1) port %2 is taken: %3 listens there, and the new application is not "
                        "running. Needed: port %2 free for the new application (the recipe's checks reach it "
                        "at %4:%2), or step 5 cannot start it. Fix: stop and disable that program on new, or "
                        "give the application another port (a variable such as app_port in the plan), then "
                        "run this step again.")
                .arg(address)
                .arg(port.port)
                .arg(takers.join(QStringLiteral("; ")), port.host));
    }
    return records;
}

} // namespace puw::AppPortsCheck
