#!/usr/bin/python3
"""The sandbox's stand-in for Parsec's server (the image's entrypoint `parsec`).

  parsec run                   serve HTTP on $PARSEC_HOST:$PARSEC_PORT, data in PostgreSQL ($PARSEC_DB)
  parsec migrate [--dry-run]   list or apply the migrations the image ships, as Parsec prints them
  parsec version               the version of the image

Like Parsec's, `migrate` prints `NNNN_name.sql (already applied)` for what the `migration` table holds and
`NNNN_name.sql ✔` for each migration applied (or, with --dry-run, to be applied). A migration that fails
prints `NNNN_name.sql ✘: <message>`, stops, and the command still exits 0. Each migration is its own
transaction. $PARSEC_TEST_FAIL_MIGRATION names a migration that fails on purpose (for the tests).
`GET /` answers 200 only when the database is reachable and no migration is pending, 503 otherwise.
"""

import http.server
import json
import os
import sys
import time

import psycopg2

VERSION = os.environ.get("PARSEC_VERSION", "0.0.0")
MIGRATIONS = os.environ.get("PARSEC_MIGRATIONS", "/usr/share/parsec/migrations")


def log(message):
    print(time.strftime("%Y-%m-%dT%H:%M:%S"), message, flush=True)


def connect():
    dsn = os.environ.get("PARSEC_DB")
    if not dsn:
        raise SystemExit("parsec: PARSEC_DB is not set")
    return psycopg2.connect(dsn, connect_timeout=5)


def shipped_migrations():
    return sorted(name for name in os.listdir(MIGRATIONS) if name.endswith(".sql"))


def applied_migrations(cursor):
    cursor.execute("SELECT to_regclass('migration') IS NOT NULL, to_regclass('organization') IS NOT NULL")
    has_table, has_schema = cursor.fetchone()
    if has_table:
        cursor.execute("SELECT name FROM migration")
        return {row[0] for row in cursor.fetchall()}
    return {"0001_initial.sql"} if has_schema else set()


def migrate(dry_run):
    connection = connect()
    with connection.cursor() as cursor:
        applied = applied_migrations(cursor)
    connection.commit()
    failing = os.environ.get("PARSEC_TEST_FAIL_MIGRATION", "")
    for name in shipped_migrations():
        if name in applied:
            print(f"{name} (already applied)", flush=True)
            continue
        if dry_run:
            print(f"{name} ✔", flush=True)
            continue
        try:
            with connection.cursor() as cursor:
                with open(os.path.join(MIGRATIONS, name), encoding="utf-8") as sql:
                    cursor.execute(sql.read())
                if name == failing:
                    raise RuntimeError(f"{name} was set to fail (PARSEC_TEST_FAIL_MIGRATION)")
                cursor.execute("SELECT to_regclass('migration') IS NOT NULL")
                if cursor.fetchone()[0]:
                    cursor.execute("INSERT INTO migration (name, applied) VALUES (%s, now())", (name,))
            connection.commit()
            print(f"{name} ✔", flush=True)
        except Exception as error:  # as Parsec: the failure is printed, the exit code stays 0
            connection.rollback()
            print(f"{name} ✘: {error}".strip(), flush=True)
            break
    connection.close()
    return 0


def pending_count(cursor):
    return len([name for name in shipped_migrations() if name not in applied_migrations(cursor)])


def stats(cursor):
    counts = {}
    for key, table in (("organizations", "organization"), ("users", "user_"), ("realms", "realm"),
                       ("blocks", "block")):
        cursor.execute(f"SELECT count(*) FROM {table}")
        counts[key] = cursor.fetchone()[0]
    cursor.execute("SELECT coalesce(sum(size), 0) FROM block")
    counts["data_size"] = int(cursor.fetchone()[0])
    return counts


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = f"parsec/{VERSION}"

    def answer(self, status, body, content_type="application/json"):
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        path, _, query = self.path.partition("?")
        if path == "/version":
            return self.answer(200, json.dumps({"version": VERSION}))
        try:
            connection = connect()
            try:
                with connection.cursor() as cursor:
                    pending = pending_count(cursor)
                    counts = stats(cursor) if pending == 0 else {}
            finally:
                connection.close()
        except Exception as error:
            log(f"ERROR database: {error}")
            return self.answer(503, json.dumps({"status": "error", "database": str(error)}))
        if pending:
            return self.answer(503, json.dumps({"status": "error", "pending_migrations": pending}))
        if path == "/":
            return self.answer(200, f"<html><body><h1>Parsec server {VERSION}</h1><p>{counts['users']} users, "
                               f"{counts['realms']} realms, {counts['blocks']} blocks</p></body></html>\n",
                               "text/html; charset=utf-8")
        if path == "/administration/stats" and "format=json" in query.split("&"):
            token = os.environ.get("PARSEC_ADMINISTRATION_TOKEN", "")
            if not token or self.headers.get("Authorization", "") != f"Bearer {token}":
                return self.answer(403, json.dumps({"error": "not allowed"}))
            return self.answer(200, json.dumps(counts))
        return self.answer(404, json.dumps({"error": "not found"}))

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        log(f"{self.address_string()} {format % args}")


def run():
    host = os.environ.get("PARSEC_HOST", "127.0.0.1")
    port = int(os.environ.get("PARSEC_PORT", "6777"))
    server = http.server.ThreadingHTTPServer((host, port), Handler)
    log(f"parsec {VERSION} started on {host}:{port}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    log(f"parsec {VERSION} stopped")
    return 0


def main(argv):
    if argv[:1] == ["run"]:
        return run()
    if argv[:1] == ["migrate"] and argv[1:] in ([], ["--dry-run"]):
        return migrate(argv[1:] == ["--dry-run"])
    if argv == ["version"]:
        print(f"parsec {VERSION}")
        return 0
    print("\n".join(__doc__.strip().splitlines()[2:5]), file=sys.stderr)
    return 2


def stop_on_term(_signal, _frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    import signal

    signal.signal(signal.SIGTERM, stop_on_term)
    sys.exit(main(sys.argv[1:]))
