#pragma once

#include "StepPage.h"

class QLineEdit;

namespace puw {

class TesterPreviewPanel;
class TradeoffsPanel;

// Step 7, the commit page: the tradeoffs, the rehearsal and the predicted downtime before anything
// stops; Run reads "Stop both servers" and asks before it starts with {"confirmed": true}. With a
// database per host and nginx, the testers' preview (why no canary, and the preview to open instead).
class StopBothPage : public StepPage {
    Q_OBJECT
public:
    StopBothPage(SessionController* controller, QWidget* parent = nullptr);
    TradeoffsPanel* tradeoffs() const { return m_tradeoffs; }
    TesterPreviewPanel* testerPreview() const { return m_preview; }
    void initializePage() override;

protected:
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override;
    void runnerAttached() override;

private:
    TradeoffsPanel* m_tradeoffs;
    TesterPreviewPanel* m_preview;
};

// Step 10: removing the old installation needs the old host's address typed in full; Run is enabled
// only when it matches exactly, and the typed text goes to the job as {"typedHost": ...}.
class DeprovisionPage : public StepPage {
    Q_OBJECT
public:
    DeprovisionPage(SessionController* controller, QWidget* parent = nullptr);
    QLineEdit* hostEdit() const { return m_typedHost; }
    void initializePage() override;

protected:
    std::optional<QVariantMap> runOptions() override;
    QVariantMap previewOptions() override;
    void runnerAttached() override;

private:
    QString expectedHost() const;
    void updateGate();

    QLabel* m_prompt;
    QLineEdit* m_typedHost;
};

} // namespace puw
