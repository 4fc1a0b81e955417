#pragma once

#include <QWidget>

class QLabel;
class QResizeEvent;

namespace puw {

class SessionController;

// What the admin weighs before the downtime: the gains and costs of a parallel upgrade, what the
// rehearsal (steps 3 to 6) showed, and the downtime its timings predict. Read from the journal on
// refresh(); shows nothing that was not measured.
class TradeoffsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TradeoffsPanel(SessionController* controller, QWidget* parent = nullptr);

    QLabel* tradeoffsLabel() const { return m_tradeoffs; }
    QLabel* rehearsalLabel() const { return m_rehearsal; }
    QLabel* downtimeLabel() const { return m_downtime; }

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QString rehearsalText() const;
    QString downtimeText() const;
    void fitHeight(int width);

    SessionController* m_controller;
    QLabel* m_tradeoffs;
    QLabel* m_rehearsal;
    QLabel* m_downtime;
};

} // namespace puw
