#!/usr/bin/env bash
# The openboxes recipe upgrades the OpenBoxes world (`sandbox up --app openboxes`: Debian's tomcat10 and
# MariaDB, 0.8.22 on old, 0.9.1 on new), unattended, through step 9. Proves: step 1 reads each WAR's
# Implementation-Version; step 2 carries the .grails files, setenv.sh, the unit's drop-in and the uploads
# folder to new (owner and mode kept) and warns about dataSource.url and grails.serverURL; step 5 shows
# Liquibase's progress from the log while it waits; after step 9 the proxy serves 0.9.1's status, the new
# database holds the old rows table by table (counts and content checksums) and 0.9.1's changesets, and
# Tomcat on old is disabled and stays stopped.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=mariadb
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
# shellcheck source=/dev/null
. "$STATE/world.env"
[ "$APP" = openboxes ] || missing "the OpenBoxes world (sandbox up --app openboxes); $STATE runs $APP"
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
sql() { as_root "$1" "mariadb --batch --skip-column-names openboxes -e \"$2\""; }
status_url="http://$(address_of proxy):8080/openboxes/api/status"
# Per-table count and checksum over the columns old has (0.9.1's changesets add a column and a table).
obx_tables="location product inventory_item transaction transaction_entry document"
declare -A obx_columns
fingerprint() {
  local query="SET SESSION group_concat_max_len = 1073741824;" t
  for t in $obx_tables; do
    [ -n "${obx_columns[$t]:-}" ] || obx_columns[$t]="$(sql old "SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'openboxes' AND table_name = '$t'")"
    query+="SELECT '$t', count(*), md5(group_concat(md5(concat_ws('|', ${obx_columns[$t]})) ORDER BY 1)) FROM \\\`$t\\\`;"
  done
  sql "$1" "$query"
}
uploads() { as_root "$1" 'cd /var/lib/tomcat10/uploads && find . -type f -printf "%m %u:%g %p\n" | sort && find . -type f -print0 | sort -z | xargs -0 sha256sum'; }

echo "== rehearsal: steps 1 to 6"
started=$SECONDS
out="$(run --through 6)" || fail "the rehearsal failed: $out"
for step in "1 install-new" "2 copy-config" "3 rehearsal-backup" "4 import-backup" "5 start-new" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_equal "$(journal "SELECT value FROM session_values WHERE key = 'version.old'")" 0.8.22 "step 1 reads old's Implementation-Version"
expect_equal "$(journal "SELECT value FROM session_values WHERE key = 'version.new'")" 0.9.1 "step 1 reads new's Implementation-Version"
expect_contains "$out" "dataSource.url must name the new host's database" "step 2 warns about dataSource.url"
expect_contains "$out" "grails.serverURL must stay the public address" "step 2 warns about grails.serverURL"
expect_contains "$(as_root new 'cat /var/lib/tomcat10/.grails/openboxes-config.properties')" "openboxes.mail.from=Bäckerei Müller" \
  "old's custom settings reached new"
expect_equal "$(as_root new 'stat -c "%a %U:%G" /var/lib/tomcat10/.grails/openboxes-config.properties')" "640 root:tomcat" \
  "the copied .grails file keeps its mode and group"
expect_contains "$(as_root new 'cat /var/lib/tomcat10/.grails/openboxes.yml')" "serverURL: \"http://$(address_of proxy):8080/openboxes\"" \
  "new's grails.serverURL is the public address"
expect_equal "$(as_root new 'sha256sum < /var/lib/tomcat10/bin/setenv.sh')" "$(as_root old 'sha256sum < /var/lib/tomcat10/bin/setenv.sh')" \
  "setenv.sh reached new"
expect_contains "$(as_root new 'systemctl show -p LimitNOFILE tomcat10')" "LimitNOFILE=8192" \
  "old's drop-in reached new and systemd read it"
expect_equal "$(uploads new)" "$(uploads old)" "the uploads reached new (files, owners, modes, contents)"
expect_contains "$out" "log: " "step 5 shows the application's log while it waits"
expect_contains "$out" "Running liquibase changelog(s)" "step 5 shows Liquibase starting"
expect_contains "$out" "Finished running liquibase changelog(s)!" "step 5 shows Liquibase finishing"
expect_contains "$(curl -fsS "$status_url")" '"version": "0.8.22"' "users still reach 0.8.22"
echo "rehearsal took $((SECONDS - started)) s"

echo "== cutover: steps 7 to 9"
started=$SECONDS
out="$(run --through 9 --assume-yes)" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
echo "cutover took $((SECONDS - started)) s; $(grep -o 'Downtime: [^.]*' <<<"$out" || true)"
status="$(curl -fsS "$status_url")"
expect_contains "$status" '"version": "0.9.1"' "the proxy serves 0.9.1's status"
expect_contains "$status" '"database": {"status": "OK"' "0.9.1 reaches its database"
old_rows="$(fingerprint old)"
printf '%s\n' "$old_rows"
expect_contains "$old_rows" "transaction_entry" "old's tables are counted and checksummed"
expect_equal "$(fingerprint new)" "$old_rows" "the new database holds the old rows, table by table"
changesets="$(sql new 'SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED')"
for id in 1328221530000-1 1614202400000-0 1704067200000-1 1706745600000-1 1709251200000-1; do
  expect_contains "$changesets" "$id" "DATABASECHANGELOG on new holds $id"
done
expect_equal "$(sql new 'SELECT LOCKED + 0 FROM DATABASECHANGELOGLOCK WHERE ID = 1')" 0 "Liquibase released its lock on new"
sleep 3 # a unit with Restart= would be back by now
if ssh_key old 'systemctl is-active --quiet tomcat10' </dev/null; then fail "Tomcat runs again on old"; else
  pass "Tomcat on old stays stopped"
fi
if ssh_key old 'systemctl is-enabled --quiet tomcat10' </dev/null; then fail "Tomcat on old is still enabled"; else
  pass "Tomcat on old is disabled"
fi
states="$(journal "SELECT group_concat(step || ':' || state, ' ') FROM (SELECT * FROM steps ORDER BY step)")"
expect_equal "$states" "1:done 2:done 3:done 4:done 5:done 6:done 7:done 8:done 9:done" "the journal holds steps 1 to 9 done"
if grep -qaF -- "$PUW_SANDBOX_DB_PASSWORD" "$session"/journal.sqlite*; then fail "the database password appears in the journal"; else
  pass "the journal holds no database password"
fi
finish
