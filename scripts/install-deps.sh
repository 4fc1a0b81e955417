#!/usr/bin/env bash
# Installs every Debian 12 package the project needs to build, test and run its demo.
# Idempotent: apt-get skips what is already there. Uses sudo when not run as root.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git clang-format python3
  libgit2-dev
  # Qt 6.4 and its tools, SQL drivers and platform plugins
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libqt6sql6-mysql qt6-qpa-plugins libgl-dev
  # Qt's own catalogues (standard buttons and dialogs in French and German)
  qt6-translations-l10n
  # ssh and secrets
  libssh-dev qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus dbus-x11
  # tests
  libgtest-dev libgmock-dev googletest
  # the Ansible export: its YAML read back, its playbooks checked by ansible-playbook --syntax-check
  python3-yaml ansible
  openssh-server openssh-client sudo util-linux procps psmisc iproute2 curl
  postgresql postgresql-client mariadb-server mariadb-client
  nginx-light dnsmasq-base bind9-dnsutils
  # the sandbox's machines: Debian trees built by mmdebstrap, booted by systemd-nspawn
  systemd-container mmdebstrap
  xvfb xauth poppler-utils sqlite3
  # packaging checks
  desktop-file-utils appstream dpkg-dev file man-db
)

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
# Services must not start on install: the sandbox starts its own instances.
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
  $SUDO chmod 755 /usr/sbin/policy-rc.d
  remove_policy=1
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-deps: installing ${#missing[@]} package(s): ${missing[*]}"
  $SUDO apt-get update
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "install-deps: every package is already installed"
fi

if [ "${remove_policy:-0}" = 1 ]; then
  $SUDO rm -f /usr/sbin/policy-rc.d
fi
