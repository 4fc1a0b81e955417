#!/usr/bin/env bash
# Configures and builds the project in ./build (or $PUW_BUILD_DIR). Extra arguments go to cmake's configure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
werror=OFF
if [ "${CI:-}" = "true" ]; then werror=ON; fi
launcher=()
# ccache, when a developer has it, makes rebuilds in several worktrees cheap; CI builds once and does not need it.
if command -v ccache >/dev/null 2>&1; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPUW_WERROR="$werror" "${launcher[@]}" "$@"
cmake --build "$build" --parallel "$(nproc)"
