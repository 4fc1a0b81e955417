#!/usr/bin/env bash
# The time the content checksums add to the per-table row counts, on the sandbox's old machine, at 100k, 1M
# and 3M rows: the program's own script (counts and checksums) against counts alone, each run 3 times (the
# best kept), in one run of this script. Usage: checksum-bench.sh postgresql|mariadb PRINT_COUNT_SCRIPT
# PUW_BENCH_ROWS picks the sizes (default "100000 1000000 3000000"). A world whose seeded rows fall short of
# the size asked for stops the bench: a figure for a half-seeded database would mislead.
set -euo pipefail
# shellcheck source=../../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../sandbox/tests/test-lib.sh"
db="${1:?usage: checksum-bench.sh postgresql|mariadb PRINT_COUNT_SCRIPT}"
printer="${2:?the puw_print_count_script program}"
require_root
with_sums="$("$printer" "$db")"
if [ "$db" = postgresql ]; then
  counts_only="SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I', 'puw-count ' || c.relname, n.nspname, c.relname)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%' \gexec"
  client="runuser -u postgres -- psql -X -q -At -d demo"
else
  counts_only="SET SESSION group_concat_max_len = 1073741824;
SELECT GROUP_CONCAT(CONCAT('SELECT ''puw-count'', ', QUOTE(table_name), ', COUNT(*) FROM \`', table_name, '\`') SEPARATOR ' UNION ALL ')
INTO @q FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
PREPARE s FROM @q; EXECUTE s;"
  client="mariadb --batch --skip-column-names demo"
fi
# Best of three wall-clock seconds of one script on old (the script reaches the client as base64).
best_of_three() {
  local encoded best="" t
  encoded="$(base64 -w0 <<<"$1")"
  for _ in 1 2 3; do
    t="$("$SANDBOX" shell old sh -c "echo $encoded | base64 -d >/tmp/q.sql; s=\$(date +%s.%N); $client </tmp/q.sql >/dev/null; e=\$(date +%s.%N); echo \$s \$e" | awk '{ printf "%.3f", $2 - $1 }')"
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best="$t"; fi
  done
  echo "$best"
}
# The rows the old database holds, summed over its tables by the counts-only script.
seeded_rows() {
  local encoded
  encoded="$(base64 -w0 <<<"$counts_only")"
  "$SANDBOX" shell old sh -c "echo $encoded | base64 -d >/tmp/q.sql; $client </tmp/q.sql" | awk '{ n += $NF } END { print n + 0 }'
}
printf '%-8s %-9s %12s %14s %8s\n' engine rows "counts (s)" "+checksums (s)" ratio
for rows in ${PUW_BENCH_ROWS:-100000 1000000 3000000}; do
  "$SANDBOX" down >/dev/null 2>&1
  "$SANDBOX" up --db "$db" --rows "$rows" >/dev/null 2>&1 || fail "sandbox up --rows $rows failed"
  seeded="$(seeded_rows)"
  [ "$seeded" -ge $((rows * 9 / 10)) ] || fail "old holds $seeded rows, not the $rows asked for: the seed stopped early"
  plain="$(best_of_three "$counts_only")"
  summed="$(best_of_three "$with_sums")"
  printf '%-8s %-9s %12.2f %14.2f %8.2f\n' "$db" "$rows" "$plain" "$summed" "$(awk -v a="$summed" -v b="$plain" 'BEGIN { print a / b }')"
done
"$SANDBOX" down >/dev/null 2>&1
