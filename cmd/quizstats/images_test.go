package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
)

// A page with an image question: scrape sends the image, a vision model
// receives it as an image part; a model without vision answers from the
// text, and every display marks the question.
func TestImageQuestions(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	vision := llmtest.New(t)
	vision.Vision = true
	vision.SetCorrect("1. Which bar in the chart is the tallest?", "The green bar")
	srv := startServe(t, doctorEnv(vision))
	r := runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv.URL), "scrape", site.URL+"/chart-question.html")
	if r.err != nil {
		t.Fatalf("scrape: %v\n%s\n%s", r.err, r.stdout, r.stderr)
	}
	if n := vision.Images(); n != 1 {
		t.Errorf("the vision model received %d image parts, want 1", n)
	}
	calls := vision.Log()
	if len(calls) != 1 || len(calls[0].Images) != 1 || !strings.HasPrefix(calls[0].Images[0], "data:image/jpeg;base64,") ||
		len(calls[0].Questions) != 2 || len(calls[0].Questions[0].Images) != 1 || len(calls[0].Questions[1].Images) != 0 {
		t.Fatalf("the model was asked %+v", calls)
	}
	if out := r.stdout.String(); !strings.Contains(out, "→ B. The green bar") || strings.Contains(out, "could not see") {
		t.Errorf("scrape printed:\n%s", out)
	}

	// A model without vision refuses the image; the quiz is answered
	// from its text, and the image question says so, not confidently.
	blind := llmtest.New(t)
	blind.Errorf = t.Logf
	srv2 := startServe(t, doctorEnv(blind))
	r = runCmd(ctx, scrapeEnv(chrome, "QUIZSTATS_SERVER", srv2.URL), "scrape", site.URL+"/chart-question.html")
	if r.err != nil {
		t.Fatalf("scrape without vision: %v\n%s\n%s", r.err, r.stdout, r.stderr)
	}
	if out := r.stdout.String(); strings.Count(out, "⚠ the model could not see this question's image") != 1 {
		t.Errorf("scrape without vision printed:\n%s", out)
	}
	var list struct{ Analyses []quiz.Summary }
	api(t, "GET", srv2.URL+"/api/v1/analyses", nil, &list)
	if len(list.Analyses) != 1 {
		t.Fatalf("history: %+v", list)
	}
	var a quiz.Analysis
	api(t, "GET", srv2.URL+"/api/v1/analyses/"+list.Analyses[0].ID, nil, &a)
	if len(a.Questions[0].Images) != 1 || a.Questions[0].Images[0].URL != "" {
		t.Errorf("the history keeps the image's bytes or loses its place: %+v", a.Questions[0].Images)
	}
	if blind.Images() != 0 {
		t.Errorf("a model without vision was sent %d images", blind.Images())
	}
	if got := a.Answers[0]; got.Unseen != quiz.UnseenImage || got.Confidence > quiz.MaxUnseenConfidence {
		t.Errorf("image question answered without its image: %+v", got)
	}
	if a.Answers[1].Unseen != "" {
		t.Errorf("the text question is marked: %+v", a.Answers[1])
	}

	out, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv2.URL}, "--once", "--width", "120")
	if err != nil || strings.Count(out, "the model could not see this question's image") != 1 {
		t.Errorf("stats --once (%v):\n%s", err, out)
	}

	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv2.URL + "/"))
	tb.until("the mark on the dashboard", `[...document.querySelectorAll('.unseen')].some(e => e.textContent.includes("the model could not see this question's image"))`)
	if n := eval[int](tb, `document.querySelectorAll('.unseen').length`); n != 1 {
		t.Errorf("%d questions marked on the dashboard, want 1", n)
	}
	tb.screenshot("unseen-image-1280x800")
}
