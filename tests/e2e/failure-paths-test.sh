#!/usr/bin/env bash
# What goes wrong, unattended, against the sandbox (PostgreSQL world):
# - a dump killed mid-stream fails step 3; what arrived stays .partial on the new host, is never promoted nor
#   restored, and a retry of the step produces a complete backup;
# - the program killed (SIGKILL) during step 4 resumes: the interrupted step runs again and completes;
# - a migration that fails while its command exits 0 fails step 5;
# - a dump killed during step 8 (where the dump is restored as it streams) fails step 8; what arrived stays
#   .partial and is never promoted; --rollback brings version 1 back;
# - a failed step 8 followed by --rollback brings version 1 back behind the proxy with its data intact;
# - an nginx upstream the proxy cannot reach (a port where nothing listens) fails step 6, and the downtime
#   never begins; so does an upstream template nginx's test refuses (tried on a copy of the proxy's
#   configuration: the file nginx serves from is untouched).
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"

e2e_setup
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
set_failing_migration() { # on the new host: version 2's test switch that makes 0005 fail (and exit 0)
  as_root new "sed -i '/^\[testing\]/,\$d' /etc/demo/demo.conf; ${1:+printf '[testing]\nfail_migration=0005_product_review.sql\n' >> /etc/demo/demo.conf}"
}

out="$(run --through 2)" || fail "steps 1 and 2 failed: $out"

echo "== a dump killed mid-stream"
# A session that holds a table locked makes pg_dump wait in the middle of its work, where it is killed.
as_root old "runuser -u postgres -- psql -d demo -c 'BEGIN; LOCK TABLE order_line; SELECT pg_sleep(60)'" >/dev/null 2>&1 &
locker=$!
sleep 1
"$program" --headless --plan "$plan" --session-dir "$session" --through 3 >"$session/step3.log" 2>&1 &
runner=$!
for _ in $(seq 1 50); do as_root old "pgrep -x pg_dump" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1
as_root old "pkill -KILL -x pg_dump" || fail "no pg_dump to kill on old"
wait "$runner" && fail "step 3 succeeded although its dump was killed" || true
as_root old "runuser -u postgres -- psql -d demo -Atc \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()\"" >/dev/null
wait "$locker" 2>/dev/null || true
expect_contains "$(cat "$session/step3.log")" "[3 rehearsal-backup] Failed" "the killed dump fails step 3"
expect_equal "$(journal "SELECT state FROM steps WHERE step = 3")" failed "the journal records step 3 failed"
expect_equal "$(journal "SELECT count(*) FROM artefacts WHERE kind = 'backup' AND complete = 0")" 1 \
  "the journal records the backup as incomplete"
partial="$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep "rehearsal.*\.dump\.partial$" | tail -n 1')"
[ -n "$partial" ] && pass "what arrived stays as a .partial file on the new host ($partial)" ||
  fail "no .partial file on the new host"
if as_root new "test -e /var/tmp/parallel-upgrade/${partial%.partial}"; then fail "the partial dump was promoted"; else
  pass "the partial dump was never promoted"
fi
out="$(run --through 3)" || fail "retrying step 3 failed: $out"
expect_contains "$out" "[3 rehearsal-backup] Done" "a retry of step 3 makes a complete backup"
expect_contains "$(journal "SELECT value FROM session_values WHERE key = 'backup.path'")" ".dump" "the backup to import is the complete one"

echo "== the program killed during step 4, then started again"
# The program itself in the background (not a function's subshell), so that the kill reaches it.
"$program" --headless --plan "$plan" --session-dir "$session" --through 4 >"$session/step4.log" 2>&1 &
runner=$!
for _ in $(seq 1 100); do grep -q "\[4 import-backup\] .*started" "$session/step4.log" && break; sleep 0.05; done
kill -KILL "$runner"
wait "$runner" 2>/dev/null || true
expect_equal "$(journal "SELECT state FROM steps WHERE step = 4")" running "the killed program left step 4 running"
out="$(run --through 4)" || fail "the restarted run failed: $out"
expect_contains "$out" "Resuming" "the restarted run resumes the session"
expect_contains "$out" "[4 import-backup] Done" "the interrupted step 4 runs again and completes"
expect_equal "$(journal "SELECT attempts FROM steps WHERE step = 4")" 2 "step 4 was attempted twice"

echo "== a migration that fails with exit code 0"
set_failing_migration yes
out="$(run --through 5)" && fail "step 5 succeeded although a migration failed" || true
expect_contains "$out" "[5 start-new] Failed" "the failed migration fails step 5"
expect_contains "$out" "0005_product_review.sql ✘" "the failure names the migration"
set_failing_migration ""
out="$(run --through 6)" || fail "steps 5 and 6 failed after the fix: $out"
expect_contains "$out" "[6 run-checks] Done" "after the fix, steps 5 and 6 pass"

echo "== a dump killed during step 8, then --rollback"
before="$(data_fingerprint old)"
as_root old "runuser -u postgres -- psql -d demo -c 'BEGIN; LOCK TABLE order_line; SELECT pg_sleep(60)'" >/dev/null 2>&1 &
locker=$!
"$program" --headless --plan "$plan" --session-dir "$session" --through 9 --assume-yes >"$session/step8.log" 2>&1 &
runner=$!
for _ in $(seq 1 150); do as_root old "pgrep -x pg_dump" >/dev/null 2>&1 && break; sleep 0.2; done
sleep 1
as_root old "pkill -KILL -x pg_dump" || fail "no pg_dump to kill on old during step 8"
wait "$runner" && fail "the cutover succeeded although its dump was killed" || true
as_root old "runuser -u postgres -- psql -d demo -Atc \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()\"" >/dev/null
wait "$locker" 2>/dev/null || true
expect_contains "$(cat "$session/step8.log")" "[8 final-sync] Failed" "the killed dump fails step 8"
partial="$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep "final.*\.dump\.partial$" | tail -n 1')"
[ -n "$partial" ] && pass "what arrived in step 8 stays as a .partial file ($partial)" ||
  fail "no final .partial file on the new host"
if as_root new "test -e /var/tmp/parallel-upgrade/${partial%.partial}"; then fail "the partial final dump was promoted"; else
  pass "the partial final dump was never promoted"
fi
expect_equal "$(journal "SELECT count(*) FROM artefacts WHERE kind = 'backup' AND complete = 0 AND path LIKE '%final%'")" 1 \
  "the journal records the final backup as incomplete"
out="$(run --rollback)" || fail "the rollback after the killed dump failed: $out"
sleep 1
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "version 1 is back after the killed dump"
expect_equal "$(data_fingerprint old)" "$before" "the old data is intact after the killed dump"

echo "== a failed step 8, then --rollback"
before="$(data_fingerprint old)"
set_failing_migration yes
out="$(run --through 9 --assume-yes)" && fail "the cutover succeeded although step 8 could not" || true
expect_contains "$out" "[7 stop-both] Done" "step 7 stopped both servers"
expect_contains "$out" "[8 final-sync] Failed" "step 8 fails"
out="$(run --rollback)" || fail "the rollback failed: $out"
sleep 1
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "version 1 is back behind the proxy"
expect_equal "$(data_fingerprint old)" "$before" "the old data is intact"
expect_equal "$(journal "SELECT state FROM steps WHERE step = 7")" pending "the cutover can be tried again"
set_failing_migration ""

echo "== an upstream the proxy cannot reach fails step 6, before the downtime, not step 9"
# The demo recipe with nginx's upstream on a port where nothing listens: the program's own checks reach
# the application (through new's SSH), only the proxy's way to it is broken, as with a firewall between.
config="$session/config"
mkdir -p "$config/parallel-upgrade/recipes"
# A copy of the demo recipe named ID whose nginx upstream has FROM replaced by TO, as a user recipe, and a
# copy of the plan that names it (plan-ID.json); the program finds it with XDG_CONFIG_HOME="$config".
upstream_variant() { # upstream_variant ID FROM TO
  python3 - "$(dirname "${BASH_SOURCE[0]}")/../../resources/recipes/demo.json" "$config/parallel-upgrade/recipes" \
    "$plan" "$session" "$@" <<'PY'
import json, sys
source, recipes, plan_file, session, name, before, after = sys.argv[1:]
recipe = json.load(open(source))
recipe["id"] = name
recipe["routing"]["nginxUpstream"] = recipe["routing"]["nginxUpstream"].replace(before, after)
json.dump(recipe, open(f"{recipes}/{name}.json", "w"))
plan = json.load(open(plan_file))
plan["recipe"] = name
json.dump(plan, open(f"{session}/plan-{name}.json", "w"))
PY
}
upstream_variant demo-elsewhere "{{app_port}}" 18089
out="$(XDG_CONFIG_HOME="$config" "$program" --headless --plan "$session/plan-demo-elsewhere.json" \
  --session-dir "$session/elsewhere" --through 9 --assume-yes 2>&1)" &&
  fail "the upgrade went on although the proxy cannot reach new: $out"
expect_contains "$out" "[5 start-new] Done" "steps 1 to 5 are done"
expect_contains "$out" "[6 run-checks] Failed" "step 6 fails"
expect_contains "$out" "From the proxy ($(address_of proxy)), $(address_of new):18089 does not answer" \
  "naming the proxy and the upstream nginx would use"
if grep -qF "[7 stop-both]" <<<"$out"; then fail "step 7 started: the downtime began"; fi
pass "the downtime never began"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "users stay on version 1"

echo "== an nginx upstream template nginx refuses fails step 6, on a copy of the proxy's configuration"
upstream_file="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["route"]["upstreamFile"])' "$plan")"
served_before="$(as_root proxy "cat $(printf '%q' "$upstream_file")")"
upstream_variant demo-broken-upstream "{{app_port}};" "{{app_port}}"
out="$(XDG_CONFIG_HOME="$config" "$program" --headless --plan "$session/plan-demo-broken-upstream.json" \
  --session-dir "$session/broken" --through 9 --assume-yes 2>&1)" &&
  fail "the upgrade went on with an upstream nginx refuses: $out"
expect_contains "$out" "[6 run-checks] Failed" "step 6 fails"
expect_contains "$out" "nginx's test refuses its configuration with the new upstream" "saying nginx's test refused it"
if grep -qF "[7 stop-both]" <<<"$out"; then fail "step 7 started: the downtime began"; fi
expect_equal "$(as_root proxy "cat $(printf '%q' "$upstream_file")")" "$served_before" "the file nginx serves from is unchanged"
expect_equal "$(as_root proxy 'ls -d /tmp/puw-nginx-test.* 2>/dev/null | wc -l')" 0 "and the copy is gone"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "users stay on version 1"
finish
