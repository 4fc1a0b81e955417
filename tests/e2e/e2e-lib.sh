# Helpers of the end-to-end tests. Sourced after tests/sandbox/tests/test-lib.sh, with $db set.
# shellcheck shell=bash

# The common start of every end-to-end test: root, the program, sqlite3, the world's secrets and plan, and a
# session folder removed at the end. Sets program, plan and session.
e2e_setup() {
  require_root
  program="${PUW_PROGRAM:?PUW_PROGRAM names the parallel-upgrade binary}"
  command -v sqlite3 >/dev/null || missing "sqlite3 (to read the journal)"
  [ -s "$STATE/secrets.env" ] || missing "the sandbox world is not up in $STATE"
  # shellcheck source=/dev/null
  . "$STATE/secrets.env"
  plan="$STATE/plan.json"
  session="$(mktemp -d)"
  trap 'rm -rf "$session"' EXIT
}

# The program, unattended, on the test's plan and session folder.
run() { "$program" --headless --plan "$plan" --session-dir "$session" "$@" 2>&1; }

# A command as root on a sandbox host (the password sudo wants on old and proxy comes from secrets.env).
as_root() { # as_root HOST SCRIPT
  if [ "$1" = new ]; then ssh_key new "sudo -n sh -c $(printf '%q' "$2")" </dev/null; else
    ssh_key "$1" "sudo -S -p '' sh -c $(printf '%q' "$2")" <<<"$PUW_SANDBOX_SUDO_PASSWORD"
  fi
}
# Per-table row counts and a checksum of every table's content over the columns the old host has
# (version 2's migrations add columns), with the engine's own client.
tables="customer product orders order_line document"
declare -A columns
old_columns() {
  local t="$1"
  if [ "$db" = postgresql ]; then
    as_root old "runuser -u postgres -- psql -d demo -At -c \"SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_name = '$t'\""
  else
    as_root old "mariadb --batch --skip-column-names demo -e \"SELECT group_concat(column_name ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema = 'demo' AND table_name = '$t'\""
  fi
}
data_fingerprint() {
  local sql="" t
  for t in $tables; do
    [ -n "${columns[$t]:-}" ] || columns[$t]="$(old_columns "$t")"
    if [ "$db" = postgresql ]; then
      sql+="SELECT '$t', count(*), md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) FROM (SELECT ${columns[$t]} FROM $t) x;"
    else
      sql+="SELECT '$t', count(*), md5(group_concat(md5(concat_ws('|', ${columns[$t]})) ORDER BY 1)) FROM $t;"
    fi
  done
  if [ "$db" = postgresql ]; then
    as_root "$1" "runuser -u postgres -- psql -d demo -AtF' ' -c \"$sql\""
  else
    as_root "$1" "mariadb --batch --skip-column-names demo -e \"SET SESSION group_concat_max_len = 1073741824; $sql\""
  fi
}

# A fresh world of the given database or application for a test that changes what others expect (it then
# owns the world): down, up (once more if a world powered off a moment ago was still leaving), and its new
# secrets loaded.
e2e_fresh_world() { # e2e_fresh_world postgresql|mariadb|parsec|openboxes [MORE UP OPTIONS...]
  local what=(--db "$1")
  case "$1" in parsec | openboxes) what=(--app "$1") ;; esac
  what+=("${@:2}")
  "$SANDBOX" down >/dev/null 2>&1
  "$SANDBOX" up "${what[@]}" >/dev/null 2>&1 || "$SANDBOX" up "${what[@]}" >/dev/null || fail "sandbox up failed"
  # shellcheck source=/dev/null
  . "$STATE/secrets.env"
}
