#!/usr/bin/env bash
# Issue 12's attacks against quizstats serve, one after another, each on a
# fresh server (so each peak is its own), loopback only, every step bounded
# in time and size. Prints the server's peak RSS for each: VmHWM from
# /proc/PID/status, and the highest VmRSS seen polling every 50 ms.
#
#   bench/attacks.sh               every attack
#   ONLY=drip bench/attacks.sh     the attacks whose name contains "drip"
#   GOMEMLIMIT=120MiB bench/attacks.sh   with a container's soft limit (none by default)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
ONLY=${ONLY:-}

work=$(mktemp -d)
pids=()
mounted=
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [ -n "$mounted" ] && umount "$mounted" 2>/dev/null || true
  [ -n "${KEEP:-}" ] && echo "bench: kept $work" >&2 || rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/quizstats" ./cmd/quizstats
go build -o "$work/fakemodel" ./bench/fakemodel
go build -o "$work/attack" ./bench/attack

# model [ARGS...]: a fake model (hostile with -hostile MODE); sets model_addr.
model() {
  [ -n "${model_pid:-}" ] && { kill "$model_pid" 2>/dev/null || true; wait "$model_pid" 2>/dev/null || true; }
  models=$((${models:-0} + 1))
  # A file per process: a reused one could still show the last one's address.
  "$work/fakemodel" "$@" >"$work/model-$models.out" 2>>"$work/model.log" &
  model_pid=$!; pids+=($model_pid)
  for _ in $(seq 100); do [ -s "$work/model-$models.out" ] && break; sleep 0.05; done
  model_addr=$(head -1 "$work/model-$models.out")
}

# serve DATA [ENV...]: quizstats on a fresh data directory (see fresh) with the model;
# sets addr and serve_pid, and starts the RSS poller. The load comes from
# one address, so the per-client rate limits are off (the failed-token
# limiter is not one of them).
serve() {
  local data=$1; shift
  env OPENAI_BASE_URL="http://$model_addr/v1" OPENAI_API_KEY=bench QUIZSTATS_MODEL=bench-model \
    QUIZSTATS_OLLAMA_URL=off QUIZSTATS_RATE_API=0 QUIZSTATS_RATE_ANALYZE=0 "$@" \
    "$work/quizstats" serve --addr 127.0.0.1:0 --data "$data" >/dev/null 2>"$work/serve-$n.log" &
  serve_pid=$!; pids+=($serve_pid)
  for _ in $(seq 200); do
    grep -q '"listening"' "$work/serve-$n.log" 2>/dev/null && break
    sleep 0.05
  done
  addr=$(sed -n 's/.*"addr":"\([^"]*\)".*/\1/p' "$work/serve-$n.log" | head -1)
  start_rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$serve_pid/status")
  ( peak=0
    while [ -e "/proc/$serve_pid/status" ]; do
      r=$(awk '/VmRSS/ {print $2}' "/proc/$serve_pid/status" 2>/dev/null || echo 0)
      [ "${r:-0}" -gt "$peak" ] && { peak=$r; echo "$peak" >"$work/rss.peak"; }
      sleep 0.05
    done ) &
  poller_pid=$!; pids+=($poller_pid)
}

# stop: reads the peaks, checks the server still answers, stops it.
stop() {
  local health
  health=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://$addr/health" || true)
  hwm=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$serve_pid/status")
  polled=$(awk '{printf "%.0f", $1/1024}' "$work/rss.peak")
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  kill "$poller_pid" 2>/dev/null || true; wait "$poller_pid" 2>/dev/null || true
  rm -f "$work/rss.peak"
  verdict=ok; [ "$hwm" -ge 200 ] && verdict=OVER
  rows+=("$(printf '| %s | %s MB | **%s MB** | %s MB | %s | %s | %s |' "$name" "$start_rss" "$hwm" "$polled" "$health" "$verdict" "$outcome")")
}

want() { [ -z "$ONLY" ] || [[ "$1" == *"$ONLY"* ]]; }

rows=()
# run NAME ATTACK_ARGS...: one attack on a fresh server.
run() {
  name=$1; shift
  echo "-- $name" >&2
  outcome=$("$work/attack" -server "http://$addr" "$@" 2>&1 | tr '\n' ' ' | sed 's/|/\//g; s/ *$//')
  echo "   $outcome" >&2
  stop
}

n=0
# fresh: a new data directory in $data (not a subshell, so n counts).
fresh() { n=$((n + 1)); data="$work/data-$n"; }

# The model's replies: 10 analyses at once against each hostile server.
for m in whitespace line garbage explanation errorbody; do
  want "model $m" || continue
  model -hostile "$m"
  fresh; serve "$data"
  run "model $m, 10 analyses at once" -mode analyze -n 10
  echo "   the model server sent $(curl -s "http://$model_addr/sent") bytes" >&2
done

model
if want drip; then fresh; serve "$data"; run "3,000 bodies dripping a byte a second, held 30 s" -mode drip -n 3000 -for 30s; fi
if want announce; then fresh; serve "$data"; run "2,000 bodies announcing Content-Length 1 MiB, sending 1 byte, held 20 s" -mode announce -n 2000 -for 20s; fi
if want displays; then fresh; serve "$data"; run "1,000 displays that never read, 40 analyses of 40 questions of 1 KB" -mode displays -n 1000 -analyses 40 -questions 40 -for 10s; fi
if want tokens; then
  fresh; serve "$data" QUIZSTATS_TOKEN=bench-token-0123456789abcdef
  run "wrong tokens, 64 workers for 20 s" -mode tokens -n 64 -for 20s
fi
if want disk && [ "$(id -u)" = 0 ]; then
  mkdir -p "$work/full"
  mount -t tmpfs -o size=3m tmpfs "$work/full" && mounted="$work/full"
  fresh; serve "$work/full/data"
  run "disk full (3 MiB tmpfs), bulky analyses until 503" -mode fill -n 400
  umount "$work/full" && mounted=
fi
if want redis && command -v redis-server >/dev/null; then
  redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work" --save '' --appendonly no \
    --maxmemory 3mb --maxmemory-policy noeviction --daemonize no >"$work/redis.log" 2>&1 &
  redisd_pid=$!; pids+=($redisd_pid)
  for _ in $(seq 100); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.05; done
  fresh; serve "$data" REDIS_URL="redis://127.0.0.1:$redis_port/0"
  run "Redis at maxmemory (3 MB, noeviction), bulky analyses until 503" -mode fill -n 400
  kill "$redisd_pid"
fi

echo "== $(nproc) cores, $(go version | cut -d' ' -f3), load $(cut -d' ' -f1-3 /proc/loadavg), GOMEMLIMIT=${GOMEMLIMIT:-none}"
echo "| attack | RSS at start | peak RSS (VmHWM) | peak VmRSS polled | /health after | < 200 MB | what the attack saw |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
