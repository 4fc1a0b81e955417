#!/usr/bin/env bash
# The database checks before anything moves (step 1, and again before step 3's backup), on PostgreSQL: with
# all in order each passes at both steps and names its figure, and step 1 finds the application's port free
# on new; with the application's role missing on new, step 1 refuses, naming the host, the missing role,
# what old's database names and the fix; with the role dropped after step 1, step 3 refuses before it dumps
# anything; with --create-missing-roles step 1 creates it on new from old's definition (attributes and
# password hash, which stays out of the journal) and the application's password logs in on new.
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
for step in 1 3; do
  checks="$(sqlite3 "$session/journal.sqlite" "SELECT name || ': ' || passed || ' ' || detail FROM checks WHERE step = $step")"
  for name in "Old and new are different database servers" "New's admin and restore logins reach one server" \
    "pg_dump can dump old's server" "New's database server is at least old's version" \
    "The roles the dump names exist on new" "New's data directory has room for the database" \
    "pg_restore on new can read old's dumps" "The clocks of old and new agree"; do
    expect_contains "$checks" "$name: 1" "step $step passed: $name"
  done
  expect_contains "$checks" "free in /var/lib/postgresql/15/main on new" "step $step's space check read new's data directory"
done
expect_contains "$(sqlite3 "$session/journal.sqlite" "SELECT name || ': ' || passed FROM checks WHERE step = 1 AND kind = 'port'")" \
  "Port 8081 is free on new: 1" "step 1 found the application's port free on new (or the new application on it)"

echo "== the application's role dropped on new after step 1: step 3 refuses before it dumps"
as_root new "rm -rf /var/tmp/parallel-upgrade"
out="$("$program" --headless --plan "$plan" --session-dir "$session/dropped-role" --through 2 2>&1)" ||
  fail "steps 1 and 2 failed with the role present: $out"
as_root new "runuser -u postgres -- psql -qc 'DROP ROLE demo'"
out="$("$program" --headless --plan "$plan" --session-dir "$session/dropped-role" --through 3 2>&1)" &&
  fail "step 3 went on without the role: $out"
refusal="$(grep -F '[3 rehearsal-backup] Failed' <<<"$out" || true)"
expect_contains "$refusal" "On new ($(address_of new)) the role(s) demo do not exist" "step 3 names the host and the role"
expect_equal "$(as_root new 'ls /var/tmp/parallel-upgrade 2>/dev/null | wc -l')" 0 "nothing was dumped to new"

echo "== the application's role missing on new: step 1 refuses"
out="$("$program" --headless --plan "$plan" --session-dir "$session/missing-role" --through 3 2>&1)" &&
  fail "step 1 went on without the role: $out"
refusal="$(grep -F '[1 install-new] Failed' <<<"$out" || true)"
expect_contains "$refusal" "On new ($(address_of new)) the role(s) demo do not exist" "it names the host and the role"
expect_contains "$refusal" "old's database names demo" "it names what old's database needs"
expect_contains "$refusal" "sudo -u postgres createuser" "it gives the fix"
expect_contains "$refusal" "--create-missing-roles" "it offers to create the role"
expect_equal "$(as_root new 'ls /var/tmp/parallel-upgrade 2>/dev/null | wc -l')" 0 "nothing was dumped to new"

echo "== --create-missing-roles: step 1 creates the role on new as old defines it, with its password"
old_role="$(as_root old "runuser -u postgres -- psql -At -c \"SELECT rolcanlogin, rolcreatedb, rolpassword FROM pg_authid WHERE rolname = 'demo'\"")"
out="$("$program" --headless --plan "$plan" --session-dir "$session/missing-role" --create-missing-roles --through 4 2>&1)" ||
  fail "steps 1 to 4 failed with --create-missing-roles: $out"
expect_contains "$out" "created demo on new as old defines them, with the same passwords" "step 1 says what it created"
expect_contains "$out" "[4 import-backup] Done" "the dump restored into the created role's database"
expect_equal "$(as_root new "runuser -u postgres -- psql -At -c \"SELECT rolcanlogin, rolcreatedb, rolpassword FROM pg_authid WHERE rolname = 'demo'\"")" \
  "$old_role" "new's role has old's attributes and password hash"
login="$(PGPASSWORD="$PUW_SANDBOX_DB_PASSWORD" psql -w -At "host=$(address_of new) user=demo dbname=demo" -c 'SELECT count(*) > 0 FROM customer' 2>&1 || true)"
expect_equal "$login" t "the application's password from old logs in on new"
hash="${old_role##*|}"
if sqlite3 "$session/missing-role/journal.sqlite" .dump | grep -qF -- "${hash:0:40}"; then
  fail "old's password hash is in the journal"
fi
pass "the password hash is not in the journal"
finish
