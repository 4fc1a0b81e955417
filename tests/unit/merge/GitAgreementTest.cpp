// Where git itself merges cleanly, this merge writes the same bytes: git_merge_file is the reference.
#include "MergeFixtures.h"
#include "merge/LibGit2.h"
#include "merge/MergeResolution.h"

#include <git2/merge.h>

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {

struct GitMerge {
    bool clean = false;
    QByteArray text;
};

GitMerge gitMergeFile(const QByteArray& base, const QByteArray& ours, const QByteArray& theirs)
{
    const LibGit2Guard git;
    EXPECT_TRUE(git.ok());
    git_merge_file_input inputs[3];
    const QByteArray* texts[3] = {&base, &ours, &theirs};
    for (int i = 0; i < 3; ++i) {
        git_merge_file_input_init(&inputs[i], GIT_MERGE_FILE_INPUT_VERSION);
        inputs[i].ptr = texts[i]->constData();
        inputs[i].size = size_t(texts[i]->size());
    }
    git_merge_file_result result = {};
    EXPECT_EQ(git_merge_file(&result, &inputs[0], &inputs[1], &inputs[2], nullptr), 0);
    GitMerge merge{result.automergeable != 0, QByteArray(result.ptr, qsizetype(result.len))};
    git_merge_file_result_free(&result);
    return merge;
}

// The file with some of its lines (by index) replaced.
QByteArray edited(const QByteArray& file, const QList<std::pair<qsizetype, QByteArray>>& lines)
{
    FileLines split = FileLines::split(file);
    for (const auto& [index, line] : lines)
        split.lines[index] = line;
    return split.join();
}

void expectSameAsGit(const QByteArray& base, const QByteArray& old, const QByteArray& fresh)
{
    const GitMerge git = gitMergeFile(base, old, fresh);
    ASSERT_TRUE(git.clean) << "the case is meant to be one git merges cleanly";
    const auto ours = resolveHeadless(merged(base, old, fresh), ConflictPolicy::Fail);
    ASSERT_TRUE(ours.ok());
    EXPECT_EQ(ours.value().text.toStdString(), git.text.toStdString());
}

} // namespace

TEST(GitAgreement, PropertiesChangesApartFromEachOther)
{
    const QByteArray base = fixture("openboxes-v1.default.properties");
    const QByteArray old = edited(base, {{2, "dataSource.url=jdbc:mysql://db.internal:3306/openboxes\n"},
                                         {7, "grails.serverURL=https://inventory.example.org/openboxes\n"},
                                         {12, "grails.mail.enabled=true\n"}});
    const QByteArray fresh = edited(base, {{0, "# OpenBoxes configuration, as shipped with 0.9\n"},
                                           {4, "dataSource.password=\n"},
                                           {9, "openboxes.locale.defaultLocale=en_GB\n"},
                                           {14, "grails.mail.port=587\n"}});
    expectSameAsGit(base, old, fresh);
}

TEST(GitAgreement, ComposeChangesApartFromEachOther)
{
    const QByteArray base = fixture("compose-v1.default.yml");
    const QByteArray old =
        edited(base, {{6, "      - POSTGRES_PASSWORD=Tr0ub4dor&3\n"}, {14, "      - SHOP_WORKERS=8\n"}});
    const QByteArray fresh =
        edited(base, {{3, "    image: postgres:16\n"}, {10, "    image: example/shop:2.0\n"}});
    expectSameAsGit(base, old, fresh);
}

TEST(GitAgreement, NginxAdditionsAndRemovalsApartFromEachOther)
{
    const QByteArray base = fixture("nginx-v1.default.conf");
    // Old adds a directive after listen; new drops the body size and adds a timeout in the location.
    const QByteArray old = edited(base, {{2, "    listen 80;\n    listen [::]:80;\n"}});
    const QByteArray fresh = edited(
        base, {{4, ""}, {8, "        proxy_set_header Host $host;\n        proxy_read_timeout 60s;\n"}});
    expectSameAsGit(base, old, fresh);
}

TEST(GitAgreement, CrlfFilesApartFromEachOther)
{
    const QByteArray base = crlf(fixture("demo-v1.default.conf"));
    const QByteArray old = edited(base, {{3, "port=9090\r\n"}, {11, "password=changed\r\n"}});
    const QByteArray fresh = edited(base, {{0, "; demo 2.0.0\r\n"}, {7, "host=/var/run/postgresql\r\n"}});
    expectSameAsGit(base, old, fresh);
}

TEST(GitAgreement, WhereGitFindsAConflictSoDoesTheMerge)
{
    const QByteArray base = fixture("demo-v1.default.conf");
    const QByteArray old = edited(base, {{3, "port=9090\n"}});
    const QByteArray fresh = edited(base, {{3, "port=8082\n"}});
    EXPECT_FALSE(gitMergeFile(base, old, fresh).clean);
    const MergeResult result = merged(base, old, fresh);
    ASSERT_EQ(result.decisionsNeeded().size(), 1);
    EXPECT_EQ(result.hunks.at(result.decisionsNeeded().first()).oldLines, QList<QByteArray>({"port=9090\n"}));
}
