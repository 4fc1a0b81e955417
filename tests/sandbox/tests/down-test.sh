#!/usr/bin/env bash
# Takes the sandbox down and proves it leaves nothing: none of its processes runs, nothing listens on its
# addresses, its state folder is gone. The cleanup of the ctest fixture. Usage: down-test.sh
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
pids=""
[ -d "$STATE/hosts" ] && pids="$("$SANDBOX" pids | tr '\n' ' ')"
echo "processes of the sandbox before down: ${pids:-none}"

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
listeners="$(ss -Hlntu | awk '{print $5}' | grep -E "^${SUBNET//./\\.}\\.1[012]:" || true)"
if [ -z "$listeners" ]; then pass "nothing listens on $SUBNET.10-12"; else fail "still listening: $listeners"; fi
if [ ! -e "$STATE" ]; then pass "the state folder is gone"; else fail "$STATE still exists"; fi
out="$("$SANDBOX" status 2>&1 || true)"
expect_contains "$out" "down" "status says down"
finish
