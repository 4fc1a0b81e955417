#!/bin/sh
# Runs a command against a private, unlocked Secret Service, e.g. a GUI or end-to-end test, or the app:
#     tests/support/with-keyring.sh ./build/app/parallel-upgrade --plan plan.json
# The command gets its own D-Bus session bus (dbus-run-session) with gnome-keyring-daemon unlocked by a
# non-empty password (an empty one leaves the keyring unusable), and HOME and the XDG folders in a
# temporary folder removed afterwards, so the user's own keyring is never touched.
# C++ suites can use puw::test::KeyringSession (KeyringSession.h) instead, which works under
# gtest_discover_tests without a wrapper.
set -eu

if [ "$#" -eq 0 ]; then
    echo "usage: $0 command [argument...]" >&2
    exit 2
fi
for program in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$program" >/dev/null 2>&1; then
        echo "$0: $program is not installed (Debian packages dbus, gnome-keyring)" >&2
        exit 127
    fi
done

dir=$(mktemp -d /tmp/puw-keyring.XXXXXX)
trap 'rm -rf "$dir"' EXIT INT TERM
mkdir -p "$dir/home/.local/share" "$dir/home/.config" "$dir/home/.cache" "$dir/runtime"
chmod 700 "$dir/runtime"

export HOME="$dir/home"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$dir/runtime"
export PUW_KEYRING_PASSWORD="${PUW_KEYRING_PASSWORD:-puw-test-keyring}"
# A KDE session would make QtKeychain prefer KWallet.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION

status=0
dbus-run-session -- sh -c '
    printf "%s" "$PUW_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    unset PUW_KEYRING_PASSWORD
    exec "$@"' with-keyring "$@" || status=$?
exit "$status"
