# `sandbox up --app openboxes` from start to end, its status lines and its plans (the machines, trees, MariaDB
# and proxy are the demo world's; openboxes.sh holds what differs). Sourced by `sandbox`.
# shellcheck shell=bash

openboxes_up() {
  local rows="$1" tree name
  mkdir -p "$SANDBOX_DIR/logs" "$SANDBOX_DIR/keys"
  chmod 755 "$SANDBOX_DIR"
  echo "$SANDBOX_SUBNET" >"$SANDBOX_DIR/subnet"
  tree="$(ensure_tree openboxes "${TREE_BASE_PACKAGES[@]}" "${OPENBOXES_TREE_PACKAGES[@]}")" ||
    die "the machines' tree could not be built" "see the mmdebstrap log named above; the machine's Debian mirror must answer"
  write_secrets
  [ -f "$SANDBOX_DIR/keys/upgrader_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C upgrader@sandbox -f "$SANDBOX_DIR/keys/upgrader_ed25519"

  say "preparing the machines (proxy $PROXY_ADDRESS, old $OLD_ADDRESS, new $NEW_ADDRESS) on overlays of $(basename "$tree")"
  for name in "${HOSTS[@]}"; do make_overlay "$name" "$tree"; done
  { provision_machine proxy global-password && prepare_proxy && prepare_openboxes_proxy; } &
  { provision_machine old password && prepare_database old && prepare_openboxes old 1; } &
  { provision_machine new nopassword && prepare_database new && prepare_openboxes new 2; } &
  wait_all "preparing the machines failed"

  say "booting the machines (systemd, sshd, mariadb, nginx, dnsmasq)"
  local boot_started=$SECONDS
  for name in "${HOSTS[@]}"; do boot_machine "$name"; done
  for name in "${HOSTS[@]}"; do wait_for_boot "$name"; done
  say "booted in $((SECONDS - boot_started)) s"
  write_known_hosts
  wait_for_database old
  wait_for_database new
  install_openboxes_databases
  load_openboxes_dump "$rows"
  local tomcat_started=$SECONDS
  start_openboxes_on_old
  wait_for_openboxes old
  say "OpenBoxes $OPENBOXES_OLD_VERSION answers on old ($((SECONDS - tomcat_started)) s after Tomcat's start)"
  wait_for_proxy
  wait_until_openboxes_answers

  printf 'APP=openboxes\nDB_ENGINE=mariadb\nROWS=%s\nUP_SINCE=%s\n' "$rows" "$(date --iso-8601=seconds)" >"$(world_file)"
  write_plans
  hand_client_files_to_caller
}

# The proxy runs neither Tomcat nor MariaDB.
prepare_openboxes_proxy() {
  in_tree proxy systemctl disable tomcat10.service >>"$SANDBOX_DIR/logs/provision-proxy.log" 2>&1 ||
    die "disabling tomcat10 on the proxy failed: see $SANDBOX_DIR/logs/provision-proxy.log"
}

wait_until_openboxes_answers() {
  local waited=0
  until http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT/openboxes/api/status"; do
    [ "$waited" -lt 100 ] || die "OpenBoxes does not answer through nginx" "see 'sandbox logs proxy nginx'"
    sleep 0.2
    waited=$((waited + 1))
  done
}

# Status lines of Tomcat on old and new; fails when old's does not serve.
openboxes_status() {
  local name ok=0 state
  for name in old new; do
    host_up "$name" || continue
    state="$(unit_state "$name" tomcat10)"
    status_line "$name" tomcat10 "$state"
    if [ "$name" = old ] && ! http_answers "http://$OLD_ADDRESS:$OPENBOXES_PORT/openboxes/api/status"; then ok=1; fi
  done
  return "$ok"
}

# The openboxes recipe's variables for this world (only ones it declares: binding refuses others).
openboxes_variables() {
  cat <<JSON
        "tomcat_unit": "tomcat10",
        "catalina_base": "$CATALINA_BASE",
        "context": "openboxes",
        "app_port": "$OPENBOXES_PORT",
        "db_host": "{{host_address}}",
        "db_port": "3306",
        "db_name": "openboxes",
        "db_user": "openboxes",
        "tomcat_log": "$TOMCAT_LOG",
        "upstream_name": "demo_backend"
JSON
}
