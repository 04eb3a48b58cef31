// Package check holds the tests of quizstats' deployment files: the
// Dockerfile, deploy/compose.yaml, the Kubernetes manifests, the monitoring
// configuration and the CI/CD workflows. Each file is checked with the real
// tool or library for its format (compose-go, kustomize, k8s.io/api,
// BuildKit's Dockerfile linter, promtool, amtool, actionlint), since no
// Docker engine or cluster runs where the tests do.
//
// It is a module of its own so that these tools stay out of the product's
// go.mod. Run it with: cd deploy/check && go test ./...
package check
