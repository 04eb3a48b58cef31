package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/extract"
)

// scrapeEnv is the environment of a scrape run with the test's Chromium.
func scrapeEnv(chrome string, extra ...string) map[string]string {
	env := map[string]string{"QUIZSTATS_CHROME": chrome}
	for i := 0; i+1 < len(extra); i += 2 {
		env[extra[i]] = extra[i+1]
	}
	return env
}

func TestScrapeJSONAndScreenshot(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	shot := filepath.Join(t.TempDir(), "page.png")
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	// Flags after the URL count too, as people type them.
	r := runCmd(ctx, scrapeEnv(chrome), "scrape", site.URL+"/planets.html", "--json", "--screenshot", shot)
	if r.err != nil {
		t.Fatalf("scrape: %v\n%s", r.err, r.stderr)
	}
	var got extract.Result
	if err := json.Unmarshal([]byte(r.stdout.String()), &got); err != nil {
		t.Fatalf("stdout is not the extraction as JSON: %v\n%s", err, r.stdout)
	}
	want := extract.Result{
		URL:   site.URL + "/planets.html",
		Title: "Astronomy quiz",
		Questions: []extract.Question{
			{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}, Kind: "single"},
			{Text: "Which of these are gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: "multiple"},
			{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: "truefalse"},
		},
		Frames: 1,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("extraction (-want +got):\n%s", diff)
	}

	raw, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("no screenshot: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("the screenshot is not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 800 || b.Dy() < 600 {
		t.Errorf("screenshot is %v, want the browser's viewport", b)
	}
	if !drawn(img) {
		t.Error("the screenshot is blank; the page was not on it")
	}
}

// drawn reports whether img holds more than one colour.
func drawn(img image.Image) bool {
	b := img.Bounds()
	first := img.At(b.Min.X, b.Min.Y)
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			if img.At(x, y) != first {
				return true
			}
		}
	}
	return false
}

func TestScrapeNoQuestions(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	for _, args := range [][]string{{"scrape", site.URL + "/start.html"}, {"scrape", "--json", site.URL + "/start.html"}} {
		r := runCmd(ctx, scrapeEnv(chrome), args...)
		if code := exitCode(r.err); code != 2 {
			t.Fatalf("%q: exit status %d (%v), want 2", args, code, r.err)
		}
		msg := r.err.Error()
		if !strings.Contains(msg, "no questions found on "+site.URL+"/start.html") || !strings.Contains(msg, `press "Start quiz" on the page first`) {
			t.Errorf("%q: error %q does not say there are no questions and why", args, msg)
		}
	}
}

func TestScrapeWithoutBrowser(t *testing.T) {
	ctx := context.Background()
	for name, env := range map[string]map[string]string{
		"empty PATH":      {"PATH": ""},
		"missing path":    {"QUIZSTATS_CHROME": "/nonexistent/chromium"},
		"missing on PATH": {"PATH": t.TempDir(), "QUIZSTATS_CHROME": "chromium"},
	} {
		r := runCmd(ctx, env, "scrape", "--json", "https://example.com/quiz")
		if r.err == nil || exitCode(r.err) != 1 {
			t.Fatalf("%s: scrape returned %v, want an error", name, r.err)
		}
		if msg := r.err.Error(); !strings.Contains(msg, "apt-get install chromium") {
			t.Errorf("%s: error %q does not say how to install a browser", name, msg)
		}
	}
}

func TestScrapePageFailsToLoad(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	down := closedURL(t) + "/quiz"
	r := runCmd(ctx, scrapeEnv(chrome), "scrape", "--json", down)
	if r.err == nil || !strings.Contains(r.err.Error(), "could not load "+down) || !strings.Contains(r.err.Error(), "ERR_CONNECTION_REFUSED") {
		t.Errorf("site down: error %v", r.err)
	}
	r = runCmd(ctx, scrapeEnv(chrome), "scrape", "--json", site.URL+"/missing.html")
	if r.err == nil || !strings.Contains(r.err.Error(), "HTTP 404") {
		t.Errorf("missing page: error %v", r.err)
	}
	if r.stdout.String() != "" {
		t.Errorf("a page that failed to load printed %q", r.stdout)
	}
}
