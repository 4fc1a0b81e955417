#pragma once

#include "JobEvent.h"
#include "PlannedCommand.h"
#include "SecretProvider.h"
#include "StepOutcome.h"
#include "journal/JournalRecords.h"
#include "plan/HostRole.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"
#include "remote/HostShell.h"

#include <QVariantMap>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace puw {

class SshHost;

// How jobs reach the hosts. The engine connects on first use; tests give local shells.
class HostAccess {
public:
    virtual ~HostAccess() = default;
    // The shell of a host, connected; or why it cannot be reached (host key, auth, network), for people.
    virtual Expected<HostShell*, QString> shell(HostRole role) = 0;
    // The SSH session behind a shell, for relays and tunnels; null where there is none (tests, local).
    virtual SshHost* sshHost(HostRole role) = 0;
};

struct RunOptions {
    bool sudo = false;
    QByteArray stdinData;
    bool stdinIsSecret = false;
    int timeoutMs = -1; // -1: the recipe's command timeout; 0: none
    int stallMs = 0;    // > 0: fails once it printed nothing this long (ShellRequest::stallMs); see stallMs()
    bool logLines = true;                         // false for commands whose output is data, not news
    qint64 maxOutputBytes = kMaxShellOutputBytes; // what the command may print into memory
};

// What a data read gave: the bytes (at most maxBytes), how the command ended, and whether it had more.
struct DataRead {
    ShellOutcome outcome; // stdoutText is empty: the bytes are in data
    QByteArray data;
    QByteArray sha256; // hex, of data
    bool tooLarge = false;
    bool ok() const { return outcome.ok() && !tooLarge; }
};

// Everything a job may use: the plan and recipe (read-only snapshots), the hosts, and the one reporting
// channel to the runner: every log line, command, check, artefact, value and progress leaves as a JobEvent
// of this step through the sink. Lives in the engine's thread for the duration of one job.
class JobContext {
public:
    using EventSink = std::function<void(const JobEvent&)>;
    using PlanSink = std::function<void(const PlannedCommand&)>;

    JobContext(StepId step, const UpgradePlan& plan, const RecipeBinding& recipe, HostAccess& hosts,
               EventSink events, const std::atomic<bool>& cancelled, QString backupDir, bool dryRun);

    // What the admin decided for this run of the step (files picked, confirmations typed).
    void setOptions(const QVariantMap& options) { m_options = options; }
    QVariant option(const QString& name) const { return m_options.value(name); }
    // Values earlier steps recorded in the session (the backup's path, the downtime's start...).
    void setSessionValues(const QMap<QString, QString>& values) { m_values = values; }
    QString sessionValue(const QString& key) const { return m_values.value(key); }
    const QMap<QString, QString>& sessionValues() const { return m_values; }
    void setSecretProvider(SecretProvider* secrets) { m_secrets = secrets; }
    std::optional<QString> secret(const QString& purpose, HostRole role) const;
    const std::atomic<bool>* cancelFlag() const { return &m_cancelled; }
    // What this job found out about a host once and reuses (docker's spelling, a compose service's name);
    // kept for the job's duration only.
    QString remembered(const QString& key) const { return m_remembered.value(key); }
    void remember(const QString& key, const QString& value) { m_remembered.insert(key, value); }

    // A shell for code that runs its own commands (database adapters, checks, routing): every command
    // still goes through runLine(), so it is recorded, logged, cancellable and honours the dry run.
    HostShell& recordedShell(HostRole role);
    // For work that runs commands outside runLine() (a relay): records it like runLine() would.
    void recordCommand(const CommandRecord& record);
    // A dry run's second channel: how each command it records would run (sudo, stdin, timeout), given to
    // the sink just before the command's record. Work that calls recordCommand() in a dry run says it
    // with notePlanned() first.
    void setPlanSink(PlanSink sink) { m_planSink = std::move(sink); }
    void notePlanned(const PlannedCommand& command);
    // While one lives, the commands the job runs are ones it knows change nothing on their host (probes,
    // reads, checks): their PlannedCommand says readOnly. Work that changes anything never runs inside one.
    class ReadOnlyCommands {
    public:
        explicit ReadOnlyCommands(JobContext& ctx) : m_ctx(ctx) { ++m_ctx.m_readOnlyDepth; }
        ~ReadOnlyCommands() { --m_ctx.m_readOnlyDepth; }
        ReadOnlyCommands(const ReadOnlyCommands&) = delete;
        ReadOnlyCommands& operator=(const ReadOnlyCommands&) = delete;

    private:
        JobContext& m_ctx;
    };
    // Inside a ReadOnlyCommands scope, work that does change a host (step 1's creation of missing roles on
    // new, when the admin asks for it): while one lives, commands are not marked read-only.
    class ChangingCommands {
    public:
        explicit ChangingCommands(JobContext& ctx) : m_ctx(ctx), m_saved(ctx.m_readOnlyDepth)
        {
            m_ctx.m_readOnlyDepth = 0;
        }
        ~ChangingCommands() { m_ctx.m_readOnlyDepth = m_saved; }
        ChangingCommands(const ChangingCommands&) = delete;
        ChangingCommands& operator=(const ChangingCommands&) = delete;

    private:
        JobContext& m_ctx;
        int m_saved;
    };

    StepId step() const { return m_step; }
    const UpgradePlan& plan() const { return m_plan; }
    const RecipeBinding& recipe() const { return m_recipe; }
    HostAccess& hosts() { return m_hosts; }
    bool isCancelled() const { return m_cancelled.load(); }
    bool isDryRun() const { return m_dryRun; }
    QString backupDir() const { return m_backupDir; }
    QString hostAddress(HostRole role) const;

    // Runs an argument list (quoted with shellJoin) or a ready command line, records it, streams its lines.
    // In a dry run nothing runs: the command is recorded as it would run and reported as succeeded.
    ShellOutcome run(HostRole role, const QStringList& argv, const RunOptions& options = {});
    ShellOutcome runLine(HostRole role, const QString& commandLine, const RunOptions& options = {});
    // The door for reading data (a file's bytes, an archive): runs a command line whose standard output is
    // the data, and records the command with the byte count and SHA-256 of what it printed, never the
    // bytes themselves (its standard error is recorded, redacted, as for runLine). The bytes travel as
    // base64 and at most maxBytes + 1 of them are read on the host: more makes tooLarge, with no data.
    // Cancellable and timed out like runLine; in a dry run nothing runs and the data is empty.
    DataRead readData(HostRole role, const QString& commandLine, qint64 maxBytes,
                      const RunOptions& options = {});
    // A recipe command with its placeholders filled in for that host (host_address and the rest).
    ShellOutcome runRecipe(HostRole role, const RecipeCommand& command, const RunOptions& options = {});
    // Fills placeholders for that host; the error names the placeholder.
    Expected<QString, QString> expand(const QString& text, HostRole role) const;
    // The recipe's stall limit (timeouts.stallSeconds) for commands that may run for hours while they
    // print (restores, index builds), and what to do when one of them on that host stalled.
    int stallMs() const;
    QString stallAdvice(HostRole role) const;

    void log(const QString& line);
    void reportCheck(const CheckRecord& check);
    void reportArtefact(const ArtefactRecord& artefact);
    void reportValue(const QString& key, const QString& value);
    void reportProgress(const StepProgress& progress);

private:
    void report(JobEvent::Payload payload);
    PlannedCommand planned(PlannedCommand::Kind kind, HostRole role, const QString& commandLine,
                           const RunOptions& options) const;
    // Runs a command line (unless cancelled or a dry run) and fills the record's exit code and end.
    ShellOutcome execute(HostRole role, const QString& commandLine, const RunOptions& options,
                         CommandRecord& record);

    StepId m_step;
    const UpgradePlan& m_plan;
    const RecipeBinding& m_recipe;
    HostAccess& m_hosts;
    EventSink m_events;
    const std::atomic<bool>& m_cancelled;
    QString m_backupDir;
    bool m_dryRun;
    QVariantMap m_options;
    QMap<QString, QString> m_values;
    QMap<QString, QString> m_remembered;
    SecretProvider* m_secrets = nullptr;
    PlanSink m_planSink;
    int m_readOnlyDepth = 0; // ReadOnlyCommands alive
    std::map<HostRole, std::unique_ptr<HostShell>> m_recordedShells;
};

} // namespace puw
