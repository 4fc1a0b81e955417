#include "DnsRecordCheck.h"

#include "jobs/JobText.h"
#include "journal/SessionValues.h"
#include "routing/DnsRoute.h"

namespace puw::DnsRecordCheck {

namespace {
QString resolverName(const QString& resolver)
{
    return resolver.isEmpty() ? JobText::tr("the system's resolver") : resolver;
}
} // namespace

std::optional<CheckRecord> check(JobContext& ctx)
{
    const RouteSpec& route = ctx.plan().route;
    if (route.kind != RouteKind::Dns || ctx.isDryRun())
        return std::nullopt;
    const QHostAddress newAddress(ctx.plan().newHost.address);
    const bool ipv6 = newAddress.protocol() == QAbstractSocket::IPv6Protocol;
    QStringList seen;
    QStringList unanswered;
    QString advice;
    for (const QString& resolver : route.resolvers()) {
        const DnsAnswer answer = lookupAddresses(route.dnsName, ipv6, QHostAddress(resolver),
                                                 route.resolverPort, 5000, ctx.cancelFlag());
        if (!answer.ok) {
            unanswered << JobText::tr("%1 (%2)").arg(resolverName(resolver), answer.error);
            continue;
        }
        QStringList addresses;
        for (const QHostAddress& address : answer.addresses)
            addresses << address.toString();
        //: %1 a resolver, %2 the addresses it gives, %3 the record's TTL in seconds
        seen << JobText::tr("%1: %2, TTL %3 s")
                    .arg(resolverName(resolver), addresses.isEmpty() ? JobText::tr("no address")
                                                                     : addresses.join(QStringLiteral(", ")))
                    .arg(answer.ttlSeconds);
        if (advice.isEmpty())
            advice = dnsChangeInstructions(route.dnsName, newAddress, answer);
    }
    if (!advice.isEmpty())
        ctx.reportValue(SessionKey::kDnsAdvice, advice);
    CheckRecord record;
    record.step = ctx.step();
    record.name = JobText::tr("DNS record of %1 at each resolver").arg(route.dnsName);
    record.kind = QStringLiteral("dns");
    record.passed = unanswered.isEmpty();
    record.detail =
        unanswered.isEmpty()
            ? seen.join(QStringLiteral("; "))
            : JobText::tr("No answer from %1: step 9 could not see the change there. Fix: correct "
                          "the plan's route.resolver or route.resolvers, or let this computer reach "
                          "them (port %2), then run this step again.")
                  .arg(unanswered.join(QStringLiteral("; ")))
                  .arg(route.resolverPort);
    record.checkedAt = QDateTime::currentDateTimeUtc();
    return record;
}

} // namespace puw::DnsRecordCheck
