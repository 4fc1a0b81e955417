#!/usr/bin/env bash
# Configures and builds the project in ./build (or $PUW_BUILD_DIR). Extra arguments go to cmake's configure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPUW_WERROR="$werror" "$@"
cmake --build "$build" --parallel "$(nproc)"
