package main

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/llm/llmtest"
)

// tenQuiz is ten single-choice questions; the fake knows the answer to
// each (option "right"), shown in whatever order.
func tenQuiz(key bool) map[string]any {
	var qs []map[string]any
	for i := range 10 {
		qs = append(qs, map[string]any{
			"text":    fmt.Sprintf("Question %d: which option is right?", i+1),
			"options": []string{"right", "wrong", "other"},
		})
	}
	q := map[string]any{"source": map[string]any{"url": "https://example.com/ten", "title": "Ten questions"}, "questions": qs, "samples": 2}
	if key {
		// The key agrees with the model on every question but 2 (it says
		// "other": the model's pick is wrong by it) and 4 (a tie).
		k := make([][]int, 10)
		for i := range k {
			k[i] = []int{0}
		}
		k[1] = []int{2}
		q["answer_key"] = k
	}
	return q
}

// tenFake answers tenQuiz: right, except that the two samples split on
// question 4 (a tie); with partial, question 7's answer is out of range
// every time it is asked; with failed, every answer is garbage.
func tenFake(t *testing.T, kind string) *llmtest.Fake {
	f := llmtest.New(t)
	for i := range 10 {
		f.SetCorrect(fmt.Sprintf("Question %d: which option is right?", i+1), "right")
	}
	var mu sync.Mutex
	firstCall := map[string]int{} // the two samples' calls, by which came first
	f.Choose = func(c llmtest.Call, q llmtest.Question) []int {
		want := "right"
		if strings.HasPrefix(q.Text, "Question 4:") {
			mu.Lock()
			if _, ok := firstCall["q4"]; !ok {
				firstCall["q4"] = c.N
			}
			if firstCall["q4"] != c.N {
				want = "wrong"
			}
			mu.Unlock()
		}
		for i, o := range q.Options {
			if o == want {
				return []int{i}
			}
		}
		return []int{0}
	}
	f.Spoil = func(_ llmtest.Call, q llmtest.Question) llmtest.Spoil {
		switch {
		case kind == "failed":
			return llmtest.Garbage
		case kind == "partial" && strings.HasPrefix(q.Text, "Question 7:"):
			return llmtest.BadIndex
		}
		return llmtest.Intact
	}
	return f
}

// questionGate holds the fake's answers to each question back until the
// test releases that question, for every sample and every retry, and says
// when the model reached one.
type questionGate struct {
	open    []chan struct{}
	reached chan int
}

func newQuestionGate(n int) *questionGate {
	g := &questionGate{reached: make(chan int, 64)}
	for range n {
		g.open = append(g.open, make(chan struct{}))
	}
	return g
}

func (g *questionGate) hold(c llmtest.Call, i int) {
	var q int
	fmt.Sscanf(c.Questions[i].Text, "Question %d:", &q)
	q--
	select {
	case g.reached <- q:
	default:
	}
	select {
	case <-g.open[q]:
	case <-time.After(30 * time.Second):
	}
}

func (g *questionGate) release(upTo int) {
	for i := range upTo {
		select {
		case <-g.open[i]:
		default:
			close(g.open[i])
		}
	}
}

// digest is what a display shows of the analysis on screen, as text: two
// displays that show the same thing have the same digest.
const digest = `JSON.stringify({
  title: document.querySelector('#live-title').textContent,
  kind: document.querySelector('#live-kind').textContent.replace(/^(Live|Latest|From history) · /, ''),
  progress: document.querySelector('#live-progress').textContent,
  summary: document.querySelector('#summary').hidden ? '' : document.querySelector('#summary').textContent,
  questions: [...document.querySelectorAll('#questions .q')].map(q => [
    q.dataset.state, q.dataset.verdict || '', q.querySelector('.q-text').textContent,
    [...q.querySelectorAll('.opt')].map(o => o.dataset.tone + ' ' + o.querySelector('.votes').textContent).join(','),
    q.querySelector('.q-error')?.textContent || '', q.querySelector('.verdict')?.textContent || '',
  ].join(' | ')),
}, null, 1)`

// A dashboard opened before an analysis, one opened during it (after the
// model reached answer 3 of 10), one reloaded in the middle and one opened
// after all show the same final state, for a completed, a partial and a
// failed analysis; the history gives the same again.
func TestDashboardEveryStateForEveryLateJoiner(t *testing.T) {
	needChromium(t)
	for _, kind := range []string{"completed", "partial", "failed"} {
		t.Run(kind, func(t *testing.T) {
			f := tenFake(t, kind)
			g := newQuestionGate(10)
			f.BeforeItem = g.hold
			srv := startServe(t, modelEnv(f))

			before := newTab(t, 1366, 768)
			before.do(chromedp.Navigate(srv.URL))
			reloaded := newTab(t, 1366, 768)
			reloaded.do(chromedp.Navigate(srv.URL))
			for _, tb := range []*tab{before, reloaded} {
				tb.until("the dashboard is live", `document.querySelector('#conn').dataset.state === 'live'`)
			}
			following(t, srv.URL, 2)

			posted := make(chan analyzeResponse, 1)
			go func() {
				var r analyzeResponse
				api(t, "POST", srv.URL+"/api/v1/analyze", tenQuiz(kind == "partial"), &r)
				posted <- r
			}()
			before.until("the questions are announced", `document.querySelectorAll('#questions .q').length === 10`)
			before.until("the wait is said", `document.querySelector('#live-progress').textContent.includes('waiting for the model')`)
			before.screenshot("states-" + kind + "-waiting-1366x768")

			g.release(3)
			for q := <-g.reached; q < 3; q = <-g.reached {
			}
			if kind != "failed" {
				before.until("answer 3 is on screen", `document.querySelector('#q-3').dataset.state !== 'pending'`)
			}
			during := newTab(t, 1366, 768)
			during.do(chromedp.Navigate(srv.URL))
			during.until("the late joiner has the analysis", `document.querySelector('#live-title').textContent === 'Ten questions' && document.querySelectorAll('#questions .q').length === 10`)
			if kind != "failed" {
				during.until("the late joiner has the answers so far", `document.querySelector('#q-3').dataset.state !== 'pending'`)
				if got := eval[string](during, `document.querySelector('#live-meta').textContent`); !strings.Contains(got, "2 samples") {
					t.Errorf("late joiner's meta = %q, want the analysis' 2 samples", got)
				}
				if got := eval[string](during, `document.querySelector('#q-1 .q-text').textContent`); got != "Question 1: which option is right?" {
					t.Errorf("late joiner's first question = %q", got)
				}
				during.screenshot("states-" + kind + "-during-1366x768")
			}

			g.release(6)
			if kind != "failed" {
				before.until("answer 6 is on screen", `document.querySelector('#q-6').dataset.state !== 'pending'`)
			}
			reloaded.do(chromedp.Reload())
			reloaded.until("the reloaded page has the analysis", `document.querySelector('#live-title').textContent === 'Ten questions' && document.querySelectorAll('#questions .q').length === 10`)
			if kind != "failed" {
				reloaded.until("the reloaded page has the answers so far", `document.querySelector('#q-6').dataset.state !== 'pending'`)
			}

			g.release(10)
			r := <-posted
			if kind == "failed" {
				if r.ID != "" {
					t.Fatalf("a failed analysis answered %+v", r)
				}
			} else if string(r.Status) != kind {
				t.Fatalf("analyze: status %q, want %q: %+v", r.Status, kind, r)
			}
			after := newTab(t, 1366, 768)
			after.do(chromedp.Navigate(srv.URL))
			tabs := map[string]*tab{"before": before, "during": during, "reloaded": reloaded, "after": after}
			for _, tb := range tabs {
				tb.until("the analysis has ended", `!document.querySelector('#summary').hidden && document.querySelector('#live').dataset.status === `+jsString(kind))
				tb.until("every card has its end state", `[...document.querySelectorAll('#questions .q')].every(q => q.dataset.state !== 'pending')`)
			}
			want := eval[string](before, digest)
			for name, tb := range tabs {
				if got := eval[string](tb, digest); got != want {
					t.Errorf("the display opened %s shows (-before +%s):\n%s", name, name, cmp.Diff(want, got))
				}
			}
			// The history gives the same analysis back.
			id := eval[string](after, `document.querySelector('#history .h-item').dataset.id`)
			after.do(chromedp.Navigate(srv.URL + "/#/a/" + id))
			after.until("the analysis from the history", `document.querySelector('#live-kind').textContent.startsWith('From history') && !document.querySelector('#summary').hidden`)
			if got := eval[string](after, digest); got != want {
				t.Errorf("from the history (-live +history):\n%s", cmp.Diff(want, got))
			}
			t.Logf("%s:\n%s", kind, want)

			checkStates(t, before, kind)
			before.screenshot("states-" + kind + "-1366x768")
			if kind == "partial" {
				// The wrong pick, the tie and the unanswered question, in view.
				before.do(chromedp.Evaluate[chromedp.Void](`document.querySelector('#q-2').scrollIntoView({block: 'start'})`))
				before.screenshot("states-partial-wrong-tie-1366x768")
				before.do(chromedp.Evaluate[chromedp.Void](`document.querySelector('#q-6').scrollIntoView({block: 'start'})`))
				before.screenshot("states-partial-unanswered-1366x768")
				before.do(chromedp.Evaluate[chromedp.Void](`scrollTo(0, 0)`))
			}
			before.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
			before.until("the narrow layout", `document.documentElement.clientWidth === 390`)
			before.screenshot("states-" + kind + "-390x844")

			out, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv.URL}, "--once")
			if err != nil {
				t.Fatalf("stats --once: %v\n%s", err, out)
			}
			checkStatsOnce(t, kind, out)
		})
	}
}

// checkStates checks what each kind of analysis must show, and that its
// colours tell the truth: computed styles, not class names.
func checkStates(t *testing.T, tb *tab, kind string) {
	t.Helper()
	states := eval[[]string](tb, `[...document.querySelectorAll('#questions .q')].map(q => q.dataset.state)`)
	// colour resolves a CSS colour the way the page would paint it.
	const colour = `(v) => { const p = document.createElement('span'); p.style.color = v; document.body.append(p); const c = getComputedStyle(p).color; p.remove(); return c; }`
	border := func(sel string) string {
		return eval[string](tb, `getComputedStyle(document.querySelector(`+jsString(sel)+`)).borderTopColor`)
	}
	named := func(v string) string { return eval[string](tb, `(`+colour+`)(`+jsString(v)+`)`) }
	good, bad, warn, accent := named("var(--good)"), named("var(--bad)"), named("var(--warn)"), named("var(--accent)")
	switch kind {
	case "completed":
		want := []string{"answered", "answered", "answered", "tie", "answered", "answered", "answered", "answered", "answered", "answered"}
		if diff := cmp.Diff(want, states); diff != "" {
			t.Errorf("question states (-want +got):\n%s", diff)
		}
		// No key: the model's picks are neutral, never green.
		if got := border(`#q-1 .opt[data-tone="picked"]`); got != accent || got == good {
			t.Errorf("an unscored pick's border is %s, want the neutral accent %s (green is %s)", got, accent, good)
		}
		if n := eval[int](tb, `document.querySelectorAll('.opt[data-tone="correct"], .opt[data-tone="wrong"]').length`); n != 0 {
			t.Errorf("%d options are marked right or wrong without a key", n)
		}
	case "partial":
		want := []string{"answered", "answered", "answered", "tie", "answered", "answered", "unanswered", "answered", "answered", "answered"}
		if diff := cmp.Diff(want, states); diff != "" {
			t.Errorf("question states (-want +got):\n%s", diff)
		}
		if got := border(`#q-1 .opt[data-tone="correct"]`); got != good {
			t.Errorf("a correct pick's border is %s, want green %s", got, good)
		}
		if got := border(`#q-2 .opt[data-tone="wrong"]`); got != bad {
			t.Errorf("a wrong pick's border is %s, want red %s", got, bad)
		}
		if got := border(`#q-2 .opt[data-tone="key"]`); got != good {
			t.Errorf("the key's option the model missed has border %s, want green %s", got, good)
		}
		if got := border(`#q-4 .opt[data-tone="tied"]`); got != warn {
			t.Errorf("a tied option's border is %s, want amber %s", got, warn)
		}
		if n := eval[int](tb, `document.querySelectorAll('#q-4 .opt[data-tone="tied"]').length`); n != 2 {
			t.Errorf("%d tied options on question 4, want 2", n)
		}
		summary := eval[string](tb, `document.querySelector('#summary').textContent`)
		for _, s := range []string{"Partial: 9 of 10 answered", "Score 7/10", "1 wrong", "1 no majority", "1 not answered"} {
			if !strings.Contains(summary, s) {
				t.Errorf("summary %q lacks %q", summary, s)
			}
		}
		if got := eval[string](tb, `document.querySelector('#q-7 .q-error').textContent`); !strings.Contains(got, "not answered: option 99 is out of range") {
			t.Errorf("question 7 says %q, want why it is not answered (in the request's numbering)", got)
		}
	case "failed":
		for i, s := range states {
			if s != "unanswered" {
				t.Errorf("question %d is %s, want unanswered", i+1, s)
			}
		}
		summary := eval[string](tb, `document.querySelector('#summary').textContent`)
		if !strings.Contains(summary, "Failed") || !strings.Contains(summary, "invalid_model_reply") {
			t.Errorf("summary = %q, want the failure and its code", summary)
		}
		if got := eval[string](tb, `document.querySelector('#notice').hidden ? '' : document.querySelector('#notice').textContent`); !strings.Contains(got, "The model failed") {
			t.Errorf("banner = %q, want the model's failure", got)
		}
		if got := eval[string](tb, `document.querySelector('#history .h-item .badge.bad').title`); !strings.Contains(got, "invalid_model_reply") {
			t.Errorf("the history's failed badge says %q, want the reason", got)
		}
	}
}

func checkStatsOnce(t *testing.T, kind, out string) {
	t.Helper()
	var want []string
	switch kind {
	case "completed":
		want = []string{"Ten questions", "done", "no majority"}
	case "partial":
		want = []string{"Ten questions", "partial 9/10", "not answered: Q7", "Score 7/10", "wrong: Q2", "no majority", "not answered: option 99 is out of range"}
	case "failed":
		want = []string{"Ten questions", "failed", "invalid_model_reply", "not answered"}
	}
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("stats --once lacks %q:\n%s", w, out)
		}
	}
}

// A model that keeps failing opens the breaker: the dashboard says so in a
// banner, with the last model error and a countdown to the next try.
func TestDashboardShowsAnOpenBreaker(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	f.Script = func(llmtest.Call) llmtest.Action { return llmtest.Fail401 }
	srv := startServe(t, modelEnv(f), "--breaker-cooldown", "60s")
	tb := newTab(t, 1366, 768)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the dashboard is live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	for range 5 {
		api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)
	}
	tb.until("the banner says the model is paused", `!document.querySelector('#notice').hidden && document.querySelector('#notice').textContent.includes('analyses are paused')`)
	tb.until("the banner counts down to the next try", `/Next try in \d+ s/.test(document.querySelector('#notice').textContent)`)
	if got := eval[string](tb, `document.querySelector('#notice').textContent`); !strings.Contains(got, "model server answered 401") {
		t.Errorf("banner = %q, want the last model error", got)
	}
	tb.screenshot("breaker-open-1366x768")
}

// A model that breaks its answer to question k (garbage, an option that
// does not exist, no answer, a stream cut off in it), for every k: the
// analysis is partial with exactly question k unanswered, and the
// dashboard, stats --once and the history all say so.
func TestPartialForEveryBrokenQuestion(t *testing.T) {
	needChromium(t)
	f := llmtest.New(t)
	srv := startServe(t, modelEnv(f))
	tb := newTab(t, 1366, 768)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the dashboard is live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	const n = 4
	for _, spoil := range llmtest.Spoils {
		for k := range n {
			name := fmt.Sprintf("%s, question %d", spoil, k+1)
			var qs []map[string]any
			for i := range n {
				qs = append(qs, map[string]any{"text": fmt.Sprintf("%s: question %d?", name, i+1), "options": []string{"a", "b", "c"}})
			}
			bad := fmt.Sprintf("%s: question %d?", name, k+1)
			f.Spoil = func(_ llmtest.Call, q llmtest.Question) llmtest.Spoil {
				if q.Text == bad {
					return spoil
				}
				return llmtest.Intact
			}
			var res analyzeResponse
			if r := api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"source": map[string]any{"title": name}, "questions": qs}, &res); r.StatusCode != 200 {
				t.Fatalf("%s: status %d", name, r.StatusCode)
			}
			if res.Status != "partial" || res.Answered != n-1 || res.Unanswered != 1 || res.Answers[k].Error == nil {
				t.Errorf("%s: status %s, %d/%d answered, question %d error %+v", name, res.Status, res.Answered, res.Unanswered, k+1, res.Answers[k].Error)
				continue
			}
			tb.until(name+" on the dashboard", `document.querySelector('#live-title').textContent === `+jsString(name)+` && document.querySelector('#live').dataset.status === 'partial'`)
			var want []string
			for i := range n {
				want = append(want, map[bool]string{true: "unanswered", false: "answered"}[i == k])
			}
			if diff := cmp.Diff(want, eval[[]string](tb, `[...document.querySelectorAll('#questions .q')].map(q => q.dataset.state)`)); diff != "" {
				t.Errorf("%s: question states (-want +got):\n%s", name, diff)
			}
			out, err := statsOutput(t, map[string]string{"QUIZSTATS_SERVER": srv.URL}, "--once")
			if err != nil || !strings.Contains(out, name) || !strings.Contains(out, fmt.Sprintf("not answered: Q%d", k+1)) {
				t.Errorf("%s: stats --once (%v):\n%s", name, err, out)
			}
			var stored struct {
				Status  string
				Answers []struct{ Error *struct{ Message string } }
			}
			api(t, "GET", srv.URL+"/api/v1/analyses/"+res.ID, nil, &stored)
			if stored.Status != "partial" || len(stored.Answers) != n || stored.Answers[k].Error == nil || stored.Answers[k].Error.Message != res.Answers[k].Error.Message {
				t.Errorf("%s: the history has %+v", name, stored)
			}
		}
	}
}
