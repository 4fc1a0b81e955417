#!/usr/bin/env bash
# The first steps of an upgrade run unattended against the sandbox (PostgreSQL world), as an admin would
# with --headless: a dry run first (lists the commands, changes nothing), then steps 1 and 2 for real.
# Proves the custom configuration reaches the new host with its owner and mode, the new host's original is
# kept, the old installation is untouched (configuration, program, database content), a second run
# resumes (runs nothing again), and the journal records both steps done.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"

e2e_setup

sudo_old() { ssh_key old "sudo -S -p '' sh -c $(printf '%q' "$1")" <<<"$PUW_SANDBOX_SUDO_PASSWORD"; }
# Everything of the old installation an upgrade must not touch before step 7.
old_fingerprint() {
  sudo_old "sha256sum /etc/demo/demo.conf; find /opt/demo -type f -exec sha256sum {} + | sort;
    runuser -u postgres -- psql -d demo -Atc \"SELECT md5(string_agg(x, ',' ORDER BY x)) FROM
      (SELECT c::text AS x FROM customer c UNION ALL SELECT o::text FROM orders o
       UNION ALL SELECT l::text FROM order_line l UNION ALL SELECT d::text FROM document d) t\""
}
new_conf() { ssh_key new "sudo -n sh -c 'stat -c \"%a %U %G\" /etc/demo/demo.conf; sha256sum < /etc/demo/demo.conf'" </dev/null; }

before_old="$(old_fingerprint)"
before_new="$(new_conf)"

echo "== a dry run lists the commands and changes nothing"
out="$("$program" --headless --plan "$plan" --session-dir "$session" --through 2 --dry-run 2>&1)" ||
  fail "the dry run failed: $out"
expect_contains "$out" "new\$ 'sh' '-c' 'command -v" "the dry run lists the commands for the new host"
expect_contains "$out" "old\$ " "the dry run lists the commands for the old host"
expect_equal "$(new_conf)" "$before_new" "the dry run left the new host's configuration alone"
[ ! -e "$session/journal.sqlite" ] && pass "the dry run kept no journal" || fail "the dry run wrote a journal"

echo "== steps 1 and 2 for real"
out="$("$program" --headless --plan "$plan" --session-dir "$session" --through 2 2>&1)" ||
  fail "the headless run failed: $out"
expect_contains "$out" "[1 install-new] Done" "step 1 is done"
expect_contains "$out" "demo 2.0.0" "step 1 found the new version"
expect_contains "$out" "[2 copy-config] Done" "step 2 is done"

# Step 2 merges old's customisations onto version 2's shipped default (issue 21): old's owner and mode,
# old's settings, and version 2's new one.
expect_equal "$(new_conf | head -n 1)" "$(sudo_old 'stat -c "%a %U %G" /etc/demo/demo.conf')" \
  "the new host's configuration has old's owner and mode"
merged="$(ssh_key new "sudo -n cat /etc/demo/demo.conf" </dev/null)"
expect_contains "$merged" "name=Bäckerei Müller – Bestellungen" "old's site name reached the new host"
expect_contains "$merged" "reviews=true" "version 2's [features] reviews=true stayed"
expect_contains "$(ssh_key new 'sudo -n cat /etc/demo/demo.conf' </dev/null)" "workers=16" \
  "the custom tuning value reached the new host"
expect_contains "$(ssh_key new 'sudo -n sha256sum /etc/demo/demo.conf.puw-original' </dev/null)" \
  "$(sed -n 2p <<<"$before_new" | cut -d' ' -f1)" "the new host's original configuration was kept"
expect_equal "$(old_fingerprint)" "$before_old" "the old installation is untouched (config, program, data)"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "users still reach v1"

echo "== the journal, and a second run resumes"
states="$(sqlite3 "$session/journal.sqlite" "SELECT step || ':' || state FROM steps ORDER BY step")"
expect_equal "$(tr '\n' ' ' <<<"$states")" "1:done 2:done " "the journal holds steps 1 and 2 done"
expect_equal "$(sqlite3 "$session/journal.sqlite" "SELECT count(*) FROM commands WHERE command LIKE '%$PUW_SANDBOX_SUDO_PASSWORD%' OR output LIKE '%$PUW_SANDBOX_SUDO_PASSWORD%'")" \
  0 "no command or output in the journal holds the sudo password"
expect_equal "$(stat -c %a "$session/journal.sqlite")" 600 "the journal is readable by its owner only"
out="$("$program" --headless --plan "$plan" --session-dir "$session" --through 2 2>&1)" ||
  fail "the second run failed: $out"
expect_contains "$out" "Resuming" "the second run resumes the session"
if grep -q "started" <<<"$out"; then fail "the second run ran a finished step again: $out"; else
  pass "the second run ran nothing again"
fi
finish
