#!/usr/bin/env bash
# The parsec recipe, unattended, against the Parsec world (`sandbox up --app parsec`): steps 1 and 2, then a
# rollback before the switch. Proves: step 1 reads each host's server tag from its compose file (v2.15.0 on
# old, v2.16.0 on new); step 2 carries old's .env values to new (mode and group kept) and leaves new's compose
# file with its own tag; the rollback finds the server's compose service by its image on both hosts, runs
# docker-compose (Debian 12 has no plugin) through sudo with the password on old and without sudo on new
# (docker group), removes new's server container and brings old's back behind the proxy; no secret reaches
# the journal. (parsec-upgrade-test.sh runs the whole upgrade.)
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"

db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
# shellcheck source=/dev/null
. "$STATE/world.env"
[ "$APP" = parsec ] || missing "the Parsec world (sandbox up --app parsec); $STATE runs $APP"
journal() { sqlite3 "$session/journal.sqlite" "$1"; }
compose='docker-compose -f /opt/parsec/parsec-server.docker.yaml'

echo "== step 1: the tags from the compose files"
out="$(run --through 1)" || fail "step 1 failed: $out"
expect_contains "$out" "[1 install-new] Done" "step 1 is done"
expect_equal "$(journal "SELECT value FROM session_values WHERE key = 'version.old'")" v2.15.0 "old runs v2.15.0"
expect_equal "$(journal "SELECT value FROM session_values WHERE key = 'version.new'")" v2.16.0 "new has v2.16.0"

echo "== step 2: the .env files"
out="$(run --through 2)" || fail "step 2 failed: $out"
expect_contains "$out" "[2 copy-config] Done" "step 2 is done"
expect_contains "$out" "PARSEC_DB in the .env file must point at the new database" "step 2 warns about PARSEC_DB"
expect_contains "$(as_root new 'cat /opt/parsec/parsec-server.env')" "PARSEC_EMAIL_SENDER=Bäckerei Müller" \
  "old's custom server setting reached new"
expect_equal "$(as_root new 'stat -c "%a %U:%G" /opt/parsec/parsec-server.env')" "640 root:docker" \
  "the copied .env file keeps its mode and group"
expect_contains "$(as_root new 'cat /opt/parsec/parsec-server.docker.yaml')" "parsec-server:v2.16.0" \
  "new's compose file keeps its own tag"

echo "== rollback before the switch: the compose services on both hosts"
as_root new "$compose up -d -- parsec-server" >/dev/null 2>&1 # as a rehearsal's step 5 would have left it
out="$(run --rollback --assume-yes)" || fail "the rollback failed: $out"
expect_contains "$out" "[rollback] Done" "the rollback is done"
commands="$(journal "SELECT host || ' ' || command FROM commands")"
expect_contains "$commands" "new 'docker-compose' '-f' '/opt/parsec/parsec-server.docker.yaml' 'rm' '--stop' '--force' '--' 'parsec-server'" \
  "new's server service, found by its image, is removed with docker-compose and no sudo"
expect_contains "$commands" "old sudo 'docker-compose' '-f' '/opt/parsec/parsec-server.docker.yaml' 'up' '-d' '--' 'parsec-server'" \
  "old's server service is brought up through sudo"
if as_root new 'docker inspect parsec_parsec-server_1' >/dev/null 2>&1; then fail "new's server container is still there"; else
  pass "new's server container is gone"
fi
for _ in $(seq 1 50); do curl -fsS "http://$(address_of proxy):8080/" >/dev/null 2>&1 && break; sleep 0.2; done
expect_contains "$(curl -fsS "http://$(address_of proxy):8080/version")" '"version": "2.15.0"' "the proxy serves v2.15.0"
for secret in "$PUW_SANDBOX_SUDO_PASSWORD" "$PUW_SANDBOX_DB_PASSWORD" "$PUW_SANDBOX_PARSEC_ADMIN_TOKEN"; do
  if grep -qaF -- "$secret" "$session"/journal.sqlite*; then fail "a secret appears in the journal"; else
    pass "the journal holds no secret (${#secret} characters)"
  fi
done

finish
