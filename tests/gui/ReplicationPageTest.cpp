// Step 4's page with the plan's replication: it explains the mode, shows where it stands from the journal
// (following old with its lag, or why the dump stays the mode), and offers the typed consent to restart
// old's PostgreSQL; a plan without the mode shows none of it.
#include "RunFixture.h"

#include "ImportPage.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace puw;
using puw::test::RunFixture;

class ReplicationPage : public RunFixture {
protected:
    static UpgradePlan replicationPlan()
    {
        UpgradePlan plan = refusingPlan();
        plan.database.sync = DatabaseSync::Replication;
        return plan;
    }

    void record(QLatin1String key, const QString& value)
    {
        ASSERT_TRUE(m_controller->journal().setValue(m_controller->sessionId(), key, value));
    }
};

TEST_F(ReplicationPage, ExplainsTheModeAndAsksForOldsAddressBeforeARestart)
{
    launchWithLocalHosts(replicationPlan());
    settleThrough(StepId::RehearsalBackup);
    auto* page = qobject_cast<ImportPage*>(showStep(StepId::ImportBackup));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->restartConsentEdit()->isVisible());
    EXPECT_TRUE(page->replicationStatus()->text().contains(QStringLiteral("has not started yet")));

    record(SessionKey::kSyncMode, QStringLiteral("dump"));
    record(SessionKey::kSyncReason, QStringLiteral("old's wal_level is \"replica\"."));
    page->initializePage();
    EXPECT_TRUE(page->replicationStatus()->text().contains(QStringLiteral("did not start")));
    EXPECT_TRUE(page->replicationStatus()->text().contains(QStringLiteral("wal_level is \"replica\"")));

    record(SessionKey::kSyncMode, QStringLiteral("replication"));
    record(SessionKey::kSyncDatabase, QStringLiteral("demo_puw_sync"));
    record(SessionKey::kSyncState,
           QStringLiteral(
               R"({"at": "2026-12-07T10:00:00.000Z", "bytesBehind": 4096, "tablesReady": 5, "tables": 5})"));
    page->initializePage();
    const QString status = page->replicationStatus()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("demo_puw_sync"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QLocale().toString(4096.0, 'f', 0) + QStringLiteral(" bytes behind")))
        << status.toStdString();
}

TEST_F(ReplicationPage, APlanWithoutTheModeShowsThePlainStep)
{
    launchWithLocalHosts(refusingPlan());
    settleThrough(StepId::RehearsalBackup);
    auto* page = qobject_cast<ImportPage*>(showStep(StepId::ImportBackup));
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->restartConsentEdit()->isVisible());
    EXPECT_FALSE(page->replicationStatus()->isVisible());
}
