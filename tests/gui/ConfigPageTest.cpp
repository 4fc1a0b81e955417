// Step 2: the files compared on both hosts, a checkbox per file, old beside new with the differences
// marked, and the ticked files as the run's choice.
#include "RunFixture.h"
#include "WizardFixture.h"

#include "ConfigPage.h"
#include "journal/SessionValues.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

#include "ConfigDiffView.h"
#include "UpgradeWizard.h"

using namespace puw;
using puw::test::WizardFixture;

using ConfigPageTest = WizardFixture;
using ConfigCompare = puw::test::RunFixture;

namespace {
// The rows marked as changed (the changed words inside them are marked too, apart).
int markedRows(const QPlainTextEdit* view)
{
    int rows = 0;
    for (const QTextEdit::ExtraSelection& mark : view->extraSelections())
        rows += mark.format.property(QTextFormat::FullWidthSelection).toBool() ? 1 : 0;
    return rows;
}

QString writeCopy(const QString& path, const QByteArray& content)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}
} // namespace

TEST_F(ConfigPageTest, ListsTheFilesTicksThoseThatDifferAndMarksTheDifferingLines)
{
    launch();
    finishStep(StepId::InstallNew);
    auto* page = qobject_cast<ConfigPage*>(m_wizard->stepPage(StepId::CopyConfig));
    ASSERT_NE(page, nullptr);
    const QString oldCopy = writeCopy(m_dir.filePath(QStringLiteral("old-app.conf")), "port=8080\nmail=on\n");
    const QString newCopy =
        writeCopy(m_dir.filePath(QStringLiteral("new-app.conf")), "port=8080\nmail=off\n");
    const QString same = writeCopy(m_dir.filePath(QStringLiteral("same.conf")), "x=1\n");
    const QJsonArray compared{QJsonObject{{QStringLiteral("path"), QStringLiteral("/etc/app/app.conf")},
                                          {QStringLiteral("same"), false},
                                          {QStringLiteral("oldCopy"), oldCopy},
                                          {QStringLiteral("newCopy"), newCopy}},
                              QJsonObject{{QStringLiteral("path"), QStringLiteral("/etc/app/same.conf")},
                                          {QStringLiteral("same"), true},
                                          {QStringLiteral("oldCopy"), same},
                                          {QStringLiteral("newCopy"), same}}};
    m_controller->journal().setValue(m_controller->sessionId(), SessionKey::kConfigCompared,
                                     QString::fromUtf8(QJsonDocument(compared).toJson()));
    page->loadComparison();

    ASSERT_EQ(page->fileList()->count(), 2);
    EXPECT_EQ(page->fileList()->item(0)->checkState(), Qt::Checked);
    EXPECT_EQ(page->fileList()->item(1)->checkState(), Qt::Unchecked);
    EXPECT_EQ(page->chosenFiles(), QStringList{QStringLiteral("/etc/app/app.conf")});
    // Without a shipped default, what is written is old's file (as copying always did).
    EXPECT_TRUE(page->resultView()->toPlainText().contains(QStringLiteral("mail=on")));
    EXPECT_TRUE(page->newView()->toPlainText().contains(QStringLiteral("mail=off")));
    // Only "mail=..." differs; the empty last line and port=8080 are on both sides.
    EXPECT_EQ(markedRows(page->resultView()), 1);
    EXPECT_EQ(markedRows(page->newView()), 1);

    page->fileList()->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(page->chosenFiles().size(), 2);
}

TEST_F(ConfigPageTest, PasswordsInTheFilesAreMaskedButAChangedOneIsStillMarked)
{
    launch();
    finishStep(StepId::InstallNew);
    auto* page = qobject_cast<ConfigPage*>(m_wizard->stepPage(StepId::CopyConfig));
    ASSERT_NE(page, nullptr);
    const QString oldCopy = writeCopy(m_dir.filePath(QStringLiteral("old.conf")),
                                      "[database]\npassword=Old-S3cret\napi_key: abc123\nname=demo\n");
    const QString newCopy = writeCopy(m_dir.filePath(QStringLiteral("new.conf")),
                                      "[database]\npassword=New-S3cret\napi_key: abc123\nname=demo\n");
    const QJsonArray compared{QJsonObject{{QStringLiteral("path"), QStringLiteral("/etc/app/app.conf")},
                                          {QStringLiteral("same"), false},
                                          {QStringLiteral("oldCopy"), oldCopy},
                                          {QStringLiteral("newCopy"), newCopy}}};
    m_controller->journal().setValue(m_controller->sessionId(), SessionKey::kConfigCompared,
                                     QString::fromUtf8(QJsonDocument(compared).toJson()));
    page->loadComparison();

    for (QPlainTextEdit* view : {page->resultView(), page->newView()}) {
        const QString shown = view->toPlainText();
        EXPECT_FALSE(shown.contains(QStringLiteral("S3cret"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("abc123"))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("password=")));
        EXPECT_TRUE(shown.contains(QStringLiteral("name=demo")));
        // The passwords differ although both show the same mask: that line alone is marked.
        ASSERT_EQ(markedRows(view), 1);
        EXPECT_EQ(view->extraSelections().first().cursor.block().text(), QStringLiteral("password=•••"));
    }
}

TEST_F(ConfigCompare, CompareRunsTheStepReadOnly)
{
    launchWithRunner();
    auto* page = qobject_cast<ConfigPage*>(m_wizard->stepPage(StepId::CopyConfig));
    ASSERT_NE(page, nullptr);
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Running));
    ASSERT_TRUE(m_controller->setStepState(StepId::InstallNew, StepState::Done));
    ASSERT_EQ(showStep(StepId::CopyConfig), page);
    ASSERT_TRUE(page->compareButton()->isVisible());
    ASSERT_TRUE(page->compareButton()->isEnabled());
    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    QTest::mouseClick(page->compareButton(), Qt::LeftButton);
    EXPECT_EQ(m_runner->runningStep(), std::optional(StepId::CopyConfig));
    EXPECT_FALSE(page->compareButton()->isEnabled());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(page->compareButton()->isEnabled());
}

// A three-way merge with a conflict: the admin made workers 16 on old, version 2 ships 8 where version 1
// shipped 4. The page shows new's file beside what will be written, lists the changes, and the admin
// resolves the conflict with the keyboard alone; the run carries the choice.
TEST_F(ConfigPageTest, AConflictIsResolvedWithTheKeyboardAndTheChoiceIsRun)
{
    launch();
    finishStep(StepId::InstallNew);
    auto* page = qobject_cast<ConfigPage*>(m_wizard->stepPage(StepId::CopyConfig));
    ASSERT_NE(page, nullptr);
    const QByteArray oldDefault =
        "[site]\nname=Demo shop\n\n[database]\npassword=shipped\n\n[tuning]\nworkers=4\n";
    const QByteArray oldFile =
        "[site]\nname=Bakery\n\n[database]\npassword=Old-S3cret\n\n[tuning]\nworkers=16\n";
    const QByteArray newDefault =
        "[site]\nname=Demo "
        "shop\n\n[database]\npassword=shipped\n\n[tuning]\nworkers=8\n\n[features]\nreviews=true\n";
    const QJsonArray compared{QJsonObject{
        {QStringLiteral("path"), QStringLiteral("/etc/demo/demo.conf")},
        {QStringLiteral("same"), false},
        {QStringLiteral("oldCopy"), writeCopy(m_dir.filePath(QStringLiteral("old.conf")), oldFile)},
        {QStringLiteral("newCopy"), writeCopy(m_dir.filePath(QStringLiteral("new.conf")), newDefault)},
        {QStringLiteral("oldDefaultCopy"),
         writeCopy(m_dir.filePath(QStringLiteral("old.default")), oldDefault)},
        {QStringLiteral("newDefaultCopy"),
         writeCopy(m_dir.filePath(QStringLiteral("new.default")), newDefault)}}};
    m_controller->journal().setValue(m_controller->sessionId(), SessionKey::kConfigCompared,
                                     QString::fromUtf8(QJsonDocument(compared).toJson()));
    page->loadComparison();
    // The wizard on step 2's page, its window active, as an admin sees it.
    while (m_wizard->currentId() < UpgradeWizard::pageIdOf(StepId::CopyConfig) &&
           m_wizard->currentId() >= 0) {
        const int before = m_wizard->currentId();
        m_wizard->next();
        ASSERT_NE(m_wizard->currentId(), before) << "the wizard does not reach step 2's page";
    }
    m_wizard->resize(1100, 900);
    m_wizard->show();
    m_wizard->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_wizard.get()));

    // Unresolved: nothing is proposed for writing, the conflict says so, no secret is on screen.
    EXPECT_TRUE(page->resultView()->toPlainText().contains(QStringLiteral("configConflicts")))
        << page->resultView()->toPlainText().toStdString();
    QStringList changes;
    for (int row = 0; row < page->changeList()->count(); ++row)
        changes.append(page->changeList()->item(row)->text());
    int conflict = -1;
    for (int row = 0; row < changes.size() && conflict < 0; ++row)
        conflict = changes.at(row).contains(QRegularExpression(QStringLiteral("conflict.*CHOOSE A SIDE")))
                       ? row
                       : -1;
    ASSERT_GE(conflict, 0) << changes.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(changes.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("changed by the admin on old; old's is written")));
    for (QPlainTextEdit* view : {page->resultView(), page->newView()})
        EXPECT_FALSE(view->toPlainText().contains(QStringLiteral("S3cret")));

    // The keyboard alone: to the list of changes, down to the conflict, O takes old's.
    page->changeList()->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->changeList()->hasFocus(); }));
    QTest::keyClick(page->changeList(), Qt::Key_Home);
    for (int row = 0; row < conflict; ++row)
        QTest::keyClick(page->changeList(), Qt::Key_Down);
    ASSERT_EQ(page->changeList()->currentRow(), conflict);
    QTest::keyClick(page->changeList(), Qt::Key_O);
    const QString written = page->resultView()->toPlainText();
    EXPECT_TRUE(written.contains(QStringLiteral("workers=16"))) << written.toStdString();
    EXPECT_TRUE(written.contains(QStringLiteral("name=Bakery"))) << written.toStdString();
    EXPECT_TRUE(written.contains(QStringLiteral("reviews=true"))) << written.toStdString();
    EXPECT_FALSE(written.contains(QStringLiteral("S3cret"))) << "secrets stay masked";
    EXPECT_TRUE(page->changeList()->item(conflict)->text().contains(QStringLiteral("old's is written")));
    EXPECT_TRUE(page->changeList()->hasFocus()) << "the choice leaves the focus where it was";

    // Next and previous change by keyboard (F8, Shift+F8): the views move to a changed row.
    QTest::keyClick(page->changeList(), Qt::Key_F8);
    const int first = page->diffView()->currentRow();
    EXPECT_GE(first, 0);
    QTest::keyClick(page->changeList(), Qt::Key_F8);
    EXPECT_GT(page->diffView()->currentRow(), first);
    QTest::keyClick(page->changeList(), Qt::Key_F8, Qt::ShiftModifier);
    EXPECT_EQ(page->diffView()->currentRow(), first);
    EXPECT_EQ(page->newView()->textCursor().blockNumber(), first);
    QDir().mkpath(QStringLiteral("screenshots/config"));
    EXPECT_TRUE(page->grab().save(QStringLiteral("screenshots/config/step2-conflict-resolved.png")));

    // N keeps new's instead, and the run carries the choice per change.
    QTest::keyClick(page->changeList(), Qt::Key_N);
    EXPECT_TRUE(page->resultView()->toPlainText().contains(QStringLiteral("workers=8")));
    const std::optional<QVariantMap> options = page->runOptionsForTest();
    ASSERT_TRUE(options);
    const QVariantList sides = options->value(QStringLiteral("choices"))
                                   .toMap()
                                   .value(QStringLiteral("/etc/demo/demo.conf"))
                                   .toList();
    ASSERT_GT(sides.size(), conflict);
    EXPECT_EQ(sides.at(conflict).toString(), QStringLiteral("new"));
}
