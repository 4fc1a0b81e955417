#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <utility>

namespace puw::test {

// A real Secret Service for tests: a private D-Bus session bus (dbus-daemon) and gnome-keyring-daemon
// unlocked with a password, with HOME and the XDG folders in a temporary folder. start() points this
// process's environment at them, so that QtKeychain/libsecret use this keyring and never the user's;
// environment() gives the same to child processes. Both daemons are children of this process: they are
// stopped by stop() or the destructor, and receive SIGTERM if the process dies.
//
// One per process, started before the first keychain operation: libsecret and GDBus keep their
// session-bus connection for the life of the process. See KeyringEnvironment.
class KeyringSession {
public:
    static QByteArray password() { return QByteArrayLiteral("puw-test-keyring"); }

    KeyringSession();
    ~KeyringSession();
    KeyringSession(const KeyringSession&) = delete;
    KeyringSession& operator=(const KeyringSession&) = delete;

    // Empty when dbus-daemon, dbus-send and gnome-keyring-daemon are installed, else what is missing.
    static QString missingPrograms();

    enum class Mode {
        Unlocked,        // the normal case: a login keyring unlocked with password()
        Locked,          // a login keyring exists but nothing unlocked it, and no prompter can ask
        NoSecretService, // a session bus without any Secret Service on it (and no activation)
    };

    // Starts the daemons and sets this process's environment. Returns an empty string or the reason.
    QString start(Mode mode = Mode::Unlocked);
    void stop();

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    QString busAddress() const { return m_busAddress; }
    QString home() const; // the temporary HOME; XDG_DATA_HOME etc. are under it
    QProcessEnvironment environment() const;

private:
    QString fail(const QString& reason);
    QString startKeyring(bool unlocked);
    bool waitForSecretService(int timeoutMs);
    void setVariable(const char* name, const QByteArray& value);
    void unsetVariable(const char* name);
    void restoreEnvironment();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_busAddress;
    QString m_error;
    bool m_running = false;
    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_savedEnvironment;
};

// gtest global environment holding the process's KeyringSession. Register it in main():
//     auto* keyring = new puw::test::KeyringEnvironment;   // gtest takes ownership
//     ::testing::AddGlobalTestEnvironment(keyring);
// then in each test: PUW_REQUIRE(KeyringEnvironment::session().isRunning(), ...error()).
// Nothing starts when the binary only lists its tests (gtest_discover_tests).
class KeyringEnvironment : public ::testing::Environment {
public:
    explicit KeyringEnvironment(KeyringSession::Mode mode = KeyringSession::Mode::Unlocked) : m_mode(mode) {}
    void SetUp() override;
    void TearDown() override;
    static KeyringSession& session();

private:
    KeyringSession::Mode m_mode;
};

} // namespace puw::test
