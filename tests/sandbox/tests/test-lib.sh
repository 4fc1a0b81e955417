# Helpers for the sandbox's tests. Sourced.
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by the tests that source this file
SANDBOX="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/sandbox"
STATE="${PUW_SANDBOX_DIR:-/tmp/puw-sandbox}"
ASKPASS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/askpass.sh"
SKIP=77 # ctest's SKIP_RETURN_CODE for these tests
failures=0

fail() {
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}
pass() { printf 'ok: %s\n' "$*"; }

# A missing prerequisite: a skip on a developer's machine, a failure in CI.
missing() {
  case "${CI:-}" in
    true | 1)
      printf 'FAIL: missing prerequisite in CI: %s\n' "$*" >&2
      exit 1
      ;;
  esac
  printf 'SKIP: missing prerequisite: %s\n' "$*" >&2
  exit "$SKIP"
}

require_root() {
  [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null || missing "root or password-less sudo (the sandbox uses namespaces)"
}

# Checks $1 (actual) contains $2; $3 describes it.
expect_contains() {
  if grep -qF -- "$2" <<<"$1"; then pass "$3"; else fail "$3: expected '$2' in: $1"; fi
}

expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3"; else fail "$3: expected '$2', got '$1'"; fi
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

finish() {
  if [ "$failures" -gt 0 ]; then
    printf '%d check(s) failed\n' "$failures" >&2
    exit 1
  fi
  echo "all checks passed"
}
