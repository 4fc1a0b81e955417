#!/usr/bin/env bash
# The whole sandbox upgrade clicked through the real wizard (SandboxUpgradeTest.cpp), run by ctest under
# Xvfb. Usage: gui-upgrade-test.sh TEST_BINARY
# Starts from a fresh world: the e2e tests before this one (see DEPENDS in CMakeLists.txt) leave it
# upgraded, failed or rolled back, and the wizard must find v1 on old and nothing on new. Afterwards it
# checks from outside what the wizard's own assertions cannot: the old application stays stopped and
# disabled once systemd had time to restart it (Restart=always), and the new database holds the old rows.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$here/../../sandbox/tests/test-lib.sh"
binary="${1:?usage: gui-upgrade-test.sh TEST_BINARY}"
require_root
command -v curl >/dev/null || missing "curl (to ask the proxy which version it serves)"

echo "== a fresh world"
started=$SECONDS
"$SANDBOX" down
"$SANDBOX" up --db postgresql
echo "the world was reset in $((SECONDS - started)) s"
set -a
# shellcheck source=/dev/null
. "$STATE/secrets.env"
set +a
db=postgresql
# shellcheck source=../../e2e/e2e-lib.sh
. "$here/../../e2e/e2e-lib.sh"

echo "== the wizard"
if [ -n "${PUW_SCREENSHOT_DIR:-}" ]; then mkdir -p "$PUW_SCREENSHOT_DIR" && rm -f "$PUW_SCREENSHOT_DIR"/*.png; fi
started=$SECONDS
if PUW_TEST_PLAN="$STATE/plan.json" "$binary"; then pass "the wizard upgraded the sandbox"; else
  fail "the wizard's upgrade failed"
fi
echo "the wizard's run took $((SECONDS - started)) s; pictures in ${PUW_SCREENSHOT_DIR:-screenshots-upgrade}"

echo "== afterwards"
expect_contains "$(curl -sS "http://$(address_of proxy):8080/version")" '"version":"2.0.0"' "the proxy serves version 2"
sleep 5 # longer than systemd takes to restart a unit with Restart=always (RestartSec=1)
if ssh_key old 'systemctl is-active --quiet demo' </dev/null; then
  fail "the old application runs again"
else pass "the old application stays stopped"; fi
if ssh_key old 'systemctl is-enabled --quiet demo' </dev/null; then
  fail "the old application is still enabled after step 10"
else pass "step 10 disabled the old application"; fi
expect_equal "$(data_fingerprint new)" "$(data_fingerprint old)" "the new database holds the old rows, table by table"
finish
