package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime/debug"
	"strings"
	"sync"
	"testing"

	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

// runDoctorWith runs "quizstats doctor" against env and returns its
// output and exit status.
func runDoctorWith(t *testing.T, env map[string]string, args ...string) (string, int) {
	t.Helper()
	if _, ok := env["QUIZSTATS_OLLAMA_URL"]; !ok {
		env["QUIZSTATS_OLLAMA_URL"] = "off"
	}
	var out, errOut syncBuffer
	err := run(context.Background(), append([]string{"quizstats", "doctor"}, args...), func(k string) string { return env[k] }, strings.NewReader(""), &out, &errOut)
	code := 0
	if err != nil {
		code = exitCode(err)
		if !errors.Is(err, errQuiet) {
			t.Logf("error: %v", err)
		}
	}
	if errOut.String() != "" {
		t.Logf("stderr: %s", errOut.String())
	}
	return out.String(), code
}

func doctorEnv(f *llmtest.Fake) map[string]string {
	return map[string]string{"OPENAI_BASE_URL": f.URL(), "OPENAI_API_KEY": "sk-doctor-secret-key", "QUIZSTATS_MODEL": "gpt-4o-mini"}
}

// lineOf returns the line of out that starts with the check's symbol and
// label, and the fix line under it.
func lineOf(out, label string) (string, string) {
	lines := strings.Split(out, "\n")
	for n, l := range lines {
		if i := strings.Index(l, " "); i > 0 && strings.HasPrefix(l[i+1:], fmt.Sprintf("%-18s ", label)) {
			fix := ""
			if n+1 < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[n+1]), "→") {
				fix = strings.TrimSpace(lines[n+1])
			}
			return l, fix
		}
	}
	return "", ""
}

func TestDoctorWorkingModel(t *testing.T) {
	f := llmtest.New(t)
	f.Vision = true
	out, code := runDoctorWith(t, doctorEnv(f))
	if code != 0 {
		t.Fatalf("exit %d for a working model:\n%s", code, out)
	}
	for _, label := range []string{"model server", "API key", "model", "quota", "structured output", "streaming", "images (vision)", "latency"} {
		if l, _ := lineOf(out, label); !strings.HasPrefix(l, "✓") {
			t.Errorf("%s: line %q, want ✓\n%s", label, l, out)
		}
	}
	if !strings.Contains(out, "Analysis will work.") {
		t.Errorf("no verdict:\n%s", out)
	}
	if f.Images() != 1 {
		t.Errorf("the vision probe sent %d images, want 1", f.Images())
	}
	if strings.Contains(out, "sk-doctor-secret-key") {
		t.Errorf("the key is printed:\n%s", out)
	}
}

func TestDoctorJSON(t *testing.T) {
	f := llmtest.New(t)
	f.NoJSONSchema = true // json_object then: a warning, still exit 0
	out, code := runDoctorWith(t, doctorEnv(f), "--json")
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	var r struct {
		OK           bool
		Checks       []llm.CheckResult
		Capabilities struct {
			JSONObject bool `json:"json_object"`
			Vision     bool
		}
		LatencyMS float64 `json:"latency_ms"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("--json output is not JSON: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, c := range r.Checks {
		got[c.Name] = c.Status
	}
	want := map[string]string{"server": "ok", "key": "ok", "model": "ok", "quota": "ok", "structured_output": "warn", "streaming": "ok", "vision": "off", "completion": "ok"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("check %s = %q, want %q", k, got[k], v)
		}
	}
	if !r.OK || !r.Capabilities.JSONObject || r.Capabilities.Vision || r.LatencyMS <= 0 {
		t.Errorf("report: %+v", r)
	}
	if f.Images() != 0 {
		t.Errorf("a model without vision received %d images", f.Images())
	}
}

func TestDoctorFailures(t *testing.T) {
	refused, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closedURL := "http://" + refused.Addr().String() + "/v1"
	refused.Close()

	tests := []struct {
		name    string
		setup   func(f *llmtest.Fake, env map[string]string)
		label   string // the ✗ line
		detail  string
		fix     string
		exitNon bool
	}{
		{"key refused", func(f *llmtest.Fake, _ map[string]string) { f.SetFailure(llmtest.KeyRefused) },
			"API key", "the API key was refused (401", "check OPENAI_API_KEY", true},
		{"key forbidden", func(f *llmtest.Fake, _ map[string]string) { f.SetFailure(llmtest.KeyForbidden) },
			"API key", "refused (403", "permissions", true},
		{"unknown model", func(f *llmtest.Fake, env map[string]string) {
			f.Models = []string{"gpt-4o-mini", "gpt-4o", "llama3.1:8b"}
			env["QUIZSTATS_MODEL"] = "gpt-4o-mnii"
		}, "model", `model "gpt-4o-mnii" is not served here`, "did you mean --model gpt-4o-mini?", true},
		{"retired model", func(f *llmtest.Fake, env map[string]string) {
			f.Models = []string{"gpt-4o-mini", "gpt-4o"}
			env["QUIZSTATS_MODEL"] = "gpt-4-vision-preview"
		}, "model", "is retired", "gpt-4o", true},
		{"insufficient quota", func(f *llmtest.Fake, _ map[string]string) { f.SetFailure(llmtest.QuotaExceeded) },
			"quota", "no credit or quota left (429", "billing", true},
		{"payment required", func(f *llmtest.Fake, _ map[string]string) { f.SetFailure(llmtest.PaymentRequired) },
			"quota", "no credit or quota left (402", "add credit", true},
		{"rate limited", func(f *llmtest.Fake, _ map[string]string) { f.SetFailure(llmtest.RateLimited) },
			"quota", "rate limited", "not a billing problem: wait and run again in 1s", true},
		{"no structured output", func(f *llmtest.Fake, _ map[string]string) { f.NoJSONSchema, f.NoJSONObject = true, true },
			"structured output", "refuses structured output: json_schema", "use a model and server with structured output", true},
		{"no streaming", func(f *llmtest.Fake, _ map[string]string) { f.NoStreaming = true },
			"streaming", "ignored \"stream\": true", "quizstats needs streaming", true},
		{"base URL without /v1", func(f *llmtest.Fake, env map[string]string) { env["OPENAI_BASE_URL"] = f.Server.URL },
			"model server", "is not the API's base URL", "set OPENAI_BASE_URL=" + "", true},
		{"connection refused", func(f *llmtest.Fake, env map[string]string) { env["OPENAI_BASE_URL"] = closedURL },
			"model server", "cannot reach " + closedURL + ": connection refused", "start the model server", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := llmtest.New(t)
			f.Errorf = t.Logf // the fake's own refusals are the point here
			env := doctorEnv(f)
			tt.setup(f, env)
			out, code := runDoctorWith(t, env)
			if tt.exitNon && code == 0 {
				t.Errorf("exit 0 for %s:\n%s", tt.name, out)
			}
			line, fix := lineOf(out, tt.label)
			if !strings.HasPrefix(line, "✗") || !strings.Contains(line, tt.detail) {
				t.Errorf("%s line = %q, want ✗ and %q\n%s", tt.label, line, tt.detail, out)
			}
			if !strings.Contains(fix, tt.fix) {
				t.Errorf("fix = %q, want %q\n%s", fix, tt.fix, out)
			}
			if strings.Count(out, "\n✗") != 1 {
				t.Errorf("want exactly one ✗:\n%s", out)
			}
			if strings.Contains(out, "sk-doctor-secret-key") {
				t.Errorf("the key is printed:\n%s", out)
			}
		})
	}
}

// With nothing configured, a local Ollama is offered with the command
// that uses it, and checked.
func TestDoctorOffersLocalOllama(t *testing.T) {
	f := llmtest.New(t)
	ollama := fakeOllama(t, f)
	out, code := runDoctorWith(t, map[string]string{"QUIZSTATS_OLLAMA_URL": ollama})
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	want := "OPENAI_BASE_URL=" + ollama + "/v1 QUIZSTATS_MODEL=fake-model quizstats serve"
	if !strings.Contains(out, want) {
		t.Errorf("no offer of %q:\n%s", want, out)
	}
	out, code = runDoctorWith(t, map[string]string{"QUIZSTATS_OLLAMA_URL": "off"})
	if code == 0 || !strings.Contains(out, "no model is configured") || !strings.Contains(out, "OPENAI_API_KEY") {
		t.Errorf("nothing configured: exit %d\n%s", code, out)
	}
}

// fakeOllama serves Ollama's model list and, under /v1, the fake model.
func fakeOllama(t *testing.T, f *llmtest.Fake) string {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/tags", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"models":[{"name":"fake-model"},{"name":"qwen2.5:7b"}]}`))
	})
	mux.Handle("/v1/", f.Server.Config.Handler)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL
}

// /ready follows the model: unverified until the first check is done, ok
// with its time, the failing check with its fix once the key is refused,
// and ok again, by itself, once it is accepted.
func TestServeReadinessFollowsTheModel(t *testing.T) {
	f := llmtest.New(t)
	hold := make(chan struct{})
	var once sync.Once
	f.BeforeItem = func(c llmtest.Call, i int) {
		<-hold // the first check's completion waits here
	}
	env := doctorEnv(f)
	env["QUIZSTATS_MODEL_CHECK_EVERY"] = "50ms"
	srv := startServe(t, env)
	defer once.Do(func() { close(hold) })

	type ready struct {
		Status string
		Checks map[string]string
	}
	get := func() (int, ready) {
		var r ready
		resp := api(t, "GET", srv.URL+"/ready", nil, &r)
		return resp.StatusCode, r
	}
	if code, r := get(); code != 200 || r.Checks["model"] != "unverified" {
		t.Errorf("before the first check: %d %+v, want model unverified", code, r)
	}
	once.Do(func() { close(hold) })
	eventually(t, "the model is ok", func() bool {
		code, r := get()
		return code == 200 && r.Status == "ready" && strings.HasPrefix(r.Checks["model"], "ok (checked at 20")
	})
	if !strings.Contains(srv.Logs.String(), `"msg":"model checked"`) {
		t.Errorf("the start check is not logged:\n%s", srv.Logs.String())
	}

	f.SetFailure(llmtest.KeyRefused)
	eventually(t, "the model check fails", func() bool {
		code, r := get()
		m := r.Checks["model"]
		return code == 200 && r.Status == "degraded" && strings.Contains(m, "key: the API key was refused (401") && strings.Contains(m, "check OPENAI_API_KEY")
	})
	type modelStatus struct {
		State   string
		OK      bool
		Problem string
		Report  struct{ Checks []llm.CheckResult }
	}
	var status modelStatus
	api(t, "GET", srv.URL+"/api/v1/model", nil, &status)
	if status.State != "failing" || status.OK || !strings.Contains(status.Problem, "refused") || len(status.Report.Checks) != 8 {
		t.Errorf("/api/v1/model = %+v", status)
	}
	if n := strings.Count(srv.Logs.String(), `"msg":"model check failed`); n != 1 {
		t.Errorf("the failure is logged %d times, want once", n)
	}

	f.SetFailure(llmtest.NoFailure)
	eventually(t, "the model is ok again", func() bool {
		code, r := get()
		return code == 200 && r.Status == "ready" && strings.HasPrefix(r.Checks["model"], "ok (checked at")
	})
	status = modelStatus{}
	api(t, "GET", srv.URL+"/api/v1/model?fresh=1", nil, &status)
	if status.State != "ok" || !status.OK || status.Problem != "" {
		t.Errorf("/api/v1/model?fresh=1 = %+v", status)
	}
}

func TestVersionFromBuildInfo(t *testing.T) {
	vcs := func(rev, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: rev}, {Key: "vcs.modified", Value: modified}}
	}
	tests := []struct {
		name string
		info *debug.BuildInfo
		want string
	}{
		{"go build from a checkout", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261202071400-2d8d9d1abcde"}, Settings: vcs("2d8d9d1abcdef0123456789", "false")}, "v0.0.0-20261202071400-2d8d9d1abcde"},
		{"a tagged module", &debug.BuildInfo{Main: debug.Module{Version: "v1.4.0"}}, "v1.4.0"},
		{"no version, a revision", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: vcs("2d8d9d1abcdef0123456789", "true")}, "devel+2d8d9d1abcde+dirty"},
		{"nothing recorded", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "(devel)"},
	}
	for _, tt := range tests {
		if got := versionOf(tt.info); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
	var out syncBuffer
	if err := run(context.Background(), []string{"quizstats", "version"}, func(string) string { return "" }, strings.NewReader(""), &out, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "quizstats ") || !strings.Contains(out.String(), "module   github.com/quizstats/quizstats") || !strings.Contains(out.String(), "revision ") {
		t.Errorf("quizstats version printed:\n%s", out.String())
	}
}

// An analyze request may name a model of --models; another is refused.
func TestServeModelPerRequest(t *testing.T) {
	f := llmtest.New(t)
	srv := startServe(t, doctorEnv(f), "--models", "gpt-4o, gpt-4.1-mini")
	quiz := func(model string) map[string]any {
		return map[string]any{"model": model, "questions": []map[string]any{{"text": "Which is a colour, " + model + "?", "options": []string{"Blue", "Seven"}}}}
	}
	for _, model := range []string{"", "gpt-4o", "gpt-4.1-mini", "gpt-4o-mini"} {
		var r analyzeResponse
		if resp := api(t, "POST", srv.URL+"/api/v1/analyze", quiz(model), &r); resp.StatusCode != 200 {
			t.Fatalf("model %q: %d", model, resp.StatusCode)
		}
		want := model
		if want == "" {
			want = "gpt-4o-mini"
		}
		if r.Model != want || f.Log()[len(f.Log())-1].Model != want {
			t.Errorf("model %q: answered by %q, the fake was asked %q", model, r.Model, f.Log()[len(f.Log())-1].Model)
		}
	}
	var e errorResponse
	if resp := api(t, "POST", srv.URL+"/api/v1/analyze", quiz("gpt-5-secret"), &e); resp.StatusCode != 400 || e.Error.Field != "model" || !strings.Contains(e.Error.Message, "gpt-4o-mini, gpt-4o, gpt-4.1-mini") {
		t.Errorf("a model not allowed: %d %+v", resp.StatusCode, e)
	}
}
