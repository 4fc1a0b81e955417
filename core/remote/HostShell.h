#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace puw {

// What one command may print (stdout and stderr together) into memory: a command's answer, never a data
// stream (those go through relays and sinks). Past it the command is stopped and fails, so that a host that
// prints without end (hostile, or a mistaken command) cannot exhaust this computer's memory.
inline constexpr qint64 kMaxShellOutputBytes = 32 * 1024 * 1024;

// The error of a command stopped for printing more than limit bytes.
QString outputLimitError(qint64 limit);
// The error of a command stopped because it made no progress for silentMs (ShellRequest::stallMs) on host;
// lastLine, the last line it printed, says what it was doing.
QString stallError(const QString& host, qint64 silentMs, const QString& lastLine);

// One shell command line to run on a host. Build commandLine with shellJoin() (core/remote/ShellQuote.h):
// every value is quoted there, never here.
struct ShellRequest {
    QString commandLine;
    QByteArray stdinData;       // sent, then end of input
    bool stdinIsSecret = false; // e.g. a password on the first line: never logged
    bool sudo = false;          // run through sudo on the host (with its password when it needs one)
    int timeoutMs = 0;          // 0: no limit
    // > 0: the command is stopped (TimedOut, stalled) once it printed nothing for this long, however long
    // it runs while it prints: for restores and index builds that take hours and report each object.
    int stallMs = 0;
    qint64 maxOutputBytes = kMaxShellOutputBytes;
};

struct ShellOutcome {
    enum class Status { Exited, TimedOut, Cancelled, Failed };
    Status status = Status::Failed;
    int exitCode = -1;
    QString stdoutText;
    QString stderrText;
    QString error;        // for everything but Exited: what went wrong, for people
    bool stalled = false; // TimedOut by ShellRequest::stallMs, not by timeoutMs

    bool ok() const { return status == Status::Exited && exitCode == 0; }
    // One line for people: "exit code 2: <last line of stderr>" or the error.
    QString describe() const;
};

// Runs command lines on one host and waits for them. Used from the engine's thread (never the GUI
// thread): steps, database adapters, routing and checks go through it, so that they can be tested
// against a local shell (LocalShell) and run for real over SSH (SshHostShell).
class HostShell {
public:
    using LineHandler = std::function<void(const QString& line, bool isStderr)>;

    virtual ~HostShell() = default;
    virtual QString hostLabel() const = 0; // "old", "new", "proxy", "local"
    virtual ShellOutcome run(const ShellRequest& request, const LineHandler& onLine = {}) = 0;

    // Thread-safe: ends the running command (Cancelled) and refuses the next ones until resume(). A shell
    // whose commands cannot be interrupted (a fake, a shell that routes through another) ignores it.
    virtual void cancel() {}
    // Takes commands again: the next job after a cancelled one starts with a shell that works.
    virtual void resume() {}
};

} // namespace puw
