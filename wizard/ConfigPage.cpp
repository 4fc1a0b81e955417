#include "ConfigPage.h"

#include "ConfigDiffView.h"
#include "jobs/shared/ConfigMerge.h"

#include "LogView.h"
#include "StepRunPanel.h"
#include "UpgradeWizard.h"
#include "jobs/StepOptions.h"
#include "jobs/StepRunner.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QFile>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

namespace {
constexpr int kOldCopyRole = Qt::UserRole + 1;
constexpr int kNewCopyRole = Qt::UserRole + 2;
constexpr int kOldDefaultRole = Qt::UserRole + 3;
constexpr int kNewDefaultRole = Qt::UserRole + 4;

std::optional<QByteArray> readCopy(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.read(2 * 1024 * 1024);
}

QString changeLabel(const MergeHunk& hunk, Take taken, bool threeWay)
{
    QString kind;
    switch (hunk.kind) {
    case ChangeKind::CarriedFromOld:
        kind = ConfigPage::tr("changed by the admin on old");
        break;
    case ChangeKind::KeptFromNew:
        kind = ConfigPage::tr("changed by the new version");
        break;
    case ChangeKind::AddedByNew:
        kind = ConfigPage::tr("added by the new version");
        break;
    case ChangeKind::RemovedByNew:
        kind = ConfigPage::tr("removed by the new version");
        break;
    case ChangeKind::Conflict:
        kind = ConfigPage::tr("conflict: both changed it");
        break;
    case ChangeKind::Difference:
        kind = ConfigPage::tr("differs");
        break;
    }
    const QString side = taken == Take::Old   ? ConfigPage::tr("old's is written")
                         : taken == Take::New ? ConfigPage::tr("new's is written")
                                              : ConfigPage::tr("CHOOSE A SIDE");
    //: a change of the merge; %1: line in old's file, %2: line in %5, %3: what kind, %4: which side;
    //: %5: "the new default" or "new"
    return ConfigPage::tr("Old's line %1, %5's line %2: %3; %4")
        .arg(hunk.oldLine + 1)
        .arg(hunk.newLine + 1)
        .arg(kind, side, threeWay ? ConfigPage::tr("the new default") : ConfigPage::tr("new"));
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
    m_changes = new QListWidget(m_comparison);
    m_changes->setAccessibleName(tr("The changes of the merge, each with the side that is written"));
    m_changes->setMaximumHeight(fontMetrics().height() * 5);
    auto* changesCaption = new QLabel(tr("C&hanges (choose a side for each conflict):"), m_comparison);
    changesCaption->setBuddy(m_changes);
    m_takeOld = new QPushButton(tr("&Take old's"), m_comparison);
    m_takeOld->setAccessibleName(tr("Take the old host's lines for the selected change"));
    m_takeOld->setToolTip(tr("Writes the old host's lines for the selected change (O in the list)."));
    m_keepNew = new QPushButton(tr("Keep ne&w's"), m_comparison);
    m_keepNew->setAccessibleName(tr("Keep the new host's lines for the selected change"));
    m_keepNew->setToolTip(tr("Writes the new host's lines for the selected change (N in the list)."));
    m_changes->installEventFilter(this);
    m_diff = new ConfigDiffView(m_comparison);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_takeOld);
    choices->addWidget(m_keepNew);
    choices->addStretch(1);
    auto* layout = new QVBoxLayout(m_comparison);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(m_files);
    layout->addWidget(changesCaption);
    layout->addWidget(m_changes);
    layout->addLayout(choices);
    layout->addWidget(m_diff, 1);
    workArea()->addWidget(m_compare);
    workArea()->addWidget(m_comparison, 1);
    connect(m_files, &QListWidget::currentItemChanged, this, [this] { showFile(); });
    connect(m_takeOld, &QPushButton::clicked, this, [this] { choose(Take::Old); });
    connect(m_keepNew, &QPushButton::clicked, this, [this] { choose(Take::New); });
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
            item->setData(kOldDefaultRole, file.value(QStringLiteral("oldDefaultCopy")).toString());
            item->setData(kNewDefaultRole, file.value(QStringLiteral("newDefaultCopy")).toString());
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

bool ConfigPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_changes && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        if (mods == Qt::NoModifier && key->key() == Qt::Key_O) {
            choose(Take::Old);
            return true;
        }
        if (mods == Qt::NoModifier && key->key() == Qt::Key_N) {
            choose(Take::New);
            return true;
        }
        if (key->key() == Qt::Key_F8) {
            if (mods == Qt::ShiftModifier)
                m_diff->previousChange();
            else
                m_diff->nextChange();
            return true;
        }
    }
    return StepPage::eventFilter(watched, event);
}

QPlainTextEdit* ConfigPage::resultView() const
{
    return m_diff->rightView();
}

QPlainTextEdit* ConfigPage::newView() const
{
    return m_diff->leftView();
}

QString ConfigPage::currentPath() const
{
    const QListWidgetItem* item = m_files->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ConfigPage::showFile()
{
    const QListWidgetItem* item = m_files->currentItem();
    const int selected = m_changes->currentRow();
    m_changes->clear();
    if (!item) {
        m_diff->compare({}, {});
        return;
    }
    ConfigMergeInputs inputs;
    inputs.oldFile = readCopy(item->data(kOldCopyRole).toString()).value_or(QByteArray());
    inputs.newFile = readCopy(item->data(kNewCopyRole).toString());
    inputs.oldDefault = readCopy(item->data(kOldDefaultRole).toString());
    inputs.newDefault = readCopy(item->data(kNewDefaultRole).toString());
    const QString path = currentPath();
    ConfigMergePlan plan;
    const QString side = controller()->plan().configConflicts;
    if (!side.isEmpty())
        plan.policy = side == QLatin1String("old") ? ConflictPolicy::OldWins : ConflictPolicy::NewWins;
    plan.choices = m_choices.value(path);
    const ConfigMergeOutcome outcome = mergeConfig(path, inputs, plan);
    if (outcome.merge) {
        for (qsizetype i = 0; i < outcome.merge->hunks.size(); ++i) {
            const MergeHunk& hunk = outcome.merge->hunks.at(i);
            Take taken = outcome.taken.value(i, plan.choices.value(i).take);
            if (taken == Take::Default && !hunk.needsDecision())
                taken = hunk.writesOldByDefault() ? Take::Old : Take::New;
            m_changes->addItem(changeLabel(hunk, taken, outcome.merge->threeWay));
        }
    }
    m_changes->setCurrentRow(qBound(-1, selected, m_changes->count() - 1));
    const QByteArray now = inputs.newFile.value_or(QByteArray());
    if (outcome.error.isEmpty())
        m_diff->compare(now, outcome.text);
    else
        m_diff->showNote(now, outcome.error);
    m_takeOld->setEnabled(m_changes->count() > 0);
    m_keepNew->setEnabled(m_changes->count() > 0);
}

void ConfigPage::choose(Take take)
{
    const int change = m_changes->currentRow();
    const QString path = currentPath();
    if (change < 0 || path.isEmpty())
        return;
    QList<HunkChoice>& choices = m_choices[path];
    while (choices.size() <= change)
        choices.append(HunkChoice{});
    choices[change].take = take;
    showFile();
    m_changes->setFocus();
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
    QVariantMap choices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        QVariantList sides;
        for (const HunkChoice& choice : it.value())
            sides.append(choice.take == Take::Old   ? QStringLiteral("old")
                         : choice.take == Take::New ? QStringLiteral("new")
                                                    : QStringLiteral("default"));
        choices.insert(it.key(), sides);
    }
    return QVariantMap{{StepOption::kFiles, chosenFiles()}, {StepOption::kChoices, choices}};
}

} // namespace puw
