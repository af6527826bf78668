#!/usr/bin/env bash
# Benchmark, like with like: a suite run against the bench's mock, and the very requests it sent replayed.
#   bench/run.sh [RUNS]        (default 7; run from anywhere; builds the jar when it is missing)
# First one untimed suite run against a recording mock (`java -jar ... mock --record-requests --job-ms 0`) gives
# its requests; bench/replay.mjs turns them into a Newman collection (status as answered, the documented shape of
# 202 and error bodies, job ids carried along) and the input of bench/Replay.java (a bare java.net.http client,
# status only). Then, in rounds, each configuration once per round against fresh mocks' state:
#   jar -> endpoint            java -jar against the standalone mock on loopback, given project, instance and
#                              token (it discovers the rest), jobs ending at once, polled from 20 ms
#   newman replay -> endpoint  Newman 6.2.2 sending the same requests
#   bare replay -> endpoint    bench/Replay.java sending them
#   ... +150ms                 the same three, every answer delayed by 150 ms
#   jar, embedded mock         java -jar with no DDM_BASE_URL
#   jar -> endpoint, junit     the first again with DDM_CUCUMBER_REPORTS=junit (only the JUnit XML of Cucumber's
#                              report files): what the other three cost
# Prints median wall time and CPU (user + system) and the peak memory of each, the ratios the release gate
# cares about, and where the first configuration's time goes: each of its runs writes a phase log
# (-Dddm.phase-log, see src/main/java/org/ddmconformance/report/PhaseLog.java), and the median of each phase is
# printed. Needs: java, node/npm (Newman is installed into bench/.newman).
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

start_mock() { # $1 port, $2 delay ms, then more mock options
  java -jar "$JAR" mock --port "$1" --delay-ms "$2" --job-ms 0 "${@:3}" >"$tmp/mock-$1.log" 2>&1 &
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
  /usr/bin/time -f "%e %M %U %S" -o "$tmp/one" "$@" >"$tmp/$name.out" 2>&1 || true
  tail -n 1 "$tmp/one" >>"$tmp/$name.times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wall() { cut -d' ' -f1 "$tmp/$1.times" | median; }
rss_mib() { cut -d' ' -f2 "$tmp/$1.times" | sort -n | tail -n 1 | awk '{printf "%.0f", $1/1024}'; }
cpu() { awk '{print $3 + $4}' "$tmp/$1.times" | median; }

endpoint_env() { # $1 base URL
  echo DDM_BASE_URL="$1" DDM_PROJECT_ID="$(fixture project-id)" DDM_INSTANCE_ID="$(fixture instance-id)" \
    DDM_AUTH_TOKEN="$(fixture auth-token)" DDM_ALLOW_RESTORE=true DDM_JOB_POLL_MS=20 DDM_REPORTS_DIR="$tmp/reports"
}
newman_run() { # $1 base URL: the command line of one Newman replay
  echo "$NEWMAN" run "$tmp/replay/collection.json" --working-dir "$tmp/replay" --bail false --reporters cli \
    --env-var "base=$1"
}
bare_run() { # $1 base URL
  echo java -cp "$tmp/replayer" Replay "$tmp/replay/replay.tsv" "$1"
}

# The requests of one suite run, recorded, and turned into the two replays.
recording=$(free_port); start_mock "$recording" 0 --record-requests
env $(endpoint_env "http://127.0.0.1:$recording") java -jar "$JAR" >"$tmp/recorded-run.out" 2>&1 || true
curl -s "http://127.0.0.1:$recording/__admin/requests" >"$tmp/journal.json"
node bench/replay.mjs "$tmp/journal.json" "$tmp/replay"
javac -d "$tmp/replayer" bench/Replay.java

fast=$(free_port); start_mock "$fast" 0
slow=$(free_port); start_mock "$slow" 150
# Untimed runs first: the first makes the class-data-sharing archive of this jar build, which later runs reuse,
# and each client's first requests warm the mocks (JVMs) up. Then the timed runs take turns, so that every
# client meets each mock in the same state however long it keeps compiling.
for url in "http://127.0.0.1:$fast" "http://127.0.0.1:$slow"; do
  env $(endpoint_env "$url") java -jar "$JAR" >/dev/null 2>&1 || true
  $(newman_run "$url") >/dev/null 2>&1 || true
  $(bare_run "$url") >/dev/null 2>&1 || true
done
configs=(jar-endpoint newman-replay bare-replay jar-slow newman-replay-slow bare-replay-slow jar-embedded jar-endpoint-junit)
for n in "${configs[@]}"; do : >"$tmp/$n.times"; done
for round in $(seq 1 "$RUNS"); do
  time_run jar-endpoint env $(endpoint_env "http://127.0.0.1:$fast") \
    java -Dddm.phase-log="$tmp/phases-$round.log" -jar "$JAR"
  time_run newman-replay $(newman_run "http://127.0.0.1:$fast")
  time_run bare-replay $(bare_run "http://127.0.0.1:$fast")
  time_run jar-slow env $(endpoint_env "http://127.0.0.1:$slow") java -jar "$JAR"
  time_run newman-replay-slow $(newman_run "http://127.0.0.1:$slow")
  time_run bare-replay-slow $(bare_run "http://127.0.0.1:$slow")
  time_run jar-embedded env DDM_REPORTS_DIR="$tmp/reports" java -jar "$JAR"
  time_run jar-endpoint-junit env $(endpoint_env "http://127.0.0.1:$fast") DDM_CUCUMBER_REPORTS=junit java -jar "$JAR"
done

# phases FILE: "phase wall_ms cpu_ms" lines of one run's phase log ("pid mark uptime_ms cpu_ms" per line). The
# launcher is the JVM that logged no scenario; the suite runs in the other (the child of DDM_FAST_START).
phases() {
  awk '{ up[$1 " " $2] = $3; cpu[$1 " " $2] = $4; if ($2 == "scenarios-start") child = $1; pids[$1] = 1 }
  END {
    for (p in pids) if (p != child) parent = p
    if (parent != "") {
      # wall: what the launcher adds to the lifetime of the child; CPU: its own (the CPU of a process excludes its children)
      printf "launcher-jvm %d %d\n", up[parent " end"] - up[child " end"], cpu[parent " end"]
    }
    split("main scenarios-start scenarios-end reports-written end", m, " ")
    split("jvm-start start-up scenarios report-files console-and-exit", name, " ")
    printf "%s %d %d\n", name[1], up[child " main"], cpu[child " main"]
    for (i = 2; i <= 5; i++) {
      printf "%s %d %d\n", name[i], up[child " " m[i]] - up[child " " m[i-1]], cpu[child " " m[i]] - cpu[child " " m[i-1]]
    }
  }' "$1"
}
for f in "$tmp"/phases-*.log; do phases "$f"; done >"$tmp/phases.all"

verdict=$(grep -E "^(CONFORMANT|NOT CONFORMANT)" "$tmp/jar-endpoint.out" | tail -n 1 || true)
echo "bench: $(date -u +%Y-%m-%d), $(nproc) cores, median of $RUNS whole-process runs"
echo "  the same $(wc -l <"$tmp/replay/replay.tsv") requests replayed, as the recorded run sent them"
printf '  %-20s %8s %8s %9s\n' run wall cpu peak
for n in "${configs[@]}"; do
  printf '  %-20s %6.2f s %6.2f s %5s MiB\n' "$n" "$(wall $n)" "$(cpu $n)" "$(rss_mib $n)"
done
awk -v j="$(wall jar-endpoint)" -v n="$(wall newman-replay)" -v jc="$(cpu jar-endpoint)" -v nc="$(cpu newman-replay)" \
  -v js="$(wall jar-slow)" -v ns="$(wall newman-replay-slow)" -v b="$(wall bare-replay)" 'BEGIN {
  printf "  ratio jar/newman replay, wall      %.2f\n", j/n
  printf "  ratio jar/newman replay, cpu       %.2f\n", jc/nc
  printf "  ratio jar/newman replay +150 ms    %.2f\n", js/ns
  printf "  ratio jar/bare replay, wall        %.2f\n", j/b }'
echo "  last jar run against the endpoint: ${verdict:-no verdict line}"
echo "  last Newman replay: $(grep -E 'requests' "$tmp/newman-replay.out" | head -n 1 | tr -s ' ')"
echo "  last Newman replay: $(grep -E 'assertions' "$tmp/newman-replay.out" | head -n 1 | tr -s ' ')"
echo "  last bare replay: $(tail -n 1 "$tmp/bare-replay.out")"
echo "  where jar-endpoint's time goes (median of each phase over its $RUNS runs; the child JVM runs the suite):"
printf '  %-20s %8s %8s\n' phase wall cpu
for p in launcher-jvm jvm-start start-up scenarios report-files console-and-exit; do
  printf '  %-20s %6.2f s %6.2f s\n' "$p" \
    "$(awk -v p="$p" '$1 == p {print $2 / 1000}' "$tmp/phases.all" | median)" \
    "$(awk -v p="$p" '$1 == p {print $3 / 1000}' "$tmp/phases.all" | median)"
done
