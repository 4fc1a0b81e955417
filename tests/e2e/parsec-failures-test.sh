#!/usr/bin/env bash
# The parsec recipe when a migration fails, on a fresh Parsec world of its own. Parsec's `migrate` prints
# `NNNN_name.sql ✘` and still exits 0: proves that this fails step 5 naming the migration (and that step 5
# passes once it is fixed), then that the same failure during step 8 fails the cutover and `--rollback`
# brings v2.15.0 back behind the proxy with old's data as it was, ready for another try.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
# shellcheck source=parsec-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/parsec-lib.sh"
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
failing_migration() { # failing_migration NAME|"": the server's test switch in new's .env file
  as_root new "sed -i '/^PARSEC_TEST_FAIL_MIGRATION=/d' /opt/parsec/parsec-server.env${1:+ && echo PARSEC_TEST_FAIL_MIGRATION=$1 >> /opt/parsec/parsec-server.env}"
}

echo "== a fresh Parsec world, imported on new (steps 1 to 4)"
e2e_fresh_world parsec
out="$(run --through 4)" || fail "steps 1 to 4 failed: $out"
expect_contains "$out" "[4 import-backup] Done" "step 4 is done"

echo "== a migration that fails with exit code 0 at step 5"
failing_migration 0014_add_realm_archiving.sql
if out="$(run --through 5)"; then fail "step 5 succeeded although a migration failed: $out"; fi
expect_contains "$out" "[5 start-new] Failed" "the failed migration fails step 5"
expect_contains "$out" "0014_add_realm_archiving.sql ✘" "the failure names the migration"
if as_root new 'docker inspect parsec_parsec-server_1' >/dev/null 2>&1; then fail "new's server was started"; else
  pass "new's server is not started after the failed migration"
fi
failing_migration ""
out="$(run --through 6)" || fail "steps 5 and 6 failed after the fix: $out"
expect_contains "$out" "[6 run-checks] Done" "after the fix, steps 5 and 6 pass"

echo "== the same failure during step 8, then --rollback"
before="$(parsec_fingerprint old)"
failing_migration 0014_add_realm_archiving.sql
if out="$(run --through 9 --assume-yes)"; then fail "the cutover succeeded although step 8 could not: $out"; fi
expect_contains "$out" "[7 stop-both] Done" "step 7 stopped both servers"
expect_contains "$out" "[8 final-sync] Failed" "step 8 fails on the migration"
expect_contains "$out" "0014_add_realm_archiving.sql ✘" "step 8 names the migration"
out="$(run --rollback)" || fail "the rollback failed: $out"
expect_contains "$out" "[rollback] Done" "the rollback is done"
expect_contains "$(parsec_public_version)" '"version": "2.15.0"' "v2.15.0 is back behind the proxy"
expect_equal "$(parsec_fingerprint old)" "$before" "old's data is as it was"
expect_equal "$(journal "SELECT state FROM steps WHERE step = 7")" pending "the cutover can be tried again"
failing_migration ""
finish
