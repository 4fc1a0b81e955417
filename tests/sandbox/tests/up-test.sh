#!/usr/bin/env bash
# Brings the sandbox up for a test run (the ctest fixture's setup). Usage: up-test.sh postgresql|mariadb
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
started=$SECONDS
"$SANDBOX" up --db "${1:?usage: up-test.sh postgresql|mariadb}"
echo "up took $((SECONDS - started)) s"
"$SANDBOX" status
