#!/usr/bin/env python3
"""Translations: fill the .ts files from translations/<lang>.json, and check them.

translations/<lang>.json is the reviewable source of the translations: {context: {source: translation}},
in the .ts files' order. A plural entry (source with %n, numerus="yes") maps to a list of forms in the
language's order (French and German: [singular, plural]). An entry whose source has a disambiguation
(tr's second argument) is keyed "source\u241fdisambiguation" (U+241F SYMBOL FOR UNIT SEPARATOR).

  i18n.py apply   TS JSON     fill TS from JSON; list what it could not fill; exit 1 if anything is left
  i18n.py export  TS JSON     add TS's entries missing from JSON (empty), keep the rest; for translators
  i18n.py check   --lupdate LUPDATE --sources LST TS...
                              CI: fail on unfinished, obsolete or vanished entries, on placeholders that
                              differ, and when lupdate over the sources finds strings the TS lacks (or the
                              TS holds strings the sources no longer have)
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SEP = "\u241f"


def key_of(message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment")
    return source + SEP + comment if comment else source


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def read_ts(path):
    return ET.parse(path)


def write_ts(tree, path):
    # lupdate rewrites the file in its own layout afterwards (update-translations.sh runs it again).
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def load_json(path):
    if not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save_json(data, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.write("\n")


def forms_count(tree):
    # lupdate writes as many numerusform elements as the language has plural forms.
    for _, message in messages(tree):
        if message.get("numerus") == "yes":
            return len(message.find("translation").findall("numerusform"))
    return 2


def cmd_apply(args):
    tree = read_ts(args.ts)
    table = load_json(args.json)
    forms = forms_count(tree)
    used, missing, borrowed = set(), [], []
    by_source = {}
    # Only real translations are lent to another context: an empty entry (a new string still to fill) would
    # otherwise count as its own translation and the string would pass as translated with no text.
    for context, entries in table.items():
        for key, value in entries.items():
            if value != "" and value != [] and not (isinstance(value, list) and "" in value):
                by_source.setdefault(key, (context, value))
    for context, message in messages(tree):
        key = key_of(message)
        translation = message.find("translation")
        value = table.get(context, {}).get(key)
        if value is not None and value != "" and value != []:
            used.add((context, key))
        elif key in by_source and message.get("numerus") != "yes":
            # The same text in another context (code moved): reuse it, but say so.
            value = by_source[key][1]
            borrowed.append((context, key, by_source[key][0]))
        else:
            value = None
        numerus = message.get("numerus") == "yes"
        if value is None or (numerus and (not isinstance(value, list) or len(value) != forms)) or (
                not numerus and not isinstance(value, str)):
            missing.append((context, key))
            translation.set("type", "unfinished")
            continue
        translation.attrib.pop("type", None)
        if numerus:
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in value:
                element = ET.SubElement(translation, "numerusform")
                element.text = form
        else:
            translation.text = value
    write_ts(tree, args.ts)
    unused = [(c, k) for c, entries in table.items() for k in entries if (c, k) not in used]
    name = os.path.basename(args.ts)
    for context, key, other in borrowed:
        print(f"{name}: [{context}] {key!r}: taken from [{other}]; add it to {args.json} to confirm")
    for context, key in unused:
        print(f"{name}: [{context}] {key!r}: in {os.path.basename(args.json)} but no longer in the sources")
    for context, key in missing:
        print(f"{name}: UNTRANSLATED [{context}] {key!r}")
    print(f"{name}: {sum(1 for _ in messages(tree)) - len(missing)} translated, {len(missing)} untranslated")
    return 1 if missing else 0


def cmd_export(args):
    tree = read_ts(args.ts)
    table = load_json(args.json)
    forms = forms_count(tree)
    by_source = {}
    for entries in table.values():
        for key, value in entries.items():
            if isinstance(value, str) and value:
                by_source.setdefault(key, value)
    result = {}
    for context, message in messages(tree):
        key = key_of(message)
        entries = result.setdefault(context, {})
        old = table.get(context, {}).get(key)
        if old is None or old == "":
            # New here: the text another context gives the same source (as apply used), or empty to fill.
            numerus = message.get("numerus") == "yes"
            old = [""] * forms if numerus else by_source.get(key, "")
        entries[key] = old
    save_json(result, args.json)
    return 0


PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def problems_in(tree, name):
    problems = []
    for context, message in messages(tree):
        key = key_of(message)
        translation = message.find("translation")
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{name}: {kind} entry [{context}] {key!r}")
            continue
        texts = [f.text for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text]
        source = message.findtext("source")
        for text in texts:
            if not text:
                problems.append(f"{name}: empty translation [{context}] {key!r}")
            elif placeholders(text) != placeholders(source) and not (
                    message.get("numerus") == "yes" and set(placeholders(source)) - set(placeholders(text)) == {"%n"}):
                problems.append(f"{name}: placeholders {placeholders(text)} instead of {placeholders(source)} "
                                f"in [{context}] {key!r}")
    return problems


def json_mismatches(tree, table, name, json_name):
    """The .ts is generated from the JSON: a translation edited in the .ts alone would be lost."""
    problems = []
    for context, message in messages(tree):
        key = key_of(message)
        translation = message.find("translation")
        have = [f.text or "" for f in translation.findall("numerusform")] if message.get("numerus") == "yes" \
            else (translation.text or "")
        want = table.get(context, {}).get(key)
        if want is not None and want != have:
            problems.append(f"{name}: [{context}] {key!r} differs from {json_name}; edit the JSON and run "
                            "scripts/update-translations.sh")
    return problems


def cmd_check(args):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in args.ts:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        run = subprocess.run([args.lupdate, "-locations", "none", "-silent", "@" + args.sources, "-ts", *copies],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(run.stdout + run.stderr)
            print("i18n check: lupdate failed")
            return 1
        for ts, copy in zip(args.ts, copies):
            name = os.path.basename(ts)
            committed = read_ts(ts)
            problems += problems_in(committed, name)
            lang = re.sub(r"^.*_([A-Za-z]+)\.ts$", r"\1", ts)
            table_path = os.path.join(os.path.dirname(ts), lang + ".json")
            if os.path.exists(table_path):
                problems += json_mismatches(committed, load_json(table_path), name, os.path.basename(table_path))
            have = {(c, key_of(m)) for c, m in messages(committed)}
            fresh = read_ts(copy)
            wanted = {(c, key_of(m)) for c, m in messages(fresh)
                      if m.find("translation").get("type") not in ("obsolete", "vanished")}
            for context, key in sorted(wanted - have):
                problems.append(f"{name}: new in the sources, not in the file: [{context}] {key!r}")
            for context, key in sorted(have - wanted):
                problems.append(f"{name}: in the file, no longer in the sources: [{context}] {key!r}")
    for problem in problems:
        print(problem)
    if problems:
        print(f"i18n check: {len(problems)} problem(s). Run scripts/update-translations.sh, translate what it "
              "lists in translations/<lang>.json, and run it again (DEVELOPERS.md, Translations).")
        return 1
    print("i18n check: every entry translated and in step with the sources")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("apply", "export"):
        p = sub.add_parser(name)
        p.add_argument("ts")
        p.add_argument("json")
    p = sub.add_parser("check")
    p.add_argument("--lupdate", required=True)
    p.add_argument("--sources", required=True, help="lupdate list file: sources, and -I include folders")
    p.add_argument("ts", nargs="+")
    args = parser.parse_args()
    return {"apply": cmd_apply, "export": cmd_export, "check": cmd_check}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
