# The proxy host: nginx routing the public port to the old host's app, and dnsmasq answering the app's
# name with the old host's address. Sourced by `sandbox`.
# shellcheck shell=bash

UPSTREAM_FILE=/etc/nginx/conf.d/demo-upstream.conf
DNS_HOSTS_FILE=/etc/sandbox-dns/hosts

prepare_proxy_files() {
  local etc
  etc="$(host_dir proxy)/etc.upper"
  mkdir -p "$etc/nginx/conf.d" "$etc/sandbox-dns"
  cat >"$etc/nginx/nginx.conf" <<'CONF'
# nginx on the sandbox proxy: the public port of the demo application.
user www-data;
worker_processes 1;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;

events {
    worker_connections 256;
}

http {
    access_log /var/log/nginx/access.log;
    default_type text/plain;
    include /etc/nginx/conf.d/demo-upstream.conf;
    include /etc/nginx/conf.d/demo.conf;
}
CONF
  cat >"$etc/nginx/conf.d/demo.conf" <<CONF
# The demo application's public address; the server behind it is in demo-upstream.conf.
server {
    listen $PROXY_ADDRESS:$PUBLIC_PORT;
    location / {
        proxy_pass http://demo_backend;
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$remote_addr;
        proxy_connect_timeout 5s;
    }
}
CONF
  cat >"$etc/nginx/conf.d/demo-upstream.conf" <<CONF
# The installation users are sent to. The upgrade's last step points this at the new host.
upstream demo_backend {
    server $OLD_ADDRESS:$APP_PORT;
}
CONF
  cat >"$etc/sandbox-dns/dnsmasq.conf" <<CONF
# dnsmasq on the sandbox proxy: the app's name, nothing else (no upstream resolvers).
listen-address=$PROXY_ADDRESS
bind-interfaces
port=53
no-resolv
no-hosts
addn-hosts=$DNS_HOSTS_FILE
local-ttl=5
pid-file=/run/dnsmasq.pid
log-facility=/var/log/dnsmasq.log
log-queries
CONF
  printf '%s\t%s\n' "$OLD_ADDRESS" "$DNS_NAME" >"$etc/sandbox-dns/hosts"
}

start_proxy_services() {
  local log="$SANDBOX_DIR/logs/proxy.log"
  in_host proxy nginx -t >>"$log" 2>&1 || die "the nginx configuration is invalid: see $log"
  in_host proxy nginx </dev/null >>"$log" 2>&1 || die "nginx did not start: see $log"
  wait_for_port "$PROXY_ADDRESS" "$PUBLIC_PORT" 10 || die "nginx does not answer on $PROXY_ADDRESS:$PUBLIC_PORT"
  in_host proxy dnsmasq --conf-file=/etc/sandbox-dns/dnsmasq.conf </dev/null >>"$log" 2>&1 ||
    die "dnsmasq did not start: see $log"
  wait_for_port "$PROXY_ADDRESS" 53 10 || die "dnsmasq does not answer on $PROXY_ADDRESS:53"
}

stop_proxy_services() {
  local run
  run="$(host_dir proxy)/run"
  stop_pid "$(cat "$run/nginx.pid" 2>/dev/null || true)" 10
  stop_pid "$(cat "$run/dnsmasq.pid" 2>/dev/null || true)" 5
}

# Points the DNS name at a host, as the admin would change the record (dnsmasq rereads it on SIGHUP).
point_dns_at() {
  local address
  address="$(host_address "$1")"
  in_host proxy sh -c "printf '%s\t%s\n' '$address' '$DNS_NAME' >'$DNS_HOSTS_FILE'"
  kill -HUP "$(cat "$(host_dir proxy)/run/dnsmasq.pid")"
}
