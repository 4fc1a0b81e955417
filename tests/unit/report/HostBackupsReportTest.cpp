// The report's "Backups left on the hosts": every dump a session left on a host, with the host, the path,
// the size when known, and a command that removes exactly that file, however its path is spelled.
#include "ReportJournalFixture.h"
#include "TestEnvironment.h"

#include "report/ReportDocument.h"
#include "report/ReportExporter.h"
#include "report/ReportModel.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace puw;
using puw::test::ReportJournal;

namespace {

const ReportBlock* sectionTable(const ReportDocument& doc, const QString& heading)
{
    for (qsizetype i = 0; i < doc.size(); ++i) {
        if (doc.at(i).kind != ReportBlock::Kind::Heading || doc.at(i).text != heading)
            continue;
        for (qsizetype j = i + 1; j < doc.size() && doc.at(j).kind != ReportBlock::Kind::Heading; ++j) {
            if (doc.at(j).kind == ReportBlock::Kind::Table)
                return &doc.at(j);
        }
    }
    return nullptr;
}

ReportDocument documentOf(const ReportJournal& fixture)
{
    auto model = ReportModel::fromJournal(*fixture.journal, fixture.session);
    EXPECT_TRUE(model.ok());
    return model.ok() ? buildReportDocument(model.value().redacted(fixture.journal->redactor()))
                      : ReportDocument{};
}

} // namespace

TEST(HostBackupsReport, ListsEachDumpLeftOnAHostWithItsSizeAndTheCommandThatRemovesIt)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    // A folder whose name a shell would take apart: quotes, a command substitution, a semicolon, spaces.
    const QString folder = fixture.path(QStringLiteral("backups on new/it's $(touch pwned); here"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString complete = folder + QStringLiteral("/demo-rehearsal-20240514-100000.dump");
    const QString partial = folder + QStringLiteral("/demo-final-20240515-060500.dump.partial");
    for (const QString& path : {complete, partial}) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    }
    fixture.journal->recordArtefact(fixture.session, {0,
                                                      StepId::RehearsalBackup,
                                                      QStringLiteral("host-backup"),
                                                      QStringLiteral("new:") + complete,
                                                      1468006,
                                                      ReportJournal::kBackupSha,
                                                      true,
                                                      {}});
    fixture.journal->recordArtefact(fixture.session, {0,
                                                      StepId::FinalSync,
                                                      QStringLiteral("host-backup"),
                                                      QStringLiteral("new:") + partial,
                                                      -1,
                                                      {},
                                                      false,
                                                      {}});

    const ReportDocument doc = documentOf(fixture);
    const ReportBlock* table = sectionTable(doc, QStringLiteral("Backups left on the hosts"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), 2);
    const QStringList first = table->rows.at(0);
    EXPECT_EQ(first.at(0), QStringLiteral("3"));
    EXPECT_EQ(first.at(1), QStringLiteral("new (admin@new.example.test)")) << first.at(1).toStdString();
    EXPECT_EQ(first.at(2), complete);
    EXPECT_TRUE(first.at(3).contains(QStringLiteral("1.4 MiB"))) << first.at(3).toStdString();
    const QStringList second = table->rows.at(1);
    EXPECT_EQ(second.at(0), QStringLiteral("8"));
    EXPECT_EQ(second.at(2), partial + QStringLiteral(" (partial)"));
    EXPECT_EQ(second.at(3), QStringLiteral("not recorded"));

    // Each command, run by a shell as the admin would paste it, removes that file and nothing else runs.
    for (const QStringList& row : table->rows) {
        ASSERT_TRUE(row.at(4).startsWith(QStringLiteral("rm -- "))) << row.at(4).toStdString();
        QString output;
        EXPECT_EQ(puw::test::runLocal(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), row.at(4)}, &output),
                  0)
            << output.toStdString();
    }
    EXPECT_FALSE(QFile::exists(complete));
    EXPECT_FALSE(QFile::exists(partial));
    EXPECT_TRUE(QDir(folder).exists()) << "only the files go";
    EXPECT_FALSE(QFile::exists(QStringLiteral("pwned")));

    // The local copies stay in "Backups"; the Markdown report has the new section too.
    for (const ReportBlock& block : doc)
        EXPECT_FALSE(block.kind == ReportBlock::Kind::Fields && block.rows.size() > 0 &&
                     block.rows.at(0).at(1).contains(complete))
            << "a file on a host shown as a local copy";
    const QString md = fixture.path(QStringLiteral("report.md"));
    ASSERT_TRUE(exportReport(*fixture.journal, fixture.session, md, fixture.journal->redactor()).isEmpty());
    QFile file(md);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.readAll().contains("## Backups left on the hosts"));
}

TEST(HostBackupsReport, TheRollbacksBackupOnNewIsListedThereAndASessionWithoutAnySaysSo)
{
    ReportJournal fixture;
    ASSERT_TRUE(fixture.ok()) << fixture.error().toStdString();
    const ReportDocument before = documentOf(fixture);
    EXPECT_EQ(sectionTable(before, QStringLiteral("Backups left on the hosts")), nullptr);
    bool said = false;
    for (const ReportBlock& block : before)
        said = said || block.text == QStringLiteral("No backup was left on a host.");
    EXPECT_TRUE(said);

    // The rollback records its backup of new's data as a "backup" on new.
    fixture.journal->recordArtefact(
        fixture.session, {0,
                          StepId::RouteTraffic,
                          QStringLiteral("backup"),
                          QStringLiteral("new:/var/tmp/parallel-upgrade/demo-new-before-rollback.dump"),
                          -1,
                          {},
                          true,
                          {}});
    const ReportBlock* table = sectionTable(documentOf(fixture), QStringLiteral("Backups left on the hosts"));
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), 1);
    EXPECT_EQ(table->rows.at(0).at(4),
              QStringLiteral("rm -- '/var/tmp/parallel-upgrade/demo-new-before-rollback.dump'"));
}
