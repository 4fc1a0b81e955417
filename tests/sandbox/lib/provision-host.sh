#!/usr/bin/env bash
# Runs inside a sandbox host as root (through nsenter): creates the log-in user and, on app hosts, the
# application's service user and folders. Usage: provision-host.sh ROLE PASSWORD PUBLIC_KEY
set -euo pipefail

role="$1"
password="$2"
public_key="$3"

id upgrader >/dev/null 2>&1 || useradd --create-home --shell /bin/bash --user-group upgrader
echo "upgrader:$password" | chpasswd
install -d -o upgrader -g upgrader -m 700 /home/upgrader/.ssh
printf '%s\n' "$public_key" >/home/upgrader/.ssh/authorized_keys
chown upgrader:upgrader /home/upgrader/.ssh/authorized_keys
chmod 600 /home/upgrader/.ssh/authorized_keys
chmod 440 /etc/sudoers.d/upgrader
visudo -cq

if [ "$role" = app ]; then
  id demo >/dev/null 2>&1 ||
    useradd --system --home-dir /var/lib/demo --no-create-home --shell /usr/sbin/nologin --user-group demo
  install -d -o demo -g demo -m 750 /var/lib/demo
  install -d -o demo -g demo -m 755 /var/log/demo /run/demo
  chown root:demo /etc/demo /etc/demo/demo.conf
  chmod 750 /etc/demo
  chmod 640 /etc/demo/demo.conf
  install -d -o mysql -g adm -m 2750 /var/log/mysql
fi
