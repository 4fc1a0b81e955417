// Step 9's canary in the report: one row per stage held, with the share set and seen, the new version's
// answers and the verdict, and the plan's procedure in the header; the testers' preview before step 9.
#include "ReportJournalFixture.h"
#include "journal/SessionValues.h"
#include "report/ReportExporter.h"
#include "routing/CanaryRecord.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::ReportJournal;

namespace {
QString markdownOf(const ReportJournal& fixture)
{
    const QString path = fixture.path(QStringLiteral("canary.md"));
    const QString error = exportReport(*fixture.journal, fixture.session, path, fixture.journal->redactor());
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}
} // namespace

TEST(CanaryReport, StagesRoundTripThroughTheJournalsText)
{
    CanaryStageRecord stage;
    stage.percent = 10;
    stage.startMs = 1700000000000;
    stage.endMs = 1700000015000;
    stage.requests = 31;
    stage.failed = 1;
    stage.total = 300;
    stage.p95Ms = 42;
    stage.passed = true;
    stage.verdict = QStringLiteral("held 15 s within the limits");
    CanaryStageRecord rolledBack = stage;
    rolledBack.percent = 50;
    rolledBack.passed = false;
    rolledBack.p95Ms = -1;
    const QList<CanaryStageRecord> stages{stage, rolledBack};
    EXPECT_EQ(canaryStagesFromJson(canaryStagesToJson(stages)), stages);
    EXPECT_TRUE(canaryStagesFromJson(QStringLiteral("not json")).isEmpty());
    EXPECT_NEAR(stage.seenPercent(), 100.0 * 31 / 300, 1e-9);
}

TEST(CanaryReport, TheReportShowsEachStageAndTheSeparateDatabaseProcedureByDefault)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    const QString before = markdownOf(fixture);
    EXPECT_FALSE(before.contains(QStringLiteral("## Canary")));
    EXPECT_TRUE(before.contains(QStringLiteral("Separate databases"))) << before.left(1500).toStdString();

    CanaryStageRecord stage;
    stage.percent = 25;
    stage.startMs = 1700000000000;
    stage.endMs = 1700000020000;
    stage.requests = 50;
    stage.failed = 9;
    stage.total = 200;
    stage.p95Ms = 120;
    stage.verdict = QStringLiteral("9 of 50 requests to the new version failed (18.0%, limit 2.0%)");
    fixture.journal->setValue(fixture.session, QString(SessionKey::kCanaryStages),
                              canaryStagesToJson({stage}));
    const QString after = markdownOf(fixture);
    ASSERT_TRUE(after.contains(QStringLiteral("## Canary"))) << after.toStdString();
    const QString section = after.mid(after.indexOf(QStringLiteral("## Canary")), 1200);
    EXPECT_TRUE(section.contains(QStringLiteral("| 25% | 25.0% |"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("9 (18.0%)"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("limit 2.0%"))) << section.toStdString();
}

TEST(CanaryReport, TheTestersPreviewSaysWhereAndFromWhenToWhen)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    EXPECT_FALSE(markdownOf(fixture).contains(QStringLiteral("Preview for testers")))
        << "a preview never opened is not in the report";
    fixture.journal->setValue(fixture.session, QString(SessionKey::kPreviewOpenedAt),
                              QStringLiteral("2026-12-07T10:00:00.000Z"));
    fixture.journal->setValue(fixture.session, QString(SessionKey::kPreviewUrl),
                              QStringLiteral("http://192.0.2.5:8081/"));
    const QString open = markdownOf(fixture);
    ASSERT_TRUE(open.contains(QStringLiteral("## Preview for testers"))) << open.toStdString();
    const QString section = open.mid(open.indexOf(QStringLiteral("## Preview for testers")), 600);
    EXPECT_TRUE(section.contains(QStringLiteral("http://192.0.2.5:8081/"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("2026-12-07 10:00:00"))) << section.toStdString();
    EXPECT_TRUE(section.contains(QStringLiteral("still open"))) << section.toStdString();
    fixture.journal->setValue(fixture.session, QString(SessionKey::kPreviewClosedAt),
                              QStringLiteral("2026-12-07T11:30:00.000Z"));
    const QString closed = markdownOf(fixture);
    const QString after = closed.mid(closed.indexOf(QStringLiteral("## Preview for testers")), 600);
    EXPECT_TRUE(after.contains(QStringLiteral("2026-12-07 11:30:00"))) << after.toStdString();
    EXPECT_FALSE(after.contains(QStringLiteral("still open")));
}
