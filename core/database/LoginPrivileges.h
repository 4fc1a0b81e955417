#pragma once

#include "DatabaseTarget.h"

#include <QList>
#include <QString>

namespace puw {

// What one login may do, against what the program will ask of it for one purpose (LoginPrivileges.cpp
// holds the table). A privilege is required when the step fails without it (the dump cannot read a table,
// the restore cannot create one); else it is advice: the program works around its absence (MariaDB's
// RELOAD: the dump's counts are not in its snapshot) and says what that costs.
struct LoginPrivilege {
    QString name; // as the engine names it: "SELECT", "SHOW VIEW", "read every table", "CREATEDB"
    bool granted = false;
    bool required = true;
    QString detail; // what lacks it (PostgreSQL: the first tables the login cannot read), may be empty
    QString why;    // what the program needs it for, for people
};

namespace detail {
// The privileges a purpose's login needs on an engine, in the order they are listed, without granted and
// detail (which the server's answer fills in).
QList<LoginPrivilege> neededPrivileges(DatabaseEngine engine, DatabasePurpose purpose);
} // namespace detail

} // namespace puw
