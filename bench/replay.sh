#!/usr/bin/env bash
# Replay benchmark (issue 9): the same 1,000,000 records of ~200 bytes with headers copied by
# `streamscope-cli replay` (headers kept, verification off) and by `kcat -C -e | kcat -P` (which
# drops headers), side by side in one run on one broker; then our verification time.
#
#   bench/replay.sh            (STREAMSCOPE_BOOTSTRAP, CLI from $CLI or build/ci/app)
#   OURS_ARGS="--producers 1"  extra options for both of our runs
#
# Each run is timed by /usr/bin/time: wall seconds and CPU (user + sys, for the kcat pipe both
# kcat processes), since the CPU figures say more than wall time on a loaded machine.
#
# Creates bench-replay-src (kept between runs when it already holds the records) and
# sandbox.bench-replay-* targets (deleted at the end).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLI="${CLI:-$ROOT/build/ci/app/streamscope-cli}"
B="${STREAMSCOPE_BOOTSTRAP:?set STREAMSCOPE_BOOTSTRAP}"
N="${N:-1000000}"
SRC=bench-replay-src
TOOL="$ROOT/scripts/kafka-tool.sh"
log() { printf 'bench/replay.sh: %s\n' "$*" >&2; }
now() { date +%s.%N; }
count() { # records in a topic (sum of end offsets: no transactions on these topics but ours)
    "$CLI" topics -b "$B" --json | jq --arg t "$1" '[.topics[] | select(.topic == $t) | .message_count] | add // 0'
}

if [[ "$(count $SRC)" != "$N" ]]; then
    "$TOOL" topics --bootstrap-server "$B" --delete --topic "$SRC" >/dev/null 2>&1 || true
    sleep 2
    "$TOOL" topics --bootstrap-server "$B" --create --topic "$SRC" --partitions 3 >/dev/null
    log "producing $N records of ~200 bytes with 2 headers"
    # key:value lines; the value is ~190 bytes of JSON-ish text.
    awk -v n="$N" 'BEGIN { pad = sprintf("%150s", ""); gsub(/ /, "x", pad);
        for (i = 0; i < n; i++) printf "k%d|{\"i\":%d,\"kind\":\"order\",\"pad\":\"%s\"}\n", i % 1000, i, pad }' \
        | kcat -P -b "$B" -t "$SRC" -K '|' -H trace=0af7651916cd43dd8448eb211c80319c -H service=orders -X linger.ms=50
fi
log "source holds $(count $SRC) records"
load() { cut -d' ' -f1-3 /proc/loadavg; }

T_OURS=sandbox.bench-replay-ours
T_KCAT=sandbox.bench-replay-kcat
T_VER=sandbox.bench-replay-verified
for t in $T_OURS $T_KCAT $T_VER; do
    "$TOOL" topics --bootstrap-server "$B" --delete --topic "$t" >/dev/null 2>&1 || true
done
sleep 3
"$TOOL" topics --bootstrap-server "$B" --create --topic "$T_KCAT" --partitions 3 >/dev/null

OURS_ARGS="${OURS_ARGS:-}"
timed() { # timed NAME command...: runs it under /usr/bin/time, keeps "wall user sys" in /tmp/bench-replay-NAME.time
    local name=$1; shift
    /usr/bin/time -f '%e %U %S' -o "/tmp/bench-replay-$name.time" "$@"
}
log "load before: $(load)"
t0=$(now)
# shellcheck disable=SC2086
timed ours "$CLI" replay -b "$B" --topic "$SRC" --to "$T_OURS" --no-verify --json $OURS_ARGS > /tmp/bench-replay-ours.json
t1=$(now)
timed kcat bash -c "kcat -C -b '$B' -t '$SRC' -e -q -K '|' | kcat -P -b '$B' -t '$T_KCAT' -K '|' -X linger.ms=50"
t2=$(now)
# shellcheck disable=SC2086
timed verified "$CLI" replay -b "$B" --topic "$SRC" --to "$T_VER" --json $OURS_ARGS > /tmp/bench-replay-verified.json
t3=$(now)
log "load after: $(load)"

ours=$(echo "$t1 - $t0" | bc -l); kc=$(echo "$t2 - $t1" | bc -l); ver=$(echo "$t3 - $t2" | bc -l)
n_ours=$(jq .replayed /tmp/bench-replay-ours.json)
n_kcat=$(count $T_KCAT)
verify_ms=$(jq .verify_ms /tmp/bench-replay-verified.json)
replay_ms_v=$(jq .replay_ms /tmp/bench-replay-verified.json)
printf 'streamscope replay (headers kept, no verify): %d records in %.2f s = %.0f rec/s (replay_ms %s)\n' \
    "$n_ours" "$ours" "$(echo "$n_ours / $ours" | bc -l)" "$(jq .replay_ms /tmp/bench-replay-ours.json)"
printf 'kcat -C -e | kcat -P (headers dropped):       %d records in %.2f s = %.0f rec/s\n' \
    "$n_kcat" "$kc" "$(echo "$n_kcat / $kc" | bc -l)"
printf 'ratio kcat time / ours: %.2f\n' "$(echo "$kc / $ours" | bc -l)"
cpu() { awk '{ printf "%.2f s wall, %.2f s user + %.2f s sys = %.2f s CPU", $1, $2, $3, $2 + $3 }' "/tmp/bench-replay-$1.time"; }
printf 'CPU ours:     %s\nCPU kcat|kcat: %s\nCPU verified: %s\n' "$(cpu ours)" "$(cpu kcat)" "$(cpu verified)"
printf 'replay with verification: %.2f s total, replay %s ms, verify %s ms (verified=%s, mismatches=%s)\n' \
    "$ver" "$replay_ms_v" "$verify_ms" "$(jq .verified /tmp/bench-replay-verified.json)" \
    "$(jq .mismatches /tmp/bench-replay-verified.json)"
printf 'headers on the first target record: ours=%s kcat=%s\n' \
    "$(kcat -C -b "$B" -t "$T_OURS" -p 0 -o beginning -c 1 -q -f '%h' 2>/dev/null | head -c 200)" \
    "$(kcat -C -b "$B" -t "$T_KCAT" -p 0 -o beginning -c 1 -q -f '%h' 2>/dev/null | head -c 200)"
for t in $T_OURS $T_KCAT $T_VER; do
    "$TOOL" topics --bootstrap-server "$B" --delete --topic "$t" >/dev/null 2>&1 || true
done
