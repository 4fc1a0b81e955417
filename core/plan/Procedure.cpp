#include "Procedure.h"

#include <QCoreApplication>

namespace puw {

namespace {
class ProcedureText {
    Q_DECLARE_TR_FUNCTIONS(puw::Procedure)
};
} // namespace

Procedure procedureOf(const UpgradePlan& plan)
{
    return plan.database.shared ? Procedure::SharedDatabase : Procedure::SeparateDatabase;
}

QString procedureKey(Procedure procedure)
{
    return procedure == Procedure::SharedDatabase ? QStringLiteral("shared-database")
                                                  : QStringLiteral("separate-database");
}

QString procedureTitle(Procedure procedure)
{
    return procedure == Procedure::SharedDatabase
               ? ProcedureText::tr("Shared database: only the web servers change, without downtime")
               : ProcedureText::tr("Separate databases: the data moves to new during a downtime");
}

QString stepLeftOutBecause(Procedure procedure, StepId step)
{
    if (procedure != Procedure::SharedDatabase)
        return {};
    switch (step) {
    case StepId::ImportBackup:
        return ProcedureText::tr("Not part of the shared-database procedure: the new installation uses old's "
                                 "database, so there is nothing to import. Step 3's backup is kept as the "
                                 "safety copy.");
    case StepId::StopBoth:
        return ProcedureText::tr(
            "Nothing stops: old and new share one database, so old keeps serving users until step 9 moves "
            "them, and there is no downtime. Both versions write to the same database from step 5 on; a "
            "migration that is not backward compatible would break the old version.");
    case StepId::FinalSync:
        return ProcedureText::tr("Not part of the shared-database procedure: both versions already read and "
                                 "write the same data.");
    default:
        return {};
    }
}

HostRole newInstallationDatabaseHost(Procedure procedure)
{
    return procedure == Procedure::SharedDatabase ? HostRole::Old : HostRole::New;
}

} // namespace puw
