#!/usr/bin/env bash
# Benchmark: median wall time and peak memory of whole runs, side by side on this machine.
#   bench/run.sh [RUNS]        (default 7; run from anywhere; builds the jar when it is missing)
# Prints one line per configuration:
#   jar -> endpoint            java -jar against the standalone mock (`java -jar ... mock --job-ms 0`) on loopback,
#                              given project, instance and token (it discovers the rest), jobs polled from 20 ms
#   jar -> endpoint +150ms     the same, every answer delayed by 150 ms
#   jar, embedded mock         java -jar with no DDM_BASE_URL
#   newman -> endpoint         Newman 6.2.2, bench/newman/collection.json (28 comparable requests)
#   newman -> endpoint +150ms
# and the ratios the release gate cares about. Needs: java, node/npm (Newman is installed into bench/.newman).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
JAR=target/ddm-conformance.jar
[ -f "$JAR" ] || mvn -B -q package -DskipTests
if [ ! -x bench/.newman/node_modules/.bin/newman ]; then
  npm install --silent --no-audit --no-fund --prefix bench/.newman newman@6.2.2 >/dev/null
fi
NEWMAN=bench/.newman/node_modules/.bin/newman
fixture() { sed -n "s/^ddm\.$1=//p" src/main/resources/mock/fixture.properties | tr -d '[:space:]'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

start_mock() { # $1 port, $2 delay ms
  java -jar "$JAR" mock --port "$1" --delay-ms "$2" --job-ms 0 >"$tmp/mock-$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0
    sleep 0.1
  done
  echo "the mock on port $1 did not start:" >&2; cat "$tmp/mock-$1.log" >&2; exit 1
}

# time_run NAME COMMAND...: runs COMMAND once; appends "wall_s rss_kib" to NAME's times.
time_run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/one" "$@" >"$tmp/$name.out" 2>&1 || true
  tail -n 1 "$tmp/one" >>"$tmp/$name.times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { cut -d' ' -f1 "$tmp/$1.times" | median; }
rss_mib() { cut -d' ' -f2 "$tmp/$1.times" | sort -n | tail -n 1 | awk '{printf "%.0f", $1/1024}'; }

endpoint_env() { # $1 base URL
  echo DDM_BASE_URL="$1" DDM_PROJECT_ID="$(fixture project-id)" DDM_INSTANCE_ID="$(fixture instance-id)" \
    DDM_AUTH_TOKEN="$(fixture auth-token)" DDM_ALLOW_RESTORE=true DDM_JOB_POLL_MS=20 DDM_REPORTS_DIR="$tmp/reports"
}
newman_run() { # $1 base URL: the command line of one Newman run
  echo "$NEWMAN" run bench/newman/collection.json --bail false --reporters cli \
    --env-var "base=$1" --env-var "project=$(fixture project-id)" --env-var "instance=$(fixture instance-id)" \
    --env-var "token=$(fixture auth-token)" --env-var "backup=$(fixture backup-id)" \
    --env-var "restore_time=$(fixture restore-time)" --env-var "target=$(fixture target-instance-id)" \
    --env-var "node=$(fixture target-data-nodes | cut -d, -f1)"
}

fast=$(free_port); start_mock "$fast" 0
slow=$(free_port); start_mock "$slow" 150
# Untimed runs first: the first makes the class-data-sharing archive of this jar build, which later runs reuse,
# and each client's first requests warm the mocks (JVMs) up. Then the timed runs take turns, so that both
# clients meet each mock in the same state however long it keeps compiling.
for url in "http://127.0.0.1:$fast" "http://127.0.0.1:$slow"; do
  env $(endpoint_env "$url") java -jar "$JAR" >/dev/null 2>&1 || true
  $(newman_run "$url") >/dev/null 2>&1 || true
done
configs=(jar-endpoint jar-slow jar-embedded newman-endpoint newman-slow)
for n in "${configs[@]}"; do : >"$tmp/$n.times"; done
for _ in $(seq 1 "$RUNS"); do
  time_run jar-endpoint env $(endpoint_env "http://127.0.0.1:$fast") java -jar "$JAR"
  time_run newman-endpoint $(newman_run "http://127.0.0.1:$fast")
  time_run jar-slow env $(endpoint_env "http://127.0.0.1:$slow") java -jar "$JAR"
  time_run newman-slow $(newman_run "http://127.0.0.1:$slow")
  time_run jar-embedded env DDM_REPORTS_DIR="$tmp/reports" java -jar "$JAR"
done

verdict=$(grep -E "^(CONFORMANT|NOT CONFORMANT)" "$tmp/jar-endpoint.out" | tail -n 1 || true)
echo "bench: $(date -u +%Y-%m-%d), $(nproc) cores, median of $RUNS whole-process runs (wall s, peak RSS MiB)"
for n in "${configs[@]}"; do
  printf '  %-18s %6.2f s %6s MiB\n' "$n" "$(wall $n)" "$(rss_mib $n)"
done
awk -v j="$(wall jar-endpoint)" -v n="$(wall newman-endpoint)" -v e="$(wall jar-embedded)" \
  -v js="$(wall jar-slow)" -v ns="$(wall newman-slow)" 'BEGIN {
  printf "  ratio jar/newman (endpoint)       %.2f\n", j/n
  printf "  ratio jar/newman (+150 ms)        %.2f\n", js/ns
  printf "  ratio embedded mock/endpoint      %.2f\n", e/j }'
echo "  last jar run against the endpoint: ${verdict:-no verdict line}"
echo "  last Newman run: $(grep -E 'requests' "$tmp/newman-endpoint.out" | head -n 1 | tr -s ' ')"
