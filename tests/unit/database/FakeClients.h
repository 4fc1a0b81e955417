#pragma once

#include "database/DatabaseTarget.h"
#include "remote/LocalShell.h"

#include <QTemporaryDir>

namespace puw::test {

// Stand-ins for pg_dump, psql, pg_restore, mysql, mysqldump, runuser and docker, first in PATH while the
// object lives. Each client prints its name, every argument as "arg=[...]", PGPASSWORD and MYSQL_PWD,
// and what it read on stdin: a command line run through the shell shows exactly the argv it produced.
class FakeClients {
public:
    FakeClients();
    ~FakeClients();
    bool isValid() const { return m_dir.isValid(); }
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    QByteArray m_oldPath;
};

// A target with hostile names everywhere a name can go.
DatabaseTarget hostileTarget();
QString hostilePassword();

} // namespace puw::test
