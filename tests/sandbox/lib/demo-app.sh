# The demo application on the app hosts: version 1 installed, enabled and running on old; version 2
# installed, disabled and stopped on new. Sourced by `sandbox`.
# shellcheck shell=bash

# Finds the demo-app binaries, building them when a build folder is known and they are missing.
find_demo_binaries() {
  local build="${PUW_BUILD_DIR:-}"
  if [ -z "$build" ]; then
    for build in "$SANDBOX_HOME/../../build-sandbox" "$SANDBOX_HOME/../../build"; do
      [ -x "$build/tests/sandbox/demo-app/demo-app-v1" ] && break
    done
  fi
  DEMO_APP_DIR="$build/tests/sandbox/demo-app"
  if [ ! -x "$DEMO_APP_DIR/demo-app-v1" ] || [ ! -x "$DEMO_APP_DIR/demo-app-v2" ]; then
    [ -f "$build/CMakeCache.txt" ] ||
      die "the demo application is not built and no build folder is known" \
        "build it (cmake -S . -B build && cmake --build build --target demo-app-v1 demo-app-v2) and set PUW_BUILD_DIR=build"
    say "building the demo application in $build"
    cmake --build "$build" --target demo-app-v1 demo-app-v2 >&2 || die "building the demo application failed"
  fi
  DEMO_APP_DIR="$(cd "$DEMO_APP_DIR" && pwd)"
}

# /opt/demo and /etc/demo of an app host, written before it starts.
prepare_app_files() {
  local name="$1" major="$2"
  local dir opt etc
  dir="$(host_dir "$name")"
  opt="$dir/opt/demo"
  etc="$dir/etc.upper/demo"
  install -d -m 755 "$opt/bin" "$opt/share" "$etc"
  install -m 755 "$DEMO_APP_DIR/demo-app-v$major" "$opt/bin/demo-app"
  install -m 755 "$SANDBOX_HOME/host/demo-appctl" "$opt/bin/demo-appctl"
  echo "$major.0.0" >"$opt/VERSION"
  write_default_config "$major" >"$opt/share/demo.conf.default"
  if [ "$name" = old ]; then
    write_custom_config >"$etc/demo.conf"
  else
    cp "$opt/share/demo.conf.default" "$etc/demo.conf"
  fi
}

write_database_section() {
  printf '[database]\nengine=%s\nhost=%s\nport=%s\nname=demo\nuser=demo\npassword=%s\n' \
    "$DB_ENGINE" "$(if [ "$DB_ENGINE" = postgresql ]; then echo /run/postgresql; else echo localhost; fi)" \
    "$(db_port)" "$PUW_SANDBOX_DB_PASSWORD"
}

# The configuration a fresh installation of version $1 has.
write_default_config() {
  printf '; demo %s.0.0: the configuration as installed. See /opt/demo/share/demo.conf.default.\n' "$1"
  printf '\n[http]\nport=%s\n\n' "$APP_PORT"
  write_database_section
  [ "$1" -lt 2 ] || printf '\n[features]\nreviews=true\n'
}

# Version 1's configuration after the admin customised it: what step 2 must carry over.
write_custom_config() {
  printf '; demo 1.0.0, customised by the admin on 2024-03-02\n\n[site]\nname=Bäckerei Müller – Bestellungen\n'
  printf '\n[http]\nport=%s\n\n' "$APP_PORT"
  write_database_section
  printf '\n[tuning]\nworkers=16\n'
}

start_supervisor() {
  local name="$1"
  in_host "$name" setsid -f bash -s <"$SANDBOX_HOME/host/demo-supervisor.sh" >/dev/null 2>&1
}

# Runs the app's own migrations on old (the schema of version 1), then enables and starts it there.
install_app_on_old() {
  in_host old setpriv --reuid=demo --regid=demo --init-groups -- /opt/demo/bin/demo-app migrate \
    >>"$SANDBOX_DIR/logs/migrate-old.log" 2>&1 || die "migrating the old database failed: see $SANDBOX_DIR/logs/migrate-old.log"
  grep -q '✘' "$SANDBOX_DIR/logs/migrate-old.log" && die "a migration failed on old: see $SANDBOX_DIR/logs/migrate-old.log"
  return 0
}

start_app_on_old() {
  in_host old /opt/demo/bin/demo-appctl enable --now >>"$SANDBOX_DIR/logs/app-old.log" 2>&1 ||
    die "the demo application did not start on old: see $SANDBOX_DIR/logs/app-old.log"
  wait_for_port "$OLD_ADDRESS" "$APP_PORT" 20 || die "the demo application on old does not answer on port $APP_PORT"
}

stop_app() {
  local name="$1"
  local dir pid
  dir="$(host_dir "$name")"
  pid="$(cat "$dir/run/sandbox/demo-supervisor.pid" 2>/dev/null || true)"
  stop_pid "$pid" 5
  pid="$(cat "$dir/run/demo/demo.pid" 2>/dev/null || true)"
  stop_pid "$pid" 10
}
