#!/bin/sh
# The postgres image's entrypoint: makes the cluster in the (empty) volume on first start with the account and
# database of POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB, then runs the server as postgres in the
# foreground. It listens on POSTGRES_LISTEN (the host's own address, network_mode: host) and on the socket
# in /run/postgresql (a volume the server's container shares). Peer for postgres on the socket, passwords
# for everyone else.
set -eu
install -d -o postgres -g postgres -m 2775 /run/postgresql
chmod 2775 /run/postgresql
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  install -d -o postgres -g postgres -m 700 "$PGDATA"
  setpriv --reuid=postgres --regid=postgres --init-groups \
    initdb -D "$PGDATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 >/dev/null
  cat >"$PGDATA/pg_hba.conf" <<HBA
local all postgres peer
local all all scram-sha-256
host all all 127.0.0.0/8 scram-sha-256
HBA
  setpriv --reuid=postgres --regid=postgres --init-groups \
    pg_ctl -D "$PGDATA" -w -o "-c listen_addresses='' -c unix_socket_directories=/run/postgresql" start >/dev/null
  setpriv --reuid=postgres --regid=postgres --init-groups psql -X -q -v ON_ERROR_STOP=1 -h /run/postgresql \
    -v user="$POSTGRES_USER" -v password="$POSTGRES_PASSWORD" -v db="${POSTGRES_DB:-$POSTGRES_USER}" postgres <<'SQL'
CREATE ROLE :"user" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"user" ENCODING 'UTF8' TEMPLATE template0;
SQL
  setpriv --reuid=postgres --regid=postgres --init-groups pg_ctl -D "$PGDATA" -w -m fast stop >/dev/null
  echo "postgres-entrypoint: made the cluster with database ${POSTGRES_DB:-$POSTGRES_USER}"
fi
exec setpriv --reuid=postgres --regid=postgres --init-groups \
  postgres -D "$PGDATA" -c "listen_addresses=${POSTGRES_LISTEN:-}" -c unix_socket_directories=/run/postgresql
