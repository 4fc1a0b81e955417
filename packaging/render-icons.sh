#!/usr/bin/env bash
# Renders the scalable icon into the hicolor PNG sizes under resources/icons/NxN/. The PNGs are committed, so
# that neither the build nor CI needs an SVG renderer; run this after changing the SVG (needs librsvg2-bin).
set -euo pipefail
icons="$(cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons" && pwd)"
id=org.parallelupgrade.Wizard
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$icons/${size}x${size}"
  rsvg-convert --width "$size" --height "$size" "$icons/$id.svg" --output "$icons/${size}x${size}/$id.png"
done
echo "render-icons: wrote $(find "$icons" -name "$id.png" | wc -l) PNGs under $icons"
