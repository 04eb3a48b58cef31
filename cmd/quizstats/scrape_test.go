package main

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/extract"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
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

// Sent to a real server, the answers print one by one as the model gives
// them, in the page's numbering; the same page again is answered from the
// cache, and prints the same.
func TestScrapeSendsAndPrintsAnswersAsTheyStream(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	server := srv.URL
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	var r *cmdRun
	started := make(chan struct{})
	// The model holds answer i back until scrape has printed answer i-1:
	// a scrape that printed only the final response would never get there.
	f.BeforeItem = func(_ llmtest.Call, i int) {
		<-started
		if i == 0 {
			return
		}
		deadline := time.Now().Add(10 * time.Second)
		for strings.Count(r.stdout.String(), "   → ") < i {
			if time.Now().After(deadline) {
				t.Errorf("answer %d was not printed before the model wrote answer %d:\n%s", i-1, i, r.stdout)
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	env := scrapeEnv(chrome, "QUIZSTATS_SERVER", server)
	r = startCmd(ctx, env, "scrape", site.URL+"/planets.html")
	close(started)
	<-r.done
	if r.err != nil {
		t.Fatalf("scrape: %v\nstdout:\n%s\nstderr:\n%s", r.err, r.stdout, r.stderr)
	}
	answers := []string{
		"1. Which planet is known as the Red Planet?\n   → B. Mars",
		"2. Which of these are gas giants?\n   → A. Jupiter; C. Saturn",
		"3. The Moon orbits the Earth.\n   → A. True",
	}
	inOrder(t, r.stdout.String(), append([]string{"Astronomy quiz\n3 questions from " + site.URL + "/planets.html → " + server}, append(answers, "3 answers · fake-model")...)...)
	// Into a pipe the wait is said in plain lines, no spinner.
	if errs := r.stderr.String(); !strings.Contains(errs, "waiting for the model") || strings.Contains(errs, "\x1b") {
		t.Errorf("stderr = %q, want a plain \"waiting for the model\" line", errs)
	}

	again := runCmd(ctx, env, "scrape", site.URL+"/planets.html")
	if again.err != nil {
		t.Fatalf("second scrape: %v\n%s", again.err, again.stderr)
	}
	inOrder(t, again.stdout.String(), append(answers, "3 answers · fake-model", "from the cache")...)
	if f.Calls() != 1 {
		t.Errorf("the model was called %d times, want once (the second scrape is a cache hit)", f.Calls())
	}
}

// inOrder checks that out holds each of parts, in this order.
func inOrder(t *testing.T, out string, parts ...string) {
	t.Helper()
	rest := out
	for _, p := range parts {
		i := strings.Index(rest, p)
		if i < 0 {
			t.Errorf("output lacks %q after what came before; output:\n%s", p, out)
			return
		}
		rest = rest[i+len(p):]
	}
}

func TestScrapeServerErrors(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()

	t.Run("unreachable", func(t *testing.T) {
		down := closedURL(t)
		r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", down), "scrape", site.URL+"/planets.html")
		if r.err == nil || !strings.Contains(r.err.Error(), "cannot reach the quizstats server at "+down) || !strings.Contains(r.err.Error(), "quizstats serve") {
			t.Errorf("error %v does not name the server and how to start one", r.err)
		}
	})
	t.Run("token", func(t *testing.T) {
		f := llmtest.New(t)
		env := modelEnv(f)
		env["QUIZSTATS_TOKEN"] = "s3cret-token"
		srv := startServe(t, env)
		r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL), "scrape", site.URL+"/planets.html")
		if r.err == nil || !strings.Contains(r.err.Error(), "refused the quiz") || !strings.Contains(r.err.Error(), "[unauthorized]") || !strings.Contains(r.err.Error(), "QUIZSTATS_TOKEN") {
			t.Errorf("without the token: error %v", r.err)
		}
		// With it, a grid's rows go as questions of their own.
		r = runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL, "QUIZSTATS_TOKEN", "s3cret-token"), "scrape", site.URL+"/grid.html")
		if r.err != nil {
			t.Fatalf("with the token: %v\n%s", r.err, r.stderr)
		}
		inOrder(t, r.stdout.String(), "1. Which gas do plants take in for photosynthesis?",
			"2.1. Match each capital to its country. — Paris", "2.3. Match each capital to its country. — Lima", "4 answers")
	})
	t.Run("no model", func(t *testing.T) {
		srv := startServe(t, map[string]string{})
		r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL), "scrape", site.URL+"/planets.html")
		if r.err == nil || !strings.Contains(r.err.Error(), "[no_model]") || !strings.Contains(r.err.Error(), "OPENAI_API_KEY") {
			t.Errorf("error %v does not pass on the server's message", r.err)
		}
	})
}

func TestSendErrorNamesThePageQuestion(t *testing.T) {
	cq := extract.Capture{Labels: []string{"1", "2.1", "2.2"}}
	err := sendError("http://q.example:8080", cq, &quiz.Error{Code: quiz.ECodeInvalid, Message: `repeats option 0 ("Mars")`, Field: "questions[2].options[1]"})
	want := `the server at http://q.example:8080 refused the quiz: repeats option 0 ("Mars") (questions[2].options[1], question 2.2 on the page) [invalid]`
	if err.Error() != want {
		t.Errorf("got  %s\nwant %s", err, want)
	}
}

// On a terminal the wait is a spinner line, redrawn in place and cleared
// before anything else prints; elsewhere plain lines.
func TestProgressSpinsOnlyOnATerminal(t *testing.T) {
	var tty, pipe strings.Builder
	pt := &progress{w: &tty, tty: true, start: time.Now(), total: 3, expect: 2100 * time.Millisecond}
	pt.draw()
	pt.tick()
	pt.clear()
	if got := tty.String(); !strings.HasPrefix(got, "\r\x1b[K⠋ waiting for the model · 0.0 s (first answer usually after 2.1 s)\r\x1b[K⠙ waiting") || !strings.HasSuffix(got, "\r\x1b[K") {
		t.Errorf("terminal output = %q", got)
	}
	pp := &progress{w: &pipe, start: time.Now(), total: 3}
	pp.draw()
	pp.draw()
	pp.done = 2
	pp.tick()
	pp.clear()
	if got := pipe.String(); got != "waiting for the model · 0.0 s\nstill 2/3 answered · 0.0 s\n" {
		t.Errorf("piped output = %q", got)
	}
}

// TestScrapeStrategies: --strategies generic turns the platform adapters
// off (a page whose quiz only an adapter reads gives none), the default
// reads it, and stderr says what was found.
func TestScrapeStrategies(t *testing.T) {
	chrome := requireChromium(t)
	corpus := httptest.NewServer(http.FileServer(http.Dir("../../internal/extract/testdata/corpus")))
	t.Cleanup(corpus.Close)
	page := corpus.URL + "/h5p-multichoice-embedded-json-bookdown.html"
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	all := runCmd(ctx, scrapeEnv(chrome), "scrape", "--json", "--wait", "0", page)
	if all.err != nil {
		t.Fatalf("--strategies all: %v\n%s", all.err, all.stderr)
	}
	var got extract.Result
	if err := json.Unmarshal([]byte(all.stdout.String()), &got); err != nil || len(got.Questions) != 1 {
		t.Fatalf("--strategies all read %d questions (%v), want the H5P one", len(got.Questions), err)
	}
	if line := strings.TrimSpace(all.stderr.String()); line != "found 1 question" {
		t.Errorf("stderr %q, want \"found 1 question\"", line)
	}

	generic := runCmd(ctx, scrapeEnv(chrome), "scrape", "--json", "--strategies", "generic", "--wait", "1s", page)
	if code := exitCode(generic.err); code != 2 {
		t.Fatalf("--strategies generic: exit status %d (%v), want 2: the quiz is only in H5P's data", code, generic.err)
	}
	if !strings.Contains(generic.stderr.String(), "found 0 questions (waited") {
		t.Errorf("stderr %q does not say it waited for questions", generic.stderr)
	}

	bad := runCmd(ctx, scrapeEnv(chrome), "scrape", "--json", "--strategies", "adapters", page)
	if bad.err == nil || !strings.Contains(bad.err.Error(), `strategies "adapters"`) {
		t.Errorf("--strategies adapters: error %v, want one naming the value", bad.err)
	}
}

// A review page that shows the right answers: scrape sends its key, says
// so, and prints the score the server gives against it.
func TestScrapeScoresAgainstTheKeyThePageShows(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	f := planetFake(t)
	f.SetCorrect("Which planet is known as the Red Planet?", "Venus") // the model slips on one
	srv := startServe(t, modelEnv(f))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL), "scrape", site.URL+"/planets-review.html")
	if r.err != nil {
		t.Fatalf("scrape: %v\nstdout:\n%s\nstderr:\n%s", r.err, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stderr.String(), "answer key: the page shows it (3 questions); the answers are scored against it") {
		t.Errorf("stderr does not say the page's key is used:\n%s", r.stderr)
	}
	if !strings.Contains(r.stdout.String(), "2 of 3 right by the answer key") {
		t.Errorf("stdout does not give the score against the page's key:\n%s", r.stdout)
	}
}

// A model server that writes terminal escapes into its explanations and
// answers (set the title, write the clipboard, clear the screen, in 7-bit
// and C1 forms) gets none of them to the person's terminal through scrape.
func TestScrapePrintsNoEscapesFromTheModel(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	f := planetFake(t)
	const evil = "ok \x1b]0;pwned\x07 \x1b]52;c;ZWNobyBoaQ==\x07 \x1b[2J \u009b2J \u009d0;t\u009c done"
	f.Say = func(llmtest.Call, llmtest.Question) string { return evil }
	srv := startServe(t, modelEnv(f))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL), "scrape", site.URL+"/planets.html")
	if r.err != nil {
		t.Fatalf("scrape: %v\nstdout:\n%s\nstderr:\n%s", r.err, r.stdout, r.stderr)
	}
	out := r.stdout.String() + r.stderr.String()
	if !strings.Contains(out, "done") {
		t.Fatalf("the explanation is not printed at all; output:\n%s", out)
	}
	for _, c := range out {
		if c == 0x1b || c == 0x07 || (c >= 0x80 && c <= 0x9f) {
			t.Fatalf("scrape printed control %U from the model; output: %q", c, out)
		}
	}
}
