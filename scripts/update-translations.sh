#!/usr/bin/env bash
# Brings translations/*.ts in step with the sources and fills them from translations/<lang>.json.
#   1. lupdate (the build's update_translations target): new strings come in unfinished, gone ones go out;
#   2. scripts/i18n.py apply: every entry gets its text from <lang>.json; what it cannot fill is listed;
#   3. scripts/i18n.py export: <lang>.json follows the .ts (new strings get an empty entry to fill, strings
#      gone from the sources leave it), in the .ts order;
#   4. lupdate again, so that the files keep lupdate's own layout (small diffs).
# New strings: fill their empty entries in translations/fr.json and de.json, run this again. Exits 1 while
# something is untranslated. Needs a configured build folder: ./build or $PUW_BUILD_DIR.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${PUW_BUILD_DIR:-$root/build}"
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  echo "update-translations: no configured build in $build; run ./scripts/build.sh first (or set PUW_BUILD_DIR)" >&2
  exit 2
fi
cmake --build "$build" --target update_translations >/dev/null
status=0
for ts in "$root"/translations/parallel-upgrade_*.ts; do
  lang="${ts##*_}"; lang="${lang%.ts}"
  python3 "$root/scripts/i18n.py" apply "$ts" "$root/translations/$lang.json" || status=1
  python3 "$root/scripts/i18n.py" export "$ts" "$root/translations/$lang.json"
done
cmake --build "$build" --target update_translations >/dev/null
exit "$status"
