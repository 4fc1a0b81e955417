# The three hosts: their files, their sshd in its own namespaces, their users. Sourced by `sandbox`.
# shellcheck shell=bash

# The folders of one host, and the files it has before it starts (written into its /etc overlay).
prepare_host() {
  local name="$1" sudo_rule="$2"
  local dir address
  dir="$(host_dir "$name")"
  address="$(host_address "$name")"
  mkdir -p "$dir"/{etc.upper,etc.work,var.upper,var.work,postgresql,mysql,opt,home,run,tmp}
  mkdir -p "$dir/var.upper/lib/postgresql" "$dir/var.upper/lib/mysql"
  chown postgres:postgres "$dir/postgresql"
  chown mysql:mysql "$dir/mysql"
  chmod 1777 "$dir/tmp"
  install -d -m 755 "$dir/run/sandbox" "$dir/run/sshd" "$dir/run/lock"
  install -d -o postgres -g postgres -m 2775 "$dir/run/postgresql"
  install -d -o mysql -g root -m 755 "$dir/run/mysqld"

  local etc="$dir/etc.upper"
  mkdir -p "$etc/ssh" "$etc/sudoers.d" "$etc/sandbox"
  [ -f "$etc/ssh/ssh_host_ed25519_key" ] ||
    ssh-keygen -q -t ed25519 -N '' -C "sandbox-$name" -f "$etc/ssh/ssh_host_ed25519_key"
  cat >"$etc/ssh/sshd_config" <<CONF
# sshd of the sandbox host "$name"
ListenAddress $address:22
HostKey /etc/ssh/ssh_host_ed25519_key
PidFile /run/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin no
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
AuthorizedKeysFile .ssh/authorized_keys
Subsystem sftp /usr/lib/openssh/sftp-server
AcceptEnv LANG LC_*
PrintMotd no
MaxStartups 100:30:200
MaxSessions 50
CONF
  printf '# sandbox: %s\nDefaults:upgrader lecture=never\n%s\n' "$name" "$sudo_rule" >"$etc/sudoers.d/upgrader"
  chmod 440 "$etc/sudoers.d/upgrader"
  echo "sandbox-$name" >"$etc/hostname"
  {
    cat /etc/hosts
    printf '%s\tsandbox-proxy\n%s\tsandbox-old\n%s\tsandbox-new\n' "$PROXY_ADDRESS" "$OLD_ADDRESS" "$NEW_ADDRESS"
  } >"$etc/hosts"
  printf 'SANDBOX_HOST=%s\nSANDBOX_ADDRESS=%s\n' "$name" "$address" >"$etc/sandbox/host.env"
}

start_host() {
  local name="$1"
  local dir address
  dir="$(host_dir "$name")"
  address="$(host_address "$name")"
  rm -f "$dir/run/sandbox/sshd.pid"
  setsid -f unshare -m -u --propagation private bash "$SANDBOX_LIB/host-init.sh" "$dir" "$name" \
    >>"$SANDBOX_DIR/logs/sshd-$name.log" 2>&1 </dev/null
  local waited=0
  until [ -s "$dir/run/sandbox/sshd.pid" ] && wait_for_port "$address" 22 1; do
    [ "$waited" -lt 100 ] || die "the sshd of $name did not start: see $SANDBOX_DIR/logs/sshd-$name.log"
    sleep 0.1
    waited=$((waited + 1))
  done
  readlink "/proc/$(host_pid "$name")/ns/mnt" >"$dir/mntns"
}

provision_host() {
  local name="$1" role="$2"
  in_host "$name" bash -s -- "$role" "$PUW_SANDBOX_SSH_PASSWORD" "$(cat "$SANDBOX_DIR/keys/upgrader_ed25519.pub")" \
    <"$SANDBOX_LIB/provision-host.sh" >>"$SANDBOX_DIR/logs/provision-$name.log" 2>&1 ||
    die "provisioning $name failed: see $SANDBOX_DIR/logs/provision-$name.log"
}

# known_hosts for the three hosts, as a client that compared the fingerprints would have it.
write_known_hosts() {
  local name
  for name in "${HOSTS[@]}"; do
    printf '%s %s\n' "$(host_address "$name")" \
      "$(cut -d' ' -f1-2 "$(host_dir "$name")/etc.upper/ssh/ssh_host_ed25519_key.pub")"
  done >"$SANDBOX_DIR/known_hosts"
}
