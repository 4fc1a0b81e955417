#include "Downtime.h"

#include "JournalTime.h"
#include "SessionValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace puw {

namespace {
class DowntimeText {
    Q_DECLARE_TR_FUNCTIONS(puw::Downtime)
};

qint64 number(const QMap<QString, QString>& values, QLatin1String key)
{
    bool ok = false;
    const qint64 value = values.value(key).toLongLong(&ok);
    return ok ? value : -1;
}
} // namespace

QList<QLatin1String> DowntimePart::inOrder()
{
    return {kStop,    kPrepare, kCatchUp, kStream, kData,   kPostData,
            kCompare, kWatch,   kMigrate, kStart,  kChecks, kRoute};
}

QString DowntimePart::label(const QString& part)
{
    const QList<std::pair<QLatin1String, QString>> labels{
        {kStop, DowntimeText::tr("stopping both installations")},
        {kPrepare, DowntimeText::tr("preparing the new database")},
        {kCatchUp, DowntimeText::tr("catching up with old's last changes")},
        {kStream, DowntimeText::tr("streaming the backup")},
        {kData, DowntimeText::tr("restoring the rows")},
        {kPostData, DowntimeText::tr("indexes and constraints")},
        {kCompare, DowntimeText::tr("comparing with the old database")},
        {kWatch, DowntimeText::tr("watching that both stay stopped")},
        {kMigrate, DowntimeText::tr("migrations")},
        {kStart, DowntimeText::tr("starting the new installation")},
        {kChecks, DowntimeText::tr("checks")},
        {kRoute, DowntimeText::tr("routing users to the new installation")}};
    for (const auto& [name, text] : labels) {
        if (part == name)
            return text;
    }
    return part;
}

QMap<QString, qint64> readTimings(const QString& json)
{
    QMap<QString, qint64> timings;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isDouble())
            timings.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    }
    return timings;
}

QString writeTimings(const QMap<QString, qint64>& timings)
{
    QJsonObject object;
    for (auto it = timings.begin(); it != timings.end(); ++it)
        object.insert(it.key(), static_cast<double>(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Downtime Downtime::read(const QMap<QString, QString>& values, const StepRecord& stopBoth,
                        const StepRecord& routeTraffic)
{
    Downtime downtime;
    downtime.predictedMs = number(values, SessionKey::kDowntimePredictedMs);
    const QJsonObject prediction =
        QJsonDocument::fromJson(values.value(SessionKey::kDowntimePrediction).toUtf8()).object();
    const QJsonObject parts = prediction.value(QStringLiteral("parts")).toObject();
    for (auto it = parts.begin(); it != parts.end(); ++it)
        downtime.predictedParts.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
    downtime.dataScale = prediction.value(QStringLiteral("scale")).toDouble(1.0);
    downtime.measuredParts = readTimings(values.value(SessionKey::kCutoverTimings));

    downtime.startedAt = JournalTime::fromValue(values.value(SessionKey::kDowntimeStartedAt));
    downtime.endedAt = JournalTime::fromValue(values.value(SessionKey::kDowntimeEndedAt));
    if (!downtime.startedAt.isValid() && !downtime.endedAt.isValid()) {
        downtime.startedAt = stopBoth.state == StepState::Skipped ? QDateTime() : stopBoth.startedAt;
        downtime.endedAt = routeTraffic.state == StepState::Done ? routeTraffic.endedAt : QDateTime();
        downtime.fromStepTimes = downtime.startedAt.isValid();
    }
    return downtime;
}

qint64 Downtime::measuredMs() const
{
    if (!startedAt.isValid() || !endedAt.isValid())
        return -1;
    return std::max<qint64>(0, startedAt.msecsTo(endedAt));
}

double Downtime::ratio() const
{
    const qint64 measured = measuredMs();
    if (measured < 0 || predictedMs <= 0)
        return -1;
    return static_cast<double>(measured) / static_cast<double>(predictedMs);
}

QString Downtime::describeParts(const QMap<QString, qint64>& parts)
{
    QStringList texts;
    for (QLatin1String part : DowntimePart::inOrder()) {
        if (!parts.contains(part) || parts.value(part) <= 0)
            continue;
        //: one part of the downtime: %1 what (e.g. "migrations"), %2 seconds with one decimal
        texts.append(DowntimeText::tr("%1 %2 s")
                         .arg(DowntimePart::label(part))
                         .arg(QLocale().toString(parts.value(part) / 1000.0, 'f', 1)));
    }
    return texts.join(QStringLiteral(", "));
}

} // namespace puw
