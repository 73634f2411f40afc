#!/usr/bin/env bash
# Checks that librdkafka (Debian's 2.0.2) keeps every protocol feature Streamscope uses when talking
# to Kafka 4.x, which removed old protocol versions (KIP-896). Starts a separate 4.1 broker, runs
# the CLI commands with debug=feature, and fails on "Disabling feature" for anything but the two
# features we do not use: MsgVer1 (we produce and read MsgVer2 record batches) and ThrottleTime
# (only feeds throttle statistics).
#
#   scripts/check-kafka4.sh [BUILD_DIR]      (default build/ci; build first)
#
# Leaves nothing behind: its broker, state folder and log are removed on every exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/ci}"
CLI="$BUILD_DIR/app/streamscope-cli"
[[ -x "$CLI" ]] || { echo "check-kafka4.sh: build first ($CLI missing)" >&2; exit 2; }

export KAFKA_VERSION="${KAFKA_VERSION:-4.1.2}"
# A state folder and log of our own, both removed on every exit (kafka.sh stop deletes only the
# per-version folder inside the state root, so a state root we made goes too).
own_state=""
if [[ -z "${STREAMSCOPE_STATE:-}" ]]; then
    own_state="$(mktemp -d)"
    export STREAMSCOPE_STATE="$own_state"
fi
log="$(mktemp)"
cleanup() {
    local rc=$?
    # A command that failed left its reason in the log: show it before the log goes.
    [[ $rc -eq 0 || ! -s "$log" ]] || tail -n 20 "$log" >&2
    "$ROOT/scripts/kafka.sh" stop >/dev/null 2>&1 || true
    rm -f "$log"
    [[ -z "$own_state" ]] || rm -rf "$own_state"
}
trap cleanup EXIT
bootstrap="$("$ROOT/scripts/kafka.sh" start | tail -n 1)"
"$CLI" simulate -b "$bootstrap" --scenario demo --duration 12 -X debug=feature >/dev/null 2>>"$log"
"$CLI" topics -b "$bootstrap" -X debug=feature >/dev/null 2>>"$log"
"$CLI" throughput -b "$bootstrap" --window 3 -X debug=feature >/dev/null 2>>"$log"

disabled="$(grep -o 'Disabling feature [A-Za-z0-9]*' "$log" | sort -u | grep -v -E ' (MsgVer1|ThrottleTime)$' || true)"
if [[ -n "$disabled" ]]; then
    echo "check-kafka4.sh: Kafka $KAFKA_VERSION disables features we use:" >&2
    echo "$disabled" >&2
    exit 1
fi
echo "check-kafka4.sh: Kafka $KAFKA_VERSION keeps every feature Streamscope uses"
