#pragma once

#include "plan/UpgradePlan.h"

#include <QString>

namespace puw::test {

// The sandbox world the wizard upgrades (tests/sandbox), seen from outside the program: what users get
// through the proxy and whether the old application runs. Read with curl and OpenSSH, not with the
// program's own code, so that the test does not trust what it tests.
class SandboxWorld {
public:
    // The plan `sandbox plan` wrote ($PUW_SANDBOX_DIR/plan.json, or $PUW_TEST_PLAN). Empty error: loaded.
    QString load();
    const UpgradePlan& plan() const { return m_plan; }
    QString planPath() const { return m_planPath; }

    // The body of GET <public URL>/version through the proxy, or "curl failed: ..." .
    QString versionThroughProxy() const;
    // `systemctl is-active` of the application's unit on the old host: "active", "inactive" or what went
    // wrong.
    QString oldAppState() const;

private:
    QString run(const QString& program, const QStringList& arguments) const;

    QString m_planPath;
    UpgradePlan m_plan;
};

} // namespace puw::test
