#!/usr/bin/env bash
# The generic recipe for a systemd service (systemd-postgresql or systemd-mysql) upgrades the sandbox's
# machines, unattended, through step 9: the demo's unit seen as any application whose unit migrates its own
# schema when it starts, its database reached as the application's user on each host's own address.
# Proves: the proxy serves version 2; the new database holds the old rows table by table (counts and content
# checksums with the engine's own client); the configuration file reached new; old's unit is disabled and
# stays inactive after systemd had time to restart it. Usage: systemd-recipe-upgrade-test.sh postgresql|mariadb
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db="${1:?usage: systemd-recipe-upgrade-test.sh postgresql|mariadb}"
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
recipe=systemd-postgresql
[ "$db" = postgresql ] || recipe=systemd-mysql

echo "== a fresh world, and its plan for the $recipe recipe"
e2e_fresh_world "$db"
plan="$("$SANDBOX" plan --recipe "$recipe")"
expect_contains "$(cat "$plan")" "\"recipe\": \"$recipe\"" "the plan names the $recipe recipe"

echo "== rehearsal: steps 1 to 6"
out="$(run --through 6)" || fail "the rehearsal failed: $out"
for step in "1 install-new" "2 copy-config" "3 rehearsal-backup" "4 import-backup" "5 start-new" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/version")" '"version":"1.0.0"' "users still reach v1"

echo "== cutover: steps 7 to 9"
out="$(run --through 9 --assume-yes)" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/version")" '"version":"2.0.0"' "the proxy serves version 2"
old_data="$(data_fingerprint old)"
expect_equal "$(data_fingerprint new)" "$old_data" "the new database holds the old rows, table by table"
expect_contains "$(as_root new 'cat /etc/demo/demo.conf')" "workers=16" "the configuration file reached the new host"
sleep 3 # longer than systemd takes to restart a unit with Restart=always (RestartSec=1)
if ssh_key old 'systemctl is-active --quiet demo' </dev/null; then fail "old's unit runs again"; else
  pass "old's unit stays inactive"
fi
if ssh_key old 'systemctl is-enabled --quiet demo' </dev/null; then fail "old's unit is still enabled"; else
  pass "old's unit is disabled"
fi
states="$(sqlite3 "$session/journal.sqlite" "SELECT group_concat(step || ':' || state, ' ') FROM (SELECT * FROM steps ORDER BY step)")"
expect_equal "$states" "1:done 2:done 3:done 4:done 5:done 6:done 7:done 8:done 9:done" "the journal holds steps 1 to 9 done"
finish
