#pragma once

#include "StepPage.h"

class QLineEdit;

namespace puw {

// Step 5's page. With a shared database the new version's migrations change the database old serves
// while users work: the page says so and takes old's address, typed in full, as the admin's consent; the
// job applies pending migrations only with it (and only when the recipe calls them backward compatible).
// With a database per host it is the plain step page.
class StartNewPage : public StepPage {
    Q_OBJECT
public:
    explicit StartNewPage(SessionController* controller, QWidget* parent = nullptr);
    void initializePage() override;

    QLineEdit* consentEdit() const { return m_typedHost; }

protected:
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override;

private:
    bool sharedDatabase() const;

    QLabel* m_prompt;
    QLineEdit* m_typedHost;
};

} // namespace puw
