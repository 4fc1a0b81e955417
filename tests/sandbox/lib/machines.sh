# The world's machines: each an overlay on the cached tree, booted by systemd-nspawn with its own systemd as
# PID 1. They share this machine's network and bind their own loopback address. Sourced by `sandbox`.
# shellcheck shell=bash

# Extra systemd-nspawn options an application's world may need (Docker inside wants more); set before booting.
NSPAWN_EXTRA_OPTIONS=()
# ... systemd-nspawn's environment for every machine (SYSTEMD_SECCOMP=0), and one more option per machine.
NSPAWN_ENVIRONMENT=()
declare -A NSPAWN_MACHINE_OPTIONS=()

# systemd-nspawn's name for a machine: unique per world, since nspawn keeps per-name state in this machine's
# /run/systemd/nspawn (two worlds booting a "sandbox-old" at once would share it). The machine's own host name
# stays sandbox-NAME (its /etc/hostname).
nspawn_name() { echo "puw-${SANDBOX_SUBNET//./-}-$1"; }

# Mounts a machine's overlay: the tree below, the machine's own changes above.
make_overlay() {
  local name="$1" tree="$2"
  local dir
  dir="$(machine_dir "$name")"
  mkdir -p "$dir/upper" "$dir/work" "$dir/root"
  mountpoint -q "$dir/root" && return 0
  mount -t overlay overlay -o "lowerdir=$tree,upperdir=$dir/upper,workdir=$dir/work" "$dir/root" ||
    die "cannot mount an overlay for $name on $dir/root" "the state folder must be on a local disk that supports overlayfs (PUW_SANDBOX_DIR)"
}

# Runs a command in a machine's tree before it boots (a container without init: /proc, /dev and /run exist).
in_tree() {
  local name="$1"
  shift
  systemd-nspawn -q --register=no --keep-unit -D "$(machine_root "$name")" -M "$(nspawn_name "$name")" --pipe \
    -E PATH=/usr/sbin:/usr/bin:/sbin:/bin -E LANG=C.UTF-8 -- "$@"
}

# The cgroup hierarchies this machine has mounted: the unified one alone, or the named systemd one beside it.
cgroup_hierarchies() {
  if [ -e /sys/fs/cgroup/cgroup.procs ]; then
    echo /sys/fs/cgroup
  else
    local hierarchy
    for hierarchy in /sys/fs/cgroup/systemd /sys/fs/cgroup/unified; do
      [ -e "$hierarchy/cgroup.procs" ] && echo "$hierarchy"
    done
  fi
}

# Each machine's own cgroup. With --keep-unit, systemd-nspawn puts the machine in its own cgroup, so without
# this all machines would share one: their units' cgroups would be the same directories, and stopping a unit
# on one machine would kill the same unit's processes on the others.
machine_cgroup() { echo "puw-sandbox/$SANDBOX_SUBNET-$1"; }

# Boots a machine in the background; its console goes to console.log. The machine's PID 1 is found later.
boot_machine() {
  local name="$1"
  local dir cgroups=() hierarchy
  dir="$(machine_dir "$name")"
  rm -f "$dir/nspawn.pid" "$dir/leader.pid"
  for hierarchy in $(cgroup_hierarchies); do
    mkdir -p "$hierarchy/$(machine_cgroup "$name")"
    cgroups+=("$hierarchy/$(machine_cgroup "$name")/cgroup.procs")
  done
  # shellcheck disable=SC2016 # the inner script's own variables
  SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1 setsid bash -c 'echo $$ >"$1"; for procs in $2; do echo $$ >"$procs"; done; shift 2
    exec "$@"' boot "$dir/nspawn.pid" "${cgroups[*]}" \
    env "${NSPAWN_ENVIRONMENT[@]}" systemd-nspawn -q --register=no --keep-unit -D "$dir/root" -M "$(nspawn_name "$name")" -b \
    "${NSPAWN_EXTRA_OPTIONS[@]}" ${NSPAWN_MACHINE_OPTIONS[$name]:+"${NSPAWN_MACHINE_OPTIONS[$name]}"} \
    </dev/null >>"$dir/console.log" 2>&1 &
}

# Removes a powered-off machine's cgroups, deepest first (a cgroup goes only once it holds no process).
remove_machine_cgroups() {
  local name="$1" hierarchy pids tries
  for hierarchy in $(cgroup_hierarchies); do
    [ -d "$hierarchy/$(machine_cgroup "$name")" ] || continue
    # Processes still in the machine's own cgroup belong to it, even when its systemd-nspawn is gone and
    # the PID files with it (seen once: a container whose nspawn was killed went on running): ended too.
    for tries in 1 2 3 4 5; do
      pids="$(find "$hierarchy/$(machine_cgroup "$name")" -name cgroup.procs -exec cat {} + 2>/dev/null)"
      [ -n "$pids" ] || break
      # shellcheck disable=SC2086 # a list of pids
      kill -KILL $pids 2>/dev/null || true
      sleep 0.2
    done
    find "$hierarchy/$(machine_cgroup "$name")" -depth -type d -exec rmdir {} + 2>/dev/null || true
    rmdir "$hierarchy/puw-sandbox" 2>/dev/null || true
  done
}

# cgroups of the world left on this machine (there should be none after down).
sandbox_cgroups() {
  local name hierarchy
  for name in "${HOSTS[@]}"; do
    for hierarchy in $(cgroup_hierarchies); do
      [ ! -d "$hierarchy/$(machine_cgroup "$name")" ] || echo "$hierarchy/$(machine_cgroup "$name")"
    done
  done
}

# Waits until a machine's systemd has finished booting; records its PID 1. Failed units are named.
wait_for_boot() {
  local name="$1" timeout="${2:-90}"
  local dir nspawn leader="" waited=0 state
  dir="$(machine_dir "$name")"
  until [ -n "$leader" ]; do
    nspawn="$(nspawn_pid "$name")" || true
    if [ -n "$nspawn" ] && ! pid_alive "$nspawn" && [ "$waited" -gt 5 ]; then
      die "the machine $name did not boot; the end of its console:$(printf '\n%s' "$(tail -n 15 "$dir/console.log")")"
    fi
    if [ -n "$nspawn" ]; then
      leader="$(ps -o pid=,comm= --ppid "$nspawn" 2>/dev/null | awk '$2 == "systemd" {print $1; exit}')"
    fi
    [ -n "$leader" ] && break
    [ "$waited" -lt "$((timeout * 10))" ] || die "the machine $name did not start systemd in $timeout s: see $dir/console.log"
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "$leader" >"$dir/leader.pid"
  readlink "/proc/$leader/ns/pid" >"$dir/pidns" ||
    die "the machine $name stopped while booting; the end of its console:$(printf '\n%s' "$(tail -n 15 "$dir/console.log")")"
  # Until its systemd listens on its bus, systemctl cannot ask; after that, --wait waits for the boot's end.
  waited=0
  while :; do
    state="$(timeout "$timeout" nsenter -t "$leader" -a systemctl is-system-running --wait 2>/dev/null || true)"
    case "$state" in running | degraded | maintenance | stopping) break ;; esac
    [ "$waited" -lt "$((timeout * 5))" ] || break
    sleep 0.2
    waited=$((waited + 1))
  done
  case "$state" in
    running) ;;
    degraded)
      say "$name booted degraded; failed units: $(in_host "$name" systemctl --failed --no-legend --plain | awk '{print $1}' | tr '\n' ' ')"
      ;;
    *) die "the machine $name did not finish booting (systemd says '${state:-nothing}')" "see $dir/console.log and 'sandbox logs $name'" ;;
  esac
}

# Every process of the world: the nspawn processes and everything in the machines' PID namespaces.
sandbox_pids() {
  local namespaces=() name file pid
  for name in "${HOSTS[@]}"; do
    file="$(machine_dir "$name")/pidns"
    [ -s "$file" ] && namespaces+=("$(cat "$file")")
    pid="$(nspawn_pid "$name")" && pid_alive "$pid" && echo "$pid"
  done
  [ "${#namespaces[@]}" -gt 0 ] || return 0
  for pid in $(find /proc -mindepth 3 -maxdepth 3 -path '/proc/[0-9]*/ns/pid' -printf '%h %l\n' 2>/dev/null |
    awk -v list=" ${namespaces[*]} " 'index(list, " " $2 " ") { split($1, part, "/"); print part[3] }'); do
    if pid_alive "$pid"; then echo "$pid"; fi
  done
}

# Powers every machine off (SIGTERM to nspawn is a clean poweroff); what does not stop in time is killed by
# pid (killing a machine's PID 1 ends its whole PID namespace). Then the overlays are unmounted.
power_off_machines() {
  local name pid waited=0
  for name in "${HOSTS[@]}"; do
    pid="$(nspawn_pid "$name")" && pid_alive "$pid" && kill -TERM "$pid" 2>/dev/null
  done
  while [ "$waited" -lt 200 ]; do
    local running=no
    for name in "${HOSTS[@]}"; do
      pid="$(nspawn_pid "$name")" && pid_alive "$pid" && running=yes
    done
    [ "$running" = yes ] || break
    sleep 0.1
    waited=$((waited + 1))
  done
  for name in "${HOSTS[@]}"; do
    pid="$(host_pid "$name")" && pid_alive "$pid" && {
      say "$name did not power off in 20 s: killing it"
      kill -KILL "$pid" 2>/dev/null
    }
    pid="$(nspawn_pid "$name")" && pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null
  done
  local leftovers
  leftovers="$(sandbox_pids)"
  if [ -n "$leftovers" ]; then
    # shellcheck disable=SC2086 # a list of pids
    kill -KILL $leftovers 2>/dev/null || true
    sleep 0.3
  fi
  for name in "${HOSTS[@]}"; do
    local root
    root="$(machine_root "$name")"
    if mountpoint -q "$root" 2>/dev/null; then
      umount "$root" 2>/dev/null || { sleep 1 && umount "$root"; } || die "cannot unmount $root"
    fi
    rm -f "$(machine_dir "$name")"/{nspawn.pid,leader.pid,pidns}
    remove_machine_cgroups "$name"
  done
}

# Mounts of the world left on this machine (there should be none after down).
sandbox_mounts() { awk -v dir="$SANDBOX_DIR/" 'index($2, dir) == 1 {print $2}' /proc/mounts; }
