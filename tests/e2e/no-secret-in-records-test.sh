#!/usr/bin/env bash
# A whole unattended upgrade of the sandbox (steps 1 to 9), then its three reports: no secret of the world
# (the passwords in secrets.env, among them the database password demo.conf holds) is in the journal or a
# report, neither as text nor inside any base64 run (step 2 reads demo.conf as data: its bytes must not be
# recorded). Also: the reports and the local configuration copies are owner-only.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
require_root
echo "== a fresh world"
e2e_fresh_world "$db"
e2e_setup
command -v python3 >/dev/null || missing "python3 (to decode the journal's base64 runs)"
command -v pdftotext >/dev/null || missing "pdftotext (poppler-utils, to read the PDF report)"

grep -q "password=$PUW_SANDBOX_DB_PASSWORD" <<<"$(as_root old 'cat /etc/demo/demo.conf')" &&
  pass "old's demo.conf holds the database password (what must not leak)" || fail "demo.conf has no password line"

echo "== the whole upgrade, unattended"
out="$(run --through 9 --assume-yes --report "$session/report.md")" || fail "the upgrade failed: $out"
expect_contains "$out" "[9 route-traffic] Done" "step 9 is done"
for format in html pdf; do
  export_out="$(run --through 9 --report "$session/report.$format")" ||
    fail "exporting the $format report failed: $export_out"
done
pdftotext -layout "$session/report.pdf" "$session/report-pdf.txt"

echo "== the records"
reads="$(sqlite3 "$session/journal.sqlite" "SELECT output FROM commands WHERE output LIKE '(data, not recorded:%'")"
expect_contains "$reads" "SHA-256" "the journal records step 2's reads as a byte count and a SHA-256"
if scan="$(python3 "$(dirname "${BASH_SOURCE[0]}")/find-secrets.py" "$STATE/secrets.env" "$session/journal.sqlite" \
  "$session/report.md" "$session/report.html" "$session/report.pdf" "$session/report-pdf.txt")"; then
  pass "no secret in the journal or the reports, as text or in base64 ($(tail -n 1 <<<"$scan"))"
else
  fail "secrets found: $scan"
fi
for f in report.md report-timeline.png report.html report.pdf; do
  expect_equal "$(stat -c %a "$session/$f")" 600 "$f is owner-only"
done
copy="$(find "$session" -path '*/config/old/etc/demo/demo.conf' | head -n 1)"
[ -n "$copy" ] && pass "step 2 kept old's demo.conf on this machine ($copy)" || fail "no local copy of demo.conf"
[ -z "$copy" ] || expect_equal "$(stat -c %a "$copy")" 600 "the local copy is owner-only"
loose="$(find "$session" -path '*/config*' -perm /077 | head -n 3)"
expect_equal "$loose" "" "every local configuration copy and folder is owner-only"
finish
