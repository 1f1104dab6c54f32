#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Debrief (Release), builds the demo store from resources/demo/
# and starts the GUI on the demo incident. With no display it renders the main window to a PNG
# and prints where.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/deps.sh"
"$root/scripts/build.sh" release -DCMAKE_BUILD_TYPE=Release -DDEBRIEF_BUILD_TESTS=OFF -DDEBRIEF_BUILD_BENCH=OFF

bin="$root/build/release"
demo="$root/build/demo"
store="$demo/demo.sqlite"
mkdir -p "$demo"
# Built anew each time: it takes well under a second and always matches resources/demo/.
rm -f "$store" "$store"-wal "$store"-shm
incident=$("$bin/app/cli/debrief-cli" --store "$store" import "$root/resources/demo/postmortem.md" | tail -n 1)
# The evidence of resources/demo/README.md: logs and metrics of the same evening, into the same incident.
"$bin/app/cli/debrief-cli" --store "$store" import --incident "$incident" \
    "$root/resources/demo/auth-service.jsonl" "$root/resources/demo/nginx-access.log" \
    "$root/resources/demo/prometheus-db-pool.json" "$root/resources/demo/grafana-auth-overview.csv" >/dev/null
echo "Demo store: $store (incident $incident)" >&2

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    QT_QPA_PLATFORM=offscreen "$bin/app/gui/debrief" --store "$store" --incident "$incident" \
        --view overview --screenshot "$demo/demo.png"
else
    exec "$bin/app/gui/debrief" --store "$store" --incident "$incident"
fi
