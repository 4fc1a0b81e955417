# status, plan, shell and logs: looking at a running world. Sourced by `sandbox`.
# shellcheck shell=bash

status_line() { printf '%-8s %-24s %s\n' "$1" "$2" "$3"; }

# A unit's state inside a machine, as systemctl shows it (one line).
unit_state() {
  in_host "$1" systemctl show "$2" -p ActiveState -p UnitFileState -p NRestarts -p MainPID 2>/dev/null | tr '\n' ' '
}

sandbox_status() {
  local ok=0 name state
  if [ ! -d "$SANDBOX_DIR/machines" ]; then
    echo "sandbox: down ($SANDBOX_DIR does not exist)"
    return 3
  fi
  DB_ENGINE="$(sed -n 's/^DB_ENGINE=//p' "$(world_file)" 2>/dev/null || true)"
  echo "sandbox: state in $SANDBOX_DIR${DB_ENGINE:+, database $DB_ENGINE}"
  [ "$(world_shared_db)" = no ] ||
    echo "sandbox: shared database: new's demo is configured to use old's server at $OLD_ADDRESS:$(db_port)"
  for name in "${HOSTS[@]}"; do
    if host_up "$name"; then
      state="$(in_host "$name" systemctl is-system-running 2>/dev/null || true) (PID 1 is pid $(host_pid "$name") here)"
      wait_for_port "$(host_address "$name")" 22 1 || { state="$state, sshd does not answer"; ok=1; }
    else
      state=down
      ok=1
    fi
    status_line "$name" "machine $(host_address "$name")" "$state"
  done
  local app
  app="$(sed -n 's/^APP=//p' "$(world_file)" 2>/dev/null)"
  if [ "$app" = parsec ]; then
    parsec_status || ok=1
  elif [ "$app" = openboxes ]; then
    for name in old new; do
      host_up "$name" || continue
      status_line "$name" mariadb "$(unit_state "$name" mariadb)"
      in_host "$name" systemctl is-active --quiet mariadb || ok=1
    done
    openboxes_status || ok=1
  elif [ -n "$DB_ENGINE" ]; then
    for name in old new; do
      host_up "$name" || continue
      status_line "$name" "$(db_unit)" "$(unit_state "$name" "$(db_unit)")"
      in_host "$name" systemctl is-active --quiet "$(db_unit)" || ok=1
      status_line "$name" "demo.service" "$(unit_state "$name" demo.service)"
    done
  fi
  local probe=/health
  [ "$app" != parsec ] || probe=/
  [ "$app" != openboxes ] || probe=/openboxes/api/status
  if http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT$probe"; then state="answers"; else state="does not answer"; fi
  status_line proxy "nginx :$PUBLIC_PORT" "$state"
  if host_up proxy && in_host proxy systemctl is-active --quiet dnsmasq; then state=active; else
    state="not active"
    ok=1
  fi
  status_line proxy "dnsmasq :53" "$state"
  [ -s "$(world_file)" ] || ok=1
  local pids
  pids="$(sandbox_pids | tr '\n' ',')"
  if [ -n "$pids" ]; then
    ps -o rss= -p "${pids%,}" | awk -v n="$(tr ',' '\n' <<<"${pids%,}" | grep -c .)" \
      '{kb += $1} END {printf "memory: %d MiB resident in the world'"'"'s %d processes\n", kb / 1024, n}'
  fi
  return "$ok"
}

sandbox_plan() {
  local route=nginx env=no recipe=demo shared=no
  while [ $# -gt 0 ]; do
    case "$1" in
      --route) route="${2:-}"; shift 2 ;;
      --recipe) recipe="${2:-}"; shift 2 ;;
      --env) env=yes; shift ;;
      --shared-db) shared=yes; shift ;;
      *) die "unknown option $1" "sandbox plan [--route nginx|dns] [--recipe demo|systemd-postgresql|systemd-mysql] [--shared-db] [--env]" ;;
    esac
  done
  [ -s "$(world_file)" ] || die "the sandbox is not up" "run 'sandbox up' first"
  # A shared-database world's plans always say so (database.shared, the canary); --shared-db only makes sure
  # the world is that one, since a shared plan for a world where new has its own database would be wrong.
  [ "$shared" = no ] || [ "$(world_shared_db)" = yes ] ||
    die "the sandbox is not the shared-database world" "run 'sandbox down', then 'sandbox up --shared-db'"
  if [ "$env" = yes ]; then
    grep '^export ' "$SANDBOX_DIR/secrets.env"
    return 0
  fi
  local file
  case "$route" in
    nginx) file=plan ;;
    dns) file=plan-dns ;;
    *) die "--route must be nginx or dns" ;;
  esac
  case "$recipe" in
    demo) ;;
    systemd-postgresql | systemd-mysql)
      local engine
      engine="$(sed -n 's/^DB_ENGINE=//p' "$(world_file)")"
      { [ "$recipe" = systemd-postgresql ] && [ "$engine" = postgresql ]; } ||
        { [ "$recipe" = systemd-mysql ] && [ "$engine" = mariadb ]; } ||
        die "the world runs $engine, which the recipe $recipe does not drive" "use the other systemd recipe, or 'sandbox up --db ...'"
      file="$file-$recipe"
      ;;
    *) die "--recipe must be demo, systemd-postgresql or systemd-mysql" ;;
  esac
  echo "$SANDBOX_DIR/$file.json"
  say "known_hosts: $SANDBOX_DIR/known_hosts; secrets: $SANDBOX_DIR/secrets.env (or: eval \"\$(sandbox plan --env)\")"
}

# A root shell inside a machine (or a command there), for people debugging.
sandbox_shell() {
  local name="${1:-}"
  case "$name" in proxy | old | new) ;; *) die "sandbox shell proxy|old|new [COMMAND...]" ;; esac
  shift
  if [ $# -eq 0 ]; then set -- /bin/bash -l; fi
  in_host "$name" "$@"
}

# A machine's journal, or one unit's.
sandbox_logs() {
  local name="${1:-}"
  case "$name" in proxy | old | new) ;; *) die "sandbox logs proxy|old|new [UNIT]" ;; esac
  if [ -n "${2:-}" ]; then
    in_host "$name" journalctl --no-pager -o short-precise -u "$2"
  else
    in_host "$name" journalctl --no-pager -o short-precise -b
  fi
}
