#!/usr/bin/env bash
# Checks `streamscope-cli lag` against a Kafka 4.x group on the new consumer protocol (KIP-848),
# which librdkafka 2.0.2 cannot describe: starts a separate 4.1 broker, a Java console consumer
# from the same jars with group.protocol=consumer, and checks that the CLI shows the group's
# committed offsets and lag exactly as kafka-consumer-groups does, and says that its members
# cannot be described (members null, members_described false, a note naming KIP-848) instead of
# an empty member list. Takes about a minute (most of it the broker's and the JVMs' start).
#
#   scripts/check-kafka4-lag.sh [BUILD_DIR]      (default build/ci; build streamscope-cli first)
#
# Leaves nothing behind: its consumer, broker, state folder and log go on every exit.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD_DIR="${1:-$ROOT/build/ci}"
CLI="$BUILD_DIR/app/streamscope-cli"
TOOL="$ROOT/scripts/kafka-tool.sh"
[[ -x "$CLI" ]] || { echo "check-kafka4-lag.sh: build first ($CLI missing)" >&2; exit 2; }

export KAFKA_VERSION="${KAFKA_VERSION:-4.1.2}"
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
    [[ $rc -eq 0 || ! -s "$log" ]] || tail -n 20 "$log" >&2
    "$ROOT/scripts/kafka.sh" stop >/dev/null 2>&1 || true
    rm -f "$log"
    [[ -z "$own_state" ]] || rm -rf "$own_state"
}
trap cleanup EXIT
fail() { echo "check-kafka4-lag.sh: $*" >&2; exit 1; }

bootstrap="$("$ROOT/scripts/kafka.sh" start | tail -n 1)"
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
echo "check-kafka4-lag.sh: Kafka $KAFKA_VERSION group on the new consumer protocol: committed" \
    "offsets and lag equal kafka-consumer-groups ($(echo "$ours" | tr '\n' ';')), members shown" \
    "as not describable"
