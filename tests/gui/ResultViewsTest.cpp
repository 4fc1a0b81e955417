// What steps 4, 6 and 8 found, shown from the journal: checks with pass or fail, row counts side by side;
// step 7's page shows the database checks before anything moved again.
#include "WizardFixture.h"

#include "CutoverPages.h"
#include "ManualChecks.h"
#include "ResultViews.h"
#include "RouteView.h"
#include "StepPage.h"
#include "TradeoffsPanel.h"
#include "journal/SessionValues.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace puw;
using puw::test::WizardFixture;

using ResultViews = WizardFixture;

TEST_F(ResultViews, StepSixListsEveryCheckWithItsResult)
{
    launch();
    finishStep(StepId::InstallNew);
    const qint64 session = m_controller->sessionId();
    CheckRecord ok{0,
                   StepId::RunChecks,
                   QStringLiteral("home page"),
                   QStringLiteral("http"),
                   true,
                   QStringLiteral("HTTP 200 in 80 ms"),
                   {}};
    CheckRecord bad{0,
                    StepId::RunChecks,
                    QStringLiteral("row counts"),
                    QStringLiteral("database"),
                    false,
                    QStringLiteral("orders: 10 old, 9 new"),
                    {}};
    m_controller->journal().recordCheck(session, ok);
    m_controller->journal().recordCheck(session, bad);
    finishStep(StepId::RunChecks, StepState::Failed, QStringLiteral("1 of 2 checks failed"));

    auto* view = m_wizard->stepPage(StepId::RunChecks)->findChild<ChecksView*>();
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->table()->rowCount(), 2);
    EXPECT_EQ(view->table()->item(1, 0)->text(), QStringLiteral("row counts"));
    EXPECT_EQ(view->table()->item(1, 2)->text(), ChecksView::tr("FAILED"));
    EXPECT_EQ(view->table()->item(1, 3)->text(), QStringLiteral("orders: 10 old, 9 new"));
    EXPECT_EQ(view->table()->item(0, 2)->text(), ChecksView::tr("passed"));
}

TEST_F(ResultViews, StepFourShowsRowCountsOfOldAndNewSideBySide)
{
    launch();
    finishStep(StepId::InstallNew);
    const qint64 session = m_controller->sessionId();
    m_controller->journal().setValue(session, SessionKey::kRowCountsOld,
                                     QStringLiteral(R"({"orders": 1200, "users": 15})"));
    m_controller->journal().setValue(session, SessionKey::kRowCountsNew,
                                     QStringLiteral(R"({"orders": 1200, "users": 14})"));
    m_controller->journal().setValue(session, SessionKey::kChecksumsOld,
                                     QStringLiteral(R"({"orders": "881", "users": "12"})"));
    m_controller->journal().setValue(session, SessionKey::kChecksumsNew,
                                     QStringLiteral(R"({"orders": "882", "users": "12"})"));
    m_controller->journal().setValue(session, SessionKey::kMigrationsApplied,
                                     QStringLiteral(R"(["0001_init", "0002_orders"])"));
    finishStep(StepId::ImportBackup);

    auto* view = m_wizard->stepPage(StepId::ImportBackup)->findChild<RowCountsView*>();
    ASSERT_NE(view, nullptr);
    ASSERT_EQ(view->table()->rowCount(), 2);
    EXPECT_EQ(view->table()->item(1, 0)->text(), QStringLiteral("users"));
    EXPECT_EQ(view->table()->item(1, 1)->text(), QStringLiteral("15"));
    EXPECT_EQ(view->table()->item(1, 2)->text(), QStringLiteral("14"));
    EXPECT_EQ(view->table()->item(1, 3)->text(), RowCountsView::tr("NO"));
    EXPECT_EQ(view->table()->item(0, 3)->text(), RowCountsView::tr("yes"));
    // Same count for orders, but its content checksum differs: the checksum column says so.
    EXPECT_EQ(view->table()->item(0, 4)->text(), RowCountsView::tr("NO"));
    EXPECT_EQ(view->table()->item(1, 4)->text(), RowCountsView::tr("yes"));
    EXPECT_TRUE(view->migrationsLabel()->text().contains(QStringLiteral("0002_orders")));
}

TEST_F(ResultViews, StepFourListsMigrationsAppliedAndToBeApplied)
{
    launch();
    finishStep(StepId::InstallNew);
    const qint64 session = m_controller->sessionId();
    // What step 4 records from the new version's `migrate --dry-run` on the restored database.
    m_controller->journal().setValue(session, SessionKey::kMigrationsListing,
                                     QStringLiteral("0001_initial.sql (already applied)\n"
                                                    "0002_orders.sql (already applied)\n"
                                                    "0003_loyalty.sql \u2714\n0004_reviews.sql \u2714"));
    m_controller->journal().setValue(
        session, SessionKey::kMigrationsPending,
        QStringLiteral("[\"0003_loyalty.sql \u2714\",\"0004_reviews.sql \u2714\"]"));
    finishStep(StepId::ImportBackup);

    auto* view = m_wizard->stepPage(StepId::ImportBackup)->findChild<RowCountsView*>();
    ASSERT_NE(view, nullptr);
    const QStringList lines = view->migrationsLabel()->text().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << view->migrationsLabel()->text().toStdString();
    EXPECT_EQ(lines[0], RowCountsView::tr("Migrations already applied: %1.")
                            .arg(QStringLiteral("0001_initial.sql, 0002_orders.sql")));
    EXPECT_EQ(lines[1], RowCountsView::tr("Migrations to be applied in step 5: %1.")
                            .arg(QStringLiteral("0003_loyalty.sql, 0004_reviews.sql")));
}

TEST_F(ResultViews, EveryStepPageSaysWhyAndGivesTips)
{
    launch();
    for (const StepInfo& info : stepCatalogue()) {
        StepPage* page = m_wizard->stepPage(info.id);
        ASSERT_NE(page->whyLabel(), nullptr);
        EXPECT_GT(page->whyLabel()->text().size(), 40) << "step " << stepNumber(info.id);
        ASSERT_NE(page->tipsLabel(), nullptr) << "step " << stepNumber(info.id) << " has no tips";
        EXPECT_GE(page->tipsLabel()->text().count(QStringLiteral("&bull;")), 2)
            << "step " << stepNumber(info.id);
    }
}

TEST_F(ResultViews, ManualChecksTickedByTheAdminGoToTheJournal)
{
    launch();
    finishStep(StepId::InstallNew);
    StepPage* page = m_wizard->stepPage(StepId::RunChecks);
    auto* manual = page->findChild<ManualChecks*>();
    ASSERT_NE(manual, nullptr);
    ASSERT_GE(manual->boxes().size(), 2);
    manual->boxes().at(0)->setChecked(true);
    QTest::mouseClick(manual->recordButton(), Qt::LeftButton);

    QList<CheckRecord> recorded;
    for (const CheckRecord& check : m_controller->journal().checks(m_controller->sessionId())) {
        if (check.kind == QStringLiteral("manual"))
            recorded.append(check);
    }
    ASSERT_EQ(recorded.size(), manual->boxes().size());
    EXPECT_TRUE(recorded.at(0).passed);
    EXPECT_FALSE(recorded.at(1).passed);
    auto* view = page->findChild<ChecksView*>();
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->table()->rowCount(), manual->boxes().size());
}

TEST_F(ResultViews, StepNineSaysWhatTheSwitchChanges)
{
    launch();
    auto* route = m_wizard->stepPage(StepId::RouteTraffic)->findChild<RouteView*>();
    ASSERT_NE(route, nullptr);
    const QString text = route->text();
    EXPECT_TRUE(text.contains(QStringLiteral("proxy.example.test")));
    EXPECT_TRUE(text.contains(QStringLiteral("/etc/nginx/conf.d/upstream.conf")));
    EXPECT_TRUE(text.contains(QStringLiteral("new.example.test")));
}

// Step 7's page lists the database checks of their last run (step 3's, which repeats step 1's) with each
// result and what it found; an earlier run's, step 1's and step 4's guard are not among them.
TEST_F(ResultViews, StepSevenListsTheLastDatabaseChecksWithTheirResults)
{
    launch();
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Running)); // the session begins
    const qint64 session = m_controller->sessionId();
    const auto record = [&](StepId step, const QString& name, bool passed, const QString& detail,
                            const QString& kind = QStringLiteral("database")) {
        m_controller->journal().recordCheck(
            session, {0, step, name, kind, passed, detail, QDateTime::currentDateTimeUtc()});
    };
    record(StepId::InstallNew, QStringLiteral("pg_restore on new can read old's dumps"), false,
           QStringLiteral("On new pg_restore is 15.6, older than pg_dump 16.2"));
    record(StepId::InstallNew, QStringLiteral("Port 8081 is free on new"), true,
           QStringLiteral("nothing listens"), QStringLiteral("port"));
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Done, QStringLiteral("ready")));
    finishStep(StepId::CopyConfig);
    ASSERT_TRUE(m_controller->setStepState(StepId::RehearsalBackup, StepState::Running));
    record(StepId::RehearsalBackup, QStringLiteral("The clocks of old and new agree"), false,
           QStringLiteral("7.2 s apart"));
    ASSERT_TRUE(
        m_controller->setStepState(StepId::RehearsalBackup, StepState::Failed, QStringLiteral("refused")));
    QTest::qWait(5); // the next run starts later than the last check of this one
    ASSERT_TRUE(m_controller->setStepState(StepId::RehearsalBackup, StepState::Running));
    record(StepId::RehearsalBackup, QStringLiteral("The clocks of old and new agree"), true,
           QStringLiteral("0.03 s apart"));
    record(StepId::RehearsalBackup, QStringLiteral("The roles the dump names exist on new"), false,
           QStringLiteral("On new the role(s) demo do not exist"));
    ASSERT_TRUE(
        m_controller->setStepState(StepId::RehearsalBackup, StepState::Failed, QStringLiteral("refused")));
    ASSERT_TRUE(m_controller->setStepState(StepId::ImportBackup, StepState::Running));
    record(StepId::ImportBackup, QStringLiteral("Old and new are different database servers"), true,
           QStringLiteral("guard of step 4"));
    ASSERT_TRUE(m_controller->setStepState(StepId::ImportBackup, StepState::Done));

    auto* page = qobject_cast<StopBothPage*>(m_wizard->stepPage(StepId::StopBoth));
    ASSERT_NE(page, nullptr);
    page->initializePage();
    const QString text = page->tradeoffs()->databaseChecksLabel()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("step 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(
        TradeoffsPanel::tr("passed – %1: %2")
            .arg(QStringLiteral("The clocks of old and new agree"), QStringLiteral("0.03 s apart"))
            .toHtmlEscaped()))
        << text.toStdString();
    EXPECT_TRUE(text.contains(TradeoffsPanel::tr("FAILED – %1: %2")
                                  .arg(QStringLiteral("The roles the dump names exist on new"),
                                       QStringLiteral("On new the role(s) demo do not exist"))
                                  .toHtmlEscaped()))
        << text.toStdString();
    EXPECT_TRUE(
        text.contains(TradeoffsPanel::tr("%n failed – run that step again once they are fixed.", nullptr, 1)))
        << text.toStdString();
    for (const QString& absent : {QStringLiteral("7.2 s apart"), QStringLiteral("pg_restore"),
                                  QStringLiteral("nothing listens"), QStringLiteral("guard of step 4")})
        EXPECT_FALSE(text.contains(absent)) << absent.toStdString() << " in " << text.toStdString();
}
