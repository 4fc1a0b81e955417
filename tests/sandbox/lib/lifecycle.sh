# up, down, status and plan: the sandbox's commands. Sourced by `sandbox`.
# shellcheck shell=bash

WORLD_FILE_NAME=world.env

# Each program the sandbox runs, with the Debian package that provides it.
require_programs() {
  local missing=() entry program package
  for entry in "$@"; do
    program="${entry%%:*}"
    package="${entry#*:}"
    command -v "$program" >/dev/null 2>&1 || [ -x "$program" ] || missing+=("$program (package $package)")
  done
  [ "${#missing[@]}" -eq 0 ] ||
    die "missing program(s): ${missing[*]}" "install them: scripts/install-deps.sh installs everything the project needs"
}

# Everything the world will listen on must be free, including wildcard listeners on the same ports.
require_free_ports() {
  local busy=() listeners address port
  listeners="$(ss -Hlntu | awk '{print $5}')"
  for address_port in "$@"; do
    address="${address_port%:*}"
    port="${address_port##*:}"
    if grep -qxE "($address|0\.0\.0\.0|\*|\[::\]):$port" <<<"$listeners"; then
      busy+=("$address_port")
    fi
  done
  [ "${#busy[@]}" -eq 0 ] ||
    die "port(s) already in use: ${busy[*]} ($(ss -Hlntup | grep -E "$(printf ':%s |' "${busy[@]##*:}")^$" | awk '{print $5, $7}' | tr '\n' ' '))" \
      "stop whatever listens there (sandbox status shows whether it is a sandbox left running)"
}

preflight() {
  require_programs sshd:openssh-server /usr/sbin/sshd:openssh-server ssh-keygen:openssh-client \
    unshare:util-linux nsenter:util-linux setsid:util-linux setpriv:util-linux flock:util-linux \
    ss:iproute2 useradd:passwd visudo:sudo sudo:sudo nginx:nginx-light dnsmasq:dnsmasq-base curl:curl
  if [ "$DB_ENGINE" = postgresql ]; then
    require_programs "$PG_BIN/initdb:postgresql" "$PG_BIN/pg_ctl:postgresql" psql:postgresql-client
  else
    require_programs mariadbd:mariadb-server mariadb-install-db:mariadb-server mariadb:mariadb-client
  fi
  local db
  db="$(db_port)"
  require_free_ports "$PROXY_ADDRESS:22" "$PROXY_ADDRESS:$PUBLIC_PORT" "$PROXY_ADDRESS:53" \
    "$OLD_ADDRESS:22" "$OLD_ADDRESS:$APP_PORT" "$OLD_ADDRESS:$db" "$NEW_ADDRESS:22" "$NEW_ADDRESS:$APP_PORT" "$NEW_ADDRESS:$db"
}

world_file() { echo "$SANDBOX_DIR/$WORLD_FILE_NAME"; }

world_running() {
  [ -s "$(world_file)" ] || return 1
  local name
  for name in "${HOSTS[@]}"; do host_up "$name" || return 1; done
}

http_answers() { curl -fsS --max-time 5 "$1" >/dev/null 2>&1; }

wait_until_answering() {
  local waited=0
  until http_answers "http://$OLD_ADDRESS:$APP_PORT/health" &&
    http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT/version"; do
    [ "$waited" -lt 100 ] || die "the demo application does not answer /health through nginx: see $(host_dir old)/var.upper/log/demo/demo.log"
    sleep 0.2
    waited=$((waited + 1))
  done
}

sandbox_up() {
  DB_ENGINE=postgresql
  local rows=100000
  while [ $# -gt 0 ]; do
    case "$1" in
      --db) DB_ENGINE="${2:-}"; shift 2 ;;
      --db=*) DB_ENGINE="${1#--db=}"; shift ;;
      --rows) rows="${2:-}"; shift 2 ;;
      --rows=*) rows="${1#--rows=}"; shift ;;
      *) die "unknown option $1" "sandbox up [--db postgresql|mariadb] [--rows N]" ;;
    esac
  done
  case "$DB_ENGINE" in postgresql | mariadb) ;; *) die "--db must be postgresql or mariadb, not '$DB_ENGINE'" ;; esac
  [[ "$rows" =~ ^[0-9]+$ ]] && [ "$rows" -ge 100 ] || die "--rows must be a number of at least 100, not '$rows'"

  if world_running; then
    local running_db
    running_db="$(sed -n 's/^DB_ENGINE=//p' "$(world_file)")"
    [ "$running_db" = "$DB_ENGINE" ] ||
      die "the sandbox is already up with $running_db" "run 'sandbox down' first to change the database"
    wait_until_answering
    say "already up ($running_db); plan: $SANDBOX_DIR/plan.json"
    return 0
  fi
  if [ -d "$SANDBOX_DIR/hosts" ]; then
    say "cleaning up a sandbox that is not fully up"
    sandbox_down
  fi

  local started=$SECONDS
  preflight
  find_demo_binaries
  mkdir -p "$SANDBOX_DIR/logs" "$SANDBOX_DIR/keys"
  chmod 755 "$SANDBOX_DIR"
  echo "$SANDBOX_SUBNET" >"$SANDBOX_DIR/subnet"
  write_secrets
  [ -f "$SANDBOX_DIR/keys/upgrader_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C upgrader@sandbox -f "$SANDBOX_DIR/keys/upgrader_ed25519"

  say "starting the hosts (proxy $PROXY_ADDRESS, old $OLD_ADDRESS, new $NEW_ADDRESS)"
  prepare_host proxy 'upgrader ALL=(ALL:ALL) ALL'
  prepare_host old 'upgrader ALL=(ALL:ALL) ALL'
  prepare_host new 'upgrader ALL=(ALL:ALL) NOPASSWD: ALL'
  prepare_proxy_files
  local name
  for name in old new; do
    prepare_db_files "$name"
    prepare_app_files "$name" "$([ "$name" = old ] && echo 1 || echo 2)"
  done
  for name in "${HOSTS[@]}"; do start_host "$name"; done
  provision_host proxy proxy
  provision_host old app
  provision_host new app
  write_known_hosts

  say "starting $DB_ENGINE on old and new"
  local old_db new_db
  "start_$DB_ENGINE" old &
  old_db=$!
  "start_$DB_ENGINE" new &
  new_db=$!
  wait "$old_db" || die "the database server of old did not start"
  wait "$new_db" || die "the database server of new did not start"
  create_db_account old yes
  create_db_account new no
  install_app_on_old
  say "seeding the old database with about $rows rows"
  seed_database old "$rows"

  say "starting the demo application (v1 on old; v2 stays stopped and disabled on new)"
  start_app_on_old
  start_supervisor old
  start_supervisor new
  start_proxy_services
  wait_until_answering

  printf 'DB_ENGINE=%s\nROWS=%s\nUP_SINCE=%s\n' "$DB_ENGINE" "$rows" "$(date --iso-8601=seconds)" >"$(world_file)"
  write_plans
  hand_client_files_to_caller
  say "up in $((SECONDS - started)) s ($DB_ENGINE, $rows rows); plan: $SANDBOX_DIR/plan.json"
}

# Pids of every process living in one of the sandbox's mount namespaces (zombies left out).
sandbox_pids() {
  local namespaces=() name file pid
  for name in "${HOSTS[@]}"; do
    file="$(host_dir "$name")/mntns"
    [ -s "$file" ] && namespaces+=("$(cat "$file")")
  done
  [ "${#namespaces[@]}" -gt 0 ] || return 0
  # One find over /proc: "/proc/PID/ns mnt:[ID]" per process.
  for pid in $(find /proc -mindepth 3 -maxdepth 3 -path '/proc/[0-9]*/ns/mnt' -printf '%h %l\n' 2>/dev/null |
    awk -v list=" ${namespaces[*]} " 'index(list, " " $2 " ") { split($1, part, "/"); print part[3] }'); do
    if pid_alive "$pid"; then echo "$pid"; fi
  done
}

sandbox_down() {
  local keep=no
  [ "${1:-}" != --keep-state ] || keep=yes
  if [ ! -d "$SANDBOX_DIR/hosts" ]; then
    say "nothing to stop"
    [ "$keep" = yes ] || rm -rf "$SANDBOX_DIR"
    return 0
  fi
  local started=$SECONDS name pid
  # The services first, each by its pid, so that they shut down cleanly.
  for name in old new; do stop_app "$name"; done
  for name in old new; do stop_database "$name"; done
  stop_proxy_services
  for name in "${HOSTS[@]}"; do stop_pid "$(host_pid "$name" || true)" 5; done
  # Then whatever else still lives in a host: ssh sessions, programs the tests or an upgrade started.
  local leftovers
  leftovers="$(sandbox_pids)"
  if [ -n "$leftovers" ]; then
    for pid in $leftovers; do kill -TERM "$pid" 2>/dev/null || true; done
    sleep 1
    for pid in $(sandbox_pids); do kill -KILL "$pid" 2>/dev/null || true; done
    sleep 0.2
  fi
  leftovers="$(sandbox_pids)"
  [ -z "$leftovers" ] || die "processes of the sandbox still run: $leftovers"
  if [ "$keep" = yes ]; then
    rm -f "$(world_file)"
    for name in "${HOSTS[@]}"; do rm -f "$(host_dir "$name")/mntns"; done
    say "down in $((SECONDS - started)) s; state kept in $SANDBOX_DIR"
  else
    rm -rf "$SANDBOX_DIR"
    say "down in $((SECONDS - started)) s; $SANDBOX_DIR removed"
  fi
}

status_line() { printf '%-8s %-22s %s\n' "$1" "$2" "$3"; }

sandbox_status() {
  local ok=0 name state
  if [ ! -d "$SANDBOX_DIR/hosts" ]; then
    echo "sandbox: down ($SANDBOX_DIR does not exist)"
    return 3
  fi
  DB_ENGINE="$(sed -n 's/^DB_ENGINE=//p' "$(world_file)" 2>/dev/null || true)"
  echo "sandbox: state in $SANDBOX_DIR${DB_ENGINE:+, database $DB_ENGINE}"
  for name in "${HOSTS[@]}"; do
    if host_up "$name" && wait_for_port "$(host_address "$name")" 22 1; then state="up (pid $(host_pid "$name"))"; else
      state=down
      ok=1
    fi
    status_line "$name" "sshd $(host_address "$name"):22" "$state"
  done
  for name in old new; do
    if pid_alive "$(db_pid "$name")"; then state="up (pid $(db_pid "$name"))"; else
      state=down
      ok=1
    fi
    status_line "$name" "database" "$state"
    if host_up "$name"; then state="$(in_host "$name" /opt/demo/bin/demo-appctl show | tr '\n' ' ')"; else state=-; fi
    status_line "$name" "demo app" "$state"
  done
  if http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT/health"; then state="answers"; else state="does not answer"; fi
  status_line proxy "nginx :$PUBLIC_PORT" "$state"
  if pid_alive "$(cat "$(host_dir proxy)/run/dnsmasq.pid" 2>/dev/null || true)"; then state=up; else
    state=down
    ok=1
  fi
  status_line proxy "dnsmasq :53" "$state"
  [ -s "$(world_file)" ] || ok=1
  return "$ok"
}

sandbox_plan() {
  local route=nginx env=no
  while [ $# -gt 0 ]; do
    case "$1" in
      --route) route="${2:-}"; shift 2 ;;
      --env) env=yes; shift ;;
      *) die "unknown option $1" "sandbox plan [--route nginx|dns] [--env]" ;;
    esac
  done
  [ -s "$(world_file)" ] || die "the sandbox is not up" "run 'sandbox up' first"
  if [ "$env" = yes ]; then
    grep '^export ' "$SANDBOX_DIR/secrets.env"
    return 0
  fi
  case "$route" in
    nginx) echo "$SANDBOX_DIR/plan.json" ;;
    dns) echo "$SANDBOX_DIR/plan-dns.json" ;;
    *) die "--route must be nginx or dns" ;;
  esac
  say "known_hosts: $SANDBOX_DIR/known_hosts; secrets: $SANDBOX_DIR/secrets.env (or: eval \"\$(sandbox plan --env)\")"
}
