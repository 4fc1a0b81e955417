#!/usr/bin/env bash
# The program killed (SIGKILL, as a crash or a closed laptop would) at each phase of the cutover, then started
# again, finishes the upgrade by itself with the data intact (PostgreSQL world):
# - during step 7, while systemctl waits for old's application to stop (version 1's test switch makes it slow);
# - during step 8's backup stream (a table lock holds pg_dump in the middle of its work);
# - during step 8's migrations on the new host (version 2's test switch pauses before each migration);
# - during step 8's checks, once the new application runs;
# - during step 9, right after nginx was given the new upstream.
# After each resume the proxy serves version 2 and the new database holds exactly the old rows; a rollback
# then brings version 1 back for the next kill. Last, a rollback of a step 9 killed after the reload (no
# record of the switch in the journal) still puts the proxy back on the old installation, and so does a
# rollback after a step 9 whose check failed once nginx had reloaded (new's application stopped).
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
version_behind_proxy() { curl -fsS --max-time 5 "http://$(address_of proxy):8080/version" 2>/dev/null || true; }
migration_pause() { # on the new host: version 2's test switch, or none
  as_root new "sed -i '/^\[testing\]/,\$d' /etc/demo/demo.conf; ${1:+printf '[testing]\nmigration_pause_seconds=%s\n' $1 >> /etc/demo/demo.conf}"
}

echo "== a fresh world and its rehearsal"
e2e_fresh_world postgresql
out="$(run --through 6)" || fail "the rehearsal failed: $out"
expect_contains "$out" "[6 run-checks] Done" "the rehearsal passes"
before="$(data_fingerprint old)"

# Starts the cutover in the background; the caller waits for its moment, then calls kill_cutover.
start_cutover() {
  log="$session/cutover-$1.log"
  "$program" --headless --plan "$plan" --session-dir "$session" --through 9 --assume-yes >"$log" 2>&1 &
  runner=$!
}
kill_cutover() {
  kill -KILL "$runner" 2>/dev/null || fail "the program had already ended before the kill ($1): $(cat "$log")"
  wait "$runner" 2>/dev/null || true
  pass "the program was killed $1"
}
wait_for_log() { # wait_for_log PATTERN: up to 60 s
  for _ in $(seq 1 600); do grep -q -- "$1" "$log" && return 0; sleep 0.1; done
  fail "the cutover never printed \"$1\": $(cat "$log")"
}
# After a kill: the next run finishes the cutover, version 2 serves with the old data, then a rollback.
resume_and_check() {
  local out
  out="$(run --through 9 --assume-yes)" || fail "the run after the kill $1 failed: $out"
  expect_contains "$out" "Resuming" "the run after the kill resumes the session"
  expect_contains "$out" "[9 route-traffic] Done" "the cutover killed $1 finishes"
  expect_contains "$(version_behind_proxy)" '"version":"2.' "version 2 serves behind the proxy"
  expect_equal "$(data_fingerprint new)" "$before" "the new database holds exactly the old rows"
  out="$(run --rollback)" || fail "the rollback after the kill $1 failed: $out"
  sleep 1
  expect_contains "$(version_behind_proxy)" '"version":"1.0.0"' "version 1 is back for the next kill"
  expect_equal "$(data_fingerprint old)" "$before" "the old data is as it was"
}

echo "== killed during step 7, while old's application stops"
as_root old "printf '[testing]\nstop_pause_seconds=4\n' >> /etc/demo/demo.conf && systemctl restart demo" ||
  fail "could not make old's application slow to stop"
start_cutover stop
wait_for_log "\[7 stop-both\] .*started"
for _ in $(seq 1 100); do
  [ "$(as_root old "systemctl is-active demo" 2>/dev/null || true)" = deactivating ] && break
  sleep 0.1
done
expect_equal "$(as_root old "systemctl is-active demo" || true)" deactivating "old's application is stopping"
kill_cutover "while old's application stopped"
expect_equal "$(journal "SELECT state FROM steps WHERE step = 7")" running "the killed program left step 7 running"
as_root old "sed -i '/^\[testing\]/,\$d' /etc/demo/demo.conf"
resume_and_check "during step 7"

echo "== killed during step 8's backup stream"
as_root old "runuser -u postgres -- psql -d demo -c 'BEGIN; LOCK TABLE order_line; SELECT pg_sleep(60)'" >/dev/null 2>&1 &
locker=$!
start_cutover stream
wait_for_log "\[8 final-sync\] .*started"
for _ in $(seq 1 150); do as_root old "pgrep -x pg_dump" >/dev/null 2>&1 && break; sleep 0.2; done
as_root old "pgrep -x pg_dump" >/dev/null || fail "no pg_dump ran on old in step 8"
kill_cutover "while pg_dump streamed"
as_root old "runuser -u postgres -- psql -d demo -Atc \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()\"" >/dev/null
wait "$locker" 2>/dev/null || true
expect_equal "$(journal "SELECT state FROM steps WHERE step = 8")" running "the killed program left step 8 running"
resume_and_check "during the backup"

echo "== killed during step 8's migrations"
migration_pause 3
start_cutover migrate
wait_for_log "\[8 final-sync\] .*pausing before"
kill_cutover "while a migration ran on new"
migration_pause ""
resume_and_check "during the migrations"

echo "== killed during step 8's checks"
start_cutover checks
wait_for_log "\[8 final-sync\] .*started"
# The checks begin once the new application answers: as soon as it does, the program is killed.
for _ in $(seq 1 300); do curl -fsS --max-time 1 "http://$(address_of new):8081/version" >/dev/null 2>&1 && break; sleep 0.1; done
# On a loaded machine the checks may be over before the poll sees new answer: the kill then lands in step 9,
# which is still a moment of the cutover, and the run says so.
if grep -q "\[8 final-sync\] Done" "$log"; then
  kill_cutover "after step 8 (its checks were over before the poll saw new answer)"
else
  kill_cutover "while step 8 checked the new application"
fi
resume_and_check "during the checks"

echo "== killed during step 9, after the reload"
start_cutover route
wait_for_log "\[9 route-traffic\] .*started"
for _ in $(seq 1 300); do version_behind_proxy | grep -q '"version":"2.' && break; sleep 0.05; done
kill_cutover "right after nginx routed to new"
resume_and_check "in step 9"

echo "== a rollback after a step 9 killed after the reload, with no record of the switch"
start_cutover route-rollback
wait_for_log "\[9 route-traffic\] .*started"
for _ in $(seq 1 300); do version_behind_proxy | grep -q '"version":"2.' && break; sleep 0.05; done
kill_cutover "right after nginx routed to new, before the rollback"
recorded="$(journal "SELECT value FROM session_values WHERE key = 'route.switched'")"
out="$(run --rollback)" || fail "the rollback after the killed step 9 failed: $out"
if [ -z "$recorded" ]; then
  expect_contains "$out" "an earlier run of step 9 switched it" "with no record, the rollback reads the proxy's file"
else
  pass "the kill came after the switch was recorded (route.switched=$recorded)"
fi
sleep 1
expect_contains "$(version_behind_proxy)" '"version":"1.0.0"' "the rollback puts the proxy back on version 1"
expect_equal "$(data_fingerprint old)" "$before" "the old data is as it was"

echo "== a step 9 whose check fails after the reload (new's application stopped), then --rollback"
out="$(run --through 8 --assume-yes)" || fail "steps 7 and 8 after the rollback failed: $out"
as_root new 'systemctl stop demo'
if out="$(run --through 9 --assume-yes)"; then fail "step 9 passed with new's application stopped: $out"; fi
expect_contains "$out" "[9 route-traffic] Failed" "step 9 fails when the public address does not answer from new"
expect_equal "$(journal "SELECT value FROM session_values WHERE key = 'route.switched'")" nginx \
  "the switch is recorded although its check failed"
out="$(run --rollback)" || fail "the rollback after the failed step 9 failed: $out"
sleep 1
expect_contains "$(version_behind_proxy)" '"version":"1.0.0"' "the rollback puts the proxy back on version 1"
expect_equal "$(data_fingerprint old)" "$before" "the old data is as it was"
finish
