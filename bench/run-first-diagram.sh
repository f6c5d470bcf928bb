#!/usr/bin/env bash
# How long the studio's first pictures take on a fresh server: the first POST /fsl/svg of a document the
# server has not seen (examples/order-template.fsl), the first GET /flowrun/{name}/svg of a run (the seed
# demo's my_flow_run), and the last of 20 more of each. Each round starts a fresh echoer (H2 in a new temp
# directory) and asks either as soon as /actuator/health is UP ("at readiness") or once the log says the
# diagram warm-up is done ("after warm-up"). Build first: mvn -q -B package -DskipTests
#
#   ROUNDS=3 bench/run-first-diagram.sh
#
# Environment: ROUNDS (3 of each kind), JAVA_OPTS (-Xmx1g), ECHOER_JAR (webapp/target/echoer.jar)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
SERVER_JAR=${ECHOER_JAR:-"$ROOT/webapp/target/echoer.jar"}
ROUNDS=${ROUNDS:-3}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
FLOW="$ROOT/examples/order-template.fsl"
SEED="$ROOT/examples/seed-demo.fsl"

require_files "$SERVER_JAR" || exit 2

SERVER_PID=""
WORKDIR=""
cleanup() {
  stop_process "$SERVER_PID"
  [[ -n "$WORKDIR" ]] && rm -rf "$WORKDIR"
}
trap cleanup EXIT

# milliseconds of one request: millis METHOD URL [curl data options]
millis() {
  local method=$1 url=$2
  shift 2
  curl -fsS -o /dev/null -w '%{time_total}' -X "$method" "$url" "$@" | awk '{ printf "%d", $1 * 1000 }'
}

round() {
  local when=$1 port base first_svg first_run last_svg last_run
  WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/echoer-first.XXXXXX")
  port=$(free_port)
  base="http://127.0.0.1:$port"
  # shellcheck disable=SC2086
  (cd "$WORKDIR" && exec java $JAVA_OPTS -jar "$SERVER_JAR" --server.port="$port" > server.log 2>&1) &
  SERVER_PID=$!
  wait_for_http "$base/actuator/health" "$SERVER_PID" "$WORKDIR/server.log" 2> /dev/null
  if [[ $when == after-warm-up ]]; then
    until grep -q 'diagram warm-up done' "$WORKDIR/server.log"; do sleep 0.2; done
  fi
  first_svg=$(millis POST "$base/fsl/svg" -H 'Content-Type: text/plain' --data-binary @"$FLOW")
  curl -fsS -o /dev/null -X POST "$base/fsl" -H 'Content-Type: text/plain' --data-binary @"$SEED"
  first_run=$(millis GET "$base/flowrun/my_flow_run/svg")
  for _ in $(seq 1 20); do
    last_svg=$(millis POST "$base/fsl/svg" -H 'Content-Type: text/plain' --data-binary @"$FLOW")
    last_run=$(millis GET "$base/flowrun/my_flow_run/svg")
  done
  printf '%-14s %16s %16s %18s %18s\n' "$when" "$first_svg" "$last_svg" "$first_run" "$last_run"
  stop_process "$SERVER_PID"
  SERVER_PID=""
  rm -rf "$WORKDIR"
  WORKDIR=""
}

printf '%-14s %16s %16s %18s %18s\n' "asked" "first fsl/svg ms" "last fsl/svg ms" "first run svg ms" "last run svg ms"
for _ in $(seq 1 "$ROUNDS"); do
  round at-readiness
  round after-warm-up
done
