#!/usr/bin/env bash
# Run a Kafka command-line tool from the jar cache of scripts/kafka.sh, without
# a Kafka distribution. The tool's main class differs between 3.9 and 4.x, so
# aliases are resolved against the jars of $KAFKA_VERSION.
#
#   scripts/kafka-tool.sh ALIAS|FULLY.QUALIFIED.Class [ARGS...]
#
# Aliases: topics, consumer-groups, get-offsets, producer-perf, consumer-perf,
#          console-producer, console-consumer, configs, delete-records,
#          metadata-quorum, log-dirs, broker-api-versions, storage
# Example: scripts/kafka-tool.sh topics --bootstrap-server "$B" --list
set -euo pipefail

if [[ $# -lt 1 || "$1" == -h || "$1" == --help ]]; then
    # The header comment above is the help text.
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0" >&2
    exit 2
fi

# All logic (fetching, class resolution, JVM flags) lives in kafka.sh.
exec "$(dirname "$0")/kafka.sh" tool "$@"
