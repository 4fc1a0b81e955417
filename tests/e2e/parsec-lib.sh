# Helpers of the end-to-end tests on the Parsec world. Sourced after e2e-lib.sh.
# shellcheck shell=bash

parsec_compose='docker-compose -f /opt/parsec/parsec-server.docker.yaml'
# SQL in the host's postgres container, as PostgreSQL's superuser over the container's socket.
parsec_sql() { as_root "$1" "$parsec_compose exec -T -u postgres postgres psql -X -q -At -h /run/postgresql parsec -c \"$2\""; }
parsec_tables="organization human user_ device realm block block_data"
declare -A parsec_columns
# Per-table count and checksum over the columns old has (v2.16.0's migrations add tables and columns).
parsec_fingerprint() {
  local query="" t
  for t in $parsec_tables; do
    [ -n "${parsec_columns[$t]:-}" ] || parsec_columns[$t]="$(parsec_sql old "SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '$t'")"
    query+="SELECT '$t', count(*), md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM (SELECT ${parsec_columns[$t]} FROM $t) x;"
  done
  parsec_sql "$1" "$query"
}
# What users reach through the proxy (waits up to 10 s for it to answer at all).
parsec_public_version() {
  for _ in $(seq 1 50); do curl -fsS "http://$(address_of proxy):8080/" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -fsS "http://$(address_of proxy):8080/version" 2>/dev/null || true
}
# After step 10: old's server and database containers stay away when dockerd restarts (restart: always
# brings back a container that was only stopped), and the volume with the data stays.
parsec_old_containers_stay_away() {
  as_root old 'systemctl reset-failed docker.service; systemctl restart docker.service'
  sleep 3 # restart: always would have brought a stopped container back by now
  for container in parsec_parsec-server_1 parsec_postgres_1; do
    if as_root old "docker inspect $container" >/dev/null 2>&1; then fail "old's $container is back"; else
      pass "old's $container stays away after dockerd restarts"
    fi
  done
  expect_contains "$(as_root old 'docker volume ls --format "{{.Name}}"')" parsec_parsec-db "old's data volume is kept"
}
