#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace puw::demo {

// The migrations this build ships (compiled in as resources) and the ones the database has applied,
// kept in the table schema_migration, like Parsec's migration table.
class Migrations {
public:
    Migrations(QSqlDatabase database, QString engine);

    QStringList shipped() const;               // file names in order: NNNN_name.sql
    QStringList applied(QString* error) const; // names recorded in schema_migration
    QStringList pending(QString* error) const; // shipped and not applied

    // Prints each migration as "(already applied)" or "✔" (to be applied, or applied now); a failure
    // prints "<file> ✘: <message>" and stops, and the exit code stays 0, as Parsec's migrate does.
    // Returns the process exit code (non-zero only when the database cannot be read at all).
    int run(bool dryRun, const QString& failOnPurpose, QTextStream& out) const;
    // Testing: wait this long before applying each migration (printing "pausing before NAME"), so that a
    // test can act while migrations run.
    void setPauseBeforeEach(int seconds) { m_pauseSeconds = seconds; }

private:
    bool ensureTable(QString* error) const;
    QString apply(const QString& name) const; // empty or the error

    mutable QSqlDatabase m_database;
    QString m_engine;
    int m_pauseSeconds = 0;
};

} // namespace puw::demo
