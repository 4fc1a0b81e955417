#pragma once

#include "SshTypes.h"
#include "plan/HostSpec.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace puw {

class CommandRun;
class SshHost;

// "Test connection" for one host: connects (asking the prompter about an unknown host key and for any
// password or passphrase), authenticates, and runs `id -un; uname -sr` to say who we are and where.
// The session lives in the SshHost's worker thread; this object lives in the caller's thread and reports
// once through finished(). Deleting it (or starting again) abandons the test.
class ConnectionProbe : public QObject {
    Q_OBJECT
public:
    struct Result {
        bool ok = false;
        QString remoteUser;  // from id -un
        QString system;      // from uname -sr
        RemoteError error;   // when !ok
        HostKeyInfo hostKey; // what the server presented and what known_hosts says (Changed: both keys)
        QString target;      // user@address:port as tested

        // One or two sentences for people: who and where when ok, else what failed and what to do.
        QString describe() const;
    };

    explicit ConnectionProbe(QObject* parent = nullptr);
    ~ConnectionProbe() override;

    void start(const HostSpec& host, const SshOptions& options);
    bool isRunning() const { return m_host != nullptr; }

signals:
    void finished(const puw::ConnectionProbe::Result& result);

private:
    void onOpened(const RemoteError& error);
    void onCommandFinished(const CommandResult& command);
    void finish(Result result);

    std::unique_ptr<SshHost> m_host;
    QPointer<CommandRun> m_run;
    QStringList m_output;
    Result m_result;
};

} // namespace puw

Q_DECLARE_METATYPE(puw::ConnectionProbe::Result)
