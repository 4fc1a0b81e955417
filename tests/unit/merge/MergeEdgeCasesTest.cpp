// Line endings, bytes that are not UTF-8, empty and identical inputs: the merge changes no byte it does
// not have to.
#include "MergeFixtures.h"
#include "merge/MergeResolution.h"
#include "merge/ReadableText.h"
#include "merge/SettingNames.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace puw::test;

namespace {

QByteArray written(const MergeResult& result)
{
    const auto file = resolveHeadless(result, ConflictPolicy::Fail);
    EXPECT_TRUE(file.ok()) << (file.ok() ? std::string() : file.error().message.toStdString());
    return file.ok() ? file.value().text : QByteArray();
}

QByteArray withoutBlankLines(const QByteArray& text)
{
    QByteArray kept;
    for (const QByteArray& line : FileLines::split(text).lines) {
        if (!lineContent(line).trimmed().isEmpty())
            kept.append(line);
    }
    return kept;
}

QByteArray latin1(const char* utf8)
{
    return QString::fromUtf8(utf8).toLatin1();
}

} // namespace

TEST(MergeEdgeCases, CrlfFilesMergedStayCrlf)
{
    const MergeResult result = merged(crlf(fixture("demo-v1.default.conf")), crlf(fixture("demo-old.conf")),
                                      crlf(fixture("demo-v2.default.conf")));
    EXPECT_EQ(written(result).toStdString(), crlf(fixture("demo-merged.conf")).toStdString());
}

TEST(MergeEdgeCases, TheAdminsCrlfFileStaysCrlfWhenTheDefaultsAreLf)
{
    const MergeResult result = merged(fixture("demo-v1.default.conf"), crlf(fixture("demo-old.conf")),
                                      fixture("demo-v2.default.conf"));
    // The endings alone are no customisation: the same merge as with LF everywhere, in CRLF.
    EXPECT_EQ(countKind(result, ChangeKind::CarriedFromOld), 2);
    EXPECT_EQ(written(result).toStdString(), crlf(fixture("demo-merged.conf")).toStdString());
}

TEST(MergeEdgeCases, AnLfFileStaysLfWhenTheDefaultsAreCrlf)
{
    const MergeResult result = merged(crlf(fixture("demo-v1.default.conf")), fixture("demo-old.conf"),
                                      crlf(fixture("demo-v2.default.conf")));
    EXPECT_EQ(written(result).toStdString(), fixture("demo-merged.conf").toStdString());
}

TEST(MergeEdgeCases, Latin1BytesPassThroughUnchanged)
{
    const QByteArray base = latin1("[site]\nname=Demo shop\n");
    const QByteArray old = latin1("[site]\nname=Bäckerei Müller - Bestellungen\nstreet=Hauptstraße 1\n");
    const QByteArray fresh = latin1("[site]\nname=Demo shop\n\n[features]\nreviews=true\n");
    ASSERT_FALSE(isValidUtf8(old));
    const MergeResult result = merged(base, old, fresh);
    const QByteArray text = written(result);
    EXPECT_EQ(
        text.toStdString(),
        latin1(
            "[site]\nname=Bäckerei Müller - Bestellungen\nstreet=Hauptstraße 1\n\n[features]\nreviews=true\n")
            .toStdString());
    EXPECT_TRUE(text.contains("B\xE4"
                              "ckerei M\xFC"
                              "ller"));
}

TEST(MergeEdgeCases, BytesThatAreNoTextAtAllSurvive)
{
    // A NUL, 0xFF and a lone continuation byte: compared and written as they are.
    const QByteArray odd = QByteArray("key=") + QByteArray(1, '\0') + "\xFF\x80" + "value\n";
    const QByteArray base = QByteArray("a=1\n") + odd;
    const MergeResult result = merged(base, QByteArray("a=2\n") + odd, base + "b=1\n");
    EXPECT_EQ(written(result).toStdString(), (QByteArray("a=2\n") + odd + "b=1\n").toStdString());
}

TEST(MergeEdgeCases, IdenticalInputsGiveTheFileBackByteForByte)
{
    // Mixed endings, no final newline, Latin-1: nothing is normalised when nothing changed.
    const QByteArray file = QByteArray("[site]\r\nname=M\xFC"
                                       "ller\n\nworkers=4");
    const MergeResult result = merged(file, file, file);
    EXPECT_TRUE(result.hunks.isEmpty());
    EXPECT_EQ(written(result).toStdString(), file.toStdString());
}

TEST(MergeEdgeCases, AnUntouchedOldFileGivesNewsDefault)
{
    const MergeResult result = merged(fixture("demo-v1.default.conf"), fixture("demo-v1.default.conf"),
                                      fixture("demo-v2.default.conf"));
    EXPECT_EQ(countKind(result, ChangeKind::CarriedFromOld), 0);
    EXPECT_EQ(written(result).toStdString(), fixture("demo-v2.default.conf").toStdString());
}

TEST(MergeEdgeCases, AnUnchangedDefaultGivesOldsFile)
{
    const MergeResult result =
        merged(fixture("demo-v1.default.conf"), fixture("demo-old.conf"), fixture("demo-v1.default.conf"));
    EXPECT_EQ(written(result).toStdString(), fixture("demo-old.conf").toStdString());
}

TEST(MergeEdgeCases, AnEmptyDefaultKeepsWhatBothHaveOnceAndEachSidesOwnSettings)
{
    // Old's default known to be empty: the lines both files have are written once, old's [site] and
    // [tuning] and new's [features] all go in, each in its section; only the first comment differs.
    // (Without a default to align on, the blank line between two added sections may be the one lost.)
    const MergeResult result = merged({}, fixture("demo-old.conf"), fixture("demo-v2.default.conf"));
    EXPECT_TRUE(result.decisionsNeeded().isEmpty());
    const QByteArray text = written(result);
    const QByteArray expected = fixture("demo-merged.conf");
    EXPECT_EQ(withoutBlankLines(text).toStdString(), withoutBlankLines(expected).toStdString());
    const auto named = [](const QByteArray& file) { // which settings, in which section, in which order
        QStringList names = settingNames(FileLines::split(file).lines);
        names.removeAll(QString());
        return names;
    };
    EXPECT_EQ(named(text), named(expected));
}

TEST(MergeEdgeCases, AnEmptyDefaultAndAnEmptyNewFileCarryOldsWholeFile)
{
    const MergeResult result = merged({}, fixture("demo-old.conf"), {});
    ASSERT_EQ(result.hunks.size(), 1);
    EXPECT_EQ(result.hunks.first().kind, ChangeKind::CarriedFromOld);
    EXPECT_EQ(written(result).toStdString(), fixture("demo-old.conf").toStdString());
}

TEST(MergeEdgeCases, AnOldLastLineWithoutNewlineGetsOneWhenLinesFollow)
{
    const QByteArray base = "[http]\nport=8081\n";
    const MergeResult result =
        merged(base, base + "\n[tuning]\nworkers=16", base + "\n[features]\nreviews=true\n");
    EXPECT_EQ(written(result).toStdString(),
              "[http]\nport=8081\n\n[tuning]\nworkers=16\n\n[features]\nreviews=true\n");
}

TEST(MergeEdgeCases, AllEmptyIsEmpty)
{
    const MergeResult result = merged({}, {}, {});
    EXPECT_TRUE(result.hunks.isEmpty());
    EXPECT_TRUE(written(result).isEmpty());
}
