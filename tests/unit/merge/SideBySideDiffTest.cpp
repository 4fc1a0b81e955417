// The wizard's side-by-side view of new's current file against what will be written.
#include "merge/SideBySideDiff.h"
#include "MergeFixtures.h"
#include "merge/MergeResolution.h"

#include <gtest/gtest.h>

using namespace puw;
using namespace Qt::Literals::StringLiterals;
using namespace puw::test;

namespace {

SideBySideDiff compared(const QByteArray& left, const QByteArray& right)
{
    auto diff = SideBySideDiff::compare(left, right);
    EXPECT_TRUE(diff.ok());
    return diff.ok() ? diff.value() : SideBySideDiff();
}

QString marked(const QString& text, const QList<CharRange>& marks)
{
    QStringList words;
    for (const CharRange& mark : marks)
        words.append(text.mid(mark.start, mark.length));
    return words.join(u'|');
}

} // namespace

TEST(SideBySideDiff, RowsAreAlignedAndEachLineAppearsOnce)
{
    const QByteArray left = fixture("nginx-v1.default.conf");
    const QByteArray right = fixture("nginx-old.conf");
    const SideBySideDiff diff = compared(left, right);
    const QList<DiffRow>& rows = diff.rows();
    qsizetype nextLeft = 0;
    qsizetype nextRight = 0;
    for (const DiffRow& row : rows) {
        if (row.kind != RowKind::Added) {
            EXPECT_EQ(row.leftLine, nextLeft++);
        }
        if (row.kind != RowKind::Removed) {
            EXPECT_EQ(row.rightLine, nextRight++);
        }
        EXPECT_EQ(row.kind == RowKind::Same, row.left == row.right && row.change < 0);
    }
    EXPECT_EQ(nextLeft, FileLines::split(left).lines.size());
    EXPECT_EQ(nextRight, FileLines::split(right).lines.size());
    // server_name and the body size changed in place; the static location was added.
    ASSERT_EQ(diff.changeCount(), 2);
    const DiffRow& first = rows.at(diff.firstRow(0));
    EXPECT_EQ(first.kind, RowKind::Changed);
    EXPECT_EQ(first.left, u"    server_name shop.example.org;"_s);
    EXPECT_EQ(first.right, u"    server_name shop.bakery-mueller.example;"_s);
    EXPECT_EQ(rows.at(diff.firstRow(1)).kind, RowKind::Added);
}

TEST(SideBySideDiff, ChangedWordsAreMarkedWithinTheLine)
{
    const SideBySideDiff diff = compared(fixture("nginx-v1.default.conf"), fixture("nginx-old.conf"));
    const DiffRow& bodySize = diff.rows().at(diff.firstRow(0) + 1);
    ASSERT_EQ(bodySize.kind, RowKind::Changed);
    EXPECT_EQ(marked(bodySize.left, bodySize.leftMarks), u"10m"_s);
    EXPECT_EQ(marked(bodySize.right, bodySize.rightMarks), u"64m"_s);
    EXPECT_EQ(bodySize.leftMarks, QList<CharRange>({{25, 3}}));
}

TEST(SideBySideDiff, WordMarksCoverInsertedAndReplacedWords)
{
    const auto marks =
        markChangedWords(QStringLiteral("dataSource.url=jdbc:mysql://localhost:3306/openboxes"),
                         QStringLiteral("dataSource.url=jdbc:mysql://db.internal:3306/openboxes"));
    ASSERT_TRUE(marks.ok());
    EXPECT_EQ(marked(u"dataSource.url=jdbc:mysql://localhost:3306/openboxes"_s, marks.value().left),
              u"localhost"_s);
    EXPECT_EQ(marked(u"dataSource.url=jdbc:mysql://db.internal:3306/openboxes"_s, marks.value().right),
              u"db.internal"_s);
}

TEST(SideBySideDiff, NextAndPreviousMoveFromChangeToChange)
{
    const QByteArray left = "a=1\nb=1\nc=1\nd=1\ne=1\nf=1\n";
    const QByteArray right = "a=2\nb=1\nc=1\nd=2\ne=1\nf=1\ng=1\n";
    const SideBySideDiff diff = compared(left, right);
    ASSERT_EQ(diff.changeCount(), 3);
    EXPECT_EQ(diff.firstRow(0), 0);
    EXPECT_EQ(diff.firstRow(1), 3);
    EXPECT_EQ(diff.firstRow(2), 6);
    EXPECT_EQ(diff.nextChange(-1), 0); // before the first row
    EXPECT_EQ(diff.nextChange(0), 1);
    EXPECT_EQ(diff.nextChange(1), 1); // from a row between changes
    EXPECT_EQ(diff.nextChange(3), 2);
    EXPECT_EQ(diff.nextChange(6), -1);
    EXPECT_EQ(diff.previousChange(6), 1);
    EXPECT_EQ(diff.previousChange(4), 1);
    EXPECT_EQ(diff.previousChange(3), 0);
    EXPECT_EQ(diff.previousChange(0), -1);
    EXPECT_EQ(diff.previousChange(7), 2); // after the last row
}

TEST(SideBySideDiff, SecretValuesAreMaskedButTheirChangeIsShown)
{
    const QByteArray left = "[database]\nuser=demo\npassword=sandbox-db-pw\n";
    const QByteArray right = "[database]\nuser=demo\npassword=S3cr3t-Pw!42\n";
    const SideBySideDiff diff = compared(left, right);
    ASSERT_EQ(diff.changeCount(), 1);
    const DiffRow& row = diff.rows().at(diff.firstRow(0));
    EXPECT_EQ(row.kind, RowKind::Changed);
    EXPECT_EQ(row.left, u"password=•••"_s);
    EXPECT_EQ(row.right, u"password=•••"_s);
    EXPECT_EQ(marked(row.right, row.rightMarks), u"•••"_s);
    for (const DiffRow& shown : diff.rows()) {
        for (const QString& text : {shown.left, shown.right}) {
            EXPECT_FALSE(text.contains(QStringLiteral("sandbox-db-pw")));
            EXPECT_FALSE(text.contains(QStringLiteral("S3cr3t")));
        }
    }
}

TEST(SideBySideDiff, Latin1FilesAreShownCharacterForByte)
{
    const QByteArray left = QString::fromUtf8("name=Bäckerei Müller\n").toLatin1();
    const QByteArray right = QString::fromUtf8("name=Bäckerei Mayer\n").toLatin1();
    const SideBySideDiff diff = compared(left, right);
    ASSERT_EQ(diff.changeCount(), 1);
    const DiffRow& row = diff.rows().first();
    EXPECT_EQ(row.left, QString::fromUtf8("name=Bäckerei Müller"));
    EXPECT_EQ(marked(row.left, row.leftMarks), QString::fromUtf8("Müller"));
    EXPECT_EQ(marked(row.right, row.rightMarks), u"Mayer"_s);
}

TEST(SideBySideDiff, LineEndingsAloneAreNoChange)
{
    const QByteArray text = fixture("demo-v2.default.conf");
    const SideBySideDiff diff = compared(text, crlf(text));
    EXPECT_EQ(diff.changeCount(), 0);
    EXPECT_EQ(diff.rows().size(), FileLines::split(text).lines.size());
}

TEST(SideBySideDiff, NewsFileAgainstTheMergeShowsWhatStepTwoWillWrite)
{
    const MergeResult result =
        merged(fixture("demo-v1.default.conf"), fixture("demo-old.conf"), fixture("demo-v2.default.conf"));
    const auto file = resolveHeadless(result, ConflictPolicy::Fail);
    ASSERT_TRUE(file.ok());
    const SideBySideDiff diff = compared(fixture("demo-v2.default.conf"), file.value().text);
    // [site] and [tuning] come in; new's own lines, [features] included, stay as they are.
    ASSERT_EQ(diff.changeCount(), 2);
    for (qsizetype change = 0; change < diff.changeCount(); ++change)
        EXPECT_EQ(diff.rows().at(diff.firstRow(change)).kind, RowKind::Added);
    QStringList added;
    for (const DiffRow& row : diff.rows()) {
        if (row.kind == RowKind::Added)
            added.append(row.right);
    }
    added.removeAll(QString());
    EXPECT_EQ(added, QStringList({u"[site]"_s, u"name=Bäckerei Müller – Bestellungen"_s, u"[tuning]"_s,
                                  u"workers=16"_s}));
}
