package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/tls"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store/redistest"
)

// replicas starts n quizstats processes on one Redis and returns them.
func replicas(t *testing.T, n int, env map[string]string) []*process {
	t.Helper()
	// nginx, on loopback, is the proxy whose X-Real-IP names the client.
	env = maps.Clone(env)
	env["QUIZSTATS_TRUSTED_PROXIES"] = "127.0.0.1/32"
	var out []*process
	for range n {
		out = append(out, startProcess(t, env, t.TempDir()))
	}
	return out
}

func hostPort(u string) string { return strings.TrimPrefix(u, "http://") }

func (p *nginxProxy) do(t *testing.T, method, path string, body []byte, headers ...string) *http.Response {
	t.Helper()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, _ := http.NewRequest(method, p.HTTPS+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := p.Client.Do(req)
	if err != nil {
		t.Fatalf("%s %s through nginx: %v", method, path, err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(raw))
	return resp
}

// Everything nginx adds in front of the replicas, checked with real
// traffic.
func TestNginxFront(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	reps := replicas(t, 2, redisEnv(f, r))
	proxy := startNginx(t, []string{hostPort(reps[0].URL), hostPort(reps[1].URL)}, map[string]string{
		"NGINX_RATE_API": "50r/s", "NGINX_BURST_API": "100", // room for the checks; the limits have their own test
		"NGINX_RATE_ANALYZE": "50r/s", "NGINX_BURST_ANALYZE": "50",
	})
	quizBody, _ := json.Marshal(planetQuiz)

	t.Run("HTTPRedirectsToHTTPS", func(t *testing.T) {
		resp, err := proxy.Client.Get(proxy.HTTP + "/api/v1/stats?x=1")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMovedPermanently || !strings.HasPrefix(resp.Header.Get("Location"), "https://127.0.0.1:") || !strings.HasSuffix(resp.Header.Get("Location"), "/api/v1/stats?x=1") {
			t.Errorf("plain HTTP: %d Location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
	})

	t.Run("TLSVersions", func(t *testing.T) {
		for _, v := range []struct {
			version uint16
			ok      bool
		}{{tls.VersionTLS10, false}, {tls.VersionTLS11, false}, {tls.VersionTLS12, true}, {tls.VersionTLS13, true}} {
			c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: proxy.CAPool, MinVersion: v.version, MaxVersion: v.version}}}
			resp, err := c.Get(proxy.HTTPS + "/health")
			if resp != nil {
				resp.Body.Close()
			}
			if (err == nil) != v.ok {
				t.Errorf("TLS version %x: err %v, want ok=%v", v.version, err, v.ok)
			}
		}
	})

	t.Run("SecurityHeaders", func(t *testing.T) {
		for _, path := range []string{"/", "/api/v1/stats", "/nope"} {
			resp := proxy.do(t, "GET", path, nil)
			for h, want := range map[string]string{
				"Strict-Transport-Security": "max-age=63072000",
				"Content-Security-Policy":   "default-src 'self'",
				"X-Frame-Options":           "DENY",
				"X-Content-Type-Options":    "nosniff",
				"Referrer-Policy":           "no-referrer",
			} {
				if !strings.Contains(resp.Header.Get(h), want) {
					t.Errorf("%s: %s = %q, want %q", path, h, resp.Header.Get(h), want)
				}
			}
			if resp.Header.Get("Server") != "" && strings.Contains(resp.Header.Get("Server"), "/") {
				t.Errorf("%s: Server header shows a version: %q", path, resp.Header.Get("Server"))
			}
		}
		if resp := proxy.do(t, "GET", "/metrics", nil); resp.StatusCode != 404 {
			t.Errorf("/metrics through nginx: %d, want 404 (scraped on the replicas directly)", resp.StatusCode)
		}
	})

	t.Run("Gzip", func(t *testing.T) {
		// The history list is JSON well over the minimum length.
		for range 3 {
			proxy.do(t, "POST", "/api/v1/analyze", quizBody)
		}
		req, _ := http.NewRequest("GET", proxy.HTTPS+"/api/v1/analyses/"+firstID(t, proxy), nil)
		req.Header.Set("Accept-Encoding", "gzip")
		resp, err := proxy.Client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if resp.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("JSON response not gzipped: %v", resp.Header)
		}
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			t.Fatal(err)
		}
		var a quiz.Analysis
		if err := json.NewDecoder(zr).Decode(&a); err != nil || len(a.Questions) != 4 {
			t.Errorf("gzipped analysis: %v %+v", err, a)
		}
	})

	t.Run("RequestIDFollowsTheRequest", func(t *testing.T) {
		resp := proxy.do(t, "GET", "/api/v1/stats", nil, "X-Request-Id", "trace-me-123")
		if resp.Header.Get("X-Request-Id") != "trace-me-123" || len(resp.Header.Values("X-Request-Id")) != 1 {
			t.Errorf("X-Request-Id = %v", resp.Header.Values("X-Request-Id"))
		}
		eventually(t, "the replica and nginx log the same ID", func() bool {
			inReplica := strings.Contains(reps[0].logs.String()+reps[1].logs.String(), `"request_id":"trace-me-123"`)
			return inReplica && strings.Contains(proxy.AccessLog(), `"request_id":"trace-me-123"`)
		})
		// Without one, nginx makes one and the replica uses it.
		resp = proxy.do(t, "GET", "/api/v1/stats", nil)
		id := resp.Header.Get("X-Request-Id")
		if len(id) != 32 {
			t.Fatalf("nginx's request ID = %q, want 32 hex digits", id)
		}
		eventually(t, "the replica logs nginx's ID", func() bool {
			return strings.Contains(reps[0].logs.String()+reps[1].logs.String(), `"request_id":"`+id+`"`)
		})
	})

	t.Run("BodyLimit", func(t *testing.T) {
		big := bytes.Repeat([]byte("x"), 10<<20+1)
		if resp := proxy.do(t, "POST", "/api/v1/analyze", big); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("an analyze body over 10 MiB: %d, want 413", resp.StatusCode)
		}
		if resp := proxy.do(t, "POST", "/api/v1/analyses", bytes.Repeat([]byte("x"), 1<<20+1)); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("another body over 1 MiB: %d, want 413", resp.StatusCode)
		}
	})

	t.Run("CORSForTheExtension", func(t *testing.T) {
		ext := "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
		resp := proxy.do(t, "OPTIONS", "/api/v1/analyze", nil, "Origin", ext, "Access-Control-Request-Method", "POST")
		if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != ext || !strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Errorf("preflight from the extension: %d %v", resp.StatusCode, resp.Header)
		}
		resp = proxy.do(t, "GET", "/api/v1/stats", nil, "Origin", "https://evil.example")
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
			t.Errorf("another origin got Access-Control-Allow-Origin %q", got)
		}
	})

	t.Run("WebSocketThroughNginx", func(t *testing.T) {
		ctx := context.Background()
		u := "wss" + strings.TrimPrefix(proxy.HTTPS, "https") + "/api/v1/events"
		c, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPClient: &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: proxy.CAPool, NextProtos: []string{"http/1.1"}}}}})
		if err != nil {
			t.Fatalf("WebSocket through nginx: %v", err)
		}
		defer c.CloseNow()
		c.SetReadLimit(8 << 20)
		q, _ := json.Marshal(map[string]any{"questions": []map[string]any{{"text": "Through nginx?", "options": []string{"yes", "no"}}}})
		eventually(t, "the display follows", func() bool {
			return metric(t, reps[0].URL, "quizstats_event_clients")+metric(t, reps[1].URL, "quizstats_event_clients") >= 1
		})
		var posted analyzeResponse
		json.Unmarshal(bodyOf(proxy.do(t, "POST", "/api/v1/analyze", q)), &posted)
		for {
			e := readEvent(t, c)
			if e.Type == quiz.EventCompleted && e.ID == posted.ID {
				break
			}
		}
	})

	t.Run("LeastConnSpreadsRequests", func(t *testing.T) {
		var wg sync.WaitGroup
		for range 20 {
			wg.Go(func() { proxy.do(t, "GET", "/api/v1/stats", nil) })
		}
		wg.Wait()
		for i, rep := range reps {
			if n := metric(t, rep.URL, "quizstats_http_requests_total", `route="GET /api/v1/stats"`); n == 0 {
				t.Errorf("replica %d got none of 20 requests", i)
			}
		}
	})
}

func firstID(t *testing.T, p *nginxProxy) string {
	t.Helper()
	var list struct{ Analyses []quiz.Summary }
	json.Unmarshal(bodyOf(p.do(t, "GET", "/api/v1/analyses", nil)), &list)
	if len(list.Analyses) == 0 {
		t.Fatal("no analyses")
	}
	return list.Analyses[0].ID
}

// bodyOf reads a response body that do() buffered.
func bodyOf(r *http.Response) []byte {
	b, _ := io.ReadAll(r.Body)
	return b
}

// The limits of the seed: 5 r/s per client for the API, 1 r/s for
// analyze, 10 connections per IP, all answered with 429.
func TestNginxLimits(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	reps := replicas(t, 1, redisEnv(f, r))
	proxy := startNginx(t, []string{hostPort(reps[0].URL)}, nil)
	quizBody, _ := json.Marshal(planetQuiz)

	count := func(method, path string, body []byte, n int) (ok, limited int, retryAfter string) {
		for range n {
			resp := proxy.do(t, method, path, body)
			switch resp.StatusCode {
			case 200:
				ok++
			case 429:
				limited++
				retryAfter = resp.Header.Get("Retry-After")
			default:
				t.Fatalf("%s %s: status %d", method, path, resp.StatusCode)
			}
		}
		return
	}
	// Analyze: burst 3 on top of 1 r/s.
	ok, limited, ra := count("POST", "/api/v1/analyze", quizBody, 8)
	if ok < 3 || ok > 5 || limited == 0 || ra == "" {
		t.Errorf("8 quick analyses: %d ok, %d limited (Retry-After %q); want about 4 ok, the rest 429 with Retry-After", ok, limited, ra)
	}
	// The API in general: burst 10 on top of 5 r/s.
	ok, limited, _ = count("GET", "/api/v1/stats", nil, 25)
	if ok < 10 || ok > 16 || limited == 0 {
		t.Errorf("25 quick requests: %d ok, %d limited; want about 11 ok", ok, limited)
	}

	// Connections: 10 per IP. Hold 12 event streams open.
	time.Sleep(2 * time.Second) // let the API bucket refill for the upgrades
	ctx := context.Background()
	dialer := &websocket.DialOptions{HTTPClient: &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: proxy.CAPool, NextProtos: []string{"http/1.1"}}}}}
	u := "wss" + strings.TrimPrefix(proxy.HTTPS, "https") + "/api/v1/events"
	var open, refused atomic.Int32
	var conns []*websocket.Conn
	for range 12 {
		c, resp, err := websocket.Dial(ctx, u, dialer)
		switch {
		case err == nil:
			open.Add(1)
			conns = append(conns, c)
		case resp != nil && resp.StatusCode == 429:
			refused.Add(1)
		default:
			t.Errorf("dial: %v", err)
		}
		time.Sleep(250 * time.Millisecond) // within 5 r/s
	}
	for _, c := range conns {
		c.CloseNow()
	}
	if open.Load() > 10 || refused.Load() == 0 {
		t.Errorf("12 event streams from one IP: %d open, %d refused with 429; want at most 10 open", open.Load(), refused.Load())
	}
}

// A replica killed with -9 while traffic flows costs no more failed
// requests than the ones in flight on it.
func TestNginxReplicaKilled(t *testing.T) {
	f := planetFake(t)
	r := redistest.Start(t)
	reps := replicas(t, 3, redisEnv(f, r))
	var addrs []string
	for _, rep := range reps {
		addrs = append(addrs, hostPort(rep.URL))
	}
	proxy := startNginx(t, addrs, map[string]string{
		"NGINX_RATE_API": "10000r/s", "NGINX_BURST_API": "10000",
		"NGINX_RATE_ANALYZE": "10000r/s", "NGINX_BURST_ANALYZE": "10000",
		"NGINX_CONN_PER_IP": "1000",
	})
	quizBody, _ := json.Marshal(planetQuiz)
	proxy.do(t, "POST", "/api/v1/analyze", quizBody) // fill the cache

	const workers = 4
	var sent, failed atomic.Int64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			c := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: proxy.CAPool}}, Timeout: 10 * time.Second}
			for i := 0; i < 5000; i++ {
				select {
				case <-stop:
					return
				default:
				}
				resp, err := c.Post(proxy.HTTPS+"/api/v1/analyze", "application/json", bytes.NewReader(quizBody))
				sent.Add(1)
				if err != nil {
					failed.Add(1)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != 200 {
					failed.Add(1)
				}
			}
		})
	}
	eventually(t, "traffic flows", func() bool { return sent.Load() > 100 })
	reps[1].cmd.Process.Kill()
	before := sent.Load()
	eventually(t, "traffic goes on", func() bool { return sent.Load() > before+300 })
	close(stop)
	wg.Wait()
	if n := failed.Load(); n > workers {
		t.Errorf("%d of %d requests failed when a replica died; at most the %d in flight may", n, sent.Load(), workers)
	}
	t.Logf("%d requests, %d failed, one replica of 3 killed", sent.Load(), failed.Load())
}
