#include "HostBackupsPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

HostBackupsPanel::HostBackupsPanel(QWidget* parent)
    : QWidget(parent), m_list(new QLabel(this)),
      m_remove(new QPushButton(tr("&Remove backups from the hosts…"), this)), m_result(new QLabel(this))
{
    m_list->setWordWrap(true);
    m_list->setTextFormat(Qt::PlainText);
    m_list->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setAccessibleName(tr("Backups left on the hosts"));
    m_remove->setAccessibleName(tr("Remove the backups from the hosts"));
    m_remove->setToolTip(
        tr("Deletes the dumps listed here from the hosts, after you confirm. Keep them until "
           "you are sure the new installation works."));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setAccessibleName(tr("What the removal did"));
    connect(m_remove, &QPushButton::clicked, this, [this] { emit removeRequested(m_files); });

    auto* row = new QHBoxLayout;
    row->addWidget(m_remove);
    row->addWidget(m_result, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    showBackups({});
}

void HostBackupsPanel::showBackups(const QList<ArtefactRecord>& left)
{
    m_files.clear();
    QStringList lines;
    qint64 total = 0;
    for (const ArtefactRecord& backup : left) {
        m_files.append(backup.path);
        total += qMax<qint64>(0, backup.sizeBytes);
        lines.append(backup.sizeBytes >= 0
                         //: a dump on a host and its size, e.g. "new:/var/tmp/…/demo-final.dump (12 MiB)"
                         ? tr("%1 (%2)").arg(backup.path, QLocale().formattedDataSize(backup.sizeBytes))
                         : backup.path);
    }
    if (left.isEmpty())
        m_list->setText(tr("No backup of this session is left on the hosts."));
    else
        //: %n the number of dumps, %1 their total size, %2 one dump per line
        m_list->setText(tr("%n dump(s) of this session are still on the hosts (%1): they hold the "
                           "application's data.\n%2",
                           "", int(left.size()))
                            .arg(QLocale().formattedDataSize(total), lines.join(QLatin1Char('\n'))));
    updateButton();
}

void HostBackupsPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void HostBackupsPanel::showResult(const QString& result)
{
    m_result->setText(result);
}

void HostBackupsPanel::updateButton()
{
    m_remove->setEnabled(!m_busy && !m_files.isEmpty());
}

} // namespace puw
