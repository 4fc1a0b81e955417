#include "HostEditor.h"

#include "FormFields.h"
#include "HostKeyPanel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace puw {

HostEditor::HostEditor(const QString& title, const QString& accessibleName, QWidget* parent)
    : QGroupBox(title, parent), m_address(namedLineEdit(tr("host name, IP address or ssh alias"),
                                                        tr("%1: address").arg(accessibleName), this)),
      m_port(namedLineEdit(tr("22, or from ~/.ssh/config"), tr("%1: port").arg(accessibleName), this)),
      m_user(
          namedLineEdit(tr("from ~/.ssh/config, else your login"), tr("%1: user").arg(accessibleName), this)),
      m_identity(namedLineEdit(tr("optional: the agent and your default keys are tried"),
                               tr("%1: identity file").arg(accessibleName), this)),
      m_browse(new QPushButton(tr("Browse…"), this)), m_picker(new QComboBox(this)),
      m_test(new QPushButton(tr("&Test connection"), this)), m_result(new QLabel(this)),
      m_keyPanel(new HostKeyPanel(this)), m_probe(new ConnectionProbe(this))
{
    setAccessibleName(accessibleName);
    m_browse->setAccessibleName(tr("%1: choose the identity file").arg(accessibleName));
    m_picker->setAccessibleName(tr("%1: pick from ~/.ssh/config").arg(accessibleName));
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(16);
    m_test->setAccessibleName(tr("%1: test the connection").arg(accessibleName));
    m_result->setAccessibleName(tr("%1: result of the connection test").arg(accessibleName));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->hide();

    auto* identity = new QHBoxLayout;
    identity->addWidget(m_identity, 1);
    identity->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("From ~/.ssh/&config:"), m_picker);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&User:"), m_user);
    auto* identityLabel = new QLabel(tr("&Identity file:"), this);
    identityLabel->setBuddy(m_identity);
    form->addRow(identityLabel, identity);
    auto* test = new QHBoxLayout;
    test->addWidget(m_test);
    test->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(test);
    layout->addWidget(m_result);
    layout->addWidget(m_keyPanel);
    setConfigHosts({});
    // Tab follows the rows as they read, top to bottom (the widgets were made in another order).
    const QList<QWidget*> order{m_picker, m_address, m_port, m_user, m_identity, m_browse, m_test};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QLineEdit* edit : {m_address, m_port, m_user, m_identity})
        connect(edit, &QLineEdit::textChanged, this, &HostEditor::changed);
    connect(m_picker, &QComboBox::activated, this, &HostEditor::pick);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Identity file"), m_identity->text());
        if (!file.isEmpty())
            m_identity->setText(file);
    });
    connect(m_test, &QPushButton::clicked, this, &HostEditor::testConnection);
    connect(m_probe, &ConnectionProbe::finished, this, &HostEditor::showResult);
}

PlanForm::Host HostEditor::host() const
{
    return {m_address->text(), m_port->text(), m_user->text(), m_identity->text()};
}

void HostEditor::setHost(const PlanForm::Host& host)
{
    m_address->setText(host.address);
    m_port->setText(host.port);
    m_user->setText(host.user);
    m_identity->setText(host.identityFile);
}

void HostEditor::setConfigHosts(const QList<SshConfigHost>& hosts)
{
    m_configHosts = hosts;
    m_picker->clear();
    m_picker->addItem(hosts.isEmpty() ? tr("no hosts found in ~/.ssh/config") : tr("choose a host…"));
    for (const SshConfigHost& host : hosts) {
        const HostSpec spec = host.toHostSpec();
        QString detail = spec.user.isEmpty() ? spec.address : spec.user + QLatin1Char('@') + spec.address;
        if (spec.port != 0)
            detail += QLatin1Char(':') + QString::number(spec.port);
        m_picker->addItem(detail == host.alias ? host.alias : tr("%1 (%2)").arg(host.alias, detail));
        m_picker->setItemData(m_picker->count() - 1, tr("%1, line %2").arg(host.file).arg(host.line),
                              Qt::ToolTipRole);
    }
    m_picker->setEnabled(!hosts.isEmpty());
}

void HostEditor::pick(int index)
{
    if (index < 1 || index > m_configHosts.size())
        return;
    const HostSpec spec = m_configHosts.at(index - 1).toHostSpec();
    setHost({spec.address, spec.port == 0 ? QString() : QString::number(spec.port), spec.user,
             spec.identityFile});
    m_picker->setCurrentIndex(0);
}

void HostEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_address, m_port, m_user, m_identity})
        edit->setReadOnly(readOnly);
    m_browse->setEnabled(!readOnly);
    m_picker->setEnabled(!readOnly && !m_configHosts.isEmpty());
}

QWidget* HostEditor::fieldWidget(const QString& key) const
{
    if (key == QLatin1String("port"))
        return m_port;
    if (key == QLatin1String("user"))
        return m_user;
    if (key == QLatin1String("identityFile"))
        return m_identity;
    return m_address;
}

void HostEditor::testConnection()
{
    const PlanForm::Host typed = host();
    HostSpec spec{typed.address.trimmed(), 0, typed.user.trimmed(), typed.identityFile.trimmed()};
    bool portOk = true;
    if (!typed.port.trimmed().isEmpty())
        spec.port = typed.port.trimmed().toInt(&portOk);
    m_result->show();
    m_keyPanel->hide();
    if (spec.address.isEmpty() || !portOk || spec.port < 0 || spec.port > 65535) {
        m_result->setText(tr("Give an address and a port from 1 to 65535 (or none) before testing."));
        return;
    }
    m_test->setEnabled(false);
    //: %1: the host being tested
    m_result->setText(tr("Connecting to %1…").arg(spec.address));
    m_probe->start(spec, m_options ? m_options(spec) : SshOptions{});
}

void HostEditor::showResult(const ConnectionProbe::Result& result)
{
    m_test->setEnabled(true);
    m_result->setText(result.describe());
    m_keyPanel->showKey(result.hostKey);
    emit testFinished(result);
}

} // namespace puw
