# The database server of each app machine: Debian's PostgreSQL 15 (postgresql@15-main) or MariaDB 10.11
# (mariadb.service) as Debian installs them, with Debian's default authentication (peer for postgres,
# unix_socket for MariaDB's root), listening on the machine's own address. Sourced by `sandbox`.
# shellcheck shell=bash

db_port() { if [ "$DB_ENGINE" = postgresql ]; then echo 5432; else echo 3306; fi; }
db_unit() { if [ "$DB_ENGINE" = postgresql ]; then echo postgresql@15-main; else echo mariadb; fi; }

# Before the first boot: the server's own cluster and address, and its unit enabled.
prepare_database() {
  local name="$1"
  local address
  address="$(host_address "$name")"
  if [ "$DB_ENGINE" = postgresql ]; then
    in_tree "$name" bash -s -- "$address" >>"$SANDBOX_DIR/logs/db-$name.log" 2>&1 <<'SCRIPT' ||
set -euo pipefail
# The port is given: pg_createcluster would take the next free one, and this machine shares its network.
[ -d /etc/postgresql/15/main ] || pg_createcluster --locale C.UTF-8 --port 5432 15 main >/dev/null
printf "# sandbox: this machine's own address (the network is shared with the other machines)\nlisten_addresses = '%s'\n" \
  "$1" >/etc/postgresql/15/main/conf.d/sandbox.conf
# Debian's pg_hba.conf as installed, plus password log-ins from the sandbox's loopback addresses.
grep -q '^host all all 127.0.0.0/8' /etc/postgresql/15/main/pg_hba.conf ||
  printf 'host all all 127.0.0.0/8 scram-sha-256\n' >>/etc/postgresql/15/main/pg_hba.conf
systemctl enable postgresql.service
SCRIPT
      die "preparing PostgreSQL on $name failed: see $SANDBOX_DIR/logs/db-$name.log"
  else
    cat >"$(machine_root "$name")/etc/mysql/mariadb.conf.d/99-sandbox.cnf" <<CONF
# The sandbox machine $name: its own address on the shared loopback network.
[mysqld]
bind-address = $address
skip-name-resolve
innodb_buffer_pool_size = 64M
CONF
    in_tree "$name" systemctl enable mariadb.service >>"$SANDBOX_DIR/logs/db-$name.log" 2>&1 ||
      die "preparing MariaDB on $name failed: see $SANDBOX_DIR/logs/db-$name.log"
  fi
}

# After boot: waits until the server answers on its address.
wait_for_database() {
  local name="$1"
  wait_for_port "$(host_address "$name")" "$(db_port)" 60 && return 0
  say "$(db_unit) on $name: $(unit_state "$name" "$(db_unit)")"
  in_host "$name" journalctl --no-pager -n 25 -u "$(db_unit)" >&2 || true
  [ "$DB_ENGINE" != postgresql ] || in_host "$name" tail -n 15 /var/log/postgresql/postgresql-15-main.log >&2 || true
  die "$(db_unit) on $name does not answer on $(host_address "$name"):$(db_port)" "see 'sandbox logs $name $(db_unit)'"
}

# Admin SQL on a machine, as Debian's admins do it: postgres by peer, MariaDB's root by unix_socket.
db_admin() {
  local name="$1"
  shift
  if [ "$DB_ENGINE" = postgresql ]; then
    in_host "$name" runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
  else
    in_host "$name" mariadb --batch "$@"
  fi
}

# The application's account on both machines; its database only on old (the upgrade restores it on new).
create_db_account() {
  local name="$1" with_database="$2"
  if [ "$DB_ENGINE" = postgresql ]; then
    db_admin "$name" -v "password=$PUW_SANDBOX_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE demo LOGIN PASSWORD %L', :'password')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'demo') \gexec
SQL
    if [ "$with_database" = yes ]; then
      db_admin "$name" <<'SQL'
SELECT 'CREATE DATABASE demo OWNER demo ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'demo') \gexec
SQL
    fi
  else
    {
      printf "CREATE USER IF NOT EXISTS 'demo'@'localhost' IDENTIFIED BY '%s';\n" "$PUW_SANDBOX_DB_PASSWORD"
      printf "CREATE USER IF NOT EXISTS 'demo'@'%%' IDENTIFIED BY '%s';\n" "$PUW_SANDBOX_DB_PASSWORD"
      printf "GRANT ALL PRIVILEGES ON demo.* TO 'demo'@'localhost', 'demo'@'%%';\n"
      if [ "$with_database" = yes ]; then
        printf 'CREATE DATABASE IF NOT EXISTS demo CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;\n'
      fi
    } | db_admin "$name"
  fi
}

# Fills the schema the app's migrations made with --rows rows over the tables.
seed_database() {
  local name="$1" rows="$2"
  local customers products orders documents lines all_bytes
  customers=$((rows / 10 > 10 ? rows / 10 : 10))
  products=$((rows / 100 > 10 ? rows / 100 : 10))
  orders=$((rows / 4 > 10 ? rows / 4 : 10))
  documents=$((rows / 50 > 1 ? rows / 50 : 1))
  lines=$((rows - customers - products - orders - documents))
  [ "$lines" -ge 10 ] || lines=10
  all_bytes="$(printf '%02x' $(seq 0 255))"
  sed -e "s/@CUSTOMERS@/$customers/g" -e "s/@PRODUCTS@/$products/g" -e "s/@ORDERS@/$orders/g" \
    -e "s/@DOCUMENTS@/$documents/g" -e "s/@LINES@/$lines/g" -e "s/@ALL_BYTES@/$all_bytes/g" \
    "$SANDBOX_HOME/seed/$DB_ENGINE.sql" | db_admin "$name" demo >>"$SANDBOX_DIR/logs/seed.log" 2>&1 ||
    die "seeding the database on $name failed: see $SANDBOX_DIR/logs/seed.log"
}

# The shared-database world: lets new's demo into old's server from new's address, with the demo user's
# password. PostgreSQL: a pg_hba line for exactly that database, user and address (the 127.0.0.0/8 line
# above already matches; this one is what an admin sharing a real server adds), then a reload. MariaDB:
# demo@NEW_ADDRESS with the grants of demo@localhost (skip-name-resolve: accounts are matched by address).
share_old_database() {
  local hba=/etc/postgresql/15/main/pg_hba.conf
  if [ "$DB_ENGINE" = postgresql ]; then
    local line="host demo demo $NEW_ADDRESS/32 scram-sha-256"
    in_host old grep -qxF "$line" "$hba" ||
      printf '# sandbox (shared database): the new host'"'"'s demo\n%s\n' "$line" | in_host old tee -a "$hba" >/dev/null
    db_admin old -c 'SELECT pg_reload_conf()' >/dev/null
  else
    {
      printf "CREATE USER IF NOT EXISTS 'demo'@'%s' IDENTIFIED BY '%s';\n" "$NEW_ADDRESS" "$PUW_SANDBOX_DB_PASSWORD"
      printf "GRANT ALL PRIVILEGES ON demo.* TO 'demo'@'%s';\n" "$NEW_ADDRESS"
    } | db_admin old
  fi
}

# The shared-database world: new's own server runs but holds no demo database (the upgrade must not need one).
require_no_database_on_new() {
  local found
  if [ "$DB_ENGINE" = postgresql ]; then
    found="$(db_admin new -At -c "SELECT count(*) FROM pg_database WHERE datname = 'demo'")"
  else
    found="$(db_admin new -N -e "SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'demo'")"
  fi
  [ "$found" = 0 ] || die "new's own database server holds a demo database in the shared-database world"
}
