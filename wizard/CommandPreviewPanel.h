#pragma once

#include "jobs/StepPreview.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace puw {

class StepRunner;

// "Show the commands" on a step page: asks the runner for a preview of the step (StepPreview.h) and
// lists, in order, each command the step would run and on which host, redacted, before Run is pressed.
// Pressing it again hides the list. Listing runs nothing, records nothing and connects to no host.
class CommandPreviewPanel : public QWidget {
    Q_OBJECT
public:
    using OptionsProvider = std::function<QVariantMap()>; // the options the run would get, asking nothing

    CommandPreviewPanel(StepId step, StepRunner* runner, QWidget* parent = nullptr);

    void setOptionsProvider(OptionsProvider provider) { m_options = std::move(provider); }
    void setBusy(bool busy); // while work runs the list cannot be made

    QPushButton* showButton() const { return m_show; }
    QPlainTextEdit* commandList() const { return m_list; }
    QLabel* noteLabel() const { return m_note; }

    // The preview as the admin reads it: one numbered line per command ("host $ command").
    static QString describe(const StepPreview& preview);

private:
    void toggle();
    void showPreview(const StepPreview& preview);

    StepId m_step;
    StepRunner* m_runner;
    OptionsProvider m_options;
    bool m_waiting = false;
    QPushButton* m_show;
    QLabel* m_note;
    QPlainTextEdit* m_list;
};

} // namespace puw
