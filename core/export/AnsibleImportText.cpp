// The sentences of the import for the parts of a step the export does not do, once acknowledged.
#include "AnsibleImport.h"

#include "ExportText.h"

namespace puw {

QString AnsibleImport::acknowledgedPart(const QString& variable)
{
    //: %1 the variable the operator set, e.g. puw_ack_row_counts (not translated)
    const QString by = ExportText::tr("acknowledged by the operator (%1).").arg(variable);
    if (variable == QLatin1String("puw_ack_row_counts"))
        return ExportText::tr("Counts and checksums: not compared by the Ansible run; %1").arg(by);
    if (variable == QLatin1String("puw_ack_config_merge"))
        return ExportText::tr("The merge of the customised configuration: not done by the Ansible run; %1")
            .arg(by);
    if (variable == QLatin1String("puw_ack_server_guard"))
        return ExportText::tr("The check that the new database server is not the old host's: not made by "
                              "the Ansible run; %1")
            .arg(by);
    if (variable == QLatin1String("puw_ack_database_check"))
        return ExportText::tr("The database check (the migration head on the new host): not made by the "
                              "Ansible run; %1")
            .arg(by);
    if (variable == QLatin1String("puw_ack_dns_switch"))
        return ExportText::tr("The DNS switch: not done by the Ansible run; %1").arg(by);
    if (variable == QLatin1String("?"))
        return ExportText::tr("A part of this step the export does not cover was not done by the Ansible "
                              "run; acknowledged by the operator.");
    return ExportText::tr("A part the export does not cover: not done by the Ansible run; %1").arg(by);
}

} // namespace puw
