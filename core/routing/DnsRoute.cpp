#include "DnsRoute.h"

#include <QDeadlineTimer>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QtGlobal>

namespace puw {

namespace {

QString addressList(const QList<QHostAddress>& addresses)
{
    QStringList words;
    for (const QHostAddress& address : addresses)
        words << address.toString();
    return words.join(QStringLiteral(", "));
}

bool sameAddress(const QHostAddress& a, const QHostAddress& b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

bool onlyExpected(const DnsAnswer& answer, const QHostAddress& expected)
{
    if (!answer.ok || answer.addresses.isEmpty())
        return false;
    for (const QHostAddress& address : answer.addresses) {
        if (!sameAddress(address, expected))
            return false;
    }
    return true;
}

QString answerWords(const QString& name, const DnsAnswer& answer)
{
    if (!answer.ok)
        return answer.error;
    if (answer.addresses.isEmpty())
        return Routing::tr("%1 resolves to nothing (%2)")
            .arg(name, answer.error.isEmpty() ? Routing::tr("no address record") : answer.error);
    return Routing::tr("%1 resolves to %2").arg(name, addressList(answer.addresses));
}

} // namespace

DnsAnswer lookupAddresses(const QString& name, bool ipv6, const QHostAddress& resolver, int resolverPort,
                          int timeoutMs, const std::atomic<bool>* cancel)
{
    DnsAnswer answer;
    if (!resolver.isNull() && resolverPort != 53) {
#if QT_VERSION < QT_VERSION_CHECK(6, 6, 0)
        answer.error = Routing::tr("this build (Qt %1) can only ask a resolver on port 53, not %2")
                           .arg(QString::fromLatin1(qVersion()))
                           .arg(resolverPort);
        return answer;
#endif
    }
    QDnsLookup lookup(ipv6 ? QDnsLookup::AAAA : QDnsLookup::A, name);
    if (!resolver.isNull()) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        lookup.setNameserver(resolver, static_cast<quint16>(resolverPort));
#else
        lookup.setNameserver(resolver);
#endif
    }
    QEventLoop loop;
    bool timedOut = false;
    bool cancelled = false;
    QObject::connect(&lookup, &QDnsLookup::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] {
        timedOut = true;
        loop.quit();
    });
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, [&] {
        if (cancel && cancel->load()) {
            cancelled = true;
            loop.quit();
        }
    });
    lookup.lookup();
    deadline.start(std::max(1, timeoutMs));
    cancelPoll.start(50);
    if (!lookup.isFinished())
        loop.exec();
    const QString server = resolver.isNull() ? Routing::tr("the system's resolver") : resolver.toString();
    if (!lookup.isFinished()) {
        lookup.abort();
        answer.error =
            cancelled ? Routing::tr("cancelled")
                      : Routing::tr("no answer from %1 within %2").arg(server, formatDuration(timeoutMs));
        return answer;
    }
    switch (lookup.error()) {
    case QDnsLookup::NoError:
        answer.ok = true;
        break;
    case QDnsLookup::NotFoundError:
        answer.ok = true;
        answer.error = Routing::tr("no such name");
        return answer;
    default:
        answer.error = Routing::tr("%1 could not resolve %2: %3").arg(server, name, lookup.errorString());
        return answer;
    }
    quint32 ttl = 0;
    for (const QDnsHostAddressRecord& record : lookup.hostAddressRecords()) {
        answer.addresses << record.value();
        ttl = answer.addresses.size() == 1 ? record.timeToLive() : std::min(ttl, record.timeToLive());
    }
    answer.ttlSeconds = ttl;
    return answer;
}

QString dnsChangeInstructions(const QString& name, const QHostAddress& newAddress, const DnsAnswer& current)
{
    const QString type =
        newAddress.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("AAAA") : QStringLiteral("A");
    QStringList lines;
    lines << Routing::tr("Change the %1 record of %2 to %3.").arg(type, name, newAddress.toString());
    if (current.ok && !current.addresses.isEmpty()) {
        lines << Routing::tr("It now points to %1 with a TTL of %2 s.")
                     .arg(addressList(current.addresses))
                     .arg(current.ttlSeconds);
        if (current.ttlSeconds > 300)
            lines << Routing::tr(
                         "Resolvers may keep the old address for up to %1 s after the change. Lower the "
                         "TTL (e.g. to 60 s) at least %1 s before the cutover next time.")
                         .arg(current.ttlSeconds);
        else
            lines << Routing::tr("Resolvers should see the change within %1 s.").arg(current.ttlSeconds);
    } else {
        lines << Routing::tr("The name does not resolve now (%1).")
                     .arg(current.error.isEmpty() ? Routing::tr("no address record") : current.error);
    }
    lines << Routing::tr(
        "Keep the old installation stopped until the name points to the new host everywhere.");
    return lines.join(QLatin1Char('\n'));
}

DnsWaitResult waitForDns(const DnsWaitRequest& request,
                         const std::function<bool(const DnsAttempt&)>& onAttempt)
{
    DnsWaitResult wait;
    wait.result.name = Routing::tr("DNS %1").arg(request.name);
    wait.result.kind = QStringLiteral("dns");
    wait.result.checkedAt = QDateTime::currentDateTimeUtc();
    const bool ipv6 = request.expected.protocol() == QAbstractSocket::IPv6Protocol;
    QElapsedTimer clock;
    clock.start();
    bool matched = false;
    bool stopped = false;
    for (;;) {
        const qint64 left = request.timeoutMs - clock.elapsed();
        const int attemptTimeout = attemptTimeoutMs(left, request.attemptTimeoutMs);
        wait.last = lookupAddresses(request.name, ipv6, request.resolver, request.resolverPort,
                                    attemptTimeout, request.cancel);
        ++wait.attempts;
        matched = onlyExpected(wait.last, request.expected);
        if (request.cancel && request.cancel->load()) {
            wait.result.cancelled = !matched;
            break;
        }
        if (onAttempt && !onAttempt({wait.attempts, clock.elapsed(), wait.last, matched}) && !matched) {
            stopped = true;
            break;
        }
        if (matched || (!wait.last.ok && !wait.last.error.isEmpty() && request.resolverPort != 53 &&
                        !request.resolver.isNull()))
            break; // done, or a resolver this build cannot ask: waiting would not help
        const qint64 remaining = request.timeoutMs - clock.elapsed();
        if (remaining <= 0)
            break;
        QDeadlineTimer pause(std::min<qint64>(request.intervalMs, remaining));
        while (!pause.hasExpired() && !(request.cancel && request.cancel->load()))
            QThread::msleep(static_cast<unsigned long>(std::clamp<qint64>(pause.remainingTime(), 1, 50)));
        if (request.cancel && request.cancel->load()) {
            wait.result.cancelled = true;
            break;
        }
    }
    wait.result.elapsedMs = clock.elapsed();
    const QString took = formatDuration(wait.result.elapsedMs);
    const QString last = answerWords(request.name, wait.last);
    wait.result.passed = matched;
    if (matched)
        wait.result.detail =
            Routing::tr("%1 (the new host) after %n attempt(s) in %2", nullptr, wait.attempts)
                .arg(last, took);
    else if (wait.result.cancelled)
        wait.result.detail =
            Routing::tr("cancelled after %n attempt(s) in %1; last: %2", nullptr, wait.attempts)
                .arg(took, last);
    else if (stopped)
        wait.result.detail =
            Routing::tr("stopped after %n attempt(s) in %1; last: %2", nullptr, wait.attempts)
                .arg(took, last);
    else
        wait.result.detail =
            Routing::tr("%1 still does not resolve to %2 only after %n attempt(s) in %3; last "
                        "answer: %4",
                        nullptr, wait.attempts)
                .arg(request.name, request.expected.toString(), took, last);
    return wait;
}

} // namespace puw
