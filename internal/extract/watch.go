package extract

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	cdpruntime "github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

// The shortcut listener runs in an isolated world of every document: the
// page shares its DOM (and so its key events) but not its globals, so a
// page can neither see the binding nor call it to fake a capture.
const (
	shortcutWorld  = "quizstats-shortcut"
	captureBinding = "quizstatsCapture"
	noticeWorld    = "quizstats-notice"
)

// The wait for a page to settle before it is read. The person pressed the
// shortcut on a page they are looking at, so it is usually still; a shorter
// quiet period than the scraper's keeps the capture quick.
const (
	watchQuiet     = 150 * time.Millisecond
	watchSettleMax = 3 * time.Second
)

// WatchConfig says which shortcut a Watcher listens for and what it does
// when the person presses it.
type WatchConfig struct {
	Shortcut Shortcut
	// Capture handles one press of the shortcut, on a goroutine of its
	// own; a tab has one capture at a time, presses meanwhile are
	// dropped. ctx ends when the tab is closed or the watcher is.
	Capture func(ctx context.Context, p *Press)
	// Logger gets what the person need not see (tabs attached, pages
	// that take no scripts). Nil logs nothing.
	Logger *slog.Logger
}

// Watcher puts the shortcut into every tab of a browser, and every frame of
// the tabs, and hands a press to its Capture with the tab it was pressed in.
type Watcher struct {
	bctx   context.Context // the browser's chromedp context
	cfg    WatchConfig
	logger *slog.Logger
	stop   context.CancelFunc

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

// Press is one press of the shortcut, in a tab.
type Press struct {
	// At is when the press reached quizstats.
	At  time.Time
	tab *watchedTab
	w   *Watcher
}

// Watch attaches to the tabs that are open and to every tab opened later
// (new tabs, popups), until Close.
func (b *Browser) Watch(cfg WatchConfig) (*Watcher, error) {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	lctx, cancel := context.WithCancel(b.ctx)
	w := &Watcher{
		bctx:   b.ctx,
		cfg:    cfg,
		logger: logger,
		stop:   cancel,
		tabs:   map[target.ID]*watchedTab{},
		frames: map[target.ID]context.CancelFunc{},
	}
	// Listen before listing, so that a tab opened in between is not missed;
	// attach dedupes.
	err := chromedp.ListenBrowser(lctx, func(ev any) {
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
	infos, err := chromedp.Targets(b.ctx)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("list the browser's tabs: %w", err)
	}
	// The tabs open now are ready when Watch returns: the caller then tells
	// the person to press the shortcut, and a press before the listener is
	// in the page would be lost. Each install is bounded (10 s).
	var ready sync.WaitGroup
	for _, info := range infos {
		if info.Type == "page" {
			ready.Go(func() { w.attachTab(info.TargetID) })
		}
	}
	ready.Wait()
	return w, nil
}

// Close stops watching, lets no capture start and waits for those running.
// Closing the browser first ends them quicker: their contexts are its
// tabs'.
func (w *Watcher) Close() {
	w.stop()
	w.mu.Lock()
	w.ending = true
	w.mu.Unlock()
	w.captures.Wait()
}

// attachTab opens our session on a tab and installs the shortcut in it.
func (w *Watcher) attachTab(id target.ID) {
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
func (w *Watcher) attachFrame(tab *watchedTab, info *target.Info) {
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
func (w *Watcher) onTabEvent(tab *watchedTab, ev any) {
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

// startCapture hands a press in tab to Capture, unless the watcher is
// ending or the tab is busy with the last press.
func (w *Watcher) startCapture(tab *watchedTab, pressed time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.ending || w.cfg.Capture == nil {
		return
	}
	w.captures.Go(func() {
		if !tab.busy.CompareAndSwap(false, true) {
			return // the capture in progress shows its own notice
		}
		defer tab.busy.Store(false)
		w.cfg.Capture(tab.ctx, &Press{At: pressed, tab: tab, w: w})
	})
}

// install adds the capture binding and the shortcut listener to the
// target's documents: the open ones and every one it loads later.
func (w *Watcher) install(ctx context.Context, id target.ID, kind string) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	_, err := chromedp.Call(ctx, cdpruntime.AddBinding, cdpruntime.AddBindingParams{Name: captureBinding, ExecutionContextName: shortcutWorld})
	if err == nil {
		_, err = chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source:         w.cfg.Shortcut.script(captureBinding),
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
func (w *Watcher) forget(id target.ID) {
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

// Extract waits for the tab's page to settle and reads its quiz, every
// frame included.
func (p *Press) Extract(ctx context.Context) (*Result, error) {
	runCtx, stop := bind(p.tab.ctx, ctx)
	defer stop()
	return ExtractTab(runCtx, Settle{Quiet: watchQuiet, Max: watchSettleMax})
}

// Notify shows the in-page notice (see Notice) in the tab's top document,
// in an isolated world of its own, out of the page scripts' reach. A page
// that takes no notice (the browser's own pages) is logged, not failed.
func (p *Press) Notify(message, tone string) {
	ctx, cancel := context.WithTimeout(p.tab.ctx, 5*time.Second)
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
			FunctionDeclaration: noticeJS,
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
		p.w.logger.Debug("show the notice", "target", p.tab.id, "err", err)
	}
}
