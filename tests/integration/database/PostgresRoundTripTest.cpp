// PostgreSQL 15 for real: dump -> .partial -> verify/promote -> recreate -> parallel restore -> compare.
#include "DatabaseServers.h"
#include "ProcessArguments.h"
#include "TestEnvironment.h"
#include "database/ClientCommand.h"
#include "database/DatabaseAdapter.h"
#include "remote/LocalShell.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>

using namespace puw;
using namespace puw::test;

namespace {

const QString sourceName = QStringLiteral("src 'q' \"x\" $(touch /tmp/puw-pwned-pg) ä;\\");
const QString targetName = QStringLiteral("-dst host=evil dbname=postgres ö");
const QString orders = QStringLiteral("\"order \"\"x\"\" 'y'\"");

const QString seed = QStringLiteral(R"SQL(
CREATE TABLE customer (id int PRIMARY KEY, name text NOT NULL, city text);
CREATE TABLE "order ""x"" 'y'" (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customer (id), note text);
CREATE TABLE document (id serial PRIMARY KEY, order_id int REFERENCES "order ""x"" 'y'" (id), content bytea NOT NULL);
CREATE TABLE schema_migration (name text PRIMARY KEY);
CREATE VIEW customer_orders AS SELECT c.name, count(o.id) AS orders
    FROM customer c LEFT JOIN "order ""x"" 'y'" o ON o.customer_id = c.id GROUP BY c.name;
INSERT INTO customer SELECT i, (ARRAY['Zoë', 'Jürgen', '佐藤', 'Émilie 🍰', 'O''Brien'])[1 + i % 5] || ' ' || i, 'Zürich'
    FROM generate_series(1, 3000) AS i;
INSERT INTO "order ""x"" 'y'" SELECT i, 1 + i % 3000, CASE WHEN i % 3 = 0 THEN 'Bitte «fragile» – danke' END
    FROM generate_series(1, 5000) AS i;
INSERT INTO document (order_id, content) SELECT 1 + i % 5000, CASE WHEN i % 10 = 0
    THEN (SELECT string_agg(decode(md5(random()::text || i || j), 'hex'), ''::bytea) FROM generate_series(1, 256) AS j)
    ELSE decode(repeat(md5(i::text), 1 + i % 64), 'hex') END
    FROM generate_series(1, 2000) AS i;
INSERT INTO document (order_id, content)
    SELECT 1, decode(string_agg(lpad(to_hex(b), 2, '0'), '' ORDER BY b), 'hex') FROM generate_series(0, 255) AS b;
INSERT INTO schema_migration VALUES ('0001_init'), ('0002_orders'), ('0003_documents');
)SQL");

class PostgresRoundTrip : public ::testing::Test {
protected:
    void SetUp() override
    {
        PUW_REQUIRE(canRunPostgres(), "PostgreSQL 15 server programs and root");
        QString why;
        ASSERT_TRUE(m_server.start(&why)) << why.toStdString();
        m_source = DatabaseAdapter::create(DatabaseEngine::PostgreSql, m_server.target(sourceName));
        m_target = DatabaseAdapter::create(DatabaseEngine::PostgreSql, m_server.target(targetName));
        for (auto* adapter : {m_source.get(), m_target.get()})
            adapter->setCommandTimeoutMs(60000);
    }

    QString query(const DatabaseAdapter& adapter, const QString& sql)
    {
        auto value = adapter.parseQueryValue(m_shell.run(adapter.queryValueCommand(sql).request(60000)));
        EXPECT_TRUE(value.ok()) << value.error().toStdString();
        return value.ok() ? value.value() : QString();
    }

    void createSource()
    {
        auto created = m_source->recreateDatabase(m_shell);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        query(*m_source, seed);
    }

    // dump | receive on this host, then promote; the verified file.
    std::optional<DumpFile> dumpSource(const QString& name)
    {
        auto partial = PartialDump::forFinalPath(m_files.filePath(name));
        EXPECT_TRUE(partial.ok());
        const ShellOutcome dumped = m_shell.run(m_source->dumpToFileCommand(partial.value()).request(60000));
        EXPECT_TRUE(dumped.ok()) << dumped.describe().toStdString();
        auto promoted = m_source->promote(m_shell, partial.value());
        EXPECT_TRUE(promoted.ok()) << promoted.error().toStdString();
        return promoted.ok() ? std::optional<DumpFile>(promoted.value()) : std::nullopt;
    }

    QString checksum(const DatabaseAdapter& adapter, const QString& relation)
    {
        return query(adapter,
                     QStringLiteral("SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM %1 t")
                         .arg(relation));
    }

    PostgresServer m_server;
    LocalShell m_shell{QStringLiteral("new")};
    QTemporaryDir m_files;
    std::unique_ptr<DatabaseAdapter> m_source;
    std::unique_ptr<DatabaseAdapter> m_target;
};

} // namespace

TEST_F(PostgresRoundTrip, DumpPromoteRestoreGivesTheSameRowsAndContent)
{
    createSource();
    const auto dump = dumpSource(QStringLiteral("dumps/src.dump"));
    ASSERT_TRUE(dump.has_value());
    EXPECT_FALSE(QFile::exists(dump->path() + QStringLiteral(".partial")));

    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    const auto restored = m_target->restore(m_shell, *dump, RestoreOptions{2});
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();

    const auto oldCounts = m_source->tableCounts(m_shell);
    const auto newCounts = m_target->tableCounts(m_shell);
    ASSERT_TRUE(oldCounts.ok()) << oldCounts.error().toStdString();
    ASSERT_TRUE(newCounts.ok()) << newCounts.error().toStdString();
    EXPECT_EQ(oldCounts->size(), 4);
    EXPECT_EQ(oldCounts->value(QStringLiteral("public.customer")), 3000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("public.order \"x\" 'y'")), 5000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("public.document")), 2001);
    const TableCountComparison comparison = compareTableCounts(oldCounts.value(), newCounts.value());
    EXPECT_TRUE(comparison.allMatch()) << comparison.mismatchedTables().join(QLatin1Char(',')).toStdString();

    for (const QString& relation : {QStringLiteral("customer"), orders, QStringLiteral("document"),
                                    QStringLiteral("schema_migration"), QStringLiteral("customer_orders")})
        EXPECT_EQ(checksum(*m_source, relation), checksum(*m_target, relation)) << relation.toStdString();
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT name FROM customer WHERE id = 3")),
              QStringLiteral("Émilie 🍰 3"));
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT md5(content) FROM document WHERE id = 2001")),
              query(*m_source, QStringLiteral("SELECT md5(content) FROM document WHERE id = 2001")));
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT last_value FROM document_id_seq")),
              QStringLiteral("2001"));
    // --no-owner: the restored objects belong to the app's account, which could not create the database.
    EXPECT_EQ(
        query(*m_target, QStringLiteral("SELECT tableowner FROM pg_tables WHERE tablename = 'customer'")),
        QStringLiteral("app"));

    const auto head =
        m_target->migrationHead(m_shell, QStringLiteral("SELECT max(name) FROM schema_migration"));
    ASSERT_TRUE(head.ok());
    EXPECT_EQ(head.value(), QStringLiteral("0003_documents"));
    EXPECT_EQ(
        head.value(),
        m_source->migrationHead(m_shell, QStringLiteral("SELECT max(name) FROM schema_migration")).value());

    const auto size = m_source->sizeEstimate(m_shell);
    ASSERT_TRUE(size.ok()) << size.error().toStdString();
    EXPECT_GT(size.value(), 1000000);
    const auto server = m_source->serverVersion(m_shell);
    const auto tool = m_source->dumpToolVersion(m_shell);
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    ASSERT_TRUE(tool.ok()) << tool.error().toStdString();
    EXPECT_EQ(server->major, 15);
    EXPECT_TRUE(dumpToolCanDump(DatabaseEngine::PostgreSql, tool.value(), server.value()));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned-pg")));
}

TEST_F(PostgresRoundTrip, ADumpCutShortIsNeverPromotedNorRestorable)
{
    createSource();
    const auto good = dumpSource(QStringLiteral("good.dump"));
    ASSERT_TRUE(good.has_value());
    const qint64 size = QFileInfo(good->path()).size();
    ASSERT_GT(size, 500000); // far more than a pipe holds: cut at 32 KiB, pg_dump dies writing the rest

    // pg_dump dies mid-stream (SIGPIPE when the reader stops at half): the dump fails...
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("cut.dump")));
    ASSERT_TRUE(partial.ok());
    DatabaseCommand cut = m_source->dumpCommand();
    cut.commandLine = detail::pipelineWithStatus(
        cut.commandLine,
        QStringLiteral("head -c %1 | { %2; }")
            .arg(QString::number(size / 2), m_source->receiveCommand(partial.value()).commandLine),
        QStringLiteral("the dump"));
    const ShellOutcome dumped = m_shell.run(cut.request(60000));
    EXPECT_FALSE(dumped.ok());
    EXPECT_TRUE(QFile::exists(partial->path()));
    // ...and even if someone tried, its file is refused and stays partial.
    const auto promoted = m_source->promote(m_shell, partial.value());
    ASSERT_FALSE(promoted.ok());
    EXPECT_TRUE(promoted.error().contains(QStringLiteral("incomplete"))) << promoted.error().toStdString();
    EXPECT_FALSE(QFile::exists(partial->finalPath()));
    EXPECT_TRUE(QFile::exists(partial->path()));
    EXPECT_FALSE(m_source->verifyExisting(m_shell, partial->path()).ok());

    // A file cut 10 bytes before its end: pg_restore --list would accept it; the full read does not.
    auto truncated = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("truncated.dump")));
    QFile::copy(good->path(), truncated->path());
    QFile::resize(truncated->path(), size - 10);
    ShellRequest list;
    list.commandLine =
        QStringLiteral("pg_restore --list ") + truncated->path() + QStringLiteral(" >/dev/null");
    EXPECT_EQ(m_shell.run(list).exitCode, 0);
    EXPECT_FALSE(m_source->promote(m_shell, truncated.value()).ok());
    EXPECT_FALSE(QFile::exists(truncated->finalPath()));

    // Damaged in the middle (zlib data flipped): refused too.
    auto damaged = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("damaged.dump")));
    QFile::copy(good->path(), damaged->path());
    QFile file(damaged->path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(size / 2);
    file.write(QByteArray(64, '\x5a'));
    file.close();
    EXPECT_FALSE(m_source->promote(m_shell, damaged.value()).ok());
}

TEST_F(PostgresRoundTrip, RestoreStopsAtTheFirstErrorAndSaysWhich)
{
    createSource();
    const auto dump = dumpSource(QStringLiteral("src.dump"));
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    ASSERT_TRUE(m_target->restore(m_shell, *dump).ok());
    // Again into the now full database: the first CREATE fails and pg_restore stops there.
    const ShellOutcome again = m_shell.run(m_target->restoreCommand(*dump, RestoreOptions{2}).request(60000));
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_EQ(again.stderrText.count(QStringLiteral("pg_restore: error:")), 1)
        << again.stderrText.toStdString();
    const auto failed = m_target->restore(m_shell, *dump);
    ASSERT_FALSE(failed.ok());
    EXPECT_TRUE(failed.error().contains(QStringLiteral("already exists"))) << failed.error().toStdString();
    EXPECT_TRUE(failed.error().contains(QStringLiteral("stopped at the first error")));
}

TEST_F(PostgresRoundTrip, ThePasswordNeverAppearsInProcessArguments)
{
    createSource();
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("ps.dump")));
    const ProcessScan scan = scanProcessArgumentsWhile(
        [&] {
            LocalShell shell;
            shell.run(m_source->queryValueCommand(QStringLiteral("SELECT pg_sleep(1)")).request(60000));
            shell.run(m_source->dumpToFileCommand(partial.value()).request(60000));
        },
        m_server.appPassword());
    EXPECT_TRUE(scan.matches.isEmpty()) << scan.matches.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(scan.commandLinesWith(QStringLiteral("pg_sleep")).isEmpty()); // the scan saw psql run
    EXPECT_FALSE(scan.commandLinesWith(QStringLiteral("pg_dump")).isEmpty());
}

TEST_F(PostgresRoundTrip, AStreamedRestoreKeepsTheWholeFileAndPromotesItOnlyWithTheSentHash)
{
    createSource();
    const auto good = dumpSource(QStringLiteral("good.dump"));
    ASSERT_TRUE(good.has_value());
    QFile goodFile(good->path());
    ASSERT_TRUE(goodFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = goodFile.readAll();
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    ASSERT_TRUE(m_target->canStreamRestore());

    // A stream cut at half: the restore fails, no hash is written, nothing can be promoted.
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    auto cut = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("streamed/cut.dump")));
    ASSERT_TRUE(cut.ok());
    EXPECT_FALSE(
        m_shell.run(m_target->streamRestoreCommand(cut.value()).request(60000, bytes.left(bytes.size() / 2)))
            .ok());
    EXPECT_TRUE(QFile::exists(cut->path()));
    EXPECT_FALSE(QFile::exists(cut->path() + QStringLiteral(".sha256")));
    EXPECT_FALSE(m_target->promoteStreamed(m_shell, cut.value(), sha).ok());
    EXPECT_FALSE(QFile::exists(cut->finalPath()));

    // The whole stream: restored while written, the file byte for byte, promoted only with the same hash.
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("streamed/whole.dump")));
    ASSERT_TRUE(partial.ok());
    const ShellOutcome streamed =
        m_shell.run(m_target->streamRestoreCommand(partial.value()).request(60000, bytes));
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();
    QFile written(partial->path());
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll() == bytes);
    EXPECT_EQ(written.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
              QFileDevice::Permissions());
    const QString otherSha = QString(64, QLatin1Char('0'));
    EXPECT_FALSE(m_target->promoteStreamed(m_shell, partial.value(), otherSha).ok());
    EXPECT_FALSE(QFile::exists(partial->finalPath()));
    const auto file = m_target->promoteStreamed(m_shell, partial.value(), sha);
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_TRUE(QFile::exists(partial->finalPath()));
    EXPECT_FALSE(QFile::exists(partial->path()));

    // Until the post-data section ran from the verified file, the tables have their rows but no keys.
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', "
                                              "'f') AND connamespace = 'public'::regnamespace")),
              QStringLiteral("0"));
    const QString keys = QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', 'f') AND "
                                        "connamespace = 'public'::regnamespace");
    EXPECT_EQ(query(*m_source, keys), QStringLiteral("6")); // 4 primary keys, 2 foreign keys
    const auto finished = m_target->finishStreamedRestore(m_shell, file.value(), RestoreOptions{2});
    ASSERT_TRUE(finished.ok()) << finished.error().toStdString();
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', "
                                              "'f') AND connamespace = 'public'::regnamespace")),
              query(*m_source, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype IN ('p', "
                                              "'f') AND connamespace = 'public'::regnamespace")));
    const TableCountComparison comparison =
        compareTableCounts(m_source->tableCounts(m_shell).value(), m_target->tableCounts(m_shell).value());
    EXPECT_TRUE(comparison.allMatch()) << comparison.mismatchedTables().join(QLatin1Char(',')).toStdString();
    for (const QString& relation :
         {QStringLiteral("customer"), orders, QStringLiteral("document"), QStringLiteral("customer_orders")})
        EXPECT_EQ(checksum(*m_source, relation), checksum(*m_target, relation)) << relation.toStdString();
}

// Step 4's restore where the cutover streams: the rows from the file through the stream's client, then
// the indexes and constraints; the same database as a whole restore, and the same constraints.
TEST_F(PostgresRoundTrip, RowsAsTheCutoverStreamsThemThenPostDataGiveTheWholeDatabase)
{
    createSource();
    const auto dump = dumpSource(QStringLiteral("dumps/rehearsal.dump"));
    ASSERT_TRUE(dump.has_value());
    ASSERT_TRUE(m_target->canStreamRestore());
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    const auto rows = m_target->restoreRowsAsStreamed(m_shell, *dump);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    // The rows are in; the primary keys come with the post-data section.
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT count(*) FROM customer")), QStringLiteral("3000"));
    EXPECT_EQ(
        query(*m_target, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'customer'")),
        QStringLiteral("0"));
    const auto rest = m_target->finishStreamedRestore(m_shell, *dump, RestoreOptions{2});
    ASSERT_TRUE(rest.ok()) << rest.error().toStdString();
    EXPECT_EQ(
        query(*m_target, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE tablename = 'customer'")),
        QStringLiteral("1"));
    for (const QString& relation : {QStringLiteral("customer"), orders, QStringLiteral("document"),
                                    QStringLiteral("schema_migration"), QStringLiteral("customer_orders")})
        EXPECT_EQ(checksum(*m_source, relation), checksum(*m_target, relation)) << relation.toStdString();

    // A damaged file fails, and says so.
    QFile file(dump->path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.resize(file.size() / 2);
    file.close();
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    const auto cut = m_target->restoreRowsAsStreamed(m_shell, *dump);
    EXPECT_FALSE(cut.ok());
}
