#include "ConfigPage.h"

#include "LogView.h"
#include "StepRunPanel.h"
#include "UpgradeWizard.h"
#include "jobs/StepOptions.h"
#include "jobs/StepRunner.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QEvent>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>
#include <QVBoxLayout>

namespace puw {

namespace {
constexpr int kOldCopyRole = Qt::UserRole + 1;
constexpr int kNewCopyRole = Qt::UserRole + 2;

QPlainTextEdit* fileView(const QString& accessibleName, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setAccessibleName(accessibleName);
    view->setTabChangesFocus(true);
    view->setMinimumHeight(view->fontMetrics().height() * 9); // enough lines to compare
    return view;
}

QString readCopy(const QString& path)
{
    if (path.isEmpty())
        return ConfigPage::tr("(not on this host)");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ConfigPage::tr("(the local copy %1 cannot be read)").arg(path);
    return QString::fromUtf8(file.read(2 * 1024 * 1024));
}

// Configuration files hold the application's own passwords: the views show "password=•••" so that
// nothing secret is on screen (or in a screenshot). The comparison is made on the real lines, so a
// changed password is still marked as a difference.
QString masked(const QString& line)
{
    static const QRegularExpression secretSetting(
        QStringLiteral(
            R"(^(\s*[\w.\-]*(pass(word|wd)?|secret|token|api[_\-]?key|private[_\-]?key|credential)[\w.\-]*\s*[=:]\s*)\S.*$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = secretSetting.match(line);
    return match.hasMatch() ? match.captured(1) + QStringLiteral("•••") : line;
}

// Shows a file's lines (secrets masked) and marks those the other side does not have.
void showLines(QPlainTextEdit* view, const QStringList& lines, const QSet<QString>& otherLines,
               const QColor& colour)
{
    QStringList shown;
    shown.reserve(lines.size());
    for (const QString& line : lines)
        shown.append(masked(line));
    view->setPlainText(shown.join(QLatin1Char('\n')));
    QList<QTextEdit::ExtraSelection> marks;
    int index = 0;
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next(), ++index) {
        if (index >= lines.size() || otherLines.contains(lines.at(index)))
            continue;
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(block);
        mark.format.setBackground(colour);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        marks.append(mark);
    }
    view->setExtraSelections(marks);
}

QSet<QString> setOf(const QStringList& lines)
{
    return QSet<QString>(lines.begin(), lines.end());
}
} // namespace

ConfigPage::ConfigPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::CopyConfig, controller, parent)
{
    m_compare = new QPushButton(tr("Co&mpare the files"), this);
    m_compare->setAccessibleName(tr("Compare the configuration files of old and new"));
    m_compare->setToolTip(tr("Reads the files on both hosts and changes nothing."));
    m_compare->setVisible(false);     // needs the engine
    m_comparison = new QWidget(this); // shown once a comparison is in the journal
    m_comparison->setAccessibleName(tr("Old and new configuration files"));
    auto* caption = new QLabel(tr("Files to copy (tick the ones the new installation needs):"), m_comparison);
    m_files = new QListWidget(m_comparison);
    m_files->setAccessibleName(tr("Configuration files, ticked to be copied"));
    m_files->setMaximumHeight(fontMetrics().height() * 5);
    caption->setBuddy(m_files);
    m_old = fileView(tr("The file on the old host"), m_comparison);
    m_new = fileView(tr("The file on the new host"), m_comparison);
    auto* sides = new QHBoxLayout;
    sides->addWidget(m_old);
    sides->addWidget(m_new);
    auto* layout = new QVBoxLayout(m_comparison);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_files);
    layout->addLayout(sides, 1);
    workArea()->addWidget(m_compare);
    workArea()->addWidget(m_comparison, 1);
    connect(m_files, &QListWidget::currentItemChanged, this, &ConfigPage::showFile);
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (step == StepId::CopyConfig)
            loadComparison();
    });
    connect(controller, &SessionController::sessionChanged, this, &ConfigPage::loadComparison);
    loadComparison();
}

void ConfigPage::runnerAttached()
{
    // The two files side by side matter more here than the log under them: the log keeps a few lines
    // and the rest of the height goes to the files.
    workArea()->setStretchFactor(m_comparison, 3);
    runPanel()->logView()->setMaximumHeight(runPanel()->logView()->minimumHeight());
    m_compare->setVisible(true);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        runPanel()->runWith({{StepOption::kCompareOnly, true}});
    });
    if (auto* owner = qobject_cast<UpgradeWizard*>(wizard()))
        connect(owner, &UpgradeWizard::busyChanged, this, &ConfigPage::updateCompareButton);
    updateCompareButton();
}

void ConfigPage::updateCompareButton()
{
    const StepState state = controller()->step(StepId::CopyConfig).state;
    m_compare->setEnabled(!wizardBusy() && isAllowedTransition(state, StepState::Running));
}

void ConfigPage::loadComparison()
{
    m_files->clear();
    m_compared = false;
    if (controller()->hasSession()) {
        const QString json =
            controller()->journal().value(controller()->sessionId(), SessionKey::kConfigCompared);
        for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array()) {
            const QJsonObject file = value.toObject();
            const bool same = file.value(QStringLiteral("same")).toBool();
            //: a configuration file in the list; %1: its path
            auto* item = new QListWidgetItem(
                same ? tr("%1 (same on both)").arg(file.value(QStringLiteral("path")).toString())
                     : tr("%1 (differs)").arg(file.value(QStringLiteral("path")).toString()),
                m_files);
            item->setData(Qt::UserRole, file.value(QStringLiteral("path")).toString());
            item->setData(kOldCopyRole, file.value(QStringLiteral("oldCopy")).toString());
            item->setData(kNewCopyRole, file.value(QStringLiteral("newCopy")).toString());
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(same ? Qt::Unchecked : Qt::Checked);
            m_compared = true;
        }
    }
    m_comparison->setVisible(m_compared);
    if (m_files->count() > 0)
        m_files->setCurrentRow(0);
    else
        showFile();
    if (runPanel())
        updateCompareButton();
}

void ConfigPage::changeEvent(QEvent* event)
{
    StepPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showFile();
}

void ConfigPage::showFile()
{
    const QListWidgetItem* item = m_files->currentItem();
    const QStringList oldLines =
        (item ? readCopy(item->data(kOldCopyRole).toString()) : QString()).split(QLatin1Char('\n'));
    const QStringList newLines =
        (item ? readCopy(item->data(kNewCopyRole).toString()) : QString()).split(QLatin1Char('\n'));
    // Colours that read in light and dark palettes: a tint of the highlight colour.
    QColor removed = palette().color(QPalette::Highlight);
    removed.setAlpha(70);
    showLines(m_old, oldLines, setOf(newLines), removed);
    showLines(m_new, newLines, setOf(oldLines), removed);
}

QStringList ConfigPage::chosenFiles() const
{
    QStringList files;
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->checkState() == Qt::Checked)
            files.append(m_files->item(row)->data(Qt::UserRole).toString());
    }
    return files;
}

std::optional<QVariantMap> ConfigPage::runOptions()
{
    // Before a comparison the job copies every file that differs.
    if (!m_compared)
        return QVariantMap{};
    return QVariantMap{{StepOption::kFiles, chosenFiles()}};
}

} // namespace puw
