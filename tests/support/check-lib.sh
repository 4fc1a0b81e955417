# The checks shared by the shell tests (sandbox, e2e, package): each check prints one line, failures are
# counted, and `finish` turns them into the exit status. Sourced, never run.
# shellcheck shell=bash

# shellcheck disable=SC2034 # used by the tests that source this file
SKIP=77 # ctest's SKIP_RETURN_CODE for these tests
failures=0

fail() {
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}
pass() { printf 'ok: %s\n' "$*"; }

# A missing prerequisite: a skip on a developer's machine, a failure in CI.
missing() {
  case "${CI:-}" in
    true | 1)
      printf 'FAIL: missing prerequisite in CI: %s\n' "$*" >&2
      exit 1
      ;;
  esac
  printf 'SKIP: missing prerequisite: %s\n' "$*" >&2
  exit "$SKIP"
}

# Checks $1 (actual) contains $2; $3 describes it.
expect_contains() {
  if grep -qF -- "$2" <<<"$1"; then pass "$3"; else fail "$3: expected '$2' in: $1"; fi
}

expect_equal() {
  if [ "$1" = "$2" ]; then pass "$3"; else fail "$3: expected '$2', got '$1'"; fi
}

# The exit status: 1 when any check failed.
finish() {
  if [ "$failures" -gt 0 ]; then
    printf '%d check(s) failed\n' "$failures" >&2
    exit 1
  fi
  echo "all checks passed"
}
