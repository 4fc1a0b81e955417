#include "ServiceControl.h"

#include "ServiceControlCompose.h"

#include <QCoreApplication>

namespace puw {

namespace {
class ServiceText {
    Q_DECLARE_TR_FUNCTIONS(puw::Jobs)
};

const RecipeCommand& recipeOverride(const ServiceSpec& service, ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start:
        return service.start;
    case ServiceAction::Stop:
        return service.stop;
    case ServiceAction::Disable:
        return service.disable;
    case ServiceAction::Enable:
        return service.enable;
    case ServiceAction::Status:
        break;
    }
    return service.status;
}

} // namespace

// "--" ends the options of systemctl and docker compose, so that a unit or service name that begins with '-'
// (a hostile or mistyped recipe value) is taken as a name, never as an option.
QStringList systemdServiceCommand(const QString& unit, ServiceAction action)
{
    const QString systemctl = QStringLiteral("systemctl");
    const QString end = QStringLiteral("--");
    switch (action) {
    case ServiceAction::Start:
        return {systemctl, QStringLiteral("start"), end, unit};
    case ServiceAction::Stop:
        return {systemctl, QStringLiteral("stop"), end, unit};
    case ServiceAction::Disable:
        return {systemctl, QStringLiteral("disable"), QStringLiteral("--now"), end, unit};
    case ServiceAction::Enable:
        return {systemctl, QStringLiteral("enable"), QStringLiteral("--now"), end, unit};
    case ServiceAction::Status:
        break;
    }
    return {systemctl, QStringLiteral("is-active"), QStringLiteral("--quiet"), end, unit};
}

QStringList composeServiceCommand(const QString& file, const QString& service, ServiceAction action)
{
    return composeServiceCommand({QStringLiteral("docker"), QStringLiteral("compose")}, file, service,
                                 action);
}

QStringList composeServiceCommand(const QStringList& compose, const QString& file, const QString& service,
                                  ServiceAction action)
{
    const QStringList base = compose + QStringList{QStringLiteral("-f"), file};
    const QString end = QStringLiteral("--");
    switch (action) {
    case ServiceAction::Start:
    case ServiceAction::Enable:
        return base + QStringList{QStringLiteral("up"), QStringLiteral("-d"), end, service};
    case ServiceAction::Stop:
        return base + QStringList{QStringLiteral("stop"), end, service};
    case ServiceAction::Disable:
        // A stopped container with restart: always comes back when docker restarts; a removed one does not.
        return base + QStringList{QStringLiteral("rm"), QStringLiteral("--stop"), QStringLiteral("--force"),
                                  end, service};
    case ServiceAction::Status:
        break;
    }
    return base +
           QStringList{QStringLiteral("exec"), QStringLiteral("-T"), end, service, QStringLiteral("true")};
}

Expected<ServiceCommand, QString> serviceCommand(JobContext& ctx, HostRole role, const ServiceSpec& service,
                                                 ServiceAction action)
{
    const QMap<QString, QString> host{{QStringLiteral("host_address"), ctx.hostAddress(role)},
                                      {QStringLiteral("compose_service"), service.composeService}};
    const RecipeCommand& custom = recipeOverride(service, action);
    if (!custom.isEmpty()) {
        auto argv = ctx.recipe().expand(custom, host);
        if (!argv.ok())
            return unexpected(ServiceText::tr("The recipe's command for %1 uses {{%2}}, which has no value.")
                                  .arg(service.name, argv.error()));
        return ServiceCommand{argv.value(), custom.sudo};
    }
    switch (service.manager) {
    case ServiceSpec::Manager::Systemd: {
        auto unit = ctx.recipe().expand(service.unit, host);
        if (!unit.ok())
            return unexpected(unit.error());
        return ServiceCommand{systemdServiceCommand(unit.value(), action), action != ServiceAction::Status};
    }
    case ServiceSpec::Manager::Compose: {
        auto file = ctx.recipe().expand(service.composeFile, host);
        auto name = ctx.recipe().expand(service.composeService, host);
        auto image = ctx.recipe().expand(service.composeImage, host);
        if (!file.ok() || !name.ok() || !image.ok())
            return unexpected(ServiceText::tr("The compose service of %1 uses a placeholder without a value.")
                                  .arg(service.name));
        if (name->isEmpty()) {
            // Found from the compose file by its image (older files name it parsec-server, newer parsec).
            auto found = composeServiceName(ctx, role, file.value(), image.value());
            if (!found.ok())
                return unexpected(found.error());
            name = found.value();
        }
        const auto compose = composeHost(ctx, role);
        if (!compose.ok())
            return unexpected(compose.error());
        return ServiceCommand{composeServiceCommand(compose->words, file.value(), name.value(), action),
                              compose->sudo};
    }
    case ServiceSpec::Manager::Commands:
        break;
    }
    //: %1: the service's name in the recipe
    return unexpected(
        action == ServiceAction::Disable
            ? ServiceText::tr("The recipe gives no command to disable the service %1.").arg(service.name)
            : ServiceText::tr("The recipe gives no command to control the service %1.").arg(service.name));
}

ShellOutcome controlService(JobContext& ctx, HostRole role, const ServiceSpec& service, ServiceAction action)
{
    const auto command = serviceCommand(ctx, role, service, action);
    if (!command.ok()) {
        ShellOutcome outcome;
        outcome.error = command.error();
        return outcome;
    }
    RunOptions options;
    options.sudo = command->sudo;
    options.timeoutMs = ctx.recipe().recipe().timeouts.stopSeconds * 1000;
    return ctx.run(role, command->argv, options);
}

QString controlAllServices(JobContext& ctx, HostRole role, ServiceAction action)
{
    for (const ServiceSpec& service : ctx.recipe().recipe().services) {
        const ShellOutcome outcome = controlService(ctx, role, service, action);
        if (!outcome.ok())
            return ServiceText::tr("%1 on %2: %3").arg(service.name, hostRoleLabel(role), outcome.describe());
    }
    return {};
}

ServiceState statusFromExitCode(const ServiceSpec& service, int exitCode)
{
    if (exitCode == 0)
        return ServiceState::Running;
    const bool systemdDefault = service.manager == ServiceSpec::Manager::Systemd && service.status.isEmpty();
    if (systemdDefault)
        return exitCode == 3 || exitCode == 4 ? ServiceState::Stopped : ServiceState::Unknown;
    return exitCode == 126 || exitCode == 127 || exitCode > 128 ? ServiceState::Unknown
                                                                : ServiceState::Stopped;
}

ServiceStatus serviceStatus(JobContext& ctx, HostRole role, const ServiceSpec& service)
{
    const ShellOutcome outcome = controlService(ctx, role, service, ServiceAction::Status);
    if (outcome.status != ShellOutcome::Status::Exited)
        return {ServiceState::Unknown, outcome.describe()};
    const ServiceState state = statusFromExitCode(service, outcome.exitCode);
    if (state != ServiceState::Unknown)
        return {state, {}};
    //: %1: the exit code of the status command
    return {state, ServiceText::tr("its status command exited with %1, which means neither running nor "
                                   "stopped")
                       .arg(outcome.exitCode)};
}

bool serviceIsActive(JobContext& ctx, HostRole role, const ServiceSpec& service)
{
    return serviceStatus(ctx, role, service).state == ServiceState::Running;
}

} // namespace puw
