#include "PlanEditor.h"

#include "FormFields.h"
#include "HostEditor.h"
#include "RecipeGroup.h"
#include "StepStateDisplay.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace puw {

PlanEditor::PlanEditor(const QString& userRecipeDir, QWidget* parent)
    : QWidget(parent), m_recipeGroup(new RecipeGroup(userRecipeDir, this))
{
    setAccessibleName(tr("Plan"));
    connect(m_recipeGroup, &RecipeGroup::changed, this, &PlanEditor::changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_recipeGroup);
    layout->addWidget(buildHostsGroup());
    layout->addWidget(buildRouteGroup());
    layout->addStretch(1);
    setForm({});
}

QWidget* PlanEditor::buildHostsGroup()
{
    auto* group = new QWidget(this);
    m_old = new HostEditor(tr("Old host (in use now)"), tr("Old host"), group);
    m_new = new HostEditor(tr("New host (to be installed)"), tr("New host"), group);
    m_knownHosts = namedLineEdit(tr("~/.ssh/known_hosts"), tr("Known hosts file"), group);
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
    m_routeKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_routeKind->setMinimumContentsLength(16);
    m_routeKind->addItem(tr("By hand: the wizard does not switch users"), QStringLiteral("none"));
    m_routeKind->addItem(tr("nginx reverse proxy: the wizard switches its upstream"),
                         QStringLiteral("nginx"));
    m_routeKind->addItem(tr("DNS name: you change the record, the wizard verifies it"),
                         QStringLiteral("dns"));
    m_publicUrl = namedLineEdit(tr("https://app.example.org/"), tr("Public address"), group);
    m_routeDetails = new QStackedWidget(group);
    m_routeDetails->addWidget(new QWidget(m_routeDetails));

    auto* nginx = new QWidget(m_routeDetails);
    m_proxy = new HostEditor(tr("Proxy host"), tr("Proxy host"), nginx);
    m_upstreamFile = namedLineEdit(tr("/etc/nginx/conf.d/app-upstream.conf"), tr("Upstream file"), nginx);
    auto* nginxLayout = new QFormLayout(nginx);
    nginxLayout->setContentsMargins(0, 0, 0, 0);
    nginxLayout->addRow(m_proxy);
    nginxLayout->addRow(tr("Up&stream file:"), m_upstreamFile);
    m_routeDetails->addWidget(nginx);

    auto* dns = new QWidget(m_routeDetails);
    m_dnsName = namedLineEdit(tr("app.example.org"), tr("DNS name"), dns);
    m_resolver = namedLineEdit(tr("empty: the system's resolver"), tr("Resolver"), dns);
    m_resolverPort = namedLineEdit(tr("53"), tr("Resolver port"), dns);
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

QComboBox* PlanEditor::recipeBox() const
{
    return m_recipeGroup->recipeBox();
}

QLabel* PlanEditor::recipeDescription() const
{
    return m_recipeGroup->description();
}

QLineEdit* PlanEditor::nameEdit() const
{
    return m_recipeGroup->nameEdit();
}

QTableWidget* PlanEditor::variablesTable() const
{
    return m_recipeGroup->variablesTable();
}

QLineEdit* PlanEditor::secretEdit(const QString& purpose) const
{
    return m_recipeGroup->secretEdit(purpose);
}

PlanForm PlanEditor::form() const
{
    PlanForm form;
    m_recipeGroup->readInto(form);
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
    return form;
}

void PlanEditor::setForm(const PlanForm& form)
{
    {
        const QSignalBlocker quiet(this); // one changed() for the whole form, at the end
        m_recipeGroup->setForm(form);
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
    }
    emit changed();
}

void PlanEditor::setConfigHosts(const QList<SshConfigHost>& hosts)
{
    for (HostEditor* host : {m_old, m_new, m_proxy})
        host->setConfigHosts(hosts);
}

void PlanEditor::setReadOnly(bool readOnly)
{
    m_recipeGroup->setReadOnly(readOnly);
    m_routeKind->setEnabled(!readOnly);
    for (HostEditor* host : {m_old, m_new, m_proxy})
        host->setReadOnly(readOnly);
    for (QLineEdit* edit : {m_knownHosts, m_publicUrl, m_upstreamFile, m_dnsName, m_resolver, m_resolverPort})
        edit->setReadOnly(readOnly);
}

QWidget* PlanEditor::fieldWidget(const QString& field) const
{
    const QString head = field.section(QLatin1Char('.'), 0, 0);
    const QString rest = field.section(QLatin1Char('.'), 1);
    if (head == QLatin1String("old") || head == QLatin1String("new"))
        return (head == QLatin1String("old") ? m_old : m_new)->fieldWidget(rest);
    if (QWidget* widget = m_recipeGroup->fieldWidget(head, rest))
        return widget;
    if (head == QLatin1String("knownHosts"))
        return m_knownHosts;
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
        showErrorFrame();
        m_marked->setToolTip(message);
        m_marked->setAccessibleDescription(message);
    }
    return m_marked;
}

QColor PlanEditor::errorColour() const
{
    return StepStateDisplay::colour(StepState::Failed, this);
}

void PlanEditor::showErrorFrame()
{
    // Only the field itself: a bare "border:" would also frame a table's headers and scroll bars.
    m_marked->setStyleSheet(
        QStringLiteral("%1 { border: 2px solid %2; }")
            .arg(QLatin1String(m_marked->metaObject()->className()), errorColour().name()));
}

void PlanEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_marked) // light to dark: the frame follows
        showErrorFrame();
}

} // namespace puw
