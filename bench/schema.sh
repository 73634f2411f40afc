#!/usr/bin/env bash
# Avro decoding benchmark (issue 15): 1,000,000 records of ~200 bytes written by fastavro, decoded
# by Streamscope (frame + Avro C + JSON text, bench/SchemaBench.cpp) and by fastavro's own decoder
# on the same bytes, one after the other in one run. No broker or registry needed.
#
#   bench/schema.sh [N]        (default 1000000)
#
# Environment: BUILD_DIR (default build/ci), PYTHON (default python3; fastavro is installed with
# pip --user when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/ci}"
PYTHON="${PYTHON:-python3}"
N="${1:-1000000}"
"$PYTHON" -c 'import fastavro' 2>/dev/null || "$PYTHON" -m pip install --user -q fastavro
nice cmake --build "$BUILD_DIR" --target streamscope-bench-schema >&2
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "load: $(uptime)"
echo "fastavro $("$PYTHON" -c 'import fastavro; print(fastavro.__version__)'), writing $N records" >&2
"$PYTHON" "$ROOT/bench/schema_fastavro.py" write "$WORK/records" "$N"
echo "streamscope: $("$BUILD_DIR/bench/streamscope-bench-schema" "$WORK/records" --runs 3 | head -n 1)"
echo "fastavro:    $("$PYTHON" "$ROOT/bench/schema_fastavro.py" read "$WORK/records")"
echo "load: $(uptime)"
