#!/usr/bin/env bash
# The DNS route, unattended, against the sandbox (PostgreSQL world), as an admin with no proxy runs it:
# step 9 keeps waiting while the sandbox's resolver still answers with the old host, ends when the admin
# has changed the record (`sandbox dns new`), and only then stops the downtime clock; a rollback afterwards
# keeps what users wrote to the new installation and tells the admin to point the record back.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"

e2e_setup
plan="$("$SANDBOX" plan --route dns)"
"$SANDBOX" dns old >/dev/null
trap '"$SANDBOX" dns old >/dev/null 2>&1 || true; rm -rf "$session"' EXIT
resolve() { dig +short +time=2 +tries=1 -p 53 "@$(address_of proxy)" app.sandbox.test A | tail -n 1; }
expect_equal "$(resolve)" "$(address_of old)" "before the cutover the name points at the old host"

out="$(run --through 6)" || fail "the rehearsal failed: $out"
# Step 6 asked the resolver before the downtime: the record, its live TTL (dnsmasq's local-ttl=5) and the
# advice the step 7 page shows.
advice="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'dns.advice'")"
expect_contains "$advice" "Change the A record of app.sandbox.test to $(address_of new)." "step 6 says which record to change"
expect_contains "$advice" "It now points to $(address_of old) with a TTL of 5 s." "step 6 reads the record's live TTL from the resolver"
expect_contains "$(sqlite3 "$session/journal.sqlite" "SELECT passed || ' ' || detail FROM checks WHERE step = 6 AND kind = 'dns'")" \
  "1 $(address_of proxy): $(address_of old), TTL 5 s" "step 6 records the DNS check per resolver"
"$program" --headless --plan "$plan" --session-dir "$session" --through 9 --assume-yes >"$session/cutover.log" 2>&1 &
runner=$!
for _ in $(seq 1 1500); do
  grep -qE "\[8 final-sync\] (Done|Failed)" "$session/cutover.log" && break
  kill -0 "$runner" 2>/dev/null || break
  sleep 0.2
done
expect_contains "$(cat "$session/cutover.log")" "[8 final-sync] Done" "step 8 completes with the DNS plan"
sleep 3
if kill -0 "$runner" 2>/dev/null; then pass "step 9 waits while the resolver still answers with the old host"; else
  fail "step 9 ended although the name still points at the old host: $(cat "$session/cutover.log")"
fi
changed_ms="$(date +%s%3N)"
"$SANDBOX" dns new >/dev/null
wait "$runner" || fail "the cutover failed after the record changed: $(cat "$session/cutover.log")"
expect_contains "$(cat "$session/cutover.log")" "[9 route-traffic] Done" "step 9 ends once the resolver answers with the new host"
expect_equal "$(sqlite3 "$session/journal.sqlite" "SELECT passed FROM checks WHERE step = 9 ORDER BY id DESC LIMIT 1")" 1 \
  "the journal records the DNS check passed"
ended="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'downtime.ended_at'")"
if [ -n "$ended" ] && [ "$(date -d "$ended" +%s%3N)" -ge "$changed_ms" ]; then
  pass "the downtime clock stopped after the record changed ($ended)"
else fail "the downtime ended at '$ended', before the record changed"; fi
expect_contains "$(curl -fsS "http://$(resolve):8081/version")" '"version":"2.0.0"' "the name now leads to version 2"

out="$(run --rollback)" && fail "a DNS rollback cannot finish by itself: $out" || true
expect_contains "$out" "Point the DNS record of app.sandbox.test back to $(address_of old)" "the rollback tells the admin to point the record back"
expect_contains "$out" "is NOT in it" "the rollback says what users wrote to the new installation is not in the old data"
"$SANDBOX" dns old >/dev/null
expect_contains "$(curl -fsS "http://$(resolve):8081/version")" '"version":"1.0.0"' "pointed back, the name leads to version 1 again"
finish
