#pragma once

#include "plan/PlanForm.h"
#include "plan/SshConfigHosts.h"

#include <QColor>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace puw {

class HostEditor;
class RecipeGroup;

// The plan's fields: the application (RecipeGroup: the recipe, its variables and the secrets it may
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

    RecipeGroup* recipeGroup() const { return m_recipeGroup; }
    QComboBox* recipeBox() const;
    QLabel* recipeDescription() const;
    QLineEdit* nameEdit() const;
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
    QTableWidget* variablesTable() const;
    QLineEdit* secretEdit(const QString& purpose) const;
    // The colour of the frame around the field in error: from the palette, readable light or dark.
    QColor errorColour() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHostsGroup();
    QWidget* buildRouteGroup();
    QWidget* fieldWidget(const QString& field) const;
    void showErrorFrame();

    RecipeGroup* m_recipeGroup;
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
    QWidget* m_marked = nullptr;
};

} // namespace puw
