#!/usr/bin/env bash
# The load run of quizstats serve on this machine (loopback only, every
# step bounded in time). Prints the figures quoted in docs/performance.md.
#
#   bench/run.sh              all scenarios
#   DURATION=30s bench/run.sh longer wrk runs
#   ONLY=cached bench/run.sh  the cached-analyze figures only (bare, bbolt, Redis)
#   ONLY=distinct bench/run.sh  the 1,000 different quizzes only (with MEMLIMIT= for no soft limit)
#   QUIZSTATS=path bench/run.sh  measure another build of quizstats
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
DURATION=${DURATION:-10s}
CONNS=${CONNS:-64}
ONLY=${ONLY:-}
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/quizstats" ./cmd/quizstats
go build -o "$work/fakemodel" ./bench/fakemodel
go build -o "$work/bare" ./bench/bare
go build -o "$work/load" ./bench/load
[ -n "${QUIZSTATS:-}" ] && cp "$QUIZSTATS" "$work/quizstats"

# start NAME CMD...: runs a command that prints its address first.
start() {
  local name=$1; shift
  "$@" >"$work/$name.out" 2>"$work/$name.log" &
  pids+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 100); do
    [ -s "$work/$name.out" ] && break
    sleep 0.05
  done
}

# serve NAME MODEL_ADDR: quizstats on a fresh store; sets addr. The load
# comes from one address, so the per-client rate limits are off. The soft
# memory limit is what a container with a 160 MiB limit would set
# (MEMLIMIT= to run without one).
MEMLIMIT=${MEMLIMIT-120MiB}
serve() {
  local name=$1 model=$2
  OPENAI_BASE_URL="http://$model/v1" OPENAI_API_KEY=bench QUIZSTATS_MODEL=bench-model \
    QUIZSTATS_OLLAMA_URL=off QUIZSTATS_RATE_API=0 QUIZSTATS_RATE_ANALYZE=0 GOMEMLIMIT="$MEMLIMIT" \
    "$work/quizstats" serve --addr 127.0.0.1:0 --data "$work/$name-data" >/dev/null 2>"$work/$name.log" &
  pids+=($!)
  eval "${name}_pid=$!"
  for _ in $(seq 200); do
    grep -q '"listening"' "$work/$name.log" 2>/dev/null && break
    sleep 0.05
  done
  addr=$(sed -n 's/.*"addr":"\([^"]*\)".*/\1/p' "$work/$name.log" | head -1)
}

rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

# distinct: 1,000 different quizzes at once against a model that takes 1 s.
distinct() {
  start slowmodel "$work/fakemodel" -latency 1s
  slow_addr=$(cat "$work/slowmodel.out")
  serve distinct "$slow_addr"
  echo "-- quizstats: 1,000 different quizzes at once, model takes 1 s"
  "$work/load" -server "http://$addr" -mode distinct -n 1000 -timeout 60s
  echo "   server peak RSS: $(rss_mb "$distinct_pid") MB; model calls: $(curl -s "http://$slow_addr/calls")"
  kill "$distinct_pid"
}

echo "== machine: $(nproc) cores, $(go version | cut -d' ' -f3), wrk -t2 -c$CONNS -d$DURATION, GOMEMLIMIT=${MEMLIMIT:-none}"

start bare "$work/bare"
bare_addr=$(cat "$work/bare.out")
if [ "$ONLY" = distinct ]; then
  distinct
  exit 0
fi

echo "-- bare net/http handler, fixed body"
wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/analyze.lua "http://$bare_addr/" | grep -E 'Requests/sec|^p50'
kill "$bare_pid"

start model "$work/fakemodel"
model_addr=$(cat "$work/model.out")
serve cached "$model_addr"
# Fill the cache with the quiz wrk will post.
wrk -t1 -c1 -d1s -s bench/analyze.lua "http://$addr/api/v1/analyze" >/dev/null
echo "-- quizstats: cached analyze, 10 questions (bbolt store, events published, a JSON log line per request)"
wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/analyze.lua "http://$addr/api/v1/analyze" | grep -E 'Requests/sec|^p50|Non-2xx'
echo "-- the same at about 20,000 requests/s: each connection pauses 1 ms between requests"
PAUSE_MS=1 wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/analyze.lua "http://$addr/api/v1/analyze" | grep -E 'Requests/sec|^p50|Non-2xx'
echo "   server peak RSS: $(rss_mb "$cached_pid") MB; model calls: $(curl -s "http://$model_addr/calls")"

# The same load on the Redis store, one replica with a private redis-server
# (AOF on, as deployed), in the same run: its share of the embedded figure
# is the floor that matters, since absolute figures move with the machine.
cached_addr=$addr
if command -v redis-server >/dev/null; then
  redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work" --appendonly yes --save '' --daemonize no >"$work/redis.log" 2>&1 &
  pids+=($!); redisd_pid=$!
  for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.05; done
  REDIS_URL="redis://127.0.0.1:$redis_port/0" serve redis "$model_addr"
  wrk -t1 -c1 -d1s -s bench/analyze.lua "http://$addr/api/v1/analyze" >/dev/null
  redis-cli -p "$redis_port" config resetstat >/dev/null
  echo "-- quizstats on Redis (one replica, private redis-server): cached analyze, 10 questions"
  wrk -t2 -c"$CONNS" -d"$DURATION" --latency -s bench/analyze.lua "http://$addr/api/v1/analyze" | grep -E 'Requests/sec|^p50|Non-2xx'
  echo "   redis commands during the run (calls, usec per call):"
  redis-cli -p "$redis_port" info commandstats | tr -d '\r' | awk -F'[:=,]' '/^cmdstat_/ && $3 > 100 {printf "     %s %s calls, %s us/call\n", substr($1, 9), $3, $7}'
  kill "$redis_pid" "$redisd_pid"
fi
addr=$cached_addr
[ "$ONLY" = cached ] && exit 0

echo "-- quizstats: server time on uncached analyses (model answers at once)"
"$work/load" -server "http://$addr" -mode overhead -n 500 -timeout 120s
kill "$cached_pid"; kill "$model_pid"

distinct

serve identical "$slow_addr"
before=$(curl -s "http://$slow_addr/calls")
echo "-- quizstats: 1,000 identical quizzes at once, model takes 1 s"
"$work/load" -server "http://$addr" -mode identical -n 1000 -timeout 60s
echo "   model calls: $(( $(curl -s "http://$slow_addr/calls") - before ))"
