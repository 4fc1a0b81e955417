#!/usr/bin/env bash
# A rehearsal while users keep writing on old: old's counts and checksums are taken in the dump's own
# snapshot (PostgreSQL: pg_export_snapshot() + pg_dump --snapshot; MariaDB: a moment's global read lock
# while the counting session's and mysqldump's consistent snapshots open, which needs RELOAD: the test
# grants it to the application's account on old, as step 1's advice says), so step 4 compares new with exactly
# what the dump holds. Counting old again after the restore, as the program did before, fails here: the
# writes made meanwhile are on old and not in the dump.
# Proves: steps 3 and 4 are done while a writer inserts rows on old throughout; step 4 says it used the
# snapshot; the figures it compared are the dump's (new's count of the written table equals the recorded
# old count), and old's live count is larger by then (a live comparison would have failed). Then a migration
# recorded on old between the dump and the import (old's migration head moved) fails step 4, naming both heads.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db="${1:-postgresql}"
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup

echo "== a fresh world, and a writer on old"
e2e_fresh_world "$db"
if [ "$db" = postgresql ]; then
  sql_on() { as_root "$1" "runuser -u postgres -- psql -d demo -Atqc \"$2\""; }
  head_name="max(name) || '-applied-after-the-dump'"
  writer_sql="runuser -u postgres -- psql -d demo -qc"
else
  sql_on() { as_root "$1" "mariadb --batch --skip-column-names demo -e \"$2\""; }
  head_name="concat(max(name), '-applied-after-the-dump')"
  writer_sql="mariadb demo -e"
  as_root old "mariadb -e \"GRANT RELOAD ON *.* TO 'demo'@'localhost', 'demo'@'%'\"" || fail "could not grant RELOAD on old"
fi
next_id="coalesce(max(id), 0) + 1"
count_on() { sql_on "$1" 'SELECT count(*) FROM customer'; }
writer="$(cat <<SH
while :; do
  $writer_sql "INSERT INTO customer (id, name, email, city)
    SELECT $next_id, 'writer', 'w@example.org', 'Lyon' FROM customer" >/dev/null 2>&1
  sleep 0.02
done
SH
)"
# as_root's stdin carries the sudo password: the script travels in the command, as base64.
as_root old "echo $(base64 -w0 <<<"$writer") | base64 -d >/root/puw-writer.sh"
as_root old "setsid sh /root/puw-writer.sh </dev/null >/dev/null 2>&1 & echo \$! >/root/puw-writer.pid"
stop_writer() { as_root old 'kill "$(cat /root/puw-writer.pid)" 2>/dev/null; rm -f /root/puw-writer.pid' || true; }
trap 'stop_writer; rm -rf "$session"' EXIT
first="$(count_on old)"; sleep 1
[ "$(count_on old)" -gt "$first" ] && pass "the writer adds rows on old" || fail "the writer does not write"

echo "== rehearsal steps 1 to 4 while it writes"
out="$(run --through 4)" || fail "the rehearsal failed while old was written to: $out"
for step in "1 install-new" "3 rehearsal-backup" "4 import-backup"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_contains "$out" "Old's counts and checksums are those of the dump's own snapshot" "step 4 used the dump's snapshot"
expect_contains "$(grep -F '[4 import-backup] Done' <<<"$out")" "every count and content checksum matches" \
  "step 4 compared counts and checksums"
recorded="$(sqlite3 "$session/journal.sqlite" "SELECT value FROM session_values WHERE key = 'rowcounts.old'")"
recorded_customers="$(python3 -c 'import json,sys; print(next(v for k, v in json.loads(sys.argv[1]).items() if k.split(".")[-1] == "customer"))' "$recorded")"
expect_equal "$(count_on new)" "$recorded_customers" "new holds the snapshot's customers"
live="$(count_on old)"
[ "$live" -gt "$recorded_customers" ] &&
  pass "old has more customers by now ($live > $recorded_customers): a live count would have failed step 4" ||
  fail "old did not grow during the rehearsal ($live)"
echo "== a migration applied on old after the dump fails step 4"
stop_writer
out="$("$program" --headless --plan "$plan" --session-dir "$session/head" --through 3 2>&1)" ||
  fail "the second rehearsal's backup failed: $out"
sql_on old "INSERT INTO schema_migration (name, applied_at) SELECT $head_name, now() FROM schema_migration" ||
  fail "could not record a migration on old"
out="$("$program" --headless --plan "$plan" --session-dir "$session/head" --through 4 2>&1)" &&
  fail "step 4 passed although old's migration head moved after the dump: $out"
expect_contains "$out" "[4 import-backup] Failed" "step 4 fails"
expect_contains "$out" "migration head differs from old's" "and says the migration heads differ"
expect_contains "$out" "-applied-after-the-dump" "naming old's head"
sql_on old "DELETE FROM schema_migration WHERE name LIKE '%-applied-after-the-dump'"
finish
