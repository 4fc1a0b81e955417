#include "StepGuidance.h"

#include <QCoreApplication>

namespace puw {

namespace {
class Guidance {
    Q_DECLARE_TR_FUNCTIONS(puw::StepGuidance)
};
} // namespace

StepGuidance stepGuidance(StepId step)
{
    switch (step) {
    case StepId::InstallNew:
        return {
            Guidance::tr("The new version gets a machine or container of its own, so the old installation "
                         "keeps serving users while you prepare it."),
            {Guidance::tr("This is where a parallel upgrade pays off most: everything the application "
                          "depends on is installed fresh in its current version, instead of being "
                          "upgraded piece by piece on the old host."),
             Guidance::tr("Leave the new host at least twice the old database's size of free disk, "
                          "plus room for the backup."),
             Guidance::tr("The database tools on the new host must be at least as recent as the old "
                          "database server, or they cannot read its backup.")}};
    case StepId::CopyConfig:
        return {Guidance::tr("Settings changed on the old installation over the years apply to the new one "
                             "only if they are carried over."),
                {Guidance::tr("Look at every file that differs: a setting left behind fails silently, "
                              "sometimes weeks later."),
                 Guidance::tr("Some values must be different on the new host, such as its own address; "
                              "untick a file rather than copy such values blindly."),
                 Guidance::tr("Scheduled jobs and mail sending must not run on both installations at "
                              "once.")}};
    case StepId::RehearsalBackup:
        return {Guidance::tr("This backup is for testing: it lets the new version's migrations run on real "
                             "data while users keep working. Step 8 takes the final backup once the "
                             "servers are stopped."),
                {Guidance::tr("The backup is also a safety copy: keep it until the upgrade is over."),
                 Guidance::tr("The time this step takes is measured and used to predict the downtime."),
                 Guidance::tr("A backup that ended early is marked incomplete and is never restored.")}};
    case StepId::ImportBackup:
        return {Guidance::tr("Restoring the backup on the new host shows whether the data fits the new "
                             "installation before anyone depends on it."),
                {Guidance::tr("Every table should have as many rows on the new host as on the old one; a "
                              "difference means the restore lost data."),
                 Guidance::tr("The list of migrations shows which changes the new version will make to the "
                              "database when it starts in step 5."),
                 Guidance::tr("The restore stops at the first error, so a problem shows up here and not as "
                              "missing data later.")}};
    case StepId::StartNew:
        return {Guidance::tr("The new version updates the database and starts. If it fails, nothing is "
                             "lost: users are still on the old installation."),
                {Guidance::tr("Some applications take many minutes to start for the first time after an "
                              "upgrade; the wizard waits as long as the recipe allows."),
                 Guidance::tr("A migration can fail while its command still reports success; the wizard "
                              "reads the output, not only the exit code.")}};
    case StepId::RunChecks:
        return {Guidance::tr("Testing the new installation thoroughly before switching users over is the "
                             "main advantage of a parallel upgrade."),
                {Guidance::tr("Do what your users do most: log in, open a recent record, open an "
                              "attachment."),
                 Guidance::tr("Tick only what you actually tried; the report shows what a person "
                              "verified."),
                 Guidance::tr("A problem found now costs nothing but time; after step 7 it costs "
                              "downtime.")}};
    case StepId::StopBoth:
        return {Guidance::tr("Nothing may be written while the final backup is taken, so the application "
                             "stops on both hosts. This is where the downtime begins."),
                {Guidance::tr("Both servers must stay stopped: one that restarts by itself lets users write "
                              "data that the final backup misses."),
                 Guidance::tr("Tell your users before you confirm; the predicted downtime is what to "
                              "announce."),
                 Guidance::tr("Until step 9 is done, Roll back puts the old installation back into service "
                              "with all its data.")}};
    case StepId::FinalSync:
        return {Guidance::tr("The rehearsal's data is out of date. This repeats the backup, import, start "
                             "and checks with the data as it was when the servers stopped."),
                {Guidance::tr("If a check fails here, roll back: users return to the old installation and "
                              "nothing is lost."),
                 Guidance::tr("This is the longest part of the downtime; the rehearsal measured how long it "
                              "should take.")}};
    case StepId::RouteTraffic:
        return {Guidance::tr("Users reach the new installation only once the proxy or the DNS name points at "
                             "it. The downtime ends when it answers at the public address."),
                {Guidance::tr("With DNS, clients keep the old address until the record's time to live "
                              "expires: lower it well before the upgrade."),
                 Guidance::tr("The previous proxy configuration is kept, so the switch can be undone.")}};
    case StepId::Deprovision:
        return {Guidance::tr("Once the new installation has run well for a while, the old one only costs "
                             "money and attention."),
                {Guidance::tr("Wait until you trust the new installation: after this step, going back "
                              "means restoring a backup."),
                 Guidance::tr("Only the services are stopped and disabled: the old database, its "
                              "configuration and the final backup are kept.")}};
    }
    return {};
}

} // namespace puw
