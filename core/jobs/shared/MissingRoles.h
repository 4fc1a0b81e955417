#pragma once

#include "jobs/JobContext.h"
#include "util/Expected.h"

#include <QStringList>

namespace puw {

class DatabaseAdapter;

// The roles old's database names (owners and grantees; MySQL/MariaDB: the application's account) that
// new's server lacks, and, when the admin asks for it (step option createRoles), their creation on new as
// old defines them: attributes, memberships and the password hash where old's admin login may read it, so
// the application logs in on new with the password it has on old. The definitions are read as data
// (JobContext::readData) and reach new as secret input: no hash is recorded. Only new changes.
namespace MissingRoles {

// The name of step 1's (and 3's) check that every role old's database names exists on new.
QString checkName();

struct Roles {
    QStringList named;   // what old's database names, sorted
    QStringList missing; // those new's server does not have
};
// Both lists, read-only (old's dump login, new's admin login).
Expected<Roles, QString> find(JobContext& ctx, const DatabaseAdapter& oldDb, const DatabaseAdapter& newDb);

// Creates the missing roles on new from old's definitions; what it created, for people, or why not.
Expected<QString, QString> createOnNew(JobContext& ctx, const DatabaseAdapter& oldDb,
                                       const DatabaseAdapter& newDb, const QStringList& missing);

} // namespace MissingRoles

} // namespace puw
