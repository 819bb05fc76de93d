# Shared by pg-start and pg-restart (sourced after lab-lib.sh).

# pg_bin: the newest installed PostgreSQL's bin directory, or nothing.
pg_bin() {
  find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2> /dev/null | sort -V | tail -n 1
}

# pg_serve BIN DATA PORT LOG: starts the postmaster of DATA/cluster as nobody on 127.0.0.1:PORT
# in the background and waits until it answers; prints its PID. Fails (after stopping it) when it
# does not answer or another process answers on the port. FERRY_LAB_OWNER must be exported.
pg_serve() {
  local bin=$1 data=$2 port=$3 log=$4 user=nobody group pid i
  group=$(id -gn "$user")
  # Test settings: durability traded for speed (a crash loses the throw-away cluster anyway).
  # setpriv execs postgres itself, so $! is the postmaster's PID.
  setpriv --reuid="$user" --regid="$group" --clear-groups -- "$bin/postgres" -D "$data/cluster" \
    -c listen_addresses=127.0.0.1 -c port="$port" \
    -c unix_socket_directories="$data" -c max_connections=300 -c fsync=off \
    -c synchronous_commit=off -c full_page_writes=off -c logging_collector=off \
    -c ssl=on -c ssl_cert_file="$data/server.crt" -c ssl_key_file="$data/server.key" \
    > "$log" 2>&1 < /dev/null &
  pid=$!
  for ((i = 0; i < 300; i++)); do
    if "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 1; then
      if [ "$(head -n 1 "$data/cluster/postmaster.pid" 2> /dev/null)" = "$pid" ]; then
        echo "$pid"
        return 0
      fi
      break
    fi
    lab_alive "$pid" || break
    sleep 0.1
  done
  if lab_alive "$pid"; then
    kill -INT "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  fi
  return 1
}

# pg_halt PID DIR: a fast shutdown of our postmaster (SIGINT), SIGQUIT and SIGKILL if it hangs.
# Returns 1 when it had to be killed.
pg_halt() {
  local pid=$1 dir=$2 i
  [ -n "$pid" ] && lab_alive "$pid" || return 0
  if ! lab_owned "$pid" "$dir"; then
    echo "pg: PID $pid is not ours any more; left alone" >&2
    return 0
  fi
  kill -INT "$pid" 2> /dev/null
  for ((i = 0; i < 300; i++)); do
    lab_alive "$pid" || return 0
    sleep 0.1
  done
  echo "pg: postgres $pid did not stop in 30 s; SIGQUIT" >&2
  kill -QUIT "$pid" 2> /dev/null
  sleep 1
  lab_alive "$pid" && kill -KILL "$pid" 2> /dev/null
  return 1
}
