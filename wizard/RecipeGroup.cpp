#include "RecipeGroup.h"

#include "plan/RecipeCatalogue.h"
#include "recipes/PlanCheck.h"
#include "recipes/RecipeLoader.h"
#include "secrets/CredentialKey.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace puw {

namespace {
QString purposeInWords(const QString& purpose)
{
    if (purpose == SecretPurpose::sshPassword())
        return RecipeGroup::tr("SSH password:");
    if (purpose == SecretPurpose::keyPassphrase())
        return RecipeGroup::tr("Passphrase of the SSH key:");
    if (purpose == SecretPurpose::sudoPassword())
        return RecipeGroup::tr("sudo password:");
    if (purpose == SecretPurpose::databasePassword())
        return RecipeGroup::tr("Database password:");
    //: %1: the identifier of a secret a recipe needs
    return RecipeGroup::tr("Secret \"%1\":").arg(purpose);
}

QLabel* wrappedLabel(const QString& text, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

RecipeGroup::RecipeGroup(const QString& userRecipeDir, QWidget* parent)
    : QGroupBox(tr("Application"), parent), m_userRecipeDir(userRecipeDir), m_recipe(new QComboBox(this)),
      m_description(wrappedLabel({}, tr("What the recipe covers"), this)), m_name(new QLineEdit(this)),
      m_variables(new QTableWidget(0, 3, this)), m_secrets(new QFormLayout)
{
    setAccessibleName(tr("Application"));
    m_recipe->setAccessibleName(tr("Recipe of the application"));
    m_recipe->setPlaceholderText(tr("Choose the application…"));
    // Long titles are cut in the closed box (the list shows them whole), so the page fits a narrow window.
    m_recipe->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_recipe->setMinimumContentsLength(16);
    for (const QString& id : RecipeCatalogue::availableIds(m_userRecipeDir)) {
        const auto recipe = RecipeLoader::loadById(id, m_userRecipeDir);
        m_recipe->addItem(recipe.ok() && !recipe->title.isEmpty() ? tr("%1 (%2)").arg(recipe->title, id) : id,
                          id);
    }
    m_name->setPlaceholderText(tr("optional, e.g. \"Stock room, spring upgrade\""));
    m_name->setAccessibleName(tr("Name of the plan"));
    m_variables->setAccessibleName(tr("Variables of the recipe"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("What it is (default)")});
    m_variables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();
    m_variables->setMinimumHeight(fontMetrics().height() * 7);
    m_variables->setTabKeyNavigation(false); // Tab leaves the table; the arrows move between cells
    auto* secretsNote = wrappedLabel(tr("Secrets are never written in a plan. By default they are asked when "
                                        "needed and may be kept in your keychain; for unattended runs, name "
                                        "the environment variable that holds each one."),
                                     tr("About secrets"), this);

    // A grid rather than a QFormLayout: the form gives wrapped labels more (or less) height than they need.
    auto* grid = new QGridLayout(this);
    const auto addLabel = [&](const QString& text, QWidget* buddy, int row,
                              Qt::Alignment vertical = Qt::AlignVCenter) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        grid->addWidget(label, row, 0, Qt::AlignLeft | vertical);
    };
    addLabel(tr("&Recipe:"), m_recipe, 0);
    grid->addWidget(m_recipe, 0, 1);
    grid->addWidget(m_description, 1, 1);
    addLabel(tr("&Name:"), m_name, 2);
    grid->addWidget(m_name, 2, 1);
    addLabel(tr("&Variables:"), m_variables, 3, Qt::AlignTop);
    grid->addWidget(m_variables, 3, 1);
    grid->addWidget(secretsNote, 4, 0, 1, 2);
    grid->addLayout(m_secrets, 5, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    connect(m_recipe, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showRecipe(m_recipe->currentData().toString(), variableValues(), secretNames());
        emit changed();
    });
    connect(m_name, &QLineEdit::textChanged, this, &RecipeGroup::changed);
    connect(m_variables, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
}

void RecipeGroup::showRecipe(const QString& id, const QMap<QString, QString>& values,
                             const QMap<QString, QString>& secretEnvironment)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    while (m_secrets->rowCount() > 0)
        m_secrets->removeRow(0);
    m_secretEdits.clear();
    m_secretOrder.clear();
    QMap<QString, QString> described; // variable -> "what it is (default)"
    QStringList purposes;
    if (id.isEmpty()) {
        m_description->setText(tr("The recipe says how the application is installed, where its data and "
                                  "configuration live, and how it is checked."));
    } else if (const auto recipe = RecipeLoader::loadById(id, m_userRecipeDir); !recipe.ok()) {
        m_description->setText(recipe.error().message());
    } else {
        m_description->setText(recipe->description);
        for (auto it = recipe->variables.begin(); it != recipe->variables.end(); ++it)
            described.insert(it.key(), it->hasDefault ? tr("%1 (%2)").arg(it->description, it->defaultValue)
                                                      : tr("%1 (needed)").arg(it->description));
        purposes = PlanCheck::secretPurposes(recipe.value());
    }
    fillVariables(described, values);
    for (auto it = secretEnvironment.begin(); it != secretEnvironment.end(); ++it) {
        if (!purposes.contains(it.key()))
            purposes.append(it.key());
    }
    QWidget* previous = m_variables;
    for (const QString& purpose : std::as_const(purposes)) {
        auto* edit = new QLineEdit(secretEnvironment.value(purpose), this);
        edit->setPlaceholderText(tr("none: asked, and kept in the keychain if you wish"));
        //: %1: the identifier of a secret, e.g. db-password
        edit->setAccessibleName(tr("Environment variable for the %1").arg(purpose));
        edit->setReadOnly(m_readOnly);
        connect(edit, &QLineEdit::textChanged, this, &RecipeGroup::changed);
        m_secrets->addRow(purposeInWords(purpose), edit);
        m_secretEdits.insert(purpose, edit);
        m_secretOrder.append(edit);
        // New fields would come last in the window's tab order; they belong right after the variables.
        setTabOrder(previous, edit);
        previous = edit;
    }
    m_filling = wasFilling;
}

void RecipeGroup::fillVariables(const QMap<QString, QString>& described, const QMap<QString, QString>& values)
{
    QMap<QString, QString> rows = described;
    // Values the plan holds for variables the recipe lacks stay visible, so the error about them has a row.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!rows.contains(it.key()))
            rows.insert(it.key(), tr("not a variable of this recipe"));
    }
    m_variables->setRowCount(0);
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const int row = m_variables->rowCount();
        m_variables->insertRow(row);
        auto* name = new QTableWidgetItem(it.key());
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto* about = new QTableWidgetItem(it.value());
        about->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_variables->setItem(row, 0, name);
        m_variables->setItem(row, 1, new QTableWidgetItem(values.value(it.key())));
        m_variables->setItem(row, 2, about);
    }
    m_variables->resizeColumnToContents(0);
}

QMap<QString, QString> RecipeGroup::variableValues() const
{
    QMap<QString, QString> values;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString value = m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString();
        if (!value.trimmed().isEmpty())
            values.insert(m_variables->item(row, 0)->text(), value);
    }
    return values;
}

QMap<QString, QString> RecipeGroup::secretNames() const
{
    QMap<QString, QString> names;
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            names.insert(it.key(), it.value()->text().trimmed());
    }
    return names;
}

void RecipeGroup::setForm(const PlanForm& form)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    int recipe = m_recipe->findData(form.recipe);
    if (recipe < 0 && !form.recipe.isEmpty()) { // an unknown recipe is shown, so that its error has a place
        m_recipe->addItem(form.recipe, form.recipe);
        recipe = m_recipe->count() - 1;
    }
    m_recipe->setCurrentIndex(recipe);
    m_name->setText(form.name);
    showRecipe(form.recipe, form.variables, form.secretEnvironment);
    m_filling = wasFilling;
}

void RecipeGroup::readInto(PlanForm& form) const
{
    form.name = m_name->text();
    form.recipe = m_recipe->currentData().toString();
    form.variables = variableValues();
    form.secretEnvironment = secretNames();
}

void RecipeGroup::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_recipe->setEnabled(!readOnly);
    m_name->setReadOnly(readOnly);
    for (QLineEdit* edit : std::as_const(m_secretOrder))
        edit->setReadOnly(readOnly);
    m_variables->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::AllEditTriggers);
}

QWidget* RecipeGroup::fieldWidget(const QString& head, const QString& rest) const
{
    if (head == QLatin1String("recipe"))
        return m_recipe;
    if (head == QLatin1String("name"))
        return m_name;
    if (head == QLatin1String("secretEnvironment"))
        return m_secretEdits.value(rest);
    if (head == QLatin1String("variables"))
        return m_variables;
    return nullptr;
}

} // namespace puw
