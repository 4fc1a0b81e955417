#pragma once

#include "JobContext.h"

namespace puw {

// How docker compose is reached on one host: `docker compose` where the plugin exists, `docker-compose`
// (v1, all Debian 12 has) otherwise; through sudo when the login user cannot reach the docker socket.
struct ComposeHost {
    QStringList words{QStringLiteral("docker"), QStringLiteral("compose")};
    bool sudo = true;
    bool found = false; // false: neither spelling exists there
};

// The probe's fixed command line (no value of the plan reaches it) and what its output says.
QString composeProbeLine();
ComposeHost parseComposeProbe(const QString& output);

// A command line printing "SERVICE<TAB>IMAGE" for each service of the compose file, from the file as compose
// reads it (`config`). Only names and images leave the host: `config` also prints the environment the .env
// files give, passwords among it, and that must reach neither the journal nor the log.
QString composeServicesLine(const ComposeHost& host, const QString& composeFile);
// The service whose image is `image` with any tag or digest (or exactly it); empty when none or several.
QString serviceWithImage(const QString& listing, const QString& image);

// The same, asked of the host once per job (remembered in the context). In a dry run nothing runs: the
// defaults stand (docker compose, sudo) and a service to be found by its image is shown as such.
Expected<ComposeHost, QString> composeHost(JobContext& ctx, HostRole role);
Expected<QString, QString> composeServiceName(JobContext& ctx, HostRole role, const QString& composeFile,
                                              const QString& image);

// A recipe command for one host, ready to run: a leading "docker compose" or "docker-compose" becomes the
// host's spelling, "docker" gets sudo where the socket needs it, and {{compose_service}} is the name of the
// recipe's first compose service (found by its image when the recipe gives none).
struct ResolvedCommand {
    QStringList argv;
    bool sudo = false;
};
bool usesDocker(const RecipeCommand& command);
Expected<ResolvedCommand, QString> resolveDockerCommand(JobContext& ctx, HostRole role,
                                                        const RecipeCommand& command);

} // namespace puw
