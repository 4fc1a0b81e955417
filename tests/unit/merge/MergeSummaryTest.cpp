// What the journal and the report get: setting names and outcomes, never a value.
#include "merge/MergeSummary.h"
#include "MergeFixtures.h"
#include "merge/MergeResolution.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace Qt::Literals::StringLiterals;
using namespace puw::test;

namespace {

MergeSummary summaryOf(const MergeResult& result, ConflictPolicy policy)
{
    const auto file = resolveHeadless(result, policy);
    EXPECT_TRUE(file.ok());
    return file.ok() ? summarizeMerge(result, file.value()) : MergeSummary{};
}

// Every string of the summary, to search for values that must not be there.
QString everything(const MergeSummary& summary)
{
    QStringList all = summary.describe();
    for (const QStringList* list :
         {&summary.carried, &summary.kept, &summary.added, &summary.leftOut, &summary.edited})
        all.append(*list);
    for (const MergeSummary::Conflict& conflict : summary.conflicts)
        all.append(conflict.settings);
    return all.join(u'\n');
}

} // namespace

TEST(MergeSummary, DemoConfListsTheCarriedAndAddedSettings)
{
    const MergeSummary summary = summaryOf(
        merged(fixture("demo-v1.default.conf"), fixture("demo-old.conf"), fixture("demo-v2.default.conf")),
        ConflictPolicy::Fail);
    EXPECT_EQ(summary.carried, QStringList({u"site.name"_s, u"tuning.workers"_s}));
    EXPECT_EQ(summary.added, QStringList({u"features.reviews"_s}));
    EXPECT_TRUE(summary.kept.isEmpty());
    ASSERT_EQ(summary.conflicts.size(), 1); // the first comment line: new's written
    EXPECT_TRUE(summary.conflicts.first().settings.isEmpty());
    EXPECT_EQ(summary.conflicts.first().taken, Take::New);
    EXPECT_EQ(summary.describe(), QStringList({u"Carried from old: site.name, tuning.workers"_s,
                                               u"Added by new: features.reviews"_s,
                                               u"Conflict on the comments at old's line 1: kept new's"_s}));
    EXPECT_FALSE(everything(summary).contains(QStringLiteral("Bäckerei")));
    EXPECT_FALSE(everything(summary).contains(QStringLiteral("16")));
}

TEST(MergeSummary, ConflictsAreRecordedWithHowTheyWereResolved)
{
    const MergeResult result =
        merged(fixture("openboxes-v1.default.properties"), fixture("openboxes-old.properties"),
               fixture("openboxes-v2.default.properties"));
    const MergeSummary oldWins = summaryOf(result, ConflictPolicy::OldWins);
    const MergeSummary newWins = summaryOf(result, ConflictPolicy::NewWins);
    QList<MergeSummary::Conflict> named;
    for (const MergeSummary* summary : {&oldWins, &newWins}) {
        ASSERT_EQ(summary->conflicts.size(), 1);
        EXPECT_EQ(summary->conflicts.first().settings, QStringList({u"dataSource.url"_s}));
        EXPECT_EQ(summary->carried, QStringList({u"dataSource.password"_s, u"grails.serverURL"_s,
                                                 u"openboxes.locale.defaultLocale"_s,
                                                 u"grails.mail.enabled"_s, u"grails.mail.host"_s}));
        EXPECT_EQ(summary->kept, QStringList({u"grails.mail.port"_s}));
        EXPECT_EQ(summary->added, QStringList({u"openboxes.scannerDetection.enabled"_s}));
        EXPECT_EQ(summary->leftOut, QStringList({u"openboxes.anonymize.enabled"_s}));
        EXPECT_EQ(summary->unnamedChanges, 1); // version 2's first comment line
    }
    EXPECT_EQ(oldWins.conflicts.first().taken, Take::Old);
    EXPECT_TRUE(oldWins.describe().contains(u"Conflict on dataSource.url: took old's"_s));
    EXPECT_EQ(newWins.conflicts.first().taken, Take::New);
    EXPECT_TRUE(newWins.describe().contains(u"Conflict on dataSource.url: kept new's"_s));
}

TEST(MergeSummary, NoSecretValueReachesTheSummary)
{
    const QList<std::pair<MergeResult, const char*>> cases = {
        {merged(fixture("openboxes-v1.default.properties"), fixture("openboxes-old.properties"),
                fixture("openboxes-v2.default.properties")),
         "S3cr3t-Pw!42"},
        {merged(fixture("compose-v1.default.yml"), fixture("compose-old.yml"),
                fixture("compose-v2.default.yml")),
         "Tr0ub4dor&3"},
        // A conflict on the password itself, resolved either way.
        {merged("[database]\npassword=shipped\n", "[database]\npassword=hunter2-old\n",
                "[database]\npassword=hunter2-new\n"),
         "hunter2"},
    };
    for (const auto& [result, secret] : cases) {
        for (const ConflictPolicy policy : {ConflictPolicy::OldWins, ConflictPolicy::NewWins}) {
            const MergeSummary summary = summaryOf(result, policy);
            EXPECT_FALSE(summary.describe().isEmpty());
            EXPECT_FALSE(everything(summary).contains(QString::fromUtf8(secret))) << secret;
            EXPECT_FALSE(everything(summary).contains(QStringLiteral("shipped")));
        }
    }
    const MergeSummary compose = summaryOf(cases.at(1).first, ConflictPolicy::Fail);
    EXPECT_TRUE(compose.carried.contains(u"services.db.environment.POSTGRES_PASSWORD"_s));
}

TEST(MergeSummary, OverriddenDefaultsAndEditsAreNamedForWhatWasWritten)
{
    const QByteArray base = "[http]\nport=8081\n\n[tuning]\nworkers=4\n";
    const MergeResult result = merged(base, "[http]\nport=9090\n\n[tuning]\nworkers=4\n",
                                      "[http]\nport=8081\n\n[tuning]\nworkers=8\n");
    ASSERT_EQ(result.hunks.size(), 2);
    // Reset the admin's port to new's; type the workers by hand.
    const auto file = resolveMerge(result, {{Take::New, {}}, {Take::Edited, "workers=12\n"}});
    ASSERT_TRUE(file.ok());
    const MergeSummary summary = summarizeMerge(result, file.value());
    EXPECT_EQ(summary.kept, QStringList({u"http.port"_s}));
    EXPECT_EQ(summary.edited, QStringList({u"tuning.workers"_s}));
    EXPECT_TRUE(summary.carried.isEmpty());
    EXPECT_FALSE(everything(summary).contains(QStringLiteral("12")));
}
