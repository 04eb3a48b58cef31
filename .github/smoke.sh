#!/usr/bin/env bash
# Checks a deployed environment from outside, through the ingress:
# /health, /ready and an authenticated API call. With
# ROLLBACK_ON_FAILURE=1, a failure undoes the last rollout of backend.
#
#   BASE_URL=https://staging.quizstats.example.com QUIZSTATS_TOKEN=... .github/smoke.sh
set -euo pipefail
: "${BASE_URL:?}" "${QUIZSTATS_TOKEN:?}"

check() {
  for attempt in $(seq 10); do
    if curl -fsS --max-time 10 "$@" > /dev/null; then
      return 0
    fi
    echo "attempt $attempt failed: $*" >&2
    sleep 6
  done
  return 1
}

ok=1
check "$BASE_URL/health" || ok=0
check "$BASE_URL/ready" || ok=0
check -H "Authorization: Bearer $QUIZSTATS_TOKEN" "$BASE_URL/api/v1/stats" || ok=0
if [ "$ok" = 1 ]; then
  echo "smoke test passed: $BASE_URL"
  exit 0
fi

echo "::error::smoke test failed against $BASE_URL"
if [ "${ROLLBACK_ON_FAILURE:-0}" = 1 ] && [ -n "${KUBECONFIG_DATA:-}" ]; then
  export KUBECONFIG="$RUNNER_TEMP/kubeconfig"
  umask 077
  printf '%s' "$KUBECONFIG_DATA" > "$KUBECONFIG"
  kubectl -n quiz-stats rollout undo deploy/backend
  kubectl -n quiz-stats rollout status deploy/backend --timeout=6m
fi
exit 1
