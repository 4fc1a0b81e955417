// The downtime model (what the rehearsal's timings predict for the cutover) and the one reader of the
// downtime that the wizard and the report share.
#include "jobs/DowntimeModel.h"
#include "journal/Downtime.h"
#include "journal/SessionValues.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::DowntimePart;

namespace {

// A rehearsal whose import restored the rows as the cutover streams them, then the indexes.
QMap<QString, qint64> streamedRehearsal()
{
    return {{kService, 100},  {kLook, 40},       {kPrepare, 300}, {kStream, 5000},
            {kData, 4000},    {kPostData, 3000}, {kCompare, 500}, {kOldCounts, 200},
            {kMigrate, 1000}, {kStart, 800},     {kChecks, 400}};
}

qint64 sum(const QMap<QString, qint64>& parts)
{
    qint64 total = 0;
    for (qint64 ms : parts)
        total += ms;
    return total;
}

} // namespace

TEST(DowntimeModel, PredictsEachPartFromTheSameOperationInTheRehearsal)
{
    const DowntimePrediction p = predictDowntime(streamedRehearsal(), 1000, 1000);
    EXPECT_DOUBLE_EQ(p.scale, 1.0);
    EXPECT_EQ(p.parts.value(kStop), 300);    // three service starts: disable --now on both hosts
    EXPECT_EQ(p.parts.value(kPrepare), 420); // the recreate and three quick commands
    EXPECT_EQ(p.parts.value(kStream), 8000); // the rows restore while the dump streams: the longer one
                                             // and three quarters of the shorter, which shares the cores
    EXPECT_FALSE(p.parts.contains(kData));   // no separate restore of the rows
    EXPECT_EQ(p.parts.value(kPostData), 3000);
    EXPECT_EQ(p.parts.value(kCompare), 300); // the old counts are read during the stream
    EXPECT_EQ(p.parts.value(kWatch), 20);    // the quiet window passed long ago: a look at both hosts
    EXPECT_EQ(p.parts.value(kMigrate), 1000);
    EXPECT_EQ(p.parts.value(kStart), 800);
    EXPECT_EQ(p.parts.value(kChecks), 400);
    EXPECT_EQ(p.parts.value(kRoute), 450); // the proxy's first sudo, nginx -t, the reload, three answers
    EXPECT_EQ(p.totalMs, 14690);
    EXPECT_EQ(p.totalMs, sum(p.parts));
}

TEST(DowntimeModel, TheRowsWrittenSinceTheRehearsalScaleThePartsThatMoveData)
{
    const DowntimePrediction p = predictDowntime(streamedRehearsal(), 1000, 1500);
    EXPECT_DOUBLE_EQ(p.scale, 1.5);
    EXPECT_EQ(p.parts.value(kStream), 12000);
    EXPECT_EQ(p.parts.value(kPostData), 4500);
    EXPECT_EQ(p.parts.value(kCompare), 450);
    EXPECT_EQ(p.parts.value(kMigrate), 1500);
    // What does not depend on the data stays.
    EXPECT_EQ(p.parts.value(kStop), 300);
    EXPECT_EQ(p.parts.value(kStart), 800);
    EXPECT_EQ(p.parts.value(kRoute), 450);
    EXPECT_EQ(p.totalMs, sum(p.parts));
    // Without both sizes nothing is scaled.
    EXPECT_DOUBLE_EQ(predictDowntime(streamedRehearsal(), -1, 1500).scale, 1.0);
    EXPECT_DOUBLE_EQ(predictDowntime(streamedRehearsal(), 1000, -1).scale, 1.0);
}

TEST(DowntimeModel, ASmallDatabaseWaitsOutTheQuietWindow)
{
    QMap<QString, qint64> small = streamedRehearsal();
    small[kPrepare] = 100;
    small[kStream] = 300;
    small[kData] = 250;
    small[kPostData] = 200;
    small[kCompare] = 300;
    const DowntimePrediction p = predictDowntime(small, -1, -1);
    // 220 (recreate, looks) + 488 (300 + 250 x 3/4) + 200 + 100 = 1008 ms of work since the stop: 992 ms
    // of the window are left, and then the look at both hosts.
    EXPECT_EQ(p.parts.value(kWatch), 992 + 20);
}

TEST(DowntimeModel, AWrittenThenRestoredBackupAddsTheRestoreToTheStream)
{
    QMap<QString, qint64> rehearsal = streamedRehearsal();
    rehearsal.remove(kPostData); // the rehearsal restored the whole file at once
    const DowntimePrediction p = predictDowntime(rehearsal, 1000, 2000);
    EXPECT_EQ(p.parts.value(kStream), 10000);
    EXPECT_EQ(p.parts.value(kData), 8000);
    EXPECT_FALSE(p.parts.contains(kPostData));
    EXPECT_EQ(p.parts.value(kCompare), 1000); // the old counts come after the restore there
}

TEST(DowntimeModel, NothingIsPredictedWithoutTheRehearsalsTimings)
{
    EXPECT_EQ(predictDowntime(QMap<QString, qint64>{}, 1000, 1000).totalMs, -1);
    EXPECT_EQ(predictDowntime(QMap<QString, QString>{}).totalMs, -1);
    QMap<QString, qint64> noImport = streamedRehearsal();
    noImport.remove(kData);
    EXPECT_EQ(predictDowntime(noImport, 1000, 1000).totalMs, -1);
}

TEST(DowntimeModel, ReadsTheSessionValuesTheJobsWrite)
{
    const QMap<QString, QString> values{{SessionKey::kRehearsalTimings, writeTimings(streamedRehearsal())},
                                        {SessionKey::kRehearsalDatabaseBytes, QStringLiteral("1000")}};
    EXPECT_EQ(predictDowntime(values, 2000).parts.value(kStream), 16000);
    EXPECT_EQ(predictDowntime(values).totalMs, 14690);
}

TEST(DowntimeReader, PredictedAndMeasuredWithTheirParts)
{
    const DowntimePrediction prediction = predictDowntime(streamedRehearsal(), 1000, 1100);
    QMap<QString, QString> values;
    values.insert(SessionKey::kDowntimePredictedMs, QString::number(prediction.totalMs));
    values.insert(SessionKey::kDowntimePrediction, prediction.toJson());
    values.insert(SessionKey::kDowntimeStartedAt, QStringLiteral("2026-11-21T10:00:00.000Z"));
    values.insert(SessionKey::kDowntimeEndedAt, QStringLiteral("2026-11-21T10:00:12.000Z"));
    values.insert(SessionKey::kCutoverTimings, writeTimings({{kStop, 450}, {kStream, 5600}, {kRoute, 650}}));

    const Downtime downtime = Downtime::read(values, StepRecord{}, StepRecord{});
    EXPECT_EQ(downtime.predictedMs, prediction.totalMs);
    EXPECT_EQ(downtime.predictedParts, prediction.parts);
    EXPECT_NEAR(downtime.dataScale, 1.1, 1e-9);
    EXPECT_EQ(downtime.measuredMs(), 12000);
    EXPECT_NEAR(downtime.ratio(), 12000.0 / static_cast<double>(prediction.totalMs), 1e-9);
    EXPECT_EQ(downtime.measuredParts.value(kStream), 5600);
    EXPECT_FALSE(downtime.fromStepTimes);
    EXPECT_EQ(Downtime::describeParts(downtime.measuredParts),
              QStringLiteral("stopping both installations 0.5 s, streaming the backup 5.6 s, "
                             "routing users to the new installation 0.7 s"));
}

TEST(DowntimeReader, WithoutAClockTheStepTimesStandIn)
{
    StepRecord stop;
    stop.state = StepState::Done;
    stop.startedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC);
    StepRecord route;
    route.state = StepState::Done;
    route.endedAt = stop.startedAt.addSecs(90);
    const Downtime downtime = Downtime::read({}, stop, route);
    EXPECT_TRUE(downtime.fromStepTimes);
    EXPECT_EQ(downtime.measuredMs(), 90000);
    EXPECT_EQ(downtime.predictedMs, -1);
    EXPECT_DOUBLE_EQ(downtime.ratio(), -1);

    route.state = StepState::Running; // users still cut off
    EXPECT_EQ(Downtime::read({}, stop, route).measuredMs(), -1);
}

TEST(DowntimeModel, WhileReplicationRunsTheCutoverCatchesUpInsteadOfMovingTheDump)
{
    QMap<QString, QString> values{{SessionKey::kRehearsalTimings, writeTimings(streamedRehearsal())},
                                  {SessionKey::kRehearsalDatabaseBytes, QStringLiteral("1000")}};
    const DowntimePrediction dump = predictDowntime(values, 1000);
    values.insert(SessionKey::kSyncMode, QStringLiteral("replication"));
    const DowntimePrediction replication = predictDowntime(values, 1000);
    for (QLatin1String part : {kPrepare, kStream, kData, kPostData})
        EXPECT_FALSE(replication.parts.contains(part)) << part.data();
    EXPECT_EQ(replication.parts.value(kCatchUp), 10 * 40 + 1000);
    EXPECT_EQ(replication.parts.value(kCompare), 500); // old's counts run alongside new's, the longer counts
    EXPECT_EQ(replication.parts.value(kMigrate), dump.parts.value(kMigrate));
    EXPECT_EQ(replication.totalMs, sum(replication.parts));
    EXPECT_LT(replication.totalMs, dump.totalMs - 8000);
    // The dump stayed the mode: the prediction is the dump's.
    values.insert(SessionKey::kSyncMode, QStringLiteral("dump"));
    EXPECT_EQ(predictDowntime(values, 1000).totalMs, dump.totalMs);
}
