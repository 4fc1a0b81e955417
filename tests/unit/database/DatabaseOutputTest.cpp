// Parsers of the clients' output, the trailer check and the count comparison.
#include "database/DatabaseAdapter.h"
#include "database/DumpTrailerCheck.h"

#include <gtest/gtest.h>

using namespace puw;

namespace {
ShellOutcome exited(const QString& out, int code = 0, const QString& err = {})
{
    ShellOutcome outcome;
    outcome.status = ShellOutcome::Status::Exited;
    outcome.exitCode = code;
    outcome.stdoutText = out;
    outcome.stderrText = err;
    return outcome;
}
QString hex(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}
std::unique_ptr<DatabaseAdapter> adapter(DatabaseEngine engine)
{
    DatabaseTarget target;
    target.name = QStringLiteral("demo");
    return DatabaseAdapter::create(engine, target);
}
} // namespace

TEST(DatabaseOutput, TableCountsDecodeAnyNameAndNeedTheEndMarker)
{
    const QString weird = QStringLiteral("public.we ird\t\"näme\"\nx");
    const auto pg = adapter(DatabaseEngine::PostgreSql);
    auto counts = pg->parseTableCounts(exited(QStringLiteral("puw-count %1 42\npuw-count %2 0\npuw-end\n")
                                                  .arg(hex(weird), hex(QStringLiteral("public.t")))));
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    EXPECT_EQ(counts->value(weird), 42);
    EXPECT_EQ(counts->value(QStringLiteral("public.t")), 0);
    EXPECT_EQ(counts->size(), 2);

    // mysql --batch separates with tabs
    const auto my = adapter(DatabaseEngine::MySql);
    counts = my->parseTableCounts(
        exited(QStringLiteral("puw-count\t%1\t7\npuw-end\n").arg(hex(QStringLiteral("t`x")))));
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts->value(QStringLiteral("t`x")), 7);

    EXPECT_TRUE(pg->parseTableCounts(exited(QStringLiteral("puw-end\n"))).ok());                // no tables
    EXPECT_FALSE(pg->parseTableCounts(exited(QStringLiteral("puw-count 74 1\n"))).ok());        // cut
    EXPECT_FALSE(pg->parseTableCounts(exited(QStringLiteral("puw-count 74 x\npuw-end"))).ok()); // garbled
    const auto failed = pg->parseTableCounts(exited(
        {}, 2,
        QStringLiteral("psql: error: connection to server failed: FATAL:  password authentication failed")));
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("password authentication failed")))
        << failed.error().toStdString();
}

TEST(DatabaseOutput, Versions)
{
    const auto pg = adapter(DatabaseEngine::PostgreSql);
    auto server = pg->parseServerVersion(exited(QStringLiteral("15.18 (Debian 15.18-0+deb12u1)\n")));
    ASSERT_TRUE(server.ok());
    EXPECT_EQ(server->major, 15);
    EXPECT_EQ(server->minor, 18);
    auto tool =
        pg->parseDumpToolVersion(exited(QStringLiteral("pg_dump (PostgreSQL) 14.2 (Ubuntu 14.2-1)\n")));
    ASSERT_TRUE(tool.ok());
    EXPECT_EQ(tool->major, 14);
    QString why;
    EXPECT_FALSE(dumpToolCanDump(DatabaseEngine::PostgreSql, tool.value(), server.value(), &why));
    EXPECT_TRUE(why.contains(QStringLiteral("15"))) << why.toStdString();
    EXPECT_TRUE(dumpToolCanDump(DatabaseEngine::PostgreSql, server.value(), server.value()));

    const auto my = adapter(DatabaseEngine::MySql);
    server = my->parseServerVersion(exited(QStringLiteral("10.11.6-MariaDB-0+deb12u1\n")));
    ASSERT_TRUE(server.ok());
    EXPECT_EQ(server->product, QStringLiteral("MariaDB"));
    EXPECT_EQ(server->major, 10);
    EXPECT_EQ(server->minor, 11);
    tool = my->parseDumpToolVersion(exited(
        QStringLiteral("mysqldump  Ver 10.19 Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n")));
    ASSERT_TRUE(tool.ok());
    EXPECT_EQ(tool->major, 10);
    EXPECT_EQ(tool->minor, 11);
    tool = my->parseDumpToolVersion(exited(QStringLiteral("mysqldump  Ver 8.0.36 for Linux on x86_64\n")));
    ASSERT_TRUE(tool.ok());
    EXPECT_EQ(tool->product, QStringLiteral("MySQL"));
    EXPECT_EQ(tool->major, 8);
    EXPECT_FALSE(my->parseServerVersion(exited(QStringLiteral("\n"))).ok());
}

// pg_restore refuses an archive of a newer pg_dump ("unsupported version (1.15) in file header"): the
// restore client on new is read from its --version and must be at least old's pg_dump.
TEST(DatabaseOutput, TheRestoreClientsVersionAndWhetherItReadsTheDump)
{
    const auto pg = adapter(DatabaseEngine::PostgreSql);
    EXPECT_EQ(pg->restoreToolName(), QStringLiteral("pg_restore"));
    EXPECT_EQ(pg->restoreToolVersionCommand().commandLine, QStringLiteral("'pg_restore' '--version'"));
    const auto restore = pg->parseRestoreToolVersion(
        exited(QStringLiteral("pg_restore (PostgreSQL) 15.6 (Debian 15.6-0+deb12u1)\n")));
    ASSERT_TRUE(restore.ok()) << restore.error().toStdString();
    EXPECT_EQ(restore->major, 15);
    EXPECT_EQ(restore->minor, 6);
    const auto dump = pg->parseDumpToolVersion(exited(QStringLiteral("pg_dump (PostgreSQL) 16.2\n")));
    ASSERT_TRUE(dump.ok());
    EXPECT_FALSE(restoreToolCanRead(DatabaseEngine::PostgreSql, restore.value(), dump.value()));
    EXPECT_TRUE(restoreToolCanRead(DatabaseEngine::PostgreSql, dump.value(), restore.value()));
    EXPECT_TRUE(restoreToolCanRead(DatabaseEngine::PostgreSql, restore.value(), restore.value()));
    const auto missing =
        pg->parseRestoreToolVersion(exited({}, 127, QStringLiteral("sh: 1: pg_restore: not found")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("pg_restore: not found")))
        << missing.error().toStdString();

    const auto my = adapter(DatabaseEngine::MySql);
    EXPECT_EQ(my->restoreToolVersionCommand().commandLine, QStringLiteral("'mysql' '--version'"));
    auto client = my->parseRestoreToolVersion(
        exited(QStringLiteral("mysql  Ver 15.1 Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n")));
    ASSERT_TRUE(client.ok()) << client.error().toStdString();
    EXPECT_EQ(client->product, QStringLiteral("MariaDB"));
    EXPECT_EQ(client->major, 10);
    EXPECT_EQ(client->minor, 11);
    client = my->parseRestoreToolVersion(
        exited(QStringLiteral("mysql from 11.4.2-MariaDB, client 15.2 for debian-linux-gnu (x86_64)\n")));
    ASSERT_TRUE(client.ok()) << client.error().toStdString();
    EXPECT_EQ(client->major, 11);
    EXPECT_EQ(client->minor, 4);
    client = my->parseRestoreToolVersion(exited(QStringLiteral("mysql  Ver 8.0.36 for Linux on x86_64\n")));
    ASSERT_TRUE(client.ok());
    EXPECT_EQ(client->product, QStringLiteral("MySQL"));
    EXPECT_EQ(client->major, 8);
    // A SQL dump: any mysql client reads it.
    EXPECT_TRUE(restoreToolCanRead(DatabaseEngine::MySql, client.value(), restore.value()));
    EXPECT_FALSE(my->parseRestoreToolVersion(exited(QStringLiteral("mysql\n"))).ok());
}

TEST(DatabaseOutput, SingleValuesAndSizes)
{
    const auto my = adapter(DatabaseEngine::MySql);
    EXPECT_EQ(my->parseQueryValue(exited(QStringLiteral("0003_add_documents\n"))).value(),
              QStringLiteral("0003_add_documents"));
    EXPECT_EQ(my->parseQueryValue(exited(QStringLiteral("NULL\n"))).value(), QString());
    const auto pg = adapter(DatabaseEngine::PostgreSql);
    EXPECT_EQ(pg->parseQueryValue(exited(QStringLiteral("\n"))).value(), QString());
    EXPECT_EQ(pg->parseSize(exited(QStringLiteral("7893539\n"))).value(), 7893539);
    EXPECT_FALSE(pg->parseSize(exited(QStringLiteral("lots\n"))).ok());
    EXPECT_FALSE(
        pg->parseQueryValue(exited({}, 1, QStringLiteral("ERROR:  relation \"m\" does not exist"))).ok());
}

TEST(DatabaseOutput, FailuresNameTheFirstError)
{
    const QString stderrText =
        QStringLiteral("pg_restore: while PROCESSING TOC:\n"
                       "pg_restore: error: could not execute query: ERROR:  syntax error\n"
                       "Command was: CREATE TABLE x\n");
    const QString message =
        DatabaseAdapter::describeFailure(QStringLiteral("Restoring"), exited({}, 1, stderrText));
    EXPECT_EQ(message,
              QStringLiteral("Restoring failed (exit code 1): pg_restore: error: could not execute query: "
                             "ERROR:  syntax error"));
    EXPECT_TRUE(DatabaseAdapter::describeFailure(
                    QStringLiteral("x"), exited({}, 1, QStringLiteral("ERROR 1064 (42000) at line 3: bad")))
                    .contains(QStringLiteral("ERROR 1064 (42000) at line 3")));
}

TEST(DatabaseOutput, MysqlTrailerSeenInAStream)
{
    const QByteArray dump =
        QByteArray(5000, 'x') + "\nINSERT INTO t VALUES (1);\n-- Dump completed on 2024-01-01\n";
    MysqlDumpTrailerCheck whole;
    for (qsizetype i = 0; i < dump.size(); i += 7)
        whole.feed(QByteArrayView(dump).sliced(i, std::min<qsizetype>(7, dump.size() - i)));
    EXPECT_TRUE(whole.complete());
    EXPECT_EQ(whole.bytes(), dump.size());

    MysqlDumpTrailerCheck cut;
    cut.feed(dump.left(dump.size() - 40));
    EXPECT_FALSE(cut.complete());
    MysqlDumpTrailerCheck more;
    more.feed(dump);
    more.feed("INSERT INTO t VALUES (2);\n");
    EXPECT_FALSE(more.complete());
    EXPECT_FALSE(MysqlDumpTrailerCheck::endsWithTrailer("-- Dump completed"));   // no line before it
    EXPECT_TRUE(MysqlDumpTrailerCheck::endsWithTrailer("x\n-- Dump completed")); // without final newline
    MysqlDumpTrailerCheck big;
    big.feed(QByteArray(1000, 'y') + "\n-- Dump completed on x\n");
    EXPECT_TRUE(big.complete());
}

TEST(DatabaseOutput, CountComparisonSkipsExcludedTables)
{
    const TableCounts oldCounts{
        {QStringLiteral("public.a"), 3}, {QStringLiteral("public.tmp"), 9}, {QStringLiteral("public.b"), 2}};
    const TableCounts newCounts{
        {QStringLiteral("public.a"), 3}, {QStringLiteral("public.b"), 1}, {QStringLiteral("public.c"), 0}};
    const auto comparison = compareTableCounts(oldCounts, newCounts, {QStringLiteral("tmp")});
    ASSERT_EQ(comparison.rows.size(), 3);
    EXPECT_FALSE(comparison.allMatch());
    EXPECT_EQ(comparison.mismatchedTables(),
              (QStringList{QStringLiteral("public.b"), QStringLiteral("public.c")}));
    EXPECT_EQ(comparison.rows[2].oldCount, -1);
    EXPECT_TRUE(compareTableCounts(oldCounts, oldCounts).allMatch());
}

TEST(DatabaseOutput, CountLinesCarryAChecksumAndAChangedRowWithTheSameCountDiffers)
{
    TableChecksums sums;
    const auto counts = detail::parseCountLines(
        QStringLiteral(
            "puw-count 6f7264657273 3 -92233720368547758\npuw-count\t7573657273\t2\t41\npuw-end\n"),
        &sums);
    ASSERT_TRUE(counts.ok()) << counts.error().toStdString();
    EXPECT_EQ(counts->value(QStringLiteral("orders")), 3);
    EXPECT_EQ(sums.value(QStringLiteral("orders")), QStringLiteral("-92233720368547758"));
    EXPECT_EQ(sums.value(QStringLiteral("users")), QStringLiteral("41"));
    EXPECT_FALSE(detail::parseCountLines(QStringLiteral("puw-count 7573657273 2 4x1\npuw-end\n")).ok());

    const TableCountComparison same = compareTableCounts(counts.value(), counts.value(), {}, sums, sums);
    EXPECT_TRUE(same.allMatch());
    TableChecksums changed = sums;
    changed[QStringLiteral("users")] = QStringLiteral("42");
    const TableCountComparison differs =
        compareTableCounts(counts.value(), counts.value(), {}, sums, changed);
    EXPECT_FALSE(differs.allMatch());
    EXPECT_EQ(differs.mismatchedTables(), QStringList{QStringLiteral("users")});
    // Without checksums on one side the counts decide, as before.
    EXPECT_TRUE(compareTableCounts(counts.value(), counts.value(), {}, sums, {}).allMatch());
}

TEST(DatabaseOutput, IdentityLinesNameTheServerAndOnlyAnEqualIdIsTheSameServer)
{
    const auto a = detail::parseIdentityLine(
        QStringLiteral("noise\npuw-identity 7714964363013566482 127.0.15.11 5432\n"));
    const auto b =
        detail::parseIdentityLine(QStringLiteral("puw-identity\t87b6-02fc00000001@old\told\t3306\n"));
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(a->id, QStringLiteral("7714964363013566482"));
    EXPECT_EQ(a->host, QStringLiteral("127.0.15.11"));
    EXPECT_EQ(b->id, QStringLiteral("87b6-02fc00000001@old"));
    EXPECT_TRUE(a->sameServer(a.value()));
    EXPECT_FALSE(a->sameServer(b.value()));
    EXPECT_FALSE(ServerIdentity{}.sameServer(ServerIdentity{})); // unknown is never "the same"
    EXPECT_FALSE(detail::parseIdentityLine(QStringLiteral("puw-version 15.4\n")).ok());
}
