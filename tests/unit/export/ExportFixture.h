#pragma once

#include "export/AnsibleProject.h"
#include "jobs/StepPreview.h"
#include "plan/UpgradePlan.h"
#include "recipes/RecipeBinding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QTemporaryDir>

#include <optional>
#include <ostream>

namespace puw::test {

// A plan of the demo world (the sandbox's, tests/unit/export/data/demo-plan.json) bound to the shipped
// demo recipe, its export written into a temporary folder, and the files read back by PyYAML.
class ExportFixture {
public:
    explicit ExportFixture(std::optional<UpgradePlan> plan = {});
    // A fleet: every plan bound to its recipe, exported together (plan() is the first); planFiles, when
    // given, are the plans' files as the inventory names them.
    explicit ExportFixture(const QList<UpgradePlan>& plans, const QStringList& planFiles = {});

    static UpgradePlan demoPlan();
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const UpgradePlan& plan() const { return m_plan; }
    const RecipeBinding& binding() const { return *m_binding; }
    QString dir() const { return m_dir.path(); }
    QString text(const QString& file) const { return m_files.value(file); }
    const QMap<QString, QString>& files() const { return m_files; }
    // The inventory name of the plan's installation, and its own file of a playbook
    // ("installations/<name>/rehearsal.yml"), which the playbook includes.
    QString installation() const;
    QString own(const QString& playbook) const
    {
        return QStringLiteral("installations/%1/%2").arg(installation(), playbook);
    }
    // The file as YAML read it (a !unsafe string is {"!unsafe": text}); an error string when it is invalid.
    QJsonValue parsed(const QString& file, QString* error) const;

    // The reference: the dry run of steps 1 to 9 as a headless dry run does it (each step seeing the values
    // the ones before reported, a confirmation given), then the rollback's.
    QList<StepPreview> dryRun() const;

    // ansible-playbook --syntax-check of a playbook of the export: empty when it accepts it, else its output.
    QString syntaxCheck(const QString& ansiblePlaybook, const QString& playbook) const;
    // The same for every playbook and every installation's file of it: --syntax-check does not read a
    // dynamic include, so each installation file is checked through a play that imports it statically.
    QString syntaxCheckAll(const QString& ansiblePlaybook) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
    UpgradePlan m_plan;
    std::optional<RecipeBinding> m_binding;
    QMap<QString, QString> m_files;
};

// One command a task runs, said as the dry run's record says it.
struct Exported {
    QString host;
    QString record;
    bool secret = false;
    QString input;
    bool operator==(const Exported&) const = default;
};
std::ostream& operator<<(std::ostream& out, const Exported& command);

// The blocks (one per step) of an installation's task file (or of a playbook's first play), and the one
// tagged tag.
QJsonArray blocksOf(const QJsonValue& playbook);
QJsonObject blockTagged(const QJsonArray& blocks, const QString& tag);
// The commands a block's tasks run, and those a dry run listed.
QList<Exported> commandsOf(const QJsonObject& block);
QList<Exported> commandsOf(const StepPreview& preview);

// A task's conditions ("when", a string or a list of them), in order.
QStringList conditions(const QJsonObject& task);

// The text of a scalar, whether plain or !unsafe; and whether it was !unsafe.
QString scalarText(const QJsonValue& value);
bool isUnsafe(const QJsonValue& value);

} // namespace puw::test
