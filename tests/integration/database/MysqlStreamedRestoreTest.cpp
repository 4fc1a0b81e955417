// MariaDB for real, the cutover's fast path: mysqldump's stream restored while it arrives, the file kept
// beside it and promoted only when it is whole (the completion trailer) and has the hash that was sent.
#include "MysqlFixture.h"
#include "database/DumpTrailerCheck.h"
#include "database/RestoreFixes.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <sys/stat.h>

using namespace puw;
using namespace puw::test;

namespace {

const QString sourceName = QStringLiteral("stream src 'q' $(touch /tmp/puw-pwned-mys) ä;");
const QString targetName = QStringLiteral("stream dst `b` ö");

// Non-ASCII text up to 4-byte UTF-8, escapes mysqldump must keep, binary columns, foreign keys, and data
// that looks like what the restore fixes rewrite in statements.
const QString seed = QStringLiteral(R"SQL(
CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(200) NOT NULL, note TEXT) CHARACTER SET utf8mb4;
CREATE TABLE `invoice "x" 'y'` (id INT PRIMARY KEY, customer_id INT NOT NULL, memo TEXT,
    FOREIGN KEY (customer_id) REFERENCES customer (id)) CHARACTER SET utf8mb4;
CREATE TABLE attachment (id INT AUTO_INCREMENT PRIMARY KEY, invoice_id INT, tag VARBINARY(16),
    content LONGBLOB NOT NULL, FOREIGN KEY (invoice_id) REFERENCES `invoice "x" 'y'` (id));
INSERT INTO customer SELECT seq,
    CONCAT(ELT(1 + seq % 6, 'Zoë', 'Jürgen', '佐藤', 'Émilie 🍰', 'O''Brien', '𝄞 \\ "x"'), ' ', seq),
    IF(seq % 4 = 0, 'line 1\nline\t2 😀', NULL) FROM seq_1_to_3000;
INSERT INTO `invoice "x" 'y'` SELECT seq, 1 + seq % 3000, IF(seq % 3 = 0, 'Bitte «fragile» – 🚚',
    IF(seq % 7 = 0, CONCAT('utf8mb4_0900_ai_ci DEFINER=`ghost`@`old.example` ', seq), NULL))
    FROM seq_1_to_5000;
INSERT INTO attachment (invoice_id, tag, content)
    SELECT 1 + seq % 5000, UNHEX(CONCAT('00275C0A0D1A', LPAD(HEX(seq), 4, '0'))),
        UNHEX(REPEAT(MD5(seq), 1 + seq % 64))
    FROM seq_1_to_2000;
INSERT INTO attachment (invoice_id, tag, content)
    SELECT NULL, NULL, UNHEX(GROUP_CONCAT(LPAD(HEX(seq), 2, '0') ORDER BY seq SEPARATOR ''))
    FROM seq_0_to_255;
)SQL");

const QList<QPair<QString, QString>> tables{
    {QStringLiteral("customer"), QStringLiteral("id, name, IFNULL(note, '<null>')")},
    {QStringLiteral("`invoice \"x\" 'y'`"), QStringLiteral("id, customer_id, IFNULL(memo, '<null>')")},
    {QStringLiteral("attachment"), QStringLiteral("id, IFNULL(invoice_id, 0), HEX(tag), HEX(content)")}};

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int modeOf(const QString& path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

class MysqlStreamedRestore : public MysqlFixture {
protected:
    void SetUp() override
    {
        MysqlFixture::SetUp();
        if (IsSkipped() || HasFatalFailure())
            return;
        seedSourceAndTarget(sourceName, targetName, seed);
        if (HasFatalFailure())
            return;
        // The dump as the old host sends it: through a verified file, read back whole.
        auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("sent/src.sql")));
        ASSERT_TRUE(partial.ok());
        const ShellOutcome dumped = m_shell.run(m_source->dumpToFileCommand(partial.value()).request(60000));
        ASSERT_TRUE(dumped.ok()) << dumped.describe().toStdString();
        const auto promoted = m_source->promote(m_shell, partial.value());
        ASSERT_TRUE(promoted.ok()) << promoted.error().toStdString();
        m_dump = readAll(promoted->path());
        ASSERT_GT(m_dump.size(), 500000); // far more than a pipe holds
        ASSERT_TRUE(MysqlDumpTrailerCheck::endsWithTrailer(m_dump.right(200)));
        ASSERT_TRUE(m_target->canStreamRestore());
        ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    }

    // Streams bytes into the recreated target database; the partial file it writes.
    PartialDump stream(const QString& name, const QByteArray& bytes, ShellOutcome* outcome)
    {
        auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("streamed/") + name));
        EXPECT_TRUE(partial.ok());
        *outcome = m_shell.run(m_target->streamRestoreCommand(partial.value()).request(60000, bytes));
        return partial.value();
    }

    QString checksum(const DatabaseAdapter& adapter, const QString& table, const QString& columns)
    {
        const QString row = QStringLiteral("CONCAT_WS('|', %1)").arg(columns);
        return query(adapter,
                     QStringLiteral("SET SESSION group_concat_max_len = 1073741824; "
                                    "SELECT MD5(GROUP_CONCAT(%1 ORDER BY %1 SEPARATOR '\\n')) FROM %2")
                         .arg(row, table));
    }

    // Where a clean cut falls: just after the last complete statement line before `at`.
    qsizetype statementBoundaryBefore(qsizetype at) const
    {
        const qsizetype end = m_dump.lastIndexOf(";\n", at);
        return end < 0 ? -1 : end + 2;
    }

    QByteArray m_dump;
};

} // namespace

TEST_F(MysqlStreamedRestore, AWholeStreamRestoresTheSameRowsAndKeepsTheSentFileOwnerOnly)
{
    ShellOutcome streamed;
    const PartialDump partial = stream(QStringLiteral("whole.sql"), m_dump, &streamed);
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();
    EXPECT_TRUE(readAll(partial.path()) == m_dump);
    EXPECT_EQ(modeOf(partial.path()), 0600);
    EXPECT_EQ(modeOf(partial.path() + QStringLiteral(".sha256")), 0600);
    EXPECT_FALSE(QFile::exists(partial.finalPath()));

    const auto file = m_target->promoteStreamed(m_shell, partial, sha256(m_dump).toUpper());
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_EQ(file->path(), partial.finalPath());
    EXPECT_EQ(file->sha256(), sha256(m_dump));
    EXPECT_FALSE(QFile::exists(partial.path()));
    EXPECT_FALSE(QFile::exists(partial.path() + QStringLiteral(".sha256")));
    EXPECT_TRUE(readAll(file->path()) == m_dump);
    EXPECT_EQ(modeOf(file->path()), 0600);
    const auto finished = m_target->finishStreamedRestore(m_shell, file.value());
    ASSERT_TRUE(finished.ok()) << finished.error().toStdString();

    const auto oldCounts = m_source->tableCounts(m_shell);
    const auto newCounts = m_target->tableCounts(m_shell);
    ASSERT_TRUE(oldCounts.ok()) << oldCounts.error().toStdString();
    ASSERT_TRUE(newCounts.ok()) << newCounts.error().toStdString();
    EXPECT_EQ(oldCounts->size(), 3);
    EXPECT_EQ(oldCounts->value(QStringLiteral("customer")), 3000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("invoice \"x\" 'y'")), 5000);
    EXPECT_EQ(oldCounts->value(QStringLiteral("attachment")), 2001);
    const auto comparison = compareTableCounts(oldCounts.value(), newCounts.value());
    EXPECT_TRUE(comparison.allMatch()) << comparison.mismatchedTables().join(QLatin1Char(',')).toStdString();
    for (const auto& [table, columns] : tables) {
        const QString sum = checksum(*m_source, table, columns);
        EXPECT_EQ(sum.size(), 32) << table.toStdString();
        EXPECT_EQ(sum, checksum(*m_target, table, columns)) << table.toStdString();
    }
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT name FROM customer WHERE id = 3")),
              QStringLiteral("Émilie 🍰 3"));
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT name FROM customer WHERE id = 5")),
              QStringLiteral("𝄞 \\ \"x\" 5"));
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT HEX(tag) FROM attachment WHERE id = 1")),
              QStringLiteral("00275C0A0D1A0001"));
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT MD5(content) FROM attachment WHERE id = 2001")),
              query(*m_source, QStringLiteral("SELECT MD5(content) FROM attachment WHERE id = 2001")));
    // The foreign keys came along and are enforced.
    EXPECT_EQ(
        query(*m_target, QStringLiteral("SELECT COUNT(*) FROM information_schema.referential_constraints "
                                        "WHERE constraint_schema = DATABASE()")),
        QStringLiteral("2"));
    const ShellOutcome orphan = m_shell.run(
        m_target
            ->queryValueCommand(QStringLiteral("INSERT INTO `invoice \"x\" 'y'` VALUES (9999, 424242, NULL)"))
            .request(60000));
    EXPECT_FALSE(orphan.ok());
    EXPECT_TRUE(orphan.stderrText.contains(QStringLiteral("foreign key constraint fails")))
        << orphan.stderrText.toStdString();
    EXPECT_FALSE(QFile::exists(QStringLiteral("/tmp/puw-pwned-mys")));
}

TEST_F(MysqlStreamedRestore, AStreamCutInTheMiddleFailsAndIsNeverPromoted)
{
    // Cut inside an INSERT statement: what arrived is written, the restore fails, no hash is written.
    // (MariaDB's mysqldump writes each row of an INSERT on a line of its own.)
    const qsizetype half = m_dump.size() / 2;
    ASSERT_GT(m_dump.lastIndexOf("INSERT INTO ", half), m_dump.lastIndexOf(";\n", half));
    const QByteArray cut = m_dump.left(half);
    ShellOutcome streamed;
    const PartialDump partial = stream(QStringLiteral("cut.sql"), cut, &streamed);
    EXPECT_FALSE(streamed.ok());
    EXPECT_TRUE(streamed.stderrText.contains(QStringLiteral("the streamed restore failed")))
        << streamed.stderrText.toStdString();
    EXPECT_TRUE(streamed.stderrText.contains(partial.path())) << streamed.stderrText.toStdString();
    EXPECT_TRUE(readAll(partial.path()) == cut);
    EXPECT_EQ(modeOf(partial.path()), 0600);
    EXPECT_FALSE(QFile::exists(partial.path() + QStringLiteral(".sha256")));

    // Neither the whole dump's hash nor the hash of what arrived promotes it.
    for (const QString& sha : {sha256(m_dump), sha256(cut)}) {
        const auto promoted = m_target->promoteStreamed(m_shell, partial, sha);
        ASSERT_FALSE(promoted.ok());
        EXPECT_TRUE(promoted.error().contains(QStringLiteral("no completion trailer")))
            << promoted.error().toStdString();
        EXPECT_TRUE(promoted.error().contains(partial.path())) << promoted.error().toStdString();
    }
    EXPECT_FALSE(QFile::exists(partial.finalPath()));
    EXPECT_TRUE(QFile::exists(partial.path()));
    EXPECT_FALSE(m_target->verifyExisting(m_shell, partial.path()).ok());
}

TEST_F(MysqlStreamedRestore, AWrongExpectedHashIsRefused)
{
    ShellOutcome streamed;
    const PartialDump partial = stream(QStringLiteral("whole.sql"), m_dump, &streamed);
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();

    QByteArray other = m_dump;
    other[other.size() / 2] = other[other.size() / 2] == 'x' ? 'y' : 'x';
    for (const QString& wrong : {QString(64, QLatin1Char('0')), sha256(other), sha256(m_dump).left(63)}) {
        const auto promoted = m_target->promoteStreamed(m_shell, partial, wrong);
        ASSERT_FALSE(promoted.ok()) << wrong.toStdString();
        EXPECT_TRUE(promoted.error().contains(QStringLiteral("differs from the one sent")))
            << promoted.error().toStdString();
        EXPECT_FALSE(QFile::exists(partial.finalPath()));
        EXPECT_TRUE(QFile::exists(partial.path()));
    }
    EXPECT_FALSE(m_target->promoteStreamed(m_shell, partial, QString()).ok());
    EXPECT_FALSE(QFile::exists(partial.finalPath()));
    // The right one still promotes it afterwards.
    EXPECT_TRUE(m_target->promoteStreamed(m_shell, partial, sha256(m_dump)).ok());
    EXPECT_TRUE(readAll(partial.finalPath()) == m_dump);
}

TEST_F(MysqlStreamedRestore, ADumpWithoutTheCompletionTrailerIsRefusedEvenIfItsStreamEndedCleanly)
{
    // Cut after a whole statement: mysql restores what came and exits 0, and so does the stream. Only the
    // missing trailer tells that rows are missing.
    const qsizetype boundary = statementBoundaryBefore(m_dump.size() / 2);
    ASSERT_GT(boundary, 0);
    const QByteArray clean = m_dump.left(boundary);
    ShellOutcome streamed;
    const PartialDump cut = stream(QStringLiteral("clean-cut.sql"), clean, &streamed);
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();
    EXPECT_FALSE(
        compareTableCounts(m_source->tableCounts(m_shell).value(), m_target->tableCounts(m_shell).value())
            .allMatch());
    const auto refused = m_target->promoteStreamed(m_shell, cut, sha256(clean));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("no completion trailer")))
        << refused.error().toStdString();
    EXPECT_FALSE(QFile::exists(cut.finalPath()));
    EXPECT_TRUE(QFile::exists(cut.path()));

    // The whole dump but its last line: every row is there, and it is still refused.
    const qsizetype trailer = m_dump.lastIndexOf("\n-- Dump completed");
    ASSERT_GT(trailer, 0);
    const QByteArray noTrailer = m_dump.left(trailer + 1);
    EXPECT_FALSE(MysqlDumpTrailerCheck::endsWithTrailer(noTrailer.right(200)));
    ASSERT_TRUE(m_target->recreateDatabase(m_shell).ok());
    const PartialDump partial = stream(QStringLiteral("no-trailer.sql"), noTrailer, &streamed);
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();
    EXPECT_TRUE(readAll(partial.path()) == noTrailer);
    const auto promoted = m_target->promoteStreamed(m_shell, partial, sha256(noTrailer));
    ASSERT_FALSE(promoted.ok());
    EXPECT_TRUE(promoted.error().contains(QStringLiteral("no completion trailer")))
        << promoted.error().toStdString();
    EXPECT_FALSE(QFile::exists(partial.finalPath()));
    EXPECT_TRUE(QFile::exists(partial.path()));
}

TEST_F(MysqlStreamedRestore, TheRestoreFixesRewriteStatementsButNeverTheRowsOfAStream)
{
    // MariaDB's mysqldump writes "INSERT INTO `t` VALUES" and then each row on a line of its own.
    ASSERT_TRUE(m_dump.contains("VALUES\n("));
    const auto fixed = adapter(targetName, {fixes::mysql8Collations(), fixes::definerHosts()});
    ASSERT_TRUE(fixed->canStreamRestore());
    auto partial = PartialDump::forFinalPath(m_files.filePath(QStringLiteral("streamed/fixed.sql")));
    ASSERT_TRUE(partial.ok());
    const ShellOutcome streamed =
        m_shell.run(fixed->streamRestoreCommand(partial.value()).request(60000, m_dump));
    ASSERT_TRUE(streamed.ok()) << streamed.describe().toStdString();
    EXPECT_TRUE(readAll(partial->path()) == m_dump); // the kept file is what was sent, not what was restored
    ASSERT_TRUE(fixed->promoteStreamed(m_shell, partial.value(), sha256(m_dump)).ok());
    for (const auto& [table, columns] : tables)
        EXPECT_EQ(checksum(*m_source, table, columns), checksum(*fixed, table, columns))
            << table.toStdString();
    EXPECT_EQ(query(*fixed, QStringLiteral("SELECT memo FROM `invoice \"x\" 'y'` WHERE id = 7")),
              QStringLiteral("utf8mb4_0900_ai_ci DEFINER=`ghost`@`old.example` 7"));
}

// Step 4's restore where the cutover streams: the verified file through the stream's filter and client.
TEST_F(MysqlStreamedRestore, AFileRestoredAsTheCutoverStreamsGivesTheSameRows)
{
    const auto file = fileDump(*m_target, QStringLiteral("rehearsal.sql"), m_dump);
    ASSERT_TRUE(file.has_value());
    const auto rows = m_target->restoreRowsAsStreamed(m_shell, *file);
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    const auto finished = m_target->finishStreamedRestore(m_shell, *file);
    ASSERT_TRUE(finished.ok()) << finished.error().toStdString();
    const auto oldCounts = m_source->tableCounts(m_shell);
    const auto newCounts = m_target->tableCounts(m_shell);
    ASSERT_TRUE(oldCounts.ok() && newCounts.ok());
    EXPECT_TRUE(compareTableCounts(oldCounts.value(), newCounts.value()).allMatch());
    EXPECT_EQ(query(*m_target, QStringLiteral("SELECT MD5(content) FROM attachment WHERE id = 2001")),
              query(*m_source, QStringLiteral("SELECT MD5(content) FROM attachment WHERE id = 2001")));
}
