#pragma once

#include "checks/HealthWait.h"
#include "remote/HostShell.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QStringList>

namespace puw {

class Routing {
    Q_DECLARE_TR_FUNCTIONS(puw::Routing)
};

// The proxy side of step 9: which file names the upstream and how nginx is tested and reloaded.
struct NginxSetup {
    QString upstreamFile; // absolute path on the proxy host (a symbolic link is followed)
    bool sudo = false;    // file operations through sudo
    QStringList testCommand = {QStringLiteral("nginx"), QStringLiteral("-t")};
    bool testSudo = false;
    QStringList reloadCommand = {QStringLiteral("nginx"), QStringLiteral("-s"), QStringLiteral("reload")};
    bool reloadSudo = false;
    int commandTimeoutMs = 60000;
    int verifyTimeoutMs = 15000; // how long the public URL may take to show the expected answer
    int verifyIntervalMs = 500;
    int verifyConsecutive =
        3; // answers in a row that must pass: old workers finish their work after a reload
    const std::atomic<bool>* cancel = nullptr; // stops the verification wait
    // A dry run (the commands print nothing): the file is taken as named, present, with a previous copy
    // and a content unlike the new one, so that every command of a switch or a revert is listed; the
    // public URL is not asked.
    bool dryRun = false;
};

struct RouteResult {
    bool ok = false;       // the route changed and the public URL answered as expected
    bool reloaded = false; // nginx was reloaded with the new file
    bool restored = false; // a failure put the previous file back (nginx kept or got the previous route)
    QString detail;        // what happened, in words
    QStringList actions;   // one line per command: "nginx -t: exit code 1: ..." (for the log and the report)
    CheckResult verification; // the public URL check (empty name when not reached)
};

// Switches nginx to the new upstream: keeps the previous file as FILE.puw-previous (unless the file already
// holds the new content, so a second run never loses the original), writes the new content through a
// temporary file and a rename, runs the test command, reloads only when the test passes (else restores the
// previous file: nginx never saw the broken one), then polls verify through the public URL.
// A failed verification does not revert by itself: the caller offers revertNginx().
RouteResult switchNginx(HostShell& proxy, const NginxSetup& setup, const QString& newContent,
                        const HttpCheckRequest& verify);

// Puts FILE.puw-previous back (test, reload, verify with the caller's expectation for the old version).
// When the test or the reload fails, the file that was in place is written back.
RouteResult revertNginx(HostShell& proxy, const NginxSetup& setup, const HttpCheckRequest& verify);

// Whether the upstream file holds exactly this content now (trailing newlines aside): how a rollback
// learns that a step 9 it has no record of (killed mid-way) did switch the proxy.
Expected<bool, QString> nginxHolds(HostShell& proxy, const NginxSetup& setup, const QString& content);

} // namespace puw
