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
	"testing"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/metrics"
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
	f := planetFake(b)
	logger := slog.New(slog.NewJSONHandler(io.Discard, nil))
	reg := prometheus.NewRegistry()
	m := metrics.New(reg, "x")
	st, err := store.OpenBolt(filepath.Join(b.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	h := hub.New(st, 0, m)
	svc := analyze.New(analyze.Config{Model: llm.New(llm.Config{BaseURL: f.URL(), Model: "m"}), Store: st, Publisher: h, Observer: m, Logger: logger})
	defer svc.Close(context.Background())
	srv := server.New(server.Config{Analyzer: svc, History: st, Events: h, Logger: logger, Observer: m, Gatherer: reg})
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
