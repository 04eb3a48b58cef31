#!/usr/bin/env bash
# The scale-out load run: nginx (the repository's template, with per-client
# limits raised, since all load comes from one address) in front of three
# quizstats replicas on one redis-server. Loopback only; every step bounded.
#
#   bench/scale.sh                 all of it
#   DISPLAYS=2000 bench/scale.sh   fewer displays
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
DURATION=${DURATION:-10s}
DISPLAYS=${DISPLAYS:-10000}
for p in wrk nginx redis-server envsubst; do
  command -v "$p" >/dev/null || { echo "bench: $p is needed" >&2; exit 1; }
done

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
go build -o "$work/displays" ./bench/displays
go build -o "$work/fanout" ./bench/fanout
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

redis_port=$(port)
redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$work" --appendonly yes --save '' --daemonize no >"$work/redis.log" 2>&1 &
pids+=($!)
# Answers come 100 ms apart, as a model writes them: each event is then a
# fan-out of its own to every display.
"$work/fakemodel" -item-delay 100ms >"$work/model.out" 2>"$work/model.log" &
pids+=($!)
sleep 0.5
model=$(cat "$work/model.out")

replica_pids=()
upstreams=""
for i in 1 2 3; do
  p=$(port)
  OPENAI_BASE_URL="http://$model/v1" OPENAI_API_KEY=bench QUIZSTATS_MODEL=bench-model QUIZSTATS_OLLAMA_URL=off \
    REDIS_URL="redis://127.0.0.1:$redis_port/0" QUIZSTATS_RATE_API=0 QUIZSTATS_RATE_ANALYZE=0 \
    "$work/quizstats" serve --addr "127.0.0.1:$p" --data "$work/r$i" >/dev/null 2>"$work/r$i.log" &
  pids+=($!); replica_pids+=($!)
  upstreams+="server 127.0.0.1:$p max_fails=1 fail_timeout=5s; "
done

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj /CN=localhost \
  -keyout "$work/tls.key" -out "$work/tls.crt" 2>/dev/null
https=$(port)
export QUIZSTATS_UPSTREAMS="$upstreams" NGINX_HTTP_PORT="127.0.0.1:$(port)" NGINX_HTTPS_PORT="127.0.0.1:$https" \
  NGINX_HTTPS_SUFFIX=":$https" NGINX_SERVER_NAME=localhost NGINX_TLS_CERT="$work/tls.crt" NGINX_TLS_KEY="$work/tls.key" \
  NGINX_RATE_API=100000r/s NGINX_BURST_API=100000 NGINX_RATE_ANALYZE=100000r/s NGINX_BURST_ANALYZE=100000 \
  NGINX_CONN_PER_IP=60000 NGINX_CORS_ORIGINS='^$' NGINX_STATUS_LISTEN="127.0.0.1:$(port)" NGINX_ACCESS_LOG="$work/access.log"
vars=$(grep -o '\${[A-Z_]*}' deploy/nginx/templates/quizstats.conf.template | sort -u | tr -d '\n')
envsubst "$vars" <deploy/nginx/templates/quizstats.conf.template >"$work/quizstats.conf"
# Access logs at load would measure the disk; the run keeps only errors.
# reuseport spreads the connections evenly over the workers, each of which
# holds two sockets per display within this machine's 20,000 per process.
sed -i -e 's|access_log .*quizstats_json;|access_log off;|' -e 's|\(listen 127.0.0.1:[0-9]* ssl http2\);|\1 reuseport;|' "$work/quizstats.conf"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 4;
worker_rlimit_nofile 20000;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 10000; }
http {
  include /etc/nginx/mime.types;
  client_body_temp_path $work/body; proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi; uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
  include $work/quizstats.conf;
}
CONF
nginx -p "$work" -e "$work/nginx-error.log" -c "$work/nginx.conf" &
pids+=($!); nginx_pid=$!
sleep 1
base="https://127.0.0.1:$https"
curl -skf "$base/health" >/dev/null || { echo "nginx is not up:"; cat "$work/nginx-error.log"; exit 1; }

# cpu_ms PID...: CPU time (user + system) used so far by the processes and
# their children threads, in milliseconds.
cpu_ms() {
  local total=0 p
  for p in "$@"; do
    # A process that has exited counts nothing (its figure would be lost).
    total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo $((total * 1000 / $(getconf CLK_TCK)))
}
nginx_all() { echo "$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')"; }

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
sum_rss() { local s=0; for p in "${replica_pids[@]}"; do s=$((s + $(rss_kb "$p"))); done; echo "$s"; }

echo "== $(nproc) cores; nginx (TLS) -> 3 replicas -> redis-server; wrk -t2 -c64 -d$DURATION"
wrk -t1 -c1 -d1s -s bench/analyze.lua "$base/api/v1/analyze" >/dev/null
echo "-- cached analyze of 10 questions through nginx"
wrk -t2 -c64 -d"$DURATION" --latency -s bench/analyze.lua "$base/api/v1/analyze" | grep -E 'Requests/sec|^p50|Non-2xx'

echo "-- $DISPLAYS live displays through nginx, then one analysis of 10 questions"
sleep 2
before=$(sum_rss)
"$work/displays" -server "$base" -n "$DISPLAYS" -pause-file "$work/pause" -timeout 5m >"$work/displays.out" 2>&1 &
dpid=$!
for _ in $(seq 600); do [ -f "$work/pause" ] && break; sleep 0.5; done
sleep 3 # let the replicas settle with every display idle
after=$(sum_rss)
echo "   replicas' memory: $((before / 1024)) MB before, $((after / 1024)) MB with the displays idle: $(( (after - before) / DISPLAYS )) KB per display"
cpu_before="$(cpu_ms "${replica_pids[@]}") $(cpu_ms $(nginx_all)) $(cpu_ms "$dpid") $(cpu_ms "${pids[0]}")"
rm -f "$work/pause"
cpu_last=$cpu_before
# The displays tool exits when every display has the analysis' last event;
# sample the CPU counters just before, while it is still there.
while [ -f "/proc/$dpid/stat" ] && ! grep -q 'received all' "$work/displays.out" 2>/dev/null; do
  sample="$(cpu_ms "${replica_pids[@]}") $(cpu_ms $(nginx_all)) $(cpu_ms "$dpid") $(cpu_ms "${pids[0]}")"
  # A sample taken as the tool exited lacks its share: keep the one before.
  [ -f "/proc/$dpid/stat" ] && cpu_last=$sample
  sleep 0.1
done
wait "$dpid" || true
cat "$work/displays.out"
read -r r0 n0 d0 s0 <<<"$cpu_before"
read -r r1 n1 d1 s1 <<<"$cpu_last"
echo "   CPU while the events went out (ms): replicas $((r1 - r0)), nginx $((n1 - n0)), the displays' client $((d1 - d0)), redis $((s1 - s0))"

# The yardstick, on the same machine in the same run: the same number of
# connections and events (12, 100 ms apart) over bare loopback TCP, one hop,
# one writer goroutine, no WebSocket, no proxy; plain, then TLS.
echo "-- yardstick: the same fan-out over bare TCP, one hop"
for kind in false true; do
  "$work/fanout" -n "$DISPLAYS" -tls="$kind" -timeout 2m
done
