#!/usr/bin/env bash
# The parsec recipe upgrades the Parsec world (`sandbox up --app parsec`: docker-compose v1, PostgreSQL in a
# container, v2.15.0 on old, v2.16.0 on new), unattended, through step 9. Proves: steps 3 and 4 dump and
# restore inside the database containers (sudo with a password on old, the docker group on new); step 4 lists
# the migrations as `migrate --dry-run` does; step 2 carries secrets/ and tls/ with their modes; step 5 applies
# 0013 and 0014; after step 9 the proxy serves v2.16.0 and the new database holds old's rows table by table;
# after step 10 old's server and database containers stay away even when dockerd restarts (restart: always)
# while its data volume stays.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
# shellcheck source=/dev/null
. "$STATE/world.env"
[ "$APP" = parsec ] || missing "the Parsec world (sandbox up --app parsec); $STATE runs $APP"
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
# shellcheck source=parsec-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/parsec-lib.sh"
files_with_modes() { as_root "$1" 'cd /opt/parsec && find secrets tls -type f -printf "%m %u %p\n" | sort && find secrets tls -type f -print0 | sort -z | xargs -0 sha256sum'; }

echo "== rehearsal: steps 1 to 6"
started=$SECONDS
out="$(run --through 6)" || fail "the rehearsal failed: $out"
for step in "1 install-new" "2 copy-config" "3 rehearsal-backup" "4 import-backup" "5 start-new" "6 run-checks"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
expect_equal "$(files_with_modes new)" "$(files_with_modes old)" "secrets/ and tls/ reached new (files, owners, modes, contents)"
listing="$(journal "SELECT value FROM session_values WHERE key = 'migrations.listing'")"
expect_contains "$listing" "0013_add_shamir_recovery" "step 4 lists 0013 as v2.16.0's dry run does"
expect_contains "$listing" "0014_add_realm_archiving" "step 4 lists 0014"
expect_contains "$(parsec_public_version)" '"version": "2.15.0"' "users still reach v2.15.0"
echo "rehearsal took $((SECONDS - started)) s"

echo "== cutover: steps 7 to 9"
started=$SECONDS
out="$(run --through 9 --assume-yes)" || fail "the cutover failed: $out"
for step in "7 stop-both" "8 final-sync" "9 route-traffic"; do
  expect_contains "$out" "[$step] Done" "step ${step%% *} is done"
done
echo "cutover took $((SECONDS - started)) s; $(grep -o 'Downtime: [^.]*' <<<"$out" || true)"
expect_contains "$(parsec_public_version)" '"version": "2.16.0"' "the proxy serves v2.16.0"
old_rows="$(parsec_fingerprint old)"
printf '%s\n' "$old_rows"
expect_contains "$old_rows" "block_data" "old's tables are counted and checksummed"
expect_equal "$(parsec_fingerprint new)" "$old_rows" "the new database holds the old rows, table by table"
expect_equal "$(parsec_sql new "SELECT label FROM human WHERE _id = 1")" "Émilie 🍰 Crème-Brûlée" "non-ASCII text survives"
expect_equal "$(parsec_sql new "SELECT count(*) FROM migration")" 14 "v2.16.0 applied its 14 migrations on new"

echo "== step 10: old's containers go, its data volume stays"
out="$(run --through 10 --assume-yes)" || fail "step 10 failed: $out"
expect_contains "$out" "[10 deprovision] Done" "step 10 is done"
expect_contains "$out" "The old database's container is removed" "step 10 says the database's container went"
parsec_old_containers_stay_away
states="$(journal "SELECT group_concat(step || ':' || state, ' ') FROM (SELECT * FROM steps ORDER BY step)")"
expect_equal "$states" "1:done 2:done 3:done 4:done 5:done 6:done 7:done 8:done 9:done 10:done" "the journal holds steps 1 to 10 done"
for secret in "$PUW_SANDBOX_SUDO_PASSWORD" "$PUW_SANDBOX_DB_PASSWORD" "$PUW_SANDBOX_PARSEC_ADMIN_TOKEN"; do
  if grep -qaF -- "$secret" "$session"/journal.sqlite*; then fail "a secret appears in the journal"; else
    pass "the journal holds no secret (${#secret} characters)"
  fi
done
finish
