#include "AnsibleExport.h"

#include "HeadlessRun.h"
#include "export/ExportText.h"
#include "plan/UpgradePlan.h"
#include "util/AppPaths.h"

#include <cstdio>

namespace puw {

int exportAnsible(const std::optional<UpgradePlan>& plan, const QString& planPath,
                  const QString& inventoryPath, const QString& dir, const AnsibleExportOptions& options)
{
    QList<FleetInstallation> fleet;
    if (plan) {
        auto installation = fleetInstallation(*plan, planPath, AppPaths::userRecipeDir());
        if (!installation.ok()) {
            std::fputs(qPrintable(installation.error().message() + QLatin1Char('\n')), stderr);
            return HeadlessExit::BadPlan;
        }
        fleet.append(std::move(installation).value());
    }
    if (!inventoryPath.isEmpty()) {
        auto listed = loadFleet(inventoryPath, AppPaths::userRecipeDir(), fleet);
        if (!listed.ok()) {
            std::fputs(qPrintable(listed.error().message() + QLatin1Char('\n')), stderr);
            return HeadlessExit::BadPlan;
        }
        fleet.append(listed.value());
    }
    const QString error = writeAnsibleProject(dir, ansibleProject(fleet, options));
    if (!error.isEmpty()) {
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        return HeadlessExit::StepFailed;
    }
    //: %1 the folder the export was written to, %n the number of installations in it
    std::fputs(qPrintable(ExportText::tr("Ansible project of %n installation(s) written to %1; its README.md "
                                         "says how to run it and where the secrets come from.",
                                         nullptr, int(fleet.size()))
                              .arg(dir) +
                          QLatin1Char('\n')),
               stdout);
    return HeadlessExit::Succeeded;
}

} // namespace puw
