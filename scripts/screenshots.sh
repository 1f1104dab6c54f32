#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every view of the demo incident to docs/screenshots/VIEW.png (the README's pictures),
# offscreen, from the demo store that scripts/demo.sh builds. Usage: scripts/screenshots.sh [DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/screenshots}
DISPLAY= WAYLAND_DISPLAY= "$root/scripts/demo.sh" > /dev/null
store="$root/build/demo/demo.sqlite"
mkdir -p "$out"
for view in overview timeline rootcause actions logs metrics; do
    QT_QPA_PLATFORM=offscreen "$root/build/release/app/gui/debrief" --store "$store" --incident 1 \
        --view "$view" --screenshot "$out/$view.png"
    echo "$out/$view.png"
done
