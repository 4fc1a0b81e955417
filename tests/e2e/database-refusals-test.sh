#!/usr/bin/env bash
# The database checks before anything moves (run before step 3's backup, and by step 1), on PostgreSQL:
# with all in order each passes and names its figure; with the application's role missing on new, step 3
# refuses before it dumps anything, naming the host, the missing role, what old's database names and the fix.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup

echo "== a fresh world: every check passes"
e2e_fresh_world "$db"
out="$(run --through 3)" || fail "steps 1 to 3 failed: $out"
expect_contains "$out" "[3 rehearsal-backup] Done" "step 3 is done"
checks="$(sqlite3 "$session/journal.sqlite" "SELECT name || ': ' || passed || ' ' || detail FROM checks WHERE step = 3")"
for name in "Old and new are different database servers" "New's admin and restore logins reach one server" \
  "pg_dump can dump old's server" "New's database server is at least old's version" \
  "The roles the dump names exist on new" "New's data directory has room for the database" \
  "The clocks of old and new agree"; do
  expect_contains "$checks" "$name: 1" "passed: $name"
done
expect_contains "$checks" "free in /var/lib/postgresql/15/main on new" "the space check read new's data directory"

echo "== the application's role missing on new"
as_root new "runuser -u postgres -- psql -qc 'DROP ROLE demo'"
as_root new "rm -rf /var/tmp/parallel-upgrade"
out="$("$program" --headless --plan "$plan" --session-dir "$session/missing-role" --through 3 2>&1)" &&
  fail "step 3 went on without the role: $out"
refusal="$(grep -F '[3 rehearsal-backup] Failed' <<<"$out" || true)"
expect_contains "$refusal" "On new ($(address_of new)) the role(s) demo do not exist" "it names the host and the role"
expect_contains "$refusal" "old's database names demo" "it names what old's database needs"
expect_contains "$refusal" "sudo -u postgres createuser" "it gives the fix"
expect_equal "$(as_root new 'ls /var/tmp/parallel-upgrade 2>/dev/null | wc -l')" 0 "nothing was dumped to new"
finish
