// DatabasePreflight: does each login the steps will use have the privileges its purpose needs
// (LoginPrivileges.h)? Old's dump and count logins are asked inside the application's database, new's
// restore and admin logins on the server (step 4 creates the database). A missing required privilege is
// a refusal naming the login, the privilege, what needs it and the grant that gives it; a missing piece of
// advice passes, said in the detail.
#include "DatabasePreflight.h"

#include "database/DatabaseAdapter.h"
#include "database/SqlQuoting.h"
#include "jobs/JobText.h"

namespace puw::DatabasePreflight::detail {

namespace {
QString purposeTitle(HostRole role, DatabasePurpose purpose)
{
    switch (purpose) {
    case DatabasePurpose::Dump:
        return JobText::tr("Old's dump login may read what the dump needs");
    case DatabasePurpose::Count:
        return JobText::tr("Old's count login may read every table");
    case DatabasePurpose::Restore:
        return JobText::tr("New's restore login may restore the dump");
    case DatabasePurpose::Admin:
        return JobText::tr("New's admin login may drop and create the database");
    }
    return hostRoleLabel(role);
}

// The statement an administrator runs on that host to give the login what it lacks.
QString grantFor(const DatabaseAdapter& db, DatabasePurpose purpose, const QStringList& missing)
{
    const QString login = db.target().access(purpose).user;
    if (db.engine() != DatabaseEngine::PostgreSql)
        return QStringLiteral("GRANT %1 ON %2.* TO %3")
            .arg(missing.join(QStringLiteral(", ")), sql::mysqlIdentifier(db.target().name),
                 sql::mysqlString(login));
    switch (purpose) {
    case DatabasePurpose::Dump:
    case DatabasePurpose::Count:
        return QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1 (and USAGE on each schema)")
            .arg(sql::pgIdentifier(login));
    case DatabasePurpose::Restore:
        return QStringLiteral("GRANT %1 TO %2")
            .arg(sql::pgIdentifier(db.target().app.user), sql::pgIdentifier(login));
    case DatabasePurpose::Admin:
        return QStringLiteral("ALTER ROLE %1 CREATEDB; GRANT %2 TO %1")
            .arg(sql::pgIdentifier(login), sql::pgIdentifier(db.target().app.user));
    }
    return {};
}

CheckRecord privilegeCheck(JobContext& ctx, HostRole role, const DatabaseAdapter& db, DatabasePurpose purpose)
{
    const QString name = purposeTitle(role, purpose);
    const QString login = loginDescription(ctx, role, db, purpose);
    const auto privileges = db.loginPrivileges(ctx.recordedShell(role), purpose, role == HostRole::Old);
    if (!privileges.ok())
        return checkRecord(ctx, name, false, login + QStringLiteral(": ") + privileges.error());
    QStringList granted;
    QStringList missing;
    QStringList missingNames;
    QStringList advice;
    for (const LoginPrivilege& privilege : privileges.value()) {
        //: %1 a privilege, %2 what lacks it (tables), %3 what the program needs it for
        const QString what =
            privilege.detail.isEmpty()
                ? JobText::tr("%1 (%2)").arg(privilege.name, privilege.why)
                : JobText::tr("%1 on %2 (%3)").arg(privilege.name, privilege.detail, privilege.why);
        if (privilege.granted)
            granted << privilege.name;
        else if (privilege.required) {
            missing << what;
            missingNames << privilege.name;
        } else
            advice << what;
    }
    //: %1 privileges the login has, as a list
    QString detail = login + QStringLiteral(": ") +
                     (granted.isEmpty() ? JobText::tr("none of the needed privileges")
                                        : JobText::tr("may %1").arg(granted.join(QStringLiteral(", "))));
    if (!advice.isEmpty())
        //: %1 privileges the login lacks that the program works around, with what each is for
        detail += QStringLiteral("; ") + JobText::tr("without %1").arg(advice.join(QStringLiteral("; ")));
    if (missing.isEmpty())
        return checkRecord(ctx, name, true, detail);
    //: %1 old or new, %2 its address, %3 the missing privileges with what needs them, %4 a GRANT statement,
    //: %5 the purpose (dump, restore, count, admin)
    return checkRecord(ctx, name, false,
                       detail + QStringLiteral(". ") +
                           JobText::tr("Missing: %1. Fix: on %2 give the login what it lacks (%3), or let "
                                       "this purpose log in as the database's superuser (the plan's "
                                       "\"database\": {\"%4\": {\"%5\": \"superuser\"}}), then run this "
                                       "step again.")
                               .arg(missing.join(QStringLiteral("; ")), hostRoleLabel(role),
                                    grantFor(db, purpose, missingNames), hostRoleLabel(role),
                                    databasePurposeKey(purpose)));
}

bool sameLogin(const DatabaseAccess& a, const DatabaseAccess& b)
{
    return a.method == b.method && a.user == b.user && a.osUser == b.osUser && a.socket == b.socket;
}
} // namespace

QList<CheckRecord> privilegeChecks(JobContext& ctx, const DatabaseAdapter& oldDb,
                                   const DatabaseAdapter& newDb)
{
    QList<CheckRecord> records{privilegeCheck(ctx, HostRole::Old, oldDb, DatabasePurpose::Dump)};
    // The dump's grants cover the counts' (it reads every table): the same login is asked once.
    if (!sameLogin(oldDb.target().access(DatabasePurpose::Dump),
                   oldDb.target().access(DatabasePurpose::Count)))
        records << privilegeCheck(ctx, HostRole::Old, oldDb, DatabasePurpose::Count);
    records << privilegeCheck(ctx, HostRole::New, newDb, DatabasePurpose::Restore)
            << privilegeCheck(ctx, HostRole::New, newDb, DatabasePurpose::Admin);
    return records;
}

} // namespace puw::DatabasePreflight::detail
