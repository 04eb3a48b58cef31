package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptrace"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"

	"github.com/quizstats/quizstats/extension"
	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/extract"
)

// watchConfig is the configuration of quizstats watch.
type watchConfig struct {
	url      string
	shortcut shortcut
	server   string
	token    string
	profile  string
	chrome   string
	logLevel slog.Level
}

func parseWatch(args []string, getenv func(string) string, stderr io.Writer) (*watchConfig, error) {
	cfg := &watchConfig{}
	fs := flag.NewFlagSet("quizstats watch", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: quizstats watch [flags] [URL]

Opens a Chromium window that quizstats drives, with a profile of its own that
is kept between runs. Browse as usual; on a page with a quiz, press the
shortcut (in any tab or frame) and quizstats reads the questions of that tab
and sends them to the server; a small notice in the page says how many. The
answers appear on the server's displays. Capture only reads the page: it
never clicks, selects or submits anything. The token for the server comes
from QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE).

Flags:
`)
		fs.PrintDefaults()
	}
	keys := fs.String("shortcut", envOr(getenv, "QUIZSTATS_SHORTCUT", defaultShortcut), "key combination that captures the page: modifiers and a letter, digit or F1–F12 (QUIZSTATS_SHORTCUT)")
	fs.StringVar(&cfg.server, "server", envOr(getenv, "QUIZSTATS_SERVER", "http://127.0.0.1:8080"), "quizstats server to send the questions to (QUIZSTATS_SERVER)")
	fs.StringVar(&cfg.profile, "profile", envOr(getenv, "QUIZSTATS_PROFILE", filepath.Join(defaultDataDir(getenv), "browser")), "browser profile directory, kept between runs: logins, cookies, history (QUIZSTATS_PROFILE)")
	fs.StringVar(&cfg.chrome, "chrome", getenv("QUIZSTATS_CHROME"), "Chromium or Chrome to run (QUIZSTATS_CHROME; default: chromium, chromium-browser or google-chrome on PATH)")
	level := fs.String("log-level", envOr(getenv, "QUIZSTATS_LOG_LEVEL", "warn"), "level of the JSON log on stderr: debug, info, warn, error (QUIZSTATS_LOG_LEVEL)")
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, err
		}
		return nil, &exitError{code: 2, err: errQuiet}
	}
	if len(rest) > 1 {
		return nil, &exitError{code: 2, err: fmt.Errorf("watch takes at most one URL to open, got %d arguments", len(rest))}
	}
	if len(rest) == 1 {
		cfg.url = pageURL(rest[0])
	}
	if cfg.shortcut, err = parseShortcut(*keys); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("--shortcut: %w", err)}
	}
	if err := cfg.logLevel.UnmarshalText([]byte(*level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: use debug, info, warn or error", *level)
	}
	if cfg.token, err = secret(getenv, "QUIZSTATS_TOKEN"); err != nil {
		return nil, err
	}
	return cfg, cfg.validate(getenv)
}

func (c *watchConfig) validate(getenv func(string) string) error {
	if c.url != "" {
		if u, err := url.Parse(c.url); err != nil || u.Scheme == "" {
			return fmt.Errorf("%q is not a page address: give an http(s):// URL", c.url)
		}
	}
	// Checked here because Chromium's own message for it is cryptic.
	if runtime.GOOS == "linux" && getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return errors.New("watch opens a browser window and needs a display, but neither DISPLAY nor WAYLAND_DISPLAY is set; on a machine without a screen, use quizstats scrape")
	}
	return nil
}

func runWatch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseWatch(args, getenv, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	chrome, err := findChrome(cfg.chrome, getenv)
	if err != nil {
		return err
	}
	srv, err := client.New(cfg.server, cfg.token)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(cfg.profile, 0o700); err != nil {
		return fmt.Errorf("browser profile: %w", err)
	}
	logger := slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: cfg.logLevel}))

	startCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	b, err := extract.Start(startCtx, extract.Config{
		ExecPath:    chrome,
		UserDataDir: cfg.profile,
		Visible:     true,
		Flags: map[string]any{
			// The person browses the web in this window, so it keeps
			// Chromium's sandbox, Safe Browsing and certificate revocation
			// updates, which the headless scraper does without. Chromium
			// refuses to run as root with its sandbox.
			"no-sandbox":                    os.Geteuid() == 0,
			"disable-background-networking": false,
			"disable-component-update":      false,
		},
	})
	if err != nil {
		if _, lerr := os.Lstat(filepath.Join(cfg.profile, "SingletonLock")); lerr == nil {
			return fmt.Errorf("%w (the profile %s may be open in another browser, perhaps another quizstats watch; close it or give another --profile)", err, cfg.profile)
		}
		return err
	}

	w := &watcher{
		bctx:     b.Context(),
		shortcut: cfg.shortcut,
		send:     srv,
		server:   cfg.server,
		out:      stdout,
		logger:   logger,
		tabs:     map[target.ID]*watchedTab{},
		frames:   map[target.ID]context.CancelFunc{},
	}
	// Closing the browser ends the captures in progress (their contexts
	// are its tabs'); they have reported once run returns.
	defer func() {
		b.Close()
		w.endCaptures()
	}()
	stop, err := w.start()
	if err != nil {
		return err
	}
	defer stop()
	if cfg.url != "" {
		if _, err := chromedp.Call(b.Context(), page.Navigate, page.NavigateParams{URL: cfg.url}); err != nil {
			fmt.Fprintf(stdout, "could not open %s: %v\n", cfg.url, err)
		}
	}
	fmt.Fprintf(stdout, "quizstats watch: on a page with a quiz, press %s to send its questions to %s.\nClose the browser window or press Ctrl+C to stop.\n", cfg.shortcut, cfg.server)

	closed := make(chan struct{})
	go func() {
		_ = chromedp.WaitClosed(b.Context())
		close(closed)
	}()
	select {
	case <-ctx.Done():
	case <-closed:
		fmt.Fprintln(stdout, "quizstats watch: the browser was closed")
	}
	return nil
}

// The shortcut listener runs in an isolated world of every document: the
// page shares its DOM (and so its key events) but not its globals, so a
// page can neither see the binding nor call it to fake a capture.
const (
	shortcutWorld  = "quizstats-shortcut"
	captureBinding = "quizstatsCapture"
	noticeWorld    = "quizstats-notice"
)

// shortcutJS is the script that calls the capture binding when the person
// presses the shortcut in the document. Only trusted events count (real
// input, not a page's dispatchEvent); the key is matched by its physical
// position (the code) or by what it types, so both Alt+Shift+Q on a
// keyboard whose Alt changes the character, and Q on an AZERTY keyboard,
// work.
func shortcutJS(sc shortcut) string {
	cfg, _ := json.Marshal(map[string]any{
		"ctrl": sc.Ctrl, "alt": sc.Alt, "shift": sc.Shift, "meta": sc.Meta,
		"code": sc.Code, "key": sc.Key, "binding": captureBinding,
	})
	return `(function (sc) {
  "use strict";
  if (self.__quizstatsShortcut) return;
  self.__quizstatsShortcut = true;
  addEventListener("keydown", function (e) {
    if (!e.isTrusted || e.repeat) return;
    if (e.ctrlKey !== sc.ctrl || e.altKey !== sc.alt || e.shiftKey !== sc.shift || e.metaKey !== sc.meta) return;
    var key = e.key && e.key.length === 1 ? e.key.toUpperCase() : e.key;
    if (e.code !== sc.code && key !== sc.key) return;
    // The key must not also type into an answer field.
    e.preventDefault();
    self[sc.binding](JSON.stringify({ url: location.href }));
  }, true);
})(` + string(cfg) + `);`
}

// The wait for a page to settle before it is read. The person pressed the
// shortcut on a page they are looking at, so it is usually still; a shorter
// quiet period than the scraper's keeps the capture quick.
const (
	watchQuiet     = 150 * time.Millisecond
	watchSettleMax = 3 * time.Second
)

// captureTimeout bounds one capture, the model's answer included.
const captureTimeout = 2 * time.Minute

// watcher puts the shortcut into every tab of the browser, and every frame
// of the tabs, and captures the tab it is pressed in.
type watcher struct {
	bctx     context.Context // the browser's chromedp context
	shortcut shortcut
	send     analyzer
	server   string
	logger   *slog.Logger

	outMu sync.Mutex
	out   io.Writer

	mu       sync.Mutex
	tabs     map[target.ID]*watchedTab
	frames   map[target.ID]context.CancelFunc // out-of-process iframes
	ending   bool                             // no more captures start
	captures sync.WaitGroup
}

// watchedTab is one tab (page target) with our session on it.
type watchedTab struct {
	id     target.ID
	ctx    context.Context // our session on the tab
	cancel context.CancelFunc
	busy   atomic.Bool // one capture at a time
}

// start attaches to the tabs that are open and to every tab opened later
// (new tabs, popups), until stop is called.
func (w *watcher) start() (stop func(), err error) {
	lctx, cancel := context.WithCancel(w.bctx)
	// Listen before listing, so that a tab opened in between is not missed;
	// attach dedupes.
	err = chromedp.ListenBrowser(lctx, func(ev any) {
		// This runs on the browser's reader goroutine: no commands here.
		switch ev := ev.(type) {
		case *target.EventTargetCreated:
			if ev.TargetInfo.Type == "page" {
				go w.attachTab(ev.TargetInfo.TargetID)
			}
		case *target.EventTargetDestroyed:
			go w.forget(ev.TargetID)
		}
	})
	if err != nil {
		cancel()
		return nil, fmt.Errorf("watch the browser's tabs: %w", err)
	}
	infos, err := chromedp.Targets(w.bctx)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("list the browser's tabs: %w", err)
	}
	for _, info := range infos {
		if info.Type == "page" {
			go w.attachTab(info.TargetID)
		}
	}
	return cancel, nil
}

// attachTab opens our session on a tab and installs the shortcut in it.
func (w *watcher) attachTab(id target.ID) {
	tab := &watchedTab{id: id}
	// Detach, never close, when we let go: the tab is the person's.
	tctx, cancel := chromedp.NewContext(w.bctx, chromedp.WithTargetID(id), chromedp.WithDetachOnCancel(),
		chromedp.WithListener(func(ev any) { w.onTabEvent(tab, ev) }))
	tab.ctx, tab.cancel = tctx, cancel
	w.mu.Lock()
	if _, ok := w.tabs[id]; ok {
		w.mu.Unlock()
		cancel()
		return
	}
	w.tabs[id] = tab
	w.mu.Unlock()

	// The first run ties our session to tctx itself, not to a deadline.
	if err := chromedp.Do(tctx); err != nil {
		w.logger.Debug("attach to tab", "target", id, "err", err)
		w.forget(id)
		return
	}
	w.install(tctx, id, "page")
}

// attachFrame opens our session on an out-of-process (cross-site) iframe of
// tab, which Chrome runs as a target of its own, and installs the shortcut
// there too.
func (w *watcher) attachFrame(tab *watchedTab, info *target.Info) {
	w.mu.Lock()
	if _, ok := w.frames[info.TargetID]; ok {
		w.mu.Unlock()
		return
	}
	fctx, cancel := chromedp.NewContext(tab.ctx, chromedp.WithTargetID(info.TargetID), chromedp.WithDetachOnCancel(),
		chromedp.WithListener(func(ev any) { w.onTabEvent(tab, ev) }))
	w.frames[info.TargetID] = cancel
	w.mu.Unlock()
	if err := chromedp.Do(fctx); err != nil {
		w.logger.Debug("attach to frame", "target", info.TargetID, "err", err)
		w.forget(info.TargetID)
		return
	}
	w.install(fctx, info.TargetID, "iframe")
}

// onTabEvent handles the events of our session on a tab or one of its
// frames. It runs on the session's reader goroutine: no commands here.
func (w *watcher) onTabEvent(tab *watchedTab, ev any) {
	switch ev := ev.(type) {
	case *target.EventAttachedToTarget:
		// Chrome announces each cross-site iframe (nested ones on the
		// frame's own session) as it appears, navigations included.
		if ev.TargetInfo != nil && ev.TargetInfo.Type == "iframe" {
			go w.attachFrame(tab, ev.TargetInfo)
		}
	case *cdpruntime.EventBindingCalled:
		if ev.Name == captureBinding {
			w.startCapture(tab, time.Now())
		}
	}
}

// startCapture runs a capture of tab, unless watch is ending.
func (w *watcher) startCapture(tab *watchedTab, pressed time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.ending {
		w.captures.Go(func() { w.capture(tab, pressed) })
	}
}

// endCaptures lets no capture start and waits for those running.
func (w *watcher) endCaptures() {
	w.mu.Lock()
	w.ending = true
	w.mu.Unlock()
	w.captures.Wait()
}

// install adds the capture binding and the shortcut listener to the
// target's documents: the open ones and every one it loads later.
func (w *watcher) install(ctx context.Context, id target.ID, kind string) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := chromedp.Call(ctx, cdpruntime.AddBinding, cdpruntime.AddBindingParams{Name: captureBinding, ExecutionContextName: shortcutWorld})
	if err == nil {
		_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source:         shortcutJS(w.shortcut),
			WorldName:      shortcutWorld,
			RunImmediately: new(true),
		})
	}
	if err != nil {
		// Some pages take no scripts (the browser's own chrome:// pages).
		w.logger.Debug("install the shortcut", "target", id, "type", kind, "err", err)
		return
	}
	w.logger.Debug("shortcut ready", "target", id, "type", kind)
}

// forget lets go of a tab or frame that is gone.
func (w *watcher) forget(id target.ID) {
	w.mu.Lock()
	var cancel context.CancelFunc
	if tab, ok := w.tabs[id]; ok {
		cancel = tab.cancel
		delete(w.tabs, id)
	} else if c, ok := w.frames[id]; ok {
		cancel = c
		delete(w.frames, id)
	}
	w.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// capture reads the quiz of the tab, sends it, and tells the person in
// the page and on stdout how it went.
func (w *watcher) capture(tab *watchedTab, pressed time.Time) {
	if !tab.busy.CompareAndSwap(false, true) {
		return // the capture in progress shows its own notice
	}
	defer tab.busy.Store(false)
	ctx, cancel := context.WithTimeout(tab.ctx, captureTimeout)
	defer cancel()

	w.notify(tab, "Reading the quiz…", "busy")
	res, err := extract.ExtractTab(ctx, extract.Settle{Quiet: watchQuiet, Max: watchSettleMax})
	if err != nil {
		w.failed(tab, "", fmt.Sprintf("Could not read this page: %v", err))
		return
	}
	cq := toRequest(res)
	n := len(cq.Request.Questions)
	if n == 0 {
		msg := "No questions found on this page."
		switch {
		case res.Notice != "":
			msg += " " + res.Notice
		case len(cq.Skipped) > 0:
			msg = fmt.Sprintf("None of the %d questions on this page can be sent: %s.", len(res.Questions), cq.Skipped[0])
		}
		w.failed(tab, res.URL, msg)
		return
	}
	for _, s := range cq.Skipped {
		w.printf("not sent: %s", s)
	}
	w.notify(tab, fmt.Sprintf("Sending %d questions…", n), "busy")

	// "Sent" is said when the request is written, not when the model has
	// answered, which takes seconds; the answers go to the displays.
	sent := make(chan struct{})
	var once sync.Once
	trace := &httptrace.ClientTrace{WroteRequest: func(info httptrace.WroteRequestInfo) {
		if info.Err == nil {
			once.Do(func() { close(sent) })
		}
	}}
	type outcome struct {
		res *client.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		r, err := w.send.Analyze(httptrace.WithClientTrace(ctx, trace), cq.Request)
		done <- outcome{r, err}
	}()
	var o outcome
	select {
	case <-sent:
		msg := fmt.Sprintf("%d questions sent to %s; the answers appear on its displays.", n, w.server)
		if k := len(cq.Skipped); k > 0 {
			msg = fmt.Sprintf("%d questions sent to %s (%d left out); the answers appear on its displays.", n, w.server, k)
		}
		w.notify(tab, msg, "ok")
		w.printf("sent %d questions from %s (%s), %d ms after the shortcut", n, res.Title, res.URL, time.Since(pressed).Milliseconds())
		o = <-done
	case o = <-done:
	}
	if o.err != nil {
		w.failed(tab, res.URL, sendError(w.server, cq, o.err).Error())
		return
	}
	w.printf("answered %s: %s", res.URL, summary(o.res))
}

// failed tells the person in the page and on stdout that a capture failed.
func (w *watcher) failed(tab *watchedTab, pageURL, msg string) {
	w.notify(tab, msg, "error")
	if pageURL != "" {
		w.printf("capture of %s failed: %s", pageURL, msg)
		return
	}
	w.printf("capture failed: %s", msg)
}

// notify shows the in-page notice in the tab's top document, in an
// isolated world of its own, out of the page scripts' reach.
func (w *watcher) notify(tab *watchedTab, message, tone string) {
	ctx, cancel := context.WithTimeout(tab.ctx, 5*time.Second)
	defer cancel()
	err := func() error {
		tree, err := chromedp.Call(ctx, page.GetFrameTree, cdp.Empty{})
		if err != nil {
			return err
		}
		world, err := chromedp.Call(ctx, page.CreateIsolatedWorld, page.CreateIsolatedWorldParams{FrameID: tree.FrameTree.Frame.ID, WorldName: noticeWorld})
		if err != nil {
			return err
		}
		msg, _ := json.Marshal(message)
		tn, _ := json.Marshal(tone)
		r, err := chromedp.Call(ctx, cdpruntime.CallFunctionOn, cdpruntime.CallFunctionOnParams{
			FunctionDeclaration: extension.Notice(),
			ExecutionContextID:  world.ExecutionContextID,
			Arguments:           []*cdpruntime.CallArgument{{Value: msg}, {Value: tn}},
			Silent:              new(true),
		})
		if err == nil && r.ExceptionDetails != nil {
			err = &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
		}
		return err
	}()
	if err != nil {
		w.logger.Debug("show the notice", "target", tab.id, "err", err)
	}
}

// printf writes a line for the person at the terminal.
func (w *watcher) printf(format string, args ...any) {
	w.outMu.Lock()
	defer w.outMu.Unlock()
	fmt.Fprintf(w.out, time.Now().Format("15:04:05")+" "+format+"\n", args...)
}
