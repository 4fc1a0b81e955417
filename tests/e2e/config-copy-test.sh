#!/usr/bin/env bash
# Step 2 against the sandbox, as a hostile old host or a trap on new would try it. A recipe of the admin's own
# (the demo's, with every *.conf of /etc/demo and the folder /etc/demo/secrets) runs steps 1 and 2 on a fresh
# world. Proves: demo.conf on new holds old's site name and workers AND version 2's [features] reviews=true,
# and the report lists the carried settings; a file whose name holds spaces and ";" arrives intact; a link on
# old is refused with its target named and nothing of the target is read; a link planted at the target on
# new is replaced, not written through; an old host that names a file outside the recipe's patterns
# (/root/.ssh/authorized_keys) makes the step fail and nothing is written there; a folder arrives whole,
# owners, modes and the link inside kept, the original kept beside it; a conflict nobody chose fails the
# step naming the file and lines (no value), and the plan's configConflicts=old resolves it.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
require_root
e2e_fresh_world "$db"
e2e_setup
command -v python3 >/dev/null || missing "python3 (to write the test's recipe and plan)"

# The admin's own recipe and a plan naming it; the program finds it in its configuration folder.
export XDG_CONFIG_HOME="$session/xdg"
mkdir -p "$XDG_CONFIG_HOME/parallel-upgrade/recipes"
python3 - "$(dirname "${BASH_SOURCE[0]}")/../../resources/recipes/demo.json" "$STATE/plan.json" \
  "$XDG_CONFIG_HOME/parallel-upgrade/recipes/demo-copy.json" "$session/plan.json" <<'PY'
import json, sys
recipe = json.load(open(sys.argv[1]))
recipe["id"] = "demo-copy"
recipe["config"]["files"] = ["{{config_file}}", "{{config_dir}}/*.conf"]
recipe["config"]["folders"] = ["{{config_dir}}/secrets"]
json.dump(recipe, open(sys.argv[3], "w"), indent=1)
plan = json.load(open(sys.argv[2]))
plan["recipe"] = "demo-copy"
json.dump(plan, open(sys.argv[4], "w"), indent=1)
PY
plan="$session/plan.json"
fresh_session() { rm -rf "$session/s"; mkdir -p "$session/s"; }
step2() { "$program" --headless --plan "$plan" --session-dir "$session/s" --through 2 2>&1; }

echo "== a name with spaces and ';', a folder with a link inside, and a trap on new"
as_root old 'printf "x=1\n" > "/etc/demo/my site; rm -rf x.conf"; chown root:demo "/etc/demo/my site; rm -rf x.conf"; chmod 640 "/etc/demo/my site; rm -rf x.conf"
  install -d -o demo -g demo -m 700 /etc/demo/secrets/tls; printf "k=secret-key\n" > /etc/demo/secrets/tls/key.pem
  chown demo:demo /etc/demo/secrets/tls/key.pem; chmod 600 /etc/demo/secrets/tls/key.pem; ln -s tls/key.pem /etc/demo/secrets/current.pem'
as_root new 'printf "victim\n" > /etc/victim; chmod 644 /etc/victim; mv /etc/demo/demo.conf /etc/demo/shipped.keep
  cp /etc/demo/shipped.keep /etc/demo/real.conf; ln -s /etc/victim /etc/demo/demo.conf; install -d -m 755 /etc/demo/secrets; touch /etc/demo/secrets/from-new'
# new's demo.conf is now a link: the merge takes new's shipped default (the link is not read).
fresh_session
out="$(step2)" || fail "step 2 failed: $out"
expect_contains "$out" "[2 copy-config] Done" "step 2 is done"
expect_contains "$out" "is a symbolic link to /etc/victim" "step 2 says new's demo.conf was a link"
expect_equal "$(as_root new 'cat /etc/victim')" "victim" "the link's target on new is untouched"
expect_equal "$(as_root new 'stat -c %F /etc/demo/demo.conf')" "regular file" "the link on new was replaced by a file"
expect_equal "$(as_root new 'readlink /etc/demo/demo.conf.puw-original')" "/etc/victim" "new's original (the link) is kept"
conf="$(as_root new 'cat /etc/demo/demo.conf')"
expect_contains "$conf" "name=Bäckerei Müller – Bestellungen" "new's demo.conf holds old's site name"
expect_contains "$conf" "workers=16" "new's demo.conf holds old's workers"
expect_contains "$conf" "reviews=true" "new's demo.conf keeps version 2's [features] reviews=true"
expect_equal "$(as_root new 'stat -c "%U:%G %a" /etc/demo/demo.conf')" "root:demo 640" "demo.conf keeps old's owner and mode"
expect_equal "$(as_root new 'cat "/etc/demo/my site; rm -rf x.conf"')" "x=1" "the file named with spaces and ';' arrived"
expect_equal "$(as_root new 'ls -A /etc/demo | grep -c "^\..*\.puw-" || true')" 0 "no temporary file is left on new"
expect_equal "$(as_root new 'stat -c "%U:%G %a" /etc/demo/secrets /etc/demo/secrets/tls /etc/demo/secrets/tls/key.pem | tr "\n" " "')" \
  "root:root 755 demo:demo 700 demo:demo 600 " "the folder arrived with owners and modes"
expect_equal "$(as_root new 'readlink /etc/demo/secrets/current.pem')" "tls/key.pem" "the link inside the folder is recreated as a link"
expect_equal "$(as_root new 'ls /etc/demo/secrets.puw-original')" "from-new" "new's original folder is kept beside it"
"$program" --headless --plan "$plan" --session-dir "$session/s" --through 2 --report "$session/report.md" >/dev/null 2>&1 ||
  fail "exporting the report failed"
expect_contains "$(cat "$session/report.md")" "Carried from old: site.name, tuning.workers" "the report lists the carried settings"
carried="$(sqlite3 "$session/s/journal.sqlite" "SELECT value FROM session_values WHERE key = 'config.copied'")"
expect_contains "$carried" '"carried":["site.name","tuning.workers"]' "the journal records what was carried, per file"

echo "== a link on old"
as_root old 'ln -s /etc/shadow /etc/demo/shadow.conf'
fresh_session
out="$(step2)" && fail "step 2 copied through a link: $out" || true
expect_contains "$out" "/etc/demo/shadow.conf on the old host is a symbolic link to /etc/shadow" "the link on old is refused with its target named"
expect_equal "$(as_root new 'ls /etc/demo/shadow.conf 2>/dev/null || true')" "" "nothing was written for it on new"
# upgrader's password hash: a line of /etc/shadow that is surely there and long.
root_hash="$(as_root old 'grep "^upgrader:" /etc/shadow | cut -d: -f2')"
[ ${#root_hash} -gt 20 ] || fail "no password hash in old's /etc/shadow to look for"
if grep -qaF -- "$root_hash" "$session/s/journal.sqlite"; then fail "old's /etc/shadow reached the journal"; else
  pass "nothing of the link's target reached the journal"
fi
as_root old 'rm /etc/demo/shadow.conf'

echo "== an old host that names a file outside the recipe's patterns"
# A compromised old: sudo's secure_path finds this sh first; it lies about what the patterns match.
as_root old 'cat > /usr/local/sbin/sh <<"SH"
#!/bin/sh
case "$*" in *"for f in"*) printf "%s\n" /root/.ssh/authorized_keys; exit 0 ;; esac
exec /bin/sh "$@"
SH
chmod 755 /usr/local/sbin/sh'
before="$(as_root new 'sha256sum /root/.ssh/authorized_keys 2>/dev/null || echo none')"
fresh_session
out="$(step2)" && fail "step 2 accepted a path outside its patterns: $out" || true
expect_contains "$out" "The old host named /root/.ssh/authorized_keys" "a path outside the patterns makes the step fail, naming it"
expect_equal "$(as_root new 'sha256sum /root/.ssh/authorized_keys 2>/dev/null || echo none')" "$before" "nothing was written there on new"
as_root old 'rm -f /usr/local/sbin/sh'

echo "== a conflict, unattended"
# Version 2's default now sets workers too (8), where the admin set 16 on old: a conflict nobody chose.
as_root new 'printf "\n[tuning]\nworkers=8\n" >> /opt/demo/share/demo.conf.default; cp /opt/demo/share/demo.conf.default /etc/demo/demo.conf'
before="$(as_root new 'sha256sum < /etc/demo/demo.conf')"
fresh_session
out="$(step2)" && fail "step 2 wrote a file with an unresolved conflict: $out" || true
expect_contains "$out" "/etc/demo/demo.conf: 1 change(s) need a decision" "the conflict fails the step, naming the file"
expect_contains "$out" "old's file line" "the message names the lines"
expect_equal "$(as_root new 'sha256sum < /etc/demo/demo.conf')" "$before" "nothing was written"
if grep -qF -- "$PUW_SANDBOX_DB_PASSWORD" <<<"$out"; then fail "the conflict's message shows a secret"; else
  pass "the conflict's message shows no secret"
fi
python3 -c 'import json, sys; p = json.load(open(sys.argv[1])); p["configConflicts"] = "old"; json.dump(p, open(sys.argv[1], "w"))' "$plan"
fresh_session
out="$(step2)" || fail "step 2 with configConflicts=old failed: $out"
conf="$(as_root new 'cat /etc/demo/demo.conf')"
expect_contains "$conf" "workers=16" "with configConflicts=old, old's side of the conflict is written"
expect_contains "$conf" "name=Bäckerei Müller – Bestellungen" "and old's site name is carried"
finish
