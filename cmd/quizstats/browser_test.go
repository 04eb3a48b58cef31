package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's Chromium, which scripts/test installs.
const chromiumPath = "/usr/bin/chromium"

// browser is the one Chromium of this package's tests, started by the
// first test that needs it and stopped by TestMain; each test gets a tab.
var browser struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	dir    string
	err    error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if browser.cancel != nil {
		browser.cancel()
		os.RemoveAll(browser.dir)
	}
	os.Exit(code)
}

// needChromium skips the test when Chromium is missing, unless CI asked
// for every test to run (QUIZSTATS_REQUIRE_ALL=1): then it fails.
func needChromium(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath(chromiumPath); err != nil {
		if os.Getenv("QUIZSTATS_REQUIRE_ALL") == "1" {
			t.Fatalf("Chromium is required (QUIZSTATS_REQUIRE_ALL=1) but %s is missing: apt-get install chromium", chromiumPath)
		}
		t.Skipf("no %s; install chromium to run the dashboard tests", chromiumPath)
	}
}

// startBrowser starts the package's Chromium once.
func startBrowser(t *testing.T) context.Context {
	t.Helper()
	needChromium(t)
	browser.once.Do(func() {
		browser.dir, browser.err = os.MkdirTemp("", "quizstats-chromium-")
		if browser.err != nil {
			return
		}
		actx, acancel := chromedp.NewExecAllocator(context.Background(),
			chromedp.ExecPath(chromiumPath),
			chromedp.Headless,
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.NoFirstRun,
			chromedp.NoDefaultBrowserCheck,
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("disable-quic", true),
			chromedp.Flag("disable-dev-shm-usage", true),
			chromedp.Flag("disable-background-timer-throttling", true),
			chromedp.Flag("disable-renderer-backgrounding", true),
			chromedp.Flag("disable-backgrounding-occluded-windows", true),
			chromedp.Flag("hide-scrollbars", true),
			chromedp.UserDataDir(browser.dir),
		)
		ctx, cancel := chromedp.NewContext(actx)
		browser.ctx = ctx
		browser.cancel = func() { cancel(); acancel() }
		browser.err = chromedp.Do(ctx) // starts the browser, with no deadline
	})
	if browser.err != nil {
		t.Fatalf("start Chromium: %v", browser.err)
	}
	return browser.ctx
}

// tab is one browser tab of a test, with the page's console watched: an
// exception, or anything the Content-Security-Policy blocked, fails the
// test.
type tab struct {
	t   *testing.T
	ctx context.Context

	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

func newTab(t *testing.T, width, height int64) *tab {
	t.Helper()
	bctx := startBrowser(t)
	ctx, cancel := chromedp.NewContext(bctx)
	tb := &tab{t: t, ctx: ctx}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		cancel()
		t.Fatalf("open a tab: %v", err)
	}
	msgs := chromedp.Console(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for m, err := range msgs {
			if err != nil {
				return
			}
			tb.mu.Lock()
			tb.console = append(tb.console, m)
			tb.mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		tb.mu.Lock()
		defer tb.mu.Unlock()
		for _, m := range tb.console {
			if m.IsException() || strings.Contains(m.Text, "Content Security Policy") || strings.Contains(m.Text, "Content-Security-Policy") {
				t.Errorf("page console: %s", m)
			}
		}
		if t.Failed() {
			for _, m := range tb.console {
				t.Logf("console: %s", m)
			}
		}
	})
	return tb
}

// do runs actions in the tab, failing the test on error.
func (tb *tab) do(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		tb.t.Fatalf("browser: %v", err)
	}
}

// eval evaluates a JavaScript expression and decodes its value.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		tb.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// until waits for a JavaScript condition to hold in the page, checking on
// every DOM change and every 20 ms.
func (tb *tab) until(what, cond string) {
	tb.t.Helper()
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](cond, chromedp.WithPollingInterval(20*time.Millisecond), chromedp.WithPollingTimeout(15*time.Second)))
	if err != nil {
		tb.t.Fatalf("waiting until %s (%s): %v\n%s", what, cond, err, tb.text())
	}
}

// text is the page's visible text, for failure messages.
func (tb *tab) text() string {
	ctx, cancel := context.WithTimeout(tb.ctx, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body ? document.body.innerText : ""`))
	if err != nil {
		return "(page text unavailable: " + err.Error() + ")"
	}
	return "page text:\n" + s
}

// screenshot saves the viewport as PNG in the artifacts directory
// (QUIZSTATS_ARTIFACTS, or the test's temp dir) and in
// /tmp/quizstats-shots, and returns the path.
func (tb *tab) screenshot(name string) string {
	tb.t.Helper()
	// Finished transitions, so the picture shows the state, not a blend.
	tb.until("the animations finish", `document.getAnimations().every(a => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)`)
	// Two frames more: cards that came into view after a resize are
	// painted in the frame after the one that found them visible.
	tb.do(chromedp.Evaluate[chromedp.Void](`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))`, chromedp.EvalAwaitPromise))
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatalf("screenshot: %v", err)
	}
	dir := os.Getenv("QUIZSTATS_ARTIFACTS")
	if dir == "" {
		dir = tb.t.TempDir()
	}
	var path string
	for _, d := range []string{dir, "/tmp/quizstats-shots"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			tb.t.Fatal(err)
		}
		p := filepath.Join(d, name+".png")
		if err := os.WriteFile(p, png, 0o644); err != nil {
			tb.t.Fatal(err)
		}
		if path == "" {
			path = p
		}
	}
	tb.t.Logf("screenshot %s", path)
	return path
}

// proxy is a TCP proxy between the browser and serve that the test can cut,
// as a network failure would: cut closes every connection and refuses new
// ones until resume.
type proxy struct {
	URL string

	ln       net.Listener
	mu       sync.Mutex
	upstream string
	refusing bool
	conns    map[net.Conn]bool
}

func newProxy(t *testing.T, upstream string) *proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{URL: "http://" + ln.Addr().String(), ln: ln, upstream: strings.TrimPrefix(upstream, "http://"), conns: map[net.Conn]bool{}}
	go p.serve()
	t.Cleanup(func() {
		ln.Close()
		p.cut()
	})
	return p
}

func (p *proxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.refusing {
			p.mu.Unlock()
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.upstream)
		if err != nil {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns[c], p.conns[up] = true, true
		p.mu.Unlock()
		go func() {
			io.Copy(up, c)
			up.Close()
		}()
		go func() {
			io.Copy(c, up)
			c.Close()
		}()
	}
}

// cut closes every connection through the proxy and refuses new ones.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.refusing = true
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// resume lets connections through again, to upstream if given.
func (p *proxy) resume(upstream string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if upstream != "" {
		p.upstream = strings.TrimPrefix(upstream, "http://")
	}
	p.refusing = false
}

// following waits until serve feeds n event streams. A page is live when
// its WebSocket opens, a moment before the server subscribes it; an event
// published in that moment reaches the page through the history it loads,
// not the stream, which a test that counts events must not race.
func following(t *testing.T, base string, n int) {
	t.Helper()
	eventually(t, fmt.Sprintf("serve feeds %d event streams", n), func() bool {
		return metric(t, base, "quizstats_event_clients") == float64(n)
	})
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string { return fmt.Sprintf("%q", s) }
