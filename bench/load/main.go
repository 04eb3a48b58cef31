// Command load runs the concurrency scenarios of quizstats' load test
// against a running server: many different quizzes at once, many identical
// ones at once, and the server's own overhead on uncached analyses. Every
// loop is bounded in count and time, and it only talks to the address it
// is given (loopback in bench/run.sh).
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

func main() {
	server := flag.String("server", "http://127.0.0.1:8080", "quizstats server")
	mode := flag.String("mode", "distinct", "distinct | identical | overhead")
	n := flag.Int("n", 1000, "requests")
	questions := flag.Int("questions", 10, "questions per quiz")
	timeout := flag.Duration("timeout", 60*time.Second, "give up after")
	flag.Parse()
	if !strings.HasPrefix(*server, "http://127.") && !strings.HasPrefix(*server, "http://localhost") {
		fmt.Fprintln(os.Stderr, "load: only loopback servers are load-tested")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *n, MaxConnsPerHost: 0}}

	switch *mode {
	case "distinct", "identical":
		concurrent(ctx, client, *server, *mode, *n, *questions)
	case "overhead":
		overhead(ctx, client, *server, *n, *questions)
	default:
		fmt.Fprintf(os.Stderr, "load: unknown mode %q\n", *mode)
		os.Exit(2)
	}
}

func quiz(id, questions int) []byte {
	var qs []map[string]any
	for q := range questions {
		qs = append(qs, map[string]any{
			"text":    fmt.Sprintf("Quiz %d, question %d: which of these numbers is the largest?", id, q),
			"options": []string{"seven", "forty-two", "three", "eleven"},
		})
	}
	b, _ := json.Marshal(map[string]any{"source": map[string]string{"url": fmt.Sprintf("http://quiz.local/%d", id)}, "questions": qs})
	return b
}

type result struct {
	status int
	took   time.Duration
	body   []byte
}

func post(ctx context.Context, c *http.Client, url string, body []byte) result {
	start := time.Now()
	req, _ := http.NewRequestWithContext(ctx, "POST", url+"/api/v1/analyze", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return result{status: -1, took: time.Since(start), body: []byte(err.Error())}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return result{status: resp.StatusCode, took: time.Since(start), body: b}
}

// concurrent fires n analyses at once and reports when the last finished.
func concurrent(ctx context.Context, c *http.Client, url, mode string, n, questions int) {
	// Quizzes new to the server: numbered from the time of this run.
	base := int(time.Now().UnixNano() % 1e9 * 1000)
	bodies := make([][]byte, n)
	for i := range bodies {
		id := base + i
		if mode == "identical" {
			id = base
		}
		bodies[i] = quiz(id, questions)
	}
	results := make([]result, n)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		wg.Go(func() { results[i] = post(ctx, c, url, bodies[i]) })
	}
	wg.Wait()
	wall := time.Since(start)
	failed := 0
	var took []time.Duration
	for _, r := range results {
		if r.status != 200 {
			failed++
			if failed <= 3 {
				fmt.Fprintf(os.Stderr, "status %d: %s\n", r.status, r.body)
			}
		}
		took = append(took, r.took)
	}
	slices.Sort(took)
	fmt.Printf("%s: %d concurrent analyses of %d questions: all done in %v, %d failed; per request p50 %v p99 %v max %v\n",
		mode, n, questions, wall.Round(time.Millisecond), failed, pct(took, 50), pct(took, 99), took[len(took)-1].Round(time.Millisecond))
}

// overhead runs n uncached analyses one after another and reports what the
// server added to the model's own time (total_ms - model_ms from the
// response), and the whole round trip minus the model's time.
func overhead(ctx context.Context, c *http.Client, url string, n, questions int) {
	var server, roundTrip []time.Duration
	base := int(time.Now().UnixNano() % 1e9)
	for i := range n {
		r := post(ctx, c, url, quiz(base+i, questions))
		if r.status != 200 {
			fmt.Fprintf(os.Stderr, "status %d: %s\n", r.status, r.body)
			os.Exit(1)
		}
		var resp struct {
			Cached bool
			Timing struct {
				TotalMS float64 `json:"total_ms"`
				ModelMS float64 `json:"model_ms"`
			}
		}
		json.Unmarshal(r.body, &resp)
		if resp.Cached {
			fmt.Fprintln(os.Stderr, "overhead: got a cache hit; the quizzes must be new")
			os.Exit(1)
		}
		model := time.Duration(resp.Timing.ModelMS * float64(time.Millisecond))
		server = append(server, time.Duration((resp.Timing.TotalMS-resp.Timing.ModelMS)*float64(time.Millisecond)))
		roundTrip = append(roundTrip, r.took-model)
	}
	slices.Sort(server)
	slices.Sort(roundTrip)
	fmt.Printf("overhead: %d uncached analyses of %d questions: server time beyond the model p50 %v p99 %v; whole round trip beyond the model p50 %v p99 %v\n",
		n, questions, pct(server, 50), pct(server, 99), pct(roundTrip, 50), pct(roundTrip, 99))
}

func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)].Round(10 * time.Microsecond)
}
