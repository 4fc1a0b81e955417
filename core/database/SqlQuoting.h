#pragma once

#include <QString>

namespace puw::sql {

// PostgreSQL identifier: "name" with " doubled.
QString pgIdentifier(const QString& name);

// PostgreSQL string literal: E'value' with \ and ' escaped (whatever standard_conforming_strings says).
QString pgString(const QString& value);

// A value in a libpq connection string (host=... dbname=...): 'value' with \ and ' escaped, so that a
// database name like "x host=evil" or "postgresql://..." stays a name.
QString pgConninfoValue(const QString& value);

// A pg_dump/psql table pattern that matches exactly this name (wildcards and dots are literal).
QString pgExactPattern(const QString& name);

// MySQL/MariaDB identifier: `name` with ` doubled.
QString mysqlIdentifier(const QString& name);

// MySQL/MariaDB string literal: 'value' with \ and ' escaped.
QString mysqlString(const QString& value);

// True when a charset or collation name is a plain word (it is written into SQL unquoted).
bool isPlainSqlWord(const QString& word);

} // namespace puw::sql
