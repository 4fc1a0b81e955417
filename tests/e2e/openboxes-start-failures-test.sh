#!/usr/bin/env bash
# Step 5 with the openboxes recipe does not wait out its 45 minutes when the start cannot succeed, on a fresh
# OpenBoxes world of its own: a stale Liquibase lock on new (the DATABASECHANGELOGLOCK row left set), with
# Tomcat's output only in the journal as Debian ships it, makes it fail within a minute, naming the lock and
# how to release it; then a Tomcat whose JVM exits at once (a typo in setenv.sh) under Restart=always (a
# crash loop) makes it fail within a minute, naming the crash loop or the failed unit.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=mariadb
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
sql() { as_root "$1" "mariadb --batch --skip-column-names openboxes -e \"$2\""; }

echo "== a fresh OpenBoxes world, imported on new (steps 1 to 4)"
e2e_fresh_world openboxes
out="$(run --through 4)" || fail "steps 1 to 4 failed: $out"
expect_contains "$out" "[4 import-backup] Done" "step 4 is done"
expect_equal "$(sql new 'SELECT LOCKED + 0 FROM DATABASECHANGELOGLOCK WHERE ID = 1')" 0 "the restore left the lock free"

echo "== a stale changelog lock on new, with Tomcat's output in the journal only (Debian's default)"
as_root new 'sed -i "/^StandardOutput=/d; /^StandardError=/d" /etc/systemd/system/tomcat10.service.d/override.conf &&
  rm -f /var/log/tomcat10/catalina.out && systemctl daemon-reload' >/dev/null 2>&1 ||
  fail "could not send Tomcat's output to the journal on new"
sql new "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 1, LOCKGRANTED = NOW(), LOCKEDBY = 'a start killed on 2024-05-02' WHERE ID = 1"
started=$SECONDS
if out="$(run --through 5)"; then fail "step 5 succeeded with a stale lock: $out"; fi
took=$((SECONDS - started))
echo "step 5 failed after $took s"
if [ "$took" -lt 60 ]; then pass "step 5 fails within a minute ($took s)"; else fail "step 5 took $took s to fail"; fi
expect_contains "$out" "following the journal of tomcat10" "step 5 follows the journal when catalina.out is not there"
expect_contains "$out" "log: " "step 5 showed the log while it waited"
expect_contains "$out" 'its log still says "' "step 5 says the log repeats a line"
expect_contains "$out" "Waiting for changelog lock" "step 5 names the waiting for the changelog lock"
expect_contains "$out" "UPDATE DATABASECHANGELOGLOCK SET LOCKED=0" "step 5 says how to release the lock"

echo "== a crash loop on new"
# Tomcat first (it still waits for the lock and would take it), then the lock.
as_root new 'systemctl disable --now tomcat10' >/dev/null 2>&1
sql new "UPDATE DATABASECHANGELOGLOCK SET LOCKED = 0, LOCKGRANTED = NULL, LOCKEDBY = NULL WHERE ID = 1"
as_root new 'cp /var/lib/tomcat10/bin/setenv.sh /var/lib/tomcat10/bin/setenv.sh.good &&
  echo "CATALINA_OPTS=\"\$CATALINA_OPTS -Xmx1k\"" >>/var/lib/tomcat10/bin/setenv.sh &&
  printf "[Service]\nRestart=always\nRestartSec=1\n" >/etc/systemd/system/tomcat10.service.d/zz-restart.conf &&
  systemctl daemon-reload' >/dev/null 2>&1 || fail "could not break Tomcat on new"
started=$SECONDS
if out="$(run --through 5)"; then fail "step 5 succeeded with a Tomcat that cannot start: $out"; fi
took=$((SECONDS - started))
echo "step 5 failed after $took s"
if [ "$took" -lt 60 ]; then pass "step 5 fails within a minute ($took s)"; else fail "step 5 took $took s to fail"; fi
if grep -qE "tomcat10 restarts over and over on the new host|tomcat10 failed on the new host" <<<"$out"; then
  pass "step 5 names the crash loop or the failed unit"
else
  fail "step 5 does not name the crash loop: $out"
fi
as_root new 'mv /var/lib/tomcat10/bin/setenv.sh.good /var/lib/tomcat10/bin/setenv.sh; rm -f /etc/systemd/system/tomcat10.service.d/zz-restart.conf; systemctl daemon-reload; systemctl disable --now tomcat10; systemctl reset-failed tomcat10' >/dev/null 2>&1 || true
finish
