#!/usr/bin/env bash
# Builds the benchmarks in Release and runs them against the local broker, printing figures.
# Record them in bench/RESULTS.md.
#
#   bench/run.sh [throughput|lag|exporter] [-- BENCH ARGS...]
#
#   throughput   500 topics x 20 partitions: our sampling tick vs Kafka's GetOffsetShell
#                (creates bench-tput-NNN topics, deletes them at the end unless --keep)
#   lag          2,000 groups on 2,000 partitions: one lag refresh vs kafka-consumer-groups
#                --describe --all-groups (bench-tput-000..099 and groups bench-lag-NNNN,
#                deleted at the end unless --keep)
#   exporter     /metrics at 10,000 partitions and 2,000 groups from constructed snapshots, then
#                kafka-consumer-groups --describe --all-groups vs `serve` on the broker with
#                --live-groups groups (default 200; they stay, so later runs reuse them)
#
# Environment: BUILD_DIR (default build/bench-release), STREAMSCOPE_BOOTSTRAP (default: start or
# reuse the broker of scripts/kafka.sh; it is never stopped, others use it).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/bench-release}"
which="${1:-throughput}"
[[ $# -gt 0 ]] && shift
[[ "${1:-}" == "--" ]] && shift

log() { printf 'bench/run.sh: %s\n' "$*" >&2; }

bootstrap="${STREAMSCOPE_BOOTSTRAP:-$("$ROOT/scripts/kafka.sh" start | tail -n 1)}"
log "broker $bootstrap"

broker_rss_mb() {
    local pidfile pid
    pidfile="$(ls -d "${STREAMSCOPE_STATE:-$HOME/.cache/streamscope/run}"/kafka-*/broker.pid 2>/dev/null | head -n 1)"
    [[ -n "$pidfile" ]] || { echo "?"; return; }
    pid="$(<"$pidfile")"
    awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status" 2>/dev/null || echo "?"
}

case "$which" in
throughput)
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTREAMSCOPE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" --target streamscope-bench-throughput streamscope-cli >&2
    libs="$("$ROOT/scripts/kafka.sh" tools-dir)"
    log "broker RSS before: $(broker_rss_mb) MiB"
    start=$SECONDS
    rc=0
    "$BUILD_DIR/bench/streamscope-bench-throughput" -b "$bootstrap" \
        --kafka-tool "$ROOT/scripts/kafka-tool.sh" --kafka-libs "$libs" \
        --java-warm "$ROOT/bench/GetOffsetsWarm.java" "$@" || rc=$?
    log "broker RSS after: $(broker_rss_mb) MiB; bench took $((SECONDS - start)) s"
    # The broker must still serve requests after 10,000 partitions came and went.
    if "$BUILD_DIR/app/streamscope-cli" topics -b "$bootstrap" >/dev/null; then
        log "broker still answers metadata requests"
    else
        log "broker does NOT answer after the bench"
        rc=1
    fi
    exit "$rc"
    ;;
lag)
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTREAMSCOPE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" --target streamscope-bench-lag >&2
    start=$SECONDS
    rc=0
    "$BUILD_DIR/bench/streamscope-bench-lag" -b "$bootstrap" \
        --kafka-tool "$ROOT/scripts/kafka-tool.sh" "$@" || rc=$?
    log "bench took $((SECONDS - start)) s"
    exit "$rc"
    ;;
exporter)
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DSTREAMSCOPE_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" --target streamscope-bench-exporter streamscope-cli >&2
    log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$BUILD_DIR/bench/streamscope-bench-exporter" -b "$bootstrap" \
        --kafka-tool "$ROOT/scripts/kafka-tool.sh" --cli "$BUILD_DIR/app/streamscope-cli" "$@"
    log "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    ;;
*)
    sed -n '2,19s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac
