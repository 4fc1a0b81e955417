#!/usr/bin/env bash
# A database whose name is hostile to shells and file systems (a leading '-', quotes, $(), backticks, ';', '/'
# and a newline) goes through a whole upgrade on the real machines (steps 1 to 9): the application on old
# serves from that database, step 2 carries the name over in its configuration, steps 3 and 4 back it up and
# import it, step 5 migrates it on new, step 8 moves it again and step 9 routes users to version 2 on it.
# Nothing the name says is ever executed: no file it would create exists on any host or here, and each local
# copy of a dump is one file in the session's backup folder. New asks a password for sudo here, with
# sudo's credentials cached for the whole log-in (timestamp_type=global): step 2's files reach new on the
# standard input of a sudo command, and must arrive without the password line in them. PostgreSQL world.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup

echo "== a fresh world with a database named to hurt"
e2e_fresh_world postgresql
marker="/tmp/pw$$"
# shellcheck disable=SC2016 # the $() and backticks are the point: they must never run
name='-x'"'"'"$(touch '"$marker"'-a)`touch '"$marker"'-b`;a/b'$'\n''$(touch '"$marker"'-c)'
rm -f "$marker"-*
# The name reaches the hosts' shells base64-encoded, as $n; psql quotes it itself (:"name").
name_b64="$(printf '%s' "$name" | base64 -w0)"
with_name() { printf 'n="$(printf %%s %s | base64 -d)"; %s' "$name_b64" "$1"; }
as_root old "$(with_name "echo 'CREATE DATABASE :\"name\" OWNER demo;' | runuser -u postgres -- psql -v ON_ERROR_STOP=1 -v name=\"\$n\" -q")" ||
  fail "could not create the database on old"
as_root old "$(with_name 'runuser -u postgres -- pg_dump -d demo | runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d "$n"')" \
  >/dev/null || fail "could not fill the database on old"
count_sql='SELECT count(*) FROM order_line'
rows_old="$(as_root old "$(with_name "runuser -u postgres -- psql -At -d \"\$n\" -c '$count_sql'")")"
[ "${rows_old:-0}" -gt 0 ] || fail "the hostile database on old is empty"
pass "old holds a database named $(printf '%q' "$name") with $rows_old order lines"

# Old's application serves from it: its INI file holds the name quoted as Qt's QSettings reads it back.
ini_value="$(python3 -c 'import sys; n = sys.argv[1]; print("\"" + n.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"")' "$name")"
as_root old "$(printf 'L=%s awk %s /etc/demo/demo.conf >/etc/demo/demo.conf.new' "$(printf '%q' "name=$ini_value")" \
  "'/^\\[database\\]/ { s = 1 } s && /^name=/ { print ENVIRON[\"L\"]; s = 0; next } { print }'") &&
  cat /etc/demo/demo.conf.new >/etc/demo/demo.conf && rm /etc/demo/demo.conf.new && systemctl restart demo" ||
  fail "could not point old's application at the hostile database"
for _ in $(seq 1 50); do curl -fsS --max-time 2 "http://$(address_of old):8081/health" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fsS --max-time 5 "http://$(address_of old):8081/health" >/dev/null || fail "old's application does not serve from the hostile database"
pass "old's application serves from the database of that name"

echo "== new's sudo asks a password, cached for the whole log-in"
as_root new "printf '%s\n' 'Defaults:upgrader lecture=never, timestamp_type=global' 'upgrader ALL=(ALL:ALL) ALL' >/etc/sudoers.d/upgrader && visudo -cq" ||
  fail "could not change new's sudo rule"
ssh_key new "sudo -n true" </dev/null 2>/dev/null && fail "sudo on new still needs no password"
pass "sudo on new asks a password now"

hostile_plan="$session/plan-hostile.json"
python3 - "$plan" "$hostile_plan" "$name" <<'EOF'
import json, sys
plan = json.load(open(sys.argv[1]))
plan["variables"]["db_name"] = sys.argv[3]
json.dump(plan, open(sys.argv[2], "w"), indent=2)
EOF
echo "== the whole upgrade on it"
out="$("$program" --headless --plan "$hostile_plan" --session-dir "$session/run" --through 9 --assume-yes 2>&1)" ||
  fail "the upgrade on the hostile name failed: $out"
expect_contains "$out" "[3 rehearsal-backup] Done" "step 3 backs the database up"
expect_contains "$out" "[4 import-backup] Done" "step 4 imports it and the counts match"
expect_contains "$out" "[5 start-new] Done" "step 5 migrates it and starts version 2 on it"
expect_contains "$out" "[8 final-sync] Done" "step 8 moves it again"
expect_contains "$out" "[9 route-traffic] Done" "step 9 routes users to the new installation"
expect_contains "$(curl -fsS --max-time 5 "http://$(address_of proxy):8080/version")" '"version":"2.' \
  "version 2 serves behind the proxy"
expect_contains "$(curl -fsS --max-time 5 "http://$(address_of proxy):8080/health")" '"status":"ok"' \
  "version 2 is healthy on the database of that name"
new_root() { ssh_key new "sudo -S -p '' sh -c $(printf '%q' "$1")" <<<"$PUW_SANDBOX_SUDO_PASSWORD"; }
rows_new="$(new_root "$(with_name "runuser -u postgres -- psql -At -d \"\$n\" -c '$count_sql'")")"
expect_equal "$rows_new" "$rows_old" "new's database of that name holds the same order lines"
expect_equal "$(new_root "grep -c -F -- '$PUW_SANDBOX_SUDO_PASSWORD' /etc/demo/demo.conf || true")" 0 \
  "the sudo password did not become part of the file step 2 wrote on new"
expect_equal "$(new_root "grep -c -F -x -- $(printf '%q' "name=$ini_value") /etc/demo/demo.conf || true")" 1 \
  "step 2 carried the name over to new's configuration as it was"

for host in old new proxy; do
  if [ "$host" = new ]; then left="$(new_root "ls $marker-* 2>/dev/null || true")"; else
    left="$(as_root "$host" "ls $marker-* 2>/dev/null || true")"
  fi
  expect_equal "$left" "" "nothing the name says ran on $host"
done
expect_equal "$(ls "$marker"-* 2>/dev/null || true)" "" "nothing the name says ran here"
copies="$(find "$session/run/backups" -type f -name '*.dump' | wc -l)"
[ "$copies" -ge 1 ] && pass "the dumps' local copies are $copies file(s) in the backup folder" ||
  fail "no local copy of a dump in the session's backup folder"
expect_equal "$(find "$session/run/backups" -mindepth 1 -type d -name '*touch*' | wc -l)" 0 \
  "the name made no folder in the backups"
finish
