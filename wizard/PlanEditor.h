#pragma once

#include "plan/PlanForm.h"
#include "plan/SshConfigHosts.h"

#include <QWidget>

#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace puw {

class HostEditor;

// The plan's fields: the application's recipe (with its description, variables and the secrets it may
// need), the old and new hosts, the route. It holds text only (PlanForm); judging it is core's job
// (PlanCheck), and the page marks the field an error names with markError().
class PlanEditor : public QWidget {
    Q_OBJECT
public:
    explicit PlanEditor(const QString& userRecipeDir, QWidget* parent = nullptr);

    PlanForm form() const;
    void setForm(const PlanForm& form);
    void setConfigHosts(const QList<SshConfigHost>& hosts);
    void setReadOnly(bool readOnly);
    // Marks the widget of a plan field ("old.port", "variables.unit"...) and clears the previous mark.
    // Returns the widget, or null when the field has none (the message still says which it is).
    QWidget* markError(const QString& field, const QString& message);

    QComboBox* recipeBox() const { return m_recipe; }
    QLabel* recipeDescription() const { return m_description; }
    QLineEdit* nameEdit() const { return m_name; }
    HostEditor* oldHost() const { return m_old; }
    HostEditor* newHost() const { return m_new; }
    HostEditor* proxyHost() const { return m_proxy; }
    QLineEdit* knownHostsEdit() const { return m_knownHosts; }
    QComboBox* routeKindBox() const { return m_routeKind; }
    QLineEdit* publicUrlEdit() const { return m_publicUrl; }
    QLineEdit* upstreamFileEdit() const { return m_upstreamFile; }
    QLineEdit* dnsNameEdit() const { return m_dnsName; }
    QLineEdit* resolverEdit() const { return m_resolver; }
    QLineEdit* resolverPortEdit() const { return m_resolverPort; }
    QTableWidget* variablesTable() const { return m_variables; }
    QLineEdit* secretEdit(const QString& purpose) const { return m_secretEdits.value(purpose); }

signals:
    void changed();

private:
    QWidget* buildRecipeGroup();
    QWidget* buildHostsGroup();
    QWidget* buildRouteGroup();
    void showRecipe(const QString& id, const QMap<QString, QString>& values,
                    const QMap<QString, QString>& secretEnvironment);
    QMap<QString, QString> variableValues() const;
    QMap<QString, QString> secretNames() const;
    QWidget* fieldWidget(const QString& field) const;

    QString m_userRecipeDir;
    QComboBox* m_recipe;
    QLabel* m_description;
    QLineEdit* m_name;
    HostEditor* m_old;
    HostEditor* m_new;
    HostEditor* m_proxy;
    QLineEdit* m_knownHosts;
    QComboBox* m_routeKind;
    QLineEdit* m_publicUrl;
    QStackedWidget* m_routeDetails;
    QLineEdit* m_upstreamFile;
    QLineEdit* m_dnsName;
    QLineEdit* m_resolver;
    QLineEdit* m_resolverPort;
    QTableWidget* m_variables;
    QFormLayout* m_secrets;
    QMap<QString, QLineEdit*> m_secretEdits;
    QWidget* m_marked = nullptr;
    bool m_filling = false;
};

} // namespace puw
