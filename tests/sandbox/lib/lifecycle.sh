# up and down: the sandbox's world comes and goes. Sourced by `sandbox`.
# shellcheck shell=bash

WORLD_FILE_NAME=world.env
SANDBOX_APPS=(demo parsec openboxes)

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
  require_programs systemd-nspawn:systemd-container mmdebstrap:mmdebstrap nsenter:util-linux setsid:util-linux \
    flock:util-linux mountpoint:util-linux ss:iproute2 ssh-keygen:openssh-client curl:curl
  grep -qw overlay /proc/filesystems || modprobe overlay 2>/dev/null || true
  grep -qw overlay /proc/filesystems || die "this kernel has no overlayfs" "the machines run on overlays of one cached tree"
  local db
  db="$(db_port)"
  require_free_ports "$PROXY_ADDRESS:22" "$PROXY_ADDRESS:$PUBLIC_PORT" "$PROXY_ADDRESS:53" \
    "$OLD_ADDRESS:22" "$OLD_ADDRESS:$APP_PORT" "$OLD_ADDRESS:$db" "$NEW_ADDRESS:22" "$NEW_ADDRESS:$APP_PORT" "$NEW_ADDRESS:$db"
}

world_file() { echo "$SANDBOX_DIR/$WORLD_FILE_NAME"; }

# yes when the recorded world is the shared-database one (old's server used by both), else no.
world_shared_db() {
  local mode
  mode="$(sed -n 's/^SHARED_DB=//p' "$(world_file)" 2>/dev/null || true)"
  echo "${mode:-no}"
}

world_running() {
  [ -s "$(world_file)" ] || return 1
  local name
  for name in "${HOSTS[@]}"; do host_up "$name" || return 1; done
}

http_answers() { curl -fsS --max-time 5 "$1" >/dev/null 2>&1; }

wait_until_answering() {
  [ "${SANDBOX_APP:-demo}" != parsec ] || { wait_until_parsec_answers; return; }
  [ "${SANDBOX_APP:-demo}" != openboxes ] || { wait_until_openboxes_answers; return; }
  local waited=0
  until http_answers "http://$OLD_ADDRESS:$APP_PORT/health" &&
    http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT/version"; do
    [ "$waited" -lt 100 ] || die "the demo application does not answer /health through nginx" "see 'sandbox logs old demo'"
    sleep 0.2
    waited=$((waited + 1))
  done
}

sandbox_up() {
  DB_ENGINE=postgresql
  SHARED_DB=no
  local rows=100000 app=demo
  while [ $# -gt 0 ]; do
    case "$1" in
      --db) DB_ENGINE="${2:-}"; shift 2 ;;
      --db=*) DB_ENGINE="${1#--db=}"; shift ;;
      --rows) rows="${2:-}"; shift 2 ;;
      --rows=*) rows="${1#--rows=}"; shift ;;
      --app) app="${2:-}"; shift 2 ;;
      --app=*) app="${1#--app=}"; shift ;;
      --shared-db) SHARED_DB=yes; shift ;;
      *) die "unknown option $1" "sandbox up [--app ${SANDBOX_APPS[*]}] [--db postgresql|mariadb] [--rows N] [--shared-db]" ;;
    esac
  done
  case "$DB_ENGINE" in postgresql | mariadb) ;; *) die "--db must be postgresql or mariadb, not '$DB_ENGINE'" ;; esac
  case " ${SANDBOX_APPS[*]} " in *" $app "*) ;; *) die "--app must be one of: ${SANDBOX_APPS[*]}, not '$app'" ;; esac
  [[ "$rows" =~ ^[0-9]+$ ]] && [ "$rows" -ge 100 ] || die "--rows must be a number of at least 100, not '$rows'"
  SANDBOX_APP="$app"
  [ "$SHARED_DB" = no ] || [ "$app" = demo ] || die "--shared-db is a world of the demo application only"
  if [ "$app" = parsec ]; then
    [ "$DB_ENGINE" = postgresql ] || die "the Parsec world runs PostgreSQL only"
    APP_PORT=$PARSEC_PORT
  fi
  if [ "$app" = openboxes ]; then
    DB_ENGINE=mariadb # OpenBoxes runs on MySQL or MariaDB; this world has Debian's MariaDB
    APP_PORT=$OPENBOXES_PORT
  fi

  if world_running; then
    local running_db running_app
    running_db="$(sed -n 's/^DB_ENGINE=//p' "$(world_file)")"
    running_app="$(sed -n 's/^APP=//p' "$(world_file)")"
    [ "$running_app" = "$app" ] ||
      die "the sandbox is already up with the $running_app application" "run 'sandbox down' first to change the application"
    [ "$running_db" = "$DB_ENGINE" ] ||
      die "the sandbox is already up with $running_db" "run 'sandbox down' first to change the database"
    [ "$(world_shared_db)" = "$SHARED_DB" ] ||
      die "the sandbox is already up with shared database '$(world_shared_db)', not '$SHARED_DB'" \
        "run 'sandbox down' first to switch --shared-db on or off"
    wait_until_answering
    say "already up ($running_db$([ "$SHARED_DB" = no ] || echo ", shared database")); plan: $SANDBOX_DIR/plan.json"
    return 0
  fi
  if [ -d "$SANDBOX_DIR/machines" ]; then
    say "cleaning up a sandbox that is not fully up"
    sandbox_down
  fi

  local started=$SECONDS tree name
  preflight
  if [ "$app" = parsec ]; then
    parsec_up "$rows"
    say "up in $((SECONDS - started)) s (parsec, $rows rows); plan: $SANDBOX_DIR/plan.json"
    return 0
  fi
  if [ "$app" = openboxes ]; then
    openboxes_up "$rows"
    say "up in $((SECONDS - started)) s (openboxes, mariadb, $rows rows); plan: $SANDBOX_DIR/plan.json"
    return 0
  fi
  mkdir -p "$SANDBOX_DIR/logs" "$SANDBOX_DIR/keys"
  chmod 755 "$SANDBOX_DIR"
  echo "$SANDBOX_SUBNET" >"$SANDBOX_DIR/subnet"
  find_demo_binaries
  tree="$(ensure_tree "$app" "${TREE_BASE_PACKAGES[@]}" "${DEMO_TREE_PACKAGES[@]}")" ||
    die "the machines' tree could not be built" "see the mmdebstrap log named above; the machine's Debian mirror must answer"
  write_secrets
  [ -f "$SANDBOX_DIR/keys/upgrader_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C upgrader@sandbox -f "$SANDBOX_DIR/keys/upgrader_ed25519"

  say "preparing the machines (proxy $PROXY_ADDRESS, old $OLD_ADDRESS, new $NEW_ADDRESS) on overlays of $(basename "$tree")"
  for name in "${HOSTS[@]}"; do make_overlay "$name" "$tree"; done
  # One job per machine (systemd-nspawn locks a tree while it runs in it), the three at once.
  { provision_machine proxy global-password && prepare_proxy; } &
  { provision_machine old password && prepare_database old && prepare_demo old 1; } &
  { provision_machine new nopassword && prepare_database new && prepare_demo new 2; } &
  wait_all "preparing the machines failed"

  say "booting the machines (systemd, sshd, $(db_unit), nginx, dnsmasq)"
  local boot_started=$SECONDS
  for name in "${HOSTS[@]}"; do boot_machine "$name"; done
  for name in "${HOSTS[@]}"; do wait_for_boot "$name"; done
  say "booted in $((SECONDS - boot_started)) s"
  write_known_hosts
  wait_for_database old
  wait_for_database new
  create_db_account old yes
  create_db_account new no
  install_demo_on_old "$rows"
  if [ "$SHARED_DB" = yes ]; then
    say "sharing old's database with new ($OLD_ADDRESS:$(db_port), password log-in from $NEW_ADDRESS)"
    share_old_database
    require_no_database_on_new
    check_new_reaches_shared_database
  fi
  wait_for_proxy
  wait_until_answering

  printf 'APP=%s\nDB_ENGINE=%s\nSHARED_DB=%s\nROWS=%s\nUP_SINCE=%s\n' "$app" "$DB_ENGINE" "$SHARED_DB" "$rows" \
    "$(date --iso-8601=seconds)" >"$(world_file)"
  write_plans
  hand_client_files_to_caller
  say "up in $((SECONDS - started)) s ($app, $DB_ENGINE$([ "$SHARED_DB" = no ] || echo ", shared by old and new"), $rows rows); plan: $SANDBOX_DIR/plan.json"
}

# Waits for every background job of the caller; one failure fails them all.
wait_all() {
  local job failed=0
  for job in $(jobs -p); do wait "$job" || failed=1; done
  [ "$failed" -eq 0 ] || die "$1"
}

provision_machine() {
  local name="$1" sudo_kind="$2" others=() other
  for other in "${HOSTS[@]}"; do others+=("$(printf '%s\tsandbox-%s' "$(host_address "$other")" "$other")"); done
  in_tree "$name" bash -s -- "$name" "$(host_address "$name")" "$sudo_kind" "$PUW_SANDBOX_SSH_PASSWORD" \
    "$(cat "$SANDBOX_DIR/keys/upgrader_ed25519.pub")" "${others[@]}" \
    <"$SANDBOX_LIB/provision-host.sh" >>"$SANDBOX_DIR/logs/provision-$name.log" 2>&1 ||
    die "provisioning $name failed: see $SANDBOX_DIR/logs/provision-$name.log"
}

# known_hosts for the three machines, from the host keys each made at its first boot.
write_known_hosts() {
  local name key waited
  for name in "${HOSTS[@]}"; do
    key="$(machine_root "$name")/etc/ssh/ssh_host_ed25519_key.pub"
    waited=0
    until [ -s "$key" ]; do
      [ "$waited" -lt 100 ] || die "$name made no ssh host key" "see 'sandbox logs $name ssh'"
      sleep 0.1
      waited=$((waited + 1))
    done
    printf '%s %s\n' "$(host_address "$name")" "$(cut -d' ' -f1-2 "$key")"
  done >"$SANDBOX_DIR/known_hosts"
}

sandbox_down() {
  local keep=no
  [ "${1:-}" != --keep-state ] || keep=yes
  if [ ! -d "$SANDBOX_DIR/machines" ]; then
    say "nothing to stop"
    [ "$keep" = yes ] || rm -rf "$SANDBOX_DIR"
    return 0
  fi
  local started=$SECONDS
  power_off_machines
  local leftovers mounts
  leftovers="$(sandbox_pids)"
  [ -z "$leftovers" ] || die "processes of the sandbox still run: $leftovers"
  mounts="$(sandbox_mounts)"
  [ -z "$mounts" ] || die "mounts of the sandbox are left: $mounts"
  local cgroups
  cgroups="$(sandbox_cgroups)"
  [ -z "$cgroups" ] || die "cgroups of the sandbox are left: $cgroups"
  if [ "$keep" = yes ]; then
    rm -f "$(world_file)"
    say "down in $((SECONDS - started)) s; state kept in $SANDBOX_DIR"
  else
    rm -rf "$SANDBOX_DIR"
    say "down in $((SECONDS - started)) s; $SANDBOX_DIR removed (the tree stays in $SANDBOX_CACHE)"
  fi
}
