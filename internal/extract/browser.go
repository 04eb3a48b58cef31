package extract

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// ErrNoBrowser is returned by FindBrowser when no Chromium-like browser is
// installed.
var ErrNoBrowser = errors.New("no Chromium or Chrome found on PATH (chromium, chromium-browser, google-chrome); install one, e.g. `apt-get install chromium`")

// FindBrowser returns the path of the first Chromium-like browser that
// lookPath (usually exec.LookPath) finds.
func FindBrowser(lookPath func(string) (string, error)) (string, error) {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := lookPath(name); err == nil {
			return p, nil
		}
	}
	return "", ErrNoBrowser
}

// Config says how to start the browser.
type Config struct {
	// ExecPath is the browser executable (see FindBrowser). Required.
	ExecPath string
	// UserDataDir is the profile directory. Empty means a fresh temporary
	// directory that Close removes.
	UserDataDir string
	// Visible opens a normal window instead of running headless
	// (`quizstats watch`).
	Visible bool
	// WindowWidth and WindowHeight default to 1280×900.
	WindowWidth, WindowHeight int
	// Flags are extra command-line switches (name without "--" → value;
	// true for a bare switch).
	Flags map[string]any
	// Env is extra environment of the browser process, as KEY=VALUE (the
	// DISPLAY of the command's environment, which may not be the
	// process's).
	Env []string
	// StartURL is the page the first tab opens with, as if given to
	// Chromium on its command line; empty means about:blank.
	StartURL string
	// Logger gets chromedp's own complaints (events it did not expect),
	// at debug level: they are about the driver, not the person's pages.
	// Nil discards them.
	Logger *slog.Logger
}

// Browser is a running Chromium driven over the DevTools protocol.
type Browser struct {
	ctx         context.Context // the browser's chromedp context
	cancelAlloc context.CancelFunc
	cancelCtx   context.CancelFunc
	tempDir     string
}

// Start starts the browser. The browser lives until Close, not until ctx
// ends; ctx only bounds the start.
func Start(ctx context.Context, cfg Config) (*Browser, error) {
	if cfg.ExecPath == "" {
		return nil, errors.New("start browser: no executable given (see FindBrowser)")
	}
	if cfg.WindowWidth == 0 || cfg.WindowHeight == 0 {
		cfg.WindowWidth, cfg.WindowHeight = 1280, 900
	}
	b := &Browser{}
	dir := cfg.UserDataDir
	if dir == "" {
		d, err := os.MkdirTemp("", "quizstats-chromium-")
		if err != nil {
			return nil, fmt.Errorf("start browser: profile dir: %w", err)
		}
		dir, b.tempDir = d, d
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(cfg.ExecPath),
		chromedp.UserDataDir(dir),
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.WindowSize(cfg.WindowWidth, cfg.WindowHeight),
		// Nothing but the pages we are asked to read goes over the network.
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// A tab that is not in front must keep running its timers, or the
		// settle wait takes seconds instead of milliseconds.
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
	}
	if !cfg.Visible {
		opts = append(opts, chromedp.Headless)
	}
	for name, v := range cfg.Flags {
		opts = append(opts, chromedp.Flag(name, v))
	}
	if cfg.StartURL != "" {
		opts = append(opts, startWith(cfg.StartURL))
	}
	if len(cfg.Env) > 0 {
		opts = append(opts, chromedp.Env(cfg.Env...))
	}
	// The allocator and browser contexts must outlive ctx, which only bounds
	// the start.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.WithoutCancel(ctx), opts...)
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	// chromedp prints to the process's standard logger by default, lines
	// such as "ERROR: received DOM.documentUpdated when there's no
	// top-level frame" that a person would take for a failure of theirs.
	driverLog := func(format string, args ...any) { logger.Debug("chromedp", "msg", fmt.Sprintf(format, args...)) }
	bctx, cancelCtx := chromedp.NewContext(allocCtx, chromedp.WithLogf(driverLog), chromedp.WithErrorf(driverLog))
	b.ctx, b.cancelAlloc, b.cancelCtx = bctx, cancelAlloc, cancelCtx

	// The first run on a chromedp context ties the browser's life to the
	// context it is given, so it gets bctx itself; ctx bounds it from here.
	started := make(chan error, 1)
	go func() { started <- chromedp.Do(bctx) }()
	select {
	case err := <-started:
		if err != nil {
			b.Close()
			return nil, fmt.Errorf("start browser %s: %w", cfg.ExecPath, err)
		}
		return b, nil
	case <-ctx.Done():
		b.Close()
		return nil, fmt.Errorf("start browser %s: %w", cfg.ExecPath, ctx.Err())
	}
}

// closeWait bounds a graceful close of the browser; after it the process
// is killed.
const closeWait = 5 * time.Second

// Close stops the browser and removes its temporary profile. It asks the
// browser to close, as its window's close button does, and waits a little
// for it: a browser that is killed instead marks its profile as crashed and
// offers to "Restore pages?" on its next start.
func (b *Browser) Close() error {
	ctx, cancel := context.WithTimeout(b.ctx, closeWait)
	if err := chromedp.Cancel(ctx); err != nil {
		b.cancelCtx()
	}
	cancel()
	b.cancelAlloc()
	if b.tempDir != "" {
		if err := os.RemoveAll(b.tempDir); err != nil {
			return fmt.Errorf("remove browser profile: %w", err)
		}
	}
	return nil
}

// NewTab opens a new, blank tab.
func (b *Browser) NewTab(ctx context.Context) (*Tab, error) {
	tctx, cancel := chromedp.NewContext(b.ctx)
	t := &Tab{ctx: tctx, cancel: cancel}
	// A JavaScript dialog (alert, confirm, beforeunload) blocks the page
	// and every read of it. Nobody sits at a headless tab to close it, so
	// dismiss it: Accept=false cancels a confirm, never submits anything.
	dialogs := chromedp.Events(tctx, page.JavascriptDialogOpening)
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			_, _ = chromedp.Call(tctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	// As in Start: the tab lives as long as the context of its first run.
	opened := make(chan error, 1)
	go func() { opened <- chromedp.Do(tctx) }()
	select {
	case err := <-opened:
		if err != nil {
			cancel()
			return nil, fmt.Errorf("open tab: %w", err)
		}
		return t, nil
	case <-ctx.Done():
		cancel()
		return nil, fmt.Errorf("open tab: %w", ctx.Err())
	}
}

// Extract opens url in a new tab, waits for the page to settle, extracts the
// quiz from every frame and closes the tab.
func (b *Browser) Extract(ctx context.Context, url string) (*Result, error) {
	t, err := b.NewTab(ctx)
	if err != nil {
		return nil, err
	}
	defer t.Close()
	if err := t.Navigate(ctx, url); err != nil {
		return nil, err
	}
	return t.Extract(ctx)
}

// Tab is one browser tab.
type Tab struct {
	ctx    context.Context
	cancel context.CancelFunc
}

// Context returns the tab's chromedp context, for running other chromedp
// actions in it.
func (t *Tab) Context() context.Context { return t.ctx }

// Close closes the tab.
func (t *Tab) Close() { t.cancel() }

// loadWait caps the wait for a page's load event: pages with a stalled
// resource (a tracker, a video) are read without it.
const loadWait = 15 * time.Second

// Navigate loads url and waits for its load event, at most loadWait.
func (t *Tab) Navigate(ctx context.Context, url string) error {
	runCtx, stop := bind(t.ctx, ctx)
	defer stop()
	navCtx, cancel := context.WithTimeout(runCtx, loadWait)
	defer cancel()
	err := chromedp.Do(navCtx, chromedp.Navigate(url))
	if err != nil && errors.Is(err, context.DeadlineExceeded) && runCtx.Err() == nil {
		return nil // loaded enough to read; the settle wait follows
	}
	if err != nil {
		return fmt.Errorf("navigate to %s: %w", url, err)
	}
	return nil
}

// Extract waits for the page to settle and extracts the quiz from every
// frame of the tab with every strategy.
func (t *Tab) Extract(ctx context.Context) (*Result, error) {
	return t.ExtractWith(ctx, Options{})
}

// ExtractWith is Extract with the strategies and waits of o.
func (t *Tab) ExtractWith(ctx context.Context, o Options) (*Result, error) {
	runCtx, stop := bind(t.ctx, ctx)
	defer stop()
	return ExtractTabWith(runCtx, o)
}

// Screenshot captures the visible part of the tab as PNG.
func (t *Tab) Screenshot(ctx context.Context) ([]byte, error) {
	runCtx, stop := bind(t.ctx, ctx)
	defer stop()
	buf, err := chromedp.Run(runCtx, chromedp.CaptureScreenshot())
	if err != nil {
		return nil, fmt.Errorf("screenshot: %w", err)
	}
	return buf, nil
}

// bind returns a context that carries the chromedp tab of tabCtx and ends when
// either tabCtx or callCtx ends, so that a caller's deadline bounds a call
// without the tab's lifetime being tied to that call.
func bind(tabCtx, callCtx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(tabCtx)
	if dl, ok := callCtx.Deadline(); ok {
		var cancelDL context.CancelFunc
		ctx, cancelDL = context.WithDeadline(ctx, dl)
		prev := cancel
		cancel = func(cause error) { cancelDL(); prev(cause) }
	}
	stopAfter := context.AfterFunc(callCtx, func() { cancel(context.Cause(callCtx)) })
	return ctx, func() { stopAfter(); cancel(nil) }
}

// Settle bounds the waits before a page is read. The zero value waits for
// 400 ms without DOM mutations (at most 5 s), then, while the page shows no
// question yet, up to 10 s more for one to appear.
type Settle struct {
	// Quiet is how long the DOM must see no mutation.
	Quiet time.Duration
	// Max caps the wait for quiet; the page is read as it is then.
	// Negative means no wait at all.
	Max time.Duration
	// Appear caps the wait for a first question on a page that has none
	// yet (rendered by a timer, or once its data arrives). Negative means
	// read once and do not wait.
	Appear time.Duration
}

// DefaultAppear is how long a page with no question yet is watched for one.
const DefaultAppear = 10 * time.Second

func (s Settle) withDefaults() Settle {
	if s.Quiet == 0 {
		s.Quiet = 400 * time.Millisecond
	}
	if s.Max == 0 {
		s.Max = 5 * time.Second
	}
	if s.Appear == 0 {
		s.Appear = DefaultAppear
	}
	return s
}

// Strategies selects the extractor's strategies.
type Strategies string

const (
	// StrategiesAll runs the platform adapters and the generic strategies.
	StrategiesAll Strategies = "all"
	// StrategiesGeneric runs the generic strategies alone: what a page of
	// a platform without an adapter gets.
	StrategiesGeneric Strategies = "generic"
)

// ParseStrategies reads a --strategies value.
func ParseStrategies(s string) (Strategies, error) {
	switch Strategies(s) {
	case StrategiesAll, "":
		return StrategiesAll, nil
	case StrategiesGeneric:
		return StrategiesGeneric, nil
	}
	return "", fmt.Errorf("strategies %q: want %q or %q", s, StrategiesAll, StrategiesGeneric)
}

// Options are the choices of one extraction.
type Options struct {
	Strategies Strategies // "" is StrategiesAll
	Settle     Settle
	// Explain lists in Result.Candidates every candidate question the
	// strategies proposed, with its scores and whether it was kept: why a
	// page reads as it does.
	Explain bool
}

func (o Options) script() options {
	return options{Adapters: o.Strategies != StrategiesGeneric, Explain: o.Explain}
}
