#include "CheckResult.h"

#include <algorithm>

namespace puw {

CheckRecord CheckResult::toRecord(StepId step) const
{
    CheckRecord record;
    record.step = step;
    record.name = name;
    record.kind = kind;
    record.passed = passed;
    record.detail = detail;
    record.checkedAt = checkedAt.isValid() ? checkedAt : QDateTime::currentDateTimeUtc();
    return record;
}

QString formatDuration(qint64 milliseconds)
{
    if (milliseconds < 1000)
        return Checks::tr("%1 ms").arg(milliseconds);
    if (milliseconds < 60000)
        return Checks::tr("%1 s").arg(QString::number(double(milliseconds) / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    return Checks::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

int attemptTimeoutMs(qint64 leftMs, int perAttemptMs)
{
    const int ceiling = std::max(1, perAttemptMs);
    return int(std::clamp<qint64>(leftMs, std::min(1000, ceiling), ceiling));
}

QString excerpt(const QString& text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}

} // namespace puw
