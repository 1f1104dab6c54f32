#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# "The GUI opens ten million log lines in under a second": builds (once, then reuses) a store with
# LINES generated syslog lines (default 10,000,000) in one incident, then measures in the same run
#   (a) `debrief --store S --incident ID --view logs --screenshot out.png`, wall time from start to
#       exit, and when the Logs page had its first rows (DEBRIEF_TRACE_TIMING);
#   (b) the same command on a store holding the incident without its logs: what starting Qt,
#       building the window and taking the screenshot cost whatever the logs;
#   (c) the reference: the sqlite3 tool reading the first 256 rows of the same query plan
#       (WHERE incident_id = ? ORDER BY at, id LIMIT 256 over the time index) plus the start of a
#       trivial binary without Qt (/bin/true);
# and prints the medians of RUNS runs (after one warm-up each) and the ratios of the first rows and
# of the whole run to (c). The incident itself is shown (DEBRIEF_TRACE_TIMING) before either.
# Usage: scripts/bench-gui-open.sh [LINES]
# Environment: DEBRIEF_BUILD_DIR=DIR reuses a build holding app/gui/debrief, app/cli/debrief-cli
# and bench/BenchLogImport instead of building build/bench-gui (Release); RUNS (default 5).
# Stores are kept in build/bench-gui-stores/ (generating ten million lines takes minutes).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lines=${1:-10000000}
runs=${RUNS:-5}
if [ -n "${DEBRIEF_BUILD_DIR:-}" ]; then
    build=$DEBRIEF_BUILD_DIR
else
    "$root/scripts/deps.sh" --with-tools
    "$root/scripts/build.sh" bench-gui -DCMAKE_BUILD_TYPE=Release -DDEBRIEF_BUILD_TESTS=OFF \
        -DDEBRIEF_BUILD_BENCH=ON >/dev/null
    build="$root/build/bench-gui"
fi
gui="$build/app/gui/debrief"
cli="$build/app/cli/debrief-cli"
generator="$build/bench/BenchLogImport"
stores="$root/build/bench-gui-stores"
store="$stores/logs-$lines.sqlite"
work=$(mktemp -d /tmp/debrief-bench-gui.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen

now_ms() { date +%s%3N; }

build_store() {
    mkdir -p "$stores"
    rm -f "$store" "$store"-wal "$store"-shm "$store.incident"
    echo "generating $lines lines and importing them into $store (once)..." >&2
    "$generator" --generate "$work/bench.log" --lines "$lines" --format syslog
    local incident
    incident=$("$cli" --store "$store" import "$root/resources/demo/postmortem.md" | tail -n 1)
    "$cli" --store "$store" import --incident "$incident" "$work/bench.log" >/dev/null
    rm -f "$work/bench.log"
    echo "$incident" > "$store.incident"
}
[ -f "$store.incident" ] || build_store
incident=$(cat "$store.incident")
empty="$stores/no-logs.sqlite"
if [ ! -f "$empty" ]; then
    "$cli" --store "$empty" import "$root/resources/demo/postmortem.md" > /dev/null
fi

reference_sql="SELECT id, source_id, line, at, time_text, level, host, service, message, fields, unparsed
    FROM log_entries INDEXED BY log_entries_by_time WHERE incident_id = $incident ORDER BY at, id LIMIT 256"

gui_once() { # [STORE INCIDENT IMAGE]: prints "wall_ms first_rows_ms incident_shown_ms"
    local start end first shown
    start=$(now_ms)
    DEBRIEF_TRACE_TIMING=1 "$gui" --store "${1:-$store}" --incident "${2:-$incident}" --view logs \
        --screenshot "${3:-$work/logs.png}" > /dev/null 2> "$work/gui.err" || { cat "$work/gui.err" >&2; return 1; }
    end=$(now_ms)
    first=$(sed -n 's/.*first log rows at \([0-9]*\) ms since the epoch.*/\1/p' "$work/gui.err" | head -n 1)
    shown=$(sed -n 's/.*incident shown at \([0-9]*\) ms since the epoch.*/\1/p' "$work/gui.err" | head -n 1)
    echo "$((end - start)) $([ -n "$first" ] && echo $((first - start)) || echo -)" \
        "$([ -n "$shown" ] && echo $((shown - start)) || echo -)"
}

reference_once() { # prints wall_ms
    local start end
    start=$(now_ms)
    sqlite3 "$store" "$reference_sql" > "$work/rows.txt"
    /bin/true
    end=$(now_ms)
    [ "$(wc -l < "$work/rows.txt")" -ge 256 ] || { echo "the reference read too few rows" >&2; return 1; }
    echo "$((end - start))"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

gui_once > /dev/null # warm-up: the page cache holds the store as it would after any first open
reference_once > /dev/null
gui_once "$empty" 1 "$work/no-logs.png" > /dev/null
: > "$work/gui.txt"
: > "$work/empty.txt"
: > "$work/ref.txt"
for _ in $(seq "$runs"); do
    gui_once >> "$work/gui.txt"
    gui_once "$empty" 1 "$work/no-logs.png" >> "$work/empty.txt"
    reference_once >> "$work/ref.txt"
done
gui_ms=$(cut -d' ' -f1 "$work/gui.txt" | median)
first_ms=$(cut -d' ' -f2 "$work/gui.txt" | median)
shown_ms=$(cut -d' ' -f3 "$work/gui.txt" | median)
empty_ms=$(cut -d' ' -f1 "$work/empty.txt" | median)
ref_ms=$(median < "$work/ref.txt")
entries=$(sqlite3 "$store" "SELECT sum(entries) FROM log_sources WHERE incident_id = $incident")
cp "$work/logs.png" "$stores/logs-$lines.png"

printf 'store: %s (%s entries, %s MB)\n' "$store" "$entries" "$(( $(stat -c %s "$store") / 1024 / 1024 ))"
printf '%-44s %8s ms\n' "debrief --view logs --screenshot (wall)" "$gui_ms" \
    "  of which until the incident was shown" "$shown_ms" \
    "  of which until the first rows were shown" "$first_ms" \
    "debrief, the same incident without logs" "$empty_ms" \
    "sqlite3 first 256 rows + /bin/true (wall)" "$ref_ms"
ratio() { echo "scale=1; $1 / ($ref_ms + ($ref_ms == 0))" | bc; }
printf '%-44s %8s\n' "ratio first rows / reference" "$(ratio "$first_ms")" \
    "ratio whole run / reference" "$(ratio "$gui_ms")"
echo "medians of $runs runs after a warm-up; the last screenshot: $stores/logs-$lines.png"
