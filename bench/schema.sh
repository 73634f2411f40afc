#!/usr/bin/env bash
# Avro decoding benchmark (issue 15): 1,000,000 records of ~200 bytes written by fastavro, decoded
# by Streamscope (frame + Avro C + JSON text, bench/SchemaBench.cpp) on 1 and on 2 threads, and by
# fastavro's own decoder on the same bytes, one after the other in one run. Each prints wall and
# CPU time (user + sys), since the machine is shared. No broker or registry needed.
#
#   bench/schema.sh [N]        (default 1000000)
#
# Environment: BUILD_DIR (default build/ci), PYTHON (default python3; fastavro is installed with
# pip --user when missing), RUNS (default 3).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/ci}"
PYTHON="${PYTHON:-python3}"
RUNS="${RUNS:-3}"
N="${1:-1000000}"
"$PYTHON" -c 'import fastavro' 2>/dev/null || "$PYTHON" -m pip install --user -q fastavro
nice cmake --build "$BUILD_DIR" --target streamscope-bench-schema >&2
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "load: $(uptime)"
echo "fastavro $("$PYTHON" -c 'import fastavro; print(fastavro.__version__)'), writing $N records" >&2
"$PYTHON" "$ROOT/bench/schema_fastavro.py" write "$WORK/records" "$N"
BENCH="$BUILD_DIR/bench/streamscope-bench-schema"
echo "streamscope 1 thread:  $("$BENCH" "$WORK/records" --runs "$RUNS" --threads 1 | head -n 1)"
echo "streamscope 2 threads: $("$BENCH" "$WORK/records" --runs "$RUNS" --threads 2 | head -n 1)"
echo "fastavro:              $("$PYTHON" "$ROOT/bench/schema_fastavro.py" read "$WORK/records")"
echo "load: $(uptime)"
