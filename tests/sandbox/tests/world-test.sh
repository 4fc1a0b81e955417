#!/usr/bin/env bash
# Proves the sandbox world is real (run it while the world is up, e.g. from the ctest fixture):
# ssh with key and password, sudo as described, different /opt per host, v1 through nginx, the DNS name,
# the seeded database, and the pending migrations version 2 lists. Usage: world-test.sh postgresql|mariadb
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
expect_contains "$(ssh_key new '/opt/demo/bin/demo-appctl show' </dev/null)" "ActiveState=inactive" \
  "the app is stopped on new"
expect_contains "$(ssh_key new '/opt/demo/bin/demo-appctl is-enabled' </dev/null || true)" "disabled" \
  "the app is disabled on new"
expect_equal "$(dig +short +time=2 +tries=2 @$(address_of proxy) app.sandbox.test)" $(address_of old) "dnsmasq answers the name"
upstream="$(ssh_key proxy 'cat /etc/nginx/conf.d/demo-upstream.conf' </dev/null)"
expect_contains "$upstream" "server $(address_of old):8081" "the upstream file points at old"
expect_contains "$(ssh_key proxy "sudo -S -p '' nginx -t" <<<"$PUW_SANDBOX_SUDO_PASSWORD" 2>&1)" "test is successful" \
  "nginx -t works on the proxy"

echo "== the supervisor restarts a crashed app"
before="$(ssh_key old '/opt/demo/bin/demo-appctl show' </dev/null | sed -n 's/^NRestarts=//p')"
ssh_key old "sudo -S -p '' sh -c 'kill -9 \$(cat /run/demo/demo.pid)'" <<<"$PUW_SANDBOX_SUDO_PASSWORD"
for _ in $(seq 1 50); do
  curl -fsS http://$(address_of old):8081/health >/dev/null 2>&1 && break
  sleep 0.2
done
after="$(ssh_key old '/opt/demo/bin/demo-appctl show' </dev/null | sed -n 's/^NRestarts=//p')"
if [ "$after" -gt "$before" ]; then pass "the app came back after a crash ($after restarts)"; else
  fail "no restart after a crash"
fi
expect_contains "$(curl -fsS http://$(address_of proxy):8080/health)" '"status":"ok"' "healthy again after the crash"

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
dry="$(ssh_key new 'sudo -n /opt/demo/bin/demo-app migrate --dry-run' </dev/null 2>&1)"
printf '%s\n' "$dry"
expect_contains "$dry" "0001_initial.sql (already applied)" "dry run: 0001 already applied"
expect_contains "$dry" "0003_order_summary.sql (already applied)" "dry run: 0003 already applied"
expect_contains "$dry" "0004_customer_loyalty.sql ✔" "dry run: 0004 to be applied"
expect_contains "$dry" "0005_product_review.sql ✔" "dry run: 0005 to be applied"
expect_equal "$(ssh_key new 'sudo -n /opt/demo/bin/demo-app migrate --dry-run' </dev/null | grep -c '✔')" 2 \
  "the dry run applied nothing"

finish
