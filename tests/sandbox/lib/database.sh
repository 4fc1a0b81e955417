# The database server of each app host: PostgreSQL 15 or MariaDB, listening on the host's address, data
# under the state folder, run as its service user. Sourced by `sandbox`.
# shellcheck shell=bash

PG_DATA=/var/lib/postgresql/15/main

db_port() { if [ "$DB_ENGINE" = postgresql ]; then echo 5432; else echo 3306; fi; }

# The socket the app and admins use on the host itself (each host has its own /run).
db_socket() { if [ "$DB_ENGINE" = postgresql ]; then echo /run/postgresql; else echo /run/mysqld/mysqld.sock; fi; }

db_pid() {
  local dir
  dir="$(host_dir "$1")"
  if [ -s "$dir/postgresql/15/main/postmaster.pid" ]; then
    head -n 1 "$dir/postgresql/15/main/postmaster.pid"
  elif [ -s "$dir/run/mysqld/mysqld.pid" ]; then
    cat "$dir/run/mysqld/mysqld.pid"
  fi
}

# Files the host needs before it starts (its /etc and /var overlays).
prepare_db_files() {
  local name="$1"
  local dir address
  dir="$(host_dir "$name")"
  address="$(host_address "$name")"
  install -d -o postgres -g postgres -m 1775 "$dir/var.upper/log/postgresql"
  mkdir -p "$dir/etc.upper/mysql/mariadb.conf.d"
  cat >"$dir/etc.upper/mysql/mariadb.conf.d/99-sandbox.cnf" <<CONF
# The sandbox's MariaDB on $name: its own address, data and socket.
[mysqld]
bind-address = $address
port = 3306
datadir = /var/lib/mysql
socket = /run/mysqld/mysqld.sock
pid-file = /run/mysqld/mysqld.pid
log_error = /var/log/mysql/error.log
skip-name-resolve
character-set-server = utf8mb4
innodb_buffer_pool_size = 64M
innodb_flush_log_at_trx_commit = 2
CONF
}

start_postgresql() {
  local name="$1"
  local dir address log
  dir="$(host_dir "$name")"
  address="$(host_address "$name")"
  log="$SANDBOX_DIR/logs/db-$name.log"
  if [ ! -s "$dir/postgresql/15/main/PG_VERSION" ]; then
    in_host "$name" runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -E UTF8 --locale=C.UTF-8 --no-sync \
      --auth-local=peer --auth-host=scram-sha-256 -U postgres >>"$log" 2>&1 ||
      die "initdb failed on $name: see $log"
    cat >>"$dir/postgresql/15/main/postgresql.conf" <<CONF
# sandbox
listen_addresses = '$address'
port = 5432
unix_socket_directories = '/run/postgresql'
shared_buffers = 32MB
fsync = off
CONF
    cat >"$dir/postgresql/15/main/pg_hba.conf" <<CONF
# sandbox: peer for the postgres admin on the socket, passwords for everyone else
local all postgres peer
local all all scram-sha-256
host all all 127.0.0.0/8 scram-sha-256
CONF
  fi
  in_host "$name" runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" \
    -l /var/log/postgresql/postgresql-15-main.log -w -t 60 start >>"$log" 2>&1 ||
    die "PostgreSQL did not start on $name: see $log and $dir/var.upper/log/postgresql/"
  wait_for_port "$address" 5432 30 || die "PostgreSQL on $name does not answer on $address:5432"
}

start_mariadb() {
  local name="$1"
  local dir address log
  dir="$(host_dir "$name")"
  address="$(host_address "$name")"
  log="$SANDBOX_DIR/logs/db-$name.log"
  if [ ! -d "$dir/mysql/mysql" ]; then
    in_host "$name" mariadb-install-db --user=mysql --datadir=/var/lib/mysql --skip-test-db \
      --auth-root-authentication-method=socket >>"$log" 2>&1 ||
      die "mariadb-install-db failed on $name: see $log"
  fi
  in_host "$name" setsid -f mariadbd --user=mysql </dev/null >>"$log" 2>&1
  wait_for_port "$address" 3306 60 ||
    die "MariaDB did not start on $name: see $log and $dir/var.upper/log/mysql/error.log"
}

# Admin SQL on a host, through the socket as the engine's superuser; SQL on stdin.
db_admin() {
  local name="$1"
  shift
  if [ "$DB_ENGINE" = postgresql ]; then
    in_host "$name" runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 "$@"
  else
    in_host "$name" mariadb --batch "$@"
  fi
}

# The application's account on both hosts; its database only on old (the upgrade restores it on new).
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

stop_database() {
  local name="$1"
  local pid
  pid="$(db_pid "$name")"
  pid_alive "$pid" || return 0
  if [ -s "$(host_dir "$name")/postgresql/15/main/postmaster.pid" ]; then
    kill -INT "$pid" 2>/dev/null || true # fast shutdown
  fi
  stop_pid "$pid" 30
}
