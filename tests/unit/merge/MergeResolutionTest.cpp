// Choosing per change, and the headless policy, on the OpenBoxes file's url conflict.
#include "merge/MergeResolution.h"
#include "MergeFixtures.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace Qt::Literals::StringLiterals;
using namespace puw::test;

namespace {

MergeResult openBoxes()
{
    return merged(fixture("openboxes-v1.default.properties"), fixture("openboxes-old.properties"),
                  fixture("openboxes-v2.default.properties"));
}

qsizetype firstOf(const MergeResult& result, ChangeKind kind)
{
    for (qsizetype i = 0; i < result.hunks.size(); ++i) {
        if (result.hunks.at(i).kind == kind)
            return i;
    }
    return -1;
}

QByteArray lineOf(const QByteArray& text, qsizetype index)
{
    return FileLines::split(text).lines.value(index);
}

} // namespace

TEST(MergeResolution, FailOnConflictNamesTheLinesAndNoValue)
{
    const auto file = resolveHeadless(openBoxes(), ConflictPolicy::Fail);
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().hunks.size(), 1);
    const std::string message = file.error().message.toStdString();
    EXPECT_NE(message.find("line 3"), std::string::npos) << message;
    EXPECT_EQ(message.find("warehouse"), std::string::npos) << message;
    EXPECT_EQ(message.find("S3cr3t"), std::string::npos) << message;
}

TEST(MergeResolution, EachChoiceWritesItsSide)
{
    const MergeResult result = openBoxes();
    const qsizetype conflict = result.decisionsNeeded().value(0, -1);
    ASSERT_GE(conflict, 0);
    QList<HunkChoice> choices(result.hunks.size());
    for (const Take take : {Take::Old, Take::New}) {
        choices[conflict].take = take;
        const auto file = resolveMerge(result, choices);
        ASSERT_TRUE(file.ok());
        const ResolvedFile::Span span = file.value().spans.at(conflict);
        ASSERT_EQ(span.count, 1);
        const MergeHunk& hunk = result.hunks.at(conflict);
        EXPECT_EQ(lineOf(file.value().text, span.line),
                  take == Take::Old ? hunk.oldLines.first() : hunk.newLines.first());
        EXPECT_EQ(file.value().taken.at(conflict), take);
    }
}

TEST(MergeResolution, EditedTextIsWrittenWithTheFilesEndings)
{
    const MergeResult result =
        merged(crlf(fixture("openboxes-v1.default.properties")), crlf(fixture("openboxes-old.properties")),
               crlf(fixture("openboxes-v2.default.properties")));
    const qsizetype conflict = result.decisionsNeeded().value(0, -1);
    ASSERT_GE(conflict, 0);
    QList<HunkChoice> choices(result.hunks.size());
    // Typed in the wizard with "\n" and no final newline: two lines, both CRLF in the file.
    choices[conflict] = {Take::Edited,
                         "dataSource.url=jdbc:mysql://db.warehouse.internal:3306/openboxes?useSSL=false\n"
                         "dataSource.pool.maxActive=20"};
    const auto file = resolveMerge(result, choices);
    ASSERT_TRUE(file.ok());
    const ResolvedFile::Span span = file.value().spans.at(conflict);
    EXPECT_EQ(span.count, 2);
    EXPECT_EQ(lineOf(file.value().text, span.line + 1), "dataSource.pool.maxActive=20\r\n");
    EXPECT_EQ(lineOf(file.value().text, span.line + 2), "dataSource.username=openboxes\r\n");
    EXPECT_FALSE(QByteArray(file.value().text).replace("\r\n", "").contains('\n')) << "every ending is CRLF";
}

TEST(MergeResolution, PoliciesDecideOnlyTheConflicts)
{
    const MergeResult result = openBoxes();
    const auto oldWins = resolveHeadless(result, ConflictPolicy::OldWins);
    const auto newWins = resolveHeadless(result, ConflictPolicy::NewWins);
    ASSERT_TRUE(oldWins.ok());
    ASSERT_TRUE(newWins.ok());
    // Both carry the admin's password and keep version 2's new setting; only the url differs.
    for (const QByteArray& text : {oldWins.value().text, newWins.value().text}) {
        EXPECT_TRUE(text.contains("dataSource.password=S3cr3t-Pw!42\n"));
        EXPECT_TRUE(text.contains("openboxes.scannerDetection.enabled=true\n"));
    }
    EXPECT_TRUE(oldWins.value().text.contains("db.warehouse.internal"));
    EXPECT_FALSE(newWins.value().text.contains("db.warehouse.internal"));
    EXPECT_TRUE(newWins.value().text.contains("useSSL=false"));
}

TEST(MergeResolution, ADefaultCanBeOverriddenBothWays)
{
    const MergeResult result = openBoxes();
    QList<HunkChoice> choices = choicesFor(result, ConflictPolicy::OldWins);
    const qsizetype added = firstOf(result, ChangeKind::AddedByNew);
    const qsizetype removed = firstOf(result, ChangeKind::RemovedByNew);
    ASSERT_GE(added, 0);
    ASSERT_GE(removed, 0);
    choices[added].take = Take::Old;   // decline version 2's new setting
    choices[removed].take = Take::Old; // keep the setting version 2 dropped
    const auto file = resolveMerge(result, choices);
    ASSERT_TRUE(file.ok());
    EXPECT_FALSE(file.value().text.contains("scannerDetection"));
    EXPECT_TRUE(file.value().text.contains("openboxes.anonymize.enabled=false\n"));
    EXPECT_EQ(file.value().spans.at(added).count, 0);
}

TEST(MergeResolution, TwoWayDifferencesNeedADecisionAndEachPolicyGivesThatSidesFile)
{
    const QByteArray old = fixture("openboxes-old.properties");
    const QByteArray fresh = fixture("openboxes-v2.default.properties");
    const auto compared = compareTwoWay(old, fresh);
    ASSERT_TRUE(compared.ok());
    const MergeResult& result = compared.value();
    EXPECT_FALSE(result.threeWay);
    ASSERT_FALSE(result.hunks.isEmpty());
    for (const MergeHunk& hunk : result.hunks)
        EXPECT_EQ(hunk.kind, ChangeKind::Difference);
    EXPECT_FALSE(resolveHeadless(result, ConflictPolicy::Fail).ok());
    EXPECT_EQ(resolveHeadless(result, ConflictPolicy::OldWins).value().text.toStdString(), old.toStdString());
    EXPECT_EQ(resolveHeadless(result, ConflictPolicy::NewWins).value().text.toStdString(),
              fresh.toStdString());
}

TEST(MergeResolution, TwoWayChoicesMixPerChange)
{
    const QByteArray old = "[http]\nport=9090\n\n[tuning]\nworkers=16\n";
    const QByteArray fresh = "[http]\nport=8081\n\n[tuning]\nworkers=4\n\n[features]\nreviews=true\n";
    const auto compared = compareTwoWay(old, fresh);
    ASSERT_TRUE(compared.ok());
    ASSERT_EQ(compared.value().hunks.size(), 3);
    // Keep new's port, take old's workers, keep new's [features].
    const auto file = resolveMerge(compared.value(), {{Take::New, {}}, {Take::Old, {}}, {Take::New, {}}});
    ASSERT_TRUE(file.ok());
    EXPECT_EQ(file.value().text.toStdString(),
              "[http]\nport=8081\n\n[tuning]\nworkers=16\n\n[features]\nreviews=true\n");
}

TEST(MergeResolution, AChoiceThatMovesSettingsIntoAnotherSectionIsReported)
{
    // Both replaced the key under [a] with a section header; old added its keys below its header.
    const QByteArray base = "[a]\nk=1\nz=0\n";
    const MergeResult result = merged(base, "[a]\n[tuning]\nworkers=16\nz=0\n", "[a]\n[features]\nz=0\n");
    ASSERT_EQ(result.decisionsNeeded().size(), 1);
    const auto oldWins = resolveHeadless(result, ConflictPolicy::OldWins);
    const auto newWins = resolveHeadless(result, ConflictPolicy::NewWins);
    ASSERT_TRUE(oldWins.ok());
    ASSERT_TRUE(newWins.ok());
    EXPECT_TRUE(oldWins.value().moved.isEmpty());
    // Keeping new's header puts old's workers under [features], and z (under [features] in new's file)
    // stays there: only workers moved.
    EXPECT_EQ(newWins.value().moved, QStringList({u"tuning.workers"_s}));
}
