package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/metrics"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/server"
	"github.com/quizstats/quizstats/internal/store"
)

// benchQuiz is the 10-question quiz the load run posts.
func benchQuiz() []byte {
	var qs []map[string]any
	for i := range 10 {
		qs = append(qs, map[string]any{"text": fmt.Sprintf("Benchmark question %d: which of these is a prime number?", i+1), "options": []string{"four", "six", "seven", "nine"}})
	}
	b, _ := json.Marshal(map[string]any{"source": map[string]string{"url": "http://quiz.local/bench", "title": "Bench"}, "questions": qs})
	return b
}

// BenchmarkServeCachedAnalyze measures a cached analyze through the whole
// server (HTTP, decode, validate, cache, events, encode), in-process.
//
//	go test -run '^$' -bench CachedAnalyze -benchmem ./cmd/quizstats
func BenchmarkServeCachedAnalyze(b *testing.B) {
	srv := startServe(b, modelEnv(planetFake(b)))
	body := benchQuiz()
	post := func(c *http.Client) {
		resp, err := c.Post(srv.URL+"/api/v1/analyze", "application/json", bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 {
			b.Fatalf("status %d", resp.StatusCode)
		}
	}
	post(http.DefaultClient) // fill the cache
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		c := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 100}}
		for pb.Next() {
			post(c)
		}
	})
}

// BenchmarkHandlerCachedAnalyze measures the server's own work for a cached
// analyze: the handler called directly, no network, no HTTP client.
//
//	go test -run '^$' -bench HandlerCachedAnalyze -benchmem ./cmd/quizstats
func BenchmarkHandlerCachedAnalyze(b *testing.B) {
	srv, _ := benchServer(b, planetFake(b).URL())
	body := benchQuiz()
	do := func() {
		r := httptest.NewRequest("POST", "/api/v1/analyze", bytes.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		srv.ServeHTTP(w, r)
		if w.Code != 200 {
			b.Fatal(w.Code, w.Body.String())
		}
	}
	do()
	b.ResetTimer()
	for b.Loop() {
		do()
	}
}

// BenchmarkFanOut measures one answer event delivered to 1,000 displays
// connected over real WebSockets (the displays read in this process too);
// it reports the CPU cost per delivery, the figure the scale run's latency
// follows from.
//
//	go test -run '^$' -bench FanOut ./cmd/quizstats
func BenchmarkFanOut(b *testing.B) {
	const displays = 1000
	srv, h := benchServer(b, "http://127.0.0.1:1/v1") // no model is called
	ts := httptest.NewServer(srv)
	defer ts.Close()
	defer srv.CloseEvents(context.Background())

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var received atomic.Int64
	done := make(chan struct{}, 1)
	want := atomic.Int64{}
	var readers sync.WaitGroup
	for range displays {
		c, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(ts.URL, "http")+"/api/v1/events", nil)
		if err != nil {
			b.Fatal(err)
		}
		readers.Go(func() {
			defer c.CloseNow()
			for {
				_, msg, err := c.Read(ctx)
				if err != nil {
					return
				}
				if !bytes.Contains(msg, []byte(`"type":"answer"`)) {
					continue // a stats event
				}
				if received.Add(1) == want.Load() {
					done <- struct{}{}
				}
			}
		})
	}
	defer readers.Wait()
	defer cancel()
	for h.Followers() < displays {
		time.Sleep(10 * time.Millisecond)
	}
	event := quiz.Event{Type: quiz.EventAnswer, ID: quiz.NewID(time.Now()), Answer: &quiz.Answer{Question: 3, Choices: []int{2}, Confidence: 0.8, Votes: []int{0, 1, 4, 0}}}
	start := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		want.Add(displays)
		event.At = time.Now()
		if err := h.Publish(ctx, event); err != nil {
			b.Fatal(err)
		}
		<-done
	}
	b.StopTimer()
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N*displays), "cpu-ns/delivery")
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

// benchServer assembles serve's parts in this process, as run() does, with
// the model at modelURL, a bolt store in a temporary directory and logs
// discarded; they are closed when the benchmark ends.
func benchServer(b *testing.B, modelURL string) (*server.Server, *hub.Hub) {
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	reg := prometheus.NewRegistry()
	m := metrics.New(reg, "x")
	st, err := store.OpenBolt(filepath.Join(b.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	h := hub.New(st, 0, m)
	svc := analyze.New(analyze.Config{Model: llm.New(llm.Config{BaseURL: modelURL, Model: "m"}), Store: st, Publisher: h, Observer: m, Logger: logger})
	b.Cleanup(func() { svc.Close(context.Background()) })
	return server.New(server.Config{Analyzer: svc, History: st, Events: h, Logger: logger, Observer: m, Gatherer: reg}), h
}
