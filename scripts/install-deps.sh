#!/usr/bin/env bash
# Install the Debian (bookworm) packages Streamscope needs to build, test and
# run its local Kafka broker. Idempotent: it asks dpkg what is missing first and
# only touches apt when something is, so on a ready machine it takes ~50 ms.
set -euo pipefail

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build clang-format
    # Qt 6 + libraries the app links against
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqcustomplot-dev librdkafka-dev nlohmann-json3-dev libgl1-mesa-dev qtkeychain-qt6-dev
    # the exporter's HTTP server (Qt6HttpServer's CMake files need the WebSockets ones)
    qt6-httpserver-dev qt6-websockets-dev
    # headless GUI tests / screenshots
    xvfb xauth imagemagick
    # Kafka helpers used by scripts/kafka.sh and tests
    kcat jq python3 openssl
    # a real Secret Service for the keychain tests
    gnome-keyring libsecret-tools dbus dbus-x11
    # the exporter's tests: a real Prometheus server and promtool
    prometheus
    # service graph layout (Graphviz cgraph/gvc C API)
    libgraphviz-dev
    # JSON fields of browsed payloads (core/browse filter, On-Demand API)
    libsimdjson-dev
    # 128-bit hashes of event ids, payloads and JSON shapes (core/checks: XXH3)
    libxxhash-dev
    # Schema Registry payloads (core/schema): Avro C, Protobuf with its .proto parser; the tests'
    # independent encoders (python3-avro, python3-protobuf, protoc) and curl for registry.sh
    libavro-dev libprotobuf-dev libprotoc-dev protobuf-compiler python3-avro python3-protobuf curl
    # the executables' malloc (app/CMakeLists.txt: librdkafka's per-message allocations)
    libjemalloc-dev
)

JAVA_PACKAGES=(openjdk-17-jre-headless maven)

# dpkg-query prints nothing (and exits 1) for packages it has never seen, so
# compare its "installed" list against the wanted list instead of trusting rc.
installed="$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" "${JAVA_PACKAGES[@]}" 2>/dev/null \
    | awk '$NF == "installed" && $(NF-1) == "ok" {print $1}' || true)"
missing=()
for p in "${PACKAGES[@]}"; do
    grep -qxF -- "$p" <<<"$installed" || missing+=("$p")
done

# Kafka needs Java 17+ and Maven (to fetch its jars). A JDK/Maven already on
# PATH (SDKMAN, a CI image) is fine too; probing it costs a JVM start, so only
# do that when the Debian packages are not installed.
java_major() {
    local v
    v="$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')"
    # "17.0.15" -> 17, old style "1.8.0_402" -> 8
    [[ "$v" == 1.* ]] && v="${v#1.}"
    printf '%s\n' "${v%%[._+-]*}"
}
java_missing=()
for p in "${JAVA_PACKAGES[@]}"; do
    grep -qxF -- "$p" <<<"$installed" || java_missing+=("$p")
done
if [[ ${#java_missing[@]} -gt 0 ]]; then
    jv="$(java_major 2>/dev/null || true)"
    if ! [[ "$jv" =~ ^[0-9]+$ && "$jv" -ge 17 ]] || ! command -v mvn >/dev/null; then
        missing+=("${java_missing[@]}")
    fi
fi

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all required packages are installed"
    exit 0
fi

SUDO=()
if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    SUDO=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
# env, not export: sudo drops the caller's environment. Recommends are kept on
# purpose (they bring fonts that Qt needs to render text in screenshots).
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
echo "install-deps: done"
