#pragma once

#include "journal/JournalRecords.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace puw {

// On the summary page: the dumps the session left on the hosts (they hold the application's data) and a
// button that asks for their removal. It only shows and asks; the wizard confirms and the engine removes.
class HostBackupsPanel : public QWidget {
    Q_OBJECT
public:
    explicit HostBackupsPanel(QWidget* parent = nullptr);

    // The dumps still on the hosts (HostBackups::left).
    void showBackups(const QList<ArtefactRecord>& left);
    // While anything runs the button waits; result is what the last removal said (empty: nothing yet).
    void setBusy(bool busy);
    void showResult(const QString& result);

    QPushButton* removeButton() const { return m_remove; }
    QLabel* listLabel() const { return m_list; }
    QLabel* resultLabel() const { return m_result; }

signals:
    // Each file as "ROLE:PATH".
    void removeRequested(const QStringList& hostFiles);

private:
    void updateButton();

    QLabel* m_list;
    QPushButton* m_remove;
    QLabel* m_result;
    QStringList m_files;
    bool m_busy = false;
};

} // namespace puw
