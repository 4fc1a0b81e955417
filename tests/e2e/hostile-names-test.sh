#!/usr/bin/env bash
# A database whose name is hostile to shells and file systems (a leading '-', quotes, $(), backticks, ';' and
# '/') goes through the rehearsal's backup, import and comparison (steps 1 to 4) on the real machines, and
# nothing the name says is ever executed: no file it would create exists on any host or here, and the local
# copy of the dump stays one file in the session's backup folder. New asks a password for sudo here, with
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
name='-x'"'"'"$(touch '"$marker"'-a)`touch '"$marker"'-b`;a/b'
rm -f "$marker"-*
# psql quotes the name itself (:"name"); the name reaches the host through ssh and sh as one quoted word.
as_root old "$(printf 'echo %q | runuser -u postgres -- psql -v ON_ERROR_STOP=1 -v name=%q -q' \
  'CREATE DATABASE :"name" OWNER demo;' "$name")" || fail "could not create the database on old"
as_root old "$(printf 'runuser -u postgres -- pg_dump -d demo | runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -d %q' "$name")" \
  >/dev/null || fail "could not fill the database on old"
rows_old="$(as_root old "$(printf 'runuser -u postgres -- psql -At -d %q -c %q' "$name" 'SELECT count(*) FROM order_line')")"
[ "${rows_old:-0}" -gt 0 ] || fail "the hostile database on old is empty"
pass "old holds a database named $name with $rows_old order lines"

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
echo "== steps 1 to 4 on it"
out="$("$program" --headless --plan "$hostile_plan" --session-dir "$session/run" --through 4 2>&1)" ||
  fail "the rehearsal on the hostile name failed: $out"
expect_contains "$out" "[3 rehearsal-backup] Done" "step 3 backs the database up"
expect_contains "$out" "[4 import-backup] Done" "step 4 imports it and the counts match"
new_root() { ssh_key new "sudo -S -p '' sh -c $(printf '%q' "$1")" <<<"$PUW_SANDBOX_SUDO_PASSWORD"; }
rows_new="$(new_root "$(printf 'runuser -u postgres -- psql -At -d %q -c %q' "$name" 'SELECT count(*) FROM order_line')")"
expect_equal "$rows_new" "$rows_old" "new's database of that name holds the same order lines"
expect_equal "$(new_root "grep -c -F -- '$PUW_SANDBOX_SUDO_PASSWORD' /etc/demo/demo.conf || true")" 0 \
  "the sudo password did not become part of the file step 2 wrote on new"
# Step 2 merges old's settings into version 2's shipped file: what it wrote begins as that file does.
expect_equal "$(new_root "head -n 1 /etc/demo/demo.conf")" "$(new_root "head -n 1 /opt/demo/share/demo.conf.default")" \
  "the file step 2 wrote on new begins as the merge does, with no line before it"

for host in old new proxy; do
  if [ "$host" = new ]; then left="$(new_root "ls $marker-* 2>/dev/null || true")"; else
    left="$(as_root "$host" "ls $marker-* 2>/dev/null || true")"
  fi
  expect_equal "$left" "" "nothing the name says ran on $host"
done
expect_equal "$(ls "$marker"-* 2>/dev/null || true)" "" "nothing the name says ran here"
copies="$(find "$session/run/backups" -type f -name '*.dump' | wc -l)"
expect_equal "$copies" 1 "the local copy is one file"
expect_equal "$(find "$session/run/backups" -mindepth 1 -type d -name '*touch*' | wc -l)" 0 \
  "the name made no folder in the backups"
finish
