package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/tui"
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
	following(t, srv.URL, 1)
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
	if got := eval[string](tb, `document.querySelector('#q-2').dataset.verdict + ' ' + document.querySelector('#q-2 .verdict').textContent`); got != "wrong ✗ wrong · the key says A, D" {
		t.Errorf("question 2's verdict = %q", got)
	}
	// The chosen options are said, not only shown.
	if got := eval[string](tb, `document.querySelector('#q-1 .opt.chosen .text').textContent`); got != "Mars (chosen, correct)" {
		t.Errorf("question 1's chosen option reads %q to a screen reader", got)
	}
	tb.until("the totals count up", `document.querySelector('#t-questions').textContent === '4' && document.querySelector('#t-today').textContent === '1'`)
	tb.until("the history lists it", fmt.Sprintf(`document.querySelectorAll('#history .h-item').length === 1 && document.querySelector('#history .h-item').dataset.id === %s`, jsString(r.ID)))
	if got := eval[string](tb, `document.querySelector('#history .h-item .h-meta').textContent`); !strings.Contains(got, "2/3") || !strings.Contains(got, "not right: Q2") {
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
		// Measured, not asserted (a shared machine's scheduling is in it);
		// the figures are in docs/performance.md.
		t.Logf("answer %d (seq %d): in the DOM after %.2f ms, next frame after %.2f ms", tm.Question+1, tm.Seq, tm.DOM, frame)
	}

	tb.screenshot("live-1280x800")
	tb.do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	tb.until("the narrow layout", `document.documentElement.clientWidth === 390`)
	tb.screenshot("live-390x844")
	// From the narrowest phone to a projector: no sideways scrolling.
	for _, size := range [][2]int64{{390, 844}, {360, 740}, {1920, 1080}} {
		tb.do(chromedp.EmulateViewport(size[0], size[1]))
		tb.until("the layout at the new size", fmt.Sprintf(`document.documentElement.clientWidth === %d`, size[0]))
		if w := eval[int64](tb, `document.documentElement.scrollWidth`); w > size[0] {
			t.Errorf("at %d px wide the page scrolls sideways (%d px)", size[0], w)
		}
	}
	tb.screenshot("live-1920x1080")
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

// logSeqs reads the server's event log from the start up to seq until.
func logSeqs(t *testing.T, base string, until uint64) []uint64 {
	t.Helper()
	c, err := client.New(base, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []uint64
	zero := uint64(0)
	errEnough := errors.New("enough")
	err = c.Follow(ctx, &zero, func(e quiz.Event) error {
		out = append(out, e.Seq)
		if e.Seq >= until {
			return errEnough
		}
		return nil
	})
	if !errors.Is(err, errEnough) {
		t.Fatalf("read the event log up to %d: %v (got %v)", until, err, out)
	}
	return out
}

// pageSeqs are the seqs of the events the page handled, in order.
func pageSeqs(tb *tab) []uint64 { return eval[[]uint64](tb, `window.__quizstatsSeqs`) }

// checkEveryEventOnce asserts the page handled the server's events from
// the first it saw on, each once, in order.
func checkEveryEventOnce(t *testing.T, base string, tb *tab) {
	t.Helper()
	got := pageSeqs(tb)
	if len(got) == 0 {
		t.Fatal("the page handled no event")
	}
	log := logSeqs(t, base, got[len(got)-1])
	start := slices.Index(log, got[0])
	if start < 0 {
		t.Fatalf("the page's first event %d is not in the log %v", got[0], log)
	}
	if diff := cmp.Diff(log[start:], got); diff != "" {
		t.Errorf("events the page handled differ from the server's log (-log +page):\n%s", diff)
	}
}

// The connection drops; what happens meanwhile reaches the dashboard when
// it is back, nothing missing and nothing twice. Then serve restarts on the
// same port and data dir, and the dashboard resumes again.
func TestDashboardCatchesUpAfterReconnecting(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	env := modelEnv(f)
	env["QUIZSTATS_DATA"] = t.TempDir()
	srv := startServe(t, env)
	px := newProxy(t, srv.URL)

	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(px.URL))
	tb.until("live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	var first analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, &first)
	tb.until("the first analysis is shown", `document.querySelector('#summary').hidden === false && document.querySelectorAll('#history .h-item').length === 1`)

	px.cut()
	tb.until("the dashboard says it is reconnecting", `document.querySelector('#conn').dataset.state === 'reconnecting'`)
	if got := eval[string](tb, `document.querySelector('#conn-text').textContent`); !strings.HasPrefix(got, "Reconnecting") {
		t.Errorf("connection text while cut off = %q", got)
	}
	// While it is away: a new quiz, then the first one again (a cache hit,
	// which has a single event).
	other := map[string]any{"source": map[string]string{"title": "Planets, part 2"}, "questions": []map[string]any{
		{"text": "Largest planet?", "options": []string{"Earth", "Jupiter"}},
		{"text": "Smallest planet?", "options": []string{"Mercury", "Mars"}},
	}}
	var second analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", other, &second)
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil)
	px.resume("")

	tb.until("live again", `document.querySelector('#conn').dataset.state === 'live'`)
	tb.until("the missed analysis is in the history", fmt.Sprintf(`!!document.querySelector('#history [data-id=%s]')`, jsString(second.ID)))
	tb.until("the cache hit is on screen", `document.querySelector('#live-kind').textContent.includes('from cache')`)
	checkEveryEventOnce(t, srv.URL, tb)
	if ids := eval[[]string](tb, `[...document.querySelectorAll('#history .h-item')].map(b => b.dataset.id)`); !cmp.Equal(ids, []string{second.ID, first.ID}) {
		t.Errorf("history ids = %v, want %v", ids, []string{second.ID, first.ID})
	}
	if n := eval[int](tb, `document.querySelectorAll('#questions .q[data-state=answered]').length`); n != 4 {
		t.Errorf("%d answered questions on screen, want 4", n)
	}

	// serve restarts on the same port with the same data: the dashboard is
	// told, reconnects and resumes where it was.
	addr := strings.TrimPrefix(srv.URL, "http://")
	srv.stop(t)
	tb.until("the dashboard notices the restart", `document.querySelector('#conn').dataset.state === 'reconnecting'`)
	srv = startServe(t, env, "--addr", addr)
	tb.until("live after the restart", `document.querySelector('#conn').dataset.state === 'live'`)
	third := map[string]any{"source": map[string]string{"title": "After the restart"}, "questions": []map[string]any{{"text": "Hottest planet?", "options": []string{"Venus", "Mercury"}}}}
	var after analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", third, &after)
	tb.until("the new analysis is shown", `document.querySelector('#live-title').textContent === 'After the restart' && document.querySelector('#summary').hidden === false`)
	checkEveryEventOnce(t, srv.URL, tb)
	if n := eval[int](tb, `document.querySelectorAll('#history .h-item').length`); n != 3 {
		t.Errorf("history has %d entries, want 3", n)
	}
}

// With QUIZSTATS_TOKEN set, the dashboard asks for the token once, says so
// when it is wrong, and keeps the right one.
func TestDashboardAsksForTheTokenOnce(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	env := modelEnv(f)
	env["QUIZSTATS_TOKEN"] = testToken
	srv := startServe(t, env)

	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the token is asked for", `document.querySelector('#token-dialog').open && document.querySelector('#conn').dataset.state === 'token'`)
	if got := eval[int](tb, `document.querySelectorAll('#history .h-item').length`); got != 0 {
		t.Errorf("history readable without a token: %d entries", got)
	}
	tb.screenshot("token-1280x800")

	tb.do(chromedp.SendKeys(chromedp.ID("token-input"), "not-it"), chromedp.Click(chromedp.CSS("#token-form button")))
	tb.until("a wrong token is refused", `document.querySelector('#token-dialog').open && !document.querySelector('#token-error').hidden`)
	if got := eval[string](tb, `document.querySelector('#token-error').textContent`); !strings.Contains(got, "refused") {
		t.Errorf("wrong token message = %q", got)
	}

	tb.do(chromedp.SendKeys(chromedp.ID("token-input"), "s3cret-token"), chromedp.Click(chromedp.CSS("#token-form button")))
	tb.until("live with the token", `!document.querySelector('#token-dialog').open && document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	api(t, "POST", srv.URL+"/api/v1/analyze", planetQuiz, nil, "Authorization", "Bearer s3cret-token")
	tb.until("the answers arrive over the authenticated stream", `document.querySelectorAll('#questions .q[data-state=answered]').length === 4`)
	if got := eval[string](tb, `localStorage.getItem('quizstats.token')`); got != "s3cret-token" {
		t.Errorf("kept token = %q", got)
	}

	// Asked once: a reload goes straight to live.
	tb.do(chromedp.Reload())
	tb.until("live after a reload", `document.querySelector('#conn').dataset.state === 'live'`)
	if eval[bool](tb, `document.querySelector('#token-dialog').open`) {
		t.Error("the token was asked for again after a reload")
	}
	tb.until("the history loads with the kept token", `document.querySelectorAll('#history .h-item').length === 1`)
}

// Without a model the dashboard says so, and how to configure one.
func TestDashboardSaysNoModelIsConfigured(t *testing.T) {
	needChromium(t)
	srv := startServe(t, map[string]string{})
	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the notice", `!document.querySelector('#notice').hidden`)
	text := eval[string](tb, `document.querySelector('#notice').textContent`)
	for _, want := range []string{"No model is configured", "OPENAI_API_KEY", "OPENAI_BASE_URL"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice %q lacks %q", text, want)
		}
	}
	if got := eval[string](tb, `document.querySelector('#conn').dataset.state`); got != "live" {
		t.Errorf("connection state = %q: the stream works without a model", got)
	}
	tb.screenshot("no-model-1280x800")
}

// The history opens with the keyboard; an opened analysis stays on screen
// while others arrive, and Escape returns to live.
func TestDashboardHistoryByKeyboard(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	var keyed analyzeResponse
	api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), &keyed)
	later := map[string]any{"source": map[string]string{"title": "Later quiz"}, "questions": []map[string]any{{"text": "Largest planet?", "options": []string{"Earth", "Jupiter"}}}}
	api(t, "POST", srv.URL+"/api/v1/analyze", later, nil)

	tb := newTab(t, 1280, 800)
	tb.do(chromedp.Navigate(srv.URL))
	tb.until("the latest analysis is shown", `document.querySelector('#live-title').textContent === 'Later quiz' && document.querySelectorAll('#history .h-item').length === 2`)
	following(t, srv.URL, 1)

	tb.do(chromedp.Focus(chromedp.CSS("#history .h-item")), chromedp.KeyEvent(kb.ArrowDown))
	if id := eval[string](tb, `document.activeElement.dataset.id`); id != keyed.ID {
		t.Fatalf("ArrowDown focused %q, want the older analysis %s", id, keyed.ID)
	}
	tb.do(chromedp.KeyEvent(kb.Enter))
	tb.until("the opened analysis", `document.querySelector('#live-kind').textContent.startsWith('From history') && document.querySelector('#live-title').textContent === 'Astronomy quiz 1'`)
	tb.until("its score and wrong question", `document.querySelector('#summary').textContent.includes('Score 2/3') && document.querySelector('#q-2').dataset.verdict === 'wrong'`)
	tb.screenshot("history-1280x800")

	// A new analysis does not take the screen from the person reading.
	newer := map[string]any{"source": map[string]string{"title": "Newest quiz"}, "questions": []map[string]any{{"text": "Coldest planet?", "options": []string{"Uranus", "Mars"}}}}
	api(t, "POST", srv.URL+"/api/v1/analyze", newer, nil)
	tb.until("the new one is in the history", `document.querySelectorAll('#history .h-item').length === 3`)
	if got := eval[string](tb, `document.querySelector('#live-title').textContent`); got != "Astronomy quiz 1" {
		t.Errorf("while reading the history, the screen switched to %q", got)
	}
	tb.do(chromedp.KeyEvent(kb.Escape))
	tb.until("back to live, on the newest", `document.querySelector('#live-title').textContent === 'Newest quiz' && document.querySelector('#back-live').hidden`)
}

// Two dashboards and a terminal display watch one server at once; each
// gets every event, once, in order.
func TestTwoDashboardsAndATerminalGetEveryEvent(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))

	wide, narrow := newTab(t, 1280, 800), newTab(t, 390, 844)
	for _, tb := range []*tab{wide, narrow} {
		tb.do(chromedp.Navigate(srv.URL))
		tb.until("live", `document.querySelector('#conn').dataset.state === 'live'`)
	}
	// The terminal display runs as quizstats stats does, on a fixed
	// 80×24 screen; a filter sees the events it handles.
	var mu sync.Mutex
	var termSeqs []uint64
	observe := func(_ tea.Model, msg tea.Msg) tea.Msg {
		if e, ok := msg.(tui.EventMsg); ok {
			mu.Lock()
			termSeqs = append(termSeqs, e.Event.Seq)
			mu.Unlock()
		}
		return msg
	}
	c, err := client.New(srv.URL, "")
	if err != nil {
		t.Fatal(err)
	}
	ctx, stop := context.WithCancel(context.Background())
	type result struct {
		m   *tui.Model
		err error
	}
	done := make(chan result, 1)
	var screen syncBuffer
	go func() {
		m, err := tui.Run(ctx, c, nil, &screen, tui.Options{Server: srv.URL}, tea.WithWindowSize(80, 24), tea.WithFilter(observe))
		done <- result{m, err}
	}()
	stopped := false
	defer func() {
		if !stopped {
			stop()
			<-done
		}
	}()
	eventually(t, "three displays are connected", func() bool { return metric(t, srv.URL, "quizstats_event_clients") == 3 })

	api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), nil)
	api(t, "POST", srv.URL+"/api/v1/analyze", map[string]any{"questions": []map[string]any{{"text": "Largest planet?", "options": []string{"Earth", "Jupiter"}}}}, nil)
	api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), nil) // a cache hit

	// A new store numbers events from 1, and every display was there
	// before the first: each must have exactly 1..n (three analyses make
	// ten events, and stats events come with them).
	var want []uint64
	eventually(t, "every display has every event", func() bool {
		n := uint64(metric(t, srv.URL, "quizstats_events_published_total"))
		want = want[:0]
		for s := uint64(1); s <= n; s++ {
			want = append(want, s)
		}
		mu.Lock()
		term := slices.Clone(termSeqs)
		mu.Unlock()
		return n >= 10 && cmp.Equal(want, term) && cmp.Equal(want, pageSeqs(wide)) && cmp.Equal(want, pageSeqs(narrow))
	})
	stop()
	r := <-done
	stopped = true
	if r.err != nil {
		t.Fatalf("the terminal display ended with %v", r.err)
	}
	if r.m.Events() < len(want) || r.m.LastSeq() != uint64(r.m.Events()) {
		t.Errorf("terminal display: %d events, last #%d; want %d events numbered from 1", r.m.Events(), r.m.LastSeq(), len(want))
	}
	if !strings.Contains(ansi.Strip(r.m.Render()), "Astronomy quiz 1") {
		t.Errorf("the terminal display's last frame:\n%s", ansi.Strip(r.m.Render()))
	}
}

// With reduced motion asked for, nothing moves: answers and totals appear
// at their values.
func TestDashboardHonoursReducedMotion(t *testing.T) {
	needChromium(t)
	f := planetFake(t)
	f.Choose = splitVote
	srv := startServe(t, modelEnv(f))
	tb := newTab(t, 1280, 800)
	tb.do(emulateMedia("prefers-reduced-motion", "reduce"), chromedp.Navigate(srv.URL))
	tb.until("live", `document.querySelector('#conn').dataset.state === 'live'`)
	following(t, srv.URL, 1)
	api(t, "POST", srv.URL+"/api/v1/analyze", keyedQuiz(), nil)
	tb.until("the analysis is shown", `!document.querySelector('#summary').hidden && document.querySelectorAll('#questions .q[data-state=answered]').length === 4`)
	// Checked in the same task that sees the answer: no count-up to wait for.
	if got := eval[string](tb, `document.querySelector('#q-1 .conf').textContent`); got != "67%" {
		t.Errorf("confidence = %q, want 67%% at once", got)
	}
	if n := eval[int](tb, `document.getAnimations().length`); n != 0 {
		t.Errorf("%d animations run with reduced motion", n)
	}
}
