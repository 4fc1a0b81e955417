#!/usr/bin/env bash
# Takes the sandbox down and proves it leaves nothing: none of its processes runs (machines, their services,
# ssh sessions), no mount, loop device or cgroup of it is left, nothing listens on its addresses, its state
# folder is gone, and the cached tree stays for the next up. The cleanup of the ctest fixture. Usage: down-test.sh
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
pids=""
[ -d "$STATE/machines" ] && pids="$("$SANDBOX" pids | tr '\n' ' ')"
echo "processes of the sandbox before down: $(wc -w <<<"$pids")"
# The list holds the machines themselves: their PID 1 is a systemd each.
inits="$(for pid in $pids; do cat "/proc/$pid/comm" 2>/dev/null; done | grep -cx systemd || true)"
if [ "$inits" -ge 3 ]; then pass "the world's processes include the three machines' systemd"; else
  fail "only $inits systemd among the world's processes before down"
fi
mounts_before="$("$SANDBOX" mounts | wc -l)"
echo "mounts of the sandbox before down: $mounts_before"
trees_before="$(ls "${PUW_SANDBOX_CACHE:-/var/cache/puw-sandbox}/trees" 2>/dev/null | grep -cv '\.log$' || true)"

started=$SECONDS
"$SANDBOX" down || fail "sandbox down failed"
echo "down took $((SECONDS - started)) s"

left=""
for pid in $pids; do
  stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
  stat="${stat##*) }"
  [ "${stat%% *}" = Z ] || left="$left $pid($(cat "/proc/$pid/comm" 2>/dev/null))"
done
if [ -z "$left" ]; then pass "no process of the sandbox runs"; else fail "still running:$left"; fi
left_mounts="$(grep -F "$STATE/" /proc/mounts || true)"
expect_equal "$left_mounts" "" "no mount of the sandbox is left"
left_loops="$(losetup -a 2>/dev/null | grep -F -e "$STATE" -e puw-sandbox || true)"
expect_equal "$left_loops" "" "no loop device of the sandbox is left"
expect_equal "$(find /sys/fs/cgroup -maxdepth 3 -type d -name "$SUBNET-*" -path '*puw-sandbox*' 2>/dev/null)" "" \
  "no cgroup of the sandbox is left"
trees_after="$(ls "${PUW_SANDBOX_CACHE:-/var/cache/puw-sandbox}/trees" 2>/dev/null | grep -cv '\.log$' || true)"
expect_equal "$trees_after" "$trees_before" "the cached tree stays for the next up"
listeners="$(ss -Hlntu | awk '{print $5}' | grep -E "^${SUBNET//./\\.}\\.1[012]:" || true)"
if [ -z "$listeners" ]; then pass "nothing listens on $SUBNET.10-12"; else fail "still listening: $listeners"; fi
if [ ! -e "$STATE" ]; then pass "the state folder is gone"; else fail "$STATE still exists"; fi
out="$("$SANDBOX" status 2>&1 || true)"
expect_contains "$out" "down" "status says down"
finish
