#!/usr/bin/env bash
# The downtime of the replication mode (database.sync = "replication") next to the streamed dump and the
# seed's manual procedure, at each size of PUW_BENCH_SIZES (rows; default "1000000 9000000", the largest
# about 1 GiB on disk), PostgreSQL sandbox. Per size: three fresh worlds of that size, one per way; the
# program's downtime from the journal's clock (steps 7 to 9 after a rehearsal that is not timed), the
# manual one timed by this script. Prints a table, the mode against the manual procedure at the largest
# size (goal <= 0.25) and the mode's largest over its smallest downtime (goal <= 1.5: flat in the size).
# PUW_BENCH_WAYS (default "replication streamed manual") runs only some of the three, e.g. after a change
# to one of them; the ratios then print only where both figures exist.
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
sizes="${PUW_BENCH_SIZES:-1000000 9000000}"
work="$(mktemp -d)"
trap '"$SANDBOX" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
fresh_world() { # fresh_world ROWS
  "$SANDBOX" down >/dev/null 2>&1 || true
  "$SANDBOX" up --rows "$1" >/dev/null || fail "sandbox up --rows $1 failed"
  # shellcheck source=/dev/null
  . "$STATE/secrets.env"
}
# The program's rehearsal and cutover on the current world; prints the downtime in ms. mode: dump or
# replication (the plan's database.sync).
program_cutover() { # program_cutover MODE SESSION
  python3 - "$STATE/plan.json" "$2.plan.json" "$1" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
plan.setdefault("database", {})["sync"] = sys.argv[3]
json.dump(plan, open(sys.argv[2], "w"))
PY
  "$program" --headless --plan "$2.plan.json" --session-dir "$2" --through 6 --allow-old-database-restart \
    >"$2.rehearsal.log" 2>&1 || { cat "$2.rehearsal.log" >&2; fail "the $1 rehearsal failed"; }
  if [ "$1" = replication ] && ! grep -q "follows old by logical replication" "$2.rehearsal.log"; then
    cat "$2.rehearsal.log" >&2
    fail "the replication did not start"
  fi
  "$program" --headless --plan "$2.plan.json" --session-dir "$2" --through 9 --assume-yes >"$2.cutover.log" 2>&1 ||
    { cat "$2.cutover.log" >&2; fail "the $1 cutover failed"; }
  journal_downtime_ms "$2"
}

ways=" ${PUW_BENCH_WAYS:-replication streamed manual} "
declare -A replication streamed manual mib
for rows in $sizes; do
  replication[$rows]=-; streamed[$rows]=-; manual[$rows]=-
  if [[ "$ways" == *" replication "* ]]; then
    fresh_world "$rows"
    replication[$rows]="$(program_cutover replication "$work/r$rows")"
    echo "  $rows rows: replication's cutover parts $(sqlite3 "$work/r$rows/journal.sqlite" "SELECT value FROM session_values WHERE key = 'cutover.timings'")"
  fi
  if [[ "$ways" == *" streamed "* ]]; then
    fresh_world "$rows"
    streamed[$rows]="$(program_cutover dump "$work/d$rows")"
  fi
  if [[ "$ways" == *" manual "* ]]; then
    fresh_world "$rows"
    manual_cutover >"$work/m$rows.log"
    manual[$rows]="$manual_ms"
  fi
  size="$(as_root old "runuser -u postgres -- psql -d demo -Atc 'SELECT pg_database_size(current_database())'")"
  mib[$rows]=$((size / 1024 / 1024))
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.2f", a / b }'; }

printf '%-10s %10s %16s %16s %12s %12s\n' rows "MiB" "replication (ms)" "streamed (ms)" "manual (ms)" "repl/manual"
for rows in $sizes; do
  printf '%-10s %10s %16s %16s %12s %12s\n' "$rows" "${mib[$rows]}" "${replication[$rows]}" "${streamed[$rows]}" \
    "${manual[$rows]}" "$(ratio "${replication[$rows]}" "${manual[$rows]}")"
done
read -r smallest largest < <(tr ' ' '\n' <<<"$sizes" | sort -n | sed -n '1p;$p' | paste -sd' ')
printf 'replication against the manual procedure at %s rows: %s (goal <= 0.25)\n' "$largest" \
  "$(ratio "${replication[$largest]}" "${manual[$largest]}")"
printf 'replication at %s rows over %s rows: %s (goal <= 1.5, flat in the size)\n' "$largest" "$smallest" \
  "$(ratio "${replication[$largest]}" "${replication[$smallest]}")"
