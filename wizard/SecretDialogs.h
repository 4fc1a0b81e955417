#pragma once

#include "GuiSecrets.h"
#include "remote/SshTypes.h"

#include <optional>

class QWidget;

namespace puw {

// The first contact with a host: its key type and SHA256 fingerprint, to compare with what the host
// itself says before accepting. True when the admin accepts.
namespace HostKeyDialog {
bool ask(const HostKeyInfo& key, QWidget* parent);
}

// A password or passphrase, with the offer to remember it in the keychain. nullopt when cancelled.
namespace SecretDialog {
std::optional<GuiSecrets::SecretAnswer> ask(const GuiSecrets::SecretPrompt& prompt, QWidget* parent);
}

} // namespace puw
