#include "PlanEditor.h"

#include "HostEditor.h"
#include "plan/RecipeCatalogue.h"
#include "recipes/PlanCheck.h"
#include "recipes/RecipeLoader.h"
#include "secrets/CredentialKey.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace puw {

namespace {
QLineEdit* lineEdit(const QString& placeholder, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QString purposeInWords(const QString& purpose)
{
    if (purpose == SecretPurpose::sshPassword())
        return PlanEditor::tr("SSH password:");
    if (purpose == SecretPurpose::keyPassphrase())
        return PlanEditor::tr("Passphrase of the SSH key:");
    if (purpose == SecretPurpose::sudoPassword())
        return PlanEditor::tr("sudo password:");
    if (purpose == SecretPurpose::databasePassword())
        return PlanEditor::tr("Database password:");
    //: %1: the identifier of a secret a recipe needs
    return PlanEditor::tr("Secret \"%1\":").arg(purpose);
}

const char* const kErrorStyle = "border: 2px solid #d0312d;";
} // namespace

PlanEditor::PlanEditor(const QString& userRecipeDir, QWidget* parent)
    : QWidget(parent), m_userRecipeDir(userRecipeDir)
{
    setAccessibleName(tr("Plan"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildRecipeGroup());
    layout->addWidget(buildHostsGroup());
    layout->addWidget(buildRouteGroup());
    layout->addStretch(1);
    setForm({});
}

QWidget* PlanEditor::buildRecipeGroup()
{
    auto* group = new QGroupBox(tr("Application"), this);
    group->setAccessibleName(tr("Application"));
    m_recipe = new QComboBox(group);
    m_recipe->setAccessibleName(tr("Recipe of the application"));
    m_recipe->setPlaceholderText(tr("Choose the application…"));
    for (const QString& id : RecipeCatalogue::availableIds(m_userRecipeDir)) {
        const auto recipe = RecipeLoader::loadById(id, m_userRecipeDir);
        m_recipe->addItem(recipe.ok() && !recipe->title.isEmpty() ? tr("%1 (%2)").arg(recipe->title, id) : id,
                          id);
    }
    m_description = new QLabel(group);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setAccessibleName(tr("What the recipe covers"));
    m_name = lineEdit(tr("optional, e.g. \"Stock room, spring upgrade\""), tr("Name of the plan"), group);
    m_variables = new QTableWidget(0, 3, group);
    m_variables->setAccessibleName(tr("Variables of the recipe"));
    m_variables->setHorizontalHeaderLabels({tr("Variable"), tr("Value"), tr("What it is (default)")});
    m_variables->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_variables->verticalHeader()->hide();
    m_variables->setMinimumHeight(fontMetrics().height() * 7);
    m_secrets = new QFormLayout;
    auto* secretsNote = new QLabel(tr("Secrets are never written in a plan. By default they are asked when "
                                      "needed and may be kept in your keychain; for unattended runs, name "
                                      "the environment variable that holds each one."),
                                   group);
    secretsNote->setWordWrap(true);
    secretsNote->setAccessibleName(tr("About secrets"));

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Recipe:"), m_recipe);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Variables:"), m_variables);
    form->addRow(secretsNote);
    form->addRow(m_secrets);
    connect(m_recipe, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            showRecipe(m_recipe->currentData().toString(), variableValues(), secretNames());
        emit changed();
    });
    connect(m_name, &QLineEdit::textChanged, this, &PlanEditor::changed);
    connect(m_variables, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            emit changed();
    });
    return group;
}

QWidget* PlanEditor::buildHostsGroup()
{
    auto* group = new QWidget(this);
    m_old = new HostEditor(tr("Old host (in use now)"), tr("Old host"), group);
    m_new = new HostEditor(tr("New host (to be installed)"), tr("New host"), group);
    m_knownHosts = lineEdit(tr("~/.ssh/known_hosts"), tr("Known hosts file"), group);
    // One above the other: each host gets the full width for its fields and a changed key's panel.
    auto* hosts = new QVBoxLayout;
    hosts->setContentsMargins(0, 0, 0, 0);
    hosts->addWidget(m_old);
    hosts->addWidget(m_new);
    auto* known = new QFormLayout;
    known->addRow(tr("&Known hosts file:"), m_knownHosts);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(hosts);
    layout->addLayout(known);
    connect(m_old, &HostEditor::changed, this, &PlanEditor::changed);
    connect(m_new, &HostEditor::changed, this, &PlanEditor::changed);
    connect(m_knownHosts, &QLineEdit::textChanged, this, &PlanEditor::changed);
    return group;
}

QWidget* PlanEditor::buildRouteGroup()
{
    auto* group = new QGroupBox(tr("How users reach the application"), this);
    group->setAccessibleName(tr("Route"));
    m_routeKind = new QComboBox(group);
    m_routeKind->setAccessibleName(tr("Kind of route"));
    m_routeKind->addItem(tr("By hand: the wizard does not switch users"), QStringLiteral("none"));
    m_routeKind->addItem(tr("nginx reverse proxy: the wizard switches its upstream"),
                         QStringLiteral("nginx"));
    m_routeKind->addItem(tr("DNS name: you change the record, the wizard verifies it"),
                         QStringLiteral("dns"));
    m_publicUrl = lineEdit(tr("https://app.example.org/"), tr("Public address"), group);
    m_routeDetails = new QStackedWidget(group);
    m_routeDetails->addWidget(new QWidget(m_routeDetails));

    auto* nginx = new QWidget(m_routeDetails);
    m_proxy = new HostEditor(tr("Proxy host"), tr("Proxy host"), nginx);
    m_upstreamFile = lineEdit(tr("/etc/nginx/conf.d/app-upstream.conf"), tr("Upstream file"), nginx);
    auto* nginxLayout = new QFormLayout(nginx);
    nginxLayout->setContentsMargins(0, 0, 0, 0);
    nginxLayout->addRow(m_proxy);
    nginxLayout->addRow(tr("Up&stream file:"), m_upstreamFile);
    m_routeDetails->addWidget(nginx);

    auto* dns = new QWidget(m_routeDetails);
    m_dnsName = lineEdit(tr("app.example.org"), tr("DNS name"), dns);
    m_resolver = lineEdit(tr("empty: the system's resolver"), tr("Resolver"), dns);
    m_resolverPort = lineEdit(tr("53"), tr("Resolver port"), dns);
    auto* dnsLayout = new QFormLayout(dns);
    dnsLayout->setContentsMargins(0, 0, 0, 0);
    dnsLayout->addRow(tr("DNS &name:"), m_dnsName);
    dnsLayout->addRow(tr("Res&olver:"), m_resolver);
    dnsLayout->addRow(tr("Resolver &port:"), m_resolverPort);
    m_routeDetails->addWidget(dns);

    auto* form = new QFormLayout(group);
    form->addRow(tr("Rou&te:"), m_routeKind);
    form->addRow(tr("P&ublic address:"), m_publicUrl);
    form->addRow(m_routeDetails);
    connect(m_routeKind, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_routeDetails->setCurrentIndex(index);
        emit changed();
    });
    connect(m_proxy, &HostEditor::changed, this, &PlanEditor::changed);
    for (QLineEdit* edit : {m_publicUrl, m_upstreamFile, m_dnsName, m_resolver, m_resolverPort})
        connect(edit, &QLineEdit::textChanged, this, &PlanEditor::changed);
    return group;
}

void PlanEditor::showRecipe(const QString& id, const QMap<QString, QString>& values,
                            const QMap<QString, QString>& secretEnvironment)
{
    const bool wasFilling = m_filling;
    m_filling = true;
    m_variables->setRowCount(0);
    while (m_secrets->rowCount() > 0)
        m_secrets->removeRow(0);
    m_secretEdits.clear();
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
    // Values the plan holds for variables the recipe lacks stay visible, so the error about them has a row.
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!described.contains(it.key()))
            described.insert(it.key(), tr("not a variable of this recipe"));
    }
    for (auto it = described.begin(); it != described.end(); ++it) {
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
    for (auto it = secretEnvironment.begin(); it != secretEnvironment.end(); ++it) {
        if (!purposes.contains(it.key()))
            purposes.append(it.key());
    }
    for (const QString& purpose : std::as_const(purposes)) {
        QLineEdit* edit = lineEdit(tr("none: asked, and kept in the keychain if you wish"),
                                   tr("Environment variable for the %1").arg(purpose), this);
        edit->setText(secretEnvironment.value(purpose));
        connect(edit, &QLineEdit::textChanged, this, &PlanEditor::changed);
        m_secrets->addRow(purposeInWords(purpose), edit);
        m_secretEdits.insert(purpose, edit);
    }
    m_filling = wasFilling;
}

QMap<QString, QString> PlanEditor::variableValues() const
{
    QMap<QString, QString> values;
    for (int row = 0; row < m_variables->rowCount(); ++row) {
        const QString value = m_variables->item(row, 1) ? m_variables->item(row, 1)->text() : QString();
        if (!value.trimmed().isEmpty())
            values.insert(m_variables->item(row, 0)->text(), value);
    }
    return values;
}

QMap<QString, QString> PlanEditor::secretNames() const
{
    QMap<QString, QString> names;
    for (auto it = m_secretEdits.begin(); it != m_secretEdits.end(); ++it) {
        if (!it.value()->text().trimmed().isEmpty())
            names.insert(it.key(), it.value()->text().trimmed());
    }
    return names;
}

PlanForm PlanEditor::form() const
{
    PlanForm form;
    form.name = m_name->text();
    form.recipe = m_recipe->currentData().toString();
    form.oldHost = m_old->host();
    form.newHost = m_new->host();
    form.knownHosts = m_knownHosts->text();
    form.routeKind = m_routeKind->currentData().toString();
    form.publicUrl = m_publicUrl->text();
    form.proxy = m_proxy->host();
    form.upstreamFile = m_upstreamFile->text();
    form.dnsName = m_dnsName->text();
    form.resolver = m_resolver->text();
    form.resolverPort = m_resolverPort->text();
    form.variables = variableValues();
    form.secretEnvironment = secretNames();
    return form;
}

void PlanEditor::setForm(const PlanForm& form)
{
    m_filling = true;
    int recipe = m_recipe->findData(form.recipe);
    if (recipe < 0 && !form.recipe.isEmpty()) { // an unknown recipe is shown, so that its error has a place
        m_recipe->addItem(form.recipe, form.recipe);
        recipe = m_recipe->count() - 1;
    }
    m_recipe->setCurrentIndex(recipe);
    m_name->setText(form.name);
    m_old->setHost(form.oldHost);
    m_new->setHost(form.newHost);
    m_knownHosts->setText(form.knownHosts);
    m_routeKind->setCurrentIndex(std::max(0, m_routeKind->findData(form.routeKind)));
    m_publicUrl->setText(form.publicUrl);
    m_proxy->setHost(form.proxy);
    m_upstreamFile->setText(form.upstreamFile);
    m_dnsName->setText(form.dnsName);
    m_resolver->setText(form.resolver);
    m_resolverPort->setText(form.resolverPort);
    showRecipe(form.recipe, form.variables, form.secretEnvironment);
    m_filling = false;
    emit changed();
}

void PlanEditor::setConfigHosts(const QList<SshConfigHost>& hosts)
{
    for (HostEditor* host : {m_old, m_new, m_proxy})
        host->setConfigHosts(hosts);
}

void PlanEditor::setReadOnly(bool readOnly)
{
    m_recipe->setEnabled(!readOnly);
    m_routeKind->setEnabled(!readOnly);
    for (HostEditor* host : {m_old, m_new, m_proxy})
        host->setReadOnly(readOnly);
    for (QLineEdit* edit :
         {m_name, m_knownHosts, m_publicUrl, m_upstreamFile, m_dnsName, m_resolver, m_resolverPort})
        edit->setReadOnly(readOnly);
    m_variables->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                          : QAbstractItemView::AllEditTriggers);
}

QWidget* PlanEditor::fieldWidget(const QString& field) const
{
    const QString head = field.section(QLatin1Char('.'), 0, 0);
    const QString rest = field.section(QLatin1Char('.'), 1);
    if (head == QLatin1String("old") || head == QLatin1String("new"))
        return (head == QLatin1String("old") ? m_old : m_new)->fieldWidget(rest);
    if (head == QLatin1String("recipe"))
        return m_recipe;
    if (head == QLatin1String("name"))
        return m_name;
    if (head == QLatin1String("knownHosts"))
        return m_knownHosts;
    if (head == QLatin1String("secretEnvironment"))
        return m_secretEdits.value(rest);
    if (head == QLatin1String("variables"))
        return m_variables;
    const QMap<QString, QWidget*> route{{QStringLiteral("kind"), m_routeKind},
                                        {QStringLiteral("publicUrl"), m_publicUrl},
                                        {QStringLiteral("upstreamFile"), m_upstreamFile},
                                        {QStringLiteral("dnsName"), m_dnsName},
                                        {QStringLiteral("resolver"), m_resolver},
                                        {QStringLiteral("resolverPort"), m_resolverPort}};
    if (rest.startsWith(QLatin1String("proxy")))
        return m_proxy->fieldWidget(rest.section(QLatin1Char('.'), 1));
    return route.value(rest);
}

QWidget* PlanEditor::markError(const QString& field, const QString& message)
{
    if (m_marked) {
        m_marked->setStyleSheet({});
        m_marked->setToolTip({});
        m_marked->setAccessibleDescription({});
    }
    m_marked = field.isEmpty() && message.isEmpty() ? nullptr : fieldWidget(field);
    if (m_marked) {
        m_marked->setStyleSheet(QString::fromLatin1(kErrorStyle));
        m_marked->setToolTip(message);
        m_marked->setAccessibleDescription(message);
    }
    return m_marked;
}

} // namespace puw
