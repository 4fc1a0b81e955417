#!/usr/bin/env bash
# A whole parallel upgrade, unattended, against the sandbox: rehearsal (1-6), then the cutover (7-9) with
# --assume-yes, then a rollback. Usage: headless-upgrade-test.sh postgresql|mariadb
# Proves: step 7 waits for a confirmation; the proxy serves version 2 after step 9; the new database holds
# the same rows as the old one had at cutover (per-table counts and content checksums, computed here with
# the database's own client); the custom configuration and the migrations reached the new host; the old
# application stays stopped; the journal holds every step done with the measured downtime; a report is
# written; a rollback brings version 1 back behind the proxy with its data intact. Between rehearsal and
# cutover, the testers' preview (route.preview): it needs --assume-yes, serves version 2 on its own port
# while users get version 1, closing it leaves the proxy's configuration byte-identical, and step 9 closes a
# preview left open.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db="${1:?usage: headless-upgrade-test.sh postgresql|mariadb}"
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
# The world's plan with a preview for testers on the proxy, kept in the session folder (the journal's
# session belongs to this plan file from the first step on).
preview_port=8099
python3 - "$plan" "$session/plan.json" "$preview_port" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["route"]["preview"] = {"port": int(sys.argv[3])}
json.dump(plan, open(sys.argv[2], "w"), indent=2)
PY
plan="$session/plan.json"
# The sandbox's nginx.conf includes its two files by name: as an admin would, let it read the preview's file
# too (a glob: no file, no error), until the end of the test.
allow_preview='grep -q puw-e2e-preview /etc/nginx/nginx.conf || sed -i "s|^http {\$|http {\n    include /etc/nginx/conf.d/puw-preview*.conf; # puw-e2e-preview|" /etc/nginx/nginx.conf'
# shellcheck disable=SC2089,SC2090 # scripts for the proxy's shell, quoted for it
forget_preview='sed -i "/# puw-e2e-preview\$/d" /etc/nginx/nginx.conf && nginx -s reload'
as_root proxy "$allow_preview"
# shellcheck disable=SC2090
trap 'as_root proxy "$forget_preview" >/dev/null 2>&1 || true; rm -rf "$session"' EXIT
proxy_config() { as_root proxy 'cd /etc/nginx && find . -type f | sort | xargs sha256sum'; }

# The old installation as the rehearsal must leave it: configuration, program and data.
old_installation() { as_root old "sha256sum /etc/demo/demo.conf; find /opt/demo -type f -exec sha256sum {} + | sort"; data_fingerprint old; }
before_rehearsal="$(old_installation)"

echo "== rehearsal: steps 1 to 6"
out="$(run --through 6)" || fail "the rehearsal failed: $out"
expect_equal "$(old_installation)" "$before_rehearsal" "steps 1 to 6 left the old installation untouched"
expect_contains "$out" "✔ Database answers" "step 6 queried the new database through a tunnel"
expect_contains "$(grep -F '[3 rehearsal-backup]' <<<"$out")" "Checking that both backup folders have about" \
  "step 3 checked the free space of both backup folders before streaming"
for step in "1 install-new" "2 copy-config" "3 rehearsal-backup" "4 import-backup" "5 start-new" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "users still reach v1 after the rehearsal"

echo "== the testers' preview, between the rehearsal and the cutover"
config_before="$(proxy_config)"
out="$(run --preview open)" && fail "the preview opened without --assume-yes: $out" || true
expect_contains "$out" "--assume-yes" "opening the preview asks for --assume-yes (it reloads the proxy)"
expect_equal "$(proxy_config)" "$config_before" "without it the proxy's configuration is unchanged"
out="$(run --preview open --assume-yes)" || fail "opening the preview failed: $out"
expect_contains "$out" "[preview] Done" "the preview opens"
expect_contains "$out" "http://$(address_of proxy):$preview_port/" "and says where testers reach it"
expect_contains "$(curl -fsS "http://$(address_of proxy):$preview_port/version")" '"version":"2.0.0"' "testers reach v2 on the preview's port"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "users still reach v1 on the public port"
opened="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'preview.opened_at'")"
[ -n "$opened" ] && pass "the journal holds when the preview opened ($opened)" || fail "the preview's opening was not recorded"
out="$(run --preview close)" || fail "closing the preview failed: $out"
expect_contains "$out" "[preview] Done" "the preview closes"
if curl -fsS -m 5 "http://$(address_of proxy):$preview_port/version" >/dev/null 2>&1; then
  fail "the preview's port still answers after closing"
else pass "the preview's port answers no more"; fi
expect_equal "$(proxy_config)" "$config_before" "after closing, the proxy's configuration is byte-identical"
out="$(run --preview open --assume-yes)" || fail "opening the preview again failed: $out"
expect_contains "$(curl -fsS "http://$(address_of proxy):$preview_port/version")" '"version":"2.0.0"' "the preview opens again (left open for step 9)"

echo "== step 7 needs a confirmation"
out="$(run --through 9)" && fail "the cutover ran without --assume-yes" || true
expect_contains "$out" "--assume-yes" "the run asks for --assume-yes before stopping the old installation"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "v1 still serves: nothing stopped"

echo "== cutover: steps 7 to 9"
out="$(run --through 9 --assume-yes --report "$session/report.md")" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$(grep -F '[8 final-sync]' <<<"$out")" "Checking that both backup folders have about" \
  "step 8 checked the free space before the final backup"
expect_contains "$(grep -F '[8 final-sync] Done' <<<"$out")" "every count and content checksum matches the old host" \
  "step 8 compared every table's count and content itself"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"2.0.0"' "the proxy serves version 2"
expect_contains "$(grep -F '[9 route-traffic]' <<<"$out")" "preview is still open: closing it" "step 9 closed the preview left open"
expect_equal "$(as_root proxy 'ls /etc/nginx/conf.d/ | grep -c puw-preview' || true)" 0 "no preview file is left on the proxy"
expect_contains "$(cat "$session/report.md")" "Preview for testers" "the report says the preview was open"
old_data="$(data_fingerprint old)"
expect_equal "$(data_fingerprint new)" "$old_data" "the new database holds the old rows, table by table"
expect_contains "$(as_root new 'cat /etc/demo/demo.conf')" "workers=16" "the custom configuration reached the new host"
expect_contains "$(as_root new 'runuser -u demo -- /opt/demo/bin/demo-app migrate --dry-run --config /etc/demo/demo.conf')" \
  "0005_product_review.sql (already applied)" "the new version's migrations were applied"
sleep 5 # longer than systemd takes to restart a unit with Restart=always (RestartSec=1)
if ssh_key old 'systemctl is-active --quiet demo' </dev/null; then
  fail "the old application runs again"
else pass "the old application stays stopped"; fi
if ssh_key old 'systemctl is-enabled --quiet demo' </dev/null; then fail "old's unit is still enabled after step 7"; else
  pass "step 7 disabled old's unit"
fi
states="$(sqlite3 "$session/journal.sqlite" "SELECT group_concat(step || ':' || state, ' ') FROM (SELECT * FROM steps ORDER BY step)")"
expect_equal "$states" "1:done 2:done 3:done 4:done 5:done 6:done 7:done 8:done 9:done" "the journal holds steps 1 to 9 done"
started="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'downtime.started_at'")"
ended="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'downtime.ended_at'")"
[ -n "$started" ] && [ -n "$ended" ] && pass "the journal holds the measured downtime ($started to $ended)" ||
  fail "the downtime was not recorded"

echo "== the report, in each format, from this upgrade's journal"
sha="$(sqlite3 "$session/journal.sqlite" "SELECT sha256 FROM artefacts WHERE kind = 'backup' AND complete = 1 ORDER BY id DESC LIMIT 1")"
[ ${#sha} -eq 64 ] && pass "the journal holds the final backup's SHA-256" || fail "no complete backup in the journal"
for format in md html pdf; do
  report="$session/report.$format"
  [ "$format" = md ] || run --through 9 --report "$report" >/dev/null || fail "exporting $report failed"
  if [ "$format" = pdf ]; then text="$(pdftotext -layout "$report" -)"; else text="$(cat "$report")"; fi
  expect_contains "$text" "Route requests to the new installation" "the $format report lists the steps"
  expect_contains "$text" "$sha" "the $format report holds the backup's SHA-256"
  expect_contains "$text" "Measured" "the $format report gives the measured downtime"
done
expect_equal "$(grep -c -- '- \[x\]' "$session/report.md")" 9 "the Markdown checklist has steps 1 to 9 ticked"
for t in $tables; do
  md_name="${t//_/\\\\_}" # Markdown escapes '_': order\_line
  expect_equal "$(grep -cE "^\| ([a-z]+\.)?$md_name \| [^|]+ \| [^|]+ \| yes \| yes \|$" "$session/report.md")" 1 \
    "the report's row counts show $t with the same count and content on old and new"
done
expect_equal "$(pdftotext -f 1 -l 1 "$session/report.pdf" - | grep -c '\[x\]')" 9 "the PDF's first page holds the ticked checklist"
for secret in "$PUW_SANDBOX_SUDO_PASSWORD" "$PUW_SANDBOX_DB_PASSWORD"; do
  if grep -qaF -- "$secret" "$session"/report.* "$session"/journal.sqlite*; then
    fail "a secret appears in the reports or the journal"
  else pass "a secret used by the upgrade appears in no report and not in the journal"; fi
done
# Backups and configuration copies hold the application's data and its own secrets: owner-only.
loose="$(find "$session/backups" -perm /077 | head -n 3)"
expect_equal "$loose" "" "local backups and configuration copies are readable by their owner only"

echo "== rollback after users wrote to the new installation"
# A customer created on version 2 after the switch: not in the old data, so the rollback must keep it.
marker="written-after-the-switch-$$"
if [ "$db" = postgresql ]; then
  as_root new "runuser -u postgres -- psql -d demo -c \"INSERT INTO customer (id, name, email, city) SELECT max(id) + 1, '$marker', 'm@example.test', 'x' FROM customer\"" >/dev/null
else
  as_root new "mariadb demo -e \"INSERT INTO customer (id, name, email, city) SELECT max(id) + 1, '$marker', 'm@example.test', 'x' FROM customer\"" >/dev/null
fi
out="$(run --rollback)" || fail "the rollback failed: $out"
expect_contains "$out" "is NOT in it" "the rollback says plainly that what users wrote to new is not in the old data"
kept="$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep "new-before-rollback.*\.dump$" | tail -n 1')"
[ -n "$kept" ] && pass "the new installation's data was backed up before the rollback ($kept)" || fail "no backup of new"
if [ "$db" = postgresql ]; then
  found="$(as_root new "pg_restore -a -t customer -f - /var/tmp/parallel-upgrade/$kept | grep -c -- '$marker'" || true)"
else
  found="$(as_root new "grep -c -- '$marker' /var/tmp/parallel-upgrade/$kept" || true)"
fi
expect_equal "$found" 1 "the backup of new holds what was written after the switch"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "the proxy serves version 1 again"
expect_equal "$(data_fingerprint old)" "$old_data" "the old data is intact"
echo "== the dumps left on the hosts, removed once confirmed"
left="$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep -c "\.dump$"' || true)"
[ "${left:-0}" -ge 2 ] && pass "new holds $left dumps of the session" || fail "new holds ${left:-no} dumps"
out="$(run --remove-host-backups)" && fail "the removal ran without --assume-yes: $out" || true
expect_contains "$out" "[remove-backups] new:/var/tmp/parallel-upgrade/" "without --assume-yes the dumps are listed"
expect_contains "$out" "--assume-yes" "and the confirmation they need is named"
expect_equal "$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep -c "\.dump$"' || true)" "$left" "nothing was removed"
out="$(run --remove-host-backups --assume-yes --report "$session/report-removed.md")" || fail "the removal failed: $out"
expect_contains "$out" "[remove-backups] Done" "the removal ends Done"
expect_equal "$(as_root new 'ls /var/tmp/parallel-upgrade/ | grep -c "\.dump$"' || true)" 0 "no dump of the session is left on new"
expect_contains "$(cat "$session/report-removed.md")" "Removed from the hosts by the program" "the report lists the removed dumps"
expect_contains "$(cat "$session/report-removed.md")" "No backup was left on a host." "and none left"
finish
