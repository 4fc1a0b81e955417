#!/usr/bin/env bash
# README command (2): installs what is needed, builds, and runs every test except the benchmarks.
# With CI=true a missing prerequisite fails the run instead of skipping a test.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# Suites that start servers on fixed loopback addresses take ctest resource locks, so two jobs are safe.
ctest --test-dir "$build" --label-exclude bench --output-on-failure --parallel 2 --timeout 900
