// The widgets that colour text themselves (step states in the side panel, on the step page and in the
// summary, failed checks, differing row counts, the configuration diff's highlight) stay readable in a light
// and in a dark palette: WCAG's contrast ratio of at least 4.5 between the text and what it is drawn on.
#include "DarkPalette.h"
#include "WizardFixture.h"

#include "ConfigPage.h"
#include "ResultViews.h"
#include "StepListPanel.h"
#include "StepPage.h"
#include "SummaryPage.h"
#include "journal/SessionValues.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleFactory>
#include <QTableWidget>

#include <cmath>

using namespace puw;
using puw::test::wcagContrast;
using puw::test::WizardFixture;

namespace {
// A translucent colour as it shows over an opaque one.
QColor over(const QColor& top, const QColor& bottom)
{
    const double a = top.alphaF();
    return QColor::fromRgbF(float(top.redF() * a + bottom.redF() * (1 - a)),
                            float(top.greenF() * a + bottom.greenF() * (1 - a)),
                            float(top.blueF() * a + bottom.blueF() * (1 - a)));
}

constexpr double kReadable = 4.5; // WCAG AA for ordinary text

class PaletteContrast : public WizardFixture, public ::testing::WithParamInterface<bool> {
protected:
    void SetUp() override
    {
        WizardFixture::SetUp();
        m_style = QApplication::style()->name();
        m_palette = QApplication::palette();
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(GetParam() ? test::darkFusionPalette()
                                            : QApplication::style()->standardPalette());
    }
    void TearDown() override
    {
        WizardFixture::TearDown();
        QApplication::setStyle(QStyleFactory::create(m_style));
        QApplication::setPalette(m_palette);
    }

    // The journal of an upgrade that met every state and a few problems.
    void fillJournal()
    {
        finishStep(StepId::InstallNew);
        ASSERT_TRUE(m_controller->skipStep(StepId::CopyConfig));
        finishStep(StepId::RehearsalBackup);
        const qint64 session = m_controller->sessionId();
        Journal& journal = m_controller->journal();
        journal.setValue(session, SessionKey::kRowCountsOld, QStringLiteral(R"({"orders": 10})"));
        journal.setValue(session, SessionKey::kRowCountsNew, QStringLiteral(R"({"orders": 9})"));
        finishStep(StepId::ImportBackup, StepState::Failed, QStringLiteral("a table differs"));
        CheckRecord check;
        check.step = StepId::RunChecks;
        check.name = QStringLiteral("Front page");
        check.kind = QStringLiteral("http");
        check.passed = false;
        check.detail = QStringLiteral("HTTP 502");
        journal.recordCheck(session, check);
        ASSERT_TRUE(m_controller->setStepState(StepId::StartNew, StepState::Running));
        ASSERT_TRUE(m_controller->setStepState(StepId::StartNew, StepState::Cancelled));
        ASSERT_TRUE(m_controller->setStepState(StepId::RunChecks, StepState::Running));
    }

    // Every text the wizard colours itself, against what it is drawn on.
    void expectReadableColours();

    QString m_style;
    QPalette m_palette;
};
} // namespace

TEST_P(PaletteContrast, ColouredTextStaysReadable)
{
    launch();
    fillJournal();
    expectReadableColours();
}

// The desktop switches between light and dark while the wizard is open.
TEST_P(PaletteContrast, ColouredTextFollowsAPaletteSwitchedWhileOpen)
{
    QApplication::setPalette(GetParam() ? QApplication::style()->standardPalette()
                                        : test::darkFusionPalette());
    launch();
    fillJournal();
    QApplication::setPalette(GetParam() ? test::darkFusionPalette()
                                        : QApplication::style()->standardPalette());
    QApplication::processEvents(); // the widgets learn of the new palette through events
    ASSERT_EQ(m_wizard->stepListPanel()->list()->palette().color(QPalette::Base),
              QApplication::palette().color(QPalette::Base));
    expectReadableColours();
}

void PaletteContrast::expectReadableColours()
{

    // The side panel: every state's colour on the list's background.
    QListWidget* list = m_wizard->stepListPanel()->list();
    const QColor listBase = list->palette().color(QPalette::Base);
    for (const StepInfo& info : stepCatalogue()) {
        const QColor text = m_wizard->stepListPanel()->item(info.id)->foreground().color();
        EXPECT_GE(wcagContrast(text, listBase), kReadable)
            << "side panel, step " << stepNumber(info.id) << ": " << text.name().toStdString() << " on "
            << listBase.name().toStdString();
    }
    // The state on each step page.
    for (const StepInfo& info : stepCatalogue()) {
        StepPage* page = m_wizard->stepPage(info.id);
        const QPalette palette = page->stateLabel()->palette();
        EXPECT_GE(wcagContrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)),
                  kReadable)
            << "state on the page of step " << stepNumber(info.id);
    }
    // The summary's state column.
    SummaryPage* summary = m_wizard->summaryPage();
    const QColor tableBase = summary->table()->palette().color(QPalette::Base);
    for (int row = 0; row < summary->table()->rowCount(); ++row) {
        const QTableWidgetItem* state = summary->table()->item(row, SummaryPage::StateColumn);
        const QColor text = state->foreground().style() == Qt::NoBrush
                                ? summary->table()->palette().color(QPalette::Text)
                                : state->foreground().color();
        EXPECT_GE(wcagContrast(text, tableBase), kReadable) << "summary, row " << row;
    }
    // A failed check and a table whose counts differ.
    auto* checks = m_wizard->stepPage(StepId::RunChecks)->findChild<ChecksView*>();
    ASSERT_NE(checks, nullptr);
    ASSERT_EQ(checks->table()->rowCount(), 1);
    EXPECT_GE(wcagContrast(checks->table()->item(0, 2)->foreground().color(), tableBase), kReadable)
        << "a FAILED check";
    auto* counts = m_wizard->stepPage(StepId::ImportBackup)->findChild<RowCountsView*>();
    ASSERT_NE(counts, nullptr);
    ASSERT_EQ(counts->table()->rowCount(), 1);
    EXPECT_GE(wcagContrast(counts->table()->item(0, 3)->foreground().color(), tableBase), kReadable)
        << "a row count that differs";
}

TEST_P(PaletteContrast, ConfigurationDiffHighlightKeepsTheTextReadable)
{
    launch();
    finishStep(StepId::InstallNew);
    const QString oldCopy = m_dir.filePath(QStringLiteral("old.conf"));
    const QString newCopy = m_dir.filePath(QStringLiteral("new.conf"));
    QFile oldFile(oldCopy);
    ASSERT_TRUE(oldFile.open(QIODevice::WriteOnly));
    oldFile.write("[tuning]\nworkers=16\n");
    oldFile.close();
    QFile newFile(newCopy);
    ASSERT_TRUE(newFile.open(QIODevice::WriteOnly));
    newFile.write("[tuning]\nworkers=4\n");
    newFile.close();
    m_controller->journal().setValue(
        m_controller->sessionId(), SessionKey::kConfigCompared,
        QStringLiteral(
            R"([{"path": "/etc/demo/demo.conf", "same": false, "oldCopy": "%1", "newCopy": "%2"}])")
            .arg(oldCopy, newCopy));
    auto* page = qobject_cast<ConfigPage*>(m_wizard->stepPage(StepId::CopyConfig));
    ASSERT_NE(page, nullptr);
    page->loadComparison();
    const QList<QTextEdit::ExtraSelection> marks = page->resultView()->extraSelections();
    ASSERT_FALSE(marks.isEmpty()) << "the differing line is highlighted";
    const QPalette palette = page->resultView()->palette();
    // The row's tint, and the changed words' stronger one over it.
    const QColor row = over(marks.first().format.background().color(), palette.color(QPalette::Base));
    for (const QTextEdit::ExtraSelection& mark : marks) {
        const bool fullRow = mark.format.property(QTextFormat::FullWidthSelection).toBool();
        const QColor background = fullRow ? row : over(mark.format.background().color(), row);
        EXPECT_GE(wcagContrast(palette.color(QPalette::Text), background), kReadable)
            << "highlighted " << (fullRow ? "line: " : "word: ")
            << palette.color(QPalette::Text).name().toStdString() << " on "
            << background.name().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(LightAndDark, PaletteContrast, ::testing::Values(false, true),
                         [](const ::testing::TestParamInfo<bool>& info) {
                             return info.param ? std::string("Dark") : std::string("Light");
                         });
