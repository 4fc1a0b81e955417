#pragma once

#include "StepPage.h"

class QLineEdit;

namespace puw {

// Step 4's page. With the plan's replication (database.sync) it says what the mode does beside the
// import, where it stands (following old, or why the dump stays the mode), and takes old's address, typed
// in full, as consent to set wal_level = logical on old and restart old's PostgreSQL when that is needed.
// Without the mode it is the plain step page.
class ImportPage : public StepPage {
    Q_OBJECT
public:
    explicit ImportPage(SessionController* controller, QWidget* parent = nullptr);
    void initializePage() override;

    QLineEdit* restartConsentEdit() const { return m_typedHost; }
    QLabel* replicationStatus() const { return m_status; }

protected:
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override;

private:
    bool replicates() const;
    QString statusText() const;

    QLabel* m_design;
    QLabel* m_status;
    QLabel* m_prompt;
    QLineEdit* m_typedHost;
};

} // namespace puw
