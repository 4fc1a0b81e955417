#!/usr/bin/env bash
# A whole parallel upgrade, unattended, against the sandbox: rehearsal (1-6), then the cutover (7-9) with
# --assume-yes, then a rollback. Usage: headless-upgrade-test.sh postgresql|mariadb
# Proves: step 7 waits for a confirmation; the proxy serves version 2 after step 9; the new database holds
# the same rows as the old one had at cutover (per-table counts and content checksums, computed here with
# the database's own client); the custom configuration and the migrations reached the new host; the old
# application stays stopped; the journal holds every step done with the measured downtime; a report is
# written; a rollback brings version 1 back behind the proxy with its data intact.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db="${1:?usage: headless-upgrade-test.sh postgresql|mariadb}"
require_root
program="${PUW_PROGRAM:?PUW_PROGRAM names the parallel-upgrade binary}"
command -v sqlite3 >/dev/null || missing "sqlite3 (to read the journal)"
[ -s "$STATE/secrets.env" ] || missing "the sandbox world is not up in $STATE"
# shellcheck source=/dev/null
. "$STATE/secrets.env"
plan="$STATE/plan.json"
session="$(mktemp -d)"
trap 'rm -rf "$session"' EXIT
run() { "$program" --headless --plan "$plan" --session-dir "$session" "$@" 2>&1; }

as_root() { # as_root HOST SCRIPT
  if [ "$1" = new ]; then ssh_key new "sudo -n sh -c $(printf '%q' "$2")" </dev/null; else
    ssh_key "$1" "sudo -S -p '' sh -c $(printf '%q' "$2")" <<<"$PUW_SANDBOX_SUDO_PASSWORD"
  fi
}
# Per-table row counts and a checksum of every table's content over the columns the old host has
# (version 2's migrations add columns), with the engine's own client.
tables="customer product orders order_line document"
declare -A columns
old_columns() {
  local t="$1"
  if [ "$db" = postgresql ]; then
    as_root old "runuser -u postgres -- psql -d demo -At -c \"SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = '$t'\""
  else
    as_root old "mariadb --batch --skip-column-names demo -e \"SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'demo' AND table_name = '$t'\""
  fi
}
data_fingerprint() {
  local sql="" t
  for t in $tables; do
    [ -n "${columns[$t]:-}" ] || columns[$t]="$(old_columns "$t")"
    if [ "$db" = postgresql ]; then
      sql+="SELECT '$t', count(*), md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM (SELECT ${columns[$t]} FROM $t) x;"
    else
      sql+="SELECT '$t', count(*), md5(group_concat(md5(concat_ws('|', ${columns[$t]})) ORDER BY 1)) FROM $t;"
    fi
  done
  if [ "$db" = postgresql ]; then
    as_root "$1" "runuser -u postgres -- psql -d demo -AtF' ' -c \"$sql\""
  else
    as_root "$1" "mariadb --batch --skip-column-names demo -e \"SET SESSION group_concat_max_len = 1073741824; $sql\""
  fi
}

echo "== rehearsal: steps 1 to 6"
out="$(run --through 6)" || fail "the rehearsal failed: $out"
for step in "1 install-new" "2 copy-config" "3 rehearsal-backup" "4 import-backup" "5 start-new" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(curl -fsS http://127.0.0.10:8080/version)" '"version":"1.0.0"' "users still reach v1 after the rehearsal"

echo "== step 7 needs a confirmation"
out="$(run --through 9)" && fail "the cutover ran without --assume-yes" || true
expect_contains "$out" "--assume-yes" "the run asks for --assume-yes before stopping the old installation"
expect_contains "$(curl -fsS http://127.0.0.10:8080/version)" '"version":"1.0.0"' "v1 still serves: nothing stopped"

echo "== cutover: steps 7 to 9"
out="$(run --through 9 --assume-yes --report "$session/report.md")" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(curl -fsS http://127.0.0.10:8080/version)" '"version":"2.0.0"' "the proxy serves version 2"
old_data="$(data_fingerprint old)"
expect_equal "$(data_fingerprint new)" "$old_data" "the new database holds the old rows, table by table"
expect_contains "$(as_root new 'cat /etc/demo/demo.conf')" "workers=16" "the custom configuration reached the new host"
expect_contains "$(as_root new '/opt/demo/bin/demo-app migrate --dry-run --config /etc/demo/demo.conf')" \
  "0005_product_review.sql (already applied)" "the new version's migrations were applied"
sleep 5 # longer than the supervisor takes to restart an enabled application
if ssh_key old '/opt/demo/bin/demo-appctl is-active' </dev/null >/dev/null 2>&1; then
  fail "the old application runs again"
else pass "the old application stays stopped"; fi
states="$(sqlite3 "$session/journal.sqlite" "SELECT group_concat(step || ':' || state, ' ') FROM (SELECT * FROM steps ORDER BY step)")"
expect_equal "$states" "1:done 2:done 3:done 4:done 5:done 6:done 7:done 8:done 9:done" "the journal holds steps 1 to 9 done"
started="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'downtime.started_at'")"
ended="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'downtime.ended_at'")"
[ -n "$started" ] && [ -n "$ended" ] && pass "the journal holds the measured downtime ($started to $ended)" ||
  fail "the downtime was not recorded"
expect_contains "$(cat "$session/report.md")" "- [x]" "the report lists the steps as done"

echo "== rollback"
out="$(run --rollback)" || fail "the rollback failed: $out"
expect_contains "$(curl -fsS http://127.0.0.10:8080/version)" '"version":"1.0.0"' "the proxy serves version 1 again"
expect_equal "$(data_fingerprint old)" "$old_data" "the old data is intact"
finish
