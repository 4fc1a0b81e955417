#!/usr/bin/env bash
# The Debian package as an admin gets it: built with CPack from the build folder, it must hold the program,
# its launcher, AppStream metadata, icons and man page, declare the right dependencies, pass the desktop
# validators, and run once extracted. In CI (as root) it is also installed with dpkg, run and removed.
# Run by ctest (packaging/CMakeLists.txt), which sets PUW_BUILD_DIR, PUW_VERSION, PUW_APP_ID,
# PUW_ICON_SIZES and PUW_CPACK.
set -uo pipefail

# shellcheck source=../tests/support/check-lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/../tests/support/check-lib.sh"

expect_line() { # $1 text, $2 extended regex one line must match, $3 what it means
  if grep -qE -- "$2" <<<"$1"; then pass "$3"; else fail "$3: no line matches '$2' in:"$'\n'"$1"; fi
}

for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli man file; do
  command -v "$tool" >/dev/null || missing "$tool (scripts/install-deps.sh installs it)"
done
id="$PUW_APP_ID"
version="$PUW_VERSION"

work="$PUW_BUILD_DIR/packaging/package-test"
rm -rf "$work" && mkdir -p "$work/root"

# 1. Build the package.
if ! "$PUW_CPACK" -G DEB -B "$work" --config "$PUW_BUILD_DIR/CPackConfig.cmake" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  fail "cpack could not build the package"
  exit 1
fi
debs=("$work"/parallel-upgrade_"$version"_*.deb)
deb="${debs[0]}"
if [ ! -f "$deb" ]; then
  fail "no parallel-upgrade_${version}_<arch>.deb in $work: $(ls "$work")"
  exit 1
fi
pass "cpack built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# 2. What it declares.
field() { dpkg-deb --field "$deb" "$1"; }
if [ "$(field Package)" = parallel-upgrade ]; then
  pass "Package: parallel-upgrade"
else
  fail "Package: $(field Package)"
fi
if [ "$(field Version)" = "$version" ]; then
  pass "Version: $version"
else
  fail "Version: $(field Version), expected $version"
fi
if [ "$(field Section)" = admin ]; then pass "Section: admin"; else fail "Section: $(field Section)"; fi
depends="$(field Depends | tr ',' '\n' | sed 's/^ *//')"
# The linked libraries come from dpkg-shlibdeps; the SQLite driver and libsecret are loaded at run time.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libssh-4 libqt6keychain1 \
  libqt6sql6-sqlite libsecret-1-0 libc6; do
  expect_line "$depends" "^$package( |$)" "Depends names $package"
done
recommends="$(field Recommends)"
expect_line "$recommends" "openssh-client" "Recommends openssh-client"
expect_line "$recommends" "gnome-keyring \| kwalletmanager \| keepassxc" \
  "Recommends a Secret Service provider"
printf 'Depends: %s\nRecommends: %s\nSuggests: %s\n' "$(field Depends)" "$recommends" "$(field Suggests)"

# 3. What it holds.
contents="$(dpkg-deb --contents "$deb" | awk '{print $NF}')"
expected=(
  ./usr/bin/parallel-upgrade
  "./usr/share/applications/$id.desktop"
  "./usr/share/metainfo/$id.metainfo.xml"
  "./usr/share/icons/hicolor/scalable/apps/$id.svg"
  ./usr/share/man/man1/parallel-upgrade.1.gz
  ./usr/share/doc/parallel-upgrade/copyright
)
for size in $PUW_ICON_SIZES; do expected+=("./usr/share/icons/hicolor/${size}x${size}/apps/$id.png"); done
for path in "${expected[@]}"; do
  expect_line "$contents" "^${path//./\\.}$" "holds ${path#.}"
done
unexpected="$(grep -vE '^\./usr/(bin|share/(applications|metainfo|icons|man|doc))(/|$)' <<<"$contents" |
  grep -vE '^\./(usr/(share/)?)?$')"
if [ -z "$unexpected" ]; then
  pass "holds nothing else"
else
  fail "unexpected files in the package: $unexpected"
fi

# 4. Extracted into a clean prefix, the program runs and the desktop files validate.
dpkg-deb --extract "$deb" "$work/root"
root="$work/root"
output="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/parallel-upgrade" --version 2>&1)"
if [ "$output" = "parallel-upgrade $version" ]; then
  pass "installed --version prints $output"
else
  fail "installed --version printed '$output', expected 'parallel-upgrade $version'"
fi

# Each PNG is the size its folder says, and the scalable icon is an SVG.
for size in $PUW_ICON_SIZES; do
  kind="$(file --brief "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png")"
  [[ "$kind" == "PNG image data, $size x $size,"* ]] || fail "the ${size}x${size} icon is: $kind"
done
kind="$(file --brief "$root/usr/share/icons/hicolor/scalable/apps/$id.svg")"
[[ "$kind" == SVG* ]] || fail "the scalable icon is: $kind"
pass "the icons are PNGs of their folder's size and an SVG"

desktop="$root/usr/share/applications/$id.desktop"
report="$(desktop-file-validate "$desktop" 2>&1)" || fail "desktop-file-validate failed"
if grep -qiE 'error|warning' <<<"$report"; then
  fail "desktop-file-validate: $report"
else
  pass "desktop-file-validate: no errors or warnings"
fi
[ -n "$report" ] && printf '%s\n' "$report"
# The launcher starts the installed program and shows the installed icon.
expect_line "$(cat "$desktop")" "^Exec=parallel-upgrade$" "the launcher runs parallel-upgrade"
expect_line "$(cat "$desktop")" "^Icon=$id$" "the launcher's icon is $id"

metainfo="$root/usr/share/metainfo/$id.metainfo.xml"
if report="$(appstreamcli validate --no-net --explain "$metainfo" 2>&1)"; then
  pass "appstreamcli validate --no-net"
else
  fail "appstreamcli validate --no-net"
fi
printf '%s\n' "$report"
grep -qE '^[EW]:' <<<"$report" && fail "appstreamcli reports errors or warnings"
meta="$(cat "$metainfo")"
expect_line "$meta" "<id>$id</id>" "the metainfo's id is $id"
expect_line "$meta" "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
  "the metainfo launches the .desktop file"
expect_line "$meta" "<binary>parallel-upgrade</binary>" "the metainfo provides the binary"
expect_line "$meta" "<release version=\"$version\"" "the metainfo's release is $version"

# 5. The man page renders without warnings and documents every option --help lists.
page="$root/usr/share/man/man1/parallel-upgrade.1.gz"
rendered="$(MANWIDTH=100 MANPAGER=cat man --warnings -l "$page" 2>"$work/man.err")" || fail "man -l failed"
if [ -s "$work/man.err" ]; then
  fail "man -l warns: $(cat "$work/man.err")"
else
  pass "man -l renders without warnings"
fi
expect_line "$rendered" "^NAME" "the man page has a NAME section"
expect_line "$rendered" "parallel-upgrade - walks you through" "the man page's NAME line"
expect_line "$rendered" "^EXIT STATUS" "the man page has an EXIT STATUS section"
options="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/parallel-upgrade" --help |
  grep -oE '^  (-[a-z], )?--[a-z-]+' | sed 's/.*--/--/')"
[ "$(wc -l <<<"$options")" -ge 8 ] || fail "--help lists only: $options"
for option in $options; do
  grep -qF -- "$option" <<<"$rendered" || fail "the man page does not document $option"
done
pass "the man page documents the $(wc -l <<<"$options") options of --help"

# 6. In CI, as root: install with dpkg, run, remove; the machine is left as it was found.
if [ "$(id -u)" -eq 0 ] && { [ "${CI:-}" = true ] || [ "${PUW_PACKAGE_TEST_INSTALL:-}" = 1 ]; }; then
  if dpkg-query -W -f='${Status}' parallel-upgrade 2>/dev/null | grep -q "installed"; then
    fail "parallel-upgrade is already installed on this machine; not replacing it"
  elif [ -e /usr/bin/parallel-upgrade ]; then
    fail "/usr/bin/parallel-upgrade exists outside any package; not overwriting it"
  else
    trap 'dpkg --purge parallel-upgrade >/dev/null 2>&1' EXIT
    if dpkg --install "$deb" >"$work/dpkg.log" 2>&1; then
      pass "dpkg --install"
      output="$(/usr/bin/parallel-upgrade --version 2>&1)"
      if [ "$output" = "parallel-upgrade $version" ]; then
        pass "/usr/bin/parallel-upgrade --version prints $output"
      else
        fail "/usr/bin/parallel-upgrade --version printed '$output'"
      fi
      # Slim images tell dpkg not to install man pages at all; there, there is no page to find.
      if grep -qs '^path-exclude=\?/usr/share/man' /etc/dpkg/dpkg.cfg /etc/dpkg/dpkg.cfg.d/*; then
        printf 'note: dpkg excludes /usr/share/man on this machine; man parallel-upgrade not tried\n'
      else
        output="$(env MANPAGER=cat man parallel-upgrade 2>&1 | head -3)"
        expect_line "$output" "PARALLEL-UPGRADE\(1\)" "man parallel-upgrade finds the installed page"
      fi
    else
      fail "dpkg --install: $(cat "$work/dpkg.log")"
    fi
    if dpkg --purge parallel-upgrade >"$work/dpkg.log" 2>&1; then
      pass "dpkg --purge"
    else
      fail "dpkg --purge: $(cat "$work/dpkg.log")"
    fi
    trap - EXIT
    if [ ! -e /usr/bin/parallel-upgrade ]; then
      pass "removed: /usr/bin/parallel-upgrade is gone"
    else
      fail "/usr/bin/parallel-upgrade is still there after removal"
    fi
  fi
else
  printf 'note: dpkg --install not tried (only as root with CI=true or PUW_PACKAGE_TEST_INSTALL=1)\n'
fi

echo "checked $(basename "$deb")"
finish
