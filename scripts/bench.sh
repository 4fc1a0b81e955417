#!/usr/bin/env bash
# Runs the benchmarks (ctest label "bench"); each prints its figures. Builds first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
"$root/scripts/build.sh"
ctest --test-dir "$build" --label-regex bench --output-on-failure --verbose
