#!/usr/bin/env bash
# The wizard's longest event-loop stall while step 3 relays a large backup (WizardStallBench.cpp). The
# sandbox's seed compresses to well under a MiB, so the old database gets a table of random bytes that
# pg_dump cannot compress: PUW_BENCH_MIB (default 512) MiB. Run by ctest under Xvfb.
# Usage: stall-bench.sh BENCH_BINARY
set -euo pipefail
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=../../e2e/e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../e2e/e2e-lib.sh"
binary="${1:?usage: stall-bench.sh BENCH_BINARY}"
require_root
mib="${PUW_BENCH_MIB:-512}"
trap '"$SANDBOX" down >/dev/null 2>&1 || true' EXIT
started=$SECONDS
"$SANDBOX" down >/dev/null 2>&1 || true
"$SANDBOX" up >/dev/null
set -a
# shellcheck source=/dev/null
. "$STATE/secrets.env"
set +a
# 1 KiB of random bytes per row (64 MD5s of random numbers), owned by the application's role.
as_root old "runuser -u postgres -- psql -q -d demo -v ON_ERROR_STOP=1 -c \"
  CREATE TABLE bench_filler (id int PRIMARY KEY, payload bytea);
  INSERT INTO bench_filler SELECT g, (SELECT decode(string_agg(md5(random()::text || g || i), ''), 'hex')
                                      FROM generate_series(1, 64) i)
  FROM generate_series(1, $((mib * 1024))) g;
  ALTER TABLE bench_filler OWNER TO demo;\"" >/dev/null
size="$(as_root old "runuser -u postgres -- psql -d demo -Atc 'SELECT pg_database_size(current_database())'")"
echo "world up with $((size / 1024 / 1024)) MiB in the old database in $((SECONDS - started)) s"
PUW_TEST_PLAN="$STATE/plan.json" "$binary"
