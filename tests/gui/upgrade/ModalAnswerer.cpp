#include "ModalAnswerer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>

namespace puw::test {

ModalAnswerer::ModalAnswerer(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &ModalAnswerer::poll);
    m_timer.start();
}

void ModalAnswerer::expect(bool yes, Snapshot snapshot)
{
    m_answer = yes;
    m_snapshot = std::move(snapshot);
}

void ModalAnswerer::poll()
{
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!box || !box->isVisible())
        return;
    const QString what =
        box->windowTitle() + QStringLiteral(": ") + box->text() + QLatin1Char(' ') + box->informativeText();
    if (!m_answer) {
        m_unexpected.append(what);
        if (QAbstractButton* escape = box->escapeButton())
            QTest::mouseClick(escape, Qt::LeftButton);
        else
            box->reject();
        return;
    }
    m_asked.append(what);
    if (m_snapshot)
        m_snapshot(box);
    const QMessageBox::ButtonRole wanted = *m_answer ? QMessageBox::AcceptRole : QMessageBox::RejectRole;
    m_answer.reset();
    m_snapshot = {};
    for (QAbstractButton* button : box->buttons()) {
        if (box->buttonRole(button) == wanted) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    m_unexpected.append(QStringLiteral("no button to answer: ") + what);
    box->reject();
}

} // namespace puw::test
