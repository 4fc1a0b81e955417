#pragma once

#include "NginxSwitch.h"
#include "checks/CheckResult.h"

#include <QHostAddress>
#include <QList>

#include <atomic>
#include <functional>

namespace puw {

// One answer of the resolver for a name's address records.
struct DnsAnswer {
    bool ok = false; // the resolver answered (even "no such name": then addresses is empty)
    QList<QHostAddress> addresses;
    quint32 ttlSeconds = 0; // the smallest TTL of the records
    QString error;          // when !ok, or the "no such name" words
};

// Asks for the A (IPv4) or AAAA (IPv6) records of name. resolver: null for the system's resolvers.
// Qt 6.4 asks a named resolver on port 53 only; another port is refused with a clear error.
// Synchronous (local event loop); run it in the engine's thread.
DnsAnswer lookupAddresses(const QString& name, bool ipv6, const QHostAddress& resolver = {},
                          int resolverPort = 53, int timeoutMs = 5000,
                          const std::atomic<bool>* cancel = nullptr);

// The text step 9 shows the admin: the record to change, its current value and TTL, and the advice.
QString dnsChangeInstructions(const QString& name, const QHostAddress& newAddress, const DnsAnswer& current);

struct DnsWaitRequest {
    QString name;
    QHostAddress expected; // the new host's address
    QHostAddress resolver; // null: the system's resolvers
    int resolverPort = 53;
    int timeoutMs = 600000;
    int intervalMs = 5000;
    int attemptTimeoutMs = 5000;
    const std::atomic<bool>* cancel = nullptr;
};

struct DnsAttempt {
    int number = 0;
    qint64 elapsedMs = 0;
    DnsAnswer answer;
    bool matches = false; // every address the resolver gave is the expected one
};

struct DnsWaitResult {
    CheckResult result; // kind "dns": "app.example.org resolves to 203.0.113.5 after 3 attempts in 10.2 s"
    int attempts = 0;
    DnsAnswer last;
};

// Polls until the name resolves to the expected address only, the time is up or cancel turns true.
// onAttempt is called after every attempt (return false to stop).
DnsWaitResult waitForDns(const DnsWaitRequest& request,
                         const std::function<bool(const DnsAttempt&)>& onAttempt = {});

} // namespace puw
