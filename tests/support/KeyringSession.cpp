#include "KeyringSession.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace puw::test {

namespace {

// Only this bus: no service activation, so nothing but our daemon can answer org.freedesktop.secrets.
const char kBusConfig[] = R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
)";

void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGTERM);
}

void stopProcess(QProcess& process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

} // namespace

KeyringSession::KeyringSession() = default;

KeyringSession::~KeyringSession()
{
    stop();
}

QString KeyringSession::missingPrograms()
{
    QStringList missing;
    for (const char* program : {"dbus-daemon", "dbus-send", "gnome-keyring-daemon"}) {
        if (findProgram(QString::fromLatin1(program)).isEmpty())
            missing << QString::fromLatin1(program);
    }
    if (missing.isEmpty())
        return {};
    return missing.join(QLatin1String(", ")) +
           QStringLiteral(" not installed (Debian packages dbus, dbus-bin, gnome-keyring)");
}

QString KeyringSession::home() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("home")) : QString();
}

QProcessEnvironment KeyringSession::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString homeDir = home();
    environment.insert(QStringLiteral("HOME"), homeDir);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), homeDir + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), homeDir + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), homeDir + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_dir ? m_dir->filePath(QStringLiteral("runtime")) : QString());
    if (!m_busAddress.isEmpty())
        environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    // A KDE session makes QtKeychain prefer KWallet: these tests want the Secret Service.
    for (const char* name :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

QString KeyringSession::fail(const QString& reason)
{
    m_error = reason;
    stop();
    m_error = reason;
    return reason;
}

QString KeyringSession::start(Mode mode)
{
    if (m_running)
        return {};
    m_error.clear();
    if (const QString missing = missingPrograms(); !missing.isEmpty())
        return fail(missing);

    // A short path: a unix socket path must fit in 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/puw-keyring-XXXXXX"));
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString());
    QDir root(m_dir->path());
    for (const char* sub : {"home/.local/share", "home/.config", "home/.cache", "runtime"}) {
        if (!root.mkpath(QString::fromLatin1(sub)))
            return fail(QStringLiteral("cannot create ") + root.filePath(QString::fromLatin1(sub)));
    }
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    QFile config(root.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write the bus configuration: ") + config.errorString());
    config.write(QString::fromUtf8(kBusConfig).arg(root.filePath(QStringLiteral("bus"))).toUtf8());
    config.close();

    m_bus.setChildProcessModifier(dieWithParent);
    m_bus.setProcessChannelMode(QProcess::SeparateChannels);
    m_bus.start(findProgram(QStringLiteral("dbus-daemon")),
                {QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--nofork"),
                 QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted(5000))
        return fail(QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString());
    const QDeadlineTimer busDeadline(5000);
    while (!m_bus.canReadLine() && !busDeadline.hasExpired() && m_bus.state() == QProcess::Running)
        m_bus.waitForReadyRead(100);
    m_busAddress = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_busAddress.isEmpty())
        return fail(QStringLiteral("dbus-daemon printed no address: ") +
                    QString::fromUtf8(m_bus.readAllStandardError()));

    if (mode == Mode::Locked) {
        // A first run creates the login keyring; the second, without --unlock, leaves it locked.
        if (const QString reason = startKeyring(true); !reason.isEmpty())
            return fail(reason);
        stopProcess(m_keyring);
    }
    if (mode != Mode::NoSecretService) {
        if (const QString reason = startKeyring(mode == Mode::Unlocked); !reason.isEmpty())
            return fail(reason);
    }

    const QProcessEnvironment wanted = environment();
    for (const char* name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR",
                             "DBUS_SESSION_BUS_ADDRESS"})
        setVariable(name, wanted.value(QString::fromLatin1(name)).toLocal8Bit());
    for (const char* name :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION"})
        unsetVariable(name);
    m_running = true;
    return {};
}

QString KeyringSession::startKeyring(bool unlocked)
{
    m_keyring.setChildProcessModifier(dieWithParent);
    m_keyring.setProcessEnvironment(environment());
    m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_keyring.setStandardOutputFile(QProcess::nullDevice());
    QStringList arguments{QStringLiteral("--foreground"), QStringLiteral("--components=secrets")};
    // --unlock reads the password on stdin; an empty one leaves the login keyring unusable.
    if (unlocked)
        arguments << QStringLiteral("--unlock");
    m_keyring.start(findProgram(QStringLiteral("gnome-keyring-daemon")), arguments);
    if (!m_keyring.waitForStarted(5000))
        return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
    if (unlocked) {
        // Without an event loop here, only waitForBytesWritten() delivers the password.
        m_keyring.write(password());
        m_keyring.waitForBytesWritten(5000);
    }
    m_keyring.closeWriteChannel();
    if (!waitForSecretService(10000))
        return QStringLiteral("gnome-keyring-daemon did not claim org.freedesktop.secrets within 10 s");
    return {};
}

bool KeyringSession::waitForSecretService(int timeoutMs)
{
    const QString dbusSend = findProgram(QStringLiteral("dbus-send"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_keyring.state() != QProcess::Running)
            return false;
        QProcess query;
        query.setProcessEnvironment(environment());
        query.start(dbusSend,
                    {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                     QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                     QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                     QStringLiteral("string:org.freedesktop.secrets")});
        query.waitForFinished(2000);
        if (query.readAllStandardOutput().contains("boolean true"))
            return true;
        QThread::msleep(20);
    }
    return false;
}

void KeyringSession::setVariable(const char* name, const QByteArray& value)
{
    m_savedEnvironment.append({QByteArray(name), qEnvironmentVariableIsSet(name)
                                                     ? std::optional<QByteArray>(qgetenv(name))
                                                     : std::nullopt});
    qputenv(name, value);
}

void KeyringSession::unsetVariable(const char* name)
{
    if (!qEnvironmentVariableIsSet(name))
        return;
    m_savedEnvironment.append({QByteArray(name), qgetenv(name)});
    qunsetenv(name);
}

void KeyringSession::restoreEnvironment()
{
    for (auto it = m_savedEnvironment.crbegin(); it != m_savedEnvironment.crend(); ++it) {
        if (it->second)
            qputenv(it->first.constData(), *it->second);
        else
            qunsetenv(it->first.constData());
    }
    m_savedEnvironment.clear();
}

void KeyringSession::stop()
{
    restoreEnvironment();
    stopProcess(m_keyring);
    stopProcess(m_bus);
    m_running = false;
    m_busAddress.clear();
    m_dir.reset();
}

void KeyringEnvironment::SetUp()
{
    session().start(m_mode);
}

void KeyringEnvironment::TearDown()
{
    session().stop();
}

KeyringSession& KeyringEnvironment::session()
{
    static KeyringSession instance;
    return instance;
}

} // namespace puw::test
