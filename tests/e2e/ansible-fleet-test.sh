#!/usr/bin/env bash
# Two sandbox worlds on two subnets as one Ansible fleet, exported from one inventory of their two plans
# (`--export-ansible --inventory`), cut over one installation at a time (`--ansible-serial 1`):
# - both rehearse, then both are upgraded: each proxy serves version 2, each new's rows and content
#   checksums equal its old's, each old stays stopped; rollback.yml brings both back to version 1;
# - with region B broken on purpose (its version 2 fails a migration), the cutover upgrades A in the first
#   batch and fails B in the second (a failure stops the batches after it: with serial 1 Ansible ends a play
#   whose whole batch failed, whatever max_fail_percentage says), and `rollback.yml --limit region-b` brings
#   B's version 1 back with its data as it was, A staying on version 2.
# Each world has secrets of its own: B's plan names other environment variables for them.
set -euo pipefail
# shellcheck source=../sandbox/tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../sandbox/tests/test-lib.sh"
db=postgresql
# shellcheck source=e2e-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/e2e-lib.sh"
e2e_setup
command -v ansible-playbook >/dev/null || missing "ansible-playbook (Debian's ansible)"

# World A is the fixture's world; world B gets the subnet 100 further on and a state folder of its own.
state_a="$STATE" subnet_a="$SUBNET"
state_b="$STATE-fleet-b" subnet_b="${SUBNET%.*}.$(((${SUBNET##*.} + 100) % 256))"
in_b() { STATE="$state_b" SUBNET="$subnet_b" PUW_SANDBOX_DIR="$state_b" PUW_SANDBOX_SUBNET="$subnet_b" "$@"; }
down_b() { in_b "$SANDBOX" down >/dev/null 2>&1 || true; }
trap 'down_b; rm -rf "$session"' EXIT

echo "== two fresh worlds: A on $subnet_a, B on $subnet_b"
e2e_fresh_world postgresql
down_b
in_b "$SANDBOX" up --db postgresql >/dev/null 2>&1 || in_b "$SANDBOX" up --db postgresql >/dev/null ||
  fail "sandbox up of world B failed"
sudo_a="$PUW_SANDBOX_SUDO_PASSWORD"
sudo_b="$(. "$state_b/secrets.env" && echo "$PUW_SANDBOX_SUDO_PASSWORD")"
[ "$sudo_a" != "$sudo_b" ] || fail "the two worlds share a secret"
# B's secrets under names of their own, as the plan of a second installation would name them.
eval "$(sed -n 's/^export PUW_SANDBOX_/export PUW_FLEET_B_/p' "$state_b/secrets.env")"
at_a() { PUW_SANDBOX_SUDO_PASSWORD="$sudo_a" "$@"; }
at_b() { PUW_SANDBOX_SUDO_PASSWORD="$sudo_b" in_b "$@"; }
version_of() { curl -fsS --max-time 5 "http://$(address_of proxy):8080/version" 2>/dev/null || echo unreachable; }

python3 - "$state_a/plan.json" "$state_b/plan.json" "$session" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
a["name"], b["name"] = "Region A", "Region B"
b["secretEnvironment"] = {k: v.replace("PUW_SANDBOX_", "PUW_FLEET_B_") for k, v in b["secretEnvironment"].items()}
for name, plan in (("plan-a.json", a), ("plan-b.json", b)):
    json.dump(plan, open(f"{sys.argv[3]}/{name}", "w"))
json.dump({"plans": ["plan-a.json", "plan-b.json"]}, open(f"{sys.argv[3]}/fleet.json", "w"))
PY
before_a="$(at_a data_fingerprint old)"
before_b="$(at_b data_fingerprint old)"

echo "== the export of the fleet"
export_dir="$session/ansible"
out="$("$program" --export-ansible "$export_dir" --inventory "$session/fleet.json" --ansible-serial 1 2>&1)" ||
  fail "the export failed: $out"
for name in region-a region-b; do
  grep -q "^ *$name:" "$export_dir/inventory.yml" && pass "the inventory holds $name" ||
    fail "the inventory has no $name: $(cat "$export_dir/inventory.yml")"
  [ -s "$export_dir/installations/$name/cutover.yml" ] && pass "$name has its own cutover tasks" ||
    fail "no installations/$name/cutover.yml"
done
for secret in "$sudo_a" "$sudo_b" "$PUW_SANDBOX_DB_PASSWORD" "$PUW_FLEET_B_DB_PASSWORD"; do
  if grep -rqF -- "$secret" "$export_dir"; then fail "a secret of a world is in the export"; fi
done
pass "no secret of either world is in the export"

acks=(-e puw_ack_config_merge=true -e puw_ack_server_guard=true -e puw_ack_row_counts=true
  -e puw_ack_database_check=true)
playbook() { # playbook LOG FILE [ARGS...]: ansible-playbook in the export, its output in the session
  local log="$session/$1"
  shift
  (cd "$export_dir" && ansible-playbook "$@") >"$log" 2>&1
}
recap_of() { grep -E "^$1 +:" "$session/$2" || echo "no recap for $1"; }

echo "== rehearsal.yml on both, then cutover.yml one installation at a time"
playbook rehearsal.log rehearsal.yml "${acks[@]}" || fail "the rehearsal failed: $(tail -n 30 "$session/rehearsal.log")"
playbook cutover.log cutover.yml "${acks[@]}" || fail "the cutover failed: $(tail -n 30 "$session/cutover.log")"
for world in a b; do
  before="before_$world"
  expect_contains "$("at_$world" version_of)" '"version":"2.' "region $world's proxy serves version 2"
  expect_equal "$("at_$world" data_fingerprint new)" "${!before}" "region $world's new rows and checksums equal its old's"
  expect_equal "$("at_$world" as_root old 'systemctl is-enabled demo' || true)" disabled "region $world's old stays stopped"
done
playbook rollback.log rollback.yml || fail "the rollback of both failed: $(tail -n 30 "$session/rollback.log")"
sleep 1
for world in a b; do
  expect_contains "$("at_$world" version_of)" '"version":"1.0.0"' "the rollback brings region $world's version 1 back"
done

echo "== region B broken on purpose: the cutover upgrades A, fails B; B alone is rolled back"
at_b as_root new "printf '[testing]\nfail_migration=0005_product_review.sql\n' >> /etc/demo/demo.conf"
playbook cutover-broken.log cutover.yml "${acks[@]}" && fail "the cutover succeeded although region B is broken"
expect_contains "$(recap_of region-b cutover-broken.log)" "failed=1" "region B's cutover failed"
expect_contains "$(recap_of region-a cutover-broken.log)" "failed=0" "region A's cutover did not"
expect_contains "$(at_a version_of)" '"version":"2.' "region A is upgraded all the same"
expect_equal "$(at_a data_fingerprint new)" "$before_a" "with region A's rows and checksums"
playbook rollback-b.log rollback.yml --limit region-b ||
  fail "the rollback of region B failed: $(tail -n 30 "$session/rollback-b.log")"
sleep 1
expect_contains "$(at_b version_of)" '"version":"1.0.0"' "rollback.yml --limit region-b brings B's version 1 back"
expect_equal "$(at_b data_fingerprint old)" "$before_b" "with B's data as it was"
expect_contains "$(at_a version_of)" '"version":"2.' "and leaves region A on version 2"
finish
