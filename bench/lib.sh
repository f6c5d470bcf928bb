#!/usr/bin/env bash
# Shell helpers shared by the bench scripts; source it: . "$(dirname "$0")/lib.sh"

# A TCP port on 127.0.0.1 nothing listens on (20000-39999).
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$(( (RANDOM << 15 | RANDOM) % 20000 + 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# Stops a process this script started: TERM, up to 30 s to exit, then KILL.
stop_process() {
  local pid=$1
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  fi
}

# Waits until URL answers 2xx; fails, with the end of LOG, if PID exits first or after LIMIT seconds.
wait_for_http() {
  local url=$1 pid=$2 log=$3 limit=${4:-180} started
  started=$(date +%s)
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the server exited while starting; its log:" >&2
      tail -50 "$log" >&2
      return 1
    fi
    if (( $(date +%s) - started > limit )); then
      echo "the server did not answer $url within $limit s" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "server up after $(( $(date +%s) - started )) s" >&2
}

# Fails with a hint to build when one of the files is missing.
require_files() {
  local file
  for file in "$@"; do
    if [[ ! -f "$file" ]]; then
      echo "missing $file: build first (mvn -q -B package -DskipTests)" >&2
      return 2
    fi
  done
}

# The 1-, 5- and 15-minute load averages.
load_average() {
  cut -d' ' -f1-3 /proc/loadavg
}
