#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every view of the demo incident to docs/screenshots/VIEW.png (the README's pictures),
# offscreen, from the demo store that scripts/demo.sh builds, and the same views with the dark
# palette to docs/screenshots/dark-VIEW.png. Usage: scripts/screenshots.sh [DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshots}
DISPLAY= WAYLAND_DISPLAY= "$root/scripts/demo.sh" > /dev/null
store="$root/build/demo/demo.sqlite"
mkdir -p "$out"
for view in overview timeline rootcause actions logs metrics document; do
    QT_QPA_PLATFORM=offscreen "$root/build/release/app/gui/debrief" --store "$store" --incident 1 \
        --view "$view" --screenshot "$out/$view.png"
    echo "$out/$view.png"
    # Dark mode, as a desktop with a dark theme shows it: every colour must come from the palette.
    QT_QPA_PLATFORM=offscreen "$root/build/release/app/gui/debrief" --store "$store" --incident 1 \
        --view "$view" --palette dark --screenshot "$out/dark-$view.png"
    echo "$out/dark-$view.png"
done
