# shellcheck shell=bash
# Helpers shared by lab-start, lab-stop and lab-smoke. Sourced, never run.

# lab_abs_dir DIR: the absolute form of DIR, refused when it would break the lab: sockets and
# colon-separated arguments need a short path made of plain characters.
lab_abs_dir() {
  local dir
  dir=$(realpath -m -- "$1") || return 1
  if [[ ! $dir =~ ^/[A-Za-z0-9._/+-]+$ ]]; then
    echo "lab: DIR must contain only letters, digits and . _ / + - (got '$dir')" >&2
    return 1
  fi
  # Unix socket paths are limited to 107 bytes; LXD puts some 30 more under its LXD_DIR.
  if [ "${#dir}" -gt 70 ]; then
    echo "lab: DIR is too long for the unix sockets inside it (${#dir} > 70 characters): $dir" >&2
    return 1
  fi
  printf '%s\n' "$dir"
}

# lab_alive PID: true while the process exists and is not a zombie.
lab_alive() {
  local stat
  stat=$(cat "/proc/$1/stat" 2> /dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# lab_owned PID DIR: true when the process carries this lab's marker in its environment, so
# a recycled PID is never mistaken for one of ours. lab-start exports FERRY_LAB_OWNER=DIR to
# everything it starts, and children inherit it.
lab_owned() {
  grep -qzxF "FERRY_LAB_OWNER=$2" "/proc/$1/environ" 2> /dev/null
}

# lab_now_us: wall clock in microseconds.
lab_now_us() {
  local t=${EPOCHREALTIME/./}
  printf '%s\n' "$((10#$t))"
}

# lab_fmt_us MICROSECONDS: "1.234s".
lab_fmt_us() {
  printf '%d.%03ds' "$(($1 / 1000000))" "$((($1 % 1000000) / 1000))"
}

# lab_fingerprint PEM: lowercase hex SHA-256 of the certificate, no colons.
lab_fingerprint() {
  openssl x509 -in "$1" -noout -fingerprint -sha256 | sed 's/^.*=//; s/://g' | tr 'A-F' 'a-f'
}

# lab_keyring_round_trip BUS-ADDRESS XDG_RUNTIME_DIR XDG_DATA_HOME: store, look up and clear a
# random secret through the Secret Service on that bus; say what failed.
lab_keyring_round_trip() (
  export DBUS_SESSION_BUS_ADDRESS=$1 XDG_RUNTIME_DIR=$2 XDG_DATA_HOME=$3
  attr=check-$(openssl rand -hex 4)
  secret=$(openssl rand -hex 8)
  printf %s "$secret" | timeout 10 secret-tool store --label="ferry lab check" ferry-lab "$attr" ||
    {
      echo "secret-tool store failed"
      exit 1
    }
  got=$(timeout 10 secret-tool lookup ferry-lab "$attr") || {
    echo "secret-tool lookup failed"
    exit 1
  }
  timeout 10 secret-tool clear ferry-lab "$attr" || {
    echo "secret-tool clear failed"
    exit 1
  }
  [ "$got" = "$secret" ] || {
    echo "the keyring returned another secret"
    exit 1
  }
  if timeout 10 secret-tool lookup ferry-lab "$attr" > /dev/null 2>&1; then
    echo "the secret survived secret-tool clear"
    exit 1
  fi
)
