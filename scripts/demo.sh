#!/usr/bin/env bash
# README command (1): installs what is needed, builds, and opens the wizard on the built-in demo.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
sandbox="$root/tests/sandbox/sandbox"
if [ -x "$sandbox" ]; then
  # The sandbox boots three Debian machines with systemd-nspawn: that needs root.
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo --preserve-env=PUW_BUILD_DIR,PUW_SANDBOX_DIR,PUW_SANDBOX_SUBNET,PUW_SANDBOX_CACHE); fi
  PUW_BUILD_DIR="$build" "${sudo_cmd[@]}" "$sandbox" up
  plan="$(PUW_BUILD_DIR="$build" "${sudo_cmd[@]}" "$sandbox" plan)"
  # The sandbox's passwords, in the environment variables its plan names (never in the plan itself).
  eval "$(PUW_BUILD_DIR="$build" "${sudo_cmd[@]}" "$sandbox" plan --env)"
  exec "$build/app/parallel-upgrade" --plan "$plan" "$@"
fi
exec "$build/app/parallel-upgrade" "$@"
