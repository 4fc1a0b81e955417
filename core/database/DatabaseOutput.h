#pragma once

#include "recipes/Recipe.h"
#include "util/Expected.h"

#include <QList>
#include <QMap>
#include <QString>

namespace puw {

// Table name -> exact row count. PostgreSQL names are "schema.table", MySQL names the bare table.
using TableCounts = QMap<QString, qint64>;
// Table name -> content checksum (a decimal number as text; equal content gives equal checksums on the
// same engine, whatever the order of the rows).
using TableChecksums = QMap<QString, QString>;

struct ServerVersion {
    QString product; // "PostgreSQL", "MariaDB", "MySQL"
    int major = 0;   // PostgreSQL 15.4: 15, 4; MariaDB 10.11.6: 10, 11; MySQL 8.0.36: 8, 0
    int minor = 0;
    QString text; // as the server or tool printed it
};

// Old and new counts side by side, for step 4's table.
struct TableCountRow {
    QString table;
    qint64 oldCount = -1; // -1: the table is missing on that side
    qint64 newCount = -1;
    QString oldChecksum; // empty: not computed on that side
    QString newChecksum;
    // Counts equal, and checksums equal where both sides computed one.
    bool matches() const
    {
        return oldCount == newCount && (!checksumsCompared() || oldChecksum == newChecksum);
    }
    bool checksumsCompared() const { return !oldChecksum.isEmpty() && !newChecksum.isEmpty(); }
};
struct TableCountComparison {
    QList<TableCountRow> rows; // every table of either side but the excluded ones, sorted by name
    bool allMatch() const;
    QStringList mismatchedTables() const;
};
// excluded: the recipe's excludeTables (bare names; "schema.table" keys match on the table part).
TableCountComparison compareTableCounts(const TableCounts& oldCounts, const TableCounts& newCounts,
                                        const QStringList& excluded = {},
                                        const TableChecksums& oldChecksums = {},
                                        const TableChecksums& newChecksums = {});

// Whether a dump tool of this version can dump that server. PostgreSQL: pg_dump's major must be at least
// the server's. MySQL/MariaDB: always (mysqldump reads older and newer servers), unless a MySQL 8 server
// is dumped with a MariaDB 10.x mysqldump, which is allowed but warned about in `why`.
bool dumpToolCanDump(DatabaseEngine engine, const ServerVersion& tool, const ServerVersion& server,
                     QString* why = nullptr);

// Whether the restore client of this version (pg_restore, mysql) on the new host reads what a dump tool of
// that version writes. PostgreSQL: pg_restore's major must be at least pg_dump's (a newer pg_dump may write
// an archive format an older pg_restore refuses). MySQL/MariaDB: always (the dump is SQL text).
// RestoreTool.cpp.
bool restoreToolCanRead(DatabaseEngine engine, const ServerVersion& restoreTool,
                        const ServerVersion& dumpTool);

namespace detail {
// The "puw-count <hex name> <count> [<checksum>]" lines, closed by "puw-end" (missing: the output is
// incomplete); the checksums go to checksums when given.
Expected<TableCounts, QString> parseCountLines(const QString& output, TableChecksums* checksums = nullptr);
// One integer on the first non-empty line.
Expected<qint64, QString> parseSingleInteger(const QString& output);
// The first line, without its newline; empty output or SQL NULL (MySQL prints "NULL") give "".
QString parseSingleValue(const QString& output, bool nullWord);
// The line that best explains a failure in a client's stderr (its first error), or the last line.
QString firstErrorLine(const QString& stderrText);
// "15.4" / "10.11.6-MariaDB-..." -> major, minor.
bool parseVersionNumbers(const QString& text, int* major, int* minor);
} // namespace detail

} // namespace puw
