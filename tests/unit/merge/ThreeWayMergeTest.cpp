// The merge on realistic files of the four kinds web applications ship: the demo application's INI
// file, an OpenBoxes-style .properties file, a docker compose YAML file and an nginx server block.
#include "merge/ThreeWayMerge.h"
#include "MergeFixtures.h"
#include "merge/MergeResolution.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {

QByteArray written(const MergeResult& result, ConflictPolicy policy = ConflictPolicy::Fail)
{
    const auto file = resolveHeadless(result, policy);
    EXPECT_TRUE(file.ok()) << (file.ok() ? std::string() : file.error().message.toStdString());
    return file.ok() ? file.value().text : QByteArray();
}

const MergeHunk* hunkAtOld(const MergeResult& result, const QByteArray& oldLine)
{
    for (const MergeHunk& hunk : result.hunks) {
        for (const QByteArray& line : hunk.oldLines) {
            if (lineContent(line) == oldLine)
                return &hunk;
        }
    }
    return nullptr;
}

} // namespace

TEST(ThreeWayMerge, DemoConfCarriesTheAdminsSettingsAndKeepsVersionTwosFeature)
{
    const MergeResult result =
        merged(fixture("demo-v1.default.conf"), fixture("demo-old.conf"), fixture("demo-v2.default.conf"));
    // Headless, with "fail on conflict": the only conflict is the first comment line, which needs nobody.
    EXPECT_TRUE(result.decisionsNeeded().isEmpty());
    EXPECT_EQ(written(result).toStdString(), fixture("demo-merged.conf").toStdString());
    EXPECT_EQ(countKind(result, ChangeKind::CarriedFromOld), 2); // [site] and [tuning]
    EXPECT_EQ(countKind(result, ChangeKind::AddedByNew), 1);     // [features]
    ASSERT_EQ(countKind(result, ChangeKind::Conflict), 1);
    const MergeHunk* comment = hunkAtOld(result, "; demo 1.0.0, customised by the admin on 2024-03-02");
    ASSERT_NE(comment, nullptr);
    EXPECT_EQ(comment->kind, ChangeKind::Conflict);
    EXPECT_TRUE(comment->commentsOnly);
    EXPECT_FALSE(comment->needsDecision());
}

TEST(ThreeWayMerge, PropertiesConflictOffersTheThreeVersions)
{
    const MergeResult result =
        merged(fixture("openboxes-v1.default.properties"), fixture("openboxes-old.properties"),
               fixture("openboxes-v2.default.properties"));
    const QList<qsizetype> open = result.decisionsNeeded();
    ASSERT_EQ(open.size(), 1);
    const MergeHunk& conflict = result.hunks.at(open.first());
    EXPECT_EQ(conflict.kind, ChangeKind::Conflict);
    ASSERT_EQ(conflict.baseLines.size(), 1);
    ASSERT_EQ(conflict.oldLines.size(), 1);
    ASSERT_EQ(conflict.newLines.size(), 1);
    EXPECT_EQ(
        conflict.baseLines.first(),
        "dataSource.url=jdbc:mysql://localhost:3306/openboxes?useUnicode=true&characterEncoding=utf8\n");
    EXPECT_EQ(conflict.oldLines.first(),
              "dataSource.url=jdbc:mysql://db.warehouse.internal:3306/openboxes?useUnicode=true&"
              "characterEncoding=utf8\n");
    EXPECT_EQ(conflict.newLines.first(),
              "dataSource.url=jdbc:mysql://localhost:3306/openboxes?useUnicode=true&"
              "characterEncoding=utf8&useSSL=false\n");
    EXPECT_EQ(conflict.oldLine, 2);
    EXPECT_EQ(conflict.newLine, 2);
}

TEST(ThreeWayMerge, PropertiesSettingRemovedByVersionTwoStaysOutAndAddedOneGoesIn)
{
    const MergeResult result =
        merged(fixture("openboxes-v1.default.properties"), fixture("openboxes-old.properties"),
               fixture("openboxes-v2.default.properties"));
    ASSERT_EQ(countKind(result, ChangeKind::RemovedByNew), 1);
    ASSERT_EQ(countKind(result, ChangeKind::AddedByNew), 1);
    const QByteArray text = written(result, ConflictPolicy::OldWins);
    EXPECT_EQ(text.toStdString(), fixture("openboxes-merged-old-wins.properties").toStdString());
    EXPECT_FALSE(text.contains("openboxes.anonymize.enabled"));
    EXPECT_TRUE(text.contains("openboxes.scannerDetection.enabled=true\n"));
    // The admin's mail settings are carried, version 2's new mail port stays: lines next to each other.
    EXPECT_TRUE(text.contains("grails.mail.host=smtp.example.org\ngrails.mail.port=587\n"));
}

TEST(ThreeWayMerge, ComposeFileCarriesPasswordPortsAndWorkersUnderVersionTwosImages)
{
    const MergeResult result = merged(fixture("compose-v1.default.yml"), fixture("compose-old.yml"),
                                      fixture("compose-v2.default.yml"));
    EXPECT_TRUE(result.decisionsNeeded().isEmpty());
    EXPECT_EQ(countKind(result, ChangeKind::Conflict), 0);
    EXPECT_EQ(written(result).toStdString(), fixture("compose-merged.yml").toStdString());
}

TEST(ThreeWayMerge, NginxDirectiveTheAdminChangedAndVersionTwoRemovedIsAConflict)
{
    const MergeResult result =
        merged(fixture("nginx-v1.default.conf"), fixture("nginx-old.conf"), fixture("nginx-v2.default.conf"));
    const QList<qsizetype> open = result.decisionsNeeded();
    ASSERT_EQ(open.size(), 1);
    const MergeHunk& conflict = result.hunks.at(open.first());
    EXPECT_EQ(conflict.baseLines, QList<QByteArray>({"    client_max_body_size 10m;\n"}));
    EXPECT_EQ(conflict.oldLines, QList<QByteArray>({"    client_max_body_size 64m;\n"}));
    EXPECT_TRUE(conflict.newLines.isEmpty());

    const QByteArray oldWins = written(result, ConflictPolicy::OldWins);
    const QByteArray newWins = written(result, ConflictPolicy::NewWins);
    EXPECT_TRUE(oldWins.contains("    client_max_body_size 64m;\n"));
    EXPECT_FALSE(newWins.contains("client_max_body_size"));
    for (const QByteArray& text : {oldWins, newWins}) {
        // The server name next to the conflict is the admin's; version 2's upstream and timeout stay; the
        // admin's static location is a block of its own after version 2's location.
        EXPECT_TRUE(text.contains("    server_name shop.bakery-mueller.example;\n"));
        EXPECT_TRUE(text.contains("        proxy_pass http://127.0.0.1:8082;\n"
                                  "        proxy_set_header Host $host;\n"
                                  "        proxy_read_timeout 60s;\n"
                                  "    }\n\n"
                                  "    location /static/ {\n"
                                  "        alias /srv/shop/static/;\n"
                                  "    }\n"
                                  "}\n"));
    }
}

TEST(ThreeWayMerge, ASettingBothSidesAddedAtTheSamePlaceIsAConflict)
{
    const QByteArray base = "[http]\nport=8081\n";
    const MergeResult result =
        merged(base, base + "\n[tuning]\nworkers=16\n", base + "\n[tuning]\nworkers=8\n");
    const QList<qsizetype> open = result.decisionsNeeded();
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(result.hunks.at(open.first()).oldLines, QList<QByteArray>({"workers=16\n"}));
    EXPECT_EQ(result.hunks.at(open.first()).newLines, QList<QByteArray>({"workers=8\n"}));
    EXPECT_FALSE(resolveHeadless(result, ConflictPolicy::Fail).ok());
}

TEST(ThreeWayMerge, AnAdditionThatWouldLandInTheOtherSectionGoesAfterIt)
{
    // Old added a key to the last section, new a section after it: the key must stay in [http].
    const QByteArray base = "[http]\nport=8081\n";
    const MergeResult result = merged(base, base + "timeout=30\n", base + "\n[features]\nreviews=true\n");
    EXPECT_EQ(written(result).toStdString(), "[http]\nport=8081\ntimeout=30\n\n[features]\nreviews=true\n");
    // And the other way round: new's key goes first, old's section after it.
    const MergeResult reverse = merged(base, base + "\n[tuning]\nworkers=16\n", base + "timeout=30\n");
    EXPECT_EQ(written(reverse).toStdString(), "[http]\nport=8081\ntimeout=30\n\n[tuning]\nworkers=16\n");
}

TEST(ThreeWayMerge, AdjacentLinesNamingTheSameSettingAreNotBothWritten)
{
    // Both added reviews=true right after the line old changed: written once, not twice.
    const QByteArray base = "[features]\nsearch=false\n";
    const MergeResult result =
        merged(base, "[features]\nsearch=true\nreviews=true\n", "[features]\nsearch=false\nreviews=true\n");
    EXPECT_EQ(written(result).toStdString(), "[features]\nsearch=true\nreviews=true\n");
}
