#pragma once

#include "NginxSwitch.h"

namespace puw {

// The upstream file as inspect found it.
struct UpstreamFileState {
    QString target; // the real path (links followed)
    bool hasBackup = false;
    bool present = false;
    QString content;
};

// The canary's commands on the proxy, each written as one action line ("write FILE: exit code 0"), and
// the following of the canary's log. Internal to the canary runner (NginxCanary.cpp).
class CanaryProxy {
public:
    CanaryProxy(HostShell& proxy, const NginxSetup& setup, QStringList& actions)
        : m_proxy(proxy), m_setup(setup), m_actions(actions)
    {
    }

    QString hostLabel() const { return m_proxy.hostLabel(); }

    // Runs one command line with the setup's time limit and adds its action line.
    ShellOutcome run(const QString& what, const QString& commandLine, bool sudo,
                     const QByteArray& input = {});

    // Reads the upstream file's real path, whether FILE.puw-previous exists, and its content. In a dry run,
    // the file is taken as present, with a previous copy and an empty content. False with *error for people.
    bool inspect(UpstreamFileState* state, QString* error);
    bool backup(const QString& file);
    bool write(const QString& file, const QString& content);
    bool restoreOriginal(const QString& file); // FILE.puw-previous back over FILE, atomically
    ShellOutcome test();
    ShellOutcome reload();

    // Notes where the log ends now: what readNewLines() gives afterwards is what nginx wrote since.
    bool startLog(const QString& logPath, QString* error);
    // The complete lines written since the last call (a line still being written waits for the next one). A
    // rotated or truncated log is read from its start. Adds no action line unless the read fails.
    bool readNewLines(QStringList* lines, QString* error);
    // How many reads startLog's log had and how many lines they gave: for one summary action line.
    int reads() const { return m_reads; }
    int linesRead() const { return m_lines; }

private:
    HostShell& m_proxy;
    const NginxSetup& m_setup;
    QStringList& m_actions;
    QString m_logPath;
    qint64 m_offset = 0;
    QString m_inode;
    QString m_pending; // the start of a line nginx had not finished writing
    int m_reads = 0;
    int m_lines = 0;
};

} // namespace puw
