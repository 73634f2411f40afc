#!/usr/bin/env bash
# One-command demo: build Streamscope, start a local Kafka broker, feed it with
# the simulator and open the GUI on it. Closing the GUI stops the simulator;
# the broker keeps running so the next demo starts fast.
#
#   scripts/demo.sh [extra GUI args...]
#
# It builds only what it runs (the GUI, the CLI and the translations), in the same build tree and
# with the same settings as scripts/test.sh, so running the README's two commands one after the
# other compiles everything once.
#
# Environment: STREAMSCOPE_BUILD_DIR (default build/ci), STREAMSCOPE_CMAKE_ARGS,
# STREAMSCOPE_DEMO_SCENARIO (default demo), KAFKA_VERSION (see scripts/kafka.sh).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

BUILD_DIR="${STREAMSCOPE_BUILD_DIR:-build/ci}"
SCENARIO="${STREAMSCOPE_DEMO_SCENARIO:-demo}"
read -r -a EXTRA_CMAKE_ARGS <<<"${STREAMSCOPE_CMAKE_ARGS:-}"
SIM_PID=""

say() { printf 'demo: %s\n' "$*"; }

GUI_PID=""

# Stop a process group started with setsid (pgid == pid): TERM, up to 5 s, KILL.
# Whole groups, so helpers (xvfb-run's Xvfb, simulator children) go too.
# shellcheck disable=SC2317  # invoked via trap
stop_group() {
    local pid="$1" what="$2" i
    [[ -n "$pid" ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        say "stopping $what (pid $pid)"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
    fi
    kill -KILL -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # invoked via trap
on_exit() {
    local rc=$?
    stop_group "$GUI_PID" "GUI"
    stop_group "$SIM_PID" "simulator"
    if [[ -n "${BOOTSTRAP:-}" ]]; then
        say "Kafka broker still running at $BOOTSTRAP; 'scripts/kafka.sh stop' ends it"
    fi
    exit "$rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say "checking dependencies"
scripts/install-deps.sh

say "building ($BUILD_DIR)"
# The same cache settings as scripts/test.sh: different ones would rebuild everything there.
cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTREAMSCOPE_WERROR=ON \
    "${EXTRA_CMAKE_ARGS[@]}"
cmake --build "$BUILD_DIR" --target streamscope streamscope-cli streamscope_lrelease

# Binaries are expected at the top of the build dir; fall back to searching in
# case a subdirectory build puts them elsewhere.
find_binary() {
    local name="$1" found
    if [[ -x "$BUILD_DIR/$name" ]]; then
        printf '%s\n' "$BUILD_DIR/$name"
        return 0
    fi
    found="$(find "$BUILD_DIR" -type f -name "$name" -perm -u+x -print -quit)"
    [[ -n "$found" ]] || { echo "demo: $name not found in $BUILD_DIR" >&2; return 1; }
    printf '%s\n' "$found"
}
CLI="$(find_binary streamscope-cli)"
GUI="$(find_binary streamscope)"

say "starting Kafka"
BOOTSTRAP="$(scripts/kafka.sh start | tail -n 1)"
say "broker at $BOOTSTRAP"
say "starting the Schema Registry"
SCHEMA_REGISTRY="$(scripts/registry.sh start | tail -n 1)"
say "schema registry at $SCHEMA_REGISTRY ('scripts/registry.sh stop' ends it)"
# For the shell: `streamscope-cli browse --schema-registry "$STREAMSCOPE_SCHEMA_REGISTRY" ...`.
export STREAMSCOPE_SCHEMA_REGISTRY="$SCHEMA_REGISTRY"

SIM_LOG="$BUILD_DIR/simulate.log"
say "starting simulator (scenario '$SCENARIO', log $SIM_LOG)"
# setsid: own process group (pgid == $!), so stop_group can end all of it.
# With the registry, the scenario's Avro and Protobuf topics run too: the simulator registers
# their schemas and writes Confluent-framed records.
setsid "$CLI" simulate -b "$BOOTSTRAP" --scenario "$SCENARIO" \
    --schema-registry "$SCHEMA_REGISTRY" </dev/null >"$SIM_LOG" 2>&1 &
SIM_PID=$!
# Give it time to create its topics so the GUI opens on a populated cluster.
sleep 3
if ! kill -0 "$SIM_PID" 2>/dev/null; then
    wait "$SIM_PID" && sim_rc=0 || sim_rc=$?
    SIM_PID=""
    echo "demo: simulator exited early (exit $sim_rc); last lines of $SIM_LOG:" >&2
    tail -n 20 "$SIM_LOG" >&2
    exit 1
fi

# The GUI decodes through the same registry (Browse: shop.invoices.avro, shop.parcels.proto).
GUI_CMD=("$GUI" --bootstrap "$BOOTSTRAP" --schema-registry "$SCHEMA_REGISTRY" "$@")
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    # No desktop session (ssh, container, CI): use a virtual X server instead.
    say "no DISPLAY/WAYLAND_DISPLAY: running the GUI under xvfb-run (invisible; Ctrl-C ends it)"
    GUI_CMD=(xvfb-run -a -s "-screen 0 1400x900x24" "${GUI_CMD[@]}")
fi
say "opening Streamscope; Browse shop.invoices.avro (Avro) or shop.parcels.proto (Protobuf) to see decoded events; close the window to end the demo"
# Background + wait (not a plain foreground run) so Ctrl-C/kill reach our trap
# at once and it can take down the GUI's whole group, Xvfb included.
setsid "${GUI_CMD[@]}" &
GUI_PID=$!
wait "$GUI_PID" && gui_rc=0 || gui_rc=$?
GUI_PID=""
say "GUI exited (status $gui_rc)"
exit "$gui_rc"
