#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace puw {

class SessionController;

// What no program can check for the admin (logging in, opening a record, an attachment): boxes to
// tick after trying it on the new installation, recorded in the journal as manual checks (passed when
// ticked, "not confirmed" when not), so that the report shows what a person verified.
class ManualChecks : public QWidget {
    Q_OBJECT
public:
    explicit ManualChecks(SessionController* controller, QWidget* parent = nullptr);

    QList<QCheckBox*> boxes() const { return m_boxes; }
    QPushButton* recordButton() const { return m_record; }

signals:
    void recorded();

private:
    void record();

    SessionController* m_controller;
    QList<QCheckBox*> m_boxes;
    QPushButton* m_record;
    QLabel* m_result;
};

} // namespace puw
