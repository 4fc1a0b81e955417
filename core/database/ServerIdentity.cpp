#include "ServerIdentity.h"

#include "DatabaseText.h"

#include <QRegularExpression>

namespace puw {

QString ServerIdentity::describe() const
{
    //: %1 the server's identity (a number or a UUID), %2:%3 where it listens
    return Database::tr("server %1 (%2:%3)").arg(id, host, port);
}

namespace detail {

namespace {
constexpr char postgresInfo[] =
    R"SQL(SELECT 'puw-identity ' || (SELECT system_identifier FROM pg_control_system()) || ' ' ||
       coalesce(host(inet_server_addr()), 'socket') || ' ' || current_setting('port');
SELECT 'puw-version ' || current_setting('server_version');
)SQL";
// MariaDB has no @@server_uuid (and the statement would not parse there): chosen by a prepared statement.
constexpr char mysqlInfo[] = R"SQL(SET @puw_q = IF(VERSION() LIKE '%MariaDB%',
  'SELECT CONCAT(''puw-identity '', SUBSTRING(UUID(), 20), ''@'', @@hostname, '' '', @@hostname, '' '', @@port)',
  'SELECT CONCAT(''puw-identity '', @@server_uuid, '' '', @@hostname, '' '', @@port)');
PREPARE puw_s FROM @puw_q;
EXECUTE puw_s;
DEALLOCATE PREPARE puw_s;
SELECT CONCAT('puw-version ', VERSION());
)SQL";
} // namespace

QByteArray serverInfoScript(bool postgres)
{
    return postgres ? QByteArray(postgresInfo) : QByteArray(mysqlInfo);
}

Expected<ServerIdentity, QString> parseIdentityLine(const QString& output)
{
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        const QStringList words =
            line.trimmed().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (words.size() == 4 && words.at(0) == QLatin1String("puw-identity"))
            return ServerIdentity{words.at(1), words.at(2), words.at(3)};
    }
    return unexpected(Database::tr("The server did not say which server it is (no identity line)."));
}

} // namespace detail

} // namespace puw
