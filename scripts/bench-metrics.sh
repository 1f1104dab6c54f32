#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Downsampling benchmark: builds the Release bench tree and times LTTB of 10M points to 2,000
# (median of 5 runs) against the plain loop over all points, in the same run (bench/BenchLttb).
# Target: under 20 ms. Usage: scripts/bench-metrics.sh [POINTS] [TARGET]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log=$(mktemp /tmp/debrief-bench-build.XXXXXX)
trap 'rm -f "$log"' EXIT
# Quiet unless the build fails, then its output explains why.
"$root/scripts/build.sh" bench -DCMAKE_BUILD_TYPE=Release -DDEBRIEF_BUILD_TESTS=OFF -DDEBRIEF_BUILD_GUI=OFF > "$log" 2>&1 \
    || { cat "$log" >&2; exit 1; }
"$root/build/bench/bench/BenchLttb" --points "${1:-10000000}" --target "${2:-2000}"
