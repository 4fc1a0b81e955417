#pragma once

#include "jobs/StepOutcome.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace puw {

// How far a running step is: a bar with done/total, rate and time left when the work has a known size
// (a transfer), a busy indicator otherwise. Hidden while nothing runs.
class ProgressPanel : public QWidget {
    Q_OBJECT
public:
    explicit ProgressPanel(QWidget* parent = nullptr);

    void showBusy(const QString& what);
    void showProgress(const StepProgress& progress);
    void stop();

    QProgressBar* bar() const { return m_bar; }
    QLabel* label() const { return m_label; }

    // "12.5 MB of 40.0 MB, 3.2 MB/s, about 9 s left"; public for tests.
    static QString describe(const StepProgress& progress);

private:
    QProgressBar* m_bar;
    QLabel* m_label;
};

} // namespace puw
