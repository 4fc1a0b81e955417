#include "TradeoffsPanel.h"

#include "StepStateDisplay.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"
#include "plan/Procedure.h"
#include "session/SessionController.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace puw {

namespace {
QLabel* richLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop); // side by side, the shorter column starts at the top
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString bulletList(const QStringList& items)
{
    // Paragraphs with a bullet rather than <ul>: QLabel measures their height right when it wraps.
    QString html;
    for (const QString& item : items)
        html += QStringLiteral("<p style=\"margin:0 0 0 1em\">&bull;&nbsp;%1</p>").arg(item.toHtmlEscaped());
    return html;
}

QGroupBox* group(const QString& title, const QList<QLabel*>& contents, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setAccessibleName(title);
    auto* layout = new QVBoxLayout(box);
    for (QLabel* content : contents)
        layout->addWidget(content);
    return box;
}

bool isPreflight(const CheckRecord& check)
{
    return check.kind == QLatin1String("database") &&
           (check.step == StepId::InstallNew || check.step == StepId::RehearsalBackup);
}
} // namespace

TradeoffsPanel::TradeoffsPanel(SessionController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller)
{
    setAccessibleName(tr("Before the downtime"));
    // Never cut off to make room for the log: what the admin weighs must be readable in full.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tradeoffs = richLabel(tr("Gains and costs of a parallel upgrade"), this);
    const QStringList gains{
        tr("Going back is simple: the old installation and its data stay as they were until you remove "
           "them."),
        tr("You chose when this happens; everything before this step was done while users kept working."),
        tr("The new installation was tested with a copy of the real data before anyone uses it."),
        tr("Users are cut off only for the switch itself, not for the whole installation.")};
    const QStringList costs{
        tr("Two servers run side by side until step 10, with the cost that brings."),
        tr("Every custom setting must have been carried over; the more there are, the more can be missed."),
        tr("Preparing a second installation took longer than upgrading in place would have.")};
    //: headings of the two lists of the tradeoffs on step 7
    m_tradeoffs->setText(QStringLiteral("<b>%1</b>%2<p style=\"margin:0.5em 0 0 0\"><b>%3</b></p>%4")
                             .arg(tr("What you gain").toHtmlEscaped(), bulletList(gains),
                                  tr("What it costs").toHtmlEscaped(), bulletList(costs)));
    // Side by side: one above the other they push the page's own controls off a 800-pixel-high window.
    auto* columns = new QHBoxLayout;
    columns->addWidget(group(tr("Parallel upgrade: gains and costs"), {m_tradeoffs}, this), 1);
    m_rehearsal = richLabel(tr("What the rehearsal showed"), this);
    m_databaseChecks = richLabel(tr("Database checks before anything moved"), this);
    columns->addWidget(group(tr("The rehearsal (steps 3 to 6)"), {m_rehearsal, m_databaseChecks}, this), 1);
    layout->addLayout(columns);

    m_downtime = richLabel(tr("Predicted downtime"), this);
    layout->addWidget(m_downtime);

    connect(controller, &SessionController::sessionChanged, this, &TradeoffsPanel::refresh);
    // The rehearsal's steps (3 to 6) and step 1's checks are what it shows; the prediction is written when
    // step 6 ends.
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (step == StepId::InstallNew)
            refresh();
        else if (stepNumber(step) >= stepNumber(StepId::RehearsalBackup) &&
                 stepNumber(step) <= stepNumber(StepId::RunChecks))
            refresh();
    });
    refresh();
}

void TradeoffsPanel::refresh()
{
    m_rehearsal->setText(rehearsalText());
    m_databaseChecks->setText(databaseChecksText());
    m_downtime->setText(downtimeText());
    fitHeight(width());
}

void TradeoffsPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitHeight(event->size().width());
}

// QWizard lays pages out by size hints and ignores height-for-width, so wrapped text would be cut off
// when the log below wants the height: ask for the height the text needs at the width it got.
void TradeoffsPanel::fitHeight(int width)
{
    if (width <= 0 || !layout())
        return;
    const int needed = layout()->heightForWidth(width);
    if (needed > 0 && needed != minimumHeight())
        setMinimumHeight(needed);
}

QString TradeoffsPanel::rehearsalText() const
{
    QStringList lines;
    for (StepId step : {StepId::RehearsalBackup, StepId::ImportBackup, StepId::StartNew, StepId::RunChecks}) {
        const StepRecord record = m_controller->step(step);
        QString line = tr("Step %1 \"%2\": %3")
                           .arg(stepNumber(step))
                           .arg(stepTitle(step), StepStateDisplay::stateAndDuration(record));
        if (!record.summary.isEmpty())
            line += QStringLiteral(" – ") + record.summary;
        lines.append(line);
    }
    QString html = bulletList(lines);
    if (!m_controller->hasSession())
        return html;
    int passed = 0;
    QStringList failed;
    for (const CheckRecord& check : m_controller->journal().checks(m_controller->sessionId())) {
        if (check.step != StepId::RunChecks && check.step != StepId::StartNew)
            continue;
        if (check.passed)
            ++passed;
        else
            failed.append(check.detail.isEmpty() ? check.name : tr("%1: %2").arg(check.name, check.detail));
    }
    //: number of rehearsal checks that passed
    html += QStringLiteral("<p style=\"margin:0.5em 0 0 0\">%1</p>")
                .arg(tr("Checks passed: %1.", nullptr, passed).arg(passed).toHtmlEscaped());
    if (!failed.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>%2")
                    .arg(tr("Checks that failed – look at them before you stop the servers:").toHtmlEscaped(),
                         bulletList(failed));
    return html;
}

QString TradeoffsPanel::databaseChecksText() const
{
    const QString none = QStringLiteral("<p style=\"margin:0.5em 0 0 0\">%1</p>")
                             .arg(tr("Database checks: none recorded yet – step 1 runs them, and step 3 "
                                     "again before its backup.")
                                      .toHtmlEscaped());
    if (!m_controller->hasSession())
        return none;
    const QList<CheckRecord> all = m_controller->journal().checks(m_controller->sessionId());
    // The step that recorded them last (step 3 repeats step 1's), and of it the run that started last.
    const CheckRecord* last = nullptr;
    for (const CheckRecord& check : all) {
        if (isPreflight(check) && (!last || check.id > last->id))
            last = &check;
    }
    if (!last)
        return none;
    const StepId step = last->step;
    const QDateTime startedAt = m_controller->step(step).startedAt;
    const auto since = [&](const QDateTime& start) {
        return [&, start](const CheckRecord& check) {
            return isPreflight(check) && check.step == step &&
                   (!start.isValid() || !check.checkedAt.isValid() || check.checkedAt >= start);
        };
    };
    // Records older than the step's last start only (that run ended before its checks): all of them.
    const bool lastRunHasSome = std::any_of(all.cbegin(), all.cend(), since(startedAt));
    const auto ofThatRun = since(lastRunHasSome ? startedAt : QDateTime());
    QStringList lines;
    int failed = 0;
    for (const CheckRecord& check : all) {
        if (!ofThatRun(check))
            continue;
        if (check.detail.isEmpty())
            //: one database check on step 7's page: %1 its name
            lines << (check.passed ? tr("passed – %1") : tr("FAILED – %1")).arg(check.name);
        else
            //: one database check on step 7's page: %1 its name, %2 what it found
            lines << (check.passed ? tr("passed – %1: %2") : tr("FAILED – %1: %2"))
                         .arg(check.name, check.detail);
        failed += check.passed ? 0 : 1;
    }
    //: %1 the step that ran the database checks last (1 or 3)
    QString heading =
        tr("Database checks before anything moved (step %1, its last run):").arg(stepNumber(step));
    if (failed > 0)
        heading +=
            QLatin1Char(' ') + tr("%n failed – run that step again once they are fixed.", nullptr, failed);
    return QStringLiteral("<p style=\"margin:0.5em 0 0 0\"><b>%1</b></p>%2")
        .arg(heading.toHtmlEscaped(), bulletList(lines));
}

QString TradeoffsPanel::downtimeText() const
{
    // Step 6 asked the resolvers: the record to change and its TTL, with the advice to lower it first.
    const QString dns = m_controller->journal().value(m_controller->sessionId(), SessionKey::kDnsAdvice);
    const QString dnsText =
        dns.isEmpty() ? QString()
                      : QStringLiteral("<p style=\"margin:0.5em 0 0 0\">%1</p>")
                            .arg(dns.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return predictedDowntimeText() + replicationText() + dnsText;
}

QString TradeoffsPanel::replicationText() const
{
    const Journal& journal = m_controller->journal();
    const qint64 session = m_controller->sessionId();
    const QString mode = journal.value(session, SessionKey::kSyncMode);
    QString text;
    if (mode == QStringLiteral("dump")) {
        text = tr("The plan's replication did not start (%1): step 8 dumps and restores the whole database.")
                   .arg(journal.value(session, SessionKey::kSyncReason));
    } else if (mode == QStringLiteral("replication")) {
        const QJsonObject state =
            QJsonDocument::fromJson(journal.value(session, SessionKey::kSyncState).toUtf8()).object();
        const QDateTime at =
            QDateTime::fromString(state.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs)
                .toLocalTime();
        //: %1 the database on new, %2 bytes, %3 a time
        text =
            tr("New's %1 follows old by replication: %2 bytes behind at %3. Step 8 waits only for old's last "
               "changes, then the migrations run on it.")
                .arg(journal.value(session, SessionKey::kSyncDatabase),
                     QLocale().toString(state.value(QStringLiteral("bytesBehind")).toDouble(), 'f', 0),
                     QLocale().toString(at.time(), QLocale::ShortFormat));
    }
    return text.isEmpty()
               ? QString()
               : QStringLiteral("<p style=\"margin:0.5em 0 0 0\">%1</p>").arg(text.toHtmlEscaped());
}

QString TradeoffsPanel::predictedDowntimeText() const
{
    if (procedureOf(m_controller->plan()) == Procedure::SharedDatabase)
        return tr("<b>Predicted downtime: none.</b> Old and new share one database, so old serves users "
                  "until step 9 moves them to new; nothing stops.");
    const Downtime downtime = m_controller->downtime();
    if (downtime.predictedMs <= 0)
        return tr(
            "<b>Predicted downtime:</b> not known yet – step 6 predicts it from the rehearsal's timings.");
    const QString duration = StepStateDisplay::formatDuration(downtime.predictedMs).toHtmlEscaped();
    if (downtime.predictedParts.isEmpty())
        //: %1: a duration such as "4 min 20 s"
        return tr("<b>Predicted downtime: about %1</b>, from the rehearsal's timings.").arg(duration);
    //: %1: a duration such as "4 min 20 s"; %2: its parts, e.g. "streaming the backup 2.1 s, migrations 0.4
    //: s"
    return tr("<b>Predicted downtime: about %1</b>, from the rehearsal's timings of what the cutover "
              "repeats: "
              "%2.")
        .arg(duration, Downtime::describeParts(downtime.predictedParts).toHtmlEscaped());
}

} // namespace puw
