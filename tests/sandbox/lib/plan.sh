# The plan files describing the sandbox to the wizard, and the secrets file next to them. Sourced by `sandbox`.
# shellcheck shell=bash

write_secrets() {
  local file="$SANDBOX_DIR/secrets.env"
  if [ ! -s "$file" ]; then
    local password
    password="$(random_secret)"
    umask 077
    {
      echo "# Secrets of the sandbox world (the plan names these variables; it never holds a secret)."
      echo "export PUW_SANDBOX_SSH_PASSWORD=$password"
      echo "export PUW_SANDBOX_SUDO_PASSWORD=$password"
      echo "export PUW_SANDBOX_DB_PASSWORD=$(random_secret)"
    } >"$file"
    umask 022
  fi
  # shellcheck source=/dev/null
  . "$file"
}

# One plan per route kind: plan.json (nginx, the default) and plan-dns.json.
write_plans() {
  local key="$SANDBOX_DIR/keys/upgrader_ed25519"
  local admin_user=root
  [ "$DB_ENGINE" != postgresql ] || admin_user=postgres
  local nginx_route dns_route
  nginx_route="$(
    cat <<JSON
{"kind": "nginx", "publicUrl": "http://$PROXY_ADDRESS:$PUBLIC_PORT/",
              "proxy": {"address": "$PROXY_ADDRESS", "port": 22, "user": "upgrader", "identityFile": "$key"},
              "upstreamFile": "$UPSTREAM_FILE"$(canary_member)}
JSON
  )"
  dns_route="$(
    cat <<JSON
{"kind": "dns", "publicUrl": "http://$DNS_NAME:$APP_PORT/", "dnsName": "$DNS_NAME",
              "resolver": "$PROXY_ADDRESS", "resolverPort": 53}
JSON
  )"
  if [ "${SANDBOX_APP:-demo}" = openboxes ]; then
    write_plan "$SANDBOX_DIR/plan.json" "$nginx_route" openboxes "$(openboxes_variables)"
    write_plan "$SANDBOX_DIR/plan-dns.json" "$dns_route" openboxes "$(openboxes_variables)"
    return 0
  fi
  if [ "${SANDBOX_APP:-demo}" = parsec ]; then
    write_plan "$SANDBOX_DIR/plan.json" "$nginx_route" parsec "$(parsec_variables)"
    write_plan "$SANDBOX_DIR/plan-dns.json" "$dns_route" parsec "$(parsec_variables)"
    return 0
  fi
  write_plan "$SANDBOX_DIR/plan.json" "$nginx_route" demo "$(demo_variables "$admin_user")"
  write_plan "$SANDBOX_DIR/plan-dns.json" "$dns_route" demo "$(demo_variables "$admin_user")"
  local recipe=systemd-postgresql
  [ "$DB_ENGINE" = postgresql ] || recipe=systemd-mysql
  write_plan "$SANDBOX_DIR/plan-$recipe.json" "$nginx_route" "$recipe" "$(systemd_variables)"
  write_plan "$SANDBOX_DIR/plan-dns-$recipe.json" "$dns_route" "$recipe" "$(systemd_variables)"
}

# The shared-database world's step 9 is a canary through nginx: weights moving 10% -> 50% -> 100% of the
# requests to new, each stage held 15 s and judged on new's answers in the access log (at least 5 of them;
# more than 2% errors or a p95 above 2 s rolls back to 0%). The default world routes all at once.
canary_member() {
  [ "${SHARED_DB:-no}" = yes ] || return 0
  printf ',\n              "canary": {"stages": [10, 50, 100], "holdSeconds": 15, "maxErrorRate": 0.02,'
  printf ' "maxP95LatencyMs": 2000, "minRequests": 5}'
}

# The plan's database section: only the shared-database world has one (old's server serves both hosts, so
# there is no dump, restore or count to make on new).
database_member() {
  [ "${SHARED_DB:-no}" = yes ] || return 0
  printf '\n    "database": {"shared": true},'
}

# The demo recipe's variables (only ones it declares: binding refuses others).
demo_variables() {
  cat <<JSON
        "install_dir": "/opt/demo",
        "app_binary": "/opt/demo/bin/demo-app",
        "unit": "demo",
        "config_dir": "/etc/demo",
        "config_file": "/etc/demo/demo.conf",
        "log_file": "/var/log/demo/demo.log",
        "app_port": "$APP_PORT",
        "db_engine": "$DB_ENGINE",
        "db_name": "demo",
        "db_user": "demo",
        "db_port": "$(db_port)",
        "db_admin_user": "$1",
        "migration_table": "schema_migration"
JSON
}

# The same world seen through a generic systemd recipe: the unit, the database on each host's own address
# (as the application's user; in the shared-database world old's address for both), the health URL and the
# configuration file.
systemd_variables() {
  local db_host="{{host_address}}"
  [ "${SHARED_DB:-no}" = no ] || db_host="$OLD_ADDRESS"
  cat <<JSON
        "unit": "demo",
        "db_name": "demo",
        "db_user": "demo",
        "db_host": "$db_host",
        "db_port": "$(db_port)",
        "app_port": "$APP_PORT",
        "upstream_name": "demo_backend",
        "health_url": "http://{{host_address}}:$APP_PORT/health",
        "config_file": "/etc/demo/demo.conf"
JSON
}

write_plan() {
  local file="$1" route="$2" recipe="$3" variables="$4"
  local key="$SANDBOX_DIR/keys/upgrader_ed25519"
  cat >"$file" <<JSON
{
    "format": 1,
    "name": "sandbox ($recipe, $DB_ENGINE$([ "${SHARED_DB:-no}" = no ] || echo ', shared database'))",
    "recipe": "$recipe",
    "old": {"address": "$OLD_ADDRESS", "port": 22, "user": "upgrader", "identityFile": "$key"},
    "new": {"address": "$NEW_ADDRESS", "port": 22, "user": "upgrader", "identityFile": "$key"},
    "route": $route,$(database_member)
    "knownHosts": "$SANDBOX_DIR/known_hosts",
    "variables": {
$variables
    },
    "secretEnvironment": {
        "ssh-password": "PUW_SANDBOX_SSH_PASSWORD",
        "sudo-password": "PUW_SANDBOX_SUDO_PASSWORD",
        "db-password": "PUW_SANDBOX_DB_PASSWORD"
    }
}
JSON
}

# Lets the user who ran `sudo sandbox up` read the key, the plans and the secrets.
hand_client_files_to_caller() {
  [ -n "${SUDO_UID:-}" ] || return 0
  chown "$SUDO_UID:$SUDO_GID" "$SANDBOX_DIR/keys" "$SANDBOX_DIR"/keys/* "$SANDBOX_DIR/known_hosts" \
    "$SANDBOX_DIR"/plan*.json "$SANDBOX_DIR/secrets.env"
}
