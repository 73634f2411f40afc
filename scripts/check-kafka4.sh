#!/usr/bin/env bash
# Checks that librdkafka (Debian's 2.0.2) keeps every protocol feature Streamscope uses when talking
# to Kafka 4.x, which removed old protocol versions (KIP-896). Starts a separate 4.1 broker, runs
# the CLI commands with debug=feature, and fails on "Disabling feature" for anything but the two
# features we do not use: MsgVer1 (we produce and read MsgVer2 record batches) and ThrottleTime
# (only feeds throttle statistics).
#
#   scripts/check-kafka4.sh [BUILD_DIR]      (default build/ci; build first)
#
# With --lag it also checks `streamscope-cli lag` against a group on the new consumer protocol
# (KIP-848), which librdkafka 2.0.2 cannot describe: a Java console consumer from the same jars
# with group.protocol=consumer; the CLI must show the group's committed offsets and lag exactly
# as kafka-consumer-groups does, and say that its members cannot be described (members null,
# members_described false, a note naming KIP-848) instead of an empty member list. That takes
# about 40 s more (the JVMs' start).
#
#   scripts/check-kafka4.sh --lag [BUILD_DIR]
#
# Exit 77 (ctest: skipped) when the Kafka 4 jars cannot be fetched.
# Leaves nothing behind: its broker, consumer, state folder and log are removed on every exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
check_lag=false
if [[ "${1:-}" == "--lag" ]]; then
    check_lag=true
    shift
fi
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
consumer_pid=""
cleanup() {
    local rc=$?
    [[ -z "$consumer_pid" ]] || kill "$consumer_pid" 2>/dev/null || true
    [[ -z "$consumer_pid" ]] || wait "$consumer_pid" 2>/dev/null || true
    # A command that failed left its reason in the log: show it before the log goes.
    [[ $rc -eq 0 || ! -s "$log" ]] || tail -n 20 "$log" >&2
    "$ROOT/scripts/kafka.sh" stop >/dev/null 2>&1 || true
    rm -f "$log"
    [[ -z "$own_state" ]] || rm -rf "$own_state"
}
trap cleanup EXIT
# Without the Kafka 4 jars (no network to Maven Central) there is nothing to check: exit 77,
# which ctest reports as skipped (test check_kafka4_lag, label kafka4).
if ! "$ROOT/scripts/kafka.sh" tools-dir >/dev/null 2>>"$log"; then
    echo "check-kafka4.sh: SKIP: Kafka $KAFKA_VERSION cannot be fetched (see above)" >&2
    tail -n 5 "$log" >&2
    exit 77
fi
bootstrap="$("$ROOT/scripts/kafka.sh" start | tail -n 1)"
# The simulation only has to exercise the producer's protocol here: on a busy machine a new
# 4.x broker may not take every record within the run, which says nothing about features.
"$CLI" simulate -b "$bootstrap" --scenario demo --duration 12 -X debug=feature >/dev/null 2>>"$log" ||
    echo "check-kafka4.sh: note: the simulation did not deliver every record (busy machine?);" \
        "the feature check goes on" >&2
"$CLI" topics -b "$bootstrap" -X debug=feature >/dev/null 2>>"$log"
"$CLI" throughput -b "$bootstrap" --window 3 -X debug=feature >/dev/null 2>>"$log"
"$CLI" lag -b "$bootstrap" --samples 1 -X debug=feature >/dev/null 2>>"$log"

disabled="$(grep -o 'Disabling feature [A-Za-z0-9]*' "$log" | sort -u | grep -v -E ' (MsgVer1|ThrottleTime)$' || true)"
if [[ -n "$disabled" ]]; then
    echo "check-kafka4.sh: Kafka $KAFKA_VERSION disables features we use:" >&2
    echo "$disabled" >&2
    exit 1
fi
echo "check-kafka4.sh: Kafka $KAFKA_VERSION keeps every feature Streamscope uses"
"$check_lag" || exit 0

# --- --lag: a KIP-848 group
TOOL="$ROOT/scripts/kafka-tool.sh"
fail() { echo "check-kafka4.sh: $*" >&2; exit 1; }
topic="lag-kip848"
group="lag-kip848-group"
"$TOOL" topics --bootstrap-server "$bootstrap" --create --topic "$topic" --partitions 2 >>"$log" 2>&1
seq 1 200 | "$TOOL" console-producer --bootstrap-server "$bootstrap" --topic "$topic" >>"$log" 2>&1
# The consumer reads everything and commits (auto-commit every second), then stays a member.
"$TOOL" console-consumer --bootstrap-server "$bootstrap" --topic "$topic" --group "$group" \
    --from-beginning --consumer-property group.protocol=consumer \
    --consumer-property auto.commit.interval.ms=1000 >/dev/null 2>>"$log" &
consumer_pid=$!

# Wait until Kafka's own tool sees the member and a commit on every partition.
kafka_rows=""
for _ in $(seq 1 60); do
    kafka_rows="$("$TOOL" consumer-groups --bootstrap-server "$bootstrap" --describe \
        --group "$group" 2>>"$log" | awk -v g="$group" '$1 == g && $4 ~ /^[0-9]+$/' || true)"
    if [[ "$(echo "$kafka_rows" | grep -c . || true)" -eq 2 ]] &&
        ! echo "$kafka_rows" | awk '$7 == "-"' | grep -q .; then
        break
    fi
    sleep 1
done
[[ "$(echo "$kafka_rows" | grep -c . || true)" -eq 2 ]] ||
    fail "the KIP-848 consumer did not commit on both partitions: $kafka_rows"

json="$("$CLI" lag -b "$bootstrap" --group "$group" --json --samples 1 2>>"$log")" ||
    fail "streamscope-cli lag failed"
ours="$(echo "$json" | jq -r '.groups[0].partitions[] | "\(.partition) \(.committed) \(.end) \(.lag)"' | sort)"
theirs="$(echo "$kafka_rows" | awk '{ print $3, $4, $5, $6 }' | sort)"
[[ "$ours" == "$theirs" ]] || fail "offsets differ: ours [$ours], kafka-consumer-groups [$theirs]"
echo "$json" | jq -e '.groups[0].members == null and .groups[0].members_described == false' \
    >/dev/null || fail "members should be unknown: $json"
echo "$json" | jq -e '.groups[0].members_note | test("KIP-848")' >/dev/null ||
    fail "no note that the members cannot be described: $json"
echo "check-kafka4.sh: Kafka $KAFKA_VERSION group on the new consumer protocol: committed" \
    "offsets and lag equal kafka-consumer-groups ($(echo "$ours" | tr '\n' ';')), members shown" \
    "as not describable"
