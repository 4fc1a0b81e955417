# `sandbox up --app parsec` from start to end, its status lines and its plans (the machines, trees and
# proxy are the demo world's; parsec.sh and parsec-images.sh hold what differs). Sourced by `sandbox`.
# shellcheck shell=bash

parsec_up() {
  local rows="$1" tree base name
  mkdir -p "$SANDBOX_DIR/logs" "$SANDBOX_DIR/keys"
  chmod 755 "$SANDBOX_DIR"
  echo "$SANDBOX_SUBNET" >"$SANDBOX_DIR/subnet"
  # The machines' tree and the images' tree are two mmdebstrap runs: at once, on a cold cache.
  ensure_parsec_base_tar >"$SANDBOX_DIR/base-tar.path" &
  local base_job=$!
  tree="$(ensure_tree parsec "${TREE_BASE_PACKAGES[@]}" "${PARSEC_TREE_PACKAGES[@]}")" ||
    die "the machines' tree could not be built" "see the mmdebstrap log named above; the machine's Debian mirror must answer"
  wait "$base_job" || die "the images' tree could not be built" "see the mmdebstrap log named above"
  base="$(cat "$SANDBOX_DIR/base-tar.path")"
  write_secrets
  if ! grep -q PUW_SANDBOX_PARSEC_ADMIN_TOKEN "$SANDBOX_DIR/secrets.env"; then
    echo "export PUW_SANDBOX_PARSEC_ADMIN_TOKEN=$(random_secret)" >>"$SANDBOX_DIR/secrets.env"
  fi
  # shellcheck source=/dev/null
  . "$SANDBOX_DIR/secrets.env"
  [ -f "$SANDBOX_DIR/keys/upgrader_ed25519" ] ||
    ssh-keygen -q -t ed25519 -N '' -C upgrader@sandbox -f "$SANDBOX_DIR/keys/upgrader_ed25519"

  say "preparing the machines (proxy $PROXY_ADDRESS, old $OLD_ADDRESS, new $NEW_ADDRESS) on overlays of $(basename "$tree")"
  for name in "${HOSTS[@]}"; do make_overlay "$name" "$tree"; done
  parsec_nspawn_options
  { provision_machine proxy global-password && prepare_proxy && prepare_parsec_proxy; } &
  { provision_machine old password && prepare_parsec old "$PARSEC_OLD_TAG"; } &
  { provision_machine new nopassword && prepare_parsec new "$PARSEC_NEW_TAG"; } &
  wait_all "preparing the machines failed"

  say "booting the machines (systemd, sshd, docker, nginx, dnsmasq)"
  local boot_started=$SECONDS
  for name in "${HOSTS[@]}"; do boot_machine "$name"; done
  for name in "${HOSTS[@]}"; do wait_for_boot "$name"; done
  say "booted in $((SECONDS - boot_started)) s"
  write_known_hosts
  # (Not wait_all: the machines booted are background jobs of this shell too.)
  local old_job new_job failed=0
  start_parsec old "$PARSEC_OLD_TAG" "$base" "$rows" &
  old_job=$!
  start_parsec new "$PARSEC_NEW_TAG" "$base" "$rows" &
  new_job=$!
  wait "$old_job" || failed=1
  wait "$new_job" || failed=1
  [ "$failed" -eq 0 ] || die "starting the compose projects failed"
  wait_for_proxy
  wait_until_parsec_answers

  printf 'APP=parsec\nDB_ENGINE=postgresql\nROWS=%s\nUP_SINCE=%s\n' "$rows" "$(date --iso-8601=seconds)" >"$(world_file)"
  write_plans
  hand_client_files_to_caller
}

# Status lines of the compose services on old and new; fails when old's two or new's database do not run.
parsec_status() {
  local name ok=0 services
  for name in old new; do
    host_up "$name" || continue
    services="$(in_host "$name" docker ps --format '{{.Names}} {{.Image}} {{.Status}}' 2>/dev/null || true)"
    status_line "$name" "docker containers" "$(tr '\n' ';' <<<"$services")"
    grep -q '^parsec_postgres_1 ' <<<"$services" || ok=1
  done
  return "$ok"
}
