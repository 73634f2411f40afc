#!/usr/bin/env bash
# Full local/CI test run: install deps, configure + build (warnings are errors),
# start a real Kafka broker, run ctest against it, stop the broker again.
#
#   scripts/test.sh [extra ctest args...]     e.g. scripts/test.sh -R model -V
#
# Environment:
#   STREAMSCOPE_BUILD_DIR   build directory          (default build/ci)
#   STREAMSCOPE_CMAKE_ARGS  extra cmake configure args (word-split)
#   KAFKA_VERSION           broker version, see scripts/kafka.sh
#   STREAMSCOPE_SANITIZE    address (ASan+UBSan) or thread (TSan): a sanitizer build in
#                           build/<sanitizer> unless STREAMSCOPE_BUILD_DIR says otherwise
#   STREAMSCOPE_BUILD_TARGETS  build only these targets (space-separated), e.g. the suites a
#                           -R filter picks: a TSan build of everything takes an hour on 2 cores
#
# Two brokers run: the plain one (STREAMSCOPE_BOOTSTRAP) and the secured one of
# `kafka.sh start --secure`, whose listener lines go to a file named by STREAMSCOPE_SECURE_LISTENERS
# (the secured-cluster suites skip without it). A Schema Registry (scripts/registry.sh) runs beside
# them; its URL is STREAMSCOPE_SCHEMA_REGISTRY (the schema suites skip without it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SANITIZE="${STREAMSCOPE_SANITIZE:-}"
case "$SANITIZE" in
    "" | address | thread) ;;
    *) echo "test.sh: STREAMSCOPE_SANITIZE must be address or thread, not '$SANITIZE'" >&2; exit 2 ;;
esac
case "$SANITIZE" in
    address) default_build_dir=build/asan ;;
    thread) default_build_dir=build/tsan ;;
    *) default_build_dir=build/ci ;;
esac
BUILD_DIR="${STREAMSCOPE_BUILD_DIR:-$default_build_dir}"
read -r -a EXTRA_CMAKE_ARGS <<<"${STREAMSCOPE_CMAKE_ARGS:-}"
[[ -z "$SANITIZE" ]] || EXTRA_CMAKE_ARGS+=("-DSTREAMSCOPE_SANITIZE=$SANITIZE")
T0=$SECONDS
STEP="setup"
STARTED_BROKER=0
STARTED_SECURE_BROKER=0
STARTED_REGISTRY=0

step() {
    STEP="$1"
    printf '\n==> [%4ds] %s\n' "$((SECONDS - T0))" "$STEP"
}

RESULT_LINE=""

# shellcheck disable=SC2317  # invoked via trap
cleanup() {
    local rc=$?
    # Only stop a broker this run started; a developer's running one is left alone.
    if [[ "$STARTED_BROKER" == 1 ]]; then
        scripts/kafka.sh stop || true
    fi
    if [[ "$STARTED_SECURE_BROKER" == 1 ]]; then
        scripts/kafka.sh stop --secure || true
    fi
    if [[ "$STARTED_REGISTRY" == 1 ]]; then
        scripts/registry.sh stop || true
    fi
    if [[ $rc -eq 0 ]]; then
        echo "test.sh: PASSED in $((SECONDS - T0)) s"
    else
        echo "test.sh: FAILED during '$STEP' (exit $rc) after $((SECONDS - T0)) s"
    fi
    # Last line: plain "N passed, N failed" summary, when ctest got that far.
    [[ -z "$RESULT_LINE" ]] || echo "$RESULT_LINE"
    exit "$rc"
}
trap cleanup EXIT
# Make Ctrl-C / kill go through the EXIT trap so the broker is still stopped.
trap 'exit 130' INT
trap 'exit 143' TERM

step "install dependencies"
scripts/install-deps.sh

step "configure ($BUILD_DIR)"
cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSTREAMSCOPE_WERROR=ON \
    "${EXTRA_CMAKE_ARGS[@]}"

step "build"
if [[ -n "${STREAMSCOPE_BUILD_TARGETS:-}" ]]; then
    read -r -a BUILD_TARGETS <<<"$STREAMSCOPE_BUILD_TARGETS"
    cmake --build "$BUILD_DIR" --target "${BUILD_TARGETS[@]}"
else
    cmake --build "$BUILD_DIR"
fi

step "start Kafka"
if scripts/kafka.sh status >/dev/null 2>&1; then
    echo "reusing the Kafka broker that was already running (it is left running)"
else
    STARTED_BROKER=1
fi
# The last stdout line of kafka.sh start is the bootstrap address.
BOOTSTRAP="$(scripts/kafka.sh start | tail -n 1)"
[[ "$BOOTSTRAP" =~ ^127\.0\.0\.1:[0-9]+$ ]] || { echo "unexpected bootstrap '$BOOTSTRAP'" >&2; exit 1; }
echo "bootstrap: $BOOTSTRAP"

step "start the secured Kafka"
if scripts/kafka.sh status --secure >/dev/null 2>&1; then
    echo "reusing the secured Kafka broker that was already running (it is left running)"
else
    STARTED_SECURE_BROKER=1
fi
SECURE_LISTENERS="$BUILD_DIR/secure-listeners.txt"
scripts/kafka.sh start --secure >"$SECURE_LISTENERS"
grep -q '^RESTRICTED 127\.0\.0\.1:[0-9]* ' "$SECURE_LISTENERS" \
    || { echo "unexpected output of kafka.sh start --secure:" >&2; cat "$SECURE_LISTENERS" >&2; exit 1; }
cat "$SECURE_LISTENERS"
export STREAMSCOPE_SECURE_LISTENERS="$(realpath "$SECURE_LISTENERS")"

step "start the Schema Registry"
if scripts/registry.sh status >/dev/null 2>&1; then
    echo "reusing the Schema Registry that was already running (it is left running)"
else
    STARTED_REGISTRY=1
fi
# The last stdout line of registry.sh start is its Confluent-compatible API's URL.
SCHEMA_REGISTRY="$(scripts/registry.sh start | tail -n 1)"
[[ "$SCHEMA_REGISTRY" =~ ^http://127\.0\.0\.1:[0-9]+/ ]] \
    || { echo "unexpected registry URL '$SCHEMA_REGISTRY'" >&2; exit 1; }
echo "schema registry: $SCHEMA_REGISTRY"
export STREAMSCOPE_SCHEMA_REGISTRY="$SCHEMA_REGISTRY"

export STREAMSCOPE_BOOTSTRAP="$BOOTSTRAP"
export STREAMSCOPE_KAFKA_TOOL="$ROOT/scripts/kafka-tool.sh"
# Widgets tests need no X server.
export QT_QPA_PLATFORM=offscreen
if [[ "$SANITIZE" == thread ]]; then
    export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=1 second_deadlock_stack=1 die_after_fork=0 suppressions=$ROOT/tests/tsan.supp}"
fi

step "ctest"
CTEST_LOG="$BUILD_DIR/ctest.log"
set +e
ctest --test-dir "$BUILD_DIR" --output-on-failure "$@" 2>&1 | tee "$CTEST_LOG"
rc=${PIPESTATUS[0]}
set -e

# Restate ctest's result as a plain "N passed, N failed" line for the end of
# the output. ctest prints "95% tests passed, 1 tests failed out of 20"; tests
# it skipped are listed as "(Skipped)" and are counted there as not failed.
summary="$(grep -E '^[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$CTEST_LOG" | tail -n 1 || true)"
if [[ -n "$summary" ]]; then
    failed="$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$summary")"
    total="$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$summary")"
    skipped="$(grep -cE '\(Skipped\)$' "$CTEST_LOG" || true)"
    RESULT_LINE="test.sh: $((total - failed - skipped)) passed, $failed failed, $skipped skipped"
elif grep -q 'No tests were found' "$CTEST_LOG"; then
    # A run that tests nothing proves nothing: treat it as a failure.
    echo "test.sh: ctest found no tests" >&2
    rc=1
fi
STEP="ctest"
exit "$rc"
