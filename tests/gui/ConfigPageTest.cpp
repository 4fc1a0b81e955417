// Step 2: the files compared on both hosts, a checkbox per file, old beside new with the differences
// marked, and the ticked files as the run's choice.
#include "RunFixture.h"
#include "WizardFixture.h"

#include "ConfigPage.h"
#include "journal/SessionValues.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace puw;
using puw::test::WizardFixture;

using ConfigPageTest = WizardFixture;
using ConfigCompare = puw::test::RunFixture;

namespace {
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
    EXPECT_TRUE(page->oldView()->toPlainText().contains(QStringLiteral("mail=on")));
    EXPECT_TRUE(page->newView()->toPlainText().contains(QStringLiteral("mail=off")));
    // Only "mail=..." differs; the empty last line and port=8080 are on both sides.
    EXPECT_EQ(page->oldView()->extraSelections().size(), 1);
    EXPECT_EQ(page->newView()->extraSelections().size(), 1);

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

    for (QPlainTextEdit* view : {page->oldView(), page->newView()}) {
        const QString shown = view->toPlainText();
        EXPECT_FALSE(shown.contains(QStringLiteral("S3cret"))) << shown.toStdString();
        EXPECT_FALSE(shown.contains(QStringLiteral("abc123"))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(QStringLiteral("password=")));
        EXPECT_TRUE(shown.contains(QStringLiteral("name=demo")));
        // The passwords differ although both show the same mask: that line alone is marked.
        ASSERT_EQ(view->extraSelections().size(), 1);
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
