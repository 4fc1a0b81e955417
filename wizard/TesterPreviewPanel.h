#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace puw {

class SessionController;
class StepRunner;
struct UpgradePlan;

// Step 7's page of a plan with a database per host routed through nginx: says why there is no canary
// (users on new would write to a copy that stops receiving their writes), and offers the testers' preview
// instead when the plan has route.preview: "Open preview for testers…" asks for the proxy's address typed
// in full, after saying what changes; the URL shows while it is open; "Close preview" closes it. The work
// runs in the engine (StepRunner::openTesterPreview); the panel only shows and asks.
class TesterPreviewPanel : public QWidget {
    Q_OBJECT
public:
    // What the admin is asked before the proxy is reloaded; answered with the text typed, or nullopt.
    struct TypedQuestion {
        QString title;
        QString text;
        QString expected; // what must be typed
    };
    using TypedAsk = std::function<std::optional<QString>(const TypedQuestion&)>;

    explicit TesterPreviewPanel(SessionController* controller, QWidget* parent = nullptr);
    void attachRunner(StepRunner* runner);
    // Replaces the dialog (tests); null restores it.
    void setTypedQuestion(TypedAsk ask) { m_ask = std::move(ask); }
    // A plan this panel is shown for: a database per host and an nginx route.
    static bool appliesTo(const UpgradePlan& plan);

    QLabel* explanationLabel() const { return m_explanation; }
    QLabel* urlLabel() const { return m_url; }
    QLabel* resultLabel() const { return m_result; }
    QPushButton* openButton() const { return m_open; }
    QPushButton* closeButton() const { return m_close; }

public slots:
    void refresh();

private:
    bool isOpen() const;
    void requestOpen();
    static std::optional<QString> askWithDialog(QWidget* parent, const TypedQuestion& question);

    SessionController* m_controller;
    StepRunner* m_runner = nullptr;
    TypedAsk m_ask;
    QLabel* m_explanation;
    QLabel* m_url;
    QLabel* m_result;
    QPushButton* m_open;
    QPushButton* m_close;
};

} // namespace puw
