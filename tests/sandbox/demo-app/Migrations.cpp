#include "Migrations.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace puw::demo {

namespace {

QString folderFor(const QString& engine)
{
    return QStringLiteral(":/migrations/") + engine;
}

// Splits a migration file into statements: each ends with ';' at the end of a line.
QStringList statements(const QString& text)
{
    QStringList result;
    QString current;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            result.append(current);
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

} // namespace

Migrations::Migrations(QSqlDatabase database, QString engine)
    : m_database(std::move(database)), m_engine(std::move(engine))
{
}

QStringList Migrations::shipped() const
{
    QStringList names =
        QDir(folderFor(m_engine)).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return names;
}

bool Migrations::ensureTable(QString* error) const
{
    if (m_database.tables().contains(QStringLiteral("schema_migration")))
        return true;
    QSqlQuery query(m_database);
    if (query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration ("
                                  "name varchar(200) PRIMARY KEY, applied_at timestamp NOT NULL)")))
        return true;
    *error = query.lastError().text();
    return false;
}

QStringList Migrations::applied(QString* error) const
{
    QStringList names;
    // A database the application never migrated has no table yet: nothing is applied.
    if (!m_database.tables().contains(QStringLiteral("schema_migration")))
        return names;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT name FROM schema_migration ORDER BY name"))) {
        *error = query.lastError().text();
        return names;
    }
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}

QStringList Migrations::pending(QString* error) const
{
    const QStringList done = applied(error);
    QStringList result;
    for (const QString& name : shipped()) {
        if (!done.contains(name))
            result.append(name);
    }
    return result;
}

QString Migrations::apply(const QString& name) const
{
    QFile file(folderFor(m_engine) + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the migration");
    // Each migration is its own transaction (MariaDB commits DDL implicitly, as in real life).
    m_database.transaction();
    QSqlQuery query(m_database);
    for (const QString& statement : statements(QString::fromUtf8(file.readAll()))) {
        if (!query.exec(statement)) {
            const QString message = query.lastError().text();
            m_database.rollback();
            return message;
        }
    }
    query.prepare(
        QStringLiteral("INSERT INTO schema_migration (name, applied_at) VALUES (?, current_timestamp)"));
    query.addBindValue(name);
    if (!query.exec()) {
        const QString message = query.lastError().text();
        m_database.rollback();
        return message;
    }
    if (!m_database.commit())
        return m_database.lastError().text();
    return {};
}

int Migrations::run(bool dryRun, const QString& failOnPurpose, QTextStream& out) const
{
    QString error;
    if (!dryRun && !ensureTable(&error)) {
        out << "error: cannot create the migration table: " << error << Qt::endl;
        return 1;
    }
    const QStringList done = applied(&error);
    if (!error.isEmpty()) {
        out << "error: cannot read the migration table: " << error << Qt::endl;
        return 1;
    }
    for (const QString& name : shipped()) {
        if (done.contains(name)) {
            out << name << " (already applied)" << Qt::endl;
            continue;
        }
        if (dryRun) {
            out << name << QStringLiteral(" \u2714") << Qt::endl;
            continue;
        }
        if (m_pauseSeconds > 0) {
            out << "pausing before " << name << Qt::endl;
            QThread::sleep(static_cast<unsigned long>(m_pauseSeconds));
        }
        const QString failure = name == failOnPurpose
                                    ? QStringLiteral("failure requested by [testing] fail_migration")
                                    : apply(name);
        if (!failure.isEmpty()) {
            out << name << QStringLiteral(" \u2718: ") << failure.simplified() << Qt::endl;
            return 0; // like Parsec: the caller must read the lines
        }
        out << name << QStringLiteral(" \u2714") << Qt::endl;
    }
    return 0;
}

} // namespace puw::demo
