#pragma once

#include "Recipe.h"
#include "plan/JsonFieldReader.h"

#include <QJsonObject>
#include <QList>
#include <QPair>

namespace puw {

// Reads the sections of a recipe file. Remembers every text that may hold placeholders with its field,
// so that the loader can check them all against the recipe's variables.
class RecipeReader : public JsonFieldReader {
public:
    using JsonFieldReader::JsonFieldReader;

    QString templ(const QJsonObject& object, const QString& key, const QString& path);
    QString requiredTempl(const QJsonObject& object, const QString& key, const QString& path,
                          const QString& fix);
    QStringList templList(const QJsonObject& object, const QString& key, const QString& path);
    RecipeCommand command(const QJsonObject& object, const QString& key, const QString& path);
    QString pattern(const QJsonObject& object, const QString& key, const QString& path);
    QList<QJsonObject> objectList(const QJsonObject& object, const QString& key, const QString& path);

    const QList<QPair<QString, QString>>& templates() const { return m_templates; }

    QMap<QString, RecipeVariable> variables(const QJsonObject& root);
    QList<ServiceSpec> services(const QJsonObject& root);
    DatabaseSpec database(const QJsonObject& root);
    MigrationSpec migrations(const QJsonObject& root);
    void checks(const QJsonObject& root, Recipe& recipe);
    RoutingSpec routing(const QJsonObject& root);
    TimeoutSpec timeouts(const QJsonObject& root);
    QList<LogStuckSpec> logStuck(const QJsonObject& logs);

private:
    void remember(const QString& field, const QString& text);
    QList<QPair<QString, QString>> m_templates;
};

} // namespace puw
