#pragma once

#include "jobs/StepRunner.h"
#include "session/SessionController.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace puw::test {

// A whole upgrade's job flow without root, sshd or a database: the plan's old and new hosts are local
// shells (HostPool::localConnector), and the recipe's programs are two scripts in a temporary folder:
// `app` (versions, migrations) and `ctl` (a service per host whose state is a file, every action logged
// to ctl.log). The runner, the engine thread, the journal and the recorder are the program's own. The
// recipe's PostgreSQL database has no server here (nor a password): step 1 gets past the versions and then
// refuses at its database checks, steps 3, 4 and 8 fail unless in a dry run.
class JobFlowWorld {
public:
    // A secret the new host's version command prints; the journal's redactor knows it.
    static QString secret() { return QStringLiteral("s3cret-build-key-42"); }

    // sharedDatabase: the plan says old and new share old's database (the shared-database procedure);
    // backwardCompatible: the recipe says its migrations leave a database the old version works with.
    explicit JobFlowWorld(bool dryRun = false, std::optional<HostPool::Connector> connector = {},
                          bool sharedDatabase = false, bool backwardCompatible = false);
    ~JobFlowWorld();

    bool isValid() const { return m_runner != nullptr; }
    QString setupError() const { return m_error; }
    SessionController& controller() { return *m_controller; }
    Journal& journal() { return m_controller->journal(); }
    qint64 session() const { return m_controller->sessionId(); }
    StepRunner& runner() { return *m_runner; }
    // The plan and its bound recipe, for tests that build a JobContext of their own.
    const UpgradePlan& plan() const { return m_plan; }
    const RecipeBinding& binding() const { return *m_binding; }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Runs a step to its end (or until timeoutMs) and returns how it ended; nullopt if it did not end.
    std::optional<StepOutcome> run(StepId step, const QVariantMap& options = {}, int timeoutMs = 20000);
    std::optional<StepOutcome> rollback(int timeoutMs = 20000);
    // The events the runner passed on, in order.
    const QList<JobEvent>& events() const { return m_events; }
    // The commands the journal holds for a step, in order.
    QList<CommandRecord> commands(StepId step);
    // What ctl did, one "host action" a line.
    QStringList serviceActions() const;
    void touch(const QString& name) const;

private:
    QTemporaryDir m_dir;
    QString m_error;
    UpgradePlan m_plan;
    std::optional<RecipeBinding> m_binding;
    std::unique_ptr<SessionController> m_controller;
    std::unique_ptr<StepRunner> m_runner;
    QList<JobEvent> m_events;
};

} // namespace puw::test
