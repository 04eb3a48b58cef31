package check

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
)

// lintWorkflows runs actionlint (syntax, expressions, job dependencies,
// action inputs, runner labels) over the given workflow files.
func lintWorkflows(t *testing.T, files []string) []string {
	t.Helper()
	l, err := actionlint.NewLinter(io.Discard, &actionlint.LinterOptions{WorkingDir: repoRoot(t)})
	if err != nil {
		t.Fatal(err)
	}
	errs, err := l.LintFiles(files, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range errs {
		out = append(out, fmt.Sprintf("%s:%d:%d: %s [%s]", filepath.Base(e.Filepath), e.Line, e.Column, e.Message, e.Kind))
	}
	return out
}

func TestWorkflowsLint(t *testing.T) {
	files, err := filepath.Glob(repoPath(t, ".github", "workflows", "*.yml"))
	if err != nil || len(files) < 2 {
		t.Fatalf("workflows: %v %v", files, err)
	}
	for _, e := range lintWorkflows(t, files) {
		t.Error(e)
	}
}

// TestActionlintCatchesErrors shows the lint failing on a broken workflow.
func TestActionlintCatchesErrors(t *testing.T) {
	dir := t.TempDir()
	bad := "on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    needs: missing\n    steps:\n      - run: echo ${{ github.nope }}\n"
	path := filepath.Join(dir, "bad.yml")
	if err := writeFile(path, bad); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lintWorkflows(t, []string{path}), "\n")
	if !strings.Contains(got, "missing") || !strings.Contains(got, "nope") {
		t.Errorf("actionlint did not report the undefined job and property:\n%s", got)
	}
}

type workflow struct {
	On   map[string]bool `json:"-"` // event names, from actionlint's parser
	Jobs map[string]struct {
		Needs       any               `json:"needs"`
		If          string            `json:"if"`
		Uses        string            `json:"uses"`
		Container   any               `json:"container"`
		Environment any               `json:"environment"`
		Env         map[string]string `json:"env"`
		Steps       []struct {
			Uses string            `json:"uses"`
			Run  string            `json:"run"`
			With map[string]any    `json:"with"`
			Env  map[string]string `json:"env"`
		} `json:"steps"`
	} `json:"jobs"`
}

func loadWorkflow(t *testing.T, name string) (workflow, string) {
	t.Helper()
	b := readFile(t, ".github", "workflows", name)
	var w workflow
	unmarshalYAML(t, b, &w)
	// YAML 1.1 reads the key "on" as true; actionlint's parser knows better.
	parsed, errs := actionlint.Parse(b)
	if len(errs) > 0 {
		t.Fatalf("%s: %v", name, errs[0])
	}
	w.On = map[string]bool{}
	for _, e := range parsed.On {
		w.On[e.EventName()] = true
	}
	return w, string(b)
}

func TestCIWorkflow(t *testing.T) {
	w, text := loadWorkflow(t, "ci.yml")
	for _, event := range []string{"pull_request", "push", "workflow_call"} {
		if !w.On[event] {
			t.Errorf("ci.yml does not run on %s", event)
		}
	}
	// The tests run through the one entry point, as .ci/run does.
	runsScript := false
	for _, j := range w.Jobs {
		for _, s := range j.Steps {
			if strings.Contains(s.Run, "./scripts/test") && !strings.Contains(s.Run, "-short") {
				runsScript = true
			}
			if strings.Contains(s.Run, "go test") {
				t.Errorf("ci.yml runs go test directly (%q); the tests run through ./scripts/test", s.Run)
			}
		}
	}
	if !runsScript {
		t.Error("ci.yml does not run ./scripts/test in full")
	}
	for _, want := range []string{"gofmt -l", "go vet", "golangci/golangci-lint-action", "govulncheck", "gitleaks", "aquasecurity/trivy-action", "linux/amd64,linux/arm64", "coverprofile"} {
		if !strings.Contains(text, want) {
			t.Errorf("ci.yml has no %s", want)
		}
	}
	ciRun := string(readFile(t, ".ci", "run"))
	if !strings.Contains(ciRun, "./scripts/test") {
		t.Error(".ci/run no longer calls ./scripts/test")
	}
	script := string(readFile(t, "scripts", "test"))
	for _, want := range []string{"prometheus prometheus-alertmanager", "cd deploy/check && go test"} {
		if !strings.Contains(script, want) {
			t.Errorf("scripts/test does not have %q: the deployment checks would not run or lack their tools", want)
		}
	}
}

func TestCDWorkflow(t *testing.T) {
	w, text := loadWorkflow(t, "cd.yml")
	if !w.On["push"] {
		t.Fatal("cd.yml does not run on push")
	}
	needs := func(job string) []string {
		switch n := w.Jobs[job].Needs.(type) {
		case string:
			return []string{n}
		case []any:
			var out []string
			for _, v := range n {
				out = append(out, fmt.Sprint(v))
			}
			return out
		}
		return nil
	}
	envName := func(job string) string {
		switch e := w.Jobs[job].Environment.(type) {
		case string:
			return e
		case map[string]any:
			return fmt.Sprint(e["name"])
		}
		return ""
	}
	if w.Jobs["ci"].Uses != "./.github/workflows/ci.yml" {
		t.Error("cd.yml does not run CI first")
	}
	if !slices.Contains(needs("image"), "ci") {
		t.Error("images are pushed without CI passing")
	}
	if !slices.Contains(needs("staging"), "smoke") || envName("staging") != "staging" {
		t.Error("staging is deployed without the image smoke test, or outside the staging environment")
	}
	// Production: tags only, after staging, in the environment whose
	// required reviewers are the manual approval.
	prod := w.Jobs["production"]
	if !slices.Contains(needs("production"), "staging") || envName("production") != "production" || !strings.Contains(prod.If, "refs/tags/v") {
		t.Errorf("production: needs %v, environment %q, if %q: want after staging, in environment production, for tags only", needs("production"), envName("production"), prod.If)
	}
	if !slices.Contains(needs("release"), "production") {
		t.Error("release notes are published before production is deployed")
	}
	for _, want := range []string{"ghcr.io/quizstats/quizstats", "type=semver", "type=sha", "latest=", "linux/amd64,linux/arm64", "bench/fakemodel", "/api/v1/analyze", "gh release create", "--generate-notes"} {
		if !strings.Contains(text, want) {
			t.Errorf("cd.yml has no %s", want)
		}
	}
	deploy := string(readFile(t, ".github", "deploy.sh"))
	for _, want := range []string{"kustomize\" edit set image", "rollout status deploy/backend", "rollout undo deploy/backend"} {
		if !strings.Contains(deploy, want) {
			t.Errorf(".github/deploy.sh has no %s", want)
		}
	}
	for _, script := range []string{"deploy.sh", "smoke.sh"} {
		if out, err := runToolErr(t, repoRoot(t), "bash", "-n", filepath.Join(".github", script)); err != nil {
			t.Errorf(".github/%s: %v\n%s", script, err, out)
		}
	}
}
