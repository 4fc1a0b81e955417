#!/usr/bin/env bash
# Proves the Parsec world is real (run it while `sandbox up --app parsec` is up, e.g. from the ctest
# fixture): docker and docker-compose v1 (no plugin) on old and new, the login user reaching docker only
# through sudo on old and by the docker group on new, the compose project in /opt/parsec with its tags, .env
# files, secrets/ and tls/, both servers answering (v2.15.0 through nginx), the seeded data in PostgreSQL
# inside the container, what `restart: always` does after a stop or a removal when dockerd restarts, and
# v2.16.0's `migrate --dry-run` on a copy of old's database listing 0013 and 0014 as to be applied.
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
for program in ssh curl; do command -v "$program" >/dev/null || missing "$program"; done
[ -s "$STATE/world.env" ] || missing "the sandbox world is not up in $STATE (the sandbox_parsec_up fixture failed?)"
# shellcheck source=/dev/null
. "$STATE/world.env"
# shellcheck source=/dev/null
. "$STATE/secrets.env"
expect_equal "$APP" parsec "the world runs the Parsec application"
compose='docker-compose -f /opt/parsec/parsec-server.docker.yaml'
sudo_old() { ssh_key old "sudo -S -p '' $1" <<<"$PUW_SANDBOX_SUDO_PASSWORD"; }

echo "== idempotent up"
out="$("$SANDBOX" up --app parsec 2>&1)" || fail "a second 'sandbox up --app parsec' failed: $out"
expect_contains "$out" "already up" "a second up finds the world up"
if out="$("$SANDBOX" up --app demo 2>&1)"; then fail "up with the demo application succeeded"; else
  expect_contains "$out" "already up with the parsec application" "up with another application says why it refuses"
fi

echo "== booted machines, docker on old and new only"
for host in proxy old new; do
  expect_equal "$(ssh_key "$host" 'ps -o comm= -p 1' </dev/null)" systemd "PID 1 on $host is systemd"
  state="$(ssh_key "$host" 'systemctl is-system-running' </dev/null || true)"
  if [ "$state" = running ]; then pass "systemd on $host says running"; else
    fail "systemd on $host says '$state'; failed units: $(ssh_key "$host" 'systemctl --failed --no-legend --plain' </dev/null)"
  fi
done
for host in old new; do
  expect_equal "$(ssh_key "$host" 'systemctl is-active docker' </dev/null)" active "dockerd is a running unit on $host"
  expect_contains "$(ssh_key "$host" 'docker-compose version --short' </dev/null)" "1.29" "docker-compose v1 on $host"
  if ssh_key "$host" 'docker compose version' </dev/null >/dev/null 2>&1; then fail "$host has the compose plugin"; else
    pass "$host has no 'docker compose' plugin (as Debian 12)"
  fi
done
expect_equal "$(ssh_key proxy 'systemctl is-active docker' </dev/null || true)" inactive "no docker on the proxy"

echo "== docker access: sudo with a password on old, the docker group on new"
out="$(ssh_key old 'docker ps' </dev/null 2>&1 || true)"
expect_contains "$out" "permission denied" "the login user cannot reach docker's socket on old"
expect_contains "$(sudo_old 'docker ps --format "{{.Names}}"')" parsec_parsec-server_1 "sudo docker works on old"
out="$(ssh_key old 'sudo -n docker ps' </dev/null 2>&1 || true)"
expect_contains "$out" "a password is required" "sudo asks for the password on old"
expect_contains "$(ssh_key new 'id -nG' </dev/null)" docker "the login user is in the docker group on new"
expect_contains "$(ssh_key new 'docker ps --format "{{.Names}}"' </dev/null)" parsec_postgres_1 \
  "docker works without sudo on new"

echo "== the compose project in /opt/parsec"
expect_contains "$(ssh_key old 'cat /opt/parsec/parsec-server.docker.yaml' </dev/null)" \
  "ghcr.io/scille/parsec-cloud/parsec-server:v2.15.0" "old's compose file names v2.15.0"
expect_contains "$(ssh_key new 'cat /opt/parsec/parsec-server.docker.yaml' </dev/null)" \
  "ghcr.io/scille/parsec-cloud/parsec-server:v2.16.0" "new's compose file names v2.16.0"
expect_contains "$(ssh_key old 'cat /opt/parsec/parsec-server.docker.yaml' </dev/null)" "network_mode: host" \
  "the services use the host's network"
env_old="$(sudo_old 'cat /opt/parsec/parsec-server.env')"
env_new="$(ssh_key new 'sudo -n cat /opt/parsec/parsec-server.env' </dev/null)"
expect_contains "$env_old" "PARSEC_EMAIL_SENDER=Bäckerei Müller" "old's server settings have the admin's sender"
expect_contains "$env_old" "PARSEC_ORGANIZATION_INITIAL_ACTIVE_USERS_LIMIT=50" "old's server settings have the users limit"
if grep -q PARSEC_EMAIL_SENDER <<<"$env_new"; then fail "new already has old's custom values"; else
  pass "new's settings lack old's custom values"
fi
expect_equal "$(sudo_old 'stat -c "%a %U:%G" /opt/parsec/parsec-db.env /opt/parsec/parsec-server.env' | tr '\n' ' ')" \
  "640 root:docker 640 root:docker " "the .env files are for root and the docker group"
expect_equal "$(sudo_old 'stat -c "%a %U" /opt/parsec/secrets/administration-token /opt/parsec/secrets/sse-key /opt/parsec/tls/server.key /opt/parsec/tls/server.crt' | tr '\n' ' ')" \
  "600 root 400 root 600 root 644 root " "old's secrets/ and tls/ files with their modes"
expect_equal "$(ssh_key new 'sudo -n find /opt/parsec/secrets /opt/parsec/tls -type f' </dev/null)" "" \
  "new has neither secrets nor certificates yet"
out="$(ssh_key old 'cat /opt/parsec/parsec-db.env' </dev/null 2>&1 || true)"
expect_contains "$out" "Permission denied" "the .env files need sudo on old"

echo "== the servers"
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/version")" '"version": "2.15.0"' "v2.15.0 answers through nginx"
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/")" "Parsec server 2.15.0" "the front page through nginx"
stats="$(curl -fsS -H "Authorization: Bearer $PUW_SANDBOX_PARSEC_ADMIN_TOKEN" "http://$(address_of old):6777/administration/stats?format=json")"
expect_contains "$stats" '"users": ' "the administration stats answer with the token"
code="$(curl -s -o /dev/null -w '%{http_code}' "http://$(address_of old):6777/administration/stats?format=json")"
expect_equal "$code" 403 "the administration stats refuse without the token"
expect_contains "$(ssh_key proxy 'cat /etc/nginx/conf.d/demo-upstream.conf' </dev/null)" "server $(address_of old):6777" \
  "the upstream file points at old's server"
expect_equal "$(ssh_key new "docker inspect -f '{{.State.Running}}' parsec_postgres_1" </dev/null)" true \
  "new's database service runs"
if ssh_key new 'docker inspect parsec_parsec-server_1' </dev/null >/dev/null 2>&1; then
  fail "new's server container exists before the upgrade"
else pass "new's server is not started"; fi

echo "== the data, in PostgreSQL inside the container"
sql() { sudo_old "$compose exec -T -u postgres postgres psql -X -q -At -h /run/postgresql parsec -c \"$1\""; }
total="$(sql "SELECT (SELECT count(*) FROM organization) + (SELECT count(*) FROM human) + (SELECT count(*) FROM user_) + (SELECT count(*) FROM device) + (SELECT count(*) FROM realm) + (SELECT count(*) FROM block) + (SELECT count(*) FROM block_data)")"
if [ $((ROWS - total)) -ge 0 ] && [ $((ROWS - total)) -le 2 ]; then pass "the tables hold the --rows rows ($total of $ROWS)"; else
  fail "the tables hold $total rows, not about $ROWS"
fi
expect_equal "$(sql "SELECT label FROM human WHERE _id = 1")" "Émilie 🍰 Crème-Brûlée" "non-ASCII text survives"
expect_equal "$(sql "SELECT encode(sha256(data), 'hex') FROM block_data WHERE block = 1")" \
  40aff2e9d2d8922e47afd4648e6967497158785fbd1da870e7110266bf944880 "block 1 holds all 256 byte values"
expect_equal "$(sql "SELECT count(*) FROM migration")" 12 "v2.15.0 applied its 12 migrations (the migration table)"
expect_contains "$(sudo_old 'docker volume ls --format "{{.Name}}"')" parsec_parsec-db "the data lives in a named volume"

echo "== restart: always after dockerd restarts: a stopped container comes back, a removed one does not"
sudo_old "$compose stop -- parsec-server" >/dev/null 2>&1
sudo_old 'systemctl reset-failed docker.service' && sudo_old 'systemctl restart docker.service'
running() { ssh_key "$1" "sudo -S -p '' docker inspect -f '{{.State.Running}}' parsec_parsec-server_1" <<<"$PUW_SANDBOX_SUDO_PASSWORD" 2>/dev/null | grep . || echo gone; }
for _ in $(seq 1 25); do [ "$(running old)" != true ] || break; sleep 0.2; done
expect_equal "$(running old)" true "a container only stopped comes back when dockerd restarts"
sudo_old "$compose rm --stop --force -- parsec-server" >/dev/null 2>&1
sudo_old 'systemctl reset-failed docker.service' && sudo_old 'systemctl restart docker.service'
expect_equal "$(running old)" gone "a removed container stays away when dockerd restarts"
sudo_old "$compose up -d -- parsec-server" >/dev/null 2>&1
for _ in $(seq 1 50); do curl -fsS "http://$(address_of proxy):8080/" >/dev/null 2>&1 && break; sleep 0.2; done
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/")" "Parsec server 2.15.0" "up -d brings it back"

echo "== v2.16.0 lists its pending migrations (on a copy of old's database, removed afterwards)"
new_sql() { ssh_key new "$compose exec -T -u postgres postgres psql -X -q -v ON_ERROR_STOP=1 -h /run/postgresql $1"; }
sudo_old "$compose exec -T -u postgres postgres pg_dump -Fc -h /run/postgresql parsec" |
  ssh_key new "$compose exec -T -u postgres postgres pg_restore --exit-on-error --no-owner --role=parsec -h /run/postgresql -d parsec"
trap 'new_sql postgres <<<"DROP DATABASE parsec; CREATE DATABASE parsec OWNER parsec;" >/dev/null || true' EXIT
dry="$(ssh_key new "$compose run --rm -- parsec-server migrate --dry-run" </dev/null 2>/dev/null)"
printf '%s\n' "$dry"
expect_contains "$dry" "0001_initial.sql (already applied)" "dry run: 0001 already applied"
expect_contains "$dry" "0012_add_sequester_webhook.sql (already applied)" "dry run: 0012 already applied"
expect_contains "$dry" "0013_add_shamir_recovery.sql ✔" "dry run: 0013 to be applied"
expect_contains "$dry" "0014_add_realm_archiving.sql ✔" "dry run: 0014 to be applied"
expect_equal "$(ssh_key new "$compose run --rm -- parsec-server migrate --dry-run" </dev/null 2>/dev/null | grep -c '✔')" 2 \
  "the dry run applied nothing"

echo "== a failing migration is printed with ✘ and exits 0 (as Parsec); the ones before it stay applied"
set +e
failed="$(ssh_key new "$compose run --rm -e PARSEC_TEST_FAIL_MIGRATION=0014_add_realm_archiving.sql -- parsec-server migrate" </dev/null 2>/dev/null)"
status=$?
set -e
printf '%s\n' "$failed" | tail -n 2
expect_equal "$status" 0 "migrate exits 0 although a migration failed"
expect_contains "$failed" "0013_add_shamir_recovery.sql ✔" "0013 applied"
expect_contains "$failed" "0014_add_realm_archiving.sql ✘: " "0014 marked as failed"
expect_equal "$(new_sql '-At parsec' <<<'SELECT max(name) FROM migration')" \
  0013_add_shamir_recovery.sql "the migration table ends at 0013"

finish
