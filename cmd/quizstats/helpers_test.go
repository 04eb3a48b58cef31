package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/quiz"
)

// syncBuffer is a goroutine-safe buffer for a command's output. It keeps
// the first 8 MiB, plenty for a test, bounded for a benchmark.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.buf.Len() < 8<<20 {
		b.buf.Write(p)
	}
	return len(p), nil
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// instance is a quizstats serve running in-process through run().
type instance struct {
	URL    string
	Logs   *syncBuffer
	cancel context.CancelFunc
	done   chan error

	waitOnce sync.Once
	err      error
}

// startServe runs "quizstats serve" with env and extra args on a free
// port, and waits until it listens.
func startServe(t testing.TB, env map[string]string, args ...string) *instance {
	t.Helper()
	if _, ok := env["QUIZSTATS_DATA"]; !ok {
		env["QUIZSTATS_DATA"] = t.TempDir()
	}
	defaults := map[string]string{
		"QUIZSTATS_OLLAMA_URL": "off", // never pick up a real local Ollama in tests
		// The model checks make calls of their own, which tests counting
		// the model's calls do not expect; the checks have their tests.
		"QUIZSTATS_MODEL_CHECK_EVERY": "0",
		// Tests fire requests faster than any person; the rate limit has
		// its own test.
		"QUIZSTATS_RATE_API":     "0",
		"QUIZSTATS_RATE_ANALYZE": "0",
	}
	for k, v := range defaults {
		if _, ok := env[k]; !ok {
			env[k] = v
		}
	}
	getenv := func(k string) string { return env[k] }
	ctx, cancel := context.WithCancel(context.Background())
	inst := &instance{Logs: &syncBuffer{}, cancel: cancel, done: make(chan error, 1)}
	argv := append([]string{"quizstats", "serve", "--addr", "127.0.0.1:0"}, args...)
	go func() { inst.done <- run(ctx, argv, getenv, strings.NewReader(""), io.Discard, inst.Logs) }()
	t.Cleanup(func() { inst.stop(t) })

	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if addr := listenAddr(inst.Logs.String()); addr != "" {
			inst.URL = "http://" + addr
			return inst
		}
		select {
		case err := <-inst.done:
			t.Fatalf("serve exited before listening: %v\n%s", err, inst.Logs)
		case <-time.After(5 * time.Millisecond):
		}
	}
	t.Fatalf("serve did not listen within 10s:\n%s", inst.Logs)
	return nil
}

// stop shuts the instance down as SIGTERM would and checks run's result.
func (inst *instance) stop(t testing.TB) {
	inst.cancel()
	if err := inst.wait(t); err != nil {
		t.Errorf("serve returned %v", err)
	}
}

// wait waits for run to return and returns its error.
func (inst *instance) wait(t testing.TB) error {
	inst.waitOnce.Do(func() {
		select {
		case inst.err = <-inst.done:
		case <-time.After(30 * time.Second):
			inst.err = fmt.Errorf("serve did not stop within 30s")
		}
	})
	return inst.err
}

// listenAddr finds the address in the "listening" log line.
func listenAddr(logs string) string {
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var line struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Msg == "listening" {
			return line.Addr
		}
	}
	return ""
}

// api makes a request and decodes a JSON response into out (if not nil).
func api(t *testing.T, method, url string, body any, out any, headers ...string) *http.Response {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(raw, out); err != nil {
			t.Fatalf("%s %s: status %d, body %q is not the expected JSON: %v", method, url, resp.StatusCode, raw, err)
		}
	}
	resp.Body = io.NopCloser(bytes.NewReader(raw))
	return resp
}

// analyzeResponse is the API's analyze response.
type analyzeResponse = quiz.Result

type errorResponse struct {
	Error quiz.ErrorBody `json:"error"`
}

// wsEvent is an event as a display receives it.
type wsEvent struct {
	quiz.Event
	raw []byte
}

// dial connects a display to the event stream. The server subscribes it
// before the handshake completes: what is published next reaches it.
func dial(t *testing.T, ctx context.Context, base, query string) *websocket.Conn {
	t.Helper()
	u := "ws" + strings.TrimPrefix(base, "http") + "/api/v1/events" + query
	c, resp, err := websocket.Dial(ctx, u, nil)
	if err != nil {
		status := 0
		if resp != nil {
			status = resp.StatusCode
		}
		t.Fatalf("dial %s: %v (status %d)", u, err, status)
	}
	c.SetReadLimit(8 << 20)
	t.Cleanup(func() { c.CloseNow() })
	return c
}

// readEvent reads the next event, failing the test after 10s.
func readEvent(t *testing.T, c *websocket.Conn) wsEvent {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, b, err := c.Read(ctx)
	if err != nil {
		t.Fatalf("read event: %v", err)
	}
	var e wsEvent
	if err := json.Unmarshal(b, &e.Event); err != nil {
		t.Fatalf("event %q: %v", b, err)
	}
	e.raw = b
	return e
}

// readUntil reads events until one of type typ arrives, returning all read.
func readUntil(t *testing.T, c *websocket.Conn, typ string) []wsEvent {
	t.Helper()
	var out []wsEvent
	for range 10000 {
		e := readEvent(t, c)
		out = append(out, e)
		if e.Type == typ {
			return out
		}
	}
	t.Fatalf("no %s event", typ)
	return nil
}

// testToken is the token of the tests that run serve with one.
const testToken = "s3cret-token"

// metric reads one sample from /metrics (summing over label sets that
// contain every given label).
func metric(t *testing.T, base, name string, labels ...string) float64 {
	t.Helper()
	resp := api(t, "GET", base+"/metrics", nil, nil)
	if resp.StatusCode == http.StatusUnauthorized {
		// /metrics is behind the token; the tests that set one use this.
		resp = api(t, "GET", base+"/metrics", nil, nil, "Authorization", "Bearer "+testToken)
	}
	raw, _ := io.ReadAll(resp.Body)
	var sum float64
	found := false
	for _, line := range strings.Split(string(raw), "\n") {
		if !strings.HasPrefix(line, name) || (len(line) > len(name) && line[len(name)] != '{' && line[len(name)] != ' ') {
			continue
		}
		ok := true
		for _, l := range labels {
			if !strings.Contains(line, l) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		var v float64
		fields := strings.Fields(line)
		fmt.Sscan(fields[len(fields)-1], &v)
		sum += v
		found = true
	}
	if !found {
		t.Fatalf("metric %s%v not on /metrics", name, labels)
	}
	return sum
}

// eventually polls cond until it holds or 10s pass.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting until %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
