#pragma once

#include "PlanError.h"
#include "UpgradePlan.h"
#include "util/Expected.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// A plan as the admin types it on the plan page: every field as text, so that "22x" in a port field is
// kept and judged rather than silently becoming 0. check() builds the JSON a plan file would hold and
// runs it through UpgradePlan::fromJson, so the page and a loaded file share one set of rules and
// messages (field named, fix said).
struct PlanForm {
    struct Host {
        QString address, port, user, identityFile;
        bool operator==(const Host&) const = default;
    };

    QString name;
    QString recipe;
    Host oldHost;
    Host newHost;
    QString routeKind; // "none", "nginx" or "dns"
    QString publicUrl;
    Host proxy;
    QString upstreamFile;
    QString dnsName;
    QString resolver;
    QString resolverPort;
    QString knownHosts;
    QMap<QString, QString> variables;         // empty values are left out
    QMap<QString, QString> secretEnvironment; // purpose -> variable name; empty names are left out

    bool operator==(const PlanForm&) const = default;

    static PlanForm fromPlan(const UpgradePlan& plan);
    QByteArray toJson() const;
    // The plan, or the first error in the same words UpgradePlan::load uses.
    Expected<UpgradePlan, PlanError> check(const QStringList& knownRecipes) const;
};

// An environment variable's name: letters, digits and "_", not starting with a digit. A value that is not
// a name is probably the secret itself, pasted into the wrong field; it must never reach a plan file.
bool isEnvironmentVariableName(const QString& name);
// The first secretEnvironment entry that is not a variable name, as an error naming its field.
std::optional<PlanError> checkSecretEnvironment(const QMap<QString, QString>& secretEnvironment,
                                                const QString& fileName);

} // namespace puw
