#!/usr/bin/env bash
# The database reached as admins reach it on Debian, with no application password anywhere: PostgreSQL as
# `postgres` by peer authentication (`sudo -u postgres`), MariaDB as root by unix_socket (`sudo mariadb`),
# for the dump on old (through sudo with a password), the restore and the admin work on new (sudo without
# one) and every count. Usage: database-access-test.sh postgresql|mariadb
# Proves: step 1 refuses a plan whose new database is old's server (its database checks, before anything
# moves; step 3 runs them again before the backup, steps 4 and 8 check again before they drop), naming both identities, old's rows unchanged; a full upgrade (1 to 9) with the plan's database section set to "superuser" and no "db-password"
# in the plan succeeds, streams step 8 (dump, copy and restore at once) through sudo, and compares every
# table's count itself; the new database then holds old's rows, table by table (counts and content
# checksums with the engine's own client); the journal shows the superuser's commands and no password.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db="${1:?usage: database-access-test.sh postgresql|mariadb}"
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
recipe=systemd-postgresql
[ "$db" = postgresql ] || recipe=systemd-mysql

echo "== a fresh world"
e2e_fresh_world "$db"
old_address="$(address_of old)"

echo "== a new database on old's server is refused at step 1 (its database checks), and old is untouched"
same="$session/plan-same-server.json"
python3 - "$("$SANDBOX" plan --recipe "$recipe")" "$same" "$old_address" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["variables"]["db_host"] = sys.argv[3]  # the variable left at old's address, as an admin might
json.dump(plan, open(sys.argv[2], "w"))
PY
before="$(data_fingerprint old)"
as_root new "rm -rf /var/tmp/parallel-upgrade"
out="$("$program" --headless --plan "$same" --session-dir "$session/same" --through 4 2>&1)" &&
  fail "the rehearsal accepted a new database on old's server: $out"
expect_contains "$out" "[1 install-new] Failed" "step 1 refuses before anything moves"
expect_contains "$out" "Both reach the same database server" "the refusal says both logins reach one server"
named="$(grep -o "to $old_address:[0-9]*: server [^ ]*" <<<"$out" || true)"
[ "$(wc -l <<<"$named")" -ge 2 ] && [ "$(sort -u <<<"$named" | wc -l)" -eq 1 ] &&
  pass "it names old's server identity for both logins ($(head -1 <<<"$named"))" ||
  fail "the refusal does not name one identity twice: $named"
expect_contains "$out" "Fix: make the recipe's database host for new name new's own server" "it gives the fix"
expect_equal "$(as_root new "ls /var/tmp/parallel-upgrade 2>/dev/null | wc -l")" 0 "nothing was dumped to new"
expect_equal "$(data_fingerprint old)" "$before" "old's database is untouched, table by table"

echo "== a full upgrade through the superuser's own access, no application password"
plan="$session/plan-superuser.json"
python3 - "$STATE/plan.json" "$plan" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
everything = {p: "superuser" for p in ("dump", "restore", "count", "admin")}
plan["database"] = {"old": everything, "new": everything}
del plan["secretEnvironment"]["db-password"]
json.dump(plan, open(sys.argv[2], "w"))
PY
saved_db_password="$PUW_SANDBOX_DB_PASSWORD"
unset PUW_SANDBOX_DB_PASSWORD
out="$(run --through 6)" || fail "the rehearsal failed: $out"
for step in "1 install-new" "3 rehearsal-backup" "4 import-backup" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$out" "✔ Database answers (migration head)" "step 6 asked new's database as the superuser"
out="$(run --through 9 --assume-yes)" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
step8="$(grep -F '[8 final-sync] Done' <<<"$out")"
expect_contains "$step8" "Backed up and restored at once" "step 8 streamed the dump into new through sudo"
expect_contains "$step8" "every count and content checksum matches the old host" "step 8 compared every table's count and checksum itself"
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/version")" '"version":"2.0.0"' "the proxy serves version 2"
old_data="$(data_fingerprint old)"
expect_equal "$(data_fingerprint new)" "$old_data" "the new database holds the old rows, table by table"

commands="$(sqlite3 "$session/journal.sqlite" "SELECT host || ' ' || command FROM commands")"
if [ "$db" = postgresql ]; then
  expect_contains "$commands" "old [sudo] 'runuser' '-u' 'postgres' '--' 'pg_dump'" "old was dumped as postgres by peer"
  expect_contains "$commands" "'runuser' '-u' 'postgres' '--' 'pg_restore'" "new was restored as postgres"
else
  expect_contains "$commands" "old [sudo] 'mysqldump' '--no-defaults' '--protocol=SOCKET'" "old was dumped as root by unix_socket"
  expect_contains "$commands" "'--user=root'" "the logins were root's"
fi
if grep -qE "PGPASSWORD|MYSQL_PWD" <<<"$commands" || grep -qaF -- "$saved_db_password" "$session"/journal.sqlite*; then
  fail "a database password was used or recorded"
else pass "no database password was used or recorded"; fi
if grep -qaF -- "$PUW_SANDBOX_SUDO_PASSWORD" "$session"/journal.sqlite*; then fail "the sudo password is in the journal"; else
  pass "the sudo password is not in the journal"
fi
finish
