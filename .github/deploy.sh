#!/usr/bin/env bash
# Deploys one overlay of deploy/k8s with the image CD built, waits for the
# rolling update, and rolls it back if the new pods do not become ready.
#
#   KUBECONFIG_DATA=<kubeconfig> IMAGE_REF=ghcr.io/quizstats/quizstats@sha256:... .github/deploy.sh staging
set -euo pipefail
overlay=${1:?usage: deploy.sh staging|production}
: "${KUBECONFIG_DATA:?}" "${IMAGE_REF:?}"
cd "$(dirname "$0")/.."

export KUBECONFIG="$RUNNER_TEMP/kubeconfig"
umask 077
printf '%s' "$KUBECONFIG_DATA" > "$KUBECONFIG"

go install "sigs.k8s.io/kustomize/kustomize/v5@${KUSTOMIZE_VERSION:-v5.7.1}"
kustomize="$(go env GOPATH)/bin/kustomize"

# The image by digest: what was tested is what runs.
(cd "deploy/k8s/overlays/$overlay" && "$kustomize" edit set image "ghcr.io/quizstats/quizstats=$IMAGE_REF")
"$kustomize" build "deploy/k8s/overlays/$overlay" > "$RUNNER_TEMP/manifests.yaml"

ns=quiz-stats
before=$(kubectl -n "$ns" get deploy/backend -o jsonpath='{.metadata.annotations.deployment\.kubernetes\.io/revision}' 2>/dev/null || true)
echo "backend revision before: ${before:-none}"

# Client-side apply: the HPA owns spec.replicas once it scales, and a
# server-side apply would conflict with it on every deploy.
kubectl apply -f "$RUNNER_TEMP/manifests.yaml"

# maxUnavailable 0: old pods serve until new ones are ready. A rollout
# that does not finish within the Deployment's progress deadline is undone.
if ! kubectl -n "$ns" rollout status deploy/backend --timeout=6m; then
  echo "::error::the rollout of backend did not become ready; rolling back"
  kubectl -n "$ns" get pods -l app.kubernetes.io/name=quizstats -o wide || true
  if [ -n "$before" ]; then
    kubectl -n "$ns" rollout undo deploy/backend --to-revision="$before"
  else
    kubectl -n "$ns" rollout undo deploy/backend
  fi
  kubectl -n "$ns" rollout status deploy/backend --timeout=6m || true
  exit 1
fi
kubectl -n "$ns" rollout status statefulset/redis --timeout=6m
