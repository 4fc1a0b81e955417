#pragma once

#include "plan/PlanForm.h"

#include <QGroupBox>
#include <QMap>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace puw {

// The "Application" part of the plan: the recipe (with its description), the plan's name, the recipe's
// variables and the environment variables that may hold the secrets it needs. Choosing another recipe
// keeps the values typed for variables of the same name.
class RecipeGroup : public QGroupBox {
    Q_OBJECT
public:
    explicit RecipeGroup(const QString& userRecipeDir, QWidget* parent = nullptr);

    // Shows the recipe, name, variables and secret references of the form (an unknown recipe is listed,
    // so that its error has a place), and writes them back into a form.
    void setForm(const PlanForm& form);
    void readInto(PlanForm& form) const;
    void setReadOnly(bool readOnly);
    // The widget of a plan field this group holds ("recipe", "name", "variables.x",
    // "secretEnvironment.x"), or null.
    QWidget* fieldWidget(const QString& head, const QString& rest) const;

    QComboBox* recipeBox() const { return m_recipe; }
    QLabel* description() const { return m_description; }
    QLineEdit* nameEdit() const { return m_name; }
    QTableWidget* variablesTable() const { return m_variables; }
    QLineEdit* secretEdit(const QString& purpose) const { return m_secretEdits.value(purpose); }
    // The secret fields in the order shown (for the page's tab order).
    QList<QLineEdit*> secretEdits() const { return m_secretOrder; }

signals:
    void changed();

private:
    void showRecipe(const QString& id, const QMap<QString, QString>& values,
                    const QMap<QString, QString>& secretEnvironment);
    void fillVariables(const QMap<QString, QString>& described, const QMap<QString, QString>& values);
    QMap<QString, QString> variableValues() const;
    QMap<QString, QString> secretNames() const;

    QString m_userRecipeDir;
    QComboBox* m_recipe;
    QLabel* m_description;
    QLineEdit* m_name;
    QTableWidget* m_variables;
    QFormLayout* m_secrets;
    QMap<QString, QLineEdit*> m_secretEdits;
    QList<QLineEdit*> m_secretOrder;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace puw
