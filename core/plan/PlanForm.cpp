#include "PlanForm.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace puw {

namespace {
class PlanFormText {
    Q_DECLARE_TR_FUNCTIONS(puw::PlanForm)
};

PlanForm::Host hostFields(const HostSpec& host)
{
    return {host.address, host.port == 0 ? QString() : QString::number(host.port), host.user,
            host.identityFile};
}

// A number when the text is one, else the text itself: the plan's reader then names the field and says
// "must be a number, not a string", exactly as for a hand-written file.
QJsonValue numberOrText(const QString& text)
{
    bool isNumber = false;
    const double number = text.trimmed().toDouble(&isNumber);
    return isNumber ? QJsonValue(number) : QJsonValue(text);
}

QJsonObject hostObject(const PlanForm::Host& host)
{
    QJsonObject object{{QStringLiteral("address"), host.address.trimmed()}};
    if (!host.port.trimmed().isEmpty())
        object.insert(QStringLiteral("port"), numberOrText(host.port));
    if (!host.user.trimmed().isEmpty())
        object.insert(QStringLiteral("user"), host.user.trimmed());
    if (!host.identityFile.trimmed().isEmpty())
        object.insert(QStringLiteral("identityFile"), host.identityFile.trimmed());
    return object;
}

QJsonObject nonEmpty(const QMap<QString, QString>& map)
{
    QJsonObject object;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().trimmed().isEmpty())
            object.insert(it.key(), it.value().trimmed());
    }
    return object;
}
} // namespace

PlanForm PlanForm::fromPlan(const UpgradePlan& plan)
{
    PlanForm form;
    form.name = plan.name;
    form.recipe = plan.recipeId;
    form.oldHost = hostFields(plan.oldHost);
    form.newHost = hostFields(plan.newHost);
    form.routeKind = routeKindKey(plan.route.kind);
    form.publicUrl = plan.route.publicUrl;
    form.proxy = hostFields(plan.route.proxy);
    form.upstreamFile = plan.route.upstreamFile;
    form.dnsName = plan.route.dnsName;
    form.resolver = plan.route.resolver;
    form.resolverPort = plan.route.resolverPort == 53 ? QString() : QString::number(plan.route.resolverPort);
    form.knownHosts = plan.knownHostsFile;
    form.variables = plan.variables;
    form.secretEnvironment = plan.secretEnvironment;
    return form;
}

QByteArray PlanForm::toJson() const
{
    QJsonObject root{{QStringLiteral("format"), UpgradePlan::kFormatVersion},
                     {QStringLiteral("recipe"), recipe.trimmed()},
                     {QStringLiteral("old"), hostObject(oldHost)},
                     {QStringLiteral("new"), hostObject(newHost)}};
    if (!name.trimmed().isEmpty())
        root.insert(QStringLiteral("name"), name.trimmed());
    const QString kind = routeKind.isEmpty() ? QStringLiteral("none") : routeKind;
    if (kind != QLatin1String("none") || !publicUrl.trimmed().isEmpty()) {
        QJsonObject route{{QStringLiteral("kind"), kind}};
        if (!publicUrl.trimmed().isEmpty())
            route.insert(QStringLiteral("publicUrl"), publicUrl.trimmed());
        if (kind == QLatin1String("nginx")) {
            if (!proxy.address.trimmed().isEmpty())
                route.insert(QStringLiteral("proxy"), hostObject(proxy));
            route.insert(QStringLiteral("upstreamFile"), upstreamFile.trimmed());
        } else if (kind == QLatin1String("dns")) {
            route.insert(QStringLiteral("dnsName"), dnsName.trimmed());
            if (!resolver.trimmed().isEmpty())
                route.insert(QStringLiteral("resolver"), resolver.trimmed());
            if (!resolverPort.trimmed().isEmpty())
                route.insert(QStringLiteral("resolverPort"), numberOrText(resolverPort));
        }
        root.insert(QStringLiteral("route"), route);
    }
    if (!knownHosts.trimmed().isEmpty())
        root.insert(QStringLiteral("knownHosts"), knownHosts.trimmed());
    const QJsonObject values = nonEmpty(variables);
    if (!values.isEmpty())
        root.insert(QStringLiteral("variables"), values);
    const QJsonObject secrets = nonEmpty(secretEnvironment);
    if (!secrets.isEmpty())
        root.insert(QStringLiteral("secretEnvironment"), secrets);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<UpgradePlan, PlanError> PlanForm::check(const QStringList& knownRecipes) const
{
    auto plan = UpgradePlan::fromJson(toJson(), {}, knownRecipes);
    if (!plan.ok())
        return plan;
    if (auto error = checkSecretEnvironment(plan.value().secretEnvironment, {}))
        return *error;
    return plan;
}

bool isEnvironmentVariableName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    return pattern.match(name).hasMatch();
}

std::optional<PlanError> checkSecretEnvironment(const QMap<QString, QString>& secretEnvironment,
                                                const QString& fileName)
{
    for (auto it = secretEnvironment.begin(); it != secretEnvironment.end(); ++it) {
        if (isEnvironmentVariableName(it.value()))
            continue;
        return PlanError{fileName, QStringLiteral("secretEnvironment.") + it.key(),
                         PlanFormText::tr("is not the name of an environment variable."),
                         PlanFormText::tr("Give the variable's name (letters, digits and _, such as "
                                          "UPGRADE_DB_PASSWORD), never the secret itself; leave it empty "
                                          "to use the keychain.")};
    }
    return std::nullopt;
}

} // namespace puw
