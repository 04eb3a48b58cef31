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

// The page with everything it loads stays under 150 KB uncompressed, and
// the presenter view adds at most 60 KB to what the dashboard loads.
func TestPageWeight(t *testing.T) {
	const budget = 150 << 10
	const presenterBudget = 60 << 10
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

	h := web.Handler()
	dashboard, presenter := loads(t, h, "/"), loads(t, h, "/present")
	weigh := func(files map[string]bool) (n int) {
		for f := range files {
			n += sizes[f]
		}
		return n
	}
	extra := map[string]bool{}
	for f := range presenter {
		if !dashboard[f] {
			extra[f] = true
		}
	}
	t.Logf("the dashboard loads %d bytes (%d files), the presenter view %d (%d files), %d of them not the dashboard's",
		weigh(dashboard), len(dashboard), weigh(presenter), len(presenter), weigh(extra))
	if !presenter["/qr.js"] || !presenter["/state.js"] || !presenter["/present.css"] {
		t.Errorf("the presenter view loads %v: its imports were not followed", presenter)
	}
	if n := weigh(extra); n > presenterBudget {
		t.Errorf("the presenter view adds %d bytes to the dashboard's, over its %d budget", n, presenterBudget)
	}
}

// loads returns every file a page loads: what its HTML refers to, and the
// modules its scripts import, followed through.
func loads(t *testing.T, h http.Handler, page string) map[string]bool {
	t.Helper()
	seen := map[string]bool{}
	var visit func(path string)
	visit = func(p string) {
		if seen[p] {
			return
		}
		seen[p] = true
		resp := get(t, h, "GET", p)
		if resp.StatusCode != 200 {
			t.Errorf("%s refers to %s, which answers %d", page, p, resp.StatusCode)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		var refs []string
		switch {
		case strings.HasSuffix(p, ".js"):
			for _, m := range regexp.MustCompile(`(?m)^import [^'"]*['"]\./([^'"]+)['"]`).FindAllStringSubmatch(string(body), -1) {
				refs = append(refs, "/"+m[1])
			}
		case !strings.Contains(p, "."):
			// What the page loads, not where its links go.
			for _, m := range regexp.MustCompile(`<(?:script|link|img)[^>]* (?:src|href)="(/[^"#]*)"`).FindAllStringSubmatch(string(body), -1) {
				refs = append(refs, m[1])
			}
		}
		for _, r := range refs {
			visit(r)
		}
	}
	visit(page)
	return seen
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
		{"/present", "text/html; charset=utf-8", "<title>quizstats · presenter</title>"},
		{"/present.js", "text/javascript; charset=utf-8", "/api/v1/events"},
		{"/present.css", "text/css; charset=utf-8", "prefers-reduced-motion"},
		{"/qr.js", "text/javascript; charset=utf-8", "export function encode"},
		{"/state.js", "text/javascript; charset=utf-8", "export function scoreOf"},
		{"/audit", "text/html; charset=utf-8", "<title>quizstats · audit</title>"},
		{"/audit.js", "text/javascript; charset=utf-8", "/api/v1/analyses/"},
		{"/audit.css", "text/css; charset=utf-8", ".a-diagram"},
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

// The CSP forbids inline code and other origins; the pages must need
// neither, or they break in the browser while every Go test passes.
func TestPageNeedsNothingTheCSPForbids(t *testing.T) {
	h := web.Handler()
	for page, script := range map[string]string{"/": "/app.js", "/present": "/present.js"} {
		body, _ := io.ReadAll(get(t, h, "GET", page).Body)
		html := string(body)
		if m := regexp.MustCompile(`<script(?:[^>]*)>`).FindAllString(html, -1); len(m) != 1 || !strings.Contains(m[0], `src="`+script+`"`) {
			t.Errorf("%s: script tags %q: want only <script src=%q>", page, m, script)
		}
		for _, bad := range []string{"<style", " style=", " onclick=", " onload=", "javascript:", "http://", "https://", "//cdn"} {
			if strings.Contains(html, bad) {
				t.Errorf("%s has %q, which the CSP forbids or which leaves the server", page, bad)
			}
		}
		// Every file the page refers to, or its scripts import, is served.
		for f := range loads(t, h, page) {
			if !strings.HasSuffix(f, ".js") {
				continue
			}
			js, _ := io.ReadAll(get(t, h, "GET", f).Body)
			// (http:// appears as text: the no-model notice shows an Ollama
			// URL, and SVG's namespace is one.)
			for _, bad := range []string{"eval(", "new Function", "innerHTML", "https://", "import("} {
				if strings.Contains(string(js), bad) {
					t.Errorf("%s uses %q", f, bad)
				}
			}
		}
	}
}
