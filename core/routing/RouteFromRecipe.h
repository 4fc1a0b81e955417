#pragma once

#include "NginxSwitch.h"
#include "plan/RouteSpec.h"
#include "recipes/RecipeBinding.h"
#include "util/Expected.h"

namespace puw {

// Step 9's nginx inputs from the bound recipe and the plan's route: the upstream file, the recipe's test and
// reload commands (file operations use sudo when the test does). Errors name what is missing.
Expected<NginxSetup, QString> nginxSetupFor(const RecipeBinding& binding, const RouteSpec& route);

// The recipe's upstream template with the plan's values ({{new_address}} is the new host).
Expected<QString, QString> nginxUpstreamFor(const RecipeBinding& binding);

// The check step 9 verifies through the public URL: path is appended to it ("/version").
HttpCheckRequest publicUrlCheck(const RouteSpec& route, const QString& path, const QString& bodyContains);

} // namespace puw
