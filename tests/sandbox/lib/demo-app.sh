# The demo application's part of the world: version 1 installed, enabled and running on old as the systemd
# unit demo.service; version 2 installed, disabled and stopped on new. Sourced by `sandbox`.
# shellcheck shell=bash

# What the demo's machines need in their tree beyond the base: its database servers, the proxy's nginx and
# dnsmasq, the Qt libraries the demo program links, and python3, which Ansible's modules run with on a managed
# host (the export's e2e drives these machines with ansible-playbook).
DEMO_TREE_PACKAGES=(postgresql-15 postgresql-client-15 mariadb-server mariadb-client nginx-light dnsmasq
  libqt6core6 libqt6network6 libqt6sql6 libqt6sql6-psql libqt6sql6-mysql python3)

# Finds the demo-app binaries, building them when a build folder is known and they are missing.
find_demo_binaries() {
  local build="${PUW_BUILD_DIR:-}"
  if [ -z "$build" ]; then
    for build in "$SANDBOX_HOME/../../build-sandbox" "$SANDBOX_HOME/../../build"; do
      [ -x "$build/tests/sandbox/demo-app/demo-app-v1" ] && break
    done
  fi
  DEMO_APP_DIR="$build/tests/sandbox/demo-app"
  if [ -f "$build/CMakeCache.txt" ]; then
    # Cheap when up to date; keeps the binaries in step with their sources.
    cmake --build "$build" --target demo-app-v1 demo-app-v2 >>"$SANDBOX_DIR/logs/demo-build.log" 2>&1 ||
      die "building the demo application failed: see $SANDBOX_DIR/logs/demo-build.log"
  fi
  [ -x "$DEMO_APP_DIR/demo-app-v1" ] && [ -x "$DEMO_APP_DIR/demo-app-v2" ] ||
    die "the demo application is not built and no build folder is known" \
      "build it (cmake -S . -B build && cmake --build build --target demo-app-v1 demo-app-v2) and set PUW_BUILD_DIR=build"
  DEMO_APP_DIR="$(cd "$DEMO_APP_DIR" && pwd)"
}

# Before the first boot: /opt/demo, /etc/demo, the unit, the service user.
prepare_demo() {
  local name="$1" major="$2"
  local root opt
  root="$(machine_root "$name")"
  opt="$root/opt/demo"
  install -d -m 755 "$opt/bin" "$opt/share" "$root/etc/demo" "$root/etc/sandbox"
  install -m 755 "$DEMO_APP_DIR/demo-app-v$major" "$opt/bin/demo-app"
  echo "$major.0.0" >"$opt/VERSION"
  write_default_config "$major" >"$opt/share/demo.conf.default"
  if [ "$name" = old ]; then
    write_custom_config >"$root/etc/demo/demo.conf"
  elif [ "${SHARED_DB:-no}" = yes ]; then
    write_shared_config "$major" >"$root/etc/demo/demo.conf"
  else
    cp "$opt/share/demo.conf.default" "$root/etc/demo/demo.conf"
  fi
  printf 'SANDBOX_HOST=%s\nSANDBOX_ADDRESS=%s\n' "$name" "$(host_address "$name")" >"$root/etc/sandbox/host.env"
  cat >"$root/etc/systemd/system/demo.service" <<'UNIT'
[Unit]
Description=Demo shop (the sandbox's web application)
After=network.target postgresql.service mariadb.service

[Service]
User=demo
Group=demo
EnvironmentFile=/etc/sandbox/host.env
# Like many web applications, the demo brings its schema up to date itself before it serves.
ExecStartPre=/opt/demo/bin/demo-app migrate --config /etc/demo/demo.conf
ExecStart=/opt/demo/bin/demo-app serve --config /etc/demo/demo.conf --address ${SANDBOX_ADDRESS} --log /var/log/demo/demo.log
Restart=always
RestartSec=1

[Install]
WantedBy=multi-user.target
UNIT
  in_tree "$name" bash -s >>"$SANDBOX_DIR/logs/provision-$name.log" 2>&1 <<'SCRIPT' ||
set -euo pipefail
id demo >/dev/null 2>&1 ||
  useradd --system --home-dir /var/lib/demo --no-create-home --shell /usr/sbin/nologin --user-group demo
install -d -o demo -g demo -m 750 /var/lib/demo
install -d -o demo -g demo -m 755 /var/log/demo
chown root:demo /etc/demo /etc/demo/demo.conf
chmod 750 /etc/demo
chmod 640 /etc/demo/demo.conf
SCRIPT
    die "preparing the demo application on $name failed: see $SANDBOX_DIR/logs/provision-$name.log"
}

# The [database] section; $1 is the server's host, by default the machine's own (PostgreSQL's socket folder,
# MariaDB's "localhost", which the client takes as its socket).
write_database_section() {
  local host="${1:-}"
  if [ -z "$host" ]; then
    if [ "$DB_ENGINE" = postgresql ]; then host=/run/postgresql; else host=localhost; fi
  fi
  printf '[database]\nengine=%s\nhost=%s\nport=%s\nname=demo\nuser=demo\npassword=%s\n' \
    "$DB_ENGINE" "$host" "$(db_port)" "$PUW_SANDBOX_DB_PASSWORD"
}

# The configuration a fresh installation of version $1 has.
write_default_config() {
  printf '; demo %s.0.0: the configuration as installed. See /opt/demo/share/demo.conf.default.\n' "$1"
  printf '\n[http]\nport=%s\n\n' "$APP_PORT"
  write_database_section
  [ "$1" -lt 2 ] || printf '\n[features]\nreviews=true\n'
}

# The shared-database world: new's fresh installation configured by its admin to use old's server over TCP,
# with the demo user's password (the only difference to write_default_config).
write_shared_config() {
  printf '; demo %s.0.0: the configuration as installed, the database on the old host (shared).\n' "$1"
  printf '\n[http]\nport=%s\n\n' "$APP_PORT"
  write_database_section "$OLD_ADDRESS"
  [ "$1" -lt 2 ] || printf '\n[features]\nreviews=true\n'
}

# Version 1's configuration after the admin customised it: what step 2 must carry over.
write_custom_config() {
  printf '; demo 1.0.0, customised by the admin on 2024-03-02\n\n[site]\nname=Bäckerei Müller – Bestellungen\n'
  printf '\n[http]\nport=%s\n\n' "$APP_PORT"
  write_database_section
  printf '\n[tuning]\nworkers=16\n'
}

# After boot: version 1's migrations on old (its schema), the seed, then the unit enabled and started.
install_demo_on_old() {
  local rows="$1"
  in_host old runuser -u demo -- /opt/demo/bin/demo-app migrate >>"$SANDBOX_DIR/logs/migrate-old.log" 2>&1 ||
    die "migrating the old database failed: see $SANDBOX_DIR/logs/migrate-old.log"
  grep -q '✘' "$SANDBOX_DIR/logs/migrate-old.log" && die "a migration failed on old: see $SANDBOX_DIR/logs/migrate-old.log"
  say "seeding the old database with about $rows rows"
  seed_database old "$rows"
  in_host old systemctl enable --now demo.service >>"$SANDBOX_DIR/logs/app-old.log" 2>&1 ||
    die "demo.service did not start on old: see 'sandbox logs old demo'"
  wait_for_port "$OLD_ADDRESS" "$APP_PORT" 20 || die "the demo application on old does not answer on port $APP_PORT" "see 'sandbox logs old demo'"
}

# The shared-database world, after old's database was made: new's demo (still stopped) reaches it. A dry run
# connects over TCP with the password and changes nothing; it lists v2's two migrations as pending.
check_new_reaches_shared_database() {
  local log="$SANDBOX_DIR/logs/shared-db-check.log"
  in_host new runuser -u demo -- /opt/demo/bin/demo-app migrate --dry-run >"$log" 2>&1 ||
    die "new's demo cannot use old's database at $OLD_ADDRESS:$(db_port): see $log"
  grep -q '(already applied)' "$log" ||
    die "new's demo reached old's database but saw no applied migration: see $log"
}
