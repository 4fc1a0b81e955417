#!/usr/bin/env bash
# When a host cannot be reached, the step that meets it fails at once and says why (PostgreSQL world):
# - old's host key changed: step 1 fails (it used to pass and leave the reason to step 2), naming both
#   fingerprints, the known_hosts line and the ssh-keygen -R command, for a plain and for a hashed known_hosts;
# - old stops answering in the middle of the rehearsal's dump (its sshd frozen, the TCP connection intact):
#   step 3 fails within 10 s with "connection lost", and a retry once old answers again completes;
# - new stops answering in the middle of the rehearsal's import (step 4): the same, and old is untouched.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup

echo "== a fresh world"
e2e_fresh_world postgresql
fingerprint() { ssh-keygen -l -f "$1" | awk '{print $2}'; }

echo "== old's host key changed"
old="$(address_of old)"
ssh-keygen -q -t ed25519 -N '' -C impostor -f "$session/impostor" >/dev/null
known="$session/known_hosts"
awk -v host="$old" -v key="$(cut -d' ' -f1,2 "$session/impostor.pub")" \
  '$1 == host { print host, key; next } { print }' "$STATE/known_hosts" >"$known"
line="$(grep -n "^$old " "$known" | cut -d: -f1)"
grep "^$old " "$STATE/known_hosts" >"$session/real-old.pub"
recorded="$(fingerprint "$session/impostor.pub")"
presented="$(fingerprint "$session/real-old.pub")"
changed_plan="$session/plan-changed-key.json"
sed "s#\"knownHosts\": \"[^\"]*\"#\"knownHosts\": \"$known\"#" "$plan" >"$changed_plan"
out="$("$program" --headless --plan "$changed_plan" --session-dir "$session/changed" --through 1 2>&1)" &&
  fail "step 1 passed although old's host key changed: $out"
expect_contains "$out" "[1 install-new] Failed" "step 1 fails on the changed key"
expect_contains "$out" "CHANGED" "the message says the key changed"
expect_contains "$out" "$recorded" "the message names the recorded key's fingerprint"
expect_contains "$out" "$presented" "the message names the key the server presents"
expect_contains "$out" "$known:$line" "the message names the known_hosts line"
expect_contains "$out" "ssh-keygen -R $old -f $known" "the message gives the command that removes the old key"

ssh-keygen -q -H -f "$known" >/dev/null 2>&1
rm -f "$known.old"
grep -q "^$old " "$known" && fail "ssh-keygen -H left the name readable"
out="$("$program" --headless --plan "$changed_plan" --session-dir "$session/hashed" --through 1 2>&1)" &&
  fail "step 1 passed with a hashed known_hosts although old's key changed: $out"
expect_contains "$out" "[1 install-new] Failed" "with hashed names too, step 1 fails"
expect_contains "$out" "$recorded" "a hashed entry's recorded fingerprint is named"
expect_contains "$out" "$known:$line" "a hashed entry's line is named"

echo "== old stops answering in the middle of a dump"
out="$(run --through 2)" || fail "steps 1 and 2 failed: $out"
# A lock makes pg_dump wait in the middle of its work; the lock's own session is a local one on old.
as_root old "nohup runuser -u postgres -- psql -d demo -c 'BEGIN; LOCK TABLE order_line; SELECT pg_sleep(120)' >/dev/null 2>&1 &"
sleep 1
"$program" --headless --plan "$plan" --session-dir "$session" --through 3 >"$session/step3.log" 2>&1 &
runner=$!
for _ in $(seq 1 100); do as_root old "pgrep -x pg_dump" >/dev/null 2>&1 && break; sleep 0.2; done
as_root old "pgrep -x pg_dump" >/dev/null || fail "no pg_dump ran on old"
# The processes of a sandbox host matching a pattern, as seen from this machine (each host has its cgroup).
host_pids() { # host_pids HOST PGREP-PATTERN
  local pid
  for pid in $(pgrep -f "$2"); do
    if grep -q "puw-sandbox/$SUBNET-$1" "/proc/$pid/cgroup" 2>/dev/null; then echo "$pid"; fi
  done
}
# freeze_until_given_up HOST "N step-key" LOG: stops every sshd session of HOST (the TCP connections stay),
# waits for the running program ($runner), lets the sessions go on, and checks that the step failed within
# 10 s saying that the connection was lost.
freeze_until_given_up() {
  local frozen start elapsed_ms
  frozen="$(host_pids "$1" '^sshd: upgrader' | tr '\n' ' ')"
  [ -n "$frozen" ] || fail "no sshd session of $1 found to freeze"
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  kill -STOP $frozen
  wait "$runner" && fail "step ${2%% *} succeeded although $1 stopped answering" || true
  elapsed_ms=$((($(date +%s%N) - start) / 1000000))
  # shellcheck disable=SC2086
  kill -CONT $frozen
  expect_contains "$(cat "$3")" "[$2] Failed" "the silent $1 host fails step ${2%% *}"
  expect_contains "$(cat "$3")" "lost" "the failure says the connection was lost"
  [ "$elapsed_ms" -lt 10000 ] && pass "the silent $1 host was given up after $elapsed_ms ms (under 10 s)" ||
    fail "the silent $1 host was given up only after $elapsed_ms ms"
  echo "[ figures  ] a frozen $1 host fails step ${2%% *} after $elapsed_ms ms"
}
freeze_until_given_up old "3 rehearsal-backup" "$session/step3.log"
as_root old "runuser -u postgres -- psql -d demo -Atc \"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()\"" >/dev/null
out="$(run --through 3)" || fail "the retry of step 3 failed: $out"
expect_contains "$out" "[3 rehearsal-backup] Done" "once old answers again, a retry of step 3 completes"

echo "== new stops answering in the middle of the import"
before="$(data_fingerprint old)"
"$program" --headless --plan "$plan" --session-dir "$session" --through 4 >"$session/step4.log" 2>&1 &
runner=$!
# The freeze comes once step 4 says it recreates and restores the database on new (it takes about a second
# here): new then stops answering in the middle of that work.
for _ in $(seq 1 3000); do
  grep -q "Recreating the database on the new host and restoring" "$session/step4.log" && break
  sleep 0.01
done
grep -q "Recreating the database on the new host and restoring" "$session/step4.log" ||
  fail "step 4 never began its restore: $(cat "$session/step4.log")"
freeze_until_given_up new "4 import-backup" "$session/step4.log"
expect_equal "$(data_fingerprint old)" "$before" "old's data is as it was"
out="$(run --through 4)" || fail "the retry of step 4 failed: $out"
expect_contains "$out" "[4 import-backup] Done" "once new answers again, a retry of step 4 completes"
finish
