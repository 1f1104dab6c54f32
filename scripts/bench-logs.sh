#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Log import and search benchmark. Generates LINES (default 1M) syslog and JSON lines
# deterministically and measures, in one run and on the same files:
#   - `debrief-cli import` of each file into an incident: wall time and peak RSS;
#   - the reference for what SQLite itself costs: the sqlite3 command-line tool importing the same
#     rows (`.import` of a CSV into a typed table in WAL mode), then the store's indexes on time and
#     level and on host and service (v7) and an FTS5 index over the message;
#   - lnav loading the file and counting its lines;
#   - first-page search latencies in-process (bench/BenchLogImport), among them text as people
#     paste it (a host, a path, `id=4242`, words) and regular expressions.
# Prints the ratios (targets: <= 1.0 against sqlite3, <= 2.0 against lnav) and the slowest pasted
# text's first page against the brief's 50 ms (a ratio of at most 1.0 meets it).
# Usage: scripts/bench-logs.sh [LINES]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
lines=${1:-1000000}
"$root/scripts/deps.sh" --with-tools
"$root/scripts/build.sh" bench -DCMAKE_BUILD_TYPE=Release -DDEBRIEF_BUILD_TESTS=OFF -DDEBRIEF_BUILD_GUI=OFF >/dev/null
build="$root/build/bench"
cli="$build/app/cli/debrief-cli"
bench="$build/bench/BenchLogImport"
work=$(mktemp -d /tmp/debrief-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

measure() { # prints "wall_seconds peak_rss_MB" of a command (GNU time)
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$work/out" 2> "$work/err" || { cat "$work/err" >&2; return 1; }
    read -r wall rss < "$work/time"
    echo "$wall $((rss / 1024))"
}

sqlite_reference() { # the rows of our store, imported again by the sqlite3 tool
    sqlite3 -csv "$1" "SELECT incident_id, source_id, line, at, time_text, level, host, service, message
                       FROM log_entries" > "$work/rows.csv"
    rm -f "$work/ref.sqlite"*
    cat > "$work/ref.sql" <<'SQL'
PRAGMA journal_mode = WAL;
CREATE TABLE e (incident_id INTEGER, source_id INTEGER, line INTEGER, at INTEGER, time_text TEXT,
                level INTEGER, host TEXT, service TEXT, message TEXT);
.mode csv
BEGIN;
.import rows.csv e
CREATE INDEX e_time ON e (incident_id, at, level);
CREATE INDEX e_value ON e (incident_id, host, service);
CREATE VIRTUAL TABLE f USING fts5(message, content = 'e', content_rowid = 'rowid');
INSERT INTO f (f) VALUES ('rebuild');
COMMIT;
SQL
    (cd "$work" && measure sqlite3 ref.sqlite < "$work/ref.sql")
}

ratio() { echo "scale=2; $1 / $2" | bc; }

printf '%-7s %9s %7s %10s %6s %7s %7s %6s %10s %10s %6s\n' format debrief_s rss_MB sqlite3_s ratio lnav_s lnav_MB ratio \
    phrase_ms pasted_ms /50ms
for format in syslog json; do
    file="$work/bench.$format"
    "$bench" --generate "$file" --lines "$lines" --format "$format"
    store="$work/$format.sqlite"
    "$cli" --store "$store" import "$root/resources/demo/postmortem.md" > /dev/null 2>&1
    read -r import_s rss <<< "$(measure "$cli" --store "$store" import --incident 1 "$file")"
    read -r ref_s _ <<< "$(sqlite_reference "$store")"
    table=$([[ $format == syslog ]] && echo syslog_log || echo all_logs)
    read -r lnav_s lnav_mb <<< "$(measure lnav -n -c ";SELECT count(*) FROM $table" "$file")"
    "$bench" --file "$file" --dir "$work" > "$work/bench-$format.txt"
    phrase_ms=$(sed -n 's/^search phrase .* median *\([0-9.]*\) ms.*/\1/p' "$work/bench-$format.txt")
    # The slowest of the pasted texts' median first pages.
    pasted_ms=$(sed -n 's/^search pasted .* median *\([0-9.]*\) ms.*/\1/p' "$work/bench-$format.txt" | sort -g | tail -1)
    printf '%-7s %9s %7s %10s %6s %7s %7s %6s %10s %10s %6s\n' "$format" "$import_s" "$rss" "$ref_s" \
        "$(ratio "$import_s" "$ref_s")" "$lnav_s" "$lnav_mb" "$(ratio "$import_s" "$lnav_s")" "$phrase_ms" \
        "$pasted_ms" "$(ratio "$pasted_ms" 50)"
    rm -f "$store"* "$work"/bench.sqlite*
done
echo
cat "$work"/bench-*.txt
echo "ratio: debrief import time / reference time (targets: <= 1.0 against sqlite3, <= 2.0 against lnav)"
echo "pasted_ms: the slowest pasted text's first page (median); /50ms: against the brief's 50 ms (target <= 1.0)"
