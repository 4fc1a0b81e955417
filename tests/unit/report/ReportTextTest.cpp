// The text helpers and the timeline's axis, without a journal.
#include "report/ReportText.h"
#include "report/MarkdownReport.h"
#include "report/ReportModel.h"
#include "report/ReportTimeline.h"
#include "report/ReportTimelineAxis.h"

#include <gtest/gtest.h>

using namespace puw;

TEST(ReportText, SanitizeRemovesWhatCouldHideOrReorderText)
{
    const QString dirty = QStringLiteral("a\x1b[1;31mred\x1b[0m\tb\r\nc\rd") + QChar(0) + QChar(0x202E) +
                          QChar(0xD800) + QStringLiteral("é 😀");
    const QString clean = ReportText::sanitize(dirty);
    EXPECT_EQ(clean, QStringLiteral("ared    b\nc\nd") + QString(3, QChar(0xFFFD)) + QStringLiteral("é 😀"));
}

TEST(ReportText, BlockCutsLongLinesAndKeepsHeadAndTail)
{
    const QString wrapped = ReportText::block(QString(250, QLatin1Char('x')), 60, 100);
    const QStringList lines = wrapped.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).size(), 98);
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("↪ ")));

    QStringList many;
    for (int i = 0; i < 100; ++i)
        many << QString::number(i);
    const QStringList kept = ReportText::block(many.join(QLatin1Char('\n')), 10).split(QLatin1Char('\n'));
    ASSERT_EQ(kept.size(), 11);
    EXPECT_EQ(kept.first(), QStringLiteral("0"));
    EXPECT_TRUE(kept.at(5).contains(QStringLiteral("90")) || kept.at(5).contains(QStringLiteral("left out")));
    EXPECT_EQ(kept.last(), QStringLiteral("99"));
}

TEST(ReportText, OneLineAndDurations)
{
    EXPECT_EQ(ReportText::oneLine(QStringLiteral(" a\nb ")), QStringLiteral("a ⏎ b"));
    EXPECT_EQ(ReportText::oneLine(QString(10, QLatin1Char('y')), 5), QStringLiteral("yyyy…"));
    EXPECT_EQ(ReportText::duration(850), QStringLiteral("850 ms"));
    EXPECT_EQ(ReportText::duration(42000), QStringLiteral("42 s"));
    EXPECT_EQ(ReportText::duration((22 * 60 + 15) * 1000), QStringLiteral("22 min 15 s"));
    EXPECT_EQ(ReportText::duration((3 * 3600 + 2 * 60) * 1000LL), QStringLiteral("3 h 02 min"));
    EXPECT_EQ(ReportText::duration(-1), ReportText::notRecorded());
}

TEST(MarkdownText, EscapesSyntaxAndPicksALongerFence)
{
    EXPECT_EQ(MarkdownReport::escapeInline(QStringLiteral("a|b *c* `d` <e> [f](g) _h_ ~i~ &j $k #l")),
              QStringLiteral("a\\|b \\*c\\* \\`d\\` \\<e\\> \\[f\\](g) \\_h\\_ \\~i\\~ \\&j \\$k \\#l"));
    EXPECT_EQ(MarkdownReport::escapeLineStart(QStringLiteral("1. not a list")),
              QStringLiteral("1\\. not a list"));
    EXPECT_EQ(MarkdownReport::escapeLineStart(QStringLiteral("- not a bullet")),
              QStringLiteral("\\- not a bullet"));
    EXPECT_EQ(MarkdownReport::fenceFor(QStringLiteral("plain")), QStringLiteral("```"));
    EXPECT_EQ(MarkdownReport::fenceFor(QStringLiteral("a ```` b ` c")), QStringLiteral("`````"));
}

TEST(TimelineAxis, SqueezesLongIdleGapsButNotTheDowntime)
{
    const qint64 hour = 3600 * 1000;
    // A one-hour rehearsal, a day of nothing, then a 30-minute cutover with a 20-minute pause inside the
    // downtime.
    const QList<ReportTimelineAxis::Interval> steps{
        {0, hour}, {25 * hour, 25 * hour + 5 * 60000}, {25 * hour + 25 * 60000, 25 * hour + 30 * 60000}};
    const ReportTimelineAxis axis(steps, {25 * hour, 25 * hour + 30 * 60000}, 0, 1000);
    ASSERT_EQ(axis.segments().size(), 2);
    ASSERT_EQ(axis.breaks().size(), 1);
    EXPECT_EQ(axis.breaks().first().gapMs, 24 * hour);
    EXPECT_LT(axis.x(0), axis.x(hour));
    EXPECT_LT(axis.x(hour), axis.x(25 * hour));
    EXPECT_NEAR(axis.x(25 * hour + 30 * 60000), 1000, 0.5);
    // Inside the downtime, time is linear: the pause keeps its width.
    const double pause = axis.x(25 * hour + 25 * 60000) - axis.x(25 * hour + 5 * 60000);
    const double work = axis.x(25 * hour + 5 * 60000) - axis.x(25 * hour);
    EXPECT_NEAR(pause, 4 * work, 0.5);
}

TEST(Timeline, DrawsEvenWithNothingRecorded)
{
    ReportModel model;
    for (const StepInfo& info : stepCatalogue()) {
        StepRecord record;
        record.step = info.id;
        model.steps.append(record);
    }
    const QImage image = renderReportTimeline(model);
    EXPECT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1400);
}
