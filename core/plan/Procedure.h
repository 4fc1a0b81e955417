#pragma once

#include "HostRole.h"
#include "UpgradePlan.h"
#include "steps/StepCatalogue.h"

#include <QString>

namespace puw {

// Which upgrade the plan describes, and so which of the ten steps it runs.
//  - SeparateDatabase: new has its own database server; the data moves during a downtime (steps 7, 8).
//  - SharedDatabase: old and new use old's database server; nothing is imported and nothing stops: old
//    serves users until step 9 moves them to new (all at once or in canary stages).
enum class Procedure { SeparateDatabase, SharedDatabase };

Procedure procedureOf(const UpgradePlan& plan);
QString procedureKey(Procedure procedure);   // "separate-database", "shared-database" (journal, report)
QString procedureTitle(Procedure procedure); // translated, for pages and the report

// Empty when the step is part of the procedure; otherwise why it is left out, in words for the page, the
// journal (the step is recorded as skipped with this reason) and the report.
QString stepLeftOutBecause(Procedure procedure, StepId step);

// The host whose database server the new installation uses: old's when the database is shared, else new's.
// The checks of the new installation's database (migration head, counts) ask that server.
HostRole newInstallationDatabaseHost(Procedure procedure);

} // namespace puw
