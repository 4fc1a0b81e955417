#!/usr/bin/env bash
# The first process of a sandbox host, run by `unshare -m -u`: gives the host its own /etc, /var, /opt,
# /home, /run and /tmp (same paths, different files), names it, then becomes its sshd.
# Usage: host-init.sh HOST_DIR NAME
set -euo pipefail

dir="$1"
name="$2"

overlay() {
  mount -t overlay overlay -o "lowerdir=$1,upperdir=$dir/$2.upper,workdir=$dir/$2.work" "$1" || {
    echo "host-init: cannot mount an overlay on $1 (needs overlayfs and a state folder on a local disk)" >&2
    exit 1
  }
}

overlay /etc etc
overlay /var var
mount --bind "$dir/postgresql" /var/lib/postgresql
mount --bind "$dir/mysql" /var/lib/mysql
mount --bind "$dir/opt" /opt
mount --bind "$dir/home" /home
mount --bind "$dir/run" /run
mount --bind "$dir/tmp" /tmp # last: the state folder itself may be under /tmp
hostname "sandbox-$name"
/usr/sbin/sshd -t -f /etc/ssh/sshd_config || {
  echo "host-init: the sshd configuration of $name is invalid" >&2
  exit 1
}
echo "$$" >/run/sandbox/sshd.pid
exec /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config
