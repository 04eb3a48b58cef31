package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// megabyteQuiz is a quiz of its own (n) whose analysis is about 1.05 MB:
// 100 questions of 4,000 characters with six options of 1,000, just under
// the 1 MiB body limit.
func megabyteQuiz(n int) map[string]any {
	var qs []map[string]any
	for i := range 100 {
		var opts []string
		for o := range 6 {
			opts = append(opts, fmt.Sprintf("%d.%d.%d %s", n, i, o, strings.Repeat("o", 990)))
		}
		qs = append(qs, map[string]any{"text": fmt.Sprintf("%d.%d %s", n, i, strings.Repeat("q", 3990)), "options": opts})
	}
	return map[string]any{"source": map[string]string{"url": fmt.Sprintf("https://example.com/big/%d", n)}, "questions": qs}
}

// BenchmarkStoreFileSize measures the bbolt file: after 40 analyses of
// about 1.05 MB, after a restart (the sweep at start compacts it), and
// after a restart with --max-store-size 100MB. Run it once:
//
//	go test -run '^$' -bench StoreFileSize -benchtime 1x ./cmd/quizstats
func BenchmarkStoreFileSize(b *testing.B) {
	for range b.N {
		f := planetFake(b)
		dir := b.TempDir()
		env := modelEnv(f)
		env["QUIZSTATS_DATA"] = dir
		file := filepath.Join(dir, "quizstats.db")
		size := func() float64 {
			fi, err := os.Stat(file)
			if err != nil {
				b.Fatal(err)
			}
			return float64(fi.Size()) / 1e6
		}
		srv := startServe(b, env)
		for n := range 40 {
			if r := benchAPI(b, srv.URL+"/api/v1/analyze", megabyteQuiz(n)); r != 200 {
				b.Fatalf("analyze %d: %d", n, r)
			}
		}
		srv.stop(b)
		grown := size()

		start := time.Now()
		srv = startServe(b, env, "--log-level", "debug")
		waitForLog(b, srv, "compacted store")
		compactMS := float64(time.Since(start).Milliseconds())
		srv.stop(b)
		compacted := size()

		srv = startServe(b, env, "--max-store-size", "100MB")
		waitForLog(b, srv, "compacted store")
		srv.stop(b)
		bounded := size()

		b.ReportMetric(grown, "MB_after_40")
		b.ReportMetric(compacted, "MB_compacted")
		b.ReportMetric(compactMS, "ms_start_with_compaction")
		b.ReportMetric(bounded, "MB_max_100MB")
	}
}

func waitForLog(b *testing.B, srv *instance, msg string) {
	b.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !strings.Contains(srv.Logs.String(), `"msg":"`+msg+`"`) {
		if time.Now().After(deadline) {
			b.Fatalf("no %q in the log:\n%s", msg, srv.Logs)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// benchAPI posts body as JSON and returns the status.
func benchAPI(b *testing.B, url string, body any) int {
	b.Helper()
	raw, err := json.Marshal(body)
	if err != nil {
		b.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(raw))
	if err != nil {
		b.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}
