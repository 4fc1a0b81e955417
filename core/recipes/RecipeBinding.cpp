#include "RecipeBinding.h"

#include "Placeholders.h"

#include <QCoreApplication>

namespace puw {

namespace {
class BindingText {
    Q_DECLARE_TR_FUNCTIONS(puw::RecipeBinding)
};

QMap<QString, QString> builtinValues(const UpgradePlan& plan)
{
    return {{QStringLiteral("old_address"), plan.oldHost.address},
            {QStringLiteral("new_address"), plan.newHost.address},
            {QStringLiteral("proxy_address"), plan.route.proxy.address},
            {QStringLiteral("old_user"), plan.oldHost.user},
            {QStringLiteral("new_user"), plan.newHost.user},
            {QStringLiteral("public_url"), plan.route.publicUrl},
            {QStringLiteral("dns_name"), plan.route.dnsName}};
}
} // namespace

Expected<RecipeBinding, PlanError> RecipeBinding::bind(const Recipe& recipe, const UpgradePlan& plan,
                                                       const QString& planFile)
{
    for (auto it = plan.variables.begin(); it != plan.variables.end(); ++it) {
        if (!recipe.variables.contains(it.key()))
            return PlanError{planFile, QStringLiteral("variables.") + it.key(),
                             BindingText::tr("is not a variable of the recipe \"%1\".").arg(recipe.id),
                             BindingText::tr("Remove it, or use one of: %1.")
                                 .arg(recipe.variables.keys().join(QStringLiteral(", ")))};
    }

    RecipeBinding binding;
    binding.m_recipe = recipe;
    QMap<QString, QString> values = builtinValues(plan);
    QMap<QString, QString> pending; // defaults that may refer to other values
    for (auto it = recipe.variables.begin(); it != recipe.variables.end(); ++it) {
        if (plan.variables.contains(it.key()))
            values.insert(it.key(), plan.variables.value(it.key()));
        else if (it->hasDefault)
            pending.insert(it.key(), it->defaultValue);
        else
            return PlanError{
                planFile, QStringLiteral("variables.") + it.key(),
                BindingText::tr("is needed by the recipe \"%1\" and has no value.").arg(recipe.id),
                it->description.isEmpty()
                    ? BindingText::tr("Add it to the plan's variables.")
                    : BindingText::tr("Add it to the plan's variables: %1.").arg(it->description)};
    }
    // Defaults may use other variables ("{{db_name}}_backup"); resolve them in as many passes as needed.
    // A per-host built-in such as {{host_address}} stays in the value, filled in for each host by expand().
    QMap<QString, QString> deferred = values;
    for (const QString& name : perHostBuiltins())
        deferred.insert(name, QStringLiteral("{{%1}}").arg(name));
    while (!pending.isEmpty()) {
        bool progressed = false;
        for (auto it = pending.begin(); it != pending.end();) {
            auto expanded = expandPlaceholders(it.value(), deferred);
            if (expanded.ok()) {
                values.insert(it.key(), expanded.value());
                deferred.insert(it.key(), expanded.value());
                it = pending.erase(it);
                progressed = true;
            } else {
                ++it;
            }
        }
        if (!progressed)
            return PlanError{QStringLiteral("%1.json").arg(recipe.id),
                             QStringLiteral("variables.") + pending.firstKey(),
                             BindingText::tr("has a default that refers to itself through other variables."),
                             BindingText::tr("Give it a literal default.")};
    }
    binding.m_values = values;

    const auto engine = binding.expand(recipe.database.engine);
    if (!engine.ok() || !isKnownDatabaseEngine(engine.value()))
        return PlanError{planFile, QStringLiteral("variables"),
                         BindingText::tr("give the database engine \"%1\", which is not supported.")
                             .arg(engine.ok() ? engine.value() : recipe.database.engine),
                         BindingText::tr("Use \"postgresql\" or \"mysql\" (MySQL and MariaDB).")};
    binding.m_engine = databaseEngineFromName(engine.value());
    // Refused now, not in step 9 during the downtime.
    if (plan.route.kind == RouteKind::Nginx && recipe.routing.nginxUpstream.isEmpty())
        return PlanError{planFile, QStringLiteral("route.kind"),
                         BindingText::tr("is \"nginx\", but the recipe \"%1\" has no nginx upstream template "
                                         "(routing.nginxUpstream): step 9 could not switch the proxy.")
                             .arg(recipe.id),
                         BindingText::tr("Add routing.nginxUpstream to the recipe, or route by DNS.")};
    if (!plan.route.canary.isEmpty() && recipe.routing.nginxCanaryUpstream.isEmpty())
        return PlanError{
            planFile, QStringLiteral("route.canary"),
            BindingText::tr("asks for a canary, but the recipe \"%1\" has no weighted upstream "
                            "template (routing.nginxCanaryUpstream): step 9 could not share "
                            "requests between old and new.")
                .arg(recipe.id),
            BindingText::tr("Add routing.nginxCanaryUpstream to the recipe, with {{old_weight}} "
                            "and {{new_weight}} on the two server lines, or remove route.canary.")};
    return binding;
}

QStringList RecipeBinding::perHostBuiltins()
{
    return {QStringLiteral("host_address")};
}

Expected<QString, QString> RecipeBinding::expand(const QString& text,
                                                 const QMap<QString, QString>& extra) const
{
    if (extra.isEmpty())
        return expandPlaceholders(text, m_values);
    QMap<QString, QString> values = m_values;
    values.insert(extra);
    auto expanded = expandPlaceholders(text, values);
    // A variable whose value names a per-host built-in ("db_host": "{{host_address}}") gets it filled in
    // here, in a second pass limited to the per-call values.
    if (expanded.ok() && !placeholdersIn(expanded.value()).isEmpty())
        return expandPlaceholders(expanded.value(), extra);
    return expanded;
}

Expected<QStringList, QString> RecipeBinding::expand(const RecipeCommand& command,
                                                     const QMap<QString, QString>& extra) const
{
    QStringList argv;
    for (const QString& word : command.argv) {
        auto expanded = expand(word, extra);
        if (!expanded.ok())
            return unexpected(expanded.error());
        argv.append(expanded.value());
    }
    return argv;
}

} // namespace puw
