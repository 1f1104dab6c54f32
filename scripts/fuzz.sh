#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every libFuzzer target with clang (ASan + UBSan) and runs each for SECONDS (default 60).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]. Crashes are written to build/fuzz/findings/.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-60}
shift || true
"$root/scripts/deps.sh" --with-tools

dir="$root/build/fuzz"
if [ ! -f "$dir/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDEBRIEF_BUILD_FUZZERS=ON -DDEBRIEF_BUILD_GUI=OFF -DDEBRIEF_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$dir" -j "$(nproc)"

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(find "$dir/fuzz" -maxdepth 1 -type f -name 'fuzz_*' -executable -printf '%f\n' | sort)
fi
mkdir -p "$dir/findings"
status=0
for t in "${targets[@]}"; do
    corpus="$dir/corpus/$t"
    mkdir -p "$corpus"
    # Seeds: the test fixtures of the parser's area.
    seeds="$root/fuzz/seeds/$t"
    echo "== $t: ${seconds}s" >&2
    if ! "$dir/fuzz/$t" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$dir/findings/$t-" -print_final_stats=1 "$corpus" $( [ -d "$seeds" ] && echo "$seeds" ) \
        2> "$dir/$t.log"; then
        echo "!! $t found a problem: see $dir/$t.log and $dir/findings/" >&2
        status=1
    fi
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb' "$dir/$t.log" | sed "s/^/   $t /" >&2 || true
done
exit $status
