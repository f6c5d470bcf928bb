#!/usr/bin/env bash
# Measures echoer, the Camunda baseline with the official external-task client, and the engine floor in one
# invocation: each server fresh (its own directory or database), the same JVM flags, the same load driver and
# workload. Every server is started and warmed up first and stays up, with its driver (one per server, so its JIT
# stays warm too); then the measured rounds alternate
# between them (forward in odd rounds, backward in even ones), so that each ratio compares windows a few
# seconds apart: throughput on a shared host drifts by a fifth within minutes, and a server measured only
# before or only after another would carry that drift in its ratio. Prints each report to stderr, then one
# table of the medians over the rounds with echoer's ratios (the median of the rounds' ratios).
# Build first: mvn -q -B package -DskipTests
#
#   RUNS=800 CONCURRENCY=64 WORKLOAD=seed bench/run-compare.sh
#   DB=postgres TARGETS="echoer echoer@2" bench/run-compare.sh      # one echoer node against two
#   DB=postgres TARGETS="echoer@2 echoer" DRIVER_ARGS="--until first-dispatch" bench/run-compare.sh   # starts alone
#   TARGETS="echoer echoer-template echoer-template#args" DRIVER_ARGS_echoer_template_args=--template-args bench/run-compare.sh
#
# Environment:
#   DB (h2 | postgres: a fresh database per server on PGHOST:PGPORT as PGUSER, trust auth, dropped after),
#   WORKLOAD (seed | linear20 | loops), RUNS (800, per round), CONCURRENCY (64), WARMUP_RUNS (3000, per
#   server, once), ROUNDS (3), ROUND_WARMUP_RUNS (300: before each round's measured runs, the server having
#   been idle meanwhile), TIMEOUT (10m),
#   JAVA_OPTS (-Xmx1g; every server's JVM flags), JAVA_OPTS_<target> (one target's instead, the target written
#   as in file names: JAVA_OPTS_echoer_template_batch1 for echoer-template#batch1), DRIVER_JAVA_OPTS,
#   DRIVER_ARGS (more driver options; DRIVER_ARGS_<target> one target's instead, named as JAVA_OPTS_<target>),
#   TARGETS ("echoer echoer-template camunda-client camunda-floor"; echoer@2 and echoer-template@2 are two
#   nodes on one PostgreSQL database, the driver spreading runs and callbacks over both; a #label tells apart
#   targets of one kind, as echoer echoer#c2 with JAVA_OPTS_echoer_c2 set),
#   NODES (1 | 2: the nodes of an echoer target named without @),
#   ECHOER_JAR (webapp/target/echoer.jar), BASELINE_JAR (bench/baseline/target/camunda-baseline.jar),
#   PIN (1: each server node runs on one core of its own, node N on core N-1, as on machines of their own; the
#   driver and PostgreSQL are not pinned), PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), KEEP_WORKDIR (1 keeps the servers' directories, logs
#   and reports). Every server stays up until the end: on PostgreSQL each holds a pool of 20 connections.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
ECHOER_JAR=${ECHOER_JAR:-"$ROOT/webapp/target/echoer.jar"}
BASELINE_JAR=${BASELINE_JAR:-"$ROOT/bench/baseline/target/camunda-baseline.jar"}
DRIVER_JAR="$ROOT/bench/target/benchmarks.jar"
DB=${DB:-h2}
WORKLOAD=${WORKLOAD:-seed}
RUNS=${RUNS:-800}
CONCURRENCY=${CONCURRENCY:-64}
WARMUP_RUNS=${WARMUP_RUNS:-3000}
ROUNDS=${ROUNDS:-3}
ROUND_WARMUP_RUNS=${ROUND_WARMUP_RUNS:-300}
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
PIN=${PIN:-0}

case "$DB" in h2 | postgres) ;; *) echo "DB must be h2 or postgres, not $DB" >&2; exit 2 ;; esac
case "$PIN" in 0 | 1) ;; *) echo "PIN must be 0 or 1, not $PIN" >&2; exit 2 ;; esac
case "$NODES" in 1 | 2) ;; *) echo "NODES must be 1 or 2, not $NODES" >&2; exit 2 ;; esac
[[ "$ROUNDS" =~ ^[1-9][0-9]*$ ]] || { echo "ROUNDS must be a positive number, not $ROUNDS" >&2; exit 2; }
require_files "$DRIVER_JAR" || exit 2

# A target is a kind of server, for echoer's kinds a node count, and a label that tells apart two targets of one
# kind: KIND[@NODES][#LABEL], as echoer, echoer@2, echoer#batch1.
kind_of() { local kind=${1%%#*}; echo "${kind%@*}"; }
nodes_of() {
  local target=${1%%#*}
  if [[ "$target" == *@* ]]; then echo "${target##*@}"; elif [[ "$target" == echoer* ]]; then echo "$NODES"; else echo 1; fi
}
label_of() { [[ "$1" == *#* ]] && echo "${1#*#}"; return 0; }
# The target as a file, database or variable name part: echoer@2#b -> echoer_2nodes_b.
slug_of() {
  local nodes label slug
  nodes=$(nodes_of "$1")
  label=$(label_of "$1")
  slug=$(kind_of "$1")
  [[ "$1" == *@* ]] && slug+="_${nodes}nodes"
  [[ -n "$label" ]] && slug+="_$label"
  echo "${slug//-/_}"
}
# The target as a row of the table.
row_name() {
  local nodes label name
  nodes=$(nodes_of "$1")
  label=$(label_of "$1")
  name=$(kind_of "$1")
  (( nodes > 1 )) && name+=" ($nodes nodes)"
  [[ -n "$label" ]] && name+=" #$label"
  echo "$name"
}
# The JVM flags of a target's servers: JAVA_OPTS_<slug> when set (JAVA_OPTS_echoer_batch1), JAVA_OPTS otherwise.
java_opts_of() {
  local variable
  variable="JAVA_OPTS_$(slug_of "$1")"
  echo "${!variable:-$JAVA_OPTS}"
}

for target in $TARGETS; do
  case "$(kind_of "$target")" in
    echoer | echoer-template) require_files "$ECHOER_JAR" || exit 2 ;;
    camunda-client | camunda-floor) require_files "$BASELINE_JAR" || exit 2 ;;
    *) echo "unknown target $target (echoer, echoer-template, camunda-client, camunda-floor; echoer@2)" >&2; exit 2 ;;
  esac
  case "$(nodes_of "$target")" in 1) ;; 2) [[ "$DB" == postgres ]] || { echo "$target needs DB=postgres: its nodes share one database" >&2; exit 2; } ;;
    *) echo "$target: 1 or 2 nodes" >&2; exit 2 ;; esac
  [[ "$(label_of "$target")" =~ ^[A-Za-z0-9_]*$ ]] || { echo "$target: a label holds letters, digits and _ only" >&2; exit 2; }
  if [[ "$target" == *@* && "$(kind_of "$target")" != echoer* ]]; then
    echo "$target: only echoer's targets run on several nodes" >&2
    exit 2
  fi
done

WORKDIR=$(mktemp -d "${TMPDIR:-/tmp}/echoer-compare.XXXXXX")
ALL_PIDS=()
DATABASES=()
STARTED_PID=""
declare -A SERVERS FIRST_PID DRIVER_PIDS

psql_admin() {
  psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qtA -c "$1"
}

cleanup() {
  local status=$? pid database
  for pid in "${ALL_PIDS[@]}"; do
    stop_process "$pid"
  done
  for database in "${DATABASES[@]}"; do
    psql_admin "DROP DATABASE IF EXISTS \"$database\" WITH (FORCE)" >&2 || true
  done
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

# The driver options of a target: DRIVER_ARGS_<slug> when set, DRIVER_ARGS otherwise.
driver_args_of() {
  local variable
  variable="DRIVER_ARGS_$(slug_of "$1")"
  echo "${!variable:-$DRIVER_ARGS}"
}

# Starts one server of KIND on PORT in DIR on DATABASE (postgres) with the JVM flags OPTS, on core CPU when one is
# given; its pid goes to STARTED_PID.
start_server() {
  local kind=$1 port=$2 dir=$3 database=$4 opts=$5 cpu=$6 jdbc="jdbc:postgresql://$PGHOST:$PGPORT/$4"
  local -a args pin=()
  mkdir -p "$dir"
  case "$kind" in
    echoer | echoer-template)
      args=(-jar "$WORKDIR/echoer.jar" --server.port="$port")
      [[ "$DB" == postgres ]] && args+=(--spring.profiles.active=postgres)
      ;;
    camunda-client | camunda-floor)
      args=(-jar "$WORKDIR/camunda-baseline.jar" --server.port="$port" --baseline.mode="${kind#camunda-}")
      # the same database and pool size as echoer's postgres profile
      [[ "$DB" == postgres ]] && args+=(--spring.datasource.url="$jdbc" --spring.datasource.username="$PGUSER"
        --spring.datasource.password= --spring.datasource.hikari.maximum-pool-size=20)
      ;;
  esac
  [[ -n "$cpu" ]] && pin=(taskset -c "$cpu")
  # shellcheck disable=SC2086 # opts holds several flags
  (cd "$dir" && ECHOER_DB_URL="$jdbc" ECHOER_DB_USER="$PGUSER" ECHOER_DB_PASSWORD='' \
    exec "${pin[@]}" java $opts "${args[@]}") >"$dir/server.log" 2>&1 &
  STARTED_PID=$!
}

health_path() {
  if [[ "$1" == echoer* ]]; then echo /flowrun; else echo /engine-rest/engine; fi
}

# Starts a target's nodes on a fresh database or directory, one at a time (two nodes creating the schema at
# once collide); they stay up until the end.
start_target() {
  local target=$1 kind database="" node port pid dir cpu servers=""
  kind=$(kind_of "$target")
  if [[ "$DB" == postgres ]]; then
    database="bench_compare_$$_$(slug_of "$target")"
    psql_admin "CREATE DATABASE \"$database\"" >&2 || return 1
    DATABASES+=("$database")
  fi
  for node in $(seq 1 "$(nodes_of "$target")"); do
    port=$(free_port)
    dir="$WORKDIR/$(slug_of "$target")-$node"
    cpu=""
    (( PIN == 1 )) && cpu=$(( (node - 1) % $(nproc) ))
    start_server "$kind" "$port" "$dir" "$database" "$(java_opts_of "$target")" "$cpu"
    pid=$STARTED_PID
    ALL_PIDS+=("$pid")
    [[ -n "${FIRST_PID[$target]:-}" ]] || FIRST_PID[$target]=$pid
    echo "$target: node $node, pid $pid on port $port in $dir, JVM flags $(java_opts_of "$target")${cpu:+, on core $cpu}" >&2
    wait_for_http "http://127.0.0.1:$port$(health_path "$kind")" "$pid" "$dir/server.log" 180 || return 1
    servers+="${servers:+,}http://127.0.0.1:$port"
  done
  SERVERS[$target]=$servers
  sleep 2 # let the start-up's background work settle before the warm-up
}

# Starts the target's driver, which warms the servers up and then waits in DIR for each round's go.
start_driver() {
  local target=$1 dir=$2
  mkdir -p "$dir"
  echo "$target: warming up with $WARMUP_RUNS runs, driver options '$(driver_args_of "$target")', load average $(load_average)" >&2
  # shellcheck disable=SC2086,SC2046 # the option variables hold several words
  (cd "$ROOT" && exec java $DRIVER_JAVA_OPTS -cp "$WORKDIR/benchmarks.jar" org.echoer.bench.LoadDriver \
    --target "$(kind_of "$target")" --server "${SERVERS[$target]}" --runs "$RUNS" --concurrency "$CONCURRENCY" \
    --workload "$WORKLOAD" --warmup-runs "$WARMUP_RUNS" --server-pid "${FIRST_PID[$target]}" --timeout "$TIMEOUT" \
    --rounds "$ROUNDS" --round-warmup-runs "$ROUND_WARMUP_RUNS" --rounds-dir "$dir" --output json $(driver_args_of "$target")) \
    >/dev/null &
  DRIVER_PIDS[$target]=$!
  ALL_PIDS+=("$!")
}

# Waits until FILE exists; fails when the target's driver exits first.
await_file() {
  local target=$1 file=$2
  until [[ -e "$file" ]]; do
    if ! kill -0 "${DRIVER_PIDS[$target]}" 2>/dev/null; then
      echo "$target: the driver ended early; logs in $WORKDIR" >&2
      return 1
    fi
    sleep 0.2
  done
}

echo "comparing $TARGETS: DB=$DB WORKLOAD=$WORKLOAD RUNS=$RUNS CONCURRENCY=$CONCURRENCY WARMUP_RUNS=$WARMUP_RUNS" \
  "ROUNDS=$ROUNDS ROUND_WARMUP_RUNS=$ROUND_WARMUP_RUNS JAVA_OPTS=$JAVA_OPTS," \
  "git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')" >&2
read -r -a targets <<<"$TARGETS"
# one server (and its driver) warming up at a time, the others not yet started or waiting
for target in "${targets[@]}"; do
  start_target "$target" || exit 1
  start_driver "$target" "$WORKDIR/$(slug_of "$target")-rounds"
  await_file "$target" "$WORKDIR/$(slug_of "$target")-rounds/ready" || exit 1
done

failed=0
rows=()
for round in $(seq 1 "$ROUNDS"); do
  order=("${targets[@]}")
  if (( round % 2 == 0 )); then
    order=()
    for (( i = ${#targets[@]} - 1; i >= 0; i-- )); do order+=("${targets[i]}"); done
  fi
  for target in "${order[@]}"; do
    dir="$WORKDIR/$(slug_of "$target")-rounds"
    echo "round $round: $target, load average $(load_average)" >&2
    touch "$dir/go-$round"
    if await_file "$target" "$dir/round-$round.json"; then
      rows+=("$(row_name "$target")=$dir/round-$round.json")
    else
      failed=1
    fi
  done
done
for target in "${targets[@]}"; do
  wait "${DRIVER_PIDS[$target]}" || failed=1
done

if (( ${#rows[@]} > 0 )); then
  echo
  echo "DB=$DB, workload $WORKLOAD, $ROUNDS rounds of $RUNS runs (+$ROUND_WARMUP_RUNS warm-up; $WARMUP_RUNS per server" \
    "before the first), concurrency $CONCURRENCY, JAVA_OPTS=$JAVA_OPTS (server CPU and RSS: the first node)"
  java -cp "$WORKDIR/benchmarks.jar" org.echoer.bench.ComparisonTable "${rows[@]}"
fi
exit "$failed"
