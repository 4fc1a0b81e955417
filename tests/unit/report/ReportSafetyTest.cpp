// Hostile output, secrets and bad paths: what must never reach a report, and how exports fail.
#include "ReportJournalFixture.h"
#include "TestEnvironment.h"
#include "report/ReportExporter.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::ReportJournal;

namespace {

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString exportAs(const ReportJournal& fixture, const QString& name, const Redactor& redactor)
{
    const QString path = fixture.path(name);
    const QString error = exportReport(*fixture.journal, fixture.session, path, redactor);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return path;
}

bool hasControlCharacters(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if ((c < 0x20 && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return true;
        if (QChar::isHighSurrogate(c) && (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate()))
            return true;
        if (QChar::isLowSurrogate(c) && (i == 0 || !text.at(i - 1).isHighSurrogate()))
            return true;
    }
    return false;
}

QString pdfText(const QString& pdf)
{
    QString output;
    puw::test::runLocal(puw::test::findProgram(QStringLiteral("pdftotext")), {pdf, QStringLiteral("-")},
                        &output);
    return output;
}

} // namespace

TEST(ReportSafety, MarkdownFencesHoldAndHostileTextStaysText)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    const QString md =
        QString::fromUtf8(readBytes(exportAs(fixture, QStringLiteral("r.md"), fixture.journal->redactor())));
    EXPECT_FALSE(hasControlCharacters(md));
    EXPECT_FALSE(md.contains(QChar(0x202E)));

    QString fence;
    int blocks = 0;
    bool scriptInsideFence = false;
    for (const QString& line : md.split(QLatin1Char('\n'))) {
        EXPECT_LE(line.size(), 400) << line.left(80).toStdString();
        if (fence.isEmpty()) {
            static const QRegularExpression opening(QStringLiteral("^(`{3,})text$"));
            if (const auto match = opening.match(line); match.hasMatch()) {
                fence = match.captured(1);
                ++blocks;
                continue;
            }
            // Outside code, every '<' and '|' of journal text is escaped (tables add their own " | ").
            static const QRegularExpression rawAngle(QStringLiteral("(?<!\\\\)<"));
            EXPECT_FALSE(rawAngle.match(line).hasMatch()) << line.toStdString();
        } else if (line == fence) {
            fence.clear();
        } else {
            EXPECT_FALSE(line.startsWith(fence)) << "a fence closed early: " << line.toStdString();
            scriptInsideFence =
                scriptInsideFence || line.contains(QStringLiteral("<script>alert('owned')</script>"));
        }
    }
    EXPECT_TRUE(fence.isEmpty()) << "a code block was never closed";
    EXPECT_EQ(blocks, 6); // three commands, each with its command line and its output
    EXPECT_TRUE(scriptInsideFence);
    EXPECT_TRUE(md.contains(QStringLiteral("\n```````````text\n"))) << "fence longer than ten backticks";
    EXPECT_TRUE(md.contains(QStringLiteral("line(s) left out")));
    EXPECT_TRUE(md.contains(QStringLiteral("\\<img src=x onerror=alert(1)\\> ERROR \\| login failed")));

    // A Markdown renderer keeps the hostile output verbatim, as code.
    QTextDocument doc;
    doc.setMarkdown(md, QTextDocument::MarkdownDialectGitHub);
    EXPECT_TRUE(doc.toPlainText().contains(QStringLiteral("<script>alert('owned')</script>")));
}

TEST(ReportSafety, HtmlEscapesEverythingAndStaysWellFormed)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    const QString html = QString::fromUtf8(
        readBytes(exportAs(fixture, QStringLiteral("r.html"), fixture.journal->redactor())));
    EXPECT_FALSE(html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert('owned')&lt;/script&gt;")));
    EXPECT_EQ(html.count(QStringLiteral("<img")), 1); // the timeline, nothing injected
    EXPECT_FALSE(hasControlCharacters(html));
    EXPECT_TRUE(html.contains(QStringLiteral("Content-Security-Policy")));

    // Written as XHTML syntax: if any journal text had opened or closed an element, this would fail.
    QXmlStreamReader xml(html);
    while (!xml.atEnd())
        xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
}

TEST(ReportSafety, PdfShowsHostileMarkupAsText)
{
    PUW_REQUIRE(!puw::test::findProgram(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils)");
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    const QString text = pdfText(exportAs(fixture, QStringLiteral("r.pdf"), fixture.journal->redactor()));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert('owned')</script>")));
    EXPECT_TRUE(text.contains(QStringLiteral("<img src=x onerror=alert(1)>")));
}

// The journal redacts what it stores; the exporter redacts again with what it is given. Both layers
// are tested: a journal that knew the secrets, and one that did not (only the exporter stands guard).
class ReportSecrets : public ::testing::TestWithParam<bool> {};

TEST_P(ReportSecrets, AppearInNoReportAndNotInTheJournal)
{
    PUW_REQUIRE(!puw::test::findProgram(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils)");
    const bool journalKnows = GetParam();
    ReportJournal fixture(journalKnows);
    ASSERT_TRUE(fixture.ok());
    Redactor redactor;
    redactor.addSecret(ReportJournal::kSecret);
    redactor.addSecret(ReportJournal::kSudoSecret);

    QStringList texts;
    texts << QString::fromUtf8(readBytes(exportAs(fixture, QStringLiteral("s.md"), redactor)));
    texts << QString::fromUtf8(readBytes(exportAs(fixture, QStringLiteral("s.html"), redactor)));
    const QString pdf = exportAs(fixture, QStringLiteral("s.pdf"), redactor);
    texts << pdfText(pdf) << QString::fromLatin1(readBytes(pdf));
    for (const QString& secret : {ReportJournal::kSecret, ReportJournal::kSudoSecret}) {
        const QStringList forms{secret, secret.toHtmlEscaped(), QStringLiteral("Tr0ub4dour\\&3\\<pw\\>")};
        for (const QString& text : texts) {
            for (const QString& form : forms)
                EXPECT_FALSE(text.contains(form)) << form.toStdString();
        }
    }
    EXPECT_TRUE(texts.first().contains(QStringLiteral("PGPASSWORD='[redacted]'")));
    QString unwrapped = texts.first();
    unwrapped.remove(QStringLiteral("\n↪ ")); // the line was cut after the redaction, as it must be
    EXPECT_TRUE(unwrapped.contains(QStringLiteral("xxx[redacted] wrapped secret")));

    if (journalKnows) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            const QByteArray stored = readBytes(fixture.journal->databasePath() + suffix);
            EXPECT_FALSE(stored.contains(ReportJournal::kSecret.toUtf8())) << suffix.toStdString();
            EXPECT_FALSE(stored.contains(ReportJournal::kSudoSecret.toUtf8())) << suffix.toStdString();
        }
    }
}

INSTANTIATE_TEST_SUITE_P(JournalKnowsSecrets, ReportSecrets, ::testing::Bool());

TEST(ReportExportErrors, NameThePathAndTheFix)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok());
    const Redactor& redactor = fixture.journal->redactor();

    const QString text = fixture.path(QStringLiteral("report.txt"));
    const QString unknown = exportReport(*fixture.journal, fixture.session, text, redactor);
    EXPECT_TRUE(unknown.contains(text)) << unknown.toStdString();
    EXPECT_TRUE(unknown.contains(QStringLiteral(".md"))) << unknown.toStdString();
    EXPECT_FALSE(QFile::exists(text));

    for (const QString& name :
         {QStringLiteral("report.md"), QStringLiteral("report.html"), QStringLiteral("report.pdf")}) {
        const QString path = fixture.path(QStringLiteral("no/such/folder/") + name);
        const QString error = exportReport(*fixture.journal, fixture.session, path, redactor);
        EXPECT_TRUE(error.contains(QDir::toNativeSeparators(path))) << error.toStdString();
        EXPECT_TRUE(error.contains(QStringLiteral("Choose a folder"))) << error.toStdString();
    }

    const QString missing =
        exportReport(*fixture.journal, 4242, fixture.path(QStringLiteral("x.pdf")), redactor);
    EXPECT_TRUE(missing.contains(QStringLiteral("4242"))) << missing.toStdString();
    EXPECT_FALSE(QFile::exists(fixture.path(QStringLiteral("x.pdf"))));
}
