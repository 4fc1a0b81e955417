#pragma once

#include "JobContext.h"

namespace puw {

enum class ServiceAction { Start, Stop, Disable, Enable, Status };

// The command that performs an action on one of the recipe's services, for a given host: systemctl for
// systemd units, docker compose for compose services, the recipe's own commands otherwise (they win
// over the defaults when given). Disable means "stop, and stay stopped across restarts and crashes":
// `systemctl disable --now`, or the compose container stopped and removed (a stopped container with
// `restart: always` comes back when dockerd restarts; a removed one does not, and its volumes stay).
// A compose service is reached with the host's spelling (`docker compose` or `docker-compose`), through
// sudo only where the login user cannot reach the docker socket, and found by its image when the recipe
// names no service (ServiceControlCompose.h); those lookups run commands on the host.
struct ServiceCommand {
    QStringList argv;
    bool sudo = false;
};
Expected<ServiceCommand, QString> serviceCommand(JobContext& ctx, HostRole role, const ServiceSpec& service,
                                                 ServiceAction action);

// The default commands, without a recipe: the name always after "--", so it can never be read as an option.
QStringList systemdServiceCommand(const QString& unit, ServiceAction action);
QStringList composeServiceCommand(const QString& file, const QString& service, ServiceAction action);
// compose: the words that run compose there ({"docker", "compose"} or {"docker-compose"}).
QStringList composeServiceCommand(const QStringList& compose, const QString& file, const QString& service,
                                  ServiceAction action);

// Runs it through the context (recorded and logged like any command).
ShellOutcome controlService(JobContext& ctx, HostRole role, const ServiceSpec& service, ServiceAction action);

// Runs the action on every service of the recipe, stopping at the first failure; the error says which.
QString controlAllServices(JobContext& ctx, HostRole role, ServiceAction action);

// What the status command says. Unknown is never taken for stopped: a status command that could not run
// (connection lost, timed out, not installed) or that exits with a code that means neither answer.
enum class ServiceState { Running, Stopped, Unknown };
struct ServiceStatus {
    ServiceState state = ServiceState::Unknown;
    QString detail; // for Unknown: why, for people
};
ServiceStatus serviceStatus(JobContext& ctx, HostRole role, const ServiceSpec& service);
// How an exit code of a status command reads: systemctl is-active says 0 active, 3 not active, 4 no such
// unit; other status commands 0 running and any other exit but "not found" (126, 127) or a signal stopped.
ServiceState statusFromExitCode(const ServiceSpec& service, int exitCode);

// True when the status command says the service runs (exit status 0).
bool serviceIsActive(JobContext& ctx, HostRole role, const ServiceSpec& service);

} // namespace puw
