#!/usr/bin/env bash
# Downtime of the cutover (PostgreSQL sandbox, PUW_BENCH_ROWS rows, default 1,000,000):
#   program: steps 7 to 9 after a rehearsal (stop, stream old -> new with a local copy, restore, migrate,
#            start, check, switch nginx), from the journal's downtime clock;
#   manual:  the seed's procedure: stop the old app, dump to a file on old, copy it to this machine, copy it
#            to the new host, restore, migrate, start, switch nginx; timed by this script.
# Prints both and their ratio. Each runs on a freshly built world of the same size.
set -euo pipefail
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=../../e2e/e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../e2e/e2e-lib.sh"
# shellcheck source=manual-procedure.sh
. "$(dirname "${BASH_SOURCE[0]}")/manual-procedure.sh"
require_root
program="${PUW_PROGRAM:?}"
rows="${PUW_BENCH_ROWS:-1000000}"
work="$(mktemp -d)"
trap '"$SANDBOX" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fresh_world() {
  "$SANDBOX" down >/dev/null 2>&1 || true
  "$SANDBOX" up --rows "$rows" >/dev/null
  # shellcheck source=/dev/null
  . "$STATE/secrets.env"
}

fresh_world
size="$(as_root old "runuser -u postgres -- psql -d demo -Atc 'SELECT pg_database_size(current_database())'")"
echo "database: $rows rows, $((size / 1024 / 1024)) MiB on disk; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX-(unset)}"
"$program" --headless --plan "$STATE/plan.json" --session-dir "$work/s" --through 6 >/dev/null 2>&1
"$program" --headless --plan "$STATE/plan.json" --session-dir "$work/s" --through 9 --assume-yes >"$work/cutover.log" 2>&1 ||
  { cat "$work/cutover.log"; exit 1; }
program_ms="$(journal_downtime_ms "$work/s")"
# Where the program's downtime went: every command of steps 7 to 9 that took 100 ms or more.
echo "program, commands of steps 7-9 taking >= 100 ms (ms, step, host, command):"
sqlite3 -separator ' ' "$work/s/journal.sqlite" \
  "SELECT printf('%7d', CAST((julianday(ended_at) - julianday(started_at)) * 86400000 AS INTEGER)), step, host,
          substr(replace(command, char(10), ' '), 1, 90)
   FROM commands WHERE step BETWEEN 7 AND 9 AND (julianday(ended_at) - julianday(started_at)) * 86400000 >= 100
   ORDER BY id" | sed 's/^/  /'

fresh_world
manual_cutover

printf 'cutover downtime: program %d ms, manual procedure %d ms, ratio %s (target <= 0.5 at 1 GiB)\n' \
  "$program_ms" "$manual_ms" "$(awk -v a="$program_ms" -v b="$manual_ms" 'BEGIN { printf "%.2f", a / b }')"
