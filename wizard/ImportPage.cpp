#include "ImportPage.h"

#include "jobs/StepOptions.h"
#include "journal/Journal.h"
#include "journal/SessionValues.h"
#include "session/SessionController.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace puw {

ImportPage::ImportPage(SessionController* controller, QWidget* parent)
    : StepPage(StepId::ImportBackup, controller, parent)
{
    m_design = new QLabel(this);
    m_design->setWordWrap(true);
    m_design->setAccessibleName(tr("How replication keeps new in step with old"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Replication state"));
    m_prompt = new QLabel(this);
    m_prompt->setWordWrap(true);
    m_prompt->setAccessibleName(tr("What restarting old's PostgreSQL means"));
    m_typedHost = new QLineEdit(this);
    m_typedHost->setAccessibleName(tr("Address of the old host, typed to allow restarting its PostgreSQL"));
    m_typedHost->setPlaceholderText(tr("old host's address (only if its wal_level must change)"));
    m_prompt->setBuddy(m_typedHost);
    for (QWidget* widget : {static_cast<QWidget*>(m_design), static_cast<QWidget*>(m_status),
                            static_cast<QWidget*>(m_prompt), static_cast<QWidget*>(m_typedHost)})
        workArea()->addWidget(widget);
    connect(controller, &SessionController::planChanged, this, &ImportPage::initializePage);
    connect(controller, &SessionController::stepChanged, this, [this](StepId step) {
        if (step == StepId::ImportBackup)
            m_status->setText(statusText());
    });
    initializePage();
}

bool ImportPage::replicates() const
{
    return controller()->plan().database.sync == DatabaseSync::Replication;
}

QString ImportPage::statusText() const
{
    const Journal& journal = controller()->journal();
    const qint64 session = controller()->sessionId();
    const QString mode = journal.value(session, SessionKey::kSyncMode);
    if (mode == QStringLiteral("dump"))
        return tr("Replication did not start: %1 Step 8 will dump and restore the whole database.")
            .arg(journal.value(session, SessionKey::kSyncReason));
    if (mode != QStringLiteral("replication"))
        return tr("Replication has not started yet: it starts when this step's import is done.");
    const QJsonObject state =
        QJsonDocument::fromJson(journal.value(session, SessionKey::kSyncState).toUtf8()).object();
    const QString at = QLocale().toString(
        QDateTime::fromString(state.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).toLocalTime(),
        QLocale::ShortFormat);
    //: %1 the database on new, %2 bytes of WAL, %3 when it was read
    return tr("New's %1 follows old: %2 bytes behind when last read (%3). Steps 5 and 6 read it again.")
        .arg(journal.value(session, SessionKey::kSyncDatabase))
        .arg(QLocale().toString(state.value(QStringLiteral("bytesBehind")).toDouble(), 'f', 0))
        .arg(at);
}

void ImportPage::initializePage()
{
    StepPage::initializePage();
    const bool shown = replicates();
    for (QWidget* widget : {static_cast<QWidget*>(m_design), static_cast<QWidget*>(m_status),
                            static_cast<QWidget*>(m_prompt), static_cast<QWidget*>(m_typedHost)})
        widget->setVisible(shown);
    if (!shown)
        return;
    m_design->setText(tr(
        "The plan keeps new in step with old by replication, so that the downtime only waits for the last "
        "changes instead of a whole dump and restore. The import below is the rehearsal's copy, on which "
        "steps 5 and 6 start and check the new version with its migrations. Beside it, a second database "
        "on new receives old's data and then every change old makes; the new version's migrations never "
        "touch it while it replicates. At cutover it replaces the rehearsal's copy, and the migrations run "
        "on it then. It needs disk for a second copy on new, and on old a replication role, a publication "
        "and a slot, which the cutover or a rollback removes."));
    m_status->setText(statusText());
    //: %1: the old host's address
    m_prompt->setText(
        tr("If old's PostgreSQL runs with wal_level below \"logical\", replication needs it changed and "
           "old's "
           "PostgreSQL restarted: its database is unavailable for some seconds, and the step measures how "
           "long. Type the old host's address (%1) to allow it; without it the step keeps the dump as the "
           "mode and says so.")
            .arg(controller()->plan().oldHost.address));
}

std::optional<QVariantMap> ImportPage::runOptions()
{
    if (!replicates() || m_typedHost->text() != controller()->plan().oldHost.address)
        return QVariantMap{};
    return QVariantMap{{StepOption::kRestartOldDatabase, m_typedHost->text()}};
}

QVariantMap ImportPage::previewOptions()
{
    if (!replicates())
        return {};
    return {{StepOption::kRestartOldDatabase, controller()->plan().oldHost.address}};
}

} // namespace puw
