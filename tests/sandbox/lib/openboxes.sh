# The OpenBoxes world's machines (`sandbox up --app openboxes`): Debian 12's tomcat10 and MariaDB 10.11 on old
# and new, and a small web application standing in for OpenBoxes (../openboxes-app): 0.8.22 deployed and
# running on old, its database loaded from a MySQL 8 style dump; 0.9.1 deployed on new, Tomcat disabled and
# stopped, the database account made, no database. Sourced by `sandbox`.
# shellcheck shell=bash
# shellcheck disable=SC2034 # constants the other files read

# Beyond the base: Tomcat (its Jasper compiles the application's JSPs: no JDK), the JDBC driver and JNA (for
# the driver's unix socket), MariaDB, zip/unzip, and the proxy's nginx and dnsmasq.
OPENBOXES_TREE_PACKAGES=(tomcat10 libmariadb-java libjna-java mariadb-server mariadb-client zip unzip
  nginx-light dnsmasq)
OPENBOXES_PORT=8080
OPENBOXES_OLD_VERSION=0.8.22
OPENBOXES_NEW_VERSION=0.9.1
CATALINA_BASE=/var/lib/tomcat10
TOMCAT_LOG=/var/log/tomcat10/catalina.out
# A start's length (the migrations' pauses) unless the caller sets it: about a minute with Tomcat's own
# start, where real first starts take 5 to 45 minutes.
OPENBOXES_START_SECONDS="${PUW_SANDBOX_OPENBOXES_START_SECONDS:-50}"

# Before the first boot: the WAR, the .grails files, the uploads, Tomcat's address and drop-in.
prepare_openboxes() {
  local name="$1" major="$2"
  local root version address
  root="$(machine_root "$name")"
  address="$(host_address "$name")"
  version=$OPENBOXES_OLD_VERSION
  [ "$major" = 1 ] || version=$OPENBOXES_NEW_VERSION
  stage_openboxes_war "$root/var/tmp/openboxes-war" "$major" "$version"
  install -d -m 755 "$root$CATALINA_BASE/.grails"
  write_openboxes_yml "$name" >"$root$CATALINA_BASE/.grails/openboxes.yml"
  write_openboxes_properties "$name" >"$root$CATALINA_BASE/.grails/openboxes-config.properties"
  install -d -m 755 "$root/etc/systemd/system/tomcat10.service.d"
  write_tomcat_dropin "$name" >"$root/etc/systemd/system/tomcat10.service.d/override.conf"
  if [ "$name" = old ]; then
    install -d -m 755 "$root$CATALINA_BASE/bin"
    cat >"$root$CATALINA_BASE/bin/setenv.sh" <<'SH'
# Tomcat's settings for OpenBoxes, added by the admin on 2024-03-02 (catalina.sh reads this file).
CATALINA_OPTS="$CATALINA_OPTS -Duser.timezone=UTC -Dfile.encoding=UTF-8 -Dopenboxes.site=baeckerei-mueller"
SH
    write_openboxes_uploads "$root$CATALINA_BASE/uploads"
  fi
  in_tree "$name" bash -s -- "$address" "$name" >>"$SANDBOX_DIR/logs/provision-$name.log" 2>&1 <<'SCRIPT' ||
set -euo pipefail
address=$1
# The WAR, made here from the staged sources with the tree's own JDBC driver and JNA in WEB-INF/lib.
cd /var/tmp/openboxes-war
install -d WEB-INF/lib
cp /usr/share/java/mariadb-java-client.jar /usr/share/java/jna.jar WEB-INF/lib/
rm -f /var/lib/tomcat10/webapps/openboxes.war
zip -q -X /var/lib/tomcat10/webapps/openboxes.war META-INF/MANIFEST.MF
zip -q -X -r /var/lib/tomcat10/webapps/openboxes.war . -x META-INF/MANIFEST.MF
chown tomcat:tomcat /var/lib/tomcat10/webapps/openboxes.war
cd / && rm -rf /var/tmp/openboxes-war
# Tomcat listens on this machine's own address only (the machines share this one's network); server.xml
# reads it from catalina.properties, so the file is the same on both machines.
sed -i 's|<Connector port="8080" protocol="HTTP/1.1"|<Connector address="${puw.sandbox.address}" port="8080" protocol="HTTP/1.1"|' \
  /etc/tomcat10/server.xml
grep -q 'address="${puw.sandbox.address}"' /etc/tomcat10/server.xml
printf '\n# sandbox: this machine'"'"'s own address (server.xml reads it)\npuw.sandbox.address=%s\n' "$address" \
  >>/etc/tomcat10/catalina.properties
# The configuration holds the database password: Tomcat's group reads it, others do not.
chown root:tomcat /var/lib/tomcat10/.grails /var/lib/tomcat10/.grails/*
chmod 750 /var/lib/tomcat10/.grails
chmod 640 /var/lib/tomcat10/.grails/*
if [ -d /var/lib/tomcat10/uploads ]; then
  chown -R tomcat:tomcat /var/lib/tomcat10/uploads
  find /var/lib/tomcat10/uploads -type d -exec chmod 750 {} +
  find /var/lib/tomcat10/uploads -type f -exec chmod 640 {} +
fi
install -d -o tomcat -g adm -m 2750 /var/log/tomcat10
# Started on old once its database is loaded; on new by the upgrade.
systemctl disable tomcat10.service
SCRIPT
    die "preparing OpenBoxes on $name failed: see $SANDBOX_DIR/logs/provision-$name.log"
}

# The web application's files for version $2 ($3), ready to be zipped.
stage_openboxes_war() {
  local dir="$1" major="$2" version="$3" src="$SANDBOX_HOME/openboxes-app"
  rm -rf "$dir"
  install -d -m 755 "$dir/META-INF" "$dir/WEB-INF/jsp"
  printf 'Manifest-Version: 1.0\r\nCreated-By: puw-sandbox\r\nImplementation-Title: openboxes\r\nImplementation-Version: %s\r\n\r\n' \
    "$version" >"$dir/META-INF/MANIFEST.MF"
  cp "$src/context.xml" "$dir/META-INF/context.xml"
  cp "$src/web.xml" "$dir/WEB-INF/web.xml"
  cp "$src/openboxes.jspf" "$src/liquibase.jsp" "$src/status.jsp" "$dir/WEB-INF/jsp/"
  cat "$src/changelog-1.txt" >"$dir/WEB-INF/changelog.txt"
  [ "$major" = 1 ] || cat "$src/changelog-2.txt" >>"$dir/WEB-INF/changelog.txt"
}

# The database through MariaDB's socket, so the same URL serves both machines (each server binds its own
# address). Old's admin set the public URL; new has what a fresh installation has.
write_openboxes_yml() {
  local server_url="http://$PROXY_ADDRESS:$PUBLIC_PORT/openboxes"
  [ "$1" = old ] || server_url="http://localhost:$OPENBOXES_PORT/openboxes"
  cat <<YAML
# OpenBoxes configuration (read after openboxes-config.properties: the last read wins)
dataSource:
    url: "jdbc:mysql://localhost:3306/openboxes?localSocket=/run/mysqld/mysqld.sock&allowPublicKeyRetrieval=true&useSSL=false&serverTimezone=UTC"
    username: openboxes
    password: "$PUW_SANDBOX_DB_PASSWORD"
grails:
    serverURL: "$server_url"
YAML
}

write_openboxes_properties() {
  echo "# OpenBoxes settings"
  echo "openboxes.uploads.location=$CATALINA_BASE/uploads"
  echo "openboxes.sandbox.startSeconds=$OPENBOXES_START_SECONDS"
  if [ "$1" = old ]; then
    echo "# customised by the admin on 2024-03-02"
    echo "openboxes.mail.enabled=true"
    echo "openboxes.mail.from=Bäckerei Müller <lager@baeckerei.test>"
    echo "openboxes.anonymize.defaultLocale=de"
  fi
}

# Tomcat's standard output into catalina.out, as admins configure it (Debian sends it to the journal), and a
# JVM sized for a sandbox. Old's admin also raised the open files limit.
write_tomcat_dropin() {
  printf '[Service]\nStandardOutput=append:%s\nStandardError=inherit\n' "$TOMCAT_LOG"
  # (CATALINA_OPTS: /etc/default/tomcat10 sets JAVA_OPTS over the unit's.)
  printf 'Environment="CATALINA_OPTS=-Xms32m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"\n'
  [ "$1" != old ] || printf 'LimitNOFILE=8192\n'
}

# Uploaded files: documents and product images, one with a name in another script.
write_openboxes_uploads() {
  local dir="$1" i
  install -d -m 755 "$dir/documents" "$dir/products/images"
  for i in 1 2 3 4 5; do
    head -c $((4096 * i)) /dev/urandom >"$dir/documents/scan-$i.pdf"
  done
  # shellcheck disable=SC2059 # the format is the 256 bytes
  printf "$(printf '\\%03o' $(seq 0 255))" >"$dir/products/images/all-bytes.bin"
  head -c 20000 /dev/urandom >"$dir/products/images/Paracétamol 500 mg.jpg"
}

# After boot: the database accounts on both; old's database loaded from the dump; Tomcat enabled and started
# on old, which runs 0.8.22's migrations (none pending) and serves.
install_openboxes_databases() {
  local name
  for name in old new; do
    {
      printf "CREATE USER IF NOT EXISTS 'openboxes'@'localhost' IDENTIFIED BY '%s';\n" "$PUW_SANDBOX_DB_PASSWORD"
      printf "CREATE USER IF NOT EXISTS 'openboxes'@'%%' IDENTIFIED BY '%s';\n" "$PUW_SANDBOX_DB_PASSWORD"
      printf "GRANT ALL PRIVILEGES ON openboxes.* TO 'openboxes'@'localhost', 'openboxes'@'%%';\n"
    } | db_admin "$name" || die "creating the openboxes account on $name failed"
  done
}

load_openboxes_dump() {
  local rows="$1" locations products items transactions documents demand entries
  locations=$((rows / 1000 > 5 ? rows / 1000 : 5))
  products=$((rows / 20 > 10 ? rows / 20 : 10))
  items=$((rows / 10 > 10 ? rows / 10 : 10))
  transactions=$((rows / 10 > 10 ? rows / 10 : 10))
  documents=$((rows / 500 > 2 ? rows / 500 : 2))
  demand=$((rows / 100 > 5 ? rows / 100 : 5))
  entries=$((rows - locations - products - items - transactions - documents - demand))
  [ "$entries" -ge 10 ] || entries=10
  # MariaDB 10.11 refuses MySQL 8's collations (ERROR 1273): the admin who moved the database rewrote them,
  # as OpenBoxes' notes say; the DEFINERs stayed.
  say "loading old's database from a MySQL 8 style dump with about $rows rows"
  echo 'CREATE DATABASE IF NOT EXISTS openboxes CHARACTER SET utf8 COLLATE utf8_general_ci;' | db_admin old ||
    die "creating the openboxes database on old failed"
  sed -e "s/@LOCATIONS@/$locations/g" -e "s/@PRODUCTS@/$products/g" -e "s/@ITEMS@/$items/g" \
    -e "s/@TRANSACTIONS@/$transactions/g" -e "s/@ENTRIES@/$entries/g" -e "s/@DOCUMENTS@/$documents/g" \
    -e "s/@DEMAND@/$demand/g" -e "s/@ALL_BYTES@/$(printf '%02x' $(seq 0 255))/g" \
    -e 's/utf8mb4_0900_ai_ci/utf8mb4_general_ci/g' \
    "$SANDBOX_HOME/seed/openboxes-mysql8.sql" | db_admin old openboxes >>"$SANDBOX_DIR/logs/seed.log" 2>&1 ||
    die "loading the dump into old's database failed: see $SANDBOX_DIR/logs/seed.log"
}

start_openboxes_on_old() {
  in_host old systemctl enable --now tomcat10.service >>"$SANDBOX_DIR/logs/app-old.log" 2>&1 ||
    die "tomcat10 did not start on old" "see 'sandbox logs old tomcat10' and $TOMCAT_LOG on old"
}

# Waits for the status API on a machine (Tomcat answers only once the migrations ran).
wait_for_openboxes() {
  local name="$1" timeout="${2:-180}" waited=0 address
  address="$(host_address "$name")"
  until curl -fsS --max-time 5 "http://$address:$OPENBOXES_PORT/openboxes/api/status" 2>/dev/null | grep -q '"status": "OK"'; do
    [ "$waited" -lt "$timeout" ] || die "OpenBoxes on $name does not answer /openboxes/api/status" \
      "see $TOMCAT_LOG on $name ('sandbox shell $name tail $TOMCAT_LOG')"
    sleep 1
    waited=$((waited + 1))
  done
}
