package main

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// rawGet sends a GET with the given headers (Host among them) and returns
// the status.
func rawGet(t *testing.T, url string, headers ...string) int {
	t.Helper()
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		if headers[i] == "Host" {
			req.Host = headers[i+1]
			continue
		}
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode
}

// DNS rebinding: a page whose name resolves to 127.0.0.1 sends its own name
// as Host, and its own origin on the event stream.
func TestRebindingRefused(t *testing.T) {
	srv := startServe(t, modelEnv(planetFake(t)))
	if got := rawGet(t, srv.URL+"/api/v1/analyses", "Host", "rebind.evil.example"); got != 403 {
		t.Errorf("history under a foreign Host: %d, want 403", got)
	}
	if got := rawGet(t, srv.URL+"/api/v1/analyses"); got != 200 {
		t.Errorf("history under the loopback address: %d, want 200", got)
	}
	if got := rawGet(t, strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)+"/api/v1/analyses"); got != 200 {
		t.Errorf("history under localhost: %d, want 200", got)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	u := "ws" + strings.TrimPrefix(srv.URL, "http") + "/api/v1/events"
	_, resp, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {"http://rebind.evil.example"}}})
	if err == nil || resp == nil || resp.StatusCode != 403 {
		t.Errorf("event stream for a foreign origin: %v, %v; want 403", err, resp)
	}
	c, _, err := websocket.Dial(ctx, u, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {srv.URL}}})
	if err != nil {
		t.Fatalf("event stream for the dashboard's own origin: %v", err)
	}
	c.CloseNow()
}

// Wrong tokens are rate-limited per client and logged in aggregate; the
// metrics need the token; API JSON is not sniffed.
func TestTokenGuessingLimited(t *testing.T) {
	env := modelEnv(planetFake(t))
	env["QUIZSTATS_TOKEN"] = "a-long-enough-token-1234"
	srv := startServe(t, env)
	if got := rawGet(t, srv.URL+"/metrics"); got != 401 {
		t.Errorf("/metrics without the token: %d, want 401", got)
	}
	limited := 0
	for range 40 {
		switch got := rawGet(t, srv.URL+"/api/v1/analyses", "Authorization", "Bearer guess"); got {
		case 401:
		case 429:
			limited++
		default:
			t.Fatalf("wrong token: status %d", got)
		}
	}
	if limited == 0 {
		t.Error("40 wrong tokens in a row, none refused with 429")
	}
	if n := strings.Count(srv.Logs.String(), `"msg":"failed authentication"`); n > 3 {
		t.Errorf("%d log lines for 40 failed attempts, want them aggregated", n)
	}
	resp := api(t, "GET", srv.URL+"/health", nil, nil)
	if resp.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Errorf("JSON without X-Content-Type-Options: nosniff")
	}
}

// X-Real-IP is believed from configured proxies only: by default a client
// cannot pick a fresh rate-limit bucket per request.
func TestForwardedHeadersNotTrustedByDefault(t *testing.T) {
	env := modelEnv(planetFake(t))
	env["QUIZSTATS_RATE_API"] = "1"
	env["QUIZSTATS_RATE_API_BURST"] = "3"
	srv := startServe(t, env)
	limited := 0
	for i := range 10 {
		if rawGet(t, srv.URL+"/api/v1/stats", "X-Real-IP", "203.0.113."+string(rune('1'+i)), "X-Forwarded-For", "198.51.100.7") == 429 {
			limited++
		}
	}
	if limited == 0 {
		t.Error("10 requests naming other addresses in X-Real-IP each got a bucket of their own")
	}
}

// A token off loopback must be long enough not to be guessed.
func TestShortTokenRefusedOffLoopback(t *testing.T) {
	env := map[string]string{"QUIZSTATS_TOKEN": "x"}
	_, err := parseServe([]string{"--addr", "0.0.0.0:0"}, func(k string) string { return env[k] }, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "16") {
		t.Errorf("a 1-character token on 0.0.0.0: %v, want refused", err)
	}
}
