package check

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// exportedMetrics starts the real quizstats serve, built from this
// repository, against the test suite's fake OpenAI-compatible model
// (bench/fakemodel), makes it answer, answer from the cache and refuse a
// request, and returns the metrics on its /metrics: name → label names.
func exportedMetrics(t *testing.T) map[string]map[string]bool {
	t.Helper()
	root := repoRoot(t)
	bin := t.TempDir()
	for _, pkg := range []string{"quizstats", "fakemodel"} {
		src := "./cmd/quizstats"
		if pkg == "fakemodel" {
			src = "./bench/fakemodel"
		}
		cmd := exec.Command("go", "build", "-o", filepath.Join(bin, pkg), src)
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go build %s: %v\n%s", src, err, out)
		}
	}

	// The fake model prints its address first.
	model := exec.Command(filepath.Join(bin, "fakemodel"), "-addr", "127.0.0.1:0")
	modelOut, err := model.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	model.Stderr = os.Stderr
	if err := model.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { model.Process.Kill(); model.Wait() })
	line, err := bufio.NewReader(modelOut).ReadString('\n')
	if err != nil {
		t.Fatalf("fake model: %v", err)
	}
	modelURL := "http://" + strings.TrimSpace(line) + "/v1"

	data := t.TempDir()
	serve := exec.Command(filepath.Join(bin, "quizstats"), "serve")
	serve.Env = []string{
		"HOME=" + data, "PATH=" + os.Getenv("PATH"),
		"QUIZSTATS_ADDR=127.0.0.1:0", "QUIZSTATS_DATA=" + data,
		"QUIZSTATS_OLLAMA_URL=off", "OPENAI_BASE_URL=" + modelURL, "QUIZSTATS_MODEL=fake-model",
	}
	stderr, err := serve.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := serve.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		serve.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { serve.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			serve.Process.Kill()
		}
	})
	// The "listening" log line carries the address.
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			var entry struct {
				Msg  string `json:"msg"`
				Addr string `json:"addr"`
			}
			if json.Unmarshal(sc.Bytes(), &entry) == nil && entry.Msg == "listening" {
				addr <- entry.Addr
			}
		}
		close(addr)
	}()
	var base string
	select {
	case a, ok := <-addr:
		if !ok {
			t.Fatal("serve exited before listening")
		}
		base = "http://" + a
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not log that it listens within 30s")
	}

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	do := func(method, path, body string, want int) {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Fatalf("%s %s: %d %s, want %d", method, path, resp.StatusCode, b, want)
		}
	}
	quiz := `{"source":{"url":"https://example.com/q","title":"Metrics"},"questions":[{"text":"Which planet is red?","options":["Venus","Mars"]},{"text":"Gas giants?","options":["Jupiter","Mars","Saturn"],"kind":"multiple"}]}`
	do("GET", "/health", "", 200)
	do("GET", "/ready", "", 200)
	do("POST", "/api/v1/analyze", quiz, 200) // answered by the model
	do("POST", "/api/v1/analyze", quiz, 200) // from the cache
	do("POST", "/api/v1/analyze", `{"questions":[]}`, 400)
	do("GET", "/api/v1/stats", "", 200)

	req, _ := http.NewRequestWithContext(ctx, "GET", base+"/metrics", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	return parseExposition(t, resp.Body)
}

// parseExposition reads the Prometheus text format: sample name → the
// label names it carries.
func parseExposition(t *testing.T, r io.Reader) map[string]map[string]bool {
	t.Helper()
	out := map[string]map[string]bool{}
	labelName := regexp.MustCompile(`([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*"`)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		end := strings.IndexAny(line, "{ ")
		if end <= 0 {
			t.Fatalf("unexpected /metrics line %q", line)
		}
		name := line[:end]
		if out[name] == nil {
			out[name] = map[string]bool{}
		}
		if line[end] == '{' {
			closing := strings.LastIndex(line, "}")
			for _, m := range labelName.FindAllStringSubmatch(line[end+1:closing], -1) {
				out[name][m[1]] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestMetricNamesAreExported requires every metric the dashboards and the
// alert rules query to be one that serve exports (or one of the exporters',
// by prefix, or a recording rule's), and every label they match on to be
// one that metric carries.
func TestMetricNamesAreExported(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs quizstats serve")
	}
	exported := exportedMetrics(t)

	// Sanity: the scrape is the real thing.
	for _, name := range []string{"quizstats_http_requests_total", "quizstats_model_calls_total", "quizstats_model_tokens_total", "quizstats_cache_lookups_total", "go_goroutines", "process_open_fds"} {
		if exported[name] == nil {
			t.Fatalf("serve's /metrics has no %s after an analysis; names: %v", name, sortedKeys(exported))
		}
	}
	recorded := map[string]bool{}
	for _, g := range loadRules(t).Groups {
		for _, r := range g.Rules {
			if r.Record != "" {
				recorded[r.Record] = true
			}
		}
	}
	// Labels Prometheus adds to every scraped series.
	targetLabels := map[string]bool{"job": true, "instance": true, "namespace": true, "pod": true}

	checked := 0
	for _, q := range allQueries(t) {
		for _, sel := range selectors(t, q) {
			checked++
			switch {
			case sel.name == "":
				t.Errorf("%s: a selector without a metric name: %s", q.where, q.expr)
			case sel.name == "up", recorded[sel.name]:
			case strings.HasPrefix(sel.name, "redis_"), strings.HasPrefix(sel.name, "nginx_"):
				// From redis_exporter and nginx-prometheus-exporter, which
				// are not run here.
			case exported[sel.name] == nil:
				t.Errorf("%s: %s is not exported by quizstats serve", q.where, sel.name)
			default:
				for _, l := range sel.labels {
					if !exported[sel.name][l] && !targetLabels[l] {
						t.Errorf("%s: %s has no label %q (it has %v)", q.where, sel.name, l, sortedKeys(exported[sel.name]))
					}
				}
			}
		}
	}
	if checked < 50 {
		t.Errorf("only %d selectors checked; the queries were not all found", checked)
	}
}

// TestMetricCheckCatchesUnknownNames feeds the comparison a query with a
// misspelt metric and a wrong label, and expects both to be caught.
func TestMetricCheckCatchesUnknownNames(t *testing.T) {
	exported := parseExposition(t, strings.NewReader(`# TYPE quizstats_http_requests_total counter
quizstats_http_requests_total{code="200",method="GET",route="GET /health"} 1
`))
	q := query{where: "test", expr: `sum(rate(quizstats_http_request_total[5m])) + sum(rate(quizstats_http_requests_total{status="500"}[5m]))`}
	var problems []string
	for _, sel := range selectors(t, q) {
		if exported[sel.name] == nil {
			problems = append(problems, "unknown "+sel.name)
			continue
		}
		for _, l := range sel.labels {
			if !exported[sel.name][l] {
				problems = append(problems, fmt.Sprintf("%s has no %s", sel.name, l))
			}
		}
	}
	want := []string{"unknown quizstats_http_request_total", "quizstats_http_requests_total has no status"}
	if !slices.Equal(problems, want) {
		t.Errorf("problems %v, want %v", problems, want)
	}
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
