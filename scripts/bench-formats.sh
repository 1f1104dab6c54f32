#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Format benchmark over the real-logs corpus (tests/data/logs/real-corpus): for every file, the format
# Debrief chose, the entries it read and whether its first and last times are the manifest's, beside
# what lnav makes of the same file (`lnav -n -c ';SELECT log_line, log_time, log_level FROM all_logs'`).
# Both are scored by the manifest's entries and times, not by whether a format was chosen: a file is
# right when the entry count is the manifest's (ambiguous counts excepted) and both times match.
# Usage: scripts/bench-formats.sh [BUILD_DIR]   (default build/dev, which must hold debrief-cli)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build/dev}
cli=$(find "$build" -name debrief-cli -type f -executable | head -1)
[ -n "$cli" ] || { echo "bench-formats: no debrief-cli under $build (build it first)" >&2; exit 2; }
corpus="$root/tests/data/logs/real-corpus"
work=$(mktemp -d /tmp/debrief-bench-formats.XXXXXX)
trap 'rm -rf "$work"' EXIT

# One incident to import into: the reference postmortem.
incident=$("$cli" --store "$work/store.sqlite" import "$root/tests/data/postmortem/reference.md" 2>/dev/null | tail -1)

for file in "$corpus"/[0-9]*; do
    name=$(basename "$file")
    "$cli" --store "$work/store.sqlite" import --incident "$incident" --year 2024 --timezone UTC "$file" \
        > /dev/null 2> "$work/$name.debrief.err" || true
    if command -v lnav > /dev/null; then
        HOME="$work" lnav -n -c ';SELECT log_line, log_time, log_level FROM all_logs' -c ':write-csv-to -' "$file" \
            > "$work/$name.lnav.csv" 2> /dev/null || true
    fi
done

python3 - "$corpus" "$work" <<'PY'
import csv, datetime, json, os, re, sqlite3, sys

corpus, work = sys.argv[1], sys.argv[2]
manifest = json.load(open(os.path.join(corpus, "manifest.json")))
months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def manifest_time(text):
    """(utc datetime, has_year, precision_ms) of a time as the manifest writes it."""
    def civil(y, mo, d, clock, frac="", zone=0, has_year=True):
        h, mi, s = map(int, clock.split(":"))
        ms = int((frac[1:] + "000")[:3]) if frac else 0
        t = datetime.datetime(y, mo, d, h, mi, s, ms * 1000) - datetime.timedelta(seconds=zone)
        return t, has_year, 1 if frac else 1000
    m = re.fullmatch(r"(\d{10})(\.\d+)?|(\d{13})|(\d{16})", text)
    if m:
        if m.group(1):
            ms = int(m.group(1)) * 1000 + (int((m.group(2)[1:] + "000")[:3]) if m.group(2) else 0)
            return datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=ms), True, 1 if m.group(2) else 1000
        ms = int(m.group(3)) if m.group(3) else int(m.group(4)) // 1000
        return datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=ms), True, 1
    m = re.fullmatch(r"[IWEF](\d\d)(\d\d) (\d\d:\d\d:\d\d)(\.\d+)?", text)
    if m:
        return civil(2024, int(m.group(1)), int(m.group(2)), m.group(3), m.group(4) or "", 0, False)
    m = re.fullmatch(r"([A-Z][a-z]{2}) +(\d{1,2}) (\d\d:\d\d:\d\d)", text)
    if m:
        return civil(2024, months.index(m.group(1)) + 1, int(m.group(2)), m.group(3), "", 0, False)
    m = re.fullmatch(r"\d+:[A-Z] (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d:\d\d:\d\d)(\.\d+)?", text)
    if m:
        return civil(int(m.group(3)), months.index(m.group(2)) + 1, int(m.group(1)), m.group(4), m.group(5) or "")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)[T ](\d\d:\d\d:\d\d)([.,]\d+)?(Z|[+-]\d\d:?\d\d| UTC)?", text)
    if m:
        zone = m.group(6) or ""
        secs = 0
        if zone and zone[0] in "+-":
            digits = zone[1:].replace(":", "")
            secs = (1 if zone[0] == "+" else -1) * (int(digits[:2]) * 3600 + int(digits[2:]) * 60)
        return civil(int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4), m.group(5) or "", secs)
    m = re.fullmatch(r"(\d\d)/?(\d\d)/?(\d\d) (\d\d:\d\d:\d\d)", text)
    if m:
        return civil(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4))
    raise ValueError(text)

def same(got, want):
    t, has_year, precision = want
    if got is None:
        return False
    got = got - datetime.timedelta(microseconds=got.microsecond % (precision * 1000))
    if has_year:
        return got == t
    return (got.month, got.day, got.time()) == (t.month, t.day, t.time())

def score(entries, first, last, expected):
    times = sum(same(g, manifest_time(expected[k])) for g, k in ((first, "first_timestamp"), (last, "last_timestamp")))
    count_ok = "ambiguous" in expected or entries == expected["entries"]
    return times, count_ok and times == 2

db = sqlite3.connect(os.path.join(work, "store.sqlite"))
def debrief(path):
    row = db.execute("SELECT id, format FROM log_sources WHERE path LIKE ?", ("%" + os.path.basename(path),)).fetchone()
    if not row:
        err = open(os.path.join(work, os.path.basename(path) + ".debrief.err")).read().strip().splitlines()
        return "refused", 0, None, None
    rows = db.execute("SELECT line, at, time_text, unparsed FROM log_entries WHERE source_id = ? ORDER BY line", (row[0],)).fetchall()
    timed = [r for r in rows if r[2]]
    utc = lambda ms: datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=ms)
    entries = sum(1 for r in rows if not r[3])
    first = utc(timed[0][1]) if timed else None
    last = utc(timed[-1][1]) if timed else None
    return row[1], entries, first, last

def lnav(path):
    out = os.path.join(work, os.path.basename(path) + ".lnav.csv")
    if not os.path.exists(out):
        return None
    rows = [r for r in csv.DictReader(open(out, newline="")) if r.get("log_time")]
    parse = lambda s: datetime.datetime.fromisoformat(s.strip().replace("T", " ")[:23]) if s.strip() else None
    times = [parse(r["log_time"]) for r in rows]
    return len(rows), (times[0] if times else None), (times[-1] if times else None)

print("| file | entries (manifest) | Debrief format | Debrief entries | Debrief times | Debrief right | lnav entries | lnav times | lnav right |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
right = {"debrief": 0, "lnav": 0}
for name in sorted(manifest):
    expected = manifest[name]
    path = os.path.join(corpus, name)
    fmt, entries, first, last = debrief(path)
    times, ok = score(entries, first, last, expected)
    right["debrief"] += ok
    l = lnav(path)
    if l is None:
        lcols = "n/a | n/a | n/a"
    else:
        ltimes, lok = score(l[0], l[1], l[2], expected)
        right["lnav"] += lok
        lcols = f"{l[0]} | {ltimes}/2 | {'yes' if lok else 'no'}"
    want = expected["entries"] if "ambiguous" not in expected else f"{expected['entries']} (ambiguous)"
    print(f"| {name} | {want} | {fmt} | {entries} | {times}/2 | {'yes' if ok else 'no'} | {lcols} |")
print(f"\nright: Debrief {right['debrief']} of {len(manifest)}, lnav {right['lnav']} of {len(manifest)}")
PY
