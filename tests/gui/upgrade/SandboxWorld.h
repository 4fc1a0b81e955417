#pragma once

#include "plan/UpgradePlan.h"

#include <QString>
#include <QStringList>

namespace puw::test {

// Which application the world runs ($PUW_TEST_APP: demo, the default, openboxes or parsec; see
// tests/sandbox/README.md) and what an admin would look at to judge the upgrade.
struct SandboxApp {
    QString id;
    QString statusPath; // under the public URL: the page that names the version users reach
    QString oldVersion; // as that page shows it, e.g. "version":"1.0.0"
    QString newVersion;
    QStringList carriedLines; // what step 2 must write on new: old's custom settings, v2's new ones
    QString startProgress;    // a log line step 5 shows while the application starts (empty: none)

    static SandboxApp fromEnvironment();
};

// The sandbox world the wizard upgrades (tests/sandbox), seen from outside the program: what users get
// through the proxy and whether the old application runs. Read with curl and OpenSSH, not with the
// program's own code, so that the test does not trust what it tests.
class SandboxWorld {
public:
    // The plan `sandbox plan` wrote ($PUW_SANDBOX_DIR/plan.json, or $PUW_TEST_PLAN). Empty error: loaded.
    QString load();
    const UpgradePlan& plan() const { return m_plan; }
    QString planPath() const { return m_planPath; }
    const SandboxApp& app() const { return m_app; }

    // The body of the app's status page through the proxy, or "curl failed: ..." .
    QString versionThroughProxy() const;
    // Whether the application runs on the old host: "active", "inactive" or what went wrong. systemd's
    // `is-active` of its unit; for Parsec, whether the server's container runs (docker through sudo).
    QString oldAppState() const;

private:
    QString run(const QString& program, const QStringList& arguments, const QByteArray& input = {}) const;
    QString sshOld(const QStringList& command, const QByteArray& input = {}) const;

    QString m_planPath;
    UpgradePlan m_plan;
    SandboxApp m_app;
};

} // namespace puw::test
