#!/usr/bin/env bash
# Brings the sandbox up for a test run (the ctest fixture's setup). Usage: up-test.sh
# postgresql|mariadb|parsec|openboxes (parsec: the Parsec world, `up --app parsec`, with PostgreSQL in a
# container; openboxes: the OpenBoxes world, Tomcat and MariaDB).
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
up() {
  case "${1:?usage: up-test.sh postgresql|mariadb|parsec|openboxes}" in
    parsec) "$SANDBOX" up --app parsec ;;
    openboxes) "$SANDBOX" up --app openboxes ;;
    *) "$SANDBOX" up --db "$1" ;;
  esac
}
started=$SECONDS
# Seen a few times right after another world's down: the boot ended within 2 s without a word. What the
# machines' consoles said is kept in the output, then the world is made again once.
if ! up "$1"; then
  echo "up failed after $((SECONDS - started)) s; the consoles' last lines:"
  for console in "$STATE"/machines/*/console.log; do
    [ -f "$console" ] && { echo "-- $console"; tail -n 8 "$console"; }
  done
  "$SANDBOX" down || true
  started=$SECONDS
  up "$1"
  echo "the second up worked"
fi
echo "up took $((SECONDS - started)) s"
"$SANDBOX" status
