#!/usr/bin/env bash
# GUI cold start and idle memory on the demo cluster (issue: start < 0.5 s, RSS < 150 MB).
#
#   bench/startup.sh [RUNS]
#
# Builds Release, starts or reuses the local broker (never stops it), runs the demo simulator,
# then starts `streamscope --bench-startup` RUNS times (default 5) under Xvfb. Each run prints
# startup_ms (process start to first painted main window), connected_ms (to the first snapshot
# shown) and rss_mb (VmRSS after 5 s idle on the live demo cluster). Prints each run and medians.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/bench-release}"
runs="${1:-5}"
log() { printf 'bench/startup.sh: %s\n' "$*" >&2; }

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTREAMSCOPE_BUILD_TESTS=OFF \
    >/dev/null
cmake --build "$BUILD_DIR" --target streamscope streamscope-cli >&2
bootstrap="${STREAMSCOPE_BOOTSTRAP:-$("$ROOT/scripts/kafka.sh" start | tail -n 1)}"
log "broker $bootstrap"

"$BUILD_DIR/app/streamscope-cli" simulate -b "$bootstrap" --scenario demo \
    --duration $((runs * 15 + 30)) >/dev/null 2>&1 &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true' EXIT
sleep 5 # let the demo topics exist and traffic flow

# A throwaway settings dir: a cold start, not one shaped by the developer's saved state.
# No throughput history restored from (or written to) the developer's data dir either.
export STREAMSCOPE_NO_HISTORY_FILE=1
export XDG_CONFIG_HOME
XDG_CONFIG_HOME="$(mktemp -d)"
results=()
for ((i = 1; i <= runs; i++)); do
    out="$(xvfb-run -a -s "-screen 0 1400x900x24" "$BUILD_DIR/app/streamscope" \
        --bootstrap "$bootstrap" --bench-startup 2>/dev/null)"
    line="$(tr '\n' ' ' <<<"$out")"
    log "run $i: $line"
    results+=("$line")
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
field() { printf '%s\n' "${results[@]}" | grep -o "$1=[0-9.]*" | cut -d= -f2; }
echo "runs=$runs"
echo "startup_ms_median=$(field startup_ms | median)"
echo "connected_ms_median=$(field connected_ms | median)"
echo "rss_mb_median=$(field rss_mb | median)"
