#include "RouteFromRecipe.h"

namespace puw {

Expected<NginxSetup, QString> nginxSetupFor(const RecipeBinding& binding, const RouteSpec& route)
{
    if (route.kind != RouteKind::Nginx)
        return Unexpected<QString>{Routing::tr("the plan's route is not nginx")};
    if (route.upstreamFile.isEmpty())
        return Unexpected<QString>{Routing::tr("the plan names no upstream file (route.upstreamFile)")};
    const RoutingSpec& routing = binding.recipe().routing;
    NginxSetup setup;
    setup.upstreamFile = route.upstreamFile;
    if (!routing.nginxTest.isEmpty()) {
        const auto test = binding.expand(routing.nginxTest);
        if (!test.ok())
            return Unexpected<QString>{
                Routing::tr("routing.nginxTest uses an unknown value: %1").arg(test.error())};
        setup.testCommand = test.value();
    }
    if (!routing.nginxReload.isEmpty()) {
        const auto reload = binding.expand(routing.nginxReload);
        if (!reload.ok())
            return Unexpected<QString>{
                Routing::tr("routing.nginxReload uses an unknown value: %1").arg(reload.error())};
        setup.reloadCommand = reload.value();
    }
    setup.testSudo = routing.nginxTest.sudo;
    setup.reloadSudo = routing.nginxReload.sudo;
    setup.sudo = routing.nginxTest.sudo || routing.nginxReload.sudo;
    return setup;
}

Expected<QString, QString> nginxUpstreamFor(const RecipeBinding& binding)
{
    const QString& text = binding.recipe().routing.nginxUpstream;
    if (text.trimmed().isEmpty())
        return Unexpected<QString>{
            Routing::tr("the recipe has no nginx upstream template (routing.nginxUpstream)")};
    const auto expanded = binding.expand(text);
    if (!expanded.ok())
        return Unexpected<QString>{
            Routing::tr("routing.nginxUpstream uses an unknown value: %1").arg(expanded.error())};
    return expanded.value();
}

HttpCheckRequest publicUrlCheck(const RouteSpec& route, const QString& path, const QString& bodyContains)
{
    HttpCheckRequest check;
    check.name = Routing::tr("public address");
    QString base = route.publicUrl;
    if (base.endsWith(QLatin1Char('/')) && path.startsWith(QLatin1Char('/')))
        base.chop(1);
    check.url = QUrl(base + path);
    check.bodyContains = bodyContains;
    return check;
}

} // namespace puw
