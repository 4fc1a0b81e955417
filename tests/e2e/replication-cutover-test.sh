#!/usr/bin/env bash
# The plan's replication mode (database.sync = "replication") on the booted Debian machines, PostgreSQL as
# Debian configures it (wal_level = replica).
# Proves: without the admin's consent step 4 keeps the dump as the mode and says it is old's wal_level;
# with it (--allow-old-database-restart) step 4 sets wal_level = logical, restarts old's PostgreSQL and
# records how long its database was unavailable, then new's sync database follows old while users keep
# writing through the proxy during steps 1 to 6; step 8 only catches up, and the upgrade ends with every
# count and checksum equal, new's data equal to old's, and no slot, publication or replication role left on
# old, no sync database on new. A rollback after step 4 removes what the mode added as well.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
LOAD="$(cd "$(dirname "${BASH_SOURCE[0]}")/../sandbox/load" && pwd)/proxy-load"

e2e_fresh_world postgresql
e2e_setup
trap 'stop_writes; rm -rf "$session"; e2e_fresh_world postgresql >/dev/null 2>&1 || true' EXIT
python3 - "$plan" "$session/plan.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan.setdefault("database", {})["sync"] = "replication"
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
plan="$session/plan.json"
psql_on() { as_root "$1" "runuser -u postgres -- psql -d ${3:-demo} -Atqc \"$2\""; }
value_of() { sqlite3 "$1/journal.sqlite" "SELECT value FROM session_values WHERE key = '$2'"; }
leftovers_on_old() {
  psql_on old "SELECT 'slot ' || slot_name FROM pg_replication_slots UNION ALL SELECT 'publication ' || pubname FROM pg_publication UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname = 'puw_sync'"
}
sync_databases_on_new() { psql_on new "SELECT count(*) FROM pg_database WHERE datname = 'demo_puw_sync'" postgres; }
writes="http://$(address_of proxy):8080/customers"
start_writes() { # start_writes OUTPUT: about 5 sign-ups a second through the proxy, until stop_writes
  rm -f "$session/stop-writes"
  "$LOAD" "$writes" --post --rate 5 --seconds 600 --until-file "$session/stop-writes" --out "$1" >"$1.summary" 2>&1 &
  writes_pid=$!
}
stop_writes() {
  [ -n "${writes_pid:-}" ] || return 0
  touch "$session/stop-writes"
  wait "$writes_pid" || true
  writes_pid=
}

echo "== without consent, old's wal_level keeps the dump as the mode"
expect_equal "$(psql_on old 'SHOW wal_level')" replica "old's PostgreSQL runs with Debian's wal_level"
out="$("$program" --headless --plan "$plan" --session-dir "$session/plain" --through 4 2>&1)" ||
  fail "steps 1 to 4 failed: $out"
expect_contains "$out" "Replication did not start" "step 4 says replication did not start"
expect_contains "$out" "wal_level is \"replica\"" "naming old's wal_level as the reason"
expect_equal "$(value_of "$session/plain" sync.mode)" dump "the journal records the dump as the mode"
expect_equal "$(psql_on old 'SHOW wal_level')" replica "old's configuration was not changed"

echo "== with consent: the restart, then new follows old while users write through the proxy"
start_writes "$session/writes.txt"
sleep 2
out="$(run --through 6 --allow-old-database-restart)" || fail "steps 1 to 6 in replication mode failed: $out"
expect_contains "$out" "follows old by logical replication" "step 4 started the replication"
expect_contains "$out" "Replication: new is" "step 6 read the replication's state"
expect_equal "$(psql_on old 'SHOW wal_level')" logical "old's wal_level is logical now"
restart_ms="$(value_of "$session" sync.wal_restart_ms)"
[ "${restart_ms:-0}" -gt 0 ] && pass "old's database was unavailable for ${restart_ms} ms during its restart" ||
  fail "the restart's unavailability was not recorded"
sleep 2
stop_writes
written="$(awk '$2 == 201' "$session/writes.txt" | wc -l)"
[ "$written" -ge 20 ] && pass "$written sign-ups were written through the proxy during the rehearsal" ||
  fail "only $written writes went through (see $session/writes.txt.summary)"
old_count="$(psql_on old 'SELECT count(*) FROM customer')"
for _ in $(seq 1 50); do
  [ "$(psql_on new 'SELECT count(*) FROM customer' demo_puw_sync)" = "$old_count" ] && break
  sleep 0.2
done
expect_equal "$(psql_on new 'SELECT count(*) FROM customer' demo_puw_sync)" "$old_count" \
  "new's sync database holds every customer old has, the later sign-ups included"
[ "$(psql_on new 'SELECT count(*) FROM customer')" -lt "$old_count" ] &&
  pass "the rehearsal's copy (steps 5 and 6 ran on it) does not have them: the writes reached only the sync database" ||
  fail "the rehearsal's copy grew: the replication wrote into the application's database"

echo "== the cutover catches up"
out="$(run --through 9 --assume-yes)" || fail "the cutover in replication mode failed: $out"
expect_contains "$out" "New caught up with old" "step 8 caught up instead of dumping"
expect_contains "$(grep -F '[8 final-sync] Done' <<<"$out")" "every count and content checksum matches" \
  "step 8 compared every count and checksum"
expect_equal "$(leftovers_on_old)" "" "no slot, publication or replication role is left on old"
expect_equal "$(sync_databases_on_new)" 0 "the sync database became new's application database"
expect_equal "$(data_fingerprint new)" "$(data_fingerprint old)" "new's data equals old's, table by table"
timings="$(value_of "$session" cutover.timings)"
expect_contains "$timings" '"catch_up"' "the downtime's catch-up part was measured"
if grep -q '"stream"' <<<"$timings"; then fail "step 8 streamed a dump: $timings"; else pass "no dump was streamed at cutover"; fi
echo "   cutover parts (ms): $timings"
# The replication role's password travels as secret input only: nothing in the journal holds one.
leaks="$(sqlite3 "$session/journal.sqlite" .dump | grep -cE "PASSWORD E'|password=" || true)"
expect_equal "$leaks" 0 "the journal holds no password of the replication role"

echo "== a rollback after step 4 removes the mode from both hosts"
e2e_fresh_world postgresql
. "$STATE/secrets.env"
python3 - "$STATE/plan.json" "$plan" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan.setdefault("database", {})["sync"] = "replication"
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
out="$("$program" --headless --plan "$plan" --session-dir "$session/undo" --through 4 --allow-old-database-restart 2>&1)" ||
  fail "steps 1 to 4 failed: $out"
expect_contains "$out" "follows old by logical replication" "step 4 started the replication"
[ -n "$(leftovers_on_old)" ] && pass "old holds the mode's slot, publication and role" || fail "nothing on old to remove"
out="$("$program" --headless --plan "$plan" --session-dir "$session/undo" --rollback --assume-yes 2>&1)" ||
  fail "the rollback failed: $out"
expect_contains "$out" "Replication removed" "the rollback says it removed the replication"
expect_contains "$out" "wal_level stays logical" "and that old's wal_level stays as the mode set it"
expect_equal "$(leftovers_on_old)" "" "nothing of the mode is left on old"
expect_equal "$(sync_databases_on_new)" 0 "no sync database is left on new"
finish
