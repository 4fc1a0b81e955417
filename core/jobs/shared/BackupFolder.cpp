#include "BackupFolder.h"

#include "jobs/JobText.h"
#include "remote/ShellQuote.h"

namespace puw::BackupFolder {

QString defaultPath()
{
    return QStringLiteral("/var/tmp/parallel-upgrade");
}

QString on(const JobContext& ctx, HostRole role)
{
    const QString& folder = role == HostRole::Old ? ctx.plan().oldBackupDir : ctx.plan().newBackupDir;
    return folder.isEmpty() ? defaultPath() : folder;
}

QString prepareCommand(const QString& dir)
{
    // umask 077: the folder (and any parent made with it) is the login user's alone from its first instant.
    return QStringLiteral("d=%1; "
                          "if [ -L \"$d\" ]; then echo 'puw-folder link'; exit 3; fi; "
                          "if [ ! -e \"$d\" ]; then (umask 077 && mkdir -p -- \"$d\") || exit 4; fi; "
                          "if [ -L \"$d\" ] || [ ! -d \"$d\" ]; then echo 'puw-folder notdir'; exit 3; fi; "
                          "if [ \"$(stat -c %u -- \"$d\")\" != \"$(id -u)\" ]; then "
                          "echo \"puw-folder owner $(stat -c %U -- \"$d\")\"; exit 5; fi; "
                          "chmod 700 -- \"$d\"")
        .arg(shellQuote(dir));
}

Expected<Done, QString> prepare(JobContext& ctx, HostRole role)
{
    const QString dir = on(ctx, role);
    RunOptions options;
    options.logLines = false;
    const ShellOutcome outcome = ctx.runLine(role, prepareCommand(dir), options);
    if (outcome.ok() || ctx.isDryRun())
        return Done{};
    const QString host = hostRoleLabel(role);
    const QString fix = JobText::tr("Remove it, or set \"backupDir\" for the %1 host in the plan to a folder "
                                    "of your own.")
                            .arg(host);
    const QString answer = outcome.stdoutText.trimmed();
    //: %1 a folder, %2 "old" or "new", %3 what to do
    if (answer == QLatin1String("puw-folder link"))
        return unexpected(
            JobText::tr("%1 on the %2 host is a symbolic link: another user may have planted it "
                        "to catch the backups. %3")
                .arg(dir, host, fix));
    if (answer == QLatin1String("puw-folder notdir"))
        return unexpected(JobText::tr("%1 on the %2 host is not a folder. %3").arg(dir, host, fix));
    if (answer.startsWith(QLatin1String("puw-folder owner ")))
        //: %1 a folder, %2 "old" or "new", %3 a user name, %4 what to do
        return unexpected(JobText::tr("%1 on the %2 host belongs to %3, not to the login user: another user "
                                      "may have made it to read the backups. %4")
                              .arg(dir, host, answer.mid(17), fix));
    return unexpected(JobText::tr("Cannot create %1 on the %2 host: %3").arg(dir, host, outcome.describe()));
}

} // namespace puw::BackupFolder
