#!/usr/bin/env bash
# Proves the shared-database world (`sandbox up --shared-db`) is what the README says: new's demo configured
# for old's server over TCP, nothing of demo's on new's own server, the plans' database and canary sections,
# and the test tools of the canary: v2 run by hand on new (without its unit, which would migrate old's
# database) behind a 50/50 upstream, proxy-load's shares, fail_proxied_percent. Leaves the world as it found
# it (upstream, new's demo.conf, no process left on new).
# Usage: shared-db-world-test.sh postgresql|mariadb
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

db="${1:?usage: shared-db-world-test.sh postgresql|mariadb}"
LOAD="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/load/proxy-load"
UPSTREAM=/etc/nginx/conf.d/demo-upstream.conf
require_root
for program in curl python3; do command -v "$program" >/dev/null || missing "$program"; done
[ -s "$STATE/world.env" ] || missing "the sandbox world is not up in $STATE"
# shellcheck source=/dev/null
. "$STATE/world.env"
expect_equal "$DB_ENGINE" "$db" "the world runs $db"
expect_equal "${SHARED_DB:-no}" yes "world.env records the shared-database world"
old="$(address_of old)"
new="$(address_of new)"
proxy="$(address_of proxy)"
port=5432
[ "$db" = postgresql ] || port=3306
work="$(mktemp -d)"

# Puts back what the test changed, whatever happened: the upstream, new's configuration, the hand-run v2.
restore_world() {
  "$SANDBOX" shell new systemctl stop demo-by-hand >/dev/null 2>&1 || true
  "$SANDBOX" shell new systemctl reset-failed demo-by-hand >/dev/null 2>&1 || true
  "$SANDBOX" shell new cp /etc/demo/demo.conf.test-backup /etc/demo/demo.conf 2>/dev/null || true
  "$SANDBOX" shell new rm -f /etc/demo/demo.conf.test-backup 2>/dev/null || true
  if [ -s "$work/upstream" ]; then
    "$SANDBOX" shell proxy tee "$UPSTREAM" <"$work/upstream" >/dev/null || true
    "$SANDBOX" shell proxy nginx -s reload || true
  fi
  rm -rf "$work"
}
trap restore_world EXIT

echo "== mode"
expect_contains "$("$SANDBOX" status 2>&1 || true)" "shared database" "status names the shared database"
"$SANDBOX" plan --shared-db >/dev/null 2>&1 || fail "plan --shared-db refuses the shared-database world"

echo "== new's demo uses old's database"
conf="$("$SANDBOX" shell new cat /etc/demo/demo.conf)"
expect_contains "$conf" "host=$old" "new's demo.conf names old's address"
expect_contains "$conf" "port=$port" "new's demo.conf names the port"
if [ "$db" = postgresql ]; then
  expect_contains "$("$SANDBOX" shell old cat /etc/postgresql/15/main/pg_hba.conf)" \
    "host demo demo $new/32 scram-sha-256" "old's pg_hba.conf lets demo in from new's address"
  on_new="$("$SANDBOX" shell new runuser -u postgres -- psql -XAt -c "SELECT count(*) FROM pg_database WHERE datname = 'demo'")"
else
  # shellcheck disable=SC2016 # MariaDB's backquotes, not a command
  expect_contains "$("$SANDBOX" shell old mariadb -N -e "SHOW GRANTS FOR 'demo'@'$new'")" \
    'ALL PRIVILEGES ON `demo`.*' "old's MariaDB has demo@$new with demo's grants"
  on_new="$("$SANDBOX" shell new mariadb -N -e "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'demo'")"
fi
expect_equal "$on_new" 0 "new's own server holds no demo database"
dry="$("$SANDBOX" shell new runuser -u demo -- /opt/demo/bin/demo-app migrate --dry-run)"
expect_contains "$dry" "0003_order_summary.sql (already applied)" "v2 on new reads old's migrations over TCP"
expect_contains "$dry" "0005_product_review.sql ✔" "v2 on new sees its own two as pending"
expect_equal "$("$SANDBOX" shell new systemctl is-active demo || true)" inactive "new's demo.service stays stopped"

echo "== plans"
python3 - "$STATE" <<'PY' || fail "the plans lack the shared-database sections"
import json, sys
state = sys.argv[1]
canary = {"stages": [10, 50, 100], "holdSeconds": 15, "maxErrorRate": 0.02, "maxP95LatencyMs": 2000, "minRequests": 5}
plan = json.load(open(f"{state}/plan.json"))
assert plan["database"] == {"shared": True}, plan.get("database")
assert plan["route"]["canary"] == canary, plan["route"].get("canary")
dns = json.load(open(f"{state}/plan-dns.json"))
assert dns["database"] == {"shared": True} and "canary" not in dns["route"]
PY
pass "plan.json has database.shared and the canary; plan-dns.json database.shared only"

echo "== v2 by hand behind a 50/50 upstream"
"$SANDBOX" shell proxy cat "$UPSTREAM" >"$work/upstream"
"$SANDBOX" shell new cp /etc/demo/demo.conf /etc/demo/demo.conf.test-backup
# serve without the unit: its ExecStartPre would migrate old's database.
"$SANDBOX" shell new systemd-run --quiet --unit demo-by-hand -p User=demo -p Group=demo \
  /opt/demo/bin/demo-app serve --config /etc/demo/demo.conf --address "$new" --log /var/log/demo/demo.log
# Until new's hand-run v2 answers (5 s at most).
wait_for_new() {
  local _
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://$new:8081/version" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}
wait_for_new || fail "v2 run by hand on new does not answer"
health="$(curl -sS "http://$new:8081/health" || true)"
expect_contains "$health" '"database":"ok"' "v2 on new reaches old's database (/health: $health)"
printf 'upstream demo_backend {\n    server %s:8081 weight=50;\n    server %s:8081 weight=50;\n}\n' "$old" "$new" |
  "$SANDBOX" shell proxy tee "$UPSTREAM" >/dev/null
"$SANDBOX" shell proxy nginx -s reload
sleep 1
summary="$("$LOAD" "http://$proxy:8080/version" --rate 20 --seconds 5 --out "$work/even.txt")"
echo "$summary"
v1="$(awk '$3 == "1.0.0"' "$work/even.txt" | wc -l)"
v2="$(awk '$3 == "2.0.0"' "$work/even.txt" | wc -l)"
if [ "$v1" -ge 30 ] && [ "$v2" -ge 30 ]; then pass "a 50/50 upstream: $v1 answers of v1, $v2 of v2"; else
  fail "a 50/50 upstream gave $v1 answers of v1 and $v2 of v2"
fi

echo "== fail_proxied_percent=30 on new"
error_lines() { "$SANDBOX" shell new grep -c 'ERROR testing: answering 500' /var/log/demo/demo.log || true; }
errors_before="$(error_lines)"
"$SANDBOX" shell new bash -c 'printf "\n[testing]\nfail_proxied_percent=30\n" >>/etc/demo/demo.conf'
"$SANDBOX" shell new systemctl restart demo-by-hand
wait_for_new || fail "v2 does not answer after its restart"
"$LOAD" "http://$proxy:8080/version" --rate 20 --seconds 10 --out "$work/failing.txt"
errors="$(awk '$2 == "500"' "$work/failing.txt" | wc -l)"
answers_of_new="$(awk '$3 != "1.0.0"' "$work/failing.txt" | wc -l)"
[ "$answers_of_new" -ge 50 ] || fail "new answered only $answers_of_new requests"
# Exactly 30 of every 100 proxied requests fail; a count that is not a multiple of 10 rounds down.
expect_equal "$errors" "$((answers_of_new * 30 / 100))" "30% of new's $answers_of_new proxied answers are 500"
expect_equal "$(awk '$3 == "1.0.0" && $2 != "200"' "$work/failing.txt" | wc -l)" 0 "old's answers stay 200"
direct="$(curl -s -o /dev/null -w '%{http_code}' "http://$new:8081/version")"
expect_equal "$direct" 200 "a direct request to new (no X-Forwarded-For) stays healthy"
expect_equal "$(curl -sS "http://$new:8081/health" || true)" "$health" "new's direct /health is unchanged"
expect_equal "$(($(error_lines) - errors_before))" "$errors" "each 500 is an ERROR line in new's log"

finish
