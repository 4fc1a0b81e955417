#!/usr/bin/env bash
# Proves the sandbox world is real (run it while the world is up, e.g. from the ctest fixture): booted
# machines whose PID 1 is systemd, a unit that systemd restarts after a kill, journald, Debian's database
# authentication, ssh with key and password, sudo as described, different /opt per machine, v1 through nginx,
# the DNS name, the seeded database, and the pending migrations version 2 lists.
# Usage: world-test.sh postgresql|mariadb
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

db="${1:?usage: world-test.sh postgresql|mariadb}"
require_root
for program in ssh curl dig; do command -v "$program" >/dev/null || missing "$program"; done
[ -s "$STATE/world.env" ] || missing "the sandbox world is not up in $STATE (the sandbox_up fixture failed?)"
# shellcheck source=/dev/null
. "$STATE/world.env"
# shellcheck source=/dev/null
. "$STATE/secrets.env"
expect_equal "$DB_ENGINE" "$db" "the world runs $db"

echo "== idempotent up"
out="$("$SANDBOX" up --db "$db" 2>&1)" || fail "a second 'sandbox up' failed: $out"
expect_contains "$out" "already up" "a second up finds the world up"
other=mariadb
[ "$db" = postgresql ] || other=postgresql
if out="$("$SANDBOX" up --db "$other" 2>&1)"; then fail "up with another database succeeded"; else
  expect_contains "$out" "already up with $db" "up with another database says why it refuses"
fi

echo "== booted machines with their own systemd"
for host in proxy old new; do
  expect_equal "$(ssh_key "$host" 'ps -o comm= -p 1' </dev/null)" systemd "PID 1 on $host is systemd"
  state="$(ssh_key "$host" 'systemctl is-system-running' </dev/null || true)"
  if [ "$state" = running ]; then pass "systemd on $host says running"; else
    fail "systemd on $host says '$state'; failed units: $(ssh_key "$host" 'systemctl --failed --no-legend --plain' </dev/null)"
  fi
done
db_unit=postgresql@15-main
[ "$db" = postgresql ] || db_unit=mariadb
for host in old new; do
  expect_equal "$(ssh_key "$host" "systemctl is-active $db_unit" </dev/null)" active "$db_unit is a running unit on $host"
done
expect_equal "$(ssh_key proxy 'systemctl is-active nginx dnsmasq' </dev/null | tr '\n' ' ')" "active active " \
  "nginx and dnsmasq are running units on the proxy"
if [ "$db" = postgresql ]; then
  expect_equal "$(ssh_key old "sudo -S -p '' -u postgres psql -XAtc 'SELECT current_user'" <<<"$PUW_SANDBOX_SUDO_PASSWORD")" \
    postgres "PostgreSQL lets the postgres account in by peer authentication on old"
  expect_equal "$(ssh_key new "sudo -n -u postgres psql -XAtc \"SELECT count(*) FROM pg_roles WHERE rolname = 'demo'\"" </dev/null)" \
    1 "peer authentication on new; the application's role exists there"
  out="$(ssh_key old "psql -X -h /run/postgresql -U demo -d demo -c 'SELECT 1'" </dev/null 2>&1 || true)"
  expect_contains "$out" "Peer authentication failed" "Debian's default: a local log-in under another name is refused by peer"
else
  expect_equal "$(ssh_key old "sudo -S -p '' mariadb -NBe 'SELECT current_user()'" <<<"$PUW_SANDBOX_SUDO_PASSWORD")" \
    root@localhost "MariaDB lets root in over its unix socket on old"
  expect_equal "$(ssh_key new "sudo -n mariadb -NBe \"SELECT count(*) FROM mysql.user WHERE user = 'demo'\"" </dev/null)" \
    2 "unix_socket authentication on new; the application's accounts exist there"
  out="$(ssh_key old 'mariadb -u root -NBe "SELECT 1"' </dev/null 2>&1 || true)"
  expect_contains "$out" "Access denied" "Debian's default: root over the socket only as the system's root"
fi

echo "== ssh with the key and with the password"
for host in proxy old new; do
  expect_equal "$(ssh_key "$host" hostname </dev/null 2>&1)" "sandbox-$host" "key log-in on $host"
  expect_equal "$(ssh_password "$host" 'id -un' 2>&1)" "upgrader" "password log-in on $host"
done

echo "== sudo: a password on old and proxy, none on new"
for host in old proxy; do
  out="$(ssh_key "$host" 'sudo -n true' </dev/null 2>&1 || true)"
  expect_contains "$out" "a password is required" "sudo without a password is refused on $host"
  expect_equal "$(ssh_key "$host" "sudo -S -p '' id -u" <<<"$PUW_SANDBOX_SUDO_PASSWORD" 2>&1)" 0 \
    "sudo with the password works on $host"
done
expect_equal "$(ssh_key new 'sudo -n id -u' </dev/null 2>&1)" 0 "sudo needs no password on new"
# The proxy caches sudo's credentials for the whole log-in (timestamp_type=global): once validated in one
# ssh session, a later session's sudo asks nothing (so the program's `sudo -S` must not count on being asked).
ssh_key proxy "sudo -S -p '' -v" <<<"$PUW_SANDBOX_SUDO_PASSWORD"
expect_equal "$(ssh_key proxy 'sudo -n id -u' </dev/null 2>&1)" 0 "the proxy's sudo reuses credentials across log-ins"
ssh_key proxy 'sudo -k' </dev/null

echo "== each host has its own files"
expect_equal "$(ssh_key old 'cat /opt/demo/VERSION' </dev/null)" 1.0.0 "/opt/demo on old is version 1"
expect_equal "$(ssh_key new 'cat /opt/demo/VERSION' </dev/null)" 2.0.0 "/opt/demo on new is version 2"
sum_old="$(ssh_key old 'sha256sum /opt/demo/bin/demo-app' </dev/null | cut -d' ' -f1)"
sum_new="$(ssh_key new 'sha256sum /opt/demo/bin/demo-app' </dev/null | cut -d' ' -f1)"
if [ "$sum_old" != "$sum_new" ]; then pass "the demo-app binaries differ"; else fail "old and new have the same binary"; fi
conf_old="$(ssh_key old "sudo -S -p '' cat /etc/demo/demo.conf" <<<"$PUW_SANDBOX_SUDO_PASSWORD")"
conf_new="$(ssh_key new 'sudo -n cat /etc/demo/demo.conf' </dev/null)"
expect_contains "$conf_old" "name=Bäckerei Müller" "old's configuration has the custom site name"
expect_contains "$conf_old" "workers=16" "old's configuration has the tuning value"
if grep -q '^name=Bäckerei' <<<"$conf_new"; then fail "new's configuration already has the custom site name"; else
  pass "new's configuration lacks the custom values"
fi
out="$(ssh_key new 'cat /etc/demo/demo.conf' </dev/null 2>&1 || true)"
expect_contains "$out" "Permission denied" "the configuration needs sudo to read"

echo "== the application, nginx and DNS"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/version)" '"version":"1.0.0"' "v1 answers through nginx"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/health)" '"status":"ok"' "health through nginx"
expect_contains "$(curl -fsS http://$(address_of proxy):8080/)" "Bäckerei Müller" "the front page reads the site name"
expect_contains "$(ssh_key new 'systemctl show demo -p ActiveState' </dev/null)" "ActiveState=inactive" \
  "demo.service is stopped on new"
expect_contains "$(ssh_key new 'systemctl is-enabled demo' </dev/null || true)" "disabled" \
  "demo.service is disabled on new"
expect_equal "$(ssh_key old 'systemctl show demo -p Restart --value' </dev/null)" always "demo.service restarts by itself"
expect_equal "$(dig +short +time=2 +tries=2 @$(address_of proxy) app.sandbox.test)" $(address_of old) "dnsmasq answers the name"
upstream="$(ssh_key proxy 'cat /etc/nginx/conf.d/demo-upstream.conf' </dev/null)"
expect_contains "$upstream" "server $(address_of old):8081" "the upstream file points at old"
expect_contains "$(ssh_key proxy "sudo -S -p '' nginx -t" <<<"$PUW_SANDBOX_SUDO_PASSWORD" 2>&1)" "test is successful" \
  "nginx -t works on the proxy"

echo "== systemd restarts a killed app; its lines are in the journal and in its log file"
show() { ssh_key old "systemctl show demo -p $1 --value" </dev/null; }
before="$(show NRestarts)"
pid="$(show MainPID)"
ssh_key old "sudo -S -p '' kill -9 $pid" <<<"$PUW_SANDBOX_SUDO_PASSWORD"
for _ in $(seq 1 50); do
  [ "$(show MainPID)" != "$pid" ] && curl -fsS "http://$(address_of old):8081/health" >/dev/null 2>&1 && break
  sleep 0.2
done
after="$(show NRestarts)"
if [ "$after" -gt "$before" ] && [ "$(show MainPID)" != "$pid" ]; then
  pass "systemd brought the app back after kill -9 (NRestarts $before -> $after, pid $pid -> $(show MainPID))"
else fail "no restart after a kill -9 (NRestarts $before -> $after)"; fi
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/health")" '"status":"ok"' "healthy again after the kill"
journal="$(ssh_key old "sudo -S -p '' journalctl -u demo --no-pager -o cat" <<<"$PUW_SANDBOX_SUDO_PASSWORD")"
expect_contains "$journal" "demo 1.0.0 started" "journalctl -u demo shows the app's own lines"
expect_contains "$journal" "status=9/KILL" "the journal shows the kill"
expect_contains "$(ssh_key old 'cat /var/log/demo/demo.log' </dev/null)" "demo 1.0.0 started" "the app also writes its log file"

echo "== the seeded database"
if [ "$db" = postgresql ]; then
  sql_old() { ssh_key old "PGPASSWORD='$PUW_SANDBOX_DB_PASSWORD' psql -X -q -At -h $(address_of old) -U demo -d demo -c \"$1\"" </dev/null; }
  sha='encode(sha256(content), '"'"'hex'"'"')'
else
  sql_old() { ssh_key old "mariadb --default-character-set=utf8mb4 -N -B -h $(address_of old) -u demo -p'$PUW_SANDBOX_DB_PASSWORD' demo -e \"$1\"" </dev/null; }
  sha='sha2(content, 256)'
fi
total="$(sql_old "SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM product) + (SELECT count(*) FROM orders) + (SELECT count(*) FROM order_line) + (SELECT count(*) FROM document)")"
expect_equal "$total" "$ROWS" "the tables hold the --rows rows"
expect_equal "$(sql_old "SELECT name FROM customer WHERE id = 1")" "Émilie 🍰 Crème-Brûlée" "non-ASCII text survives"
expect_equal "$(sql_old "SELECT $sha FROM document WHERE id = 1")" \
  40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880 "binary data holds all 256 byte values"
expect_equal "$(sql_old "SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND table_name IN ('orders', 'order_line', 'document')")" 4 "the foreign keys exist"
expect_equal "$(sql_old "SELECT count(*) FROM information_schema.views WHERE table_name = 'order_summary'")" 1 "the view exists"
expect_equal "$(sql_old "SELECT count(*) FROM schema_migration")" 3 "version 1 applied its 3 migrations"

echo "== version 2 lists its pending migrations (after a copy of the database, removed afterwards)"
if [ "$db" = postgresql ]; then
  ssh_key old "sudo -S -p '' -u postgres pg_dump -Fc demo" <<<"$PUW_SANDBOX_SUDO_PASSWORD" |
    ssh_key new 'sudo -n -u postgres createdb -O demo demo && sudo -n -u postgres pg_restore --exit-on-error -d demo'
  drop='sudo -n -u postgres dropdb demo'
else
  ssh_key old "sudo -S -p '' mysqldump --single-transaction --routines --default-character-set=utf8mb4 demo" \
    <<<"$PUW_SANDBOX_SUDO_PASSWORD" |
    ssh_key new "sudo -n mariadb -e 'CREATE DATABASE demo CHARACTER SET utf8mb4' && sudo -n mariadb demo"
  # shellcheck disable=SC2089 # a command line for the remote shell
  drop="sudo -n mariadb -e 'DROP DATABASE demo'"
fi
# shellcheck disable=SC2090
trap 'ssh_key new "$drop" </dev/null || true' EXIT
dry="$(ssh_key new 'sudo -n -u demo /opt/demo/bin/demo-app migrate --dry-run' </dev/null 2>&1)"
printf '%s\n' "$dry"
expect_contains "$dry" "0001_initial.sql (already applied)" "dry run: 0001 already applied"
expect_contains "$dry" "0003_order_summary.sql (already applied)" "dry run: 0003 already applied"
expect_contains "$dry" "0004_customer_loyalty.sql ✔" "dry run: 0004 to be applied"
expect_contains "$dry" "0005_product_review.sql ✔" "dry run: 0005 to be applied"
expect_equal "$(ssh_key new 'sudo -n -u demo /opt/demo/bin/demo-app migrate --dry-run' </dev/null | grep -c '✔')" 2 \
  "the dry run applied nothing"

finish
