// Command attack makes the client side of issue 12's attacks on a running
// quizstats server, for bench/attacks.sh: analyses against a hostile model,
// bodies that drip, bodies that announce 1 MiB and send nothing, displays
// that never read, wrong tokens as fast as they go, and bulky analyses
// until the store refuses writes. Every loop is bounded in count and time,
// and it only talks to a loopback address.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"
)

func main() {
	server := flag.String("server", "http://127.0.0.1:8080", "quizstats server")
	mode := flag.String("mode", "analyze", "analyze | drip | announce | displays | tokens | fill")
	n := flag.Int("n", 10, "analyses, connections or displays")
	questions := flag.Int("questions", 1, "questions per quiz (analyze, displays)")
	events := flag.Int("analyses", 20, "analyses posted while the displays do not read")
	hold := flag.Duration("for", 20*time.Second, "how long connections are held or the flood lasts")
	timeout := flag.Duration("timeout", 90*time.Second, "give up after")
	flag.Parse()
	u, err := url.Parse(*server)
	if err != nil || u.Scheme != "http" || !(strings.HasPrefix(u.Host, "127.") || strings.HasPrefix(u.Host, "localhost")) {
		fmt.Fprintln(os.Stderr, "attack: only loopback servers are attacked")
		os.Exit(2)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 256}}
	a := &attack{ctx: ctx, client: client, server: *server, host: u.Host}
	switch *mode {
	case "analyze":
		a.analyze(*n, *questions)
	case "drip":
		a.slowBodies(*n, *hold, true)
	case "announce":
		a.slowBodies(*n, *hold, false)
	case "displays":
		a.displays(*n, *events, *questions, *hold)
	case "tokens":
		a.tokens(*n, *hold)
	case "fill":
		a.fill(*n)
	default:
		fmt.Fprintf(os.Stderr, "attack: unknown mode %q\n", *mode)
		os.Exit(2)
	}
}

type attack struct {
	ctx    context.Context
	client *http.Client
	server string
	host   string
}

// quiz is a quiz of its own (seed makes it unique, so neither the cache nor
// the joining of identical analyses answers it); pad lengthens each
// question's text.
func quiz(seed string, questions, pad int) []byte {
	var qs []map[string]any
	for q := range questions {
		qs = append(qs, map[string]any{
			"text":    fmt.Sprintf("%s, question %d: which is right? %s", seed, q, strings.Repeat("which of these is right? ", pad)),
			"options": []string{"alpha", "beta", "gamma", "delta"},
		})
	}
	b, _ := json.Marshal(map[string]any{"source": map[string]string{"url": "http://quiz.local/" + url.PathEscape(seed)}, "questions": qs})
	return b
}

// post sends an analysis and returns the status and the error code or
// "stored"/"not stored".
func (a *attack) post(body []byte) (int, string) {
	req, _ := http.NewRequestWithContext(a.ctx, "POST", a.server+"/api/v1/analyze", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.client.Do(req)
	if err != nil {
		return -1, "transport"
	}
	defer resp.Body.Close()
	var r struct {
		Stored *bool `json:"stored"`
		Error  struct {
			Code string `json:"code"`
		} `json:"error"`
	}
	json.NewDecoder(io.LimitReader(resp.Body, 16<<20)).Decode(&r)
	switch {
	case r.Error.Code != "":
		return resp.StatusCode, r.Error.Code
	case r.Stored != nil && *r.Stored:
		return resp.StatusCode, "stored"
	case r.Stored != nil:
		return resp.StatusCode, "not stored"
	}
	return resp.StatusCode, ""
}

// tally counts outcomes by name and prints them sorted.
type tally struct {
	mu sync.Mutex
	m  map[string]int
}

func (t *tally) add(k string) {
	t.mu.Lock()
	if t.m == nil {
		t.m = map[string]int{}
	}
	t.m[k]++
	t.mu.Unlock()
}

func (t *tally) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	var parts []string
	for k, v := range t.m {
		parts = append(parts, fmt.Sprintf("%d %s", v, k))
	}
	slices.Sort(parts)
	return strings.Join(parts, ", ")
}

// analyze posts n different quizzes at once.
func (a *attack) analyze(n, questions int) {
	var t tally
	var wg sync.WaitGroup
	start := time.Now()
	for i := range n {
		wg.Go(func() {
			status, what := a.post(quiz(fmt.Sprintf("attack %d-%d", start.UnixNano(), i), questions, 0))
			t.add(fmt.Sprintf("%d %s", status, what))
		})
	}
	wg.Wait()
	fmt.Printf("analyses: %s in %v\n", &t, time.Since(start).Round(time.Millisecond))
}

// slowBodies opens n connections that each announce a 1 MiB body; with
// drip they send a byte a second, without they send one byte and nothing
// more. It reports how many the server had closed by the end.
func (a *attack) slowBodies(n int, hold time.Duration, drip bool) {
	head := "POST /api/v1/analyze HTTP/1.1\r\nHost: " + a.host + "\r\nContent-Type: application/json\r\nContent-Length: 1048576\r\n\r\n{"
	var opened, refused, closed atomic.Int64
	var closedAt sync.Map
	var wg sync.WaitGroup
	start := time.Now()
	sem := make(chan struct{}, 200)
	for i := range n {
		sem <- struct{}{}
		wg.Go(func() {
			c, err := (&net.Dialer{Timeout: 5 * time.Second}).DialContext(a.ctx, "tcp", a.host)
			<-sem
			if err != nil {
				refused.Add(1)
				return
			}
			defer c.Close()
			if _, err := c.Write([]byte(head)); err != nil {
				closed.Add(1)
				return
			}
			opened.Add(1)
			// A reader notices the server closing (or answering).
			gone := make(chan struct{})
			go func() {
				io.Copy(io.Discard, c)
				close(gone)
			}()
			tick := time.NewTicker(time.Second)
			defer tick.Stop()
			end := time.After(hold)
			for {
				select {
				case <-gone:
					closed.Add(1)
					closedAt.Store(i, time.Since(start))
					return
				case <-end:
					return
				case <-a.ctx.Done():
					return
				case <-tick.C:
					if drip {
						c.Write([]byte(" "))
					}
				}
			}
		})
	}
	wg.Wait()
	var last time.Duration
	closedAt.Range(func(_, v any) bool { last = max(last, v.(time.Duration)); return true })
	fmt.Printf("slow bodies: %d opened, %d refused, %d closed by the server within %v (the last at %v)\n",
		opened.Load(), refused.Load(), closed.Load(), hold, last.Round(100*time.Millisecond))
}

// displays connects n event streams that never read, posts analyses whose
// events they never take, and holds them.
func (a *attack) displays(n, analyses, questions int, hold time.Duration) {
	ws := "ws" + strings.TrimPrefix(a.server, "http") + "/api/v1/events"
	conns := make([]*websocket.Conn, n)
	var failed atomic.Int64
	var wg sync.WaitGroup
	sem := make(chan struct{}, 100)
	for i := range conns {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			c, _, err := websocket.Dial(a.ctx, ws, nil)
			if err != nil {
				failed.Add(1)
				return
			}
			conns[i] = c
		})
	}
	wg.Wait()
	fmt.Printf("displays: %d connected, %d failed\n", n-int(failed.Load()), failed.Load())
	var t tally
	start := time.Now()
	for i := range analyses {
		wg.Go(func() {
			status, what := a.post(quiz(fmt.Sprintf("unread %d-%d", start.UnixNano(), i), questions, 40))
			t.add(fmt.Sprintf("%d %s", status, what))
		})
	}
	wg.Wait()
	fmt.Printf("analyses while no display reads: %s\n", &t)
	select {
	case <-time.After(hold):
	case <-a.ctx.Done():
	}
	fmt.Printf("server: %s\n", a.metrics("quizstats_event_clients ", "quizstats_event_clients_dropped_total"))
	for _, c := range conns {
		if c != nil {
			c.CloseNow()
		}
	}
}

// metrics returns the server's metrics lines that begin with one of names.
func (a *attack) metrics(names ...string) string {
	resp, err := a.client.Get(a.server + "/metrics")
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	var out []string
	for line := range strings.Lines(string(b)) {
		for _, n := range names {
			if strings.HasPrefix(line, n) {
				out = append(out, strings.TrimSpace(line))
			}
		}
	}
	return strings.Join(out, ", ")
}

// tokens sends requests with a wrong token from n workers for d.
func (a *attack) tokens(n int, d time.Duration) {
	var t tally
	var count atomic.Int64
	ctx, cancel := context.WithTimeout(a.ctx, d)
	defer cancel()
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil; i++ {
				req, _ := http.NewRequestWithContext(ctx, "GET", a.server+"/api/v1/analyses", nil)
				req.Header.Set("Authorization", fmt.Sprintf("Bearer guess-%d-%d", w, i))
				resp, err := a.client.Do(req)
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				count.Add(1)
				t.add(fmt.Sprint(resp.StatusCode))
			}
		})
	}
	wg.Wait()
	fmt.Printf("wrong tokens: %d requests in %v (%.0f/s): %s\n", count.Load(), d, float64(count.Load())/d.Seconds(), &t)
}

// fill posts bulky analyses (about 30 KB each) one after another until the
// store refuses writes (503) or n have been posted.
func (a *attack) fill(n int) {
	var t tally
	start := time.Now()
	for i := range n {
		status, what := a.post(quiz(fmt.Sprintf("fill %d-%d", start.UnixNano(), i), 8, 140))
		t.add(fmt.Sprintf("%d %s", status, what))
		if status == 503 || a.ctx.Err() != nil {
			break
		}
	}
	fmt.Printf("bulky analyses: %s in %v\n", &t, time.Since(start).Round(time.Millisecond))
}
