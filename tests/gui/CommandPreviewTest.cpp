// "Show the commands" on a step page, over a real engine whose hosts refuse connections: the list holds
// each command the step would run and the host it runs on, before Run is pressed, and making it runs
// nothing, asks nothing, records nothing and changes no state.
#include "RunFixture.h"

#include "CommandPreviewPanel.h"
#include "InstallNewPage.h"
#include "StepPage.h"
#include "StepRunPanel.h"
#include "jobs/shared/MissingRoles.h"
#include "journal/SessionValues.h"

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace puw;
using puw::test::RunFixture;

using CommandPreview = RunFixture;

namespace {
// Presses "Show the commands" and waits for the list; returns its text.
QString showCommands(StepPage& page, StepRunner& runner)
{
    CommandPreviewPanel* preview = page.runPanel()->commandPreview();
    QSignalSpy listed(&runner, &StepRunner::stepPreviewed);
    EXPECT_TRUE(preview->showButton()->isEnabled());
    QTest::mouseClick(preview->showButton(), Qt::LeftButton);
    EXPECT_TRUE(listed.wait(10000)) << "no preview came back";
    EXPECT_TRUE(preview->commandList()->isVisible());
    return preview->commandList()->toPlainText();
}
} // namespace

TEST_F(CommandPreview, StepThreeListsTheBackupCommandsOnOldWithoutRunningThem)
{
    launchWithRunner();
    settleThrough(StepId::CopyConfig);
    StepPage* page = showStep(StepId::RehearsalBackup);
    ASSERT_NE(page, nullptr);
    const qsizetype recordedBefore = m_controller->journal().commands(m_controller->sessionId()).size();

    const QString list = showCommands(*page, *m_runner);
    EXPECT_TRUE(list.contains(QStringLiteral("old $ "))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("pg_dump")) || list.contains(QStringLiteral("mysqldump")))
        << list.toStdString();
    EXPECT_TRUE(list.trimmed().startsWith(QStringLiteral("1  ")))
        << "numbered in the order they run: " << list.toStdString();
    // The hosts refuse every connection: a list that came back means nothing tried to reach them.
    EXPECT_EQ(m_controller->journal().commands(m_controller->sessionId()).size(), recordedBefore);
    EXPECT_EQ(m_controller->step(StepId::RehearsalBackup).state, StepState::Pending);
    EXPECT_TRUE(page->runPanel()->runButton()->isEnabled());
    EXPECT_FALSE(page->runPanel()->commandPreview()->noteLabel()->text().isEmpty());

    // Pressed again, the list goes away.
    QTest::mouseClick(page->runPanel()->commandPreview()->showButton(), Qt::LeftButton);
    EXPECT_FALSE(page->runPanel()->commandPreview()->commandList()->isVisible());
}

TEST_F(CommandPreview, StepSevenListsTheStopsOnBothHostsWithoutAskingOrStartingTheDowntime)
{
    launchWithRunner();
    settleThrough(StepId::RunChecks);
    StepPage* page = showStep(StepId::StopBoth);
    ASSERT_NE(page, nullptr);

    const QString list = showCommands(*page, *m_runner);
    EXPECT_TRUE(list.contains(QStringLiteral("old $ "))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("new $ "))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("systemctl"))) << list.toStdString();
    EXPECT_TRUE(m_questions.isEmpty()) << "a preview asks no confirmation";
    EXPECT_EQ(m_controller->step(StepId::StopBoth).state, StepState::Pending);
    EXPECT_TRUE(
        m_controller->journal().value(m_controller->sessionId(), SessionKey::kDowntimeStartedAt).isEmpty());
}

TEST_F(CommandPreview, TheListIsNumberedAndSaysWhenAStepRunsNothing)
{
    StepPreview preview;
    EXPECT_EQ(CommandPreviewPanel::describe(preview),
              CommandPreviewPanel::tr("This step runs no command on the hosts."));
    for (int index = 0; index < 10; ++index) {
        CommandRecord command;
        command.host = index < 9 ? QStringLiteral("old") : QStringLiteral("new");
        command.command = QStringLiteral("true %1").arg(index);
        preview.commands.append(command);
    }
    const QStringList lines = CommandPreviewPanel::describe(preview).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 10);
    EXPECT_EQ(lines.first(), QStringLiteral(" 1  old $ true 0"));
    EXPECT_EQ(lines.last(), QStringLiteral("10  new $ true 9"));
}

TEST_F(CommandPreview, StepOneOffersToCreateMissingRolesOnlyAfterItsRolesCheckFailed)
{
    launchWithRunner();
    auto* page = qobject_cast<InstallNewPage*>(showStep(StepId::InstallNew));
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->createRolesBox()->isHidden()) << "nothing is missing yet: nothing is offered";
    const QString plain = showCommands(*page, *m_runner);
    const QString oldAsSuperuser = QStringLiteral("old $ sudo 'runuser' '-u' 'postgres'");
    EXPECT_FALSE(plain.contains(oldAsSuperuser)) << plain.toStdString();
    QTest::mouseClick(page->runPanel()->commandPreview()->showButton(), Qt::LeftButton);

    // Step 1 ran and refused: the roles old's database names are missing on new.
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Running));
    ASSERT_GT(m_controller->journal().recordCheck(
                  m_controller->sessionId(),
                  {0, StepId::InstallNew, MissingRoles::checkName(), QStringLiteral("database"), false,
                   QStringLiteral("On new the role(s) demo do not exist"), QDateTime::currentDateTimeUtc()}),
              0);
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Failed, QStringLiteral("refused")));
    ASSERT_FALSE(page->createRolesBox()->isHidden());
    EXPECT_FALSE(page->createRolesBox()->isChecked()) << "nothing is created unless the admin asks";
    page->createRolesBox()->setChecked(true);
    const QString creating = showCommands(*page, *m_runner);
    // Old's definitions are read as old's superuser (who may read the password hashes), then run on new.
    EXPECT_TRUE(creating.contains(oldAsSuperuser)) << creating.toStdString();
    EXPECT_EQ(creating.count(QLatin1Char('\n')), plain.count(QLatin1Char('\n')) + 3)
        << "old's roles listed, their definitions read, then created on new, before the checks\n"
        << creating.toStdString();
    EXPECT_EQ(m_controller->step(StepId::InstallNew).state, StepState::Failed) << "a preview runs nothing";
}
