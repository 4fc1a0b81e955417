# The Parsec world (`sandbox up --app parsec`): old and new run Debian's docker.io and docker-compose (v1, the
# only one bookworm has); the compose project in /opt/parsec runs a PostgreSQL service (data in a named
# volume) and the parsec-server stand-in, v2.15.0 on old (migrated, seeded, serving) and v2.16.0 on new (its
# database service running with an empty database, the server not started). The login user needs sudo (with
# the password) for docker on old and is in the docker group on new. nginx on the proxy fronts the server.
# Sourced by `sandbox`.
# shellcheck shell=bash
# shellcheck disable=SC2034 # constants and settings the other files read

# Beyond the base: docker and compose for old and new, nginx and dnsmasq for the proxy.
PARSEC_TREE_PACKAGES=(docker.io docker-compose nginx-light dnsmasq)
PARSEC_DIR=/opt/parsec
PARSEC_COMPOSE_FILE=$PARSEC_DIR/parsec-server.docker.yaml
PARSEC_PORT=6777

# systemd-nspawn lets dockerd run only without its seccomp filter and with every capability. /var/lib/docker
# is a tmpfs of the machine's own (overlay2 cannot stack on the machine's overlay; on a folder of this disk,
# removing its layers at `down` took up to a minute): it goes with the machine, and the images come back
# from the cache at the next `up` in a few seconds.
parsec_nspawn_options() {
  NSPAWN_ENVIRONMENT=(SYSTEMD_SECCOMP=0)
  NSPAWN_EXTRA_OPTIONS=(--capability=all)
  local name
  for name in old new; do
    NSPAWN_MACHINE_OPTIONS[$name]="--tmpfs=/var/lib/docker:mode=711"
  done
}

# Before the first boot: docker's settings, the compose project, the login user's docker access.
prepare_parsec() {
  local name="$1" tag="$2"
  local root address
  root="$(machine_root "$name")"
  address="$(host_address "$name")"
  install -d -m 755 "$root/etc/docker"
  # The machine shares this one's network: docker must not touch its firewall or make a bridge.
  printf '{"iptables": false, "bridge": "none", "ip-forward": false, "ip-masq": false}\n' >"$root/etc/docker/daemon.json"
  install -d -m 755 "$root$PARSEC_DIR"
  install -d -m 700 "$root$PARSEC_DIR/secrets" "$root$PARSEC_DIR/tls"
  write_parsec_compose_file "$address" "$tag" >"$root$PARSEC_COMPOSE_FILE"
  printf '# The database service: its account and database (made at its first start).\nPOSTGRES_USER=parsec\nPOSTGRES_PASSWORD=%s\nPOSTGRES_DB=parsec\n' \
    "$PUW_SANDBOX_DB_PASSWORD" >"$root$PARSEC_DIR/parsec-db.env"
  write_parsec_server_env "$name" >"$root$PARSEC_DIR/parsec-server.env"
  if [ "$name" = old ]; then
    printf '%s\n' "$PUW_SANDBOX_PARSEC_ADMIN_TOKEN" >"$root$PARSEC_DIR/secrets/administration-token"
    head -c 32 /dev/urandom | base64 >"$root$PARSEC_DIR/secrets/sse-key"
    printf -- '-----BEGIN CERTIFICATE-----\nsandbox certificate of %s\n-----END CERTIFICATE-----\n' "$DNS_NAME" >"$root$PARSEC_DIR/tls/server.crt"
    printf -- '-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n' "$(random_secret)" >"$root$PARSEC_DIR/tls/server.key"
    chmod 600 "$root$PARSEC_DIR/secrets/administration-token" "$root$PARSEC_DIR/tls/server.key"
    chmod 400 "$root$PARSEC_DIR/secrets/sse-key"
    chmod 644 "$root$PARSEC_DIR/tls/server.crt"
  fi
  chmod 644 "$root$PARSEC_COMPOSE_FILE"
  chmod 600 "$root$PARSEC_DIR/parsec-db.env" "$root$PARSEC_DIR/parsec-server.env"
  stage_parsec_build_contexts "$name" "$tag"
  local group=no
  [ "$name" = old ] || group=yes
  in_tree "$name" bash -s -- "$group" >>"$SANDBOX_DIR/logs/provision-$name.log" 2>&1 <<'SCRIPT' ||
set -euo pipefail
# On new the login user reaches the docker socket itself; on old only through sudo.
if [ "$1" = yes ]; then usermod -aG docker upgrader; else gpasswd -d upgrader docker >/dev/null 2>&1 || true; fi
# compose reads the .env files as the user who runs it: the docker group may, others may not.
chgrp docker /opt/parsec/parsec-db.env /opt/parsec/parsec-server.env
chmod 640 /opt/parsec/parsec-db.env /opt/parsec/parsec-server.env
systemctl enable docker.service containerd.service
SCRIPT
    die "preparing docker on $name failed: see $SANDBOX_DIR/logs/provision-$name.log"
}

# The proxy runs no docker.
prepare_parsec_proxy() {
  in_tree proxy systemctl disable docker.service docker.socket containerd.service >>"$SANDBOX_DIR/logs/provision-proxy.log" 2>&1 ||
    die "disabling docker on the proxy failed: see $SANDBOX_DIR/logs/provision-proxy.log"
}

write_parsec_compose_file() {
  local address="$1" tag="$2"
  cat <<YAML
# Parsec's server as its hosting guide deploys it, on this host's own address (network_mode: host).
services:
  postgres:
    image: $PARSEC_DB_IMAGE
    restart: always
    network_mode: host
    env_file: parsec-db.env
    environment:
      POSTGRES_LISTEN: "$address"
    volumes:
      - parsec-db:/var/lib/postgresql/data
      - parsec-db-socket:/run/postgresql
    healthcheck:
      test: ["CMD", "pg_isready", "-q", "-h", "/run/postgresql"]
      interval: 2s
      retries: 30

  parsec-server:
    image: $PARSEC_SERVER_IMAGE:$tag
    restart: always
    network_mode: host
    env_file: parsec-server.env
    environment:
      PARSEC_HOST: "$address"
    volumes:
      - parsec-db-socket:/run/postgresql
      - ./secrets:/run/secrets:ro
    depends_on:
      - postgres

volumes:
  parsec-db:
  parsec-db-socket:
YAML
}

# The server's settings. The database is reached through the socket the two containers share, so the same
# PARSEC_DB works on both hosts. Old has the values its admin customised; new has what a fresh install has.
write_parsec_server_env() {
  echo "# parsec-server settings (see Parsec's hosting guide)"
  echo "PARSEC_DB=postgresql://parsec:$PUW_SANDBOX_DB_PASSWORD@/parsec?host=/run/postgresql"
  echo "PARSEC_PORT=$PARSEC_PORT"
  echo "PARSEC_SERVER_ADDR=parsec3://$PROXY_ADDRESS:$PUBLIC_PORT"
  echo "PARSEC_BLOCKSTORE=POSTGRESQL"
  echo "PARSEC_ADMINISTRATION_TOKEN=$PUW_SANDBOX_PARSEC_ADMIN_TOKEN"
  if [ "$1" = old ]; then
    echo "# customised by the admin on 2024-03-02"
    echo "PARSEC_EMAIL_SENDER=Bäckerei Müller <parsec@baeckerei.test>"
    echo "PARSEC_ORGANIZATION_INITIAL_ACTIVE_USERS_LIMIT=50"
    echo "PARSEC_LOG_LEVEL=DEBUG"
  else
    echo "PARSEC_LOG_LEVEL=WARNING"
  fi
}

# docker-compose in the project folder, as root inside the machine.
parsec_compose() {
  local name="$1"
  shift
  # shellcheck disable=SC2016 # the inner shell's own arguments
  in_host "$name" sh -c 'cd "$1" && shift && exec docker-compose -f "$@"' compose "$PARSEC_DIR" "$PARSEC_COMPOSE_FILE" "$@"
}

# SQL as postgres inside the database container (peer on its socket).
parsec_sql() { parsec_compose "$1" exec -T -u postgres postgres psql -X -q -At -v ON_ERROR_STOP=1 -h /run/postgresql parsec; }

wait_for_docker() {
  local name="$1" waited=0
  until in_host "$name" docker info >/dev/null 2>&1; do
    [ "$waited" -lt 300 ] || die "docker does not answer on $name" "see 'sandbox logs $name docker'"
    sleep 0.2
    waited=$((waited + 1))
  done
}

wait_for_parsec_db() {
  local name="$1" waited=0
  until parsec_compose "$name" exec -T postgres pg_isready -q -h /run/postgresql >/dev/null 2>&1 &&
    echo 'SELECT 1' | parsec_sql "$name" >/dev/null 2>&1; do
    [ "$waited" -lt 150 ] || die "the postgres service on $name does not answer" "see 'sandbox shell $name docker-compose -f $PARSEC_COMPOSE_FILE logs postgres'"
    sleep 0.4
    waited=$((waited + 1))
  done
}

# After boot, on old or new: images, then the database service; on old also the migrations, the seed and
# the server.
start_parsec() {
  local name="$1" tag="$2" base="$3" rows="$4"
  local log="$SANDBOX_DIR/logs/compose-$name.log"
  wait_for_docker "$name"
  install_parsec_images "$name" "$tag" "$base"
  parsec_compose "$name" up -d postgres >>"$log" 2>&1 || die "docker-compose up postgres failed on $name: see $log"
  wait_for_parsec_db "$name"
  [ "$name" = old ] || return 0
  parsec_compose old run --rm parsec-server migrate >"$SANDBOX_DIR/logs/migrate-old.log" 2>&1 ||
    die "migrating the old database failed: see $SANDBOX_DIR/logs/migrate-old.log"
  ! grep -q '✘' "$SANDBOX_DIR/logs/migrate-old.log" || die "a migration failed on old: see $SANDBOX_DIR/logs/migrate-old.log"
  say "seeding the old database with about $rows rows"
  seed_parsec "$rows" | parsec_sql old >>"$SANDBOX_DIR/logs/seed.log" 2>&1 ||
    die "seeding the database on old failed: see $SANDBOX_DIR/logs/seed.log"
  parsec_compose old up -d parsec-server >>"$log" 2>&1 || die "docker-compose up parsec-server failed on old: see $log"
  wait_for_port "$OLD_ADDRESS" "$PARSEC_PORT" 30 || die "parsec-server on old does not answer on port $PARSEC_PORT" \
    "see 'sandbox shell old docker-compose -f $PARSEC_COMPOSE_FILE logs parsec-server'"
}

# The seed: one organisation, users (user 1 with a 4-byte character in its name), devices, realms and
# blocks with their data (block 1 holds all 256 byte values); N rows over the tables.
seed_parsec() {
  local rows="$1" users realms blocks
  users=$((rows / 10 > 5 ? rows / 10 : 5))
  realms=$((rows / 50 > 2 ? rows / 50 : 2))
  blocks=$(((rows - 1 - 3 * users - realms) / 2))
  [ "$blocks" -ge 5 ] || blocks=5
  cat <<SQL
BEGIN;
INSERT INTO organization (organization_id, bootstrap_token) VALUES ('BaeckereiMueller', md5('sandbox'));
INSERT INTO human (organization, email, label)
  SELECT 1, 'user' || i || '@baeckerei.test', CASE WHEN i = 1 THEN 'Émilie 🍰 Crème-Brûlée' ELSE 'Nutzer Nr. ' || i END
  FROM generate_series(1, $users) AS i;
INSERT INTO user_ (organization, user_id, profile, created_on, human)
  SELECT 1, 'user' || i, CASE WHEN i = 1 THEN 'ADMIN' ELSE 'STANDARD' END, now() - i * interval '1 hour', i
  FROM generate_series(1, $users) AS i;
INSERT INTO device (user_, device_name, verify_key)
  SELECT i, 'laptop', sha256(('key' || i)::bytea) FROM generate_series(1, $users) AS i;
INSERT INTO realm (organization, realm_id, encryption_revision)
  SELECT 1, md5('realm' || i)::uuid, 1 FROM generate_series(1, $realms) AS i;
INSERT INTO block (realm, block_id, author, size, created_on)
  SELECT 1 + i % $realms, md5('block' || i)::uuid, 1 + i % $users, 256 + i % 1024, now() - i * interval '1 minute'
  FROM generate_series(1, $blocks) AS i;
INSERT INTO block_data (block, data) VALUES (1, decode('$(printf '%02x' $(seq 0 255))', 'hex'));
INSERT INTO block_data (block, data)
  SELECT i, decode(repeat(md5('data' || i), 8 + i % 32), 'hex') FROM generate_series(2, $blocks) AS i;
UPDATE block b SET size = length(d.data) FROM block_data d WHERE d.block = b._id;
COMMIT;
SQL
}

wait_until_parsec_answers() {
  local waited=0
  until http_answers "http://$OLD_ADDRESS:$PARSEC_PORT/" && http_answers "http://$PROXY_ADDRESS:$PUBLIC_PORT/version"; do
    [ "$waited" -lt 100 ] || die "parsec-server does not answer / through nginx" "see 'sandbox shell old docker logs parsec_parsec-server_1'"
    sleep 0.2
    waited=$((waited + 1))
  done
}

# The parsec recipe's variables for this world (only ones it declares: binding refuses others).
parsec_variables() {
  cat <<JSON
        "project_dir": "$PARSEC_DIR",
        "compose_file": "$PARSEC_COMPOSE_FILE",
        "server_image": "$PARSEC_SERVER_IMAGE",
        "db_service": "postgres",
        "db_name": "parsec",
        "db_user": "parsec",
        "app_port": "$PARSEC_PORT",
        "upstream_name": "demo_backend"
JSON
}
