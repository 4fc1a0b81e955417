# Helpers for the sandbox's tests. Sourced.
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by the tests that source this file
SANDBOX="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/sandbox"
STATE="${PUW_SANDBOX_DIR:-/tmp/puw-sandbox}"
ASKPASS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/askpass.sh"
# shellcheck source=../../support/check-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../support/check-lib.sh"

require_root() {
  [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null || missing "root or password-less sudo (the sandbox uses namespaces)"
}

# The world's subnet: what `up` recorded, else PUW_SANDBOX_SUBNET, else the default.
SUBNET="$(cat "$STATE/subnet" 2>/dev/null || echo "${PUW_SANDBOX_SUBNET:-127.0.0}")"
address_of() {
  case "$1" in proxy) echo "$SUBNET.10" ;; old) echo "$SUBNET.11" ;; new) echo "$SUBNET.12" ;; esac
}

ssh_options() {
  printf '%s\n' -F /dev/null -o "UserKnownHostsFile=$STATE/known_hosts" -o GlobalKnownHostsFile=/dev/null \
    -o StrictHostKeyChecking=yes -o ConnectTimeout=10 -o LogLevel=ERROR
}

# ssh with the key: ssh_key HOST COMMAND
ssh_key() {
  local host="$1"
  shift
  local options
  mapfile -t options < <(ssh_options)
  ssh "${options[@]}" -o BatchMode=yes -o IdentitiesOnly=yes -i "$STATE/keys/upgrader_ed25519" \
    "upgrader@$(address_of "$host")" "$@"
}

# ssh with the password only (SSH_ASKPASS answers it): ssh_password HOST COMMAND
ssh_password() {
  local host="$1"
  shift
  local options
  mapfile -t options < <(ssh_options)
  SSH_ASKPASS="$ASKPASS" SSH_ASKPASS_REQUIRE=force DISPLAY=none \
    ssh "${options[@]}" -o PubkeyAuthentication=no -o PreferredAuthentications=password \
    -o NumberOfPasswordPrompts=1 "upgrader@$(address_of "$host")" "$@" </dev/null
}

