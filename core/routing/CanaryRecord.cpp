#include "CanaryRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace puw {

QString canaryStagesToJson(const QList<CanaryStageRecord>& stages)
{
    QJsonArray list;
    for (const CanaryStageRecord& stage : stages)
        list.append(QJsonObject{{QStringLiteral("percent"), stage.percent},
                                {QStringLiteral("startMs"), stage.startMs},
                                {QStringLiteral("endMs"), stage.endMs},
                                {QStringLiteral("requests"), stage.requests},
                                {QStringLiteral("failed"), stage.failed},
                                {QStringLiteral("total"), stage.total},
                                {QStringLiteral("p95Ms"), stage.p95Ms},
                                {QStringLiteral("passed"), stage.passed},
                                {QStringLiteral("verdict"), stage.verdict}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<CanaryStageRecord> canaryStagesFromJson(const QString& json)
{
    QList<CanaryStageRecord> stages;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    for (const QJsonValue& value : document.array()) {
        const QJsonObject object = value.toObject();
        CanaryStageRecord stage;
        stage.percent = object.value(QStringLiteral("percent")).toInt();
        stage.startMs = object.value(QStringLiteral("startMs")).toInteger();
        stage.endMs = object.value(QStringLiteral("endMs")).toInteger();
        stage.requests = object.value(QStringLiteral("requests")).toInteger();
        stage.failed = object.value(QStringLiteral("failed")).toInteger();
        stage.total = object.value(QStringLiteral("total")).toInteger();
        stage.p95Ms = object.value(QStringLiteral("p95Ms")).toInteger(-1);
        stage.passed = object.value(QStringLiteral("passed")).toBool();
        stage.verdict = object.value(QStringLiteral("verdict")).toString();
        stages.append(stage);
    }
    return stages;
}

} // namespace puw
