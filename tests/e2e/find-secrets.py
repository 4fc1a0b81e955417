#!/usr/bin/env python3
"""Looks for secrets in files, in plain text and inside every base64 run they hold.

Usage: find-secrets.py SECRETS_ENV FILE...  Prints each finding ("FILE: VARIABLE, plain|base64") and exits 1
when there is one. A base64 run is decoded at each of its four alignments (a record trimmed in the middle of
a stream starts anywhere), so a secret inside a file that travelled as base64 is found wherever it is cut.
"""
import base64
import re
import sqlite3
import sys

RUN = re.compile(rb"[A-Za-z0-9+/]{12,}={0,2}")


def secrets(env_file):
    found = {}
    for line in open(env_file, encoding="utf-8"):
        match = re.match(r"^(?:export\s+)?([A-Z0-9_]+)=(.*)$", line.strip())
        if match:
            value = match.group(2).strip("'\"")
            if len(value) >= 6:
                found[match.group(1)] = value.encode()
    return found


def content(path):
    if path.endswith(".sqlite"):
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        parts = []
        for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for cell in row:
                    if isinstance(cell, bytes):
                        parts.append(cell)
                    elif cell is not None:
                        parts.append(str(cell).encode())
        return b"\n".join(parts)
    with open(path, "rb") as f:
        return f.read()


def decoded_runs(data):
    for run in RUN.finditer(data):
        text = run.group(0).rstrip(b"=")
        for start in range(4):
            piece = text[start:]
            piece = piece[: len(piece) - len(piece) % 4]
            if piece:
                yield base64.b64decode(piece)


def main():
    known = secrets(sys.argv[1])
    if not known:
        print("no secrets in " + sys.argv[1])
        return 2
    findings = 0
    runs = 0
    for path in sys.argv[2:]:
        data = content(path)
        for name, value in known.items():
            if value in data:
                print(f"{path}: {name}, plain")
                findings += 1
        for plain in decoded_runs(data):
            runs += 1
            for name, value in known.items():
                if value in plain:
                    print(f"{path}: {name}, base64")
                    findings += 1
    print(f"looked for {len(known)} secrets in {len(sys.argv) - 2} files and {runs} decoded base64 runs")
    return 1 if findings else 0


sys.exit(main())
