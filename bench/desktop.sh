#!/usr/bin/env bash
# Measures the real quizstats-desktop window under Xvfb (Mesa, software
# GL): frames drawn per second while an analysis of 40 questions with 5
# samples streams in, and the window's CPU while idle, from /proc.
#
#   bench/desktop.sh              1280x800
#   SIZE=560x900 bench/desktop.sh
#
# Frames are the window's own count (the state file's "frames": one per
# tick of the animation Fyne drives, each followed by Fyne drawing the
# window when something changed); everything runs on loopback.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-1280x800}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

CGO_ENABLED=0 go build -o "$work/quizstats" ./cmd/quizstats
if [ -n "${DESKTOP:-}" ]; then
  cp "$DESKTOP" "$work/quizstats-desktop" # another build, to compare
else
  go build -o "$work/quizstats-desktop" ./cmd/quizstats-desktop
fi
go build -o "$work/fakemodel" ./bench/fakemodel

# Xvfb picks a free display and writes its number to a file.
Xvfb -displayfd 3 -screen 0 1400x1000x24 -nolisten tcp 3>"$work/xvfb.display" 2>/dev/null &
pids+=($!)
until [ -s "$work/xvfb.display" ]; do sleep 0.1; done
display=":$(head -1 "$work/xvfb.display")"

"$work/fakemodel" -addr 127.0.0.1:18779 -item-delay 100ms >/dev/null 2>&1 &
pids+=($!)
QUIZSTATS_OLLAMA_URL=off OPENAI_BASE_URL=http://127.0.0.1:18779/v1 OPENAI_API_KEY=sk-bench QUIZSTATS_MODEL=fake-model \
  QUIZSTATS_RATE_API=0 QUIZSTATS_RATE_ANALYZE=0 "$work/quizstats" serve --addr 127.0.0.1:18778 --data "$work/data" >"$work/serve.log" 2>&1 &
pids+=($!)
until curl -fs http://127.0.0.1:18778/health >/dev/null; do sleep 0.1; done

state="$work/state.json"
DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 HOME=$work QUIZSTATS_SERVER=http://127.0.0.1:18778 QUIZSTATS_DESKTOP_STATE_FILE=$state \
  "$work/quizstats-desktop" --size "$SIZE" >"$work/desktop.log" 2>&1 &
app=$!
pids+=($app)
until grep -q '"conn":"live"' "$state" 2>/dev/null; do sleep 0.2; done
sleep 3

field() { sed -n "s/.*\"$1\":\([0-9a-z]*\).*/\1/p" "$state"; }
cpu() { awk '{print $14+$15}' "/proc/$app/stat"; } # ticks of 10 ms

python3 - >"$work/quiz.json" <<'PY'
import json
qs = [{"text": f"Question {i+1}: which of these numbers is the prime one, in a stem long enough to wrap?", "options": ["21", "27", "29", "33"]} for i in range(40)]
print(json.dumps({"source": {"title": "Forty primes"}, "questions": qs, "samples": 5}))
PY
f0=$(field frames); c0=$(cpu); t0=$(date +%s.%N)
curl -fs -H 'Content-Type: application/json' --data @"$work/quiz.json" http://127.0.0.1:18778/api/v1/analyze >/dev/null &
pids+=($!)
# While it streams and animates: until the analysis is done and nothing moves.
until grep -q '"status":"completed"' "$state" && grep -q '"moving":false' "$state"; do sleep 0.1; done
f1=$(field frames); c1=$(cpu); t1=$(date +%s.%N)
python3 -c "
f=$f1-$f0; t=$t1-$t0; c=($c1-$c0)/100
print(f'streaming 40 answers x 5 samples ($SIZE): {f} frames in {t:.1f} s = {f/t:.1f} frames/s; window CPU {c:.2f} s ({100*c/t:.0f}% of a core)')"

sleep 3
for run in 1 2 3; do
  f0=$(field frames); c0=$(cpu); t0=$(date +%s.%N)
  sleep 10
  f1=$(field frames); c1=$(cpu); t1=$(date +%s.%N)
  python3 -c "
t=$t1-$t0; c=($c1-$c0)/100
print(f'idle {t:.1f} s: CPU {c*1000:.0f} ms ({100*c/t:.2f}% of a core), {$f1-$f0} frames')"
done
