#include "CanaryPlan.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace puw {

namespace {
class CanaryText {
    Q_DECLARE_TR_FUNCTIONS(puw::UpgradePlan)
};

QList<int> readStages(JsonFieldReader& reader, const QJsonObject& object, const QString& path)
{
    const QString field = JsonFieldReader::join(path, QStringLiteral("stages"));
    const QString fix = CanaryText::tr("List rising shares of requests in percent ending with 100, e.g. "
                                       "[10, 50, 100].");
    const QJsonValue value = object.value(QStringLiteral("stages"));
    if (!value.isArray() || value.toArray().isEmpty()) {
        reader.fail(field, CanaryText::tr("must be a list of percentages."), fix);
        return {};
    }
    QList<int> stages;
    for (const QJsonValue& entry : value.toArray()) {
        const double number = entry.toDouble(-1);
        const int percent = static_cast<int>(number);
        if (!entry.isDouble() || number != percent || percent < 1 || percent > 100) {
            reader.fail(field,
                        CanaryText::tr("holds %1, which is not a whole percentage from 1 to 100.")
                            .arg(entry.isDouble() ? QString::number(number) : entry.toVariant().toString()),
                        fix);
            return {};
        }
        if (!stages.isEmpty() && percent <= stages.last()) {
            reader.fail(field,
                        CanaryText::tr("does not rise: %1 follows %2.").arg(percent).arg(stages.last()), fix);
            return {};
        }
        stages.append(percent);
    }
    if (stages.last() != 100)
        reader.fail(
            field,
            CanaryText::tr("ends at %1%: the last stage must send every request to new.").arg(stages.last()),
            fix);
    return stages;
}

double readRate(JsonFieldReader& reader, const QJsonObject& object, const QString& path, double fallback)
{
    const QString key = QStringLiteral("maxErrorRate");
    if (!object.contains(key))
        return fallback;
    const QJsonValue value = object.value(key);
    const double rate = value.toDouble(-1);
    if (!value.isDouble() || rate < 0 || rate > 1)
        reader.fail(
            JsonFieldReader::join(path, key), CanaryText::tr("must be a fraction from 0 to 1 (0.01 is 1%)."),
            CanaryText::tr("Set the share of failed answers from new that ends the canary, e.g. 0.01."));
    return rate;
}
} // namespace

CanarySpec readCanary(JsonFieldReader& reader, const QJsonObject& route, const QString& parent)
{
    CanarySpec canary;
    const QJsonObject object = reader.optionalObject(route, QStringLiteral("canary"), parent);
    if (reader.failed() || object.isEmpty())
        return canary;
    const QString path = JsonFieldReader::join(parent, QStringLiteral("canary"));
    reader.rejectUnknownKeys(
        object,
        JsonFieldReader::keyList({"stages", "holdSeconds", "maxErrorRate", "maxP95LatencyMs", "minRequests"}),
        path);
    if (reader.failed())
        return canary;
    canary.stagesPercent = readStages(reader, object, path);
    canary.holdSeconds =
        reader.optionalInt(object, QStringLiteral("holdSeconds"), path, canary.holdSeconds, 1, 86400);
    canary.maxErrorRate = readRate(reader, object, path, canary.maxErrorRate);
    canary.maxP95LatencyMs = reader.optionalInt(object, QStringLiteral("maxP95LatencyMs"), path,
                                                canary.maxP95LatencyMs, 1, 600000);
    canary.minRequests =
        reader.optionalInt(object, QStringLiteral("minRequests"), path, canary.minRequests, 0, 1000000);
    return canary;
}

QJsonObject canaryToJson(const CanarySpec& canary)
{
    if (canary.isEmpty())
        return {};
    QJsonArray stages;
    for (int percent : canary.stagesPercent)
        stages.append(percent);
    return {{QStringLiteral("stages"), stages},
            {QStringLiteral("holdSeconds"), canary.holdSeconds},
            {QStringLiteral("maxErrorRate"), canary.maxErrorRate},
            {QStringLiteral("maxP95LatencyMs"), canary.maxP95LatencyMs},
            {QStringLiteral("minRequests"), canary.minRequests}};
}

} // namespace puw
