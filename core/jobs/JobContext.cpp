#include "JobContext.h"

#include "jobs/JobText.h"
#include "jobs/ServiceControlCompose.h"
#include "remote/ShellQuote.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <climits>

namespace puw {

JobContext::JobContext(StepId step, const UpgradePlan& plan, const RecipeBinding& recipe, HostAccess& hosts,
                       EventSink events, const std::atomic<bool>& cancelled, QString backupDir, bool dryRun)
    : m_step(step), m_plan(plan), m_recipe(recipe), m_hosts(hosts), m_events(std::move(events)),
      m_cancelled(cancelled), m_backupDir(std::move(backupDir)), m_dryRun(dryRun)
{
}

QString JobContext::hostAddress(HostRole role) const
{
    switch (role) {
    case HostRole::Old:
        return m_plan.oldHost.address;
    case HostRole::New:
        return m_plan.newHost.address;
    case HostRole::Proxy:
        return m_plan.route.proxy.address;
    }
    return {};
}

Expected<QString, QString> JobContext::expand(const QString& text, HostRole role) const
{
    return m_recipe.expand(text, {{QStringLiteral("host_address"), hostAddress(role)}});
}

int JobContext::stallMs() const
{
    return m_recipe.recipe().timeouts.stallSeconds * 1000;
}

QString JobContext::stallAdvice(HostRole role) const
{
    return JobText::tr("If it was still working (one large index can take long without a line of output), "
                       "raise timeouts.stallSeconds in the recipe (now %1 s); otherwise check the %2 host: "
                       "its database server, its disk and its load.")
        .arg(m_recipe.recipe().timeouts.stallSeconds)
        .arg(hostRoleLabel(role));
}

ShellOutcome JobContext::run(HostRole role, const QStringList& argv, const RunOptions& options)
{
    return runLine(role, shellJoin(argv), options);
}

ShellOutcome JobContext::runRecipe(HostRole role, const RecipeCommand& command, const RunOptions& options)
{
    if (usesDocker(command)) {
        // docker compose or docker-compose, sudo where the socket needs it, {{compose_service}} filled in.
        const auto resolved = resolveDockerCommand(*this, role, command);
        if (!resolved.ok()) {
            ShellOutcome outcome;
            outcome.error = resolved.error();
            return outcome;
        }
        RunOptions effective = options;
        effective.sudo = options.sudo || resolved->sudo;
        return run(role, resolved->argv, effective);
    }
    const auto argv = m_recipe.expand(command, {{QStringLiteral("host_address"), hostAddress(role)}});
    if (!argv.ok()) {
        ShellOutcome outcome;
        outcome.error =
            JobText::tr("The recipe's command uses {{%1}}, which has no value.").arg(argv.error());
        return outcome;
    }
    RunOptions effective = options;
    effective.sudo = options.sudo || command.sudo;
    return run(role, argv.value(), effective);
}

ShellOutcome JobContext::execute(HostRole role, const QString& commandLine, const RunOptions& options,
                                 CommandRecord& record)
{
    ShellOutcome outcome;
    if (m_cancelled.load()) {
        outcome.status = ShellOutcome::Status::Cancelled;
        outcome.error = JobText::tr("Cancelled.");
    } else if (m_dryRun) {
        outcome.status = ShellOutcome::Status::Exited;
        outcome.exitCode = 0;
        record.output = JobText::tr("(dry run: not executed)");
    } else if (auto shell = m_hosts.shell(role); !shell.ok()) {
        outcome.error = shell.error();
    } else {
        ShellRequest request;
        request.commandLine = commandLine;
        request.sudo = options.sudo;
        request.stdinData = options.stdinData;
        request.stdinIsSecret = options.stdinIsSecret;
        request.maxOutputBytes = options.maxOutputBytes;
        request.timeoutMs =
            options.timeoutMs >= 0 ? options.timeoutMs : m_recipe.recipe().timeouts.commandSeconds * 1000;
        request.stallMs = options.stallMs;
        const QString host = record.host;
        outcome = shell.value()->run(request, [&](const QString& line, bool isStderr) {
            if (options.logLines)
                report(LogLine{host, line, isStderr});
        });
        if (outcome.stalled)
            outcome.error += QStringLiteral(". ") + stallAdvice(role);
    }
    record.exitCode = outcome.status == ShellOutcome::Status::Exited ? outcome.exitCode : -1;
    return outcome;
}

namespace {
CommandRecord startRecord(StepId step, HostRole role, const QString& commandLine, bool sudo)
{
    CommandRecord record;
    record.step = step;
    record.host = hostRoleLabel(role);
    record.command = sudo ? QStringLiteral("sudo ") + commandLine : commandLine;
    record.startedAt = QDateTime::currentDateTimeUtc();
    return record;
}

// Runs the caller's command in a subshell with its standard output cut after $1 bytes and sent as one
// base64 line; the script exits with the command's own status.
const QString kDataReadScript =
    QStringLiteral("exec 3>&1; rc=$( { { (eval \"$2\"); echo \"$?\" >&4; } | head -c \"$1\" | base64 -w0 "
                   ">&3; } 4>&1 ); exit \"${rc:-1}\"");
} // namespace

PlannedCommand JobContext::planned(PlannedCommand::Kind kind, HostRole role, const QString& commandLine,
                                   const RunOptions& options) const
{
    PlannedCommand planned;
    planned.kind = kind;
    planned.role = role;
    planned.commandLine = commandLine;
    planned.sudo = options.sudo;
    planned.timeoutMs =
        options.timeoutMs >= 0 ? options.timeoutMs : m_recipe.recipe().timeouts.commandSeconds * 1000;
    planned.input = options.stdinData;
    planned.readOnly = kind == PlannedCommand::Kind::DataRead || m_readOnlyDepth > 0;
    if (options.stdinIsSecret) {
        // In a dry run the only secret a command reads is the database password's placeholder line.
        const QByteArray placeholder = kDryRunSecret.toUtf8() + '\n';
        planned.secretPurpose = m_recipe.recipe().database.credential;
        if (planned.secretPurpose.isEmpty() || !planned.input.startsWith(placeholder))
            planned.secretPurpose = QStringLiteral("unknown");
        else
            planned.input = planned.input.mid(placeholder.size());
    }
    return planned;
}

void JobContext::notePlanned(const PlannedCommand& command)
{
    if (m_dryRun && m_planSink)
        m_planSink(command);
}

ShellOutcome JobContext::runLine(HostRole role, const QString& commandLine, const RunOptions& options)
{
    notePlanned(planned(PlannedCommand::Kind::Line, role, commandLine, options));
    CommandRecord record = startRecord(m_step, role, commandLine, options.sudo);
    ShellOutcome outcome = execute(role, commandLine, options, record);
    record.output += outcome.stdoutText + outcome.stderrText;
    if (!outcome.error.isEmpty())
        record.output += outcome.error;
    record.endedAt = QDateTime::currentDateTimeUtc();
    report(record);
    return outcome;
}

DataRead JobContext::readData(HostRole role, const QString& commandLine, qint64 maxBytes,
                              const RunOptions& options)
{
    notePlanned(planned(PlannedCommand::Kind::DataRead, role, commandLine, options));
    CommandRecord record = startRecord(m_step, role, commandLine, options.sudo);
    RunOptions quiet = options;
    quiet.logLines = false; // the bytes are data; standard error still reaches the record
    // Base64 of maxBytes + 1 bytes, and room for standard error: the read's own bound, not the shell's.
    quiet.maxOutputBytes = qMax(options.maxOutputBytes, 4 * ((maxBytes + 3) / 3) + 64 * 1024);
    const QString wrapped = shellJoin({QStringLiteral("sh"), QStringLiteral("-c"), kDataReadScript,
                                       QStringLiteral("sh"), QString::number(maxBytes + 1), commandLine});
    DataRead read;
    read.outcome = execute(role, wrapped, quiet, record);
    const QByteArray encoded = read.outcome.stdoutText.trimmed().toLatin1();
    read.outcome.stdoutText.clear();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded && read.outcome.ok()) {
        read.outcome.exitCode = -1;
        read.outcome.status = ShellOutcome::Status::Failed;
        read.outcome.error =
            JobText::tr("The data read from the %1 host was damaged on the way (not base64).")
                .arg(hostRoleLabel(role));
    }
    read.data = decoded ? *decoded : QByteArray();
    if (read.data.size() > maxBytes) {
        read.tooLarge = true;
        read.data.clear();
    }
    read.sha256 = QCryptographicHash::hash(read.data, QCryptographicHash::Sha256).toHex();
    if (!m_dryRun && read.outcome.status != ShellOutcome::Status::Cancelled) {
        record.output = read.tooLarge ? JobText::tr("(data, not recorded: more than %n byte(s))", nullptr,
                                                    int(qMin<qint64>(maxBytes, INT_MAX)))
                                      : JobText::tr("(data, not recorded: %n byte(s), SHA-256 %1)", nullptr,
                                                    int(qMin<qint64>(read.data.size(), INT_MAX)))
                                            .arg(QString::fromLatin1(read.sha256));
        if (!read.outcome.stderrText.isEmpty())
            record.output += QLatin1Char('\n') + read.outcome.stderrText;
    }
    if (!read.outcome.error.isEmpty())
        record.output += read.outcome.error;
    record.endedAt = QDateTime::currentDateTimeUtc();
    report(record);
    return read;
}

namespace {
// Routes a HostShell request through JobContext::runLine.
class RecordedShell : public HostShell {
public:
    RecordedShell(JobContext& ctx, HostRole role) : m_ctx(ctx), m_role(role) {}
    QString hostLabel() const override { return hostRoleLabel(m_role); }
    ShellOutcome run(const ShellRequest& request, const LineHandler& onLine) override
    {
        RunOptions options;
        options.sudo = request.sudo;
        options.stdinData = request.stdinData;
        options.stdinIsSecret = request.stdinIsSecret;
        options.timeoutMs = request.timeoutMs;
        options.stallMs = request.stallMs;
        options.maxOutputBytes = request.maxOutputBytes;
        options.logLines = false; // data for the caller (counts, listings); recorded in the journal anyway
        ShellOutcome outcome = m_ctx.runLine(m_role, request.commandLine, options);
        if (onLine) {
            for (const QString& line : outcome.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                onLine(line, false);
        }
        return outcome;
    }

private:
    JobContext& m_ctx;
    HostRole m_role;
};
} // namespace

HostShell& JobContext::recordedShell(HostRole role)
{
    auto& shell = m_recordedShells[role];
    if (!shell)
        shell = std::make_unique<RecordedShell>(*this, role);
    return *shell;
}

std::optional<QString> JobContext::secret(const QString& purpose, HostRole role) const
{
    return m_secrets ? m_secrets->secret(purpose, hostRoleLabel(role)) : std::nullopt;
}

void JobContext::report(JobEvent::Payload payload)
{
    if (m_events)
        m_events(JobEvent{m_step, std::move(payload)});
}

void JobContext::recordCommand(const CommandRecord& record)
{
    CommandRecord copy = record;
    copy.step = m_step;
    report(copy);
}

void JobContext::log(const QString& line)
{
    report(LogLine{QString(), line, false});
}

void JobContext::reportCheck(const CheckRecord& check)
{
    CheckRecord record = check;
    record.step = m_step;
    if (!record.checkedAt.isValid())
        record.checkedAt = QDateTime::currentDateTimeUtc();
    report(record);
}

void JobContext::reportArtefact(const ArtefactRecord& artefact)
{
    ArtefactRecord record = artefact;
    record.step = m_step;
    report(record);
}

void JobContext::reportValue(const QString& key, const QString& value)
{
    m_values.insert(key, value); // later parts of the same job see it at once
    report(SessionValue{key, value});
}

void JobContext::reportProgress(const StepProgress& progress)
{
    report(progress);
}

} // namespace puw
