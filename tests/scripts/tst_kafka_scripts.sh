#!/usr/bin/env bash
# The project's broker scripts, as tests of "broker goes away and comes back" and CI use them:
#  - kafka.sh halt + restart brings the same cluster back on the same port with its data;
#  - check-kafka4.sh leaves no temporary log or state folder behind.
# Runs its own broker in its own state folder, so the suite's broker is never touched.
#
#   tests/scripts/tst_kafka_scripts.sh BUILD_DIR
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD_DIR="$1"
KAFKA="$ROOT/scripts/kafka.sh"

work="$(mktemp -d)"
export STREAMSCOPE_STATE="$work/state"
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
# The state folder is named explicitly here: the suite's own broker (default state) must survive.
trap 'STREAMSCOPE_STATE="$work/state" "$KAFKA" stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

passed=0
failed=0
check() { # check NAME CONDITION...
    local name="$1"
    shift
    if "$@"; then
        echo "PASS   : $name"
        passed=$((passed + 1))
    else
        echo "FAIL!  : $name"
        failed=$((failed + 1))
    fi
}

# --- restart keeps port and data
bootstrap="$("$KAFKA" start | tail -n 1)"
kcat -b "$bootstrap" -L >/dev/null
"$KAFKA" tool topics --bootstrap-server "$bootstrap" --create --topic restart-me --partitions 2 >/dev/null
printf 'a\nb\nc\n' | kcat -b "$bootstrap" -t restart-me -p 0 -P
"$KAFKA" halt
check "halt stops the broker" bash -c "! '$KAFKA' status >/dev/null 2>&1"
check "halt keeps the data" test -f "$STREAMSCOPE_STATE/kafka-${KAFKA_VERSION:-3.9.2}/server.properties"
again="$("$KAFKA" restart | tail -n 1)"
check "restart uses the same port" test "$again" = "$bootstrap"
count="$(kcat -b "$bootstrap" -C -t restart-me -p 0 -o beginning -e -q 2>/dev/null | wc -l)"
check "restart keeps the records (3 in partition 0, saw $count)" test "$count" -eq 3
"$KAFKA" stop
check "restart without state is an error" bash -c "! '$KAFKA' restart >/dev/null 2>&1"

# --- check-kafka4.sh cleans up after itself (run against the cached 3.9 broker: same code path)
if env -u STREAMSCOPE_STATE KAFKA_VERSION="${KAFKA_VERSION:-3.9.2}" \
        "$ROOT/scripts/check-kafka4.sh" "$BUILD_DIR" >"$work/check.log" 2>&1; then
    check "check-kafka4.sh passes" true
else
    cat "$work/check.log"
    check "check-kafka4.sh passes" false
fi
left="$(find "$TMPDIR" -mindepth 1 | head -n 5)"
check "check-kafka4.sh leaves nothing in TMPDIR (left: ${left:-nothing})" test -z "$left"

echo "Totals: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
