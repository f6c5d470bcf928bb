#!/usr/bin/env bash
# Runs the load driver against a fresh echoer (embedded H2 in a new temp directory) and prints its result.
# Build first: mvn -q -B package -DskipTests
#
#   RUNS=500 CONCURRENCY=500 WORKLOAD=seed JAVA_OPTS=-Xmx1g bench/run-seed-h2.sh
#
# Environment:
#   RUNS (500), CONCURRENCY (500), WORKLOAD (seed | linear20 | loops), WARMUP_RUNS (3000),
#   JAVA_OPTS (-Xmx1g; the server's JVM flags), DRIVER_JAVA_OPTS (the driver's), OUTPUT (text | json),
#   TIMEOUT (10m), KEEP_WORKDIR (1 keeps the server's directory and log), DRIVER_ARGS (more driver options),
#   ECHOER_JAR (webapp/target/echoer.jar; another copy of the server to test),
#   JFR (a file: records the server with JFR's "profile" settings from when it is up, not its start-up, to the end)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
SERVER_JAR=${ECHOER_JAR:-"$ROOT/webapp/target/echoer.jar"}
DRIVER_JAR="$ROOT/bench/target/benchmarks.jar"
RUNS=${RUNS:-500}
CONCURRENCY=${CONCURRENCY:-500}
WORKLOAD=${WORKLOAD:-seed}
WARMUP_RUNS=${WARMUP_RUNS:-3000}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
DRIVER_JAVA_OPTS=${DRIVER_JAVA_OPTS:-}
OUTPUT=${OUTPUT:-text}
TIMEOUT=${TIMEOUT:-10m}
KEEP_WORKDIR=${KEEP_WORKDIR:-0}
DRIVER_ARGS=${DRIVER_ARGS:-}
JFR=${JFR:-}

require_files "$SERVER_JAR" "$DRIVER_JAR" || exit 2

WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/echoer-bench.XXXXXX")
SERVER_PID=""
DRIVER_PID=""

cleanup() {
  local status=$?
  if [[ -n "$DRIVER_PID" ]] && kill -0 "$DRIVER_PID" 2>/dev/null; then
    kill "$DRIVER_PID" 2>/dev/null || true
    wait "$DRIVER_PID" 2>/dev/null || true
  fi
  stop_server
  if [[ "$KEEP_WORKDIR" == 1 || $status -ne 0 ]]; then
    echo "server directory and log kept in $WORKDIR" >&2
  else
    rm -rf "$WORKDIR"
  fi
  exit $status
}

stop_server() {
  stop_process "$SERVER_PID"
  SERVER_PID=""
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Snapshots of both jars: other builds may rewrite target/ while the test runs.
cp "$SERVER_JAR" "$WORKDIR/echoer.jar"
cp "$DRIVER_JAR" "$WORKDIR/benchmarks.jar"

PORT=$(free_port)
SERVER="http://127.0.0.1:$PORT"

# shellcheck disable=SC2086 # JAVA_OPTS holds several flags
(cd "$WORKDIR" && exec java $JAVA_OPTS -jar "$WORKDIR/echoer.jar" --server.port="$PORT") >"$WORKDIR/server.log" 2>&1 &
SERVER_PID=$!
echo "server pid $SERVER_PID on port $PORT, directory $WORKDIR, JAVA_OPTS=$JAVA_OPTS, load average $(load_average)" >&2
wait_for_http "$SERVER/flowrun" "$SERVER_PID" "$WORKDIR/server.log" 180 || exit 1
if [[ -n "$JFR" ]]; then
  jcmd "$SERVER_PID" JFR.start name=bench settings=profile >&2
fi

# shellcheck disable=SC2086 # the option variables hold several words
(cd "$ROOT" && exec java $DRIVER_JAVA_OPTS -cp "$WORKDIR/benchmarks.jar" org.echoer.bench.LoadDriver \
  --server "$SERVER" --runs "$RUNS" --concurrency "$CONCURRENCY" --workload "$WORKLOAD" \
  --warmup-runs "$WARMUP_RUNS" --server-pid "$SERVER_PID" --timeout "$TIMEOUT" --output "$OUTPUT" $DRIVER_ARGS) \
  >"$WORKDIR/driver.out" &
DRIVER_PID=$!
driver_status=0
wait "$DRIVER_PID" || driver_status=$?
DRIVER_PID=""

if [[ -n "$JFR" ]]; then
  jcmd "$SERVER_PID" JFR.stop name=bench filename="$(realpath -m "$JFR")" >&2 || true
fi
stop_server
cat "$WORKDIR/driver.out"
if (( driver_status != 0 )); then
  echo "the load driver failed (exit $driver_status); server log: $WORKDIR/server.log" >&2
fi
exit "$driver_status"
