#include "ResultViews.h"

#include "CanaryView.h"
#include "ManualChecks.h"
#include "RouteView.h"
#include "StepStateDisplay.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>

namespace puw {

namespace {
QTableWidget* makeTable(const QStringList& headers, const QString& accessibleName, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8); // compact rows
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->fontMetrics().height() * 7);
    return table;
}

QTableWidgetItem* item(const QString& text)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setToolTip(text);
    return cell;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// The migration's name from a line of the recipe's listing ("0004_loyalty.sql ✔" -> "0004_loyalty.sql").
QString migrationName(const QString& line)
{
    return line.trimmed().section(QLatin1Char(' '), 0, 0);
}

QString joinedOrNone(const QStringList& names)
{
    //: in the list of migrations, when there is none
    return names.isEmpty() ? RowCountsView::tr("none") : names.join(QLatin1String(", "));
}

// Step 4 lists the migrations as the new version sees the restored database (applied / to be applied);
// step 5 records those it applied.
QString migrationsText(const QString& listing, const QJsonArray& pendingLines, const QJsonArray& applied)
{
    QStringList lines;
    if (!listing.isEmpty()) {
        QStringList pending;
        for (const QJsonValue& value : pendingLines)
            pending.append(value.toString().trimmed());
        QStringList already;
        QStringList toApply;
        for (const QString& line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString name = migrationName(line);
            if (name.isEmpty())
                continue;
            (pending.contains(line.trimmed()) ? toApply : already).append(name);
        }
        //: %1: migration names, comma-separated
        lines.append(RowCountsView::tr("Migrations already applied: %1.").arg(joinedOrNone(already)));
        //: %1: migration names, comma-separated
        lines.append(RowCountsView::tr("Migrations to be applied in step 5: %1.").arg(joinedOrNone(toApply)));
    }
    QStringList names;
    for (const QJsonValue& value : applied)
        names.append(migrationName(value.toString()));
    if (!names.isEmpty())
        //: %1: migration names, comma-separated
        lines.append(
            RowCountsView::tr("Migrations applied by step 5: %1.").arg(names.join(QLatin1String(", "))));
    if (lines.isEmpty())
        return RowCountsView::tr("Migrations: not listed yet.");
    return lines.join(QLatin1Char('\n'));
}

bool isShownStep(const QList<StepId>& steps, StepId step)
{
    return steps.contains(step);
}
} // namespace

ChecksView::ChecksView(QList<StepId> steps, SessionController* controller, QWidget* parent)
    : QWidget(parent), m_steps(std::move(steps)), m_controller(controller)
{
    setAccessibleName(tr("Checks"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = caption(tr("Checks"), this);
    //: column headers of the checks table
    m_table = makeTable({tr("Check"), tr("Kind"), tr("Result"), tr("Details")},
                        tr("Checks and their results"), this);
    m_caption->setBuddy(m_table);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    connect(controller, &SessionController::sessionChanged, this, &ChecksView::refresh);
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (isShownStep(m_steps, step))
            refresh();
    });
    refresh();
}

void ChecksView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void ChecksView::refresh()
{
    m_table->setRowCount(0);
    m_table->setVisible(false); // an empty table says nothing the caption does not
    if (!m_controller->hasSession()) {
        m_caption->setText(tr("Checks: none run yet."));
        return;
    }
    int passed = 0;
    int failed = 0;
    for (const CheckRecord& check : m_controller->journal().checks(m_controller->sessionId())) {
        if (!isShownStep(m_steps, check.step))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, item(check.name));
        m_table->setItem(row, 1, item(check.kind));
        //: result of one check
        auto* result = item(check.passed ? tr("passed") : tr("FAILED"));
        // A failure in the palette-aware red of the step states: plain red is hard to read on white
        // and on a dark background alike.
        result->setForeground(check.passed ? palette().color(QPalette::Text)
                                           : StepStateDisplay::colour(StepState::Failed, this));
        m_table->setItem(row, 2, result);
        m_table->setItem(row, 3, item(check.detail));
        check.passed ? ++passed : ++failed;
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVisible(passed + failed > 0);
    if (passed + failed == 0)
        m_caption->setText(tr("Checks: none run yet."));
    else
        //: %1: checks passed, %2: checks failed
        m_caption->setText(tr("Checks: %1 passed, %2 failed.").arg(passed).arg(failed));
}

RowCountsView::RowCountsView(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Row counts"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_caption = caption(tr("Rows per table, old and new"), this);
    //: column headers of the row counts table
    m_table = makeTable({tr("Table"), tr("Old"), tr("New"), tr("Same"), tr("Same content")},
                        tr("Rows per table, old and new"), this);
    m_caption->setBuddy(m_table);
    m_migrations = caption({}, this);
    m_migrations->setAccessibleName(tr("Migrations applied and to be applied"));
    m_migrations->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_caption);
    layout->addWidget(m_table);
    layout->addWidget(m_migrations);
    connect(controller, &SessionController::sessionChanged, this, &RowCountsView::refresh);
    // Only the steps that write counts or migrations: every other state change would re-read the journal
    // on the GUI thread for nothing.
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (step == StepId::ImportBackup || step == StepId::StartNew || step == StepId::FinalSync)
            refresh();
    });
    refresh();
}

void RowCountsView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void RowCountsView::refresh()
{
    m_table->setRowCount(0);
    QJsonObject oldCounts;
    QJsonObject newCounts;
    QJsonObject oldSums;
    QJsonObject newSums;
    QJsonArray migrations;
    QString listing;
    QJsonArray pending;
    if (m_controller->hasSession()) {
        const Journal& journal = m_controller->journal();
        const qint64 session = m_controller->sessionId();
        const auto json = [&](QLatin1String key) {
            return QJsonDocument::fromJson(journal.value(session, key).toUtf8());
        };
        oldCounts = json(SessionKey::kRowCountsOld).object();
        newCounts = json(SessionKey::kRowCountsNew).object();
        oldSums = json(SessionKey::kChecksumsOld).object();
        newSums = json(SessionKey::kChecksumsNew).object();
        migrations = json(SessionKey::kMigrationsApplied).array();
        listing = journal.value(session, SessionKey::kMigrationsListing);
        pending = json(SessionKey::kMigrationsPending).array();
    }
    QStringList tables = oldCounts.keys();
    for (const QString& name : newCounts.keys()) {
        if (!tables.contains(name))
            tables.append(name);
    }
    std::sort(tables.begin(), tables.end());
    int differing = 0;
    const QLocale locale;
    for (const QString& name : tables) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto count = [&](const QJsonObject& counts) {
            return counts.contains(name) ? locale.toString(qint64(counts.value(name).toDouble()))
                                         : QStringLiteral("–");
        };
        const bool sameCount = oldCounts.value(name) == newCounts.value(name);
        const bool summed = oldSums.contains(name) && newSums.contains(name);
        const bool sameContent = !summed || oldSums.value(name) == newSums.value(name);
        const bool same = sameCount && sameContent;
        differing += same ? 0 : 1;
        m_table->setItem(row, 0, item(name));
        m_table->setItem(row, 1, item(count(oldCounts)));
        m_table->setItem(row, 2, item(count(newCounts)));
        //: whether a table has as many rows on the new host as on the old
        auto* verdict = item(sameCount ? tr("yes") : tr("NO"));
        if (!sameCount)
            verdict->setForeground(StepStateDisplay::colour(StepState::Failed, this));
        m_table->setItem(row, 3, verdict);
        //: whether a table's content checksum is the same on both hosts; "–" when none was computed
        auto* content = item(!summed ? QStringLiteral("–") : sameContent ? tr("yes") : tr("NO"));
        if (!sameContent)
            content->setForeground(StepStateDisplay::colour(StepState::Failed, this));
        m_table->setItem(row, 4, content);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setVisible(!tables.isEmpty());
    if (tables.isEmpty())
        m_caption->setText(tr("Rows per table, old and new: not counted yet."));
    else
        //: %1: number of tables, %2: how many differ
        m_caption->setText(
            tr("Rows per table, old and new: %1 tables, %2 differ.").arg(tables.size()).arg(differing));
    m_migrations->setText(migrationsText(listing, pending, migrations));
}

void addResultViews(StepId step, SessionController* controller, QWidget* page, QBoxLayout* area)
{
    if (step == StepId::ImportBackup || step == StepId::FinalSync)
        area->addWidget(new RowCountsView(controller, page));
    if (step == StepId::RunChecks) {
        auto* checks = new ChecksView({StepId::StartNew, StepId::RunChecks}, controller, page);
        auto* manual = new ManualChecks(controller, page);
        QObject::connect(manual, &ManualChecks::recorded, checks, &ChecksView::refresh);
        area->addWidget(checks);
        area->addWidget(manual);
    }
    if (step == StepId::FinalSync)
        area->addWidget(new ChecksView({StepId::FinalSync}, controller, page));
    if (step == StepId::RouteTraffic) {
        area->addWidget(new RouteView(controller, page));
        area->addWidget(new CanaryView(controller, page));
        area->addWidget(new ChecksView({StepId::RouteTraffic}, controller, page));
    }
}

} // namespace puw
