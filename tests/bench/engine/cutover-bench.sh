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
require_root
program="${PUW_PROGRAM:?}"
rows="${PUW_BENCH_ROWS:-1000000}"
work="$(mktemp -d)"
trap '"$SANDBOX" down >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
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
read -r start end < <(sqlite3 -separator ' ' "$work/s/journal.sqlite" \
  "SELECT (SELECT value FROM session_values WHERE key = 'downtime.started_at'),
          (SELECT value FROM session_values WHERE key = 'downtime.ended_at')")
program_ms=$(( $(date -d "$end" +%s%3N) - $(date -d "$start" +%s%3N) ))
# Where the program's downtime went: every command of steps 7 to 9 that took 100 ms or more.
echo "program, commands of steps 7-9 taking >= 100 ms (ms, step, host, command):"
sqlite3 -separator ' ' "$work/s/journal.sqlite" \
  "SELECT printf('%7d', CAST((julianday(ended_at) - julianday(started_at)) * 86400000 AS INTEGER)), step, host,
          substr(replace(command, char(10), ' '), 1, 90)
   FROM commands WHERE step BETWEEN 7 AND 9 AND (julianday(ended_at) - julianday(started_at)) * 86400000 >= 100
   ORDER BY id" | sed 's/^/  /'

fresh_world
t0="$(now_ms)"
lap() { local now; now="$(now_ms)"; printf '  %7d %s\n' $((now - ${last:-$t0})) "$1"; last="$now"; }
echo "manual procedure (ms, phase):"
as_root old "systemctl disable --now demo" >/dev/null
lap "stop the old app"
ssh_key old "PGPASSWORD='$PUW_SANDBOX_DB_PASSWORD' pg_dump -Fc -h $(address_of old) -U demo -f /var/tmp/manual.dump demo" </dev/null
lap "pg_dump -Fc to a file on old"
mapfile -t options < <(ssh_options)
scp -q "${options[@]}" -i "$STATE/keys/upgrader_ed25519" upgrader@$(address_of old):/var/tmp/manual.dump "$work/manual.dump"
lap "scp old -> admin"
scp -q "${options[@]}" -i "$STATE/keys/upgrader_ed25519" "$work/manual.dump" upgrader@$(address_of new):/var/tmp/manual.dump
lap "scp admin -> new"
as_root new "runuser -u postgres -- createdb -O demo demo && runuser -u postgres -- pg_restore -j 4 --no-owner --role=demo -d demo /var/tmp/manual.dump" >/dev/null
lap "createdb + pg_restore -j 4"
as_root new "runuser -u demo -- /opt/demo/bin/demo-app migrate --config /etc/demo/demo.conf && systemctl enable --now demo" >/dev/null
until curl -fsS http://$(address_of new):8081/health >/dev/null 2>&1; do sleep 0.2; done
lap "migrate, start, healthy"
as_root proxy "sed -i 's/$(address_of old):8081/$(address_of new):8081/' /etc/nginx/conf.d/demo-upstream.conf && nginx -s reload"
until curl -fsS http://$(address_of proxy):8080/version 2>/dev/null | grep -q '"2.0.0"'; do sleep 0.2; done
lap "switch nginx, v2 answers"
manual_ms=$(( $(now_ms) - t0 ))

printf 'cutover downtime: program %d ms, manual procedure %d ms, ratio %s (target <= 0.5 at 1 GiB)\n' \
  "$program_ms" "$manual_ms" "$(awk -v a="$program_ms" -v b="$manual_ms" 'BEGIN { printf "%.2f", a / b }')"
