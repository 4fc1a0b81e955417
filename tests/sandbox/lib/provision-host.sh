#!/usr/bin/env bash
# Runs inside a machine's tree before its first boot (systemd-nspawn --pipe, as root): its name, its sshd on
# its own address, the log-in user with its key, password and sudo rule.
# Usage: provision-host.sh NAME ADDRESS SUDO PASSWORD PUBLIC_KEY OTHER_HOSTS...
# SUDO: password, nopassword, or global-password (a password, and sudo's credentials cached for the whole
# log-in, timestamp_type=global, as some admins set it: a later sudo -S in that log-in reads no password).
set -euo pipefail

name="$1"
address="$2"
sudo_kind="$3"
password="$4"
public_key="$5"
shift 5

echo "sandbox-$name" >/etc/hostname
{
  printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n'
  printf '%s\n' "$@"
} >/etc/hosts

cat >/etc/ssh/sshd_config.d/sandbox.conf <<CONF
# The sandbox machine "$name": its own address on the shared loopback network.
ListenAddress $address:22
PasswordAuthentication yes
PermitRootLogin no
MaxStartups 100:30:200
MaxSessions 50
CONF

id upgrader >/dev/null 2>&1 || useradd --create-home --shell /bin/bash --user-group upgrader
echo "upgrader:$password" | chpasswd
install -d -o upgrader -g upgrader -m 700 /home/upgrader/.ssh
printf '%s\n' "$public_key" >/home/upgrader/.ssh/authorized_keys
chown upgrader:upgrader /home/upgrader/.ssh/authorized_keys
chmod 600 /home/upgrader/.ssh/authorized_keys

defaults='Defaults:upgrader lecture=never'
case "$sudo_kind" in
  nopassword) rule='upgrader ALL=(ALL:ALL) NOPASSWD: ALL' ;;
  global-password)
    rule='upgrader ALL=(ALL:ALL) ALL'
    defaults="$defaults, timestamp_type=global"
    ;;
  *) rule='upgrader ALL=(ALL:ALL) ALL' ;;
esac
printf '# sandbox: %s\n%s\n%s\n' "$name" "$defaults" "$rule" >/etc/sudoers.d/upgrader
chmod 440 /etc/sudoers.d/upgrader
visudo -cq
