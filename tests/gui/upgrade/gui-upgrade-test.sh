#!/usr/bin/env bash
# The whole sandbox upgrade clicked through the real wizard (SandboxUpgradeTest.cpp), run by ctest under
# Xvfb. Usage: gui-upgrade-test.sh TEST_BINARY [demo|openboxes|parsec]
# Starts from a fresh world of that application: the e2e tests before this one (see DEPENDS in
# CMakeLists.txt) leave it upgraded, failed or rolled back, and the wizard must find the old version on old
# and nothing on new. Afterwards it checks from outside what the wizard's own assertions cannot: the old
# application stays stopped once systemd or dockerd had time to bring it back (Restart=always, restart:
# always), and the new database holds the old rows.
set -euo pipefail
here="$(dirname "${BASH_SOURCE[0]}")"
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$here/../../sandbox/tests/test-lib.sh"
binary="${1:?usage: gui-upgrade-test.sh TEST_BINARY [demo|openboxes|parsec]}"
app="${2:-demo}"
require_root
command -v curl >/dev/null || missing "curl (to ask the proxy which version it serves)"

echo "== a fresh world ($app)"
started=$SECONDS
"$SANDBOX" down
if [ "$app" = demo ]; then "$SANDBOX" up --db postgresql; else "$SANDBOX" up --app "$app"; fi
echo "the world was reset in $((SECONDS - started)) s"
set -a
# shellcheck source=/dev/null
. "$STATE/secrets.env"
set +a
db=postgresql
[ "$app" != openboxes ] || db=mariadb
# shellcheck source=../../e2e/e2e-lib.sh
. "$here/../../e2e/e2e-lib.sh"
# shellcheck source=../../e2e/parsec-lib.sh
. "$here/../../e2e/parsec-lib.sh"

echo "== the wizard"
if [ -n "${PUW_SCREENSHOT_DIR:-}" ]; then mkdir -p "$PUW_SCREENSHOT_DIR" && rm -f "$PUW_SCREENSHOT_DIR"/*.png; fi
started=$SECONDS
if PUW_TEST_APP="$app" PUW_TEST_PLAN="$STATE/plan.json" "$binary"; then pass "the wizard upgraded the sandbox"; else
  fail "the wizard's upgrade failed"
fi
echo "the wizard's run took $((SECONDS - started)) s; pictures in ${PUW_SCREENSHOT_DIR:-screenshots-upgrade}"

echo "== afterwards"
case "$app" in
  demo)
    expect_contains "$(curl -sS "http://$(address_of proxy):8080/version")" '"version":"2.0.0"' "the proxy serves version 2"
    sleep 5 # longer than systemd takes to restart a unit with Restart=always (RestartSec=1)
    if ssh_key old 'systemctl is-active --quiet demo' </dev/null; then fail "the old application runs again"; else
      pass "the old application stays stopped"
    fi
    if ssh_key old 'systemctl is-enabled --quiet demo' </dev/null; then fail "the old application is still enabled after step 10"; else
      pass "step 10 disabled the old application"
    fi
    expect_equal "$(data_fingerprint new)" "$(data_fingerprint old)" "the new database holds the old rows, table by table"
    ;;
  openboxes)
    expect_contains "$(curl -sS "http://$(address_of proxy):8080/openboxes/api/status")" '"version": "0.9.1"' "the proxy serves 0.9.1"
    sleep 5
    if ssh_key old 'systemctl is-active --quiet tomcat10' </dev/null; then fail "Tomcat runs again on old"; else
      pass "Tomcat on old stays stopped"
    fi
    if ssh_key old 'systemctl is-enabled --quiet tomcat10' </dev/null; then fail "Tomcat on old is still enabled after step 10"; else
      pass "step 10 disabled Tomcat on old"
    fi
    ;;
  parsec)
    expect_contains "$(parsec_public_version)" '"version": "2.16.0"' "the proxy serves v2.16.0"
    parsec_old_containers_stay_away
    # Old's database again from the volume step 10 kept, to compare with what new holds.
    as_root old "$parsec_compose up -d -- postgres" >/dev/null 2>&1 || fail "old's database does not start from its volume"
    for _ in $(seq 1 50); do parsec_sql old 'SELECT 1' >/dev/null 2>&1 && break; sleep 0.2; done
    expect_equal "$(parsec_fingerprint new)" "$(parsec_fingerprint old)" "the new database holds the old rows, table by table"
    as_root old "$parsec_compose rm --stop --force -- postgres" >/dev/null 2>&1 || true
    ;;
  *) fail "no such application: $app" ;;
esac
finish
