# Shared by the sandbox's scripts: paths, messages, pids and waiting. Sourced, never run.
# shellcheck shell=bash

# shellcheck disable=SC2034 # constants for the other files
SANDBOX_DIR="${PUW_SANDBOX_DIR:-/tmp/puw-sandbox}"
HOSTS=(proxy old new)
# The first three octets of the hosts' loopback addresses (.10 proxy, .11 old, .12 new). Another value lets two
# worlds run side by side (each with its own PUW_SANDBOX_DIR); `up` records it so later commands agree.
if [ -z "${PUW_SANDBOX_SUBNET:-}" ] && [ -s "$SANDBOX_DIR/subnet" ]; then PUW_SANDBOX_SUBNET="$(cat "$SANDBOX_DIR/subnet")"; fi
SANDBOX_SUBNET="${PUW_SANDBOX_SUBNET:-127.0.0}"
[[ "$SANDBOX_SUBNET" =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}$ ]] ||
  { printf 'sandbox: error: PUW_SANDBOX_SUBNET=%s is not of the form 127.X.Y\n' "$SANDBOX_SUBNET" >&2; exit 1; }
PROXY_ADDRESS=$SANDBOX_SUBNET.10
OLD_ADDRESS=$SANDBOX_SUBNET.11
NEW_ADDRESS=$SANDBOX_SUBNET.12
PUBLIC_PORT=8080
APP_PORT=8081
DNS_NAME=app.sandbox.test
# Where built root file systems are kept between worlds (keyed by their package list).
SANDBOX_CACHE="${PUW_SANDBOX_CACHE:-/var/cache/puw-sandbox}"

say() { printf 'sandbox: %s\n' "$*" >&2; }
die() {
  printf 'sandbox: error: %s\n' "$1" >&2
  [ $# -lt 2 ] || printf 'sandbox:   fix: %s\n' "$2" >&2
  exit 1
}

host_address() {
  case "$1" in
    proxy) echo "$PROXY_ADDRESS" ;;
    old) echo "$OLD_ADDRESS" ;;
    new) echo "$NEW_ADDRESS" ;;
    *) die "unknown host $1" ;;
  esac
}

# Each machine's folder: its overlay (upper, work), the merged root it boots from, its pids and console log.
machine_dir() { echo "$SANDBOX_DIR/machines/$1"; }
machine_root() { echo "$SANDBOX_DIR/machines/$1/root"; }

# A pid that runs; a zombie does not count (this machine's init may reap it only a second later).
pid_alive() {
  local stat
  [ -n "${1:-}" ] && stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"
  [ "${stat%% *}" != Z ]
}

# The pid of systemd-nspawn for a machine, and of the machine's own PID 1 (systemd, its child).
nspawn_pid() { cat "$(machine_dir "$1")/nspawn.pid" 2>/dev/null; }
host_pid() { cat "$(machine_dir "$1")/leader.pid" 2>/dev/null; }

host_up() { pid_alive "$(host_pid "$1")"; }

# Runs a command inside a booted machine as root: all its namespaces, a clean environment.
in_host() {
  local name="$1"
  shift
  local pid
  pid="$(host_pid "$name")" && pid_alive "$pid" || die "the machine $name is not running" "run 'sandbox up'"
  nsenter -t "$pid" -a -W / -- /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 HOME=/root TERM="${TERM:-dumb}" "$@"
}

# Waits until a TCP port accepts connections; $3 is the timeout in seconds.
wait_for_port() {
  local address="$1" port="$2" timeout="${3:-30}" waited=0
  until (exec 3<>"/dev/tcp/$address/$port") 2>/dev/null; do
    [ "$waited" -lt "$((timeout * 10))" ] || return 1
    sleep 0.1
    waited=$((waited + 1))
  done
}

# Sends TERM to a pid and waits for it to end; KILL after $2 seconds.
stop_pid() {
  local pid="$1" timeout="${2:-10}" waited=0
  pid_alive "$pid" || return 0
  kill -TERM "$pid" 2>/dev/null || true
  sleep 0.05
  while pid_alive "$pid"; do
    if [ "$waited" -ge "$((timeout * 10))" ]; then
      kill -KILL "$pid" 2>/dev/null || true
      sleep 0.1
      return 0
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
}

random_secret() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }
