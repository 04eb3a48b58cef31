package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
)

var planetQuiz = map[string]any{
	"source": map[string]string{"url": "https://example.com/astronomy/quiz-1", "title": "Astronomy quiz 1"},
	"questions": []map[string]any{
		{"text": "Which planet is known as the Red Planet?", "options": []string{"Venus", "Mars", "Jupiter", "Saturn"}},
		{"text": "Which of these are gas giants?", "options": []string{"Jupiter", "Mars", "Saturn", "Mercury"}, "kind": "multiple"},
		{"text": "The Moon orbits the Earth.", "options": []string{"True", "False"}, "kind": "truefalse"},
		{"text": "Name the closest star to Earth."},
	},
}

func planetFake(t testing.TB) *llmtest.Fake {
	f := llmtest.New(t)
	f.SetCorrect("Which planet is known as the Red Planet?", "Mars")
	f.SetCorrect("Which of these are gas giants?", "Jupiter", "Saturn")
	f.SetCorrect("The Moon orbits the Earth.", "True")
	return f
}

func modelEnv(f *llmtest.Fake) map[string]string {
	return map[string]string{
		"OPENAI_BASE_URL": f.URL(),
		"OPENAI_API_KEY":  "sk-e2e-secret-key",
		"QUIZSTATS_MODEL": "fake-model",
	}
}

func choicesOf(answers []quiz.Answer) [][]int {
	var out [][]int
	for _, a := range answers {
		out = append(out, a.Choices)
	}
	return out
}

// The whole path: analyze, cache, history, stats, metrics, logs.
func TestServeAnalyzeCacheHistory(t *testing.T) {
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))

	var first analyzeResponse
	resp := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &first, "X-Request-Id", "req-e2e-1")
	if resp.StatusCode != 200 {
		t.Fatalf("analyze: status %d: %s", resp.StatusCode, srv.Logs)
	}
	if got := resp.Header.Get("X-Request-Id"); got != "req-e2e-1" {
		t.Errorf("X-Request-Id echoed as %q", got)
	}
	want := [][]int{{1}, {0, 2}, {0}, {}}
	if diff := cmp.Diff(want, choicesOf(first.Answers)); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if first.Cached || first.Model != "fake-model" || !quiz.ValidID(first.ID) || first.Usage.PromptTokens == 0 {
		t.Errorf("first response = %+v", first)
	}

	// The same quiz again, from another page: the cache answers, with no
	// model call.
	again := map[string]any{"source": map[string]string{"url": "https://mirror.example.org/q"}, "questions": planetQuiz["questions"]}
	var second analyzeResponse
	api(t, "POST", srv.URL+"/api/analyze", again, &second)
	if !second.Cached || second.ID != first.ID || f.Calls() != 1 {
		t.Errorf("second: cached=%v id=%s (first %s), model calls %d; want a cache hit and 1 call", second.Cached, second.ID, first.ID, f.Calls())
	}
	if diff := cmp.Diff(want, choicesOf(second.Answers)); diff != "" {
		t.Errorf("cached answers (-want +got):\n%s", diff)
	}

	var list struct {
		Analyses []quiz.Summary `json:"analyses"`
	}
	api(t, "GET", srv.URL+"/api/v1/analyses?limit=10", nil, &list)
	if len(list.Analyses) != 1 || list.Analyses[0].ID != first.ID || list.Analyses[0].Source.Title != "Astronomy quiz 1" || list.Analyses[0].Questions != 4 {
		t.Errorf("history = %+v", list.Analyses)
	}
	var full quiz.Analysis
	api(t, "GET", srv.URL+"/api/v1/analyses/"+first.ID, nil, &full)
	if full.Source.URL != "https://example.com/astronomy/quiz-1" || len(full.Questions) != 4 || full.Usage.PromptTokens == 0 || full.Model != "fake-model" {
		t.Errorf("analysis from history = %+v", full)
	}
	var nf errorResponse
	if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+quiz.NewID(time.Now()), nil, &nf); r.StatusCode != 404 || nf.Error.Code != "not_found" {
		t.Errorf("unknown analysis: %d %+v", r.StatusCode, nf)
	}

	var st quiz.Stats
	api(t, "GET", srv.URL+"/api/v1/stats", nil, &st)
	if st.Analyses != 2 || st.Questions != 8 || st.CacheHits != 1 || st.CacheMisses != 1 || st.CacheHitRatio != 0.5 || st.Models["fake-model"].Analyses != 2 || st.Tokens.PromptTokens == 0 || st.Today.Analyses != 2 {
		t.Errorf("stats = %+v", st)
	}

	if n := metric(t, srv.URL, "quizstats_cache_lookups_total", `result="hit"`); n != 1 {
		t.Errorf("cache hits metric = %v", n)
	}
	if n := metric(t, srv.URL, "quizstats_model_calls_total", `outcome="ok"`); n != 1 {
		t.Errorf("model calls metric = %v", n)
	}
	if n := metric(t, srv.URL, "quizstats_http_requests_total", `route="POST /api/v1/analyze"`, `code="200"`); n != 1 {
		t.Errorf("requests metric = %v", n)
	}

	logs := srv.Logs.String()
	if !strings.Contains(logs, `"request_id":"req-e2e-1"`) {
		t.Error("the log has no line with the client's request ID")
	}
	if strings.Contains(logs, "sk-e2e-secret-key") {
		t.Error("the API key appears in the log")
	}
}

// Answers reach a display one by one, while the model is still writing.
func TestServeEventsStreamAnswersAsTheyArrive(t *testing.T) {
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	ctx := context.Background()
	display := dial(t, ctx, srv.URL, "")

	// The fake holds answer i back until the display has seen answer i-1.
	got := make(chan int, 10)
	f.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 0 {
			return
		}
		select {
		case q := <-got:
			if q != i-1 {
				t.Errorf("before answer %d was written, the display had answer %d", i, q)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("the display did not get answer %d before answer %d was written", i-1, i)
		}
	}
	posted := make(chan analyzeResponse, 1)
	go func() {
		var r analyzeResponse
		api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &r)
		posted <- r
	}()

	var types []string
	var last uint64
	for {
		e := readEvent(t, display)
		if e.Type == quiz.EventStats {
			continue
		}
		if e.Seq <= last {
			t.Fatalf("seq %d after %d", e.Seq, last)
		}
		last = e.Seq
		if e.At.IsZero() || e.ID == "" {
			t.Errorf("event without id or at: %s", e.raw)
		}
		types = append(types, e.Type)
		if e.Type == quiz.EventAnswer {
			got <- e.Answer.Question
		}
		if e.Type == quiz.EventStarted && len(e.Questions) != 4 {
			t.Errorf("started event has %d questions", len(e.Questions))
		}
		if e.Type == quiz.EventCompleted {
			if a, err := e.CompletedAnalysis(); err != nil || len(a.Answers) != 4 || a.Cached {
				t.Errorf("completed event without the analysis: %v: %s", err, e.raw)
			}
			break
		}
	}
	want := []string{"analysis.started", "answer", "answer", "answer", "answer", "analysis.completed"}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("event types (-want +got):\n%s", diff)
	}
	r := <-posted
	if len(r.Answers) != 4 || r.Timing.FirstAnswerMS <= 0 || r.Timing.FirstAnswerMS > r.Timing.TotalMS {
		t.Errorf("response timing = %+v", r.Timing)
	}
}

// A display that reconnects with since=SEQ gets what it missed: no gap, no
// duplicate.
func TestServeEventsReplaySince(t *testing.T) {
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	ctx := context.Background()

	display := dial(t, ctx, srv.URL, "")
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)
	seen := readUntil(t, display, quiz.EventCompleted)
	lastSeen := seen[len(seen)-1].Seq
	display.Close(websocket.StatusNormalClosure, "bye")

	// While the display is away: a new quiz and a cached one.
	other := map[string]any{"questions": []map[string]any{{"text": "Largest planet?", "options": []string{"Earth", "Jupiter"}}}}
	api(t, "POST", srv.URL+"/api/v1/analyze", other, nil)
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)

	back := dial(t, ctx, srv.URL, fmt.Sprintf("?since=%d", lastSeen))
	var missed []wsEvent
	for len(missed) == 0 || !(missed[len(missed)-1].Type == quiz.EventCompleted && missed[len(missed)-1].Cached) {
		missed = append(missed, readEvent(t, back))
	}
	// The cache hit's event carries the analysis as this request got it.
	hit, err := missed[len(missed)-1].CompletedAnalysis()
	if err != nil || !hit.Cached || len(hit.Answers) != 4 || len(hit.Questions) != 4 || hit.Source.URL != "https://example.com/astronomy/quiz-1" {
		t.Errorf("cache hit event analysis = %+v, %v", hit, err)
	}
	var types []string
	for i, e := range missed {
		if e.Seq != lastSeen+uint64(i)+1 {
			t.Fatalf("replayed event %d has seq %d, want %d", i, e.Seq, lastSeen+uint64(i)+1)
		}
		if e.Type != quiz.EventStats {
			types = append(types, e.Type)
		}
	}
	want := []string{"analysis.started", "answer", "analysis.completed", "analysis.completed"}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("replayed (-want +got):\n%s", diff)
	}

	// Then live, continuing the same sequence.
	api(t, "POST", srv.URL+"/api/v1/analyze", other, nil)
	live := readUntil(t, back, quiz.EventCompleted)
	if live[0].Seq != missed[len(missed)-1].Seq+1 {
		t.Errorf("first live seq %d after replayed %d", live[0].Seq, missed[len(missed)-1].Seq)
	}

	var bad errorResponse
	if r := api(t, "GET", srv.URL+"/api/v1/events?since=yesterday", nil, &bad); r.StatusCode != 400 || bad.Error.Field != "since" {
		t.Errorf("since=yesterday: %d %+v", r.StatusCode, bad)
	}
}

// A display that stops reading is dropped; another keeps every event.
func TestServeSlowDisplayDropped(t *testing.T) {
	f := planetFake(t)
	srv := startServe(t, modelEnv(f), "--event-queue", "8")
	ctx := context.Background()

	// Big events fill the socket buffers of the display that does not read.
	var qs []map[string]any
	for i := range 60 {
		qs = append(qs, map[string]any{"text": fmt.Sprintf("Question %d: %s", i, strings.Repeat("long stem text ", 60)), "options": []string{"alpha", "beta", "gamma"}})
	}
	big := map[string]any{"questions": qs}
	api(t, "POST", srv.URL+"/api/v1/analyze", big, nil) // fill the cache

	slow := dial(t, ctx, srv.URL, "")
	fast := dial(t, ctx, srv.URL, "")
	var fastSeqs []uint64
	var mu sync.Mutex
	fastDone := make(chan error, 1)
	go func() {
		for {
			_, b, err := fast.Read(ctx)
			if err != nil {
				fastDone <- err
				return
			}
			var e quiz.Event
			json.Unmarshal(b, &e)
			mu.Lock()
			fastSeqs = append(fastSeqs, e.Seq)
			mu.Unlock()
		}
	}()

	for i := 0; metric(t, srv.URL, "quizstats_event_clients_dropped_total", `reason="slow"`) == 0; i++ {
		if i > 2000 {
			t.Fatal("the display that does not read was never dropped")
		}
		var r analyzeResponse
		api(t, "POST", srv.URL+"/api/v1/analyze", big, &r)
		if !r.Cached {
			t.Fatal("expected cache hits")
		}
	}
	// The dropped display's connection ends.
	rctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	for {
		if _, _, err := slow.Read(rctx); err != nil {
			if rctx.Err() != nil {
				t.Fatal("the dropped display's connection stayed open")
			}
			break
		}
	}
	// The fast one has everything, in order.
	eventually(t, "the fast display has every event", func() bool {
		published := metric(t, srv.URL, "quizstats_events_published_total")
		mu.Lock()
		defer mu.Unlock()
		// A new store numbers events from 1: the last seq is the count.
		return len(fastSeqs) > 0 && float64(fastSeqs[len(fastSeqs)-1]) >= published
	})
	mu.Lock()
	for i := 1; i < len(fastSeqs); i++ {
		if fastSeqs[i] != fastSeqs[i-1]+1 {
			t.Fatalf("fast display: seq %d after %d", fastSeqs[i], fastSeqs[i-1])
		}
	}
	mu.Unlock()
	if n := metric(t, srv.URL, "quizstats_event_clients"); n != 1 {
		t.Errorf("connected displays = %v, want 1", n)
	}
}

// 100 identical concurrent requests cost one model call.
func TestServeCoalescesIdenticalRequests(t *testing.T) {
	f := planetFake(t)
	release := make(chan struct{})
	f.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 0 {
			<-release
		}
	}
	srv := startServe(t, modelEnv(f))
	const n = 100
	results := make(chan analyzeResponse, n)
	for range n {
		go func() {
			var r analyzeResponse
			api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &r)
			results <- r
		}()
	}
	// Hold the model until every request is inside the server.
	eventually(t, "all requests are in flight", func() bool {
		return metric(t, srv.URL, "quizstats_http_requests_in_flight") >= n
	})
	close(release)
	var ids []string
	for range n {
		r := <-results
		if len(r.Answers) != 4 {
			t.Fatalf("a coalesced request got %+v", r)
		}
		ids = append(ids, r.ID)
	}
	if f.Calls() != 1 {
		t.Errorf("model calls = %d, want 1", f.Calls())
	}
	slices.Sort(ids)
	if ids[0] != ids[n-1] {
		t.Errorf("coalesced requests got different analyses: %s .. %s", ids[0], ids[n-1])
	}
	if c := metric(t, srv.URL, "quizstats_coalesced_requests_total"); c != n-1 {
		t.Errorf("coalesced metric = %v, want %d", c, n-1)
	}
}

// After repeated model failures the breaker answers 503 at once; after
// the cooldown a probe closes it again.
func TestServeBreakerOpensAndRecovers(t *testing.T) {
	f := planetFake(t)
	var mu sync.Mutex
	failing := true
	f.Script = func(llmtest.Call) llmtest.Action {
		mu.Lock()
		defer mu.Unlock()
		if failing {
			return llmtest.Fail401
		}
		return llmtest.Answer
	}
	srv := startServe(t, modelEnv(f), "--breaker-cooldown", "300ms")
	for i := range 5 {
		var e errorResponse
		r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &e)
		if r.StatusCode != 502 || e.Error.Code != "model_error" {
			t.Fatalf("failure %d: %d %+v", i, r.StatusCode, e)
		}
	}
	var e errorResponse
	r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &e)
	if r.StatusCode != 503 || e.Error.Code != "model_unavailable" || r.Header.Get("Retry-After") == "" {
		t.Fatalf("with the breaker open: %d %+v (Retry-After %q)", r.StatusCode, e, r.Header.Get("Retry-After"))
	}
	// The 503 says why: the last model error, and when calls resume.
	if !strings.Contains(e.Error.Message, "last error: model server answered 401") || !strings.Contains(e.Error.Message, "the next is let through in") {
		t.Errorf("the 503 says %q, want the last model error and when it retries", e.Error.Message)
	}
	if f.Calls() != 5 {
		t.Errorf("model calls = %d, want 5: an open breaker must not call the model", f.Calls())
	}
	// The shared model failing degrades every replica alike; none is taken
	// out of service for it, and /ready says why.
	var ready struct {
		Status string
		Checks map[string]string
	}
	if r := api(t, "GET", srv.URL+"/ready", nil, &ready); r.StatusCode != 200 || ready.Status != "degraded" || !strings.Contains(ready.Checks["model_breaker"], "circuit breaker") ||
		!strings.Contains(ready.Checks["model_breaker"], "last error: model server answered 401") || !strings.Contains(ready.Checks["model_breaker"], " until ") {
		t.Errorf("/ready with the breaker open: %d %+v", r.StatusCode, ready)
	}
	if metric(t, srv.URL, "quizstats_model_breaker_open") != 1 {
		t.Error("quizstats_model_breaker_open is not 1")
	}
	// Failures are history too, the refused one included.
	var list struct{ Analyses []quiz.Summary }
	api(t, "GET", srv.URL+"/api/v1/analyses", nil, &list)
	if len(list.Analyses) != 6 || list.Analyses[0].Status != quiz.StatusFailed {
		t.Errorf("failed analyses in history: %+v", list.Analyses)
	}
	var refused quiz.Analysis
	api(t, "GET", srv.URL+"/api/v1/analyses/"+list.Analyses[0].ID, nil, &refused)
	if refused.Error == nil || refused.Error.Code != "model_unavailable" {
		t.Errorf("the refused analysis records %+v", refused.Error)
	}

	mu.Lock()
	failing = false
	mu.Unlock()
	time.Sleep(350 * time.Millisecond) // the cooldown
	var ok analyzeResponse
	if r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &ok); r.StatusCode != 200 || len(ok.Answers) != 4 {
		t.Fatalf("after the cooldown: %d %+v", r.StatusCode, ok)
	}
	if r := api(t, "GET", srv.URL+"/ready", nil, &ready); r.StatusCode != 200 || ready.Status != "ready" {
		t.Errorf("/ready after recovery: %d %+v", r.StatusCode, ready)
	}
}

func TestServeWithoutModel(t *testing.T) {
	srv := startServe(t, map[string]string{})
	var e errorResponse
	r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &e)
	if r.StatusCode != 503 || e.Error.Code != "no_model" || !strings.Contains(e.Error.Message, "OPENAI_API_KEY") || !strings.Contains(e.Error.Message, "OPENAI_BASE_URL") {
		t.Errorf("analyze without a model: %d %+v", r.StatusCode, e)
	}
	if r := api(t, "GET", srv.URL+"/health", nil, nil); r.StatusCode != 200 {
		t.Errorf("/health: %d", r.StatusCode)
	}
	var ready struct {
		Status string
		Checks map[string]string
	}
	if r := api(t, "GET", srv.URL+"/ready", nil, &ready); r.StatusCode != 503 || ready.Checks["store"] != "ok" || !strings.Contains(ready.Checks["model"], "no model") {
		t.Errorf("/ready: %d %+v", r.StatusCode, ready)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/analyses", nil, nil); r.StatusCode != 200 {
		t.Errorf("history without a model: %d", r.StatusCode)
	}
}

// A local Ollama is found and used when nothing else is configured.
func TestServeFindsLocalOllama(t *testing.T) {
	f := planetFake(t)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/tags", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"models":[{"name":"llama3.2:3b"},{"name":"qwen2.5:7b"}]}`))
	})
	mux.Handle("/v1/", f.Server.Config.Handler)
	ollama := httptest.NewServer(mux)
	defer ollama.Close()

	srv := startServe(t, map[string]string{"QUIZSTATS_OLLAMA_URL": ollama.URL})
	var r analyzeResponse
	if resp := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &r); resp.StatusCode != 200 {
		t.Fatalf("analyze through the found Ollama: %d", resp.StatusCode)
	}
	if r.Model != "llama3.2:3b" || f.Log()[0].Model != "llama3.2:3b" {
		t.Errorf("model = %q, want Ollama's first model", r.Model)
	}
}

func TestServeToken(t *testing.T) {
	f := planetFake(t)
	env := modelEnv(f)
	env["QUIZSTATS_TOKEN"] = "s3cret-token, next-token" // two during a rotation
	srv := startServe(t, env)

	var e errorResponse
	r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &e)
	if r.StatusCode != 401 || e.Error.Code != "unauthorized" || r.Header.Get("WWW-Authenticate") == "" {
		t.Errorf("no token: %d %+v", r.StatusCode, e)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/stats", nil, nil, "Authorization", "Bearer wrong"); r.StatusCode != 401 {
		t.Errorf("wrong token: %d", r.StatusCode)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/stats?access_token=s3cret-token", nil, nil); r.StatusCode != 401 {
		t.Errorf("query token outside the event stream: %d, want 401", r.StatusCode)
	}
	if r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil, "Authorization", "Bearer s3cret-token"); r.StatusCode != 200 {
		t.Errorf("right token: %d", r.StatusCode)
	}
	if r := api(t, "GET", srv.URL+"/api/v1/stats", nil, nil, "Authorization", "Bearer next-token"); r.StatusCode != 200 {
		t.Errorf("the second token: %d", r.StatusCode)
	}
	if r := api(t, "GET", srv.URL+"/health", nil, nil); r.StatusCode != 200 {
		t.Errorf("/health needs no token: %d", r.StatusCode)
	}
	if _, resp, err := websocket.Dial(context.Background(), "ws"+strings.TrimPrefix(srv.URL, "http")+"/api/v1/events", nil); err == nil || resp == nil || resp.StatusCode != 401 {
		t.Errorf("event stream without a token: %v", err)
	}
	c := dial(t, context.Background(), srv.URL, "?access_token=s3cret-token&since=0")
	if e := readEvent(t, c); e.Type != quiz.EventStarted {
		t.Errorf("first replayed event = %s", e.Type)
	}
}

func TestServeRefusesOpenBindWithoutToken(t *testing.T) {
	var stderr syncBuffer
	err := run(context.Background(), []string{"quizstats", "serve", "--addr", "0.0.0.0:0", "--data", t.TempDir()},
		func(string) string { return "" }, strings.NewReader(""), &stderr, &stderr)
	if err == nil || !strings.Contains(err.Error(), "QUIZSTATS_TOKEN") {
		t.Fatalf("binding 0.0.0.0 without a token: %v", err)
	}
}

// Bad input gets a clear error naming what is wrong and where.
func TestServeValidation(t *testing.T) {
	srv := startServe(t, modelEnv(planetFake(t)))
	big := `{"questions":[{"text":"` + strings.Repeat("x", 10<<20) + `","options":["a","b"]}]}`
	tests := []struct {
		name   string
		body   string
		ctype  string
		status int
		code   string
		field  string
	}{
		{"no questions", `{"questions":[]}`, "application/json", 400, "invalid", "questions"},
		{"one option", `{"questions":[{"text":"Q","options":["a"]}]}`, "application/json", 400, "invalid", "questions[0].options"},
		{"duplicate option", `{"questions":[{"text":"Q","options":["a","b"]},{"text":"R","options":["x","x"]}]}`, "application/json", 400, "invalid", "questions[1].options[1]"},
		{"unknown field", `{"questions":[{"text":"Q","options":["a","b"]}],"mode":"fast"}`, "application/json", 400, "invalid", "mode"},
		{"unknown field in a question", `{"questions":[{"text":"Q","options":["a","b"]},{"text":"R","options":["a","b"],"points":3}]}`, "application/json", 400, "invalid", "questions[1].points"},
		{"wrong type", `{"questions":[{"text":"Q","options":["a","b"]},{"text":7}]}`, "application/json", 400, "invalid", "questions[1].text"},
		{"samples", `{"questions":[{"text":"Q","options":["a","b"]}],"samples":50}`, "application/json", 400, "invalid", "samples"},
		{"not JSON", `{"questions":`, "application/json", 400, "invalid", "questions"},
		{"repeated field", `{"questions":[],"questions":[{"text":"Q","options":["a","b"]}]}`, "application/json", 400, "invalid", "questions"},
		{"trailing data", `{"questions":[{"text":"Q","options":["a","b"]}]} {}`, "application/json", 400, "invalid", ""},
		{"bad UTF-8", "{\"questions\":[{\"text\":\"Q\xff\",\"options\":[\"a\",\"b\"]}]}", "application/json", 400, "invalid", "questions[0].text"},
		{"form content type", `questions=1`, "application/x-www-form-urlencoded", 415, "unsupported_media_type", ""},
		{"too large", big, "application/json", 413, "too_large", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest("POST", srv.URL+"/api/v1/analyze", strings.NewReader(tt.body))
			req.Header.Set("Content-Type", tt.ctype)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var e errorResponse
			if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != tt.status || e.Error.Code != tt.code || e.Error.Field != tt.field || e.Error.Message == "" {
				t.Errorf("got %d %+v, want %d %s field %q", resp.StatusCode, e.Error, tt.status, tt.code, tt.field)
			}
		})
	}
}

// SIGTERM: an analysis in flight finishes, displays get a going-away close.
func TestServeGracefulShutdown(t *testing.T) {
	f := planetFake(t)
	started := make(chan struct{})
	var once sync.Once
	f.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 1 {
			once.Do(func() { close(started) })
			time.Sleep(300 * time.Millisecond)
		}
	}
	srv := startServe(t, modelEnv(f))
	display := dial(t, context.Background(), srv.URL, "")
	posted := make(chan *http.Response, 1)
	go func() {
		var r analyzeResponse
		posted <- api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &r)
	}()
	<-started
	srv.cancel() // as SIGTERM does

	// The display is told to go away...
	for {
		_, _, err := display.Read(context.Background())
		if err != nil {
			if websocket.CloseStatus(err) != websocket.StatusGoingAway {
				t.Errorf("display closed with %v, want going away", err)
			}
			break
		}
	}
	// ...and the analysis in flight still gets its answers.
	select {
	case r := <-posted:
		if r.StatusCode != 200 {
			t.Errorf("in-flight analysis: status %d", r.StatusCode)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("in-flight analysis never finished")
	}
	if err := srv.wait(t); err != nil {
		t.Errorf("serve returned %v", err)
	}
}

// A display that stops answering pings is disconnected.
func TestServePingDropsSilentDisplay(t *testing.T) {
	srv := startServe(t, modelEnv(planetFake(t)), "--ping-every", "200ms")
	// This display never reads, so it never answers a ping.
	silent := dial(t, context.Background(), srv.URL, "")
	_ = silent
	eventually(t, "the silent display is dropped", func() bool {
		return metric(t, srv.URL, "quizstats_event_clients_dropped_total", `reason="no_pong"`) == 1 &&
			metric(t, srv.URL, "quizstats_event_clients") == 0
	})
	// One that reads (and so answers pings) stays.
	live := dial(t, context.Background(), srv.URL, "")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		for {
			if _, _, err := live.Read(ctx); err != nil {
				return
			}
		}
	}()
	time.Sleep(time.Second) // five ping intervals
	if n := metric(t, srv.URL, "quizstats_event_clients"); n != 1 {
		t.Errorf("a display that answers pings was dropped: %v connected", n)
	}
}

// --metrics-addr moves /metrics off the API port.
func TestServeMetricsAddr(t *testing.T) {
	addr := "127.0.0.1:" + freePort(t)
	srv := startServe(t, modelEnv(planetFake(t)), "--metrics-addr", addr)
	if r := api(t, "GET", srv.URL+"/metrics", nil, nil); r.StatusCode != 404 {
		t.Errorf("/metrics on the API port: %d, want 404", r.StatusCode)
	}
	if n := metric(t, "http://"+addr, "quizstats_build_info"); n != 1 {
		t.Errorf("quizstats_build_info on the metrics address = %v", n)
	}
}

// A request refused as invalid does not spend the analyze budget, which is
// for model calls: a script that sent ten bad quizzes can still send its
// good ones. The limit itself answers 429 with Retry-After.
func TestServeInvalidRequestsDoNotSpendTheAnalyzeLimit(t *testing.T) {
	srv := startServe(t, modelEnv(planetFake(t)), "--rate-analyze", "0.01", "--rate-analyze-burst", "2", "--rate-api", "100", "--rate-api-burst", "100")
	for i := range 10 {
		if r := api(t, "POST", srv.URL+"/api/v1/analyze", `{"questions":[]}`, nil); r.StatusCode != 400 {
			t.Fatalf("invalid request %d: status %d, want 400", i+1, r.StatusCode)
		}
	}
	for i := range 2 {
		var res analyzeResponse
		if r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &res); r.StatusCode != 200 {
			t.Fatalf("valid request %d after the invalid ones: status %d, want 200", i+1, r.StatusCode)
		}
	}
	var e errorResponse
	r := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &e)
	if r.StatusCode != 429 || e.Error.Code != "rate_limited" || r.Header.Get("Retry-After") == "" {
		t.Errorf("third valid request: %d %+v Retry-After %q, want 429 rate_limited with Retry-After", r.StatusCode, e.Error, r.Header.Get("Retry-After"))
	}
}

// A display away while more than 5,000 events are logged (far more than
// the server keeps in memory) gets every one of them back when it returns
// with since=SEQ: in order, none missing, none twice.
func TestServeReplaysThousandsOfEventsToADisplayThatWasAway(t *testing.T) {
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	ctx := context.Background()

	display := dial(t, ctx, srv.URL, "")
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)
	seen := readUntil(t, display, quiz.EventCompleted)
	lastSeen := seen[len(seen)-1].Seq
	display.Close(websocket.StatusNormalClosure, "away")

	// 160 quizzes of 30 questions while it is away: about 5,300 events.
	var last analyzeResponse
	for n := range 160 {
		var qs []map[string]any
		for i := range 30 {
			qs = append(qs, map[string]any{"text": fmt.Sprintf("Quiz %d, question %d?", n, i), "options": []string{"yes", "no"}})
		}
		if r := api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"questions": qs}, &last); r.StatusCode != 200 {
			t.Fatalf("analyze %d: status %d", n, r.StatusCode)
		}
	}

	back := dial(t, ctx, srv.URL, fmt.Sprintf("?since=%d", lastSeen))
	want := lastSeen + 1
	for {
		e := readEvent(t, back)
		if e.Seq != want {
			t.Fatalf("after seq %d the display got seq %d: events missing or repeated", want-1, e.Seq)
		}
		want++
		if e.Type == quiz.EventCompleted && e.ID == last.ID {
			break
		}
	}
	if n := want - 1 - lastSeen; n < 5000 {
		t.Errorf("the display was away for %d events, want over 5,000 for this test to mean something", n)
	} else {
		t.Logf("%d events replayed in order to the display that was away", n)
	}
}
