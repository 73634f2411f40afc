#!/usr/bin/env bash
# GUI event-loop benchmark: the Throughput page with its charts on screen (50 topics charted,
# partition bars, sparklines) while 1,000 topics update every second (1 s sampling, ~1 record/s
# into each). A 5 ms watchdog timer in the app records how late it fires; the worst lateness is
# the longest the event loop was blocked. Record the figures in bench/RESULTS.md under
# "GUI event loop". The app also prints the slowest event deliveries on the GUI thread and the
# kinds of event costing most CPU (slow_event / event_kind lines), with wall and CPU time.
#
#   bench/eventloop.sh [--seconds N] [--topics N] [--keep] [--shared-cpu]
#
#   --seconds N   measuring time (default 60), after the charts got their topics
#   --topics N    topics to create and feed (default 1000, named bench-ui-0000 ...)
#   --keep        keep the topics afterwards (the next run reuses them)
#   --shared-cpu  leave the broker and the feeder at normal priority. By default both run at
#                 nice 10 while measuring: in real use they are other machines, and on this
#                 2-core box they would otherwise take the cores the GUI and X server need.
#
# Environment: BUILD_DIR (default build/ui-bench-release, a Release build of the app),
# STREAMSCOPE_BOOTSTRAP (default: start or reuse the broker of scripts/kafka.sh; it is never
# stopped, others use it).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build/ui-bench-release}"
seconds=60
topics=1000
keep=0
shared_cpu=0
while [[ $# -gt 0 ]]; do
    case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --topics) topics="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    --shared-cpu) shared_cpu=1; shift ;;
    *) echo "usage: $0 [--seconds N] [--topics N] [--keep] [--shared-cpu]" >&2; exit 2 ;;
    esac
done

log() { printf 'bench/eventloop.sh: %s\n' "$*" >&2; }

bootstrap="${STREAMSCOPE_BOOTSTRAP:-$("$ROOT/scripts/kafka.sh" start | tail -n 1)}"
log "broker $bootstrap"

cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSTREAMSCOPE_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD_DIR" --target streamscope streamscope-bench-uifeed >&2
feed=("$BUILD_DIR/bench/streamscope-bench-uifeed" -b "$bootstrap" --topics "$topics"
      --partitions 2 --prefix bench-ui-)

"${feed[@]}" create

# Every thread of a process to nice $2 (threads keep their own nice values on Linux).
renice_threads() {
    local pid="$1" value="$2" task
    for task in /proc/"$pid"/task/*; do
        renice -n "$value" -p "${task##*/}" >/dev/null 2>&1 || return 1
    done
}

broker_pid=""
if [[ "$shared_cpu" -eq 0 && -z "${STREAMSCOPE_BOOTSTRAP:-}" ]]; then
    broker_pid="$("$ROOT/scripts/kafka.sh" status | sed -n 's/.* pid \([0-9]*\),.*/\1/p')"
fi

feeder_pid=""
settings_dir="$(mktemp -d)"
cleanup() {
    if [[ -n "$broker_pid" ]]; then
        renice_threads "$broker_pid" 0 || log "could not put the broker back to nice 0"
    fi
    if [[ -n "$feeder_pid" ]]; then
        kill "$feeder_pid" 2>/dev/null || true
        wait "$feeder_pid" 2>/dev/null || true
    fi
    rm -rf "$settings_dir"
    if [[ "$keep" -eq 0 ]]; then
        "${feed[@]}" delete || log "could not delete the bench-ui topics"
    fi
}
trap cleanup EXIT

if [[ "$shared_cpu" -eq 0 ]]; then
    nice -n 10 "${feed[@]}" --rate 1 feed &
    feeder_pid=$!
    if [[ -n "$broker_pid" ]] && renice_threads "$broker_pid" 10; then
        log "broker (pid $broker_pid) and feeder at nice 10 while measuring (--shared-cpu: not)"
    else
        log "feeder at nice 10; the broker keeps its priority"
    fi
else
    "${feed[@]}" --rate 1 feed &
    feeder_pid=$!
fi
sleep 3 # records flowing before the app starts

# A throw-away settings location: never the user's window layout or profiles.
# No throughput history restored from (or written to) the developer's data dir either.
export STREAMSCOPE_NO_HISTORY_FILE=1
log "measuring ${seconds} s on the Throughput page"
XDG_CONFIG_HOME="$settings_dir" xvfb-run -a -s "-screen 0 1400x900x24" \
    "$BUILD_DIR/app/streamscope" --bootstrap "$bootstrap" --bench-eventloop "$seconds"
