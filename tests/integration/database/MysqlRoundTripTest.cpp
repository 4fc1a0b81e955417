// MariaDB for real: mysqldump -> .partial -> trailer check/promote -> recreate -> mysql -> compare.
#include "MysqlFixture.h"
#include "ProcessArguments.h"
#include "database/ClientCommand.h"

#include <QFileInfo>

using namespace puw;
using namespace puw::test;

namespace {

const QString sourceName = QStringLiteral("-src 'q' \"x\" $(touch /tmp/puw-pwned-my) ä;");
const QString targetName = QStringLiteral("dst `b` ö");

const QString seed = QStringLiteral(R"SQL(
CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(200) NOT NULL, city VARCHAR(100)) CHARACTER SET utf8mb4;
CREATE TABLE `order "x" 'y'` (id INT PRIMARY KEY, customer_id INT NOT NULL, note TEXT,
    FOREIGN KEY (customer_id) REFERENCES customer (id)) CHARACTER SET utf8mb4;
CREATE TABLE document (id INT AUTO_INCREMENT PRIMARY KEY, content LONGBLOB NOT NULL);
CREATE TABLE report_tmp (id INT);
CREATE TABLE schema_migration (name VARCHAR(100) PRIMARY KEY);
CREATE VIEW customer_orders AS SELECT c.name, COUNT(o.id) AS orders
    FROM customer c LEFT JOIN `order "x" 'y'` o ON o.customer_id = c.id GROUP BY c.name;
CREATE TRIGGER customer_city BEFORE INSERT ON customer FOR EACH ROW SET NEW.city = COALESCE(NEW.city, 'Zürich');
INSERT INTO customer (id, name)
    SELECT seq, CONCAT(ELT(1 + seq % 5, 'Zoë', 'Jürgen', '佐藤', 'Émilie 🍰', 'O''Brien'), ' ', seq) FROM seq_1_to_3000;
INSERT INTO `order "x" 'y'` SELECT seq, 1 + seq % 3000, IF(seq % 3 = 0, 'Bitte «fragile» – utf8mb4_0900_ai_ci', NULL)
    FROM seq_1_to_5000;
INSERT INTO document (content) SELECT UNHEX(REPEAT(MD5(seq), 1 + seq % 64)) FROM seq_1_to_2000;
INSERT INTO document (content) SELECT UNHEX(GROUP_CONCAT(LPAD(HEX(seq), 2, '0') ORDER BY seq SEPARATOR '')) FROM seq_0_to_255;
INSERT INTO report_tmp SELECT seq FROM seq_1_to_10;
INSERT INTO schema_migration VALUES ('0001_init'), ('0002_orders'), ('0003_documents');
)SQL");

class MysqlRoundTrip : public MysqlFixture {
protected:
    void createSource(const std::unique_ptr<DatabaseAdapter>& source)
    {
        auto created = source->recreateDatabase(m_shell);
        ASSERT_TRUE(created.ok()) << created.error().toStdString();
        query(*source, seed);
    }

    QString checksum(const DatabaseAdapter& adapter, const QString& table, const QString& columns)
    {
        const QString row = QStringLiteral("CONCAT_WS('|', %1)").arg(columns);
        return query(adapter,
                     QStringLiteral("SET SESSION group_concat_max_len = 1073741824; "
                                    "SELECT MD5(GROUP_CONCAT(%1 ORDER BY %1 SEPARATOR '\\n')) FROM %2")
                         .arg(row, table));
    }
};

} // namespace

TEST_F(MysqlRoundTrip, DumpPromoteRestoreGivesTheSameRowsAndContent)
{
    DatabaseTarget sourceTarget = m_server.target(sourceName);
    const auto source = adapter(sourceName);
    createSource(source);
    sourceTarget.excludeTables = {QStringLiteral("report_tmp")};
    const auto dumper = DatabaseAdapter::create(DatabaseEngine::MySql, sourceTarget);
    const auto target = adapter(targetName);

    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("dumps/src.sql")));
    ASSERT_TRUE(partial.ok());
    const ShellOutcome dumped = m_shell.run(dumper->dumpToFileCommand(partial.value()).request(60000));
    ASSERT_TRUE(dumped.ok()) << dumped.describe().toStdString();
    const auto dump = dumper->promote(m_shell, partial.value());
    ASSERT_TRUE(dump.ok()) << dump.error().toStdString();

    ASSERT_TRUE(target->recreateDatabase(m_shell).ok());
    const auto restored = target->restore(m_shell, dump.value());
    ASSERT_TRUE(restored.ok()) << restored.error().toStdString();

    const auto oldCounts = source->tableCounts(m_shell);
    const auto newCounts = target->tableCounts(m_shell);
    ASSERT_TRUE(oldCounts.ok()) << oldCounts.error().toStdString();
    ASSERT_TRUE(newCounts.ok()) << newCounts.error().toStdString();
    EXPECT_EQ(oldCounts->value(QStringLiteral("customer")), 3000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("order \"x\" 'y'")), 5000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("document")), 2001);
    EXPECT_FALSE(newCounts->contains(QStringLiteral("report_tmp"))); // excluded from the dump
    const auto comparison =
        compareTableCounts(oldCounts.value(), newCounts.value(), {QStringLiteral("report_tmp")});
    EXPECT_EQ(comparison.rows.size(), 4);
    EXPECT_TRUE(comparison.allMatch()) << comparison.mismatchedTables().join(QLatin1Char(',')).toStdString();

    const QList<QPair<QString, QString>> tables{
        {QStringLiteral("customer"), QStringLiteral("id, name, city")},
        {QStringLiteral("`order \"x\" 'y'`"), QStringLiteral("id, customer_id, note")},
        {QStringLiteral("document"), QStringLiteral("id, HEX(content)")},
        {QStringLiteral("customer_orders"), QStringLiteral("name, orders")}};
    for (const auto& [table, columns] : tables) {
        const QString sum = checksum(*source, table, columns);
        EXPECT_EQ(sum.size(), 32) << table.toStdString();
        EXPECT_EQ(sum, checksum(*target, table, columns)) << table.toStdString();
    }
    EXPECT_EQ(query(*target, QStringLiteral("SELECT name FROM customer WHERE id = 3")),
              QStringLiteral("Émilie 🍰 3"));
    EXPECT_EQ(query(*target, QStringLiteral("SELECT LENGTH(content) FROM document ORDER BY id DESC LIMIT 1")),
              QStringLiteral("256"));
    // The trigger came along and works.
    query(*target, QStringLiteral("INSERT INTO customer (id, name) VALUES (9999, 'x')"));
    EXPECT_EQ(query(*target, QStringLiteral("SELECT city FROM customer WHERE id = 9999")),
              QStringLiteral("Zürich"));
    EXPECT_EQ(
        target->migrationHead(m_shell, QStringLiteral("SELECT max(name) FROM schema_migration")).value(),
        QStringLiteral("0003_documents"));

    const auto size = source->sizeEstimate(m_shell);
    ASSERT_TRUE(size.ok()) << size.error().toStdString();
    EXPECT_GT(size.value(), 100000);
    const auto server = source->serverVersion(m_shell);
    ASSERT_TRUE(server.ok()) << server.error().toStdString();
    EXPECT_EQ(server->product, QStringLiteral("MariaDB"));
    const auto tool = source->dumpToolVersion(m_shell);
    ASSERT_TRUE(tool.ok()) << tool.error().toStdString();
    EXPECT_TRUE(dumpToolCanDump(DatabaseEngine::MySql, tool.value(), server.value()));
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned-my")));
}

TEST_F(MysqlRoundTrip, ADumpCutShortIsNeverPromotedNorRestorable)
{
    const auto source = adapter(sourceName);
    createSource(source);
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("cut.sql")));
    ASSERT_TRUE(partial.ok());
    DatabaseCommand cut = source->dumpCommand();
    cut.commandLine = detail::pipelineWithStatus(
        cut.commandLine,
        QStringLiteral("head -c 100000 | { %1; }").arg(source->receiveCommand(partial.value()).commandLine),
        QStringLiteral("the dump"));
    const ShellOutcome dumped = m_shell.run(cut.request(60000));
    EXPECT_FALSE(dumped.ok());
    EXPECT_EQ(QFileInfo(partial->path()).size(), 100000);
    const auto promoted = source->promote(m_shell, partial.value());
    ASSERT_FALSE(promoted.ok());
    EXPECT_TRUE(promoted.error().contains(QStringLiteral("incomplete"))) << promoted.error().toStdString();
    EXPECT_FALSE(QFile::exists(partial->finalPath()));
    EXPECT_FALSE(source->verifyExisting(m_shell, partial->path()).ok());
}

TEST_F(MysqlRoundTrip, ThePasswordNeverAppearsInProcessArguments)
{
    const auto source = adapter(sourceName);
    createSource(source);
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("ps.sql")));
    const ProcessScan scan = scanProcessArgumentsWhile(
        [&] {
            LocalShell shell;
            shell.run(source->queryValueCommand(QStringLiteral("SELECT SLEEP(1)")).request(60000));
            shell.run(source->dumpToFileCommand(partial.value()).request(60000));
        },
        m_server.appPassword());
    EXPECT_TRUE(scan.matches.isEmpty()) << scan.matches.join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(scan.commandLinesWith(QStringLiteral("mysql")).isEmpty());
    EXPECT_FALSE(scan.commandLinesWith(QStringLiteral("mysqldump")).isEmpty());
}
