# The root file system every machine of a world boots from: a Debian 12 tree made by mmdebstrap from the
# machine's configured Debian mirror, built once per package list and kept in $SANDBOX_CACHE. Machines never
# write to it: each runs on its own overlay (machines.sh). Sourced by `sandbox`.
# shellcheck shell=bash

# What every machine has: Debian's systemd, sshd, sudo and the tools an upgrade runs.
TREE_BASE_PACKAGES=(systemd systemd-sysv dbus openssh-server sudo curl iproute2 procps psmisc less)

# The tree's finishing touches, run once in it after mmdebstrap (chroot, nothing booted). Part of the cache
# key, so changing this text builds a new tree.
tree_finish_script() {
  cat <<'SCRIPT'
set -eu
# Host keys are made by each machine at its first boot (a copied tree must not share them).
rm -f /etc/ssh/ssh_host_*
mkdir -p /etc/systemd/system/ssh.service.d
printf '[Service]\nExecStartPre=\nExecStartPre=/usr/bin/ssh-keygen -A\nExecStartPre=/usr/sbin/sshd -t\n' \
  >/etc/systemd/system/ssh.service.d/host-keys.conf
# Every server starts disabled; each machine enables what its role runs.
for unit in postgresql mariadb nginx dnsmasq; do
  if [ -e "/lib/systemd/system/$unit.service" ]; then systemctl disable "$unit.service" >/dev/null 2>&1; fi
done
# Each machine makes its own PostgreSQL cluster (its own system identifier), not a copy of one.
if command -v pg_dropcluster >/dev/null; then pg_dropcluster 15 main; fi
rm -f /etc/nginx/sites-enabled/default
# The persistent journal, as on an installed server.
mkdir -p /var/log/journal
apt-get clean
rm -rf /var/lib/apt/lists/*
SCRIPT
}

# The tree for a package list: prints its folder, building it first when the cache lacks it.
# Usage: ensure_tree NAME PACKAGE...
ensure_tree() {
  local name="$1"
  shift
  local key dir
  key="$({ printf '%s\n' "$@" | sort -u; tree_finish_script; } | sha256sum | cut -c1-12)"
  dir="$SANDBOX_CACHE/trees/$name-$key"
  if [ -x "$dir/lib/systemd/systemd" ]; then
    echo "$dir"
    return 0
  fi
  mkdir -p "$SANDBOX_CACHE/trees"
  # Two worlds starting at once (worktrees) build a tree once: the second waits for the first.
  exec {lock}>"$SANDBOX_CACHE/trees/.$name-$key.lock"
  flock "$lock"
  if [ ! -x "$dir/lib/systemd/systemd" ]; then build_tree "$dir" "$@" || {
    flock -u "$lock"
    return 1
  }; fi
  flock -u "$lock"
  echo "$dir"
}

build_tree() {
  local dir="$1"
  shift
  local partial="$dir.partial" log="$SANDBOX_CACHE/trees/$(basename "$dir").log" sources started=$SECONDS
  sources="$(mirror_sources)" || return 1
  rm -rf "$partial"
  say "building the machines' Debian 12 tree $(basename "$dir") with mmdebstrap (about a minute, once; log: $log)"
  local packages
  packages="$(printf '%s,' "$@")"
  local finish="$SANDBOX_CACHE/trees/.finish-$$.sh"
  tree_finish_script >"$finish"
  if ! mmdebstrap --variant=minbase --include="${packages%,}" --aptopt='Acquire::Retries "3"' \
    --customize-hook="cp '$finish' \"\$1/tmp/finish.sh\"" --customize-hook='chroot "$1" sh /tmp/finish.sh' \
    --customize-hook='rm "$1/tmp/finish.sh"' bookworm "$partial" "$sources" 2>&1 |
    tee "$log" | show_tree_progress; then
    rm -f "$finish"
    rm -rf "$partial"
    say "mmdebstrap failed; the end of $log:"
    tail -n 15 "$log" >&2
    return 1
  fi
  rm -f "$finish"
  mv "$partial" "$dir"
  say "built $(basename "$dir") in $((SECONDS - started)) s ($(du -sh "$dir" | cut -f1))"
}

# mmdebstrap's stages ("I: ..." lines), as they come, so that a minute of building is not a minute of silence.
# (The pipeline's status is mmdebstrap's: the sandbox runs with pipefail.)
show_tree_progress() {
  local line
  while IFS= read -r line; do
    case "$line" in "I: "*) say "  mmdebstrap: ${line#I: }" ;; esac
  done
}

# The machine's own Debian sources (the only registry there is), as a file mmdebstrap pastes in.
mirror_sources() {
  local file
  for file in /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list; do
    if [ -s "$file" ] && grep -qE '^(URIs:|deb )' "$file"; then
      echo "$file"
      return 0
    fi
  done
  say "no Debian sources in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"
  return 1
}
