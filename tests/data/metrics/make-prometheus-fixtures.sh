#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the real Prometheus fixtures of tests/data/metrics/prometheus-{json,text}: Prometheus 2.42
# and node-exporter 1.5 from Debian 12 on loopback, scraping every second for SECONDS (default 60),
# then the HTTP API answers and the /metrics pages are saved. Neither of those Go servers speaks
# OpenMetrics in these versions, so a small exporter written with Debian's python3-prometheus-client
# 0.16 (the official Python client) serves a counter, a histogram with exemplars, a summary, a
# gauge with a unit, an info and an enum (stateset); it is idle for the first third of the run
# (histogram_quantile of an idle histogram is NaN: real gaps). Needs root for apt-get when the
# packages are missing. Usage: make-prometheus-fixtures.sh OUTDIR [SECONDS]
set -euo pipefail
out=${1:?outdir}; secs=${2:-60}
mkdir -p "$out/prometheus-json" "$out/prometheus-text"; out=$(cd "$out" && pwd)
need() { command -v "$1" >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }
need prometheus prometheus; need prometheus-node-exporter prometheus-node-exporter; need curl curl
/usr/bin/python3 -c 'import prometheus_client' 2>/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-prometheus-client >/dev/null
w=$(mktemp -d); pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$w"; }
trap cleanup EXIT
# Only collectors whose output names nothing of the machine (no mount points, no interfaces).
prometheus-node-exporter --collector.disable-defaults --collector.cpu --collector.meminfo --collector.loadavg \
    --collector.stat --collector.vmstat --web.listen-address=127.0.0.1:29100 >/dev/null 2>&1 & pids+=($!)
cat > "$w/exporter.py" <<'PYX'
import sys, time
from prometheus_client import Counter, Enum, Gauge, Histogram, Info, Summary, start_http_server
secs = int(sys.argv[1])
start_http_server(29200, addr='127.0.0.1')
logins = Counter('demo_logins', 'Login attempts by result.', ['result'])
wait = Histogram('demo_pool_wait_seconds', 'Time waiting for a pooled connection.', unit='seconds',
                 buckets=(0.01, 0.1, 1.0))
size = Summary('demo_request_size_bytes', 'Request body sizes.', unit='bytes')
used = Gauge('demo_pool_in_use_ratio', 'Share of the pool in use.', unit='ratio')
Info('demo_build', 'Build of the demo service.').info({'version': '1.2.3', 'note': 'say "hi"\\back\nslash'})
state = Enum('demo_state', 'Service state.', states=['ok', 'degraded', 'down'])
for i in range(secs + 30):
    if i > secs // 3:
        logins.labels(result='ok').inc(3)
        logins.labels(result='fail "bad password"').inc(i % 4)
        wait.observe(0.005 * (i % 30), exemplar={'trace_id': 'tr%04d' % i})
        size.observe(100 + i)
        used.set((i % 10) / 10)
        state.state('degraded' if i % 20 > 15 else 'ok')
    time.sleep(1)
PYX
/usr/bin/python3 "$w/exporter.py" "$secs" >/dev/null 2>&1 & pids+=($!)
cat > "$w/prom.yml" <<PY
global: { scrape_interval: 1s, evaluation_interval: 1s }
scrape_configs:
  - job_name: node
    static_configs: [ { targets: ['127.0.0.1:29100'] } ]
  - job_name: prometheus
    static_configs: [ { targets: ['127.0.0.1:29090'] } ]
  - job_name: demo
    static_configs: [ { targets: ['127.0.0.1:29200'] } ]
PY
prometheus --config.file="$w/prom.yml" --storage.tsdb.path="$w/tsdb" --web.listen-address=127.0.0.1:29090 \
    >/dev/null 2>&1 & pids+=($!)
sleep 3; start=$(date +%s)
# Some API traffic, so that the request-duration histogram has observations to take quantiles of.
for i in $(seq 1 "$secs"); do
    curl -s -o /dev/null 127.0.0.1:29090/api/v1/query --data-urlencode 'query=up'
    curl -s -o /dev/null 127.0.0.1:29090/-/healthy
    sleep 1
done
end=$(date +%s); sleep 2
q() { curl -s --get "http://127.0.0.1:29090/api/v1/$1" --data-urlencode "query=$2" \
      ${3:+--data-urlencode "start=$start" --data-urlencode "end=$end" --data-urlencode "step=$3"}; }
j="$out/prometheus-json"
q query_range 'histogram_quantile(0.9, sum by (le, handler) (rate(prometheus_http_request_duration_seconds_bucket[10s])))' 2 > "$j/range_histogram_quantile.json"
q query_range 'rate(prometheus_http_requests_total[10s])' 2 > "$j/range_rate_http.json"
q query_range 'node_load1' 1 > "$j/range_node_load1.json"
q query_range '(node_load1 + 1) / 0 or label_replace(-(node_load5 + 1) / 0, "sign", "minus", "", "")' 5 > "$j/range_inf.json"
q query_range 'histogram_quantile(0.5, rate(demo_pool_wait_seconds_bucket[5s]))' 2 > "$j/range_quantile_nan.json"
q query 'prometheus_http_requests_total' > "$j/instant_vector.json"
q query 'scalar(sum(node_load1))' > "$j/instant_scalar.json"
q query '"hello"' > "$j/instant_string.json"
q query 'rate(node_cpu_seconds_total[5m' > "$j/error_bad_data.json"
t="$out/prometheus-text"
curl -s 127.0.0.1:29090/metrics > "$t/prometheus_0.0.4.prom"
curl -s -H 'Accept: application/openmetrics-text; version=1.0.0' 127.0.0.1:29200/metrics > "$t/python_client_openmetrics.txt"
curl -s 127.0.0.1:29200/metrics > "$t/python_client_0.0.4.prom"
curl -s --get 127.0.0.1:29090/federate --data-urlencode 'match[]=node_load1' --data-urlencode 'match[]=up' > "$t/federate_with_timestamps.prom"
grep -rl "$w" "$out" | xargs -r sed -i "s|$w|/srv/prometheus|g" || true   # the scratch folder's name is no part of the evidence
echo "start=$start end=$end"
