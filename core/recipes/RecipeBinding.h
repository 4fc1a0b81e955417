#pragma once

#include "Recipe.h"
#include "plan/PlanError.h"
#include "plan/UpgradePlan.h"
#include "util/Expected.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace puw {

// A recipe with the values of one plan filled in: the recipe's defaults, overridden by the plan's
// variables, plus the built-ins (hosts, public URL). Immutable once bound, so jobs can share it.
class RecipeBinding {
public:
    // Fails when a variable without a default has no value in the plan, or the plan sets a variable the
    // recipe does not know (a typo would otherwise be silently ignored).
    static Expected<RecipeBinding, PlanError> bind(const Recipe& recipe, const UpgradePlan& plan,
                                                   const QString& planFile);

    const Recipe& recipe() const { return m_recipe; }
    const QMap<QString, QString>& values() const { return m_values; }
    DatabaseEngine databaseEngine() const { return m_engine; }
    QString value(const QString& name) const { return m_values.value(name); }

    // extra: per-call built-ins such as host_address. The error is the unknown placeholder's name. A
    // variable may hold a per-host built-in ("db_host": "{{host_address}}"): it is filled in from extra.
    Expected<QString, QString> expand(const QString& text, const QMap<QString, QString>& extra = {}) const;
    Expected<QStringList, QString> expand(const RecipeCommand& command,
                                          const QMap<QString, QString>& extra = {}) const;

    // The built-ins that differ per host and so are known only when a job expands a value for one host.
    static QStringList perHostBuiltins();

private:
    Recipe m_recipe;
    QMap<QString, QString> m_values;
    DatabaseEngine m_engine = DatabaseEngine::PostgreSql;
};

} // namespace puw
