package main

import (
	"context"
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
	"strings"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/extract"
)

// watchConfig is the configuration of quizstats watch.
type watchConfig struct {
	serverFlags
	url      string
	shortcut extract.Shortcut
	profile  string
	chrome   string
	logLevel slog.Level
}

func parseWatch(args []string, getenv func(string) string, stderr io.Writer) (*watchConfig, error) {
	cfg := &watchConfig{}
	fs := newCommandFlags("quizstats watch", getenv, stderr, `Usage: quizstats watch [flags] [URL]

Opens a Chromium window that quizstats drives, with a profile of its own that
is kept between runs. Browse as usual; on a page with a quiz, press the
shortcut (in any tab or frame) and quizstats reads the questions of that tab
and sends them to the server; a small notice in the page says how many. The
answers appear on the server's displays. Capture only reads the page: it
never clicks, selects or submits anything. The token for the server comes
from QUIZSTATS_TOKEN (or QUIZSTATS_TOKEN_FILE).

Flags:
`)
	keys := fs.String("shortcut", extract.DefaultShortcut, "key combination that captures the page: modifiers and a letter, digit or F1–F12 (QUIZSTATS_SHORTCUT)")
	fs.env("shortcut", "QUIZSTATS_SHORTCUT")
	cfg.define(fs, "quizstats server to send the questions to")
	fs.StringVar(&cfg.profile, "profile", filepath.Join(defaultDataDir(getenv), "browser"), "browser profile directory, kept between runs: logins, cookies, history (QUIZSTATS_PROFILE)")
	fs.env("profile", "QUIZSTATS_PROFILE")
	fs.StringVar(&cfg.chrome, "chrome", "", "Chromium or Chrome to run (QUIZSTATS_CHROME; default: chromium, chromium-browser or google-chrome on PATH)")
	fs.env("chrome", "QUIZSTATS_CHROME")
	fs.logLevel(&cfg.logLevel, slog.LevelWarn)
	rest, err := fs.parse(args)
	if err != nil {
		return nil, err
	}
	if len(rest) > 1 {
		return nil, &exitError{code: 2, err: fmt.Errorf("watch takes at most one URL to open, got %d arguments", len(rest))}
	}
	if len(rest) == 1 {
		cfg.url = pageURL(rest[0])
	}
	if cfg.shortcut, err = extract.ParseShortcut(*keys); err != nil {
		return nil, &exitError{code: 2, err: fmt.Errorf("--shortcut: %w", err)}
	}
	if err := cfg.load(getenv); err != nil {
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
		Env:      displayEnv(getenv),
		StartURL: cfg.url,
		Logger:   logger,
	})
	if err != nil {
		if _, lerr := os.Lstat(filepath.Join(cfg.profile, "SingletonLock")); lerr == nil {
			return fmt.Errorf("%w (the profile %s may be open in another browser, perhaps another quizstats watch; close it or give another --profile)", err, cfg.profile)
		}
		return err
	}

	c := &capturer{send: srv, server: cfg.server, out: stdout}
	w, err := b.Watch(extract.WatchConfig{Shortcut: cfg.shortcut, Capture: c.capture, Logger: logger})
	if err != nil {
		b.Close()
		return err
	}
	// Closing the browser ends the captures in progress (their contexts
	// are its tabs'); they have reported once run returns.
	defer func() {
		b.Close()
		w.Close()
	}()
	fmt.Fprintf(stdout, "quizstats watch: on a page with a quiz, press %s to send its questions to %s.\nClose the browser window or press Ctrl+C to stop.\n", cfg.shortcut, cfg.server)
	select {
	case <-ctx.Done():
	case <-b.Closed():
		fmt.Fprintln(stdout, "quizstats watch: the browser was closed")
	}
	return nil
}

// displayEnv is the window system of the command's environment, for the
// browser it opens.
func displayEnv(getenv func(string) string) []string {
	var env []string
	for _, k := range []string{"DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY"} {
		if v := getenv(k); v != "" {
			env = append(env, k+"="+v)
		}
	}
	return env
}

// captureTimeout bounds one capture, the model's answer included.
const captureTimeout = 2 * time.Minute

// capturer sends what the person captures in quizstats watch to the server
// and tells them, in the page and on stdout, how it went.
type capturer struct {
	send   analyzer
	server string

	outMu sync.Mutex
	out   io.Writer
}

// capture reads the quiz of the tab, sends it, and tells the person in
// the page and on stdout how it went.
func (w *capturer) capture(ctx context.Context, p *extract.Press) {
	ctx, cancel := context.WithTimeout(ctx, captureTimeout)
	defer cancel()

	p.Notify("Reading the quiz…", "busy")
	res, err := p.Extract(ctx)
	if err != nil {
		w.failed(p, "", fmt.Sprintf("Could not read this page: %v", err))
		return
	}
	cq := extract.ToRequest(res)
	n := len(cq.Request.Questions)
	if n == 0 {
		msg := "No questions found on this page."
		switch {
		case res.Notice != "":
			msg += " " + res.Notice
		case len(cq.Skipped) > 0:
			msg = fmt.Sprintf("None of the %d questions on this page can be sent: %s.", len(res.Questions), cq.Skipped[0])
		}
		w.failed(p, res.URL, msg)
		return
	}
	for _, s := range cq.Skipped {
		w.printf("not sent: %s", s)
	}
	// What was found, as scrape says it: "Found 12 questions (1 dropdown
	// opened); sending 12…".
	found := res.Summary()
	p.Notify(fmt.Sprintf("%s%s; sending %d…", strings.ToUpper(found[:1]), found[1:], n), "busy")

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
		p.Notify(msg, "ok")
		w.printf("sent %d questions from %s (%s), %d ms after the shortcut", n, res.Title, res.URL, time.Since(p.At).Milliseconds())
		o = <-done
	case o = <-done:
	}
	if o.err != nil {
		w.failed(p, res.URL, sendError(w.server, cq, o.err).Error())
		return
	}
	w.printf("answered %s: %s", res.URL, summary(o.res))
}

// failed tells the person in the page and on stdout that a capture failed.
func (w *capturer) failed(p *extract.Press, pageURL, msg string) {
	p.Notify(msg, "error")
	if pageURL != "" {
		w.printf("capture of %s failed: %s", pageURL, msg)
		return
	}
	w.printf("capture failed: %s", msg)
}

// printf writes a line for the person at the terminal.
func (w *capturer) printf(format string, args ...any) {
	w.outMu.Lock()
	defer w.outMu.Unlock()
	fmt.Fprintf(w.out, time.Now().Format("15:04:05")+" "+format+"\n", args...)
}
