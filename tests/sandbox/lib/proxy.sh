# The proxy machine: Debian's nginx routing the public port to the old machine's app, and Debian's dnsmasq
# answering the app's name with the old machine's address, both as their own systemd units. Sourced by `sandbox`.
# shellcheck shell=bash

UPSTREAM_FILE=/etc/nginx/conf.d/demo-upstream.conf
DNS_HOSTS_FILE=/etc/sandbox-dns/hosts

# Before the first boot: the configuration files, and the two units enabled.
prepare_proxy() {
  local etc
  etc="$(machine_root proxy)/etc"
  mkdir -p "$etc/nginx/conf.d" "$etc/sandbox-dns" "$etc/dnsmasq.d"
  cat >"$etc/nginx/nginx.conf" <<CONF
# nginx on the sandbox proxy: the public port of the demo application.
user www-data;
worker_processes 1;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;

events {
    worker_connections 256;
}

http {
$(access_log_lines)
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
  cat >"$etc/dnsmasq.d/sandbox.conf" <<CONF
# dnsmasq on the sandbox proxy: the app's name, nothing else (no upstream resolvers). Logs go to the journal.
listen-address=$PROXY_ADDRESS
bind-interfaces
port=53
no-resolv
no-hosts
addn-hosts=$DNS_HOSTS_FILE
local-ttl=5
log-queries
CONF
  printf '%s\t%s\n' "$OLD_ADDRESS" "$DNS_NAME" >"$etc/sandbox-dns/hosts"
  in_tree proxy systemctl enable nginx.service dnsmasq.service >>"$SANDBOX_DIR/logs/provision-proxy.log" 2>&1 ||
    die "enabling nginx and dnsmasq on the proxy failed: see $SANDBOX_DIR/logs/provision-proxy.log"
}

# nginx's access log. The shared-database world's canary sends a share of the requests to each host and
# watches new's answers, so its lines also name the upstream that answered, its status and the times
# (combined format first, then key=value fields); the default world keeps nginx's combined format.
access_log_lines() {
  if [ "${SHARED_DB:-no}" != yes ]; then
    echo '    access_log /var/log/nginx/access.log;'
    return 0
  fi
  cat <<'CONF'
    log_format canary '$remote_addr - $remote_user [$time_local] "$request" $status $body_bytes_sent '
                      '"$http_referer" "$http_user_agent" upstream=$upstream_addr '
                      'upstream_status=$upstream_status request_time=$request_time '
                      'upstream_time=$upstream_response_time';
    access_log /var/log/nginx/access.log canary;
CONF
}

# After boot: both units answer.
wait_for_proxy() {
  wait_for_port "$PROXY_ADDRESS" "$PUBLIC_PORT" 20 ||
    die "nginx does not answer on $PROXY_ADDRESS:$PUBLIC_PORT" "see 'sandbox logs proxy nginx'"
  wait_for_port "$PROXY_ADDRESS" 53 20 || die "dnsmasq does not answer on $PROXY_ADDRESS:53" "see 'sandbox logs proxy dnsmasq'"
}

# Points the DNS name at a host, as the admin would change the record (dnsmasq rereads it when reloaded).
point_dns_at() {
  local address
  address="$(host_address "$1")"
  printf '%s\t%s\n' "$address" "$DNS_NAME" | in_host proxy tee "$DNS_HOSTS_FILE" >/dev/null
  in_host proxy systemctl reload dnsmasq.service
}
