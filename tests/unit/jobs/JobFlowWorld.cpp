#include "JobFlowWorld.h"

#include "recipes/RecipeLoader.h"

#include <QFile>
#include <QSignalSpy>

namespace puw::test {

namespace {
// app version HOST: the new host waits (polling, so that a killed shell leaves nothing behind for long)
// until the file "ready" exists, then prints its version and the build key. app migrate: one migration.
const char kApp[] = R"SH(#!/bin/sh
w="$(dirname "$0")/.."
case "$1" in
version)
  if [ "$2" = new.test ]; then
    [ -f "$w/ready" ] || : > "$w/waiting"
    while [ ! -f "$w/ready" ]; do sleep 0.05; done
    echo "app 2.0 (build key @SECRET@)"
  else
    echo "app 1.0"
  fi ;;
migrate)
  if [ "$2" = --dry-run ]; then echo "0002_orders pending"; else echo "0002_orders applied"; fi ;;
esac
)SH";

// ctl HOST ACTION: the service of that host, its state in the file state-HOST; while the file status-broken
// exists, is-active exits 127 as a status command that is not installed would.
const char kCtl[] = R"SH(#!/bin/sh
w="$(dirname "$0")/.."
echo "$1 $2" >> "$w/ctl.log"
case "$2" in
start|enable) echo active > "$w/state-$1" ;;
stop|disable) echo inactive > "$w/state-$1" ;;
is-active) if [ -e "$w/status-broken" ]; then exit 127; fi; [ "$(cat "$w/state-$1" 2>/dev/null)" = active ] ;;
esac
)SH";

const char kRecipe[] = R"({
  "format": 1, "id": "flow", "title": "Job flow test application",
  "variables": {"world": {"default": "/nowhere", "description": "the test's folder"}},
  "requiredPrograms": ["{{world}}/bin/app", "{{world}}/bin/ctl"],
  "versionCommand": ["{{world}}/bin/app", "version", "{{host_address}}"],
  "services": [{"name": "app", "manager": "commands",
    "start": ["{{world}}/bin/ctl", "{{host_address}}", "start"],
    "stop": ["{{world}}/bin/ctl", "{{host_address}}", "stop"],
    "disable": ["{{world}}/bin/ctl", "{{host_address}}", "disable"],
    "enable": ["{{world}}/bin/ctl", "{{host_address}}", "enable"],
    "status": ["{{world}}/bin/ctl", "{{host_address}}", "is-active"]}],
  "database": {"engine": "postgresql", "host": "{{host_address}}", "name": "app", "user": "app",
               "credential": "db-password"},
  "migrations": {"list": ["{{world}}/bin/app", "migrate", "--dry-run"],
                 "apply": ["{{world}}/bin/app", "migrate"], "pendingPattern": "pending$",
                 "headQuery": "SELECT max(name) FROM schema_migration"},
  "checks": {"commands": [{"name": "service is active",
                           "command": ["{{world}}/bin/ctl", "{{host_address}}", "is-active"]}]},
  "timeouts": {"commandSeconds": 20, "startSeconds": 5, "stopSeconds": 5}
})";

bool writeScript(const QString& path, QByteArray text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.replace("@SECRET@", JobFlowWorld::secret().toUtf8()));
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}
} // namespace

JobFlowWorld::JobFlowWorld(bool dryRun, std::optional<HostPool::Connector> connector, bool sharedDatabase,
                           bool backwardCompatible)
{
    if (!m_dir.isValid() || !QDir(m_dir.path()).mkdir(QStringLiteral("bin")) ||
        !writeScript(path(QStringLiteral("bin/app")), kApp) ||
        !writeScript(path(QStringLiteral("bin/ctl")), kCtl)) {
        m_error = QStringLiteral("cannot write the scripts in ") + m_dir.path();
        return;
    }
    QFile state(path(QStringLiteral("state-old.test")));
    if (state.open(QIODevice::WriteOnly))
        state.write("active\n");
    state.close();

    QByteArray recipeJson(kRecipe);
    if (backwardCompatible)
        recipeJson.replace(R"("pendingPattern": "pending$",)",
                           R"("pendingPattern": "pending$", "backwardCompatible": true,)");
    auto recipe = RecipeLoader::fromJson(recipeJson, QStringLiteral("flow.json"));
    if (!recipe.ok()) {
        m_error = recipe.error().message();
        return;
    }
    UpgradePlan plan;
    plan.recipeId = QStringLiteral("flow");
    plan.oldHost = {QStringLiteral("old.test"), 0, QStringLiteral("admin"), {}};
    plan.newHost = {QStringLiteral("new.test"), 0, QStringLiteral("admin"), {}};
    plan.variables.insert(QStringLiteral("world"), m_dir.path());
    plan.database.shared = sharedDatabase;
    const QString planPath = path(QStringLiteral("plan.json"));
    auto binding = RecipeBinding::bind(recipe.value(), plan, planPath);
    if (!binding.ok()) {
        m_error = binding.error().message();
        return;
    }
    auto journal = Journal::open(path(QStringLiteral("session")));
    if (!journal.ok()) {
        m_error = journal.error();
        return;
    }
    journal.value()->redactor().addSecret(secret());
    m_controller = std::make_unique<SessionController>(std::move(journal).value());
    m_controller->setPlan(plan, planPath);
    m_plan = plan;
    m_binding = binding.value();
    UpgradeEngine::Setup setup{plan, binding.value(), {}, nullptr, path(QStringLiteral("backups")), dryRun};
    m_runner = std::make_unique<StepRunner>(m_controller.get(), setup,
                                            connector ? *connector : HostPool::localConnector());
    QObject::connect(m_runner.get(), &StepRunner::event,
                     [this](const JobEvent& event) { m_events.append(event); });
}

JobFlowWorld::~JobFlowWorld()
{
    touch(QStringLiteral("ready")); // a version command still waiting ends
    m_runner.reset();
}

std::optional<StepOutcome> JobFlowWorld::run(StepId step, const QVariantMap& options, int timeoutMs)
{
    QSignalSpy finished(m_runner.get(), &StepRunner::stepFinished);
    if (!m_runner->start(step, options) || !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().at(1).value<StepOutcome>();
}

std::optional<StepOutcome> JobFlowWorld::rollback(int timeoutMs)
{
    QSignalSpy finished(m_runner.get(), &StepRunner::rollbackFinished);
    if (!m_runner->rollback() || !finished.wait(timeoutMs))
        return std::nullopt;
    return finished.first().at(0).value<StepOutcome>();
}

QList<CommandRecord> JobFlowWorld::commands(StepId step)
{
    QList<CommandRecord> ofStep;
    for (const CommandRecord& command : journal().commands(session())) {
        if (command.step == step)
            ofStep.append(command);
    }
    return ofStep;
}

QStringList JobFlowWorld::serviceActions() const
{
    QFile log(path(QStringLiteral("ctl.log")));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void JobFlowWorld::touch(const QString& name) const
{
    QFile file(path(name));
    if (file.open(QIODevice::WriteOnly))
        file.close();
}

} // namespace puw::test
