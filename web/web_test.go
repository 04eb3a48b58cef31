package web_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/web"
)

// The page with everything it loads stays under 150 KB uncompressed.
func TestPageWeight(t *testing.T) {
	const budget = 150 << 10
	sizes, err := web.Files()
	if err != nil {
		t.Fatal(err)
	}
	total := 0
	for name, n := range sizes {
		t.Logf("%-12s %6d bytes", name, n)
		total += n
	}
	t.Logf("total        %6d bytes (budget %d)", total, budget)
	if total >= budget {
		t.Errorf("the dashboard weighs %d bytes, over the %d budget", total, budget)
	}
	if _, ok := sizes["/"]; !ok || len(sizes) < 3 {
		t.Errorf("embedded files = %v", sizes)
	}
}

func get(t *testing.T, h http.Handler, method, path string, header ...string) *http.Response {
	t.Helper()
	r := httptest.NewRequest(method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func TestHandlerServesFilesWithTheirTypes(t *testing.T) {
	h := web.Handler()
	tests := []struct{ path, ctype, contains string }{
		{"/", "text/html; charset=utf-8", "<title>quizstats</title>"},
		{"/app.js", "text/javascript; charset=utf-8", "/api/v1/events"},
		{"/app.css", "text/css; charset=utf-8", "prefers-reduced-motion"},
		{"/icon.svg", "image/svg+xml", "<svg"},
	}
	for _, tt := range tests {
		resp := get(t, h, "GET", tt.path)
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != tt.ctype || !strings.Contains(string(body), tt.contains) {
			t.Errorf("GET %s: %d %q, body has %q: %v", tt.path, resp.StatusCode, resp.Header.Get("Content-Type"), tt.contains, strings.Contains(string(body), tt.contains))
		}
		for k, want := range map[string]string{
			"Content-Security-Policy": web.CSP,
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "no-referrer",
			"Cache-Control":           "no-cache",
		} {
			if got := resp.Header.Get(k); got != want {
				t.Errorf("GET %s: %s = %q, want %q", tt.path, k, got, want)
			}
		}
		etag := resp.Header.Get("ETag")
		if !regexp.MustCompile(`^"[0-9a-f]{16}"$`).MatchString(etag) {
			t.Errorf("GET %s: ETag %q", tt.path, etag)
			continue
		}
		// A browser that has the file revalidates it for free.
		if again := get(t, h, "GET", tt.path, "If-None-Match", etag); again.StatusCode != http.StatusNotModified {
			t.Errorf("GET %s with its ETag: %d, want 304", tt.path, again.StatusCode)
		}
		if head := get(t, h, "HEAD", tt.path); head.StatusCode != 200 || head.Header.Get("Content-Length") == "" {
			t.Errorf("HEAD %s: %d, length %q", tt.path, head.StatusCode, head.Header.Get("Content-Length"))
		}
	}
	if resp := get(t, h, "GET", "/nope.js"); resp.StatusCode != 404 || resp.Header.Get("Content-Security-Policy") == "" {
		t.Errorf("unknown file: %d", resp.StatusCode)
	}
	if resp := get(t, h, "POST", "/"); resp.StatusCode != 405 {
		t.Errorf("POST /: %d", resp.StatusCode)
	}
}

// The CSP forbids inline code and other origins; the page must need
// neither, or it breaks in the browser while every Go test passes.
func TestPageNeedsNothingTheCSPForbids(t *testing.T) {
	h := web.Handler()
	body, _ := io.ReadAll(get(t, h, "GET", "/").Body)
	page := string(body)
	if m := regexp.MustCompile(`<script(?:[^>]*)>`).FindAllString(page, -1); len(m) != 1 || !strings.Contains(m[0], `src="/app.js"`) {
		t.Errorf("script tags %q: want only <script src=\"/app.js\">", m)
	}
	for _, bad := range []string{"<style", " style=", " onclick=", " onload=", "javascript:", "http://", "https://", "//cdn"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page has %q, which the CSP forbids or which leaves the server", bad)
		}
	}
	// Every file the page and its stylesheet refer to is served.
	for _, m := range regexp.MustCompile(`(?:src|href)="(/[^"#]*)"`).FindAllStringSubmatch(page, -1) {
		if resp := get(t, h, "GET", m[1]); resp.StatusCode != 200 {
			t.Errorf("the page refers to %s, which answers %d", m[1], resp.StatusCode)
		}
	}
	js, _ := io.ReadAll(get(t, h, "GET", "/app.js").Body)
	// (http:// appears as text: the no-model notice shows an Ollama URL.)
	for _, bad := range []string{"eval(", "new Function", "innerHTML", "https://", "import("} {
		if strings.Contains(string(js), bad) {
			t.Errorf("app.js uses %q", bad)
		}
	}
}
