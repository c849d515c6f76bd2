#!/usr/bin/env bash
# Runs a real Prometheus (Debian's `prometheus` package) in the foreground that scrapes Vigil services, for tests
# and local use. Usage: ops/scripts/start-prometheus.sh LISTEN_PORT DATA_DIR TARGET [TARGET...]
#   TARGET is host:port of a Vigil service's /metrics, optionally prefixed with a job name: api=127.0.0.1:4000
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 LISTEN_PORT DATA_DIR [JOB=]HOST:PORT..." >&2
  exit 2
fi
port="$1"
data="$2"
shift 2
command -v prometheus >/dev/null || { echo "prometheus is not installed (apt-get install prometheus)" >&2; exit 3; }
mkdir -p "$data"

{
  echo "global:"
  echo "  scrape_interval: ${VIGIL_SCRAPE_INTERVAL:-1s}"
  echo "  evaluation_interval: ${VIGIL_SCRAPE_INTERVAL:-1s}"
  echo "scrape_configs:"
  for target in "$@"; do
    job="vigil-api"
    address="$target"
    if [[ "$target" == *=* ]]; then
      job="${target%%=*}"
      address="${target#*=}"
    fi
    echo "  - job_name: '$job'"
    echo "    static_configs:"
    echo "      - targets: ['$address']"
  done
} > "$data/prometheus.yml"

exec prometheus \
  --config.file="$data/prometheus.yml" \
  --storage.tsdb.path="$data/tsdb" \
  --web.listen-address="127.0.0.1:$port" \
  --log.level=warn
