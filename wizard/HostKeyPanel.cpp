#include "HostKeyPanel.h"

#include "remote/ShellQuote.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

namespace {
QLabel* selectableLabel(const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus); // reachable with Tab, to read and copy
    return label;
}
} // namespace

HostKeyPanel::HostKeyPanel(QWidget* parent)
    : QFrame(parent), m_heading(new QLabel(this)),
      m_known(selectableLabel(tr("Key recorded in known_hosts"), this)),
      m_offered(selectableLabel(tr("Key the server offers now"), this)),
      m_advice(selectableLabel(tr("What to do about the changed key"), this)),
      m_command(selectableLabel(tr("Command that removes the recorded key"), this)),
      m_copy(new QPushButton(tr("&Copy the command"), this))
{
    setObjectName(QStringLiteral("hostKeyPanel"));
    setAccessibleName(tr("Changed host key"));
    setFrameShape(QFrame::StyledPanel);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setAccessibleName(tr("Changed host key"));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_known->setFont(fixed);
    m_offered->setFont(fixed);
    m_command->setFont(fixed);
    m_copy->setAccessibleName(tr("Copy the command that removes the recorded key"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->text()); });

    // A grid, not a QFormLayout: the form's height-for-width can leave a wrapped fingerprint a line short.
    auto* facts = new QGridLayout;
    facts->addWidget(new QLabel(tr("Recorded:"), this), 0, 0, Qt::AlignLeft | Qt::AlignTop);
    facts->addWidget(m_known, 0, 1);
    facts->addWidget(new QLabel(tr("Offered now:"), this), 1, 0, Qt::AlignLeft | Qt::AlignTop);
    facts->addWidget(m_offered, 1, 1);
    facts->setColumnStretch(1, 1);
    auto* command = new QHBoxLayout;
    command->addWidget(m_command, 1);
    command->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(facts);
    layout->addWidget(m_advice);
    layout->addLayout(command);
    hide();
}

void HostKeyPanel::showKey(const HostKeyInfo& key)
{
    const bool changed =
        key.state == HostKeyInfo::State::Changed || key.state == HostKeyInfo::State::OtherType;
    setVisible(changed);
    if (!changed)
        return;
    //: %1: the host as written in known_hosts, e.g. [10.0.0.5]:2222
    m_heading->setText(tr("The host key of %1 has changed since it was recorded. The connection was "
                          "refused and nothing was saved.")
                           .arg(key.host));
    const QString where = key.recordedLine > 0
                              ? tr("%1, line %2").arg(key.knownHostsFile).arg(key.recordedLine)
                              : key.knownHostsFile;
    //: %1: key type, %2: SHA256 fingerprint, %3: known_hosts file and line
    m_known->setText(tr("%1 %2 (in %3)").arg(key.recordedKeyType, key.recordedFingerprint, where));
    m_offered->setText(QStringLiteral("%1 %2").arg(key.keyType, key.fingerprint));
    m_advice->setText(
        tr("This happens when the host was reinstalled or its keys were replaced, but it is also what an "
           "attacker between you and the host would cause. Ask the host's administrator, by telephone or in "
           "person, for the fingerprint of its key (\"ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub\" on its "
           "console). Only if it is the one offered now, remove the recorded key with the command below and "
           "test the connection again; you will then be asked to accept the new key."));
    m_command->setText(
        QStringLiteral("ssh-keygen -R %1 -f %2").arg(shellQuote(key.host), shellQuote(key.knownHostsFile)));
}

} // namespace puw
