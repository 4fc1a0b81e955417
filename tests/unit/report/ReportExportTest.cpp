// Exports the fixture's upgrade in each format and checks what an admin would look for.
#include "ReportJournalFixture.h"
#include "TestEnvironment.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace puw;
using puw::test::ReportJournal;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(file.readAll());
}

QString exportFixture(const ReportJournal& fixture, const QString& name)
{
    const QString path = fixture.path(name);
    const QString error = exportReport(*fixture.journal, fixture.session, path, fixture.journal->redactor());
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

QString pdfText(const QString& pdf, int firstPage = 0, int lastPage = 0)
{
    QStringList arguments;
    if (firstPage > 0)
        arguments << QStringLiteral("-f") << QString::number(firstPage) << QStringLiteral("-l")
                  << QString::number(lastPage);
    arguments << pdf << QStringLiteral("-");
    QString output;
    EXPECT_EQ(puw::test::runLocal(puw::test::findProgram(QStringLiteral("pdftotext")), arguments, &output), 0)
        << output.toStdString();
    return output;
}

} // namespace

TEST(ReportExport, MarkdownHasTheChecklistDowntimeBackupsAndATimelineBesideIt)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    const QString md = readText(exportFixture(fixture, QStringLiteral("report.md")));

    for (int number = 1; number <= 9; ++number) {
        const QString start =
            QStringLiteral("- [x] **%1. %2").arg(number).arg(stepTitle(*stepFromNumber(number)));
        const qsizetype at = md.indexOf(start);
        ASSERT_GE(at, 0) << start.toStdString();
        EXPECT_TRUE(md.mid(at, md.indexOf(QLatin1Char('\n'), at) - at).endsWith(QStringLiteral("**: Done  ")))
            << number;
    }
    EXPECT_TRUE(md.contains(QStringLiteral("(steps 3 to 6 again, during the cutover)**: Done")));
    EXPECT_TRUE(md.contains(QStringLiteral("- [ ] **10. Deprovision the old instance**: Skipped")));
    EXPECT_TRUE(
        md.contains(QStringLiteral("Skipped at 2024-05-15 06:30:00: Kept for a two-week soak period")));
    EXPECT_TRUE(md.contains(QStringLiteral("Start 09:00:00, end 09:12:00, duration 12 min 00 s")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Measured**: 22 min 15 s")));
    EXPECT_TRUE(md.contains(QStringLiteral("**Predicted by the rehearsal**: 20 min 00 s")));
    EXPECT_TRUE(md.contains(ReportJournal::kBackupSha));
    EXPECT_TRUE(md.contains(ReportJournal::kConfigSha));
    EXPECT_TRUE(md.contains(QStringLiteral("PARTIAL")));
    EXPECT_TRUE(md.contains(QStringLiteral("ED25519 SHA256:oldKEYoldKEYoldKEY0123456789abcdefghijk")));
    EXPECT_TRUE(md.contains(QStringLiteral("alice on admin-laptop")));
    EXPECT_TRUE(md.contains(QStringLiteral("0014\\_add\\_realm\\_archiving.sql")));
    EXPECT_TRUE(md.contains(QStringLiteral("| audit\\|log | 99 | 98 | NO |")));

    EXPECT_TRUE(md.contains(QStringLiteral("](report-timeline.png)")));
    const QImage timeline(fixture.path(QStringLiteral("report-timeline.png")));
    ASSERT_FALSE(timeline.isNull());
    EXPECT_GE(timeline.width(), 800);
    EXPECT_GE(timeline.height(), 300);
    EXPECT_LE(timeline.height(), 2000);
}

TEST(ReportExport, MarkdownRendersAsTenTaskItems)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    QTextDocument doc;
    doc.setMarkdown(readText(exportFixture(fixture, QStringLiteral("report.md"))),
                    QTextDocument::MarkdownDialectGitHub);
    // A task item's title line starts with its number; the detail line after the hard break has the
    // item's marker too, so only title lines are counted.
    static const QRegularExpression title(QStringLiteral("^\\d+\\. "));
    int checked = 0;
    int unchecked = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (!title.match(block.text()).hasMatch())
            continue;
        const auto marker = block.blockFormat().marker();
        checked += marker == QTextBlockFormat::MarkerType::Checked ? 1 : 0;
        unchecked += marker == QTextBlockFormat::MarkerType::Unchecked ? 1 : 0;
    }
    EXPECT_EQ(checked, 9);
    EXPECT_EQ(unchecked, 1);
}

TEST(ReportExport, HtmlIsOneFileWithTheTimelineEmbedded)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    QDir out(fixture.path(QStringLiteral("html")));
    ASSERT_TRUE(out.mkpath(QStringLiteral(".")));
    const QString path = out.filePath(QStringLiteral("report.html"));
    ASSERT_EQ(exportReport(*fixture.journal, fixture.session, path, fixture.journal->redactor()), QString());
    EXPECT_EQ(out.entryList(QDir::Files), QStringList{QStringLiteral("report.html")});
    const QString html = readText(path);

    for (int number = 1; number <= 9; ++number)
        EXPECT_TRUE(
            html.contains(QStringLiteral("<li class=\"done\"><span class=\"mark\">☑</span> <strong>%1. %2")
                              .arg(number)
                              .arg(stepTitle(*stepFromNumber(number)).toHtmlEscaped())))
            << number;
    EXPECT_EQ(html.count(QStringLiteral("</strong>: Done<")), 9);
    EXPECT_TRUE(
        html.contains(QStringLiteral("☐</span> <strong>10. Deprovision the old instance</strong>: Skipped")));
    EXPECT_TRUE(html.contains(QStringLiteral("22 min 15 s")));
    EXPECT_TRUE(html.contains(ReportJournal::kBackupSha));
    EXPECT_TRUE(html.contains(QStringLiteral("<img class=\"timeline\" src=\"data:image/png;base64,")));

    // Nothing outside the file: no source that is not a data: URI, no link, no stylesheet import.
    static const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*\"(?!data:)|url\\(|@import"),
                                             QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(external.match(html).hasMatch()) << external.match(html).captured().toStdString();
}

TEST(ReportExport, PdfHasTheChecklistOnPageOneAndPageNumbers)
{
    PUW_REQUIRE(!puw::test::findProgram(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils)");
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    const QString pdf = exportFixture(fixture, QStringLiteral("report.pdf"));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    const QString first = pdfText(pdf, 1, 1);
    for (int number = 1; number <= 10; ++number)
        EXPECT_TRUE(first.contains(stepTitle(*stepFromNumber(number)))) << number << first.toStdString();
    EXPECT_EQ(first.count(QStringLiteral("[x]")), 9) << first.toStdString();
    EXPECT_EQ(first.count(QStringLiteral("[ ]")), 1);
    EXPECT_TRUE(first.contains(QStringLiteral("Page 1 of ")));

    const QString all = pdfText(pdf);
    EXPECT_TRUE(all.contains(QStringLiteral("22 min 15 s")));
    EXPECT_TRUE(all.contains(ReportJournal::kBackupSha)) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("last line of the output")));
    static const QRegularExpression pages(QStringLiteral("Page (\\d+) of (\\d+)"));
    const QRegularExpressionMatch last = [&] {
        QRegularExpressionMatch found;
        for (auto it = pages.globalMatch(all); it.hasNext();)
            found = it.next();
        return found;
    }();
    ASSERT_TRUE(last.hasMatch());
    EXPECT_EQ(last.captured(1), last.captured(2));
    EXPECT_GE(last.captured(2).toInt(), 2);
}

// A report names hosts, paths and commands: owner-only whatever the umask, also when it replaces a report
// someone else could read.
TEST(ReportExport, EveryFileIsWrittenOwnerOnly)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    const mode_t previous = ::umask(0);
    QFile loose(fixture.path(QStringLiteral("report.html")));
    ASSERT_TRUE(loose.open(QIODevice::WriteOnly));
    loose.close();
    ASSERT_TRUE(
        loose.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    for (const QString& name :
         {QStringLiteral("report.md"), QStringLiteral("report.html"), QStringLiteral("report.pdf")})
        exportFixture(fixture, name);
    ::umask(previous);
    for (const QString& name : {QStringLiteral("report.md"), QStringLiteral("report-timeline.png"),
                                QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
        struct stat info {};
        ASSERT_EQ(::stat(QFile::encodeName(fixture.path(name)).constData(), &info), 0) << name.toStdString();
        EXPECT_EQ(info.st_mode & 07777, 0600u) << name.toStdString();
    }
}
