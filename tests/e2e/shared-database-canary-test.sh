#!/usr/bin/env bash
# Seed 004's blue/green, unattended, on a world whose new installation uses old's database server
# (`sandbox up --shared-db`, PostgreSQL): the steps that move data or stop old are left out, and step 9
# moves users in canary stages (10% -> 50% -> 100%) while a bounded load of requests runs through the proxy.
# Proves: steps 4, 7 and 8 are recorded as not part of the procedure and old never stops; during each
# stage the requests land on both versions in about the stage's share; no request fails and the measured
# downtime is zero; the report names the procedure and the stages. Then, on a fresh shared world whose new
# version answers 500 to 30% of the requests that come through the proxy, the canary rolls the share back
# to 0% by itself, the proxy's file is as it was, and users stay on the old version.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
LOAD="$(cd "$(dirname "${BASH_SOURCE[0]}")/../sandbox/load" && pwd)/proxy-load"

e2e_fresh_world postgresql --shared-db
e2e_setup
# The world itself first: new's configuration on old's server, the plan's sections, the load tool's shares.
"$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/shared-db-world-test.sh" postgresql ||
  fail "the shared-database world is not what the test expects"
# The world goes back to the default one for the tests after this one, whatever happens here.
trap 'stop_load; rm -rf "$session"; e2e_fresh_world postgresql >/dev/null 2>&1 || true' EXIT
public="http://$(address_of proxy):8080/version"
upstream_file=/etc/nginx/conf.d/demo-upstream.conf

# A bounded load through the proxy in the background (20 requests/s, at most 10 minutes), until stop_load.
start_load() { # start_load OUTPUT
  rm -f "$session/stop-load"
  "$LOAD" "$public" --rate 20 --seconds 600 --until-file "$session/stop-load" --out "$1" >"$1.summary" 2>&1 &
  load_pid=$!
}
stop_load() {
  [ -n "${load_pid:-}" ] || return 0
  touch "$session/stop-load"
  wait "$load_pid" || true
  load_pid=
}
value_of() { sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = '$1'"; }
state_of() { sqlite3 "$session/journal.sqlite" "SELECT state FROM steps WHERE step = $1"; }

echo "== a shared database, a canary of 10%, 50%, 100% under load"
original_upstream="$(as_root proxy "cat $upstream_file")"
start_load "$session/load.txt"
out="$(run --through 9 --assume-yes --report "$session/report.md")" || fail "the shared-database upgrade failed: $out"
sleep 2 # requests after the last stage: every one on version 2
stop_load
for step in 4 7 8; do expect_equal "$(state_of "$step")" skipped "step $step is left out of the shared-database procedure"; done
for step in 1 2 3 5 6 9; do expect_equal "$(state_of "$step")" done "step $step is done"; done
expect_contains "$out" "Nothing stops" "step 7 says that nothing stops"
expect_equal "$(as_root new 'runuser -u postgres -- psql -Atc "SELECT count(*) FROM pg_database WHERE datname = '"'"'demo'"'"'"')" 0 \
  "nothing was imported on new: its own server holds no demo database"

failed="$(awk '$2 != 200' "$session/load.txt" | wc -l)"
total="$(wc -l <"$session/load.txt")"
[ "$total" -ge 200 ] || fail "the load sent only $total requests"
expect_equal "$failed" 0 "no request of $total through the proxy failed during the upgrade (zero downtime)"
[ -z "$(value_of downtime.started_at)" ] && pass "no downtime was recorded: nothing stopped" ||
  fail "a downtime start was recorded: $(value_of downtime.started_at)"

# Each stage's share as the load saw it, between the stage's start (plus a second for the reload) and end.
stages="$(value_of canary.stages)"
[ -n "$stages" ] || fail "step 9 recorded no canary stages"
if python3 - "$stages" "$session/load.txt" <<'PY'; then pass "every stage sent about its share of requests to version 2"; else fail "a stage's share is not the one set"; fi
import json, sys
stages = json.loads(sys.argv[1])
lines = [l.split() for l in open(sys.argv[2]) if l.strip()]
assert [s["percent"] for s in stages] == [10, 50, 100], stages
for s in stages[:-1]:
    window = [l for l in lines if s["startMs"] + 1000 <= int(l[0]) <= s["endMs"]]
    new = sum(1 for l in window if l[2] == "2.0.0")
    share = 100.0 * new / max(1, len(window))
    print(f"ok - stage {s['percent']}%: {new} of {len(window)} requests on version 2 ({share:.1f}%)")
    assert len(window) >= 50, f"stage {s['percent']}% saw only {len(window)} requests"
    assert abs(share - s["percent"]) <= 10, f"stage {s['percent']}%: {share:.1f}% on version 2"
# The last record is the switch of every request to new (nginx reloaded at its start); nginx's workers of
# the previous configuration finish what they accepted before it.
switched = stages[-1]["startMs"]
late = [int(l[0]) - switched for l in lines if l[2] == "1.0.0" and int(l[0]) > switched]
print(f"requests on version 1 after the switch: {len(late)}, the last {max(late, default=0)} ms after it")
after = [l for l in lines if int(l[0]) > switched + 1000]
assert after and all(l[2] == "2.0.0" for l in after), "a second after the switch some requests still reach version 1"
print(f"ok - after the canary all {len(after)} requests reach version 2")
PY
expect_contains "$(curl -fsS "$public")" '"version":"2.0.0"' "the proxy serves version 2"
if ssh_key old 'systemctl is-active --quiet demo' </dev/null; then pass "old was never stopped"; else fail "old's demo is not running"; fi
expect_contains "$(cat "$session/report.md")" "Shared database" "the report names the procedure"
expect_contains "$(cat "$session/report.md")" "50%" "the report shows the canary's stages"

echo "== a canary whose new version fails requests is rolled back to 0% by itself"
e2e_fresh_world postgresql --shared-db
rm -rf "$session" && session="$(mktemp -d)"
as_root new "printf '\n[testing]\nfail_proxied_percent=30\n' >> /etc/demo/demo.conf"
original_upstream="$(as_root proxy "cat $upstream_file")"
start_load "$session/load.txt"
out="$(run --through 9 --assume-yes)" && fail "a canary answering 500 was not stopped: $out" || true
sleep 4 # requests after the rollback: every one on version 1
stop_load
expect_equal "$(state_of 9)" failed "step 9 fails"
expect_contains "$out" "failed" "step 9 says requests failed at the new version"
expect_contains "$out" "sends everything to the old installation again" "step 9 says users are back on old"
expect_equal "$(as_root proxy "cat $upstream_file")" "$original_upstream" "the proxy's upstream file is as it was before the canary"
if python3 - "$session/load.txt" "$(value_of canary.stages)" <<'PY'; then pass "after the rollback users stay on version 1"; else fail "users did not stay on the old version"; fi
import json, sys
lines = [l.split() for l in open(sys.argv[1]) if l.strip()]
stages = json.loads(sys.argv[2])
assert stages and stages[-1]["percent"] == 10 and not stages[-1]["passed"], stages
end = stages[-1]["endMs"]
after = [l for l in lines if int(l[0]) > end + 2000]
assert after, "no request after the rollback"
assert all(l[1] == "200" and l[2] == "1.0.0" for l in after), "a request after the rollback did not reach version 1"
print(f"ok - after the rollback all {len(after)} requests reach version 1 and succeed")
PY
finish
