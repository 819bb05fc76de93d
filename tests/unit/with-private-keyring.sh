#!/bin/sh
# Runs a command with its own keychain, as tests/lab/lab-start does for the lab: a private D-Bus
# session bus (no service directories, so nothing is auto-started) and gnome-keyring-daemon
# (Secret Service only) whose fresh login keyring lives in a temporary directory, unlocked with a
# random password. The user's session and keyring are never touched; both daemons are stopped by
# their PIDs and the directory removed when the command ends.
set -eu
dir=$(mktemp -d "${TMPDIR:-/tmp}/ferry-keyring.XXXXXX")
dbus_pid=
keyring_pid=
cleanup() {
  [ -z "$keyring_pid" ] || kill "$keyring_pid" 2> /dev/null || true
  [ -z "$dbus_pid" ] || kill "$dbus_pid" 2> /dev/null || true
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$dir/run" "$dir/data"
cat > "$dir/dbus.conf" << CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:path=$dir/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
dbus-daemon --config-file="$dir/dbus.conf" --fork --print-pid=3 --print-address=4 \
  3> "$dir/dbus.pid" 4> "$dir/dbus.addr" < /dev/null > "$dir/dbus.log" 2>&1
dbus_pid=$(head -n 1 "$dir/dbus.pid")
DBUS_SESSION_BUS_ADDRESS=$(head -n 1 "$dir/dbus.addr")
export DBUS_SESSION_BUS_ADDRESS XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/data"
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' > "$dir/password"
gnome-keyring-daemon --foreground --unlock --components=secrets < "$dir/password" \
  > "$dir/keyring.log" 2>&1 &
keyring_pid=$!
# Wait (10 s at most) until the keyring owns org.freedesktop.secrets on the bus.
i=0
until dbus-send --session --dest=org.freedesktop.DBus --type=method_call --print-reply \
  /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
  2> /dev/null | grep -q 'boolean true'; do
  i=$((i + 1))
  if [ "$i" -gt 100 ]; then
    echo "with-private-keyring: gnome-keyring-daemon did not start:" >&2
    cat "$dir/keyring.log" >&2
    exit 1
  fi
  sleep 0.1
done
rm -f "$dir/password"
status=0
"$@" || status=$?
exit "$status"
