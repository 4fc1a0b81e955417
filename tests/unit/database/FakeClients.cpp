#include "FakeClients.h"

#include <QFile>

namespace puw::test {

namespace {
const char client[] = R"SH(#!/bin/sh
printf 'prog=%s\n' "${0##*/}"
for a in "$@"; do printf 'arg=[%s]\n' "$a"; done
printf 'PGPASSWORD=[%s]\n' "${PGPASSWORD-unset}"
printf 'MYSQL_PWD=[%s]\n' "${MYSQL_PWD-unset}"
printf 'stdin=['; cat; printf ']\n'
)SH";

const char runuser[] = R"SH(#!/bin/sh
printf 'runuser-as=[%s]\n' "$2"
shift 3
exec "$@"
)SH";

const char docker[] = R"SH(#!/bin/sh
shift
if [ "$1" = -f ]; then printf 'compose-file=[%s]\n' "$2"; shift 2; fi
shift 2
if [ "$1" = -u ]; then printf 'compose-user=[%s]\n' "$2"; shift 2; fi
printf 'compose-service=[%s]\n' "$1"
shift
exec "$@"
)SH";

void write(const QString& path, const char* text)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(text);
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                            QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
}
} // namespace

FakeClients::FakeClients() : m_oldPath(qgetenv("PATH"))
{
    for (const char* name : {"pg_dump", "psql", "pg_restore", "mysql", "mysqldump"})
        write(m_dir.filePath(QString::fromLatin1(name)), client);
    write(m_dir.filePath(QStringLiteral("runuser")), runuser);
    write(m_dir.filePath(QStringLiteral("docker")), docker);
    qputenv("PATH", m_dir.path().toUtf8() + ':' + m_oldPath);
}

FakeClients::~FakeClients()
{
    qputenv("PATH", m_oldPath);
}

DatabaseTarget hostileTarget()
{
    DatabaseTarget target;
    target.host = QStringLiteral("db.example.org");
    target.port = QStringLiteral("5433");
    target.name = QStringLiteral("-x' host=evil dbname=y \"$(touch /tmp/puw-pwned)\" `id` ä;\\ %1");
    target.app = DatabaseAccess::withPassword(QStringLiteral("app'user \"q\""), hostilePassword());
    target.admin = DatabaseAccess::local(QStringLiteral("postgres"), QStringLiteral("postgres"));
    target.excludeTables = {QStringLiteral("tmp `x` 'y' *")};
    return target;
}

QString hostilePassword()
{
    return QStringLiteral("s3cr'et \"$(id)\" `id` \\ ü");
}

} // namespace puw::test
