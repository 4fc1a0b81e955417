#include "RestoreFixes.h"

#include "DatabaseText.h"

namespace puw {

QStringList knownRestoreFixes(DatabaseEngine engine)
{
    if (engine == DatabaseEngine::PostgreSql)
        return {fixes::liquibaseLock()};
    return {fixes::mysql8Collations(), fixes::definerHosts(), fixes::maxAllowedPacket(),
            fixes::liquibaseLock()};
}

// A recipe that serves both engines (the demo's) may name fixes of either: those of the other engine
// do nothing. A name no engine knows is a typo and an error.
QString checkRestoreFixes(const QStringList& names, DatabaseEngine)
{
    QStringList known = knownRestoreFixes(DatabaseEngine::MySql);
    for (const QString& fix : knownRestoreFixes(DatabaseEngine::PostgreSql)) {
        if (!known.contains(fix))
            known.append(fix);
    }
    for (const QString& name : names) {
        if (!known.contains(name))
            return Database::tr(
                       "The restore fix \"%1\" is not known for this database engine. Known fixes: %2.")
                .arg(name, known.join(QStringLiteral(", ")));
    }
    return {};
}

QStringList mysqlRestoreFilterArguments(const QStringList& names)
{
    // Only statement lines are rewritten, so data that happens to contain these words reaches the new
    // database unchanged. MySQL's mysqldump writes each INSERT on one line; MariaDB's writes
    // "INSERT INTO `t` VALUES" and then each row on a line of its own, starting with "(".
    const QString notData = QStringLiteral("/^(INSERT INTO |\\()/!");
    QStringList arguments;
    if (names.contains(fixes::mysql8Collations())) {
        arguments << QStringLiteral("-e")
                  << notData + QStringLiteral("s/utf8mb4_0900_ai_ci/utf8mb4_general_ci/g")
                  << QStringLiteral("-e") << notData + QStringLiteral("s/utf8mb4_0900_bin/utf8mb4_bin/g")
                  << QStringLiteral("-e")
                  << notData + QStringLiteral("s#/\\*!80016 DEFAULT ENCRYPTION='[NY]' \\*/##g");
    }
    if (names.contains(fixes::definerHosts())) {
        arguments << QStringLiteral("-e")
                  << notData + QStringLiteral("s/DEFINER=`([^`]|``)*`@`([^`]|``)*`//g");
    }
    return arguments;
}

} // namespace puw
