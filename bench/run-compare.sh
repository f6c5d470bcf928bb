#!/usr/bin/env bash
# Measures echoer, the Camunda baseline with the official external-task client, and the engine floor, one
# after the other in one invocation: each server fresh (its own directory or database), the same JVM flags,
# the same load driver and workload. Prints each report to stderr, then one table with echoer's ratios.
# Build first: mvn -q -B package -DskipTests
#
#   RUNS=300 CONCURRENCY=64 WORKLOAD=seed bench/run-compare.sh
#   DB=postgres NODES=2 RUNS=300 CONCURRENCY=64 bench/run-compare.sh
#
# Environment:
#   DB (h2 | postgres: a fresh database per server on PGHOST:PGPORT as PGUSER, trust auth, dropped after),
#   WORKLOAD (seed | linear20 | loops), RUNS (300), CONCURRENCY (64), WARMUP_RUNS (3000, per server), TIMEOUT (10m),
#   JAVA_OPTS (-Xmx1g; every server's JVM flags), DRIVER_JAVA_OPTS, DRIVER_ARGS (more driver options),
#   NODES (1 | 2: two echoer nodes on one PostgreSQL database; the baseline and the floor stay on one node),
#   TARGETS ("echoer echoer-template camunda-client camunda-floor"), ECHOER_JAR (webapp/target/echoer.jar),
#   BASELINE_JAR (bench/baseline/target/camunda-baseline.jar), PGHOST (127.0.0.1), PGPORT (5432),
#   PGUSER (postgres), KEEP_WORKDIR (1 keeps the servers' directories, logs and reports)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
ECHOER_JAR=${ECHOER_JAR:-"$ROOT/webapp/target/echoer.jar"}
BASELINE_JAR=${BASELINE_JAR:-"$ROOT/bench/baseline/target/camunda-baseline.jar"}
DRIVER_JAR="$ROOT/bench/target/benchmarks.jar"
DB=${DB:-h2}
WORKLOAD=${WORKLOAD:-seed}
RUNS=${RUNS:-300}
CONCURRENCY=${CONCURRENCY:-64}
WARMUP_RUNS=${WARMUP_RUNS:-3000}
TIMEOUT=${TIMEOUT:-10m}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
DRIVER_JAVA_OPTS=${DRIVER_JAVA_OPTS:-}
DRIVER_ARGS=${DRIVER_ARGS:-}
NODES=${NODES:-1}
TARGETS=${TARGETS:-"echoer echoer-template camunda-client camunda-floor"}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
KEEP_WORKDIR=${KEEP_WORKDIR:-0}

case "$DB" in h2 | postgres) ;; *) echo "DB must be h2 or postgres, not $DB" >&2; exit 2 ;; esac
case "$NODES" in 1 | 2) ;; *) echo "NODES must be 1 or 2, not $NODES" >&2; exit 2 ;; esac
if [[ "$NODES" == 2 && "$DB" != postgres ]]; then
  echo "NODES=2 needs DB=postgres: the nodes share one database" >&2
  exit 2
fi
require_files "$DRIVER_JAR" || exit 2
for target in $TARGETS; do
  case "$target" in
    echoer | echoer-template) require_files "$ECHOER_JAR" || exit 2 ;;
    camunda-client | camunda-floor) require_files "$BASELINE_JAR" || exit 2 ;;
    *) echo "unknown target $target (echoer, echoer-template, camunda-client, camunda-floor)" >&2; exit 2 ;;
  esac
done

WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/echoer-compare.XXXXXX")
SERVER_PIDS=()
DATABASE=""
DRIVER_PID=""

stop_servers() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    stop_process "$pid"
  done
  SERVER_PIDS=()
}

psql_admin() {
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qtA -c "$1"
}

drop_database() {
  if [[ -n "$DATABASE" ]]; then
    psql_admin "DROP DATABASE IF EXISTS \"$DATABASE\" WITH (FORCE)" >&2 || true
    DATABASE=""
  fi
}

cleanup() {
  local status=$?
  stop_process "$DRIVER_PID"
  stop_servers
  drop_database
  if [[ "$KEEP_WORKDIR" == 1 || $status -ne 0 ]]; then
    echo "directories, logs and reports kept in $WORKDIR" >&2
  else
    rm -rf "$WORKDIR"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Snapshots of the jars: other builds may rewrite target/ while this runs.
cp "$DRIVER_JAR" "$WORKDIR/benchmarks.jar"
[[ " $TARGETS " == *" echoer"* ]] && cp "$ECHOER_JAR" "$WORKDIR/echoer.jar"
[[ " $TARGETS " == *" camunda-"* ]] && cp "$BASELINE_JAR" "$WORKDIR/camunda-baseline.jar"

# Starts one server of TARGET on PORT in DIR; its pid joins SERVER_PIDS.
start_server() {
  local target=$1 port=$2 dir=$3 jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$DATABASE"
  local -a args
  mkdir -p "$dir"
  case "$target" in
    echoer | echoer-template)
      args=(-jar "$WORKDIR/echoer.jar" --server.port="$port")
      [[ "$DB" == postgres ]] && args+=(--spring.profiles.active=postgres)
      ;;
    camunda-client | camunda-floor)
      args=(-jar "$WORKDIR/camunda-baseline.jar" --server.port="$port" --baseline.mode="${target#camunda-}")
      # the same database and pool size as echoer's postgres profile
      [[ "$DB" == postgres ]] && args+=(--spring.datasource.url="$jdbc" --spring.datasource.username="$PGUSER"
        --spring.datasource.password= --spring.datasource.hikari.maximum-pool-size=20)
      ;;
  esac
  # shellcheck disable=SC2086 # JAVA_OPTS holds several flags
  (cd "$dir" && ECHOER_DB_URL="$jdbc" ECHOER_DB_USER="$PGUSER" ECHOER_DB_PASSWORD='' \
    exec java $JAVA_OPTS "${args[@]}") >"$dir/server.log" 2>&1 &
  SERVER_PIDS+=($!)
  echo "$target: pid $! on port $port in $dir, JAVA_OPTS=$JAVA_OPTS, load average $(load_average)" >&2
}

health_path() {
  if [[ "$1" == echoer* ]]; then echo /flowrun; else echo /engine-rest/engine; fi
}

# Measures one target: fresh database or directories, its servers up, the driver; then the servers go down.
measure() {
  local status=0
  start_and_drive "$1" || status=$?
  stop_servers
  drop_database
  if (( status != 0 )); then
    echo "$1: failed (exit $status); logs in $WORKDIR/$1-*" >&2
  fi
  return "$status"
}

start_and_drive() {
  local target=$1 nodes=1 servers="" port node
  [[ "$target" == echoer* ]] && nodes=$NODES
  if [[ "$DB" == postgres ]]; then
    DATABASE="bench_compare_$$_${target//-/_}"
    psql_admin "CREATE DATABASE \"$DATABASE\"" >&2 || return 1
  fi
  # one node at a time: two nodes creating the schema at once collide
  for node in $(seq 1 "$nodes"); do
    port=$(free_port)
    start_server "$target" "$port" "$WORKDIR/$target-$node"
    wait_for_http "http://127.0.0.1:$port$(health_path "$target")" "${SERVER_PIDS[-1]}" \
      "$WORKDIR/$target-$node/server.log" 180 || return 1
    servers+="${servers:+,}http://127.0.0.1:$port"
  done
  local status=0
  sleep 2 # let the start-up's background work settle before the warm-up
  # shellcheck disable=SC2086 # the option variables hold several words
  (cd "$ROOT" && exec java $DRIVER_JAVA_OPTS -cp "$WORKDIR/benchmarks.jar" org.echoer.bench.LoadDriver \
    --target "$target" --server "$servers" --runs "$RUNS" --concurrency "$CONCURRENCY" --workload "$WORKLOAD" \
    --warmup-runs "$WARMUP_RUNS" --server-pid "${SERVER_PIDS[0]}" --timeout "$TIMEOUT" --output json $DRIVER_ARGS) \
    >"$WORKDIR/$target.json" &
  DRIVER_PID=$!
  wait "$DRIVER_PID" || status=$?
  DRIVER_PID=""
  return "$status"
}

echo "comparing $TARGETS: DB=$DB NODES=$NODES WORKLOAD=$WORKLOAD RUNS=$RUNS CONCURRENCY=$CONCURRENCY" \
  "WARMUP_RUNS=$WARMUP_RUNS JAVA_OPTS=$JAVA_OPTS, git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" >&2
failed=0
rows=()
for target in $TARGETS; do
  if measure "$target"; then :; else failed=1; fi
  if [[ -s "$WORKDIR/$target.json" ]]; then
    name=$target
    [[ "$target" == echoer* && "$NODES" == 2 ]] && name="$target (2 nodes)"
    rows+=("$name=$WORKDIR/$target.json")
  fi
done

if (( ${#rows[@]} > 0 )); then
  echo
  echo "DB=$DB, workload $WORKLOAD, $RUNS runs (+$WARMUP_RUNS warm-up), concurrency $CONCURRENCY, JAVA_OPTS=$JAVA_OPTS" \
    "(server CPU and RSS: the first node)"
  java -cp "$WORKDIR/benchmarks.jar" org.echoer.bench.ComparisonTable "${rows[@]}"
fi
exit "$failed"
