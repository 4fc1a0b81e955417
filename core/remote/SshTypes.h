#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace puw {

class Redactor;
class SshPrompter;

// Why an operation on a host did not succeed. The message is for people; the kind is for code.
struct RemoteError {
    enum class Kind {
        None,
        Connect,      // name resolution, TCP, handshake, timeout while connecting
        HostKey,      // unknown key refused, changed key, key of another type
        Auth,         // no method worked
        Channel,      // a channel could not be opened or an exec request was refused
        Disconnected, // the connection closed or was lost (keepalive, server gone)
        Timeout,      // an operation ran longer than its limit
        Cancelled,    // the caller asked to stop
        Local,        // a local file or socket failed
    };
    Kind kind = Kind::None;
    QString message;

    bool isError() const { return kind != Kind::None; }
};

// The host key the server presented, and what known_hosts says about it.
struct HostKeyInfo {
    enum class State { Known, Unknown, Changed, OtherType, Error };
    State state = State::Error;
    QString host; // as written in known_hosts: "name" or "[name]:port"
    QString keyType;
    QString fingerprint; // "SHA256:..."
    QString knownHostsFile;
    // For Changed and OtherType: what is recorded and where.
    QString recordedKeyType;
    QString recordedFingerprint;
    int recordedLine = 0; // 1-based, 0 when unknown (e.g. hashed entry not found)
};

// How to connect. Everything has a sensible default; ~/.ssh/config fills the rest.
struct SshOptions {
    QString knownHostsFile; // empty: the user's ~/.ssh/known_hosts
    QString sshConfigFile;  // empty: the user's ~/.ssh/config
    QString agentSocket;    // empty: $SSH_AUTH_SOCK
    bool useAgent = true;
    int connectTimeoutMs = 15000; // also the limit of every control request on the session
    // A host that stops answering (frozen, cable pulled, suspended VM) is declared lost after
    // keepaliveIntervalMs of silence plus keepaliveReplyMs without an answer to the probe: 7 s by default.
    // Any byte from the server counts as an answer, so a slow link that still moves data is never lost.
    int keepaliveIntervalMs = 2000; // a probe after this long without traffic; 0 disables
    int keepaliveReplyMs = 5000;    // how long the probe's answer may take
    std::shared_ptr<SshPrompter> prompter;
    std::shared_ptr<Redactor> redactor; // every secret obtained is added to it
};

// One command to run on a host.
struct CommandSpec {
    QStringList arguments; // joined with shellJoin(); ignored when shellCommand is set
    QString shellCommand;  // a ready command line (already quoted by the caller with shellJoin pieces)
    int timeoutMs = 0;     // 0: no limit
    // > 0: stopped (TimedOut, CommandResult::stalled) after this long without progress: no byte printed and
    // none of its input taken, while neither the side it reads from nor the one it writes to holds it up.
    int stallMs = 0;
    bool rawOutput = false;     // stdout as bytes (stdoutData) rather than lines
    QByteArray stdinData;       // written, then end of input (unless keepStdinOpen)
    bool stdinIsSecret = false; // e.g. a password for sudo -S: never logged
    bool keepStdinOpen = false; // more input follows through CommandRun::writeStdin()/closeStdin()
};

// How a command ended.
struct CommandResult {
    enum class Status { Exited, Signalled, Cancelled, TimedOut, Failed };
    Status status = Status::Failed;
    int exitCode = -1;
    QString exitSignal;     // e.g. "TERM" when Status::Signalled
    RemoteError error;      // for Cancelled, TimedOut, Failed
    QStringList stderrTail; // the last lines of stderr, for messages
    qint64 stdoutBytes = 0;
    qint64 stderrBytes = 0;
    bool stalled = false; // TimedOut by CommandSpec::stallMs
    QString lastLine;     // the last non-blank line printed (either stream): what a stalled command was doing

    bool ok() const { return status == Status::Exited && exitCode == 0; }
    QString describe() const; // one line for people
};

} // namespace puw

Q_DECLARE_METATYPE(puw::RemoteError)
Q_DECLARE_METATYPE(puw::HostKeyInfo)
Q_DECLARE_METATYPE(puw::CommandResult)
