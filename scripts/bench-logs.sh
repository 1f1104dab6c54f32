#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Log import and search benchmark (issue 3): generates 1M syslog and 1M JSON lines deterministically,
# imports each through the core pipeline (bench/BenchLogImport: LogImport into a fresh store, then
# first-page search latencies), and measures on the same files in the same run the references:
# the sqlite3 command-line tool importing the same rows (.import of a CSV into a typed table in WAL
# mode, then an FTS5 index over the message) and lnav loading and counting the file. Prints the
# ratios. Usage: scripts/bench-logs.sh [LINES] [BUILD_DIR]
set -euo pipefail
lines=${1:-1000000}
build=${2:-build}
bench="$build/bench/BenchLogImport"
[[ -x $bench ]] || { echo "bench-logs.sh: $bench not built (cmake --build $build --target BenchLogImport)" >&2; exit 2; }
work=$(mktemp -d /tmp/debrief-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

seconds() { # wall seconds and peak RSS (MB) of a command, from GNU time
    /usr/bin/time -f '%e %M' -o "$work/time" "$@" > "$work/out" 2>&1 || { cat "$work/out" >&2; return 1; }
    read -r wall rss < "$work/time"
    echo "$wall $((rss / 1024))"
}

sqlite_reference() { # the rows of the store we just built, imported again by the sqlite3 tool
    sqlite3 -csv "$1" "SELECT incident_id, source_id, line, at, time_text, level, host, service, message
                       FROM log_entries" > "$work/rows.csv"
    rm -f "$work/ref.sqlite"*
    cat > "$work/ref.sql" <<'SQL'
PRAGMA journal_mode = WAL;
CREATE TABLE e (id INTEGER PRIMARY KEY, incident_id INTEGER, source_id INTEGER, line INTEGER, at INTEGER,
                time_text TEXT, level INTEGER, host TEXT, service TEXT, message TEXT);
CREATE TABLE staging (incident_id INTEGER, source_id INTEGER, line INTEGER, at INTEGER, time_text TEXT,
                      level INTEGER, host TEXT, service TEXT, message TEXT);
.mode csv
.import rows.csv staging
BEGIN;
INSERT INTO e (incident_id, source_id, line, at, time_text, level, host, service, message) SELECT * FROM staging;
CREATE INDEX e_time ON e (incident_id, at);
CREATE VIRTUAL TABLE f USING fts5(message, content = 'e', content_rowid = 'id');
INSERT INTO f (f) VALUES ('rebuild');
COMMIT;
SQL
    (cd "$work" && seconds sqlite3 ref.sqlite < ref.sql)
}

printf '%-8s %10s %8s %10s %8s %10s %8s %8s %8s\n' format debrief_s rss_MB sqlite3_s ratio lnav_s lnav_MB ratio phrase_ms
for format in syslog json; do
    # Generation streams to disk with a small buffer, so the peak RSS of this run is the import's.
    read -r _ rss <<< "$(seconds "$bench" --lines "$lines" --format "$format" --dir "$work")"
    file=$(sed -n 's/^file \(.*\): .*/\1/p' "$work/out")
    import_s=$(sed -n 's/^import .* in \([0-9.]*\) s.*/\1/p' "$work/out")
    phrase_ms=$(sed -n 's/^search phrase .* median *\([0-9.]*\) ms.*/\1/p' "$work/out")
    cp "$work/out" "$work/bench-$format.txt"
    read -r ref_s _ <<< "$(sqlite_reference "$work/bench.sqlite")"
    lnav_s=n/a lnav_mb=n/a lnav_ratio=n/a
    if command -v lnav > /dev/null; then
        table=$([[ $format == syslog ]] && echo syslog_log || echo all_logs)
        read -r lnav_s lnav_mb <<< "$(seconds lnav -n -c ";SELECT count(*) FROM $table" "$file")"
        lnav_ratio=$(echo "scale=2; $import_s / $lnav_s" | bc)
    fi
    printf '%-8s %10s %8s %10s %8s %10s %8s %8s %8s\n' "$format" "$import_s" "$rss" "$ref_s" \
        "$(echo "scale=2; $import_s / $ref_s" | bc)" "$lnav_s" "$lnav_mb" "$lnav_ratio" "$phrase_ms"
done
cat "$work"/bench-*.txt
echo "ratio: debrief import time / reference time (target: <= 1.0 vs sqlite3, <= 2.0 vs lnav)"
