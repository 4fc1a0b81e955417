#include "JsonFieldReader.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace puw {

namespace {
class FieldText {
    Q_DECLARE_TR_FUNCTIONS(puw::JsonFieldReader)
};

// The allowed key closest to a misspelt one, when it is close enough to be a typo.
QString closestKey(const QString& key, const QStringList& allowed)
{
    auto distance = [](const QString& a, const QString& b) {
        QList<int> previous(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            previous[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            QList<int> current(b.size() + 1);
            current[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
                current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            }
            previous = current;
        }
        return previous[b.size()];
    };
    QString best;
    int bestDistance = 3; // more than two edits away is not a typo
    for (const QString& candidate : allowed) {
        const int d = distance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best;
}
} // namespace

void JsonFieldReader::fail(const QString& field, const QString& problem, const QString& fix)
{
    if (!m_error)
        m_error = PlanError{m_fileName, field, problem, fix};
}

QStringList JsonFieldReader::keyList(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* name : names)
        list.append(QLatin1String(name));
    return list;
}

Expected<QJsonObject, PlanError> JsonFieldReader::parseObject(const QByteArray& json, const QString& fileName,
                                                              const QString& what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = json.left(parseError.offset).count('\n') + 1;
        return PlanError{
            fileName,
            {},
            FieldText::tr("is not valid JSON: %1 at line %2.").arg(parseError.errorString()).arg(line),
            FieldText::tr("Correct the syntax there (a missing comma or quote is the usual cause).")};
    }
    if (!document.isObject())
        return PlanError{fileName,
                         {},
                         FieldText::tr("must hold one JSON object."),
                         //: %1 is what the file holds: "plan" or "recipe" (translated on their own)
                         FieldText::tr("Enclose the %1 in { ... }.").arg(what)};
    return document.object();
}

QString JsonFieldReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFieldReader::typeName(const QJsonValue& value) const
{
    switch (value.type()) {
    case QJsonValue::Null:
        return FieldText::tr("null");
    case QJsonValue::Bool:
        return FieldText::tr("a true/false value");
    case QJsonValue::Double:
        return FieldText::tr("a number");
    case QJsonValue::String:
        return FieldText::tr("a string");
    case QJsonValue::Array:
        return FieldText::tr("a list");
    case QJsonValue::Object:
        return FieldText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return FieldText::tr("nothing");
}

QString JsonFieldReader::requiredString(const QJsonObject& object, const QString& key, const QString& path,
                                        const QString& fix)
{
    const QString field = join(path, key);
    if (!object.contains(key)) {
        fail(field, FieldText::tr("is missing."), fix);
        return {};
    }
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        fail(field, FieldText::tr("must be a string, not %1.").arg(typeName(value)), fix);
        return {};
    }
    if (value.toString().trimmed().isEmpty()) {
        fail(field, FieldText::tr("is empty."), fix);
        return {};
    }
    return value.toString();
}

QString JsonFieldReader::optionalString(const QJsonObject& object, const QString& key, const QString& path)
{
    if (!object.contains(key) || object.value(key).isNull())
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        fail(join(path, key), FieldText::tr("must be a string, not %1.").arg(typeName(value)),
             FieldText::tr("Put the value in double quotes."));
        return {};
    }
    return value.toString();
}

int JsonFieldReader::optionalInt(const QJsonObject& object, const QString& key, const QString& path,
                                 int defaultValue, int minimum, int maximum)
{
    if (!object.contains(key) || object.value(key).isNull())
        return defaultValue;
    const QJsonValue value = object.value(key);
    const QString field = join(path, key);
    const QString range = FieldText::tr("Use a whole number from %1 to %2.").arg(minimum).arg(maximum);
    if (!value.isDouble()) {
        fail(field, FieldText::tr("must be a number, not %1.").arg(typeName(value)), range);
        return defaultValue;
    }
    const double number = value.toDouble();
    // Range first: converting a double beyond long long's range (1e300) to an integer is undefined.
    if (!(number >= minimum && number <= maximum) || number != std::floor(number)) {
        fail(field, FieldText::tr("is %1, which is out of range.").arg(number), range);
        return defaultValue;
    }
    return static_cast<int>(number);
}

bool JsonFieldReader::optionalBool(const QJsonObject& object, const QString& key, const QString& path,
                                   bool defaultValue)
{
    if (!object.contains(key))
        return defaultValue;
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        fail(join(path, key), FieldText::tr("must be true or false, not %1.").arg(typeName(value)),
             FieldText::tr("Write true or false without quotes."));
        return defaultValue;
    }
    return value.toBool();
}

QJsonObject JsonFieldReader::requiredObject(const QJsonObject& object, const QString& key,
                                            const QString& path, const QString& fix)
{
    const QString field = join(path, key);
    if (!object.contains(key)) {
        fail(field, FieldText::tr("is missing."), fix);
        return {};
    }
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        fail(field, FieldText::tr("must be an object ({ ... }), not %1.").arg(typeName(value)), fix);
        return {};
    }
    return value.toObject();
}

QJsonObject JsonFieldReader::optionalObject(const QJsonObject& object, const QString& key,
                                            const QString& path)
{
    if (!object.contains(key) || object.value(key).isNull())
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        fail(join(path, key), FieldText::tr("must be an object ({ ... }), not %1.").arg(typeName(value)),
             FieldText::tr("Enclose its fields in braces."));
        return {};
    }
    return value.toObject();
}

QStringList JsonFieldReader::optionalStringList(const QJsonObject& object, const QString& key,
                                                const QString& path)
{
    if (!object.contains(key) || object.value(key).isNull())
        return {};
    const QJsonValue value = object.value(key);
    const QString field = join(path, key);
    if (!value.isArray()) {
        fail(field, FieldText::tr("must be a list ([ ... ]), not %1.").arg(typeName(value)),
             FieldText::tr("Enclose the strings in square brackets."));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            fail(QStringLiteral("%1[%2]").arg(field).arg(i),
                 FieldText::tr("must be a string, not %1.").arg(typeName(array.at(i))),
                 FieldText::tr("Put the value in double quotes."));
            return {};
        }
        result.append(array.at(i).toString());
    }
    return result;
}

QMap<QString, QString> JsonFieldReader::optionalStringMap(const QJsonObject& object, const QString& key,
                                                          const QString& path)
{
    const QJsonObject map = optionalObject(object, key, path);
    QMap<QString, QString> result;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            fail(join(join(path, key), it.key()),
                 FieldText::tr("must be a string, not %1.").arg(typeName(it.value())),
                 FieldText::tr("Put the value in double quotes, even a number."));
            return {};
        }
        result.insert(it.key(), it.value().toString());
    }
    return result;
}

void JsonFieldReader::rejectUnknownKeys(const QJsonObject& object, const QStringList& allowed,
                                        const QString& path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString suggestion = closestKey(it.key(), allowed);
        fail(join(path, it.key()), FieldText::tr("is not a known field."),
             suggestion.isEmpty() ? FieldText::tr("Remove it; the known fields are: %1.")
                                        .arg(allowed.join(QStringLiteral(", ")))
                                  : FieldText::tr("Did you mean \"%1\"?").arg(suggestion));
        return;
    }
}

} // namespace puw
