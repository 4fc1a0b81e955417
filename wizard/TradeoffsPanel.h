#pragma once

#include <QWidget>

class QLabel;
class QResizeEvent;

namespace puw {

class SessionController;

// What the admin weighs before the downtime: the gains and costs of a parallel upgrade, what the
// rehearsal (steps 3 to 6) showed, the database checks before anything moved as last recorded (step 3's
// run of them, else step 1's), and the downtime the timings predict. Read from the journal on refresh();
// shows nothing that was not measured, and runs nothing.
class TradeoffsPanel : public QWidget {
    Q_OBJECT
public:
    explicit TradeoffsPanel(SessionController* controller, QWidget* parent = nullptr);

    QLabel* tradeoffsLabel() const { return m_tradeoffs; }
    QLabel* rehearsalLabel() const { return m_rehearsal; }
    QLabel* databaseChecksLabel() const { return m_databaseChecks; }
    QLabel* downtimeLabel() const { return m_downtime; }

public slots:
    void refresh();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QString rehearsalText() const;
    QString databaseChecksText() const;
    QString downtimeText() const;
    QString replicationText() const; // the plan's replication: where it stands, or why it did not start
    QString predictedDowntimeText() const;
    void fitHeight(int width);

    SessionController* m_controller;
    QLabel* m_tradeoffs;
    QLabel* m_rehearsal;
    QLabel* m_databaseChecks;
    QLabel* m_downtime;
};

} // namespace puw
