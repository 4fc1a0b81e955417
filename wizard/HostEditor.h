#pragma once

#include "plan/PlanForm.h"
#include "plan/SshConfigHosts.h"
#include "remote/ConnectionProbe.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace puw {

class HostKeyPanel;

// One host of the plan as the admin types it or picks it from ~/.ssh/config, with "Test connection":
// the test runs through core (ConnectionProbe, in the host's own SSH thread) and its result is told in
// words under the fields; a changed host key opens the HostKeyPanel.
class HostEditor : public QGroupBox {
    Q_OBJECT
public:
    // How to connect for a test: the options (known_hosts, prompter...) for this host as typed.
    using OptionsProvider = std::function<SshOptions(const HostSpec&)>;

    HostEditor(const QString& title, const QString& accessibleName, QWidget* parent = nullptr);

    PlanForm::Host host() const;
    void setHost(const PlanForm::Host& host);
    void setConfigHosts(const QList<SshConfigHost>& hosts);
    void setOptionsProvider(OptionsProvider provider) { m_options = std::move(provider); }
    void setReadOnly(bool readOnly);

    // The widget that shows a plan field under this host ("address", "port", "user", "identityFile").
    QWidget* fieldWidget(const QString& key) const;

    QLineEdit* addressEdit() const { return m_address; }
    QLineEdit* portEdit() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* identityEdit() const { return m_identity; }
    QComboBox* configPicker() const { return m_picker; }
    QPushButton* testButton() const { return m_test; }
    QLabel* testResult() const { return m_result; }
    HostKeyPanel* keyPanel() const { return m_keyPanel; }

public slots:
    void testConnection();

signals:
    void changed();
    void testFinished(const puw::ConnectionProbe::Result& result);

private:
    void pick(int index);
    void showResult(const ConnectionProbe::Result& result);

    QLineEdit* m_address;
    QLineEdit* m_port;
    QLineEdit* m_user;
    QLineEdit* m_identity;
    QPushButton* m_browse;
    QComboBox* m_picker;
    QPushButton* m_test;
    QLabel* m_result;
    HostKeyPanel* m_keyPanel;
    ConnectionProbe* m_probe;
    QList<SshConfigHost> m_configHosts;
    OptionsProvider m_options;
};

} // namespace puw
