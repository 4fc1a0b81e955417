#pragma once

#include "PlanError.h"
#include "util/Expected.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace puw {

// Reads fields from a JSON object and remembers the first problem as a PlanError that names the file,
// the field's full path and the fix. Used for plan files and recipe files alike.
class JsonFieldReader {
public:
    explicit JsonFieldReader(QString fileName) : m_fileName(std::move(fileName)) {}

    bool failed() const { return m_error.has_value(); }
    const PlanError& error() const { return *m_error; }
    void fail(const QString& field, const QString& problem, const QString& fix);

    QString requiredString(const QJsonObject& object, const QString& key, const QString& path,
                           const QString& fix);
    QString optionalString(const QJsonObject& object, const QString& key, const QString& path);
    int optionalInt(const QJsonObject& object, const QString& key, const QString& path, int defaultValue,
                    int minimum, int maximum);
    bool optionalBool(const QJsonObject& object, const QString& key, const QString& path, bool defaultValue);
    QJsonObject requiredObject(const QJsonObject& object, const QString& key, const QString& path,
                               const QString& fix);
    QJsonObject optionalObject(const QJsonObject& object, const QString& key, const QString& path);
    QStringList optionalStringList(const QJsonObject& object, const QString& key, const QString& path);
    QMap<QString, QString> optionalStringMap(const QJsonObject& object, const QString& key,
                                             const QString& path);

    // A misspelt key is an error, not silently ignored: "adress" would otherwise leave the host empty.
    void rejectUnknownKeys(const QJsonObject& object, const QStringList& allowed, const QString& path);

    static QString join(const QString& path, const QString& key);
    static QStringList keyList(std::initializer_list<const char*> names);

    // The file's single JSON object, or an error with the line of a syntax error. what: "plan", "recipe".
    static Expected<QJsonObject, PlanError> parseObject(const QByteArray& json, const QString& fileName,
                                                        const QString& what);

private:
    QString typeName(const QJsonValue& value) const;

    QString m_fileName;
    std::optional<PlanError> m_error;
};

} // namespace puw
