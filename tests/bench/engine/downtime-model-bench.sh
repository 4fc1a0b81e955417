#!/usr/bin/env bash
# The downtime model against the measured downtime (PostgreSQL sandbox), at two database sizes
# (PUW_BENCH_SIZES, rows, default "300000 3000000"): for each, a fresh world, the rehearsal (steps 1-6),
# the cutover (steps 7-9), then from the journal the predicted and the measured downtime, their ratio
# (target 0.85-1.15) and every part predicted next to its measurement; and that every session value the
# run wrote is a key named in core/journal/SessionValues.h. The demo service is a systemd
# unit of the world: the program stops and starts it through the recipe; this script never touches it.
# PUW_BENCH_KEEP=<folder> keeps each size's journal there.
set -euo pipefail
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=../../e2e/e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../e2e/e2e-lib.sh"
require_root
program="${PUW_PROGRAM:?}"
command -v sqlite3 >/dev/null || missing "sqlite3 (to read the journal)"
sizes="${PUW_BENCH_SIZES:-300000 3000000}"
work="$(mktemp -d)"
trap '"$SANDBOX" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

value() { sqlite3 "$1/journal.sqlite" "SELECT value FROM session_values WHERE key = '$2'"; }
# The parts, predicted and measured, one line each, in the cutover's order.
parts() {
  python3 - "$1" "$2" <<'PY'
import json, sys
predicted = json.loads(sys.argv[1] or "{}").get("parts", {})
measured = json.loads(sys.argv[2] or "{}")
order = ["stop", "prepare", "stream", "data", "post_data", "compare", "watch", "migrate", "start", "checks", "route"]
for part in order:
    if part in predicted or part in measured:
        p, m = predicted.get(part), measured.get(part)
        print("  %-10s %8s %8s" % (part, "-" if p is None else int(p), "-" if m is None else int(m)))
PY
}

# Every key a run writes is a constant of core/journal/SessionValues.h.
named="$(grep -o 'QLatin1String k[A-Za-z0-9]*{"[^"]*"}' "$(dirname "${BASH_SOURCE[0]}")/../../../core/journal/SessionValues.h" |
  sed 's/.*{"\(.*\)"}/\1/' | sort)"
status=0
summary=()
for rows in $sizes; do
  "$SANDBOX" down >/dev/null 2>&1 || true
  "$SANDBOX" up --rows "$rows" >/dev/null
  # shellcheck source=/dev/null
  . "$STATE/secrets.env"
  session="$work/s-$rows"
  # A rehearsal runs days after the data was written, not right after a bulk load: vacuum and analyze
  # first, so that autovacuum does not slow the rehearsal down and the cutover not.
  as_root old "runuser -u postgres -- psql -d demo -qc 'VACUUM ANALYZE' -c 'CHECKPOINT'" >/dev/null
  "$program" --headless --plan "$STATE/plan.json" --session-dir "$session" --through 6 >"$work/rehearsal.log" 2>&1 ||
    { cat "$work/rehearsal.log"; exit 1; }
  "$program" --headless --plan "$STATE/plan.json" --session-dir "$session" --through 9 --assume-yes \
    >"$work/cutover.log" 2>&1 || { cat "$work/cutover.log"; exit 1; }
  predicted="$(value "$session" downtime.predicted_ms)"
  start="$(value "$session" downtime.started_at)"
  end="$(value "$session" downtime.ended_at)"
  measured=$(( $(date -d "$end" +%s%3N) - $(date -d "$start" +%s%3N) ))
  ratio="$(awk -v m="$measured" -v p="$predicted" 'BEGIN { printf "%.2f", m / p }')"
  echo "database: $rows rows, $(( $(value "$session" cutover.database_bytes) / 1024 / 1024 )) MiB on disk"
  echo "  part       predicted measured (ms)"
  parts "$(value "$session" downtime.prediction)" "$(value "$session" cutover.timings)"
  echo "  rehearsal's timings (ms): $(value "$session" rehearsal.timings)"
  [ -z "${PUW_BENCH_KEEP:-}" ] || cp "$session/journal.sqlite" "$PUW_BENCH_KEEP/journal-$rows.sqlite"
  echo "  downtime   $predicted $measured  ratio measured/predicted $ratio"
  unnamed="$(comm -23 <(sqlite3 "$session/journal.sqlite" "SELECT DISTINCT key FROM session_values ORDER BY key" | sort) \
    <(echo "$named"))"
  [ -z "$unnamed" ] || { echo "  session values not named in SessionValues.h: $unnamed"; status=1; }
  summary+=("$rows rows: predicted $predicted ms, measured $measured ms, ratio $ratio")
  awk -v r="$ratio" 'BEGIN { exit !(r >= 0.85 && r <= 1.15) }' || status=1
done
printf '%s\n' "${summary[@]}"
[ "$status" -eq 0 ] && echo "within +-15% at every size" || echo "outside +-15% at some size"
exit "$status"
