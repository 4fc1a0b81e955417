#!/usr/bin/env bash
# The service manager of a sandbox app host (the part of systemd the demo needs): every second, an
# enabled demo that is not running is started again after a short delay, and counted as a restart.
set -uo pipefail

echo "$$" >/run/sandbox/demo-supervisor.pid
ctl=/opt/demo/bin/demo-appctl
down_since=0
while true; do
  if [ -x "$ctl" ] && [ -e /var/lib/demo/enabled ] && ! "$ctl" is-active >/dev/null 2>&1; then
    now="$(date +%s)"
    if [ "$down_since" -eq 0 ]; then
      down_since="$now"
    elif [ "$((now - down_since))" -ge 2 ]; then
      count="$(cat /run/demo/restarts 2>/dev/null || echo 0)"
      echo "$((count + 1))" >/run/demo/restarts
      printf '%s supervisor: demo is enabled but not running: starting it\n' "$(date --iso-8601=seconds)" \
        >>/var/log/demo/demo.log
      "$ctl" start >/dev/null 2>&1
      down_since=0
    fi
  else
    down_since=0
  fi
  sleep 1
done
