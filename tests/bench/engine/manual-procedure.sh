# The seed's manual cutover on the sandbox's PostgreSQL world, timed phase by phase: stop the old app,
# pg_dump -Fc to a file on old, scp to the admin's machine and on to new, createdb + pg_restore -j 4,
# migrate, start, switch nginx. Sourced by the engine benches after e2e-lib.sh; needs $work.
# manual_cutover prints the phases and sets manual_ms.
# shellcheck shell=bash
now_ms() { date +%s%3N; }
manual_cutover() {
  local t0 last now
  t0="$(now_ms)"
  last="$t0"
  lap() { now="$(now_ms)"; printf '  %7d %s\n' $((now - last)) "$1"; last="$now"; }
  echo "manual procedure (ms, phase):"
  as_root old "systemctl disable --now demo" >/dev/null
  lap "stop the old app"
  ssh_key old "PGPASSWORD='$PUW_SANDBOX_DB_PASSWORD' pg_dump -Fc -h $(address_of old) -U demo -f /var/tmp/manual.dump demo" </dev/null
  lap "pg_dump -Fc to a file on old"
  local options
  mapfile -t options < <(ssh_options)
  scp -q "${options[@]}" -i "$STATE/keys/upgrader_ed25519" "upgrader@$(address_of old):/var/tmp/manual.dump" "$work/manual.dump"
  lap "scp old -> admin"
  scp -q "${options[@]}" -i "$STATE/keys/upgrader_ed25519" "$work/manual.dump" "upgrader@$(address_of new):/var/tmp/manual.dump"
  lap "scp admin -> new"
  as_root new "runuser -u postgres -- createdb -O demo demo && runuser -u postgres -- pg_restore -j 4 --no-owner --role=demo -d demo /var/tmp/manual.dump" >/dev/null
  lap "createdb + pg_restore -j 4"
  as_root new "runuser -u demo -- /opt/demo/bin/demo-app migrate --config /etc/demo/demo.conf && systemctl enable --now demo" >/dev/null
  until curl -fsS "http://$(address_of new):8081/health" >/dev/null 2>&1; do sleep 0.2; done
  lap "migrate, start, healthy"
  as_root proxy "sed -i 's/$(address_of old):8081/$(address_of new):8081/' /etc/nginx/conf.d/demo-upstream.conf && nginx -s reload"
  until curl -fsS "http://$(address_of proxy):8080/version" 2>/dev/null | grep -q '"2.0.0"'; do sleep 0.2; done
  lap "switch nginx, v2 answers"
  manual_ms=$(($(now_ms) - t0))
}

# The downtime a session's journal measured (downtime.started_at to downtime.ended_at), in ms.
journal_downtime_ms() { # journal_downtime_ms SESSION_DIR
  local start end
  read -r start end < <(sqlite3 -separator ' ' "$1/journal.sqlite" \
    "SELECT (SELECT value FROM session_values WHERE key = 'downtime.started_at'),
            (SELECT value FROM session_values WHERE key = 'downtime.ended_at')")
  echo $(($(date -d "$end" +%s%3N) - $(date -d "$start" +%s%3N)))
}
