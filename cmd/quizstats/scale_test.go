package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store/redistest"
)

// redisEnv is the environment of a replica on the shared Redis.
func redisEnv(f *llmtest.Fake, r *redistest.Server) map[string]string {
	env := modelEnv(f)
	env["REDIS_URL"] = r.URL()
	return env
}

// A display on replica A sees, live and in order, the answers of an
// analysis posted to replica B; history and totals are shared; a display
// that comes back on B resumes where it left A.
func TestScaleReplicasShareEvents(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	a := startServe(t, redisEnv(f, r))
	b := startServe(t, redisEnv(f, r))
	ctx := context.Background()

	onA := dial(t, ctx, a.URL, "")
	var posted analyzeResponse
	if resp := api(t, "POST", b.URL+"/api/v1/analyze", planetQuiz, &posted); resp.StatusCode != 200 {
		t.Fatalf("analyze on B: %d", resp.StatusCode)
	}
	var types []string
	var last uint64
	for _, e := range readUntil(t, onA, quiz.EventCompleted) {
		if e.Type == quiz.EventStats {
			continue
		}
		if e.Seq <= last || e.ID != posted.ID {
			t.Fatalf("event %s seq %d (after %d) for %s, want %s", e.Type, e.Seq, last, e.ID, posted.ID)
		}
		last = e.Seq
		types = append(types, e.Type)
	}
	if strings.Join(types, ",") != "analysis.started,answer,answer,answer,answer,analysis.completed" {
		t.Errorf("display on A got %v", types)
	}

	var list struct{ Analyses []quiz.Summary }
	api(t, "GET", a.URL+"/api/v1/analyses", nil, &list)
	if len(list.Analyses) != 1 || list.Analyses[0].ID != posted.ID {
		t.Errorf("history on A = %+v, want B's analysis", list.Analyses)
	}
	eventually(t, "B's totals reach A", func() bool {
		var st quiz.Stats
		api(t, "GET", a.URL+"/api/v1/stats", nil, &st)
		return st.Analyses == 1 && st.Questions == 4
	})

	// The cache is shared too: A answers the quiz without the model.
	var again analyzeResponse
	api(t, "POST", a.URL+"/api/v1/analyze", planetQuiz, &again)
	if !again.Cached || f.Calls() != 1 {
		t.Errorf("A after B: cached=%v, model calls %d", again.Cached, f.Calls())
	}

	// One sequence for the deployment: resuming on B from what A showed.
	onB := dial(t, ctx, b.URL, fmt.Sprintf("?since=%d", last))
	e := readEvent(t, onB)
	for e.Type == quiz.EventStats {
		e = readEvent(t, onB)
	}
	if e.Type != quiz.EventCompleted || !e.Cached || e.Seq <= last {
		t.Errorf("resumed on B: %s seq %d cached %v, want A's cache hit after %d", e.Type, e.Seq, e.Cached, last)
	}
}

// Identical requests spread over replicas cost one model call.
func TestScaleCoalescesAcrossReplicas(t *testing.T) {
	f := planetFake(t)
	release := make(chan struct{})
	f.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 0 {
			<-release
		}
	}
	r := redistest.Start(t)
	a := startServe(t, redisEnv(f, r))
	b := startServe(t, redisEnv(f, r))
	const each = 10
	var wg sync.WaitGroup
	results := make(chan analyzeResponse, 2*each)
	for _, srv := range []*instance{a, b} {
		for range each {
			wg.Go(func() {
				var resp analyzeResponse
				api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &resp)
				results <- resp
			})
		}
	}
	eventually(t, "every request is in flight", func() bool {
		return metric(t, a.URL, "quizstats_http_requests_in_flight") >= each &&
			metric(t, b.URL, "quizstats_http_requests_in_flight") >= each
	})
	close(release)
	wg.Wait()
	close(results)
	for res := range results {
		if len(res.Answers) != 4 || res.Answers[0].Choices[0] != 1 {
			t.Fatalf("a request got %+v", res)
		}
	}
	if f.Calls() != 1 {
		t.Errorf("model calls = %d for %d identical requests on two replicas, want 1", f.Calls(), 2*each)
	}
}

// With Redis down a replica keeps answering and says so once; when Redis
// returns, everything resumes without a restart.
func TestScaleRedisOutage(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	a := startServe(t, redisEnv(f, r))
	b := startServe(t, redisEnv(f, r))
	ctx := context.Background()
	display := dial(t, ctx, a.URL, "")

	r.Kill()
	for i := range 3 {
		q := map[string]any{"questions": []map[string]any{{"text": fmt.Sprintf("Outage question %d?", i), "options": []string{"yes", "no"}}}}
		var resp analyzeResponse
		if got := api(t, "POST", a.URL+"/api/v1/analyze", q, &resp); got.StatusCode != 200 || len(resp.Answers) != 1 {
			t.Fatalf("analyze with Redis down: %d %+v", got.StatusCode, resp)
		}
		// The replica's own displays still get the events.
		readUntil(t, display, quiz.EventCompleted)
	}
	var ready struct {
		Status string
		Checks map[string]string
	}
	if resp := api(t, "GET", a.URL+"/ready", nil, &ready); resp.StatusCode != 200 || ready.Status != "degraded" || ready.Checks["redis"] == "ok" {
		t.Errorf("/ready with Redis down: %d %+v; want 200, degraded, saying why", resp.StatusCode, ready)
	}
	if n := strings.Count(a.Logs.String(), "redis is unreachable"); n != 1 {
		t.Errorf("the outage was logged %d times, want once", n)
	}
	if metric(t, a.URL, "quizstats_store_up") != 0 {
		t.Error("quizstats_store_up is not 0 with Redis down")
	}

	r.Restart()
	eventually(t, "A sees Redis again", func() bool {
		api(t, "GET", a.URL+"/ready", nil, &ready)
		return ready.Checks["redis"] == "ok" && ready.Status == "ready" && metric(t, a.URL, "quizstats_store_up") == 1
	})
	eventually(t, "B sees Redis again", func() bool {
		return metric(t, b.URL, "quizstats_store_up") == 1
	})
	if n := strings.Count(a.Logs.String(), "redis is back"); n != 1 {
		t.Errorf("the recovery was logged %d times, want once", n)
	}
	// Fan-out between replicas comes back by itself: an analysis posted to
	// B reaches the display on A. (Right after Redis returns, A may still
	// be resubscribing; each try is a new quiz.)
	completed := make(chan string, 100)
	go func() {
		for {
			_, b, err := display.Read(context.Background())
			if err != nil {
				close(completed)
				return
			}
			var e quiz.Event
			if json.Unmarshal(b, &e) == nil && e.Type == quiz.EventCompleted {
				completed <- e.ID
			}
		}
	}()
	deadline := time.Now().Add(15 * time.Second)
	for i := 0; ; i++ {
		q := map[string]any{"questions": []map[string]any{{"text": fmt.Sprintf("After the outage %d?", i), "options": []string{"yes", "no"}}}}
		var posted analyzeResponse
		api(t, "POST", b.URL+"/api/v1/analyze", q, &posted)
		if waitForID(completed, posted.ID, time.Second) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("events from B never reached the display on A after Redis returned")
		}
	}
}

// waitForID waits for id to come out of ids, for at most wait.
func waitForID(ids <-chan string, id string, wait time.Duration) bool {
	timeout := time.After(wait)
	for {
		select {
		case got, ok := <-ids:
			if !ok {
				return false
			}
			if got == id {
				return true
			}
		case <-timeout:
			return false
		}
	}
}

// An analysis answered before redis-server was killed with -9 is still in
// the history after it restarts (append-only file).
func TestScaleRedisKill9KeepsHistory(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	a := startServe(t, redisEnv(f, r))
	var posted analyzeResponse
	api(t, "POST", a.URL+"/api/v1/analyze", planetQuiz, &posted)
	r.Kill()
	r.Restart()
	eventually(t, "the replica reconnects", func() bool {
		return metric(t, a.URL, "quizstats_store_up") == 1
	})
	var got quiz.Analysis
	if resp := api(t, "GET", a.URL+"/api/v1/analyses/"+posted.ID, nil, &got); resp.StatusCode != 200 || len(got.Answers) != 4 {
		t.Fatalf("after kill -9 of redis-server: %d %+v", resp.StatusCode, got)
	}
}

// The rate limit, in the application: a bucket per client shared by the
// replicas through Redis, and 429 with Retry-After past it.
func TestScaleRateLimitShared(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	env := redisEnv(f, r)
	env["QUIZSTATS_RATE_ANALYZE"] = "0.2"
	env["QUIZSTATS_RATE_ANALYZE_BURST"] = "2"
	a := startServe(t, env)
	b := startServe(t, maps.Clone(env))
	var codes []int
	for i, srv := range []*instance{a, b, a} {
		resp := api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)
		codes = append(codes, resp.StatusCode)
		if i == 2 && (resp.Header.Get("Retry-After") == "" || resp.Header.Get("Retry-After") == "0") {
			t.Errorf("429 without a Retry-After")
		}
	}
	if fmt.Sprint(codes) != "[200 200 429]" {
		t.Errorf("three analyses over two replicas with a burst of 2: %v", codes)
	}
	// Other routes have their own limit (here: none).
	if resp := api(t, "GET", a.URL+"/api/v1/stats", nil, nil); resp.StatusCode != 200 {
		t.Errorf("stats after the analyze limit: %d", resp.StatusCode)
	}
	if n := metric(t, a.URL, "quizstats_rate_limited_total", `class="analyze"`); n != 1 {
		t.Errorf("rate limited metric = %v", n)
	}
}

// Without Redis the limit is kept in memory.
func TestServeRateLimitInMemory(t *testing.T) {
	env := modelEnv(planetFake(t))
	env["QUIZSTATS_RATE_API"] = "0.5"
	env["QUIZSTATS_RATE_API_BURST"] = "3"
	srv := startServe(t, env)
	var codes []int
	for range 4 {
		codes = append(codes, api(t, "GET", srv.URL+"/api/v1/stats", nil, nil).StatusCode)
	}
	if fmt.Sprint(codes) != "[200 200 200 429]" {
		t.Errorf("four requests with a burst of 3: %v", codes)
	}
	// A client with a token has its own bucket.
	if c := api(t, "GET", srv.URL+"/api/v1/stats", nil, nil, "Authorization", "Bearer someone").StatusCode; c != 200 {
		t.Errorf("another client was limited: %d", c)
	}
	var e errorResponse
	api(t, "GET", srv.URL+"/api/v1/stats", nil, &e)
	if e.Error.Code != "rate_limited" || !strings.Contains(e.Error.Message, "try again") {
		t.Errorf("429 body = %+v", e)
	}
}
