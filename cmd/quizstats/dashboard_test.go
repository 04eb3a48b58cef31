package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

// keyedQuiz is planetQuiz with three samples and an answer key that is
// wrong about the gas giants (it says Mercury instead of Saturn), so the
// model's answer to question 2 is scored wrong.
func keyedQuiz() map[string]any {
	return map[string]any{
		"source":     planetQuiz["source"],
		"questions":  planetQuiz["questions"],
		"samples":    3,
		"answer_key": [][]int{{1}, {0, 3}, {0}, {}},
	}
}

// splitVote makes one sample in three say Venus to the first question, so
// its votes split 2 to 1.
func splitVote(c llmtest.Call, q llmtest.Question) []int {
	want := map[string][]string{
		"Which planet is known as the Red Planet?": {"Mars"},
		"Which of these are gas giants?":           {"Jupiter", "Saturn"},
		"The Moon orbits the Earth.":               {"True"},
	}[q.Text]
	if q.Index == 0 && c.N%3 == 1 {
		want = []string{"Venus"}
	}
	var out []int
	for i, o := range q.Options {
		if slices.Contains(want, o) {
			out = append(out, i)
		}
	}
	return out
}

// gate holds each answer of the fake model back until the test releases it.
type gate []chan struct{}

func newGate(n int) gate {
	g := make(gate, n)
	for i := range g {
		g[i] = make(chan struct{})
	}
	return g
}

func (g gate) hold(_ llmtest.Call, i int) {
	select {
	case <-g[i]:
	case <-time.After(30 * time.Second): // a failed test must not hang the fake
	}
}

// The live view fills question by question as the answers arrive, and the
// totals and the history follow.
func TestDashboardFillsInLive(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	f.Choose = splitVote
	g := newGate(4)
	f.BeforeItem = g.hold
	srv := startServe(t, modelEnv(f))

	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the dashboard is live", `document.querySelector('#conn').dataset.state === 'live'`)
	if got := eval[string](tb, `document.querySelector('#t-questions').textContent`); got != "0" {
		t.Errorf("questions total before any analysis = %q", got)
	}

	posted := make(chan analyzeResponse, 1)
	go func() {
		var r analyzeResponse
		api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), &r)
		posted <- r
	}()
	tb.until("the questions are on screen", `document.querySelectorAll('#questions .q').length === 4`)
	if got := eval[string](tb, `document.querySelector('#live-title').textContent`); got != "Astronomy quiz 1" {
		t.Errorf("title = %q", got)
	}
	states := `[...document.querySelectorAll('#questions .q')].map(q => q.dataset.state)`
	if diff := cmp.Diff([]string{"pending", "pending", "pending", "pending"}, eval[[]string](tb, states)); diff != "" {
		t.Errorf("before any answer (-want +got):\n%s", diff)
	}

	wantChosen := [][]string{{"B"}, {"A", "C"}, {"A"}, {}}
	for i := range 4 {
		close(g[i])
		tb.until(fmt.Sprintf("answer %d is on screen", i+1), fmt.Sprintf(`document.querySelector('#q-%d').dataset.state === 'answered'`, i+1))
		// The others wait: answers land one by one, in order.
		var want []string
		for j := range 4 {
			want = append(want, map[bool]string{true: "answered", false: "pending"}[j <= i])
		}
		if diff := cmp.Diff(want, eval[[]string](tb, states)); diff != "" {
			t.Errorf("after answer %d (-want +got):\n%s", i+1, diff)
		}
		chosen := eval[[]string](tb, fmt.Sprintf(`[...document.querySelectorAll('#q-%d .opt.chosen .letter')].map(e => e.textContent)`, i+1))
		if diff := cmp.Diff(wantChosen[i], chosen, cmp.Comparer(func(a, b []string) bool { return slices.Equal(a, b) })); diff != "" {
			t.Errorf("question %d's chosen options (-want +got):\n%s", i+1, diff)
		}
		if i == 1 {
			tb.screenshot("streaming-1280x800")
		}
	}
	r := <-posted
	if len(r.Answers) != 4 {
		t.Fatalf("analyze response: %+v", r)
	}

	// The votes split 2 to 1; the confidence counts up to the winner's share.
	votes := eval[[]string](tb, `[...document.querySelectorAll('#q-1 .votes')].map(e => e.textContent)`)
	if diff := cmp.Diff([]string{"1/3", "2/3", "0/3", "0/3"}, votes); diff != "" {
		t.Errorf("question 1's votes (-want +got):\n%s", diff)
	}
	tb.until("the confidence has counted up", `document.querySelector('#q-1 .conf').textContent === '67%'`)
	tb.until("the score is shown", `!document.querySelector('#summary').hidden && document.querySelector('#summary').textContent.includes('Score 2/3')`)
	if got := eval[string](tb, `document.querySelector('#q-2').dataset.verdict + ' ' + document.querySelector('#q-2 .verdict').textContent`); got != "wrong ✗ the key says A, D" {
		t.Errorf("question 2's verdict = %q", got)
	}
	tb.until("the totals count up", `document.querySelector('#t-questions').textContent === '4' && document.querySelector('#t-today').textContent === '1'`)
	tb.until("the history lists it", fmt.Sprintf(`document.querySelectorAll('#history .h-item').length === 1 && document.querySelector('#history .h-item').dataset.id === %s`, jsString(r.ID)))
	if got := eval[string](tb, `document.querySelector('#history .h-item .h-meta').textContent`); !strings.Contains(got, "2/3") || !strings.Contains(got, "wrong: Q2") {
		t.Errorf("history entry = %q, want its score and the wrong question", got)
	}

	// Floor: each answer is in the DOM within 50 ms of reaching the page.
	type timing struct {
		Seq      uint64   `json:"seq"`
		Question int      `json:"question"`
		DOM      float64  `json:"dom"`
		Frame    *float64 `json:"frame"`
	}
	timings := eval[[]timing](tb, `window.__quizstatsTimings`)
	if len(timings) != 4 {
		t.Fatalf("timings = %+v", timings)
	}
	for _, tm := range timings {
		frame := -1.0
		if tm.Frame != nil {
			frame = *tm.Frame
		}
		t.Logf("answer %d (seq %d): in the DOM after %.2f ms, next frame after %.2f ms", tm.Question+1, tm.Seq, tm.DOM, frame)
		if tm.DOM > 50 {
			t.Errorf("answer %d reached the DOM %.1f ms after its message; the floor is 50 ms", tm.Question+1, tm.DOM)
		}
	}

	tb.screenshot("live-1280x800")
	tb.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	tb.until("the narrow layout", `document.documentElement.clientWidth === 390`)
	tb.screenshot("live-390x844")
	if w := eval[int](tb, `document.documentElement.scrollWidth`); w > 390 {
		t.Errorf("at 390 px wide the page scrolls sideways (%d px)", w)
	}
	tb.do(chromedp.EmulateViewport(1280, 800), emulateMedia("prefers-color-scheme", "dark"))
	tb.until("the dark scheme", `matchMedia('(prefers-color-scheme: dark)').matches`)
	tb.screenshot("live-dark-1280x800")
}

// emulateMedia makes the page see a system with these preferences, such as
// prefers-color-scheme: dark.
func emulateMedia(name, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: name, Value: value}},
		})
		return err
	})
}
