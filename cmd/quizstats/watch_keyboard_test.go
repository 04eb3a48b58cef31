package main

import (
	"context"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// quizstats watch as a person uses it: started with a quiz page, the first
// Alt+Shift+Q on its window, pressed on the keyboard and with no click
// before, sends the quiz; a normal start logs no error; Ctrl+C shuts the
// browser down cleanly, so that the next start offers no "Restore pages?".
func TestWatchFirstKeyPressOnItsWindow(t *testing.T) {
	chrome := requireChromium(t)
	requireProgram(t, "xdotool", "xdotool")
	display := startXvfb(t)
	site := quizSite(t)
	srv := startServe(t, modelEnv(planetFake(t)))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	// chromedp's default is the process's standard logger; nothing may
	// reach it (no test of this package runs in parallel).
	var stdLog syncBuffer
	log.SetOutput(&stdLog)
	defer log.SetOutput(os.Stderr)
	defer func() {
		if s := stdLog.String(); s != "" {
			t.Errorf("watch wrote to the standard logger:\n%s", s)
		}
	}()

	profile := filepath.Join(t.TempDir(), "profile")
	env := map[string]string{
		"QUIZSTATS_CHROME":  chrome,
		"DISPLAY":           display,
		"QUIZSTATS_SERVER":  srv.URL,
		"QUIZSTATS_PROFILE": profile,
		"HOME":              t.TempDir(),
	}
	pageURL := site.URL + "/planets.html"
	start := func() (*cmdRun, context.CancelFunc) {
		wctx, stop := context.WithCancel(ctx)
		w := startCmd(wctx, env, "watch", pageURL)
		waitFor(t, "watch to start", 30*time.Second, func() bool {
			select {
			case <-w.done:
				t.Fatalf("watch exited: %v\n%s", w.err, w.stderr)
			default:
			}
			return strings.Contains(w.stdout.String(), "press Alt+Shift+Q")
		})
		return w, stop
	}
	stopped := func(w *cmdRun, stop context.CancelFunc) {
		t.Helper()
		stop() // as Ctrl+C does
		select {
		case <-w.done:
		case <-time.After(20 * time.Second):
			t.Fatal("watch did not stop within 20s")
		}
		if w.err != nil {
			t.Errorf("watch returned %v", w.err)
		}
		if s := w.stderr.String(); strings.Contains(s, "ERROR") {
			t.Errorf("watch logged errors on a normal run:\n%s", s)
		}
	}

	w, stop := start()
	display0 := dial(t, ctx, srv.URL, "")
	window := browserWindow(t, display, "Astronomy quiz")
	pressed := time.Now()
	pressKeys(t, display, window, "alt+shift+q")
	var started quiz.Event
	for started.ID == "" {
		e := readEvent(t, display0)
		if e.Type == quiz.EventStarted {
			started = e.Event
		}
	}
	// A figure for docs/performance.md, not an assertion: the machine may
	// be busy.
	t.Logf("key press to analysis.started on the event stream: %v", time.Since(pressed))
	if started.Source == nil || started.Source.URL != pageURL || len(started.Questions) != 3 {
		t.Errorf("started %+v, want the 3 questions of %s", started, pageURL)
	}
	waitFor(t, "watch to report the capture", 10*time.Second, func() bool {
		return strings.Contains(w.stdout.String(), "sent 3 questions from Astronomy quiz")
	})
	stopped(w, stop)

	// Chromium offers to restore pages when its profile says it did not
	// exit normally.
	var prefs struct {
		Profile struct {
			ExitType string `json:"exit_type"`
		} `json:"profile"`
	}
	raw, err := os.ReadFile(filepath.Join(profile, "Default", "Preferences"))
	if err == nil {
		err = json.Unmarshal(raw, &prefs)
	}
	if err != nil {
		t.Fatalf("the browser profile's preferences: %v", err)
	}
	if prefs.Profile.ExitType != "Normal" {
		t.Errorf("the browser's profile records exit type %q; its next start would offer to restore pages", prefs.Profile.ExitType)
	}

	// The next start, on the same profile, works as the first.
	w, stop = start()
	stopped(w, stop)
}
