#!/usr/bin/env bash
# The event browser's benchmark (issue 8): 1,000,000 JSON messages of ~200 bytes on the local
# broker; load vs kcat, filter vs jq, the CLI vs kcat | jq, resident memory. Prints a Markdown
# section for bench/RESULTS.md. Run by hand (not a ctest).
#
#   bench/browse.sh [--messages N] [--runs N]
#
# Environment: BUILD_DIR (default build/ci: configured by the usual ci command), STREAMSCOPE_BOOTSTRAP
# (default: start or reuse the broker of scripts/kafka.sh).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/ci}"
bootstrap="${STREAMSCOPE_BOOTSTRAP:-$("$ROOT/scripts/kafka.sh" start | tail -n 1)}"
command -v kcat >/dev/null && command -v jq >/dev/null || { echo "needs kcat and jq" >&2; exit 2; }
nice cmake --build "$BUILD_DIR" --target streamscope-bench-browse streamscope-cli >&2
exec "$BUILD_DIR/bench/streamscope-bench-browse" -b "$bootstrap" --cli "$BUILD_DIR/app/streamscope-cli" "$@"
