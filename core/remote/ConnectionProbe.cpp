#include "ConnectionProbe.h"

#include "CommandRun.h"
#include "SshHost.h"

#include <QCoreApplication>
#include <QFutureWatcher>

namespace puw {

namespace {
class ProbeText {
    Q_DECLARE_TR_FUNCTIONS(puw::ConnectionProbe)
};

constexpr int kCommandTimeoutMs = 20000;

QString targetOf(const HostSpec& host)
{
    QString text = host.user.isEmpty() ? host.address : host.user + QLatin1Char('@') + host.address;
    if (host.port != 0)
        text += QLatin1Char(':') + QString::number(host.port);
    return text;
}
} // namespace

ConnectionProbe::ConnectionProbe(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<puw::ConnectionProbe::Result>();
}

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start(const HostSpec& host, const SshOptions& options)
{
    delete m_run.data();
    m_host = std::make_unique<SshHost>(host, options);
    m_output.clear();
    m_result = Result{};
    m_result.target = targetOf(host);
    auto* watcher = new QFutureWatcher<RemoteError>(this);
    SshHost* current = m_host.get();
    connect(watcher, &QFutureWatcher<RemoteError>::finished, this, [this, watcher, current] {
        watcher->deleteLater();
        if (m_host.get() == current) // not abandoned by a newer start()
            onOpened(watcher->result());
    });
    watcher->setFuture(m_host->open());
}

void ConnectionProbe::onOpened(const RemoteError& error)
{
    m_result.hostKey = m_host->hostKey();
    if (error.isError()) {
        m_result.error = error;
        finish(m_result);
        return;
    }
    CommandSpec spec;
    spec.shellCommand = QStringLiteral("id -un; uname -sr");
    spec.timeoutMs = kCommandTimeoutMs;
    m_run = m_host->run(spec, this);
    connect(m_run, &CommandRun::stdoutLines, this, [this](const QStringList& lines) { m_output += lines; });
    connect(m_run, &CommandRun::finished, this, &ConnectionProbe::onCommandFinished);
}

void ConnectionProbe::onCommandFinished(const CommandResult& command)
{
    if (m_run)
        m_run->deleteLater();
    if (!command.ok()) {
        m_result.error = {RemoteError::Kind::Channel,
                          ProbeText::tr("Logged in to %1, but \"id -un; uname -sr\" did not work: %2.")
                              .arg(m_result.target, command.describe())};
        finish(m_result);
        return;
    }
    m_result.ok = true;
    m_result.remoteUser = m_output.value(0).trimmed();
    m_result.system = m_output.value(1).trimmed();
    finish(m_result);
}

void ConnectionProbe::finish(Result result)
{
    // The session is not needed any more: closing it here keeps no idle connection open on the host.
    if (m_host) {
        m_host->close();
        m_host.release()->deleteLater();
    }
    emit finished(result);
}

QString ConnectionProbe::Result::describe() const
{
    if (ok)
        //: %1: user@host as tested, %2: the remote login name, %3: the remote system (uname -sr)
        return ProbeText::tr("Connected to %1: logged in as %2 on %3.").arg(target, remoteUser, system);
    QString fix;
    switch (error.kind) {
    case RemoteError::Kind::Connect:
    case RemoteError::Kind::Timeout:
        fix = ProbeText::tr("Check the address and the port, that the host is up and that a firewall lets "
                            "SSH through (try \"ssh -p PORT USER@ADDRESS\" from this machine).");
        break;
    case RemoteError::Kind::Auth:
        fix = ProbeText::tr("Check the user and the identity file; the key's public half must be in the "
                            "user's ~/.ssh/authorized_keys on the host, or enter the right password.");
        break;
    case RemoteError::Kind::HostKey:
        // The page shows both keys beside this sentence; the engine's long message would repeat them.
        if (hostKey.state == HostKeyInfo::State::Changed || hostKey.state == HostKeyInfo::State::OtherType)
            return ProbeText::tr("Refused: the host key of %1 has CHANGED since it was recorded. Nothing was "
                                 "saved; compare the two keys below before doing anything.")
                .arg(hostKey.host);
        if (hostKey.state == HostKeyInfo::State::Unknown)
            fix = ProbeText::tr("Test again and accept the key once you have compared its fingerprint.");
        break;
    default:
        break;
    }
    return fix.isEmpty() ? error.message : ProbeText::tr("%1 %2").arg(error.message, fix);
}

} // namespace puw
