package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/remote"
	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/quiz"
)

// watchSession is a quizstats watch run through run() under Xvfb, with a
// second DevTools client on its browser, through which the test acts as
// the person at the keyboard.
type watchSession struct {
	cmd     *cmdRun
	browser context.Context // the test's own chromedp context on the browser
	display *websocket.Conn // a display of the server's event stream
}

// startWatch starts quizstats watch against the server at serverURL.
func startWatch(t *testing.T, ctx context.Context, serverURL string) *watchSession {
	t.Helper()
	chrome := requireChromium(t)
	display := startXvfb(t)
	dir := t.TempDir()
	profile := filepath.Join(dir, "profile")
	// The wrapper opens a DevTools port besides watch's own pipe, for the
	// test, and gives Chromium the test's display and quiet flags.
	wrapper := filepath.Join(dir, "chromium")
	script := fmt.Sprintf("#!/bin/sh\nDISPLAY=%s exec %s --remote-debugging-port=0 --disable-background-networking --disable-component-update --disable-sync --disable-quic --no-first-run \"$@\"\n", display, chrome)
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"QUIZSTATS_CHROME":    wrapper,
		"DISPLAY":             display,
		"QUIZSTATS_SERVER":    serverURL,
		"QUIZSTATS_PROFILE":   profile,
		"QUIZSTATS_LOG_LEVEL": "debug",
		"HOME":                dir,
	}
	wctx, stop := context.WithCancel(ctx)
	s := &watchSession{cmd: startCmd(wctx, env, "watch")}
	t.Cleanup(func() {
		stop()
		select {
		case <-s.cmd.done:
			if s.cmd.err != nil {
				t.Errorf("watch returned %v", s.cmd.err)
			}
		case <-time.After(20 * time.Second):
			t.Error("watch did not stop within 20s of its context")
		}
		if t.Failed() {
			t.Logf("watch stdout:\n%s\nwatch stderr:\n%s", s.cmd.stdout, s.cmd.stderr)
		}
	})
	waitFor(t, "watch to start", 30*time.Second, func() bool {
		select {
		case <-s.cmd.done:
			t.Fatalf("watch exited: %v\n%s", s.cmd.err, s.cmd.stderr)
		default:
		}
		return strings.Contains(s.cmd.stdout.String(), "press Alt+Shift+Q")
	})

	var port, path string
	waitFor(t, "the browser's DevTools port", 10*time.Second, func() bool {
		raw, err := os.ReadFile(filepath.Join(profile, "DevToolsActivePort"))
		lines := strings.Fields(string(raw))
		if err != nil || len(lines) < 2 {
			return false
		}
		port, path = lines[0], lines[1]
		return true
	})
	actx, cancelAlloc := remote.NewAllocator(ctx, "ws://127.0.0.1:"+port+path, remote.NoModifyURL)
	t.Cleanup(cancelAlloc)
	s.browser, _ = chromedp.NewContext(actx)
	if err := chromedp.Do(s.browser); err != nil {
		t.Fatalf("connect to the watched browser: %v", err)
	}
	s.display = dial(t, ctx, serverURL, "")
	return s
}

// openTab opens a tab as the person would, waits until watch has put the
// shortcut into it, and loads url.
func (s *watchSession) openTab(t *testing.T, url string) context.Context {
	t.Helper()
	tctx, cancel := chromedp.NewContext(s.browser)
	t.Cleanup(cancel)
	if err := chromedp.Do(tctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	s.waitReady(t, chromedp.FromContext(tctx).Target.TargetID)
	s.navigate(t, tctx, url)
	return tctx
}

func (s *watchSession) navigate(t *testing.T, tctx context.Context, url string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(tctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("load %s: %v", url, err)
	}
}

// waitReady waits until watch says the shortcut is installed in a target.
func (s *watchSession) waitReady(t *testing.T, id target.ID) {
	t.Helper()
	waitFor(t, "the shortcut in target "+string(id), 10*time.Second, func() bool {
		for line := range strings.Lines(s.cmd.stderr.String()) {
			var l struct {
				Msg    string `json:"msg"`
				Target string `json:"target"`
			}
			if json.Unmarshal([]byte(line), &l) == nil && l.Msg == "shortcut ready" && l.Target == string(id) {
				return true
			}
		}
		return false
	})
}

// focusBy clicks at (dx, dy) in the first element that matches selector, as
// a person moving the focus into a page or a frame does, until focused
// reports the focus there. Chromium drops input to a page until it has
// painted, which a freshly loaded page may not have yet; a person cannot
// click before that either.
func focusBy(t *testing.T, tctx context.Context, selector string, dx, dy float64, focused func() bool) {
	t.Helper()
	if _, err := chromedp.Call(tctx, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatalf("bring the tab to the front: %v", err)
	}
	at := evalIn[struct{ X, Y float64 }](t, tctx, `(() => { const r = document.querySelector(`+jsonString(selector)+`).getBoundingClientRect(); return {x: r.left, y: r.top}; })()`)
	waitFor(t, "the focus in "+selector, 10*time.Second, func() bool {
		if err := chromedp.Do(tctx, chromedp.MouseClickXY(at.X+dx, at.Y+dy)); err != nil {
			t.Fatalf("click on %s: %v", selector, err)
		}
		for range 10 {
			if focused() {
				return true
			}
			time.Sleep(20 * time.Millisecond)
		}
		return false
	})
}

// pageFocused reports whether the tab's top document has the focus.
func pageFocused(t *testing.T, tctx context.Context) func() bool {
	return func() bool {
		return evalIn[bool](t, tctx, `document.hasFocus() && document.activeElement === document.body`)
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// press sends Alt+Shift+Q through the browser's input pipeline, as a
// keyboard does: to whatever element and frame of the tab has the focus.
// The test pages count the presses their document receives (keys.js);
// Chromium now and then drops a key event sent right after a cross-site
// navigation, and then press sends it again. The watched document's
// listener and the page's see the same events, so a press the page did
// receive is never sent twice.
func press(t *testing.T, tctx, doc context.Context) {
	t.Helper()
	received := func() int {
		return strings.Count(evalIn[string](t, doc, `document.documentElement.dataset.keys || ""`), "KeyQ")
	}
	before := received()
	waitFor(t, "the shortcut to reach the document", 10*time.Second, func() bool {
		for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeRawKeyDown, input.DispatchKeyEventTypeKeyUp} {
			_, err := chromedp.Call(tctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{
				Type: typ, Modifiers: 1 | 8, // Alt, Shift
				Key: "Q", Code: "KeyQ", WindowsVirtualKeyCode: 'Q', NativeVirtualKeyCode: 'Q',
			})
			if err != nil {
				t.Fatalf("press the shortcut: %v", err)
			}
		}
		for range 25 {
			if received() > before {
				return true
			}
			time.Sleep(20 * time.Millisecond)
		}
		return false
	})
}

// nextAnalysis reads the event stream up to the next analysis' completion
// and returns its started event; an analysis of another page fails the
// test.
func (s *watchSession) nextAnalysis(t *testing.T, url string) quiz.Event {
	t.Helper()
	var started quiz.Event
	for {
		e := readEvent(t, s.display)
		switch e.Type {
		case quiz.EventStarted:
			if e.Source == nil || e.Source.URL != url {
				t.Fatalf("an analysis of %+v started, want only %s", e.Source, url)
			}
			started = e.Event
		case quiz.EventFailed:
			t.Fatalf("analysis failed: %s", e.raw)
		case quiz.EventCompleted:
			if started.ID == "" || e.ID != started.ID {
				t.Fatalf("completed %s without its start: %s", e.ID, e.raw)
			}
			return started
		}
	}
}

// noticeText is the text of the quizstats notice in the tab's top
// document; it lives in a closed shadow root, which only the DevTools
// protocol reaches.
func noticeText(t *testing.T, tctx context.Context) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(tctx, 5*time.Second)
	defer cancel()
	root, err := chromedp.Call(ctx, dom.GetDocument, dom.GetDocumentParams{Depth: new(int64(-1)), Pierce: new(true)})
	if err != nil {
		t.Fatalf("read the page: %v", err)
	}
	var b strings.Builder
	var walk func(n *cdp.Node, in bool)
	walk = func(n *cdp.Node, in bool) {
		if n.NodeName == "STYLE" {
			return
		}
		in = in || n.NodeName == "QUIZSTATS-NOTICE"
		if in && n.NodeType == 3 { // text
			b.WriteString(n.NodeValue + " ")
		}
		for _, c := range n.ShadowRoots {
			walk(c, in)
		}
		for _, c := range n.Children {
			walk(c, in)
		}
	}
	walk(root.Root, false)
	return b.String()
}

// evalIn evaluates expr in the main world of the target's top document.
// It names no execution context: chromedp's own choice is the last one
// created in the frame, which can be an isolated world of watch's.
func evalIn[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	var v T
	r, err := chromedp.Call(ctx, cdpruntime.Evaluate, cdpruntime.EvaluateParams{Expression: expr, ReturnByValue: new(true)})
	if err == nil && r.ExceptionDetails != nil {
		err = &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
	}
	if err == nil {
		err = json.Unmarshal(r.Result.Value, &v)
	}
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitFor polls cond until it holds, failing the test after limit.
func waitFor(t *testing.T, what string, limit time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", limit, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The shortcut, pressed on a real keyboard (as far as the browser can tell),
// captures the tab it is pressed in, in whatever tab, frame or page it is.
func TestWatch(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	site := quizSite(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	s := startWatch(t, ctx, srv.URL)

	// Two tabs of the person's; the shortcut is pressed in the second.
	first := s.openTab(t, site.URL+"/planets.html")
	second := s.openTab(t, site.URL+"/grid.html")
	t.Run("in the tab where it is pressed", func(t *testing.T) {
		focusBy(t, second, "h1", 5, 5, pageFocused(t, second))
		pressed := time.Now()
		press(t, second, second)
		// Only the second tab's quiz is sent: nextAnalysis fails on any
		// other page.
		started := s.nextAnalysis(t, site.URL+"/grid.html")
		t.Logf("shortcut to analysis.started on the event stream: %v", time.Since(pressed))
		if len(started.Questions) != 4 || started.Questions[1].Text != "Match each capital to its country. — Paris" {
			t.Errorf("questions sent: %+v", started.Questions)
		}
		waitFor(t, "the notice in the page", 10*time.Second, func() bool {
			return strings.Contains(noticeText(t, second), "quizstats 4 questions sent to "+srv.URL)
		})
		if text := noticeText(t, first); text != "" {
			t.Errorf("the tab where nothing was pressed shows %q", text)
		}
		// The page's own scripts cannot see the binding, so they cannot
		// fake a capture.
		if got := evalIn[string](t, second, `typeof window.quizstatsCapture`); got != "undefined" {
			t.Errorf("the page sees the capture binding: %s", got)
		}
		if !strings.Contains(s.cmd.stdout.String(), "sent 4 questions from Science and geography quiz ("+site.URL+"/grid.html)") {
			t.Errorf("watch did not report the capture:\n%s", s.cmd.stdout)
		}
	})

	t.Run("inside a cross-site iframe", func(t *testing.T) {
		tab := s.openTab(t, site.URL+"/frame-outer.html")
		inner := otherSite(site) + "/frame-inner.html"
		var frame target.ID
		waitFor(t, "the iframe's target", 10*time.Second, func() bool {
			infos, err := chromedp.Targets(s.browser)
			for _, info := range infos {
				if err == nil && info.Type == "iframe" && info.URL == inner {
					frame = info.TargetID
				}
			}
			return frame != ""
		})
		s.waitReady(t, frame)
		fctx, cancel := chromedp.NewContext(s.browser, chromedp.WithTargetID(frame))
		defer cancel()
		// The first run ties the session to fctx, not to a call's deadline.
		if err := chromedp.Do(fctx); err != nil {
			t.Fatalf("attach to the iframe: %v", err)
		}
		// Click on the iframe's text to move the focus into it.
		focusBy(t, tab, "iframe", 40, 25, func() bool { return evalIn[bool](t, fctx, `document.hasFocus()`) })

		press(t, tab, fctx)
		started := s.nextAnalysis(t, site.URL+"/frame-outer.html")
		// The key reached the iframe's document and not the top one, so
		// it was the iframe's listener that captured the tab.
		if keys := evalIn[string](t, fctx, `document.documentElement.dataset.keys || ""`); !strings.Contains(keys, "KeyQ") {
			t.Errorf("the iframe got keys %q, want the shortcut", keys)
		}
		if keys := evalIn[string](t, tab, `document.documentElement.dataset.keys || ""`); keys != "" {
			t.Errorf("the top document got keys %q, want none", keys)
		}
		var texts []string
		for _, q := range started.Questions {
			texts = append(texts, q.Text)
		}
		if strings.Join(texts, "|") != "Which ocean is the largest?|Which gas makes up most of Earth's atmosphere?" {
			t.Errorf("questions sent: %q, want the page's and the iframe's, in order", texts)
		}
		waitFor(t, "the notice in the page", 10*time.Second, func() bool {
			return strings.Contains(noticeText(t, tab), "2 questions sent")
		})
	})

	t.Run("after a navigation to another site", func(t *testing.T) {
		next := otherSite(site) + "/planets.html"
		s.navigate(t, second, next)
		focusBy(t, second, "h1", 5, 5, pageFocused(t, second))
		press(t, second, second)
		started := s.nextAnalysis(t, next)
		if len(started.Questions) != 3 {
			t.Errorf("questions sent: %+v", started.Questions)
		}
		waitFor(t, "the notice in the page", 10*time.Second, func() bool {
			return strings.Contains(noticeText(t, second), "3 questions sent")
		})
	})

	if n := f.Calls(); n != 3 {
		t.Errorf("the model was asked %d times, want once per press", n)
	}
}

func TestWatchRefusesWhatCannotWork(t *testing.T) {
	ctx := context.Background()
	withDisplay := map[string]string{"DISPLAY": ":99", "QUIZSTATS_CHROME": "/nonexistent/chromium"}
	for _, tc := range []struct {
		env  map[string]string
		args []string
		code int
		want string
	}{
		{withDisplay, []string{"watch", "--shortcut", "Shift+Q"}, 2, "Shift+Q would fire while typing an answer"},
		{withDisplay, []string{"watch", "--shortcut", "Alt+Shift"}, 2, "no key after the modifiers"},
		{map[string]string{"QUIZSTATS_SHORTCUT": "Ctrl+Enter", "DISPLAY": ":99"}, []string{"watch"}, 2, `unknown key "Enter"`},
		{map[string]string{}, []string{"watch"}, 1, "needs a display"},
		{withDisplay, []string{"watch"}, 1, "apt-get install chromium"},
	} {
		r := runCmd(ctx, tc.env, tc.args...)
		if r.err == nil || exitCode(r.err) != tc.code || !strings.Contains(r.err.Error(), tc.want) {
			t.Errorf("%q with %v: exit %d, error %v; want exit %d saying %q", tc.args, tc.env, exitCode(r.err), r.err, tc.code, tc.want)
		}
	}
}
