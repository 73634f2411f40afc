#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session bus and gnome-keyring with a
# fresh "login" keyring, unlocked (its password is only this run's), in a throwaway HOME. Exits
# with the command's status; the bus and the keyring end with it.
#
#   tests/scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool not found (run scripts/install-deps.sh)" >&2; exit 1; }
done
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# Inside the bus: --unlock creates the login keyring with this password and makes it the
# default collection, so writes need no prompt (there is no display to show one).
# shellcheck disable=SC2016  # expanded by the inner shell
exec dbus-run-session -- bash -c '
    printf "%s" "keyring-$RANDOM$RANDOM" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
