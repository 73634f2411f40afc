#!/usr/bin/env bash
# The Browse page's GUI thread with 1,000,000 messages (no broker: a writer thread fills the
# store as a fetch would). Prints a Markdown table for bench/RESULTS.md ("Browse: GUI stalls").
#   bench/browse-ui.sh [--messages N]
# Environment: BUILD_DIR (default build/bench-release, a Release build).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/bench-release}"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
nice cmake --build "$BUILD_DIR" --target streamscope-bench-browse-ui >&2
uptime >&2
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" exec "$BUILD_DIR/bench/streamscope-bench-browse-ui" "$@"
