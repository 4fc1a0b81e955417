#!/usr/bin/env bash
# Brings the sandbox up for a test run (the ctest fixture's setup). Usage: up-test.sh
# postgresql|mariadb|parsec|openboxes (parsec: the Parsec world, `up --app parsec`, with PostgreSQL in a
# container; openboxes: the OpenBoxes world, Tomcat and MariaDB).
set -euo pipefail
# shellcheck source=tests/test-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/test-lib.sh"

require_root
started=$SECONDS
case "${1:?usage: up-test.sh postgresql|mariadb|parsec|openboxes}" in
  parsec) "$SANDBOX" up --app parsec ;;
  openboxes) "$SANDBOX" up --app openboxes ;;
  *) "$SANDBOX" up --db "$1" ;;
esac
echo "up took $((SECONDS - started)) s"
"$SANDBOX" status
