package desktop

import (
	"encoding/json"
	"flag"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/live"
	"github.com/quizstats/quizstats/internal/quiz"
)

var update = flag.Bool("update", false, "rewrite testdata/*.png from the current rendering")

var t0 = time.Date(2026, 3, 14, 9, 26, 0, 0, time.UTC)

const idA = "01j0000000000000000000000a"

// sizes are the two window sizes every golden image is drawn at: a laptop
// or projector, and a narrow window beside other work.
var sizes = []struct {
	name string
	size fyne.Size
}{
	{"wide", fyne.NewSize(1280, 800)},
	{"narrow", fyne.NewSize(520, 900)},
}

func newTestView(t testing.TB, size fyne.Size, opts ViewOptions) (*View, fyne.Window) {
	t.Helper()
	a := test.NewTempApp(t)
	scale := float32(1)
	if opts.Large {
		scale = 1.75
	}
	a.Settings().SetTheme(newLook(scale))
	opts.Server = "http://127.0.0.1:8080"
	opts.Location = time.UTC
	v := NewView(opts)
	w := test.NewTempWindow(t, v.Object())
	w.SetPadded(false)
	w.Resize(size)
	return v, w
}

// stream numbers the events of one test, as the server does.
type stream struct {
	seq uint64
	at  time.Time
}

func (s *stream) ev(e quiz.Event) quiz.Event {
	s.seq++
	e.Seq = s.seq
	e.At = t0
	return e
}

func tenQuestions() []quiz.Question {
	var qs []quiz.Question
	texts := []string{
		"Which planet is known as the Red Planet?",
		"Which of these planets is the largest?",
		"How many moons does Mars have?",
		"Which planet has the shortest year?",
		"What is the hottest planet in the Solar System?",
		"Which planet rotates on its side?",
		"Which is the closest star to the Sun?",
		"What is Saturn's largest moon?",
		"Which planet has the Great Red Spot?",
		"Which dwarf planet was a planet until 2006?",
	}
	opts := [][]string{
		{"Venus", "Mars", "Jupiter", "Saturn"},
		{"Earth", "Jupiter", "Neptune", "Saturn"},
		{"None", "One", "Two", "Four"},
		{"Mercury", "Venus", "Mars", "Earth"},
		{"Mercury", "Venus", "Mars", "Jupiter"},
		{"Neptune", "Uranus", "Saturn", "Venus"},
		{"Sirius", "Proxima Centauri", "Vega", "Betelgeuse"},
		{"Titan", "Europa", "Enceladus", "Ganymede"},
		{"Saturn", "Neptune", "Jupiter", "Mars"},
		{"Eris", "Ceres", "Pluto", "Makemake"},
	}
	for i, t := range texts {
		qs = append(qs, quiz.Question{Text: t, Options: opts[i], Kind: quiz.KindSingle})
	}
	return qs
}

// answers are the model's picks for tenQuestions with 5 samples; keyed
// against key, two are wrong.
func answers() []quiz.Answer {
	picks := []int{1, 1, 2, 0, 1, 1, 1, 0, 2, 1}
	votes := [][]int{{0, 5, 0, 0}, {0, 4, 0, 1}, {1, 1, 3, 0}, {5, 0, 0, 0}, {1, 4, 0, 0}, {1, 4, 0, 0}, {0, 5, 0, 0}, {3, 0, 0, 2}, {0, 0, 5, 0}, {1, 3, 1, 0}}
	var out []quiz.Answer
	for i, p := range picks {
		n := 0
		for _, v := range votes[i] {
			n = max(n, v)
		}
		out = append(out, quiz.Answer{Question: i, Choices: []int{p}, Votes: votes[i], Confidence: float64(n) / 5})
	}
	return out
}

var key = [][]int{{1}, {1}, {2}, {0}, {1}, {1}, {1}, {0}, {2}, {2}}

func started(s *stream, samples int) quiz.Event {
	return s.ev(quiz.Event{Type: quiz.EventStarted, ID: idA, Source: &quiz.Source{URL: "https://example.com/astronomy/quiz-1", Title: "Astronomy quiz 1"}, Model: "fake-model", Samples: samples, Questions: tenQuestions()})
}

func answer(s *stream, a quiz.Answer) quiz.Event {
	return s.ev(quiz.Event{Type: quiz.EventAnswer, ID: idA, Answer: &a})
}

func completed(t testing.TB, s *stream, a *quiz.Analysis) quiz.Event {
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return s.ev(quiz.Event{Type: quiz.EventCompleted, ID: a.ID, Analysis: raw})
}

func stats(s *stream, today, questions int64) quiz.Event {
	return s.ev(quiz.Event{Type: quiz.EventStats, Stats: &quiz.Stats{
		Analyses: today, Questions: questions, CacheHitRatio: 0.25,
		Today:     quiz.DayStats{Date: "2026-03-14", Analyses: today, Questions: questions},
		LatencyMS: quiz.Percentiles{P50: 1840},
	}})
}

func analysis(samples int, withKey bool) *quiz.Analysis {
	qs, as := tenQuestions(), answers()
	a := &quiz.Analysis{
		ID: idA, Status: quiz.StatusCompleted, Model: "fake-model", Samples: samples,
		Source:    quiz.Source{URL: "https://example.com/astronomy/quiz-1", Title: "Astronomy quiz 1"},
		Questions: qs, Answers: as,
		Timing:    quiz.Timing{StartedAt: t0, TotalMS: 4210, ModelMS: 4200, FirstAnswerMS: 380},
		CreatedAt: t0,
	}
	if withKey {
		a.AnswerKey = key
		a.Score = quiz.ScoreAnswers(qs, as, key)
	}
	return a
}

func history() []quiz.Summary {
	a := analysis(5, true)
	s1 := a.Summarize()
	s2 := quiz.Summary{ID: "01j0000000000000000000000z", Status: quiz.StatusCompleted, Source: quiz.Source{Title: "Capitals of Europe"}, Questions: 12, CreatedAt: t0.Add(-time.Hour)}
	s3 := quiz.Summary{ID: "01j0000000000000000000000y", Status: quiz.StatusFailed, Source: quiz.Source{URL: "https://example.org/chem"}, Questions: 5, CreatedAt: t0.Add(-2 * time.Hour)}
	return []quiz.Summary{s1, s2, s3}
}

// golden compares what w shows with testdata/NAME.png (rewritten with
// -update).
func golden(t *testing.T, w fyne.Window, name string) {
	t.Helper()
	settleLayout(w)
	img := w.Canvas().Capture()
	path := filepath.Join("testdata", name+".png")
	if *update {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		return
	}
	test.AssertImageMatches(t, name+".png", img)
}

// settleLayout lays the window out again until sizes stop changing, as
// the driver does on each frame when an object's minimum size changed (a
// paragraph that wraps to more lines at its width, the tiles that stack):
// the test canvas does not, a resize does.
func settleLayout(w fyne.Window) {
	size := w.Canvas().Size()
	for range 3 {
		w.Resize(size.AddWidthHeight(1, 1))
		w.Resize(size)
	}
}

// clippedTexts lists the texts drawn past the right edge of the window
// (width w), with where they end: a window too narrow for its content
// cuts them off there.
func clippedTexts(t *testing.T, o fyne.CanvasObject, at fyne.Position, w float32) []string {
	if !o.Visible() {
		return nil
	}
	at = at.Add(o.Position())
	var out []string
	switch o := o.(type) {
	case *canvas.Text:
		if end := at.X + fyne.MeasureText(o.Text, o.TextSize, o.TextStyle).Width; o.Text != "" && end > w+1 {
			out = append(out, fmt.Sprintf("%q ends at %.0f", o.Text, end))
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			out = append(out, clippedTexts(t, c, at, w)...)
		}
	case fyne.Widget:
		for _, c := range test.TempWidgetRenderer(t, o).Objects() {
			out = append(out, clippedTexts(t, c, at, w)...)
		}
	}
	return out
}

// Large type in a window as narrow as it goes: every text wraps, stacks
// or shrinks to the window's width; none runs past its edge.
func TestLargeTypeFitsANarrowWindow(t *testing.T) {
	for _, size := range []fyne.Size{fyne.NewSize(1280, 800), fyne.NewSize(520, 900), fyne.NewSize(360, 700)} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			v, w := newTestView(t, size, ViewOptions{Large: true})
			s := &stream{}
			v.SetConn(client.StateChange{State: client.Reconnecting, Attempt: 3, Wait: 2 * time.Second, Err: fmt.Errorf("connect to ws://127.0.0.1:8080/api/v1/events: connection refused")}, t0)
			v.Event(stats(s, 4, 52), t0)
			v.Event(completed(t, s, analysis(5, true)), t0)
			v.SetHistory(history(), t0)
			v.Frame(t0.Add(2 * time.Second))
			settleLayout(w)
			if got := clippedTexts(t, w.Content(), fyne.Position{}, size.Width); len(got) > 0 {
				t.Errorf("texts cut off by the window's edge at %.0f px:\n%s", size.Width, strings.Join(got, "\n"))
			}
			if size.Width == 360 {
				golden(t, w, "large-360")
			}
		})
	}
}

func live1(v *View) { v.SetConn(client.StateChange{State: client.Live}, t0) }

// TestGolden draws every state an analysis can be on screen in, at both
// sizes, after the animations settled.
func TestGolden(t *testing.T) {
	settled := t0.Add(2 * time.Second)
	states := []struct {
		name  string
		large bool
		feed  func(t *testing.T, v *View, s *stream)
	}{
		{"empty", false, func(t *testing.T, v *View, s *stream) {
			v.Snapshot(live.Snapshot{Stats: &quiz.Stats{}, Ready: &client.Readiness{Ready: true}}, t0)
		}},
		{"streaming", false, func(t *testing.T, v *View, s *stream) {
			v.Event(stats(s, 3, 42), t0)
			v.Event(started(s, 5), t0)
			for _, a := range answers()[:3] {
				v.Event(answer(s, a), t0)
			}
		}},
		{"completed-key", false, func(t *testing.T, v *View, s *stream) {
			v.Event(stats(s, 4, 52), t0)
			v.Event(started(s, 5), t0)
			v.Event(completed(t, s, analysis(5, true)), t0)
			v.SetHistory(history(), t0)
		}},
		{"one-sample", false, func(t *testing.T, v *View, s *stream) {
			v.Event(stats(s, 4, 52), t0)
			v.Event(completed(t, s, analysis(1, true)), t0)
		}},
		{"partial", false, func(t *testing.T, v *View, s *stream) {
			a := analysis(5, false)
			a.Answers[6] = quiz.Unanswered(6, "invalid_model_reply", "the model's reply stayed invalid after it was asked again: choice 7 does not exist")
			a.Answers[7] = quiz.Unanswered(7, "model_stopped", "the model stopped before it answered this question")
			a.Finish()
			v.Event(started(s, 5), t0)
			v.Event(completed(t, s, a), t0)
		}},
		{"failed", false, func(t *testing.T, v *View, s *stream) {
			v.Event(started(s, 5), t0)
			for _, a := range answers()[:2] {
				v.Event(answer(s, a), t0)
			}
			v.Event(s.ev(quiz.Event{Type: quiz.EventFailed, ID: idA, Error: &quiz.ErrorBody{Code: "model_timeout", Message: "the model did not answer within 30s"}}), t0)
		}},
		{"tie", false, func(t *testing.T, v *View, s *stream) {
			a := analysis(4, false)
			a.Questions, a.Answers = a.Questions[:3], a.Answers[:3]
			a.Answers[0] = quiz.Answer{Question: 0, Choices: []int{}, Votes: []int{2, 2, 0, 0}, Confidence: 0.5, Tie: true}
			a.Answers[1] = quiz.Answer{Question: 1, Choices: []int{1}, Votes: []int{0, 4, 0, 0}, Confidence: 1}
			a.Answers[2] = quiz.Answer{Question: 2, Choices: []int{}, Votes: []int{1, 1, 1, 1}, Confidence: 0.25, Tie: true}
			a.AnswerKey = [][]int{{1}, {1}, {2}}
			a.Score = quiz.ScoreAnswers(a.Questions, a.Answers, a.AnswerKey)
			v.Event(completed(t, s, a), t0)
		}},
		{"large", true, func(t *testing.T, v *View, s *stream) {
			v.Event(stats(s, 4, 52), t0)
			v.Event(completed(t, s, analysis(5, true)), t0)
		}},
		{"reconnecting", false, func(t *testing.T, v *View, s *stream) {
			v.Event(stats(s, 3, 42), t0)
			v.Event(started(s, 5), t0)
			for _, a := range answers()[:3] {
				v.Event(answer(s, a), t0)
			}
			v.SetConn(client.StateChange{State: client.Reconnecting, Attempt: 2, Wait: 1500 * time.Millisecond, Err: fmt.Errorf("connect to ws://127.0.0.1:8080/api/v1/events: connection refused")}, t0)
		}},
	}
	for _, st := range states {
		for _, sz := range sizes {
			t.Run(st.name+"-"+sz.name, func(t *testing.T) {
				v, w := newTestView(t, sz.size, ViewOptions{Large: st.large})
				live1(v)
				st.feed(t, v, &stream{})
				v.Frame(settled)
				if v.Moving(settled) {
					t.Fatal("still moving 2 s after the last change")
				}
				golden(t, w, st.name+"-"+sz.name)
			})
		}
	}
}

// texts lists the text of every canvas.Text under o.
func texts(t *testing.T, o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *canvas.Text:
			out = append(out, o.Text)
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, c := range test.TempWidgetRenderer(t, w).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// The bars grow and the confidence counts up as a pure function of the
// clock: the test steps it and reads each frame.
func TestAnimationSteppedByTheClock(t *testing.T) {
	v, _ := newTestView(t, sizes[0].size, ViewOptions{})
	live1(v)
	s := &stream{}
	v.Event(started(s, 5), t0)
	v.Event(answer(s, answers()[0]), t0) // B: 5/5, confidence 100%
	q := v.qs[0]
	b := q.bars[1]
	var fracs []float64
	var confs []string
	for ms := 0; ms <= int(barTime/time.Millisecond); ms += 100 {
		now := t0.Add(time.Duration(ms) * time.Millisecond)
		v.Frame(now)
		fracs = append(fracs, b.lay.frac)
		confs = append(confs, q.confText.Text)
	}
	if fracs[0] != 0 || confs[0] != "0%" {
		t.Errorf("at the start: bar %.2f, confidence %s; want 0, 0%%", fracs[0], confs[0])
	}
	for i := 1; i < len(fracs); i++ {
		if fracs[i] <= fracs[i-1] {
			t.Errorf("the bar did not grow between frames %d and %d: %v", i-1, i, fracs)
		}
	}
	if last := fracs[len(fracs)-1]; last != 1 || confs[len(confs)-1] != "100%" {
		t.Errorf("at the end: bar %.2f, confidence %s; want 1, 100%%", last, confs[len(confs)-1])
	}
	// Eased out: more than half-way at half the time.
	if mid := fracs[len(fracs)/2]; mid < 0.6 || mid > 0.95 {
		t.Errorf("half-way the bar is at %.2f: not eased out", mid)
	}
	if v.Moving(t0.Add(barTime)) {
		t.Error("still moving when the animation is over: the frame clock would not stop")
	}
	// The totals count up when they change.
	v.Event(stats(s, 3, 40), t0.Add(time.Second))
	v.Frame(t0.Add(time.Second + totalTime/2))
	mid := v.totalTexts[1].Text
	v.Frame(t0.Add(time.Second + totalTime))
	if mid == "0" || mid == "40" || v.totalTexts[1].Text != "40" {
		t.Errorf("questions total half-way %q, at the end %q; want it counting up to 40", mid, v.totalTexts[1].Text)
	}
}

// With reduced motion (or paused), numbers are at their values at once.
func TestReducedMotion(t *testing.T) {
	for _, c := range []struct {
		name string
		opts ViewOptions
		prep func(*View)
	}{
		{"reduced motion", ViewOptions{ReducedMotion: true}, func(*View) {}},
		{"paused", ViewOptions{}, func(v *View) { v.SetPaused(true, t0) }},
	} {
		t.Run(c.name, func(t *testing.T) {
			v, _ := newTestView(t, sizes[0].size, c.opts)
			c.prep(v)
			s := &stream{}
			v.Event(started(s, 5), t0)
			v.Event(answer(s, answers()[0]), t0)
			if v.Moving(t0) {
				t.Error("something animates")
			}
			if f := v.qs[0].bars[1].lay.frac; f != 1 {
				t.Errorf("the bar is at %.2f at once, want 1", f)
			}
		})
	}
}

func TestTrayLabel(t *testing.T) {
	v, _ := newTestView(t, sizes[0].size, ViewOptions{})
	s := &stream{}
	if short, _ := TrayLabel(v); short != "–" {
		t.Errorf("before anything: %q", short)
	}
	v.Event(stats(s, 3, 42), t0)
	if short, _ := TrayLabel(v); short != "3" {
		t.Errorf("with 3 analyses today: %q", short)
	}
	v.Event(started(s, 5), t0)
	for _, a := range answers()[:3] {
		v.Event(answer(s, a), t0)
	}
	if short, long := TrayLabel(v); short != "3/10" || !strings.Contains(long, "3 of 10 answered") {
		t.Errorf("after 3 of 10: %q, %q", short, long)
	}
	v.Event(completed(t, s, analysis(5, true)), t0)
	if short, _ := TrayLabel(v); short != "3" {
		t.Errorf("after the analysis: %q, want today's count", short)
	}
}

// Picking an analysis of the history shows it; back to live shows the
// live one, which went on meanwhile.
func TestHistoryPin(t *testing.T) {
	v, _ := newTestView(t, sizes[0].size, ViewOptions{})
	s := &stream{}
	var picked string
	v.OnSelect = func(id string) { picked = id }
	v.SetHistory(history(), t0)
	v.list.Select(1)
	if picked != "01j0000000000000000000000z" {
		t.Fatalf("selecting the second entry asked for %q", picked)
	}
	old := analysis(1, false)
	old.ID, old.Source.Title = picked, "Capitals of Europe"
	v.Pin(old, t0)
	v.Event(started(s, 5), t0)
	if v.Shown().ID != picked {
		t.Errorf("a live event replaced the analysis picked from the history")
	}
	v.Pin(nil, t0)
	if v.Shown() == nil || v.Shown().ID != idA {
		t.Errorf("back to live shows %+v", v.Shown())
	}
}

// stream40x5 is 40 questions and their answers with 5 samples each.
func stream40x5() ([]quiz.Question, []quiz.Answer) {
	qs := make([]quiz.Question, 40)
	as := make([]quiz.Answer, 40)
	for i := range qs {
		qs[i] = quiz.Question{Text: fmt.Sprintf("Question %d: which of these is right?", i+1), Options: []string{"One", "Two", "Three", "Four", "Five"}, Kind: quiz.KindSingle}
		as[i] = quiz.Answer{Question: i, Choices: []int{i % 5}, Votes: []int{1, 1, 1, 1, 1}, Confidence: 0.4}
		as[i].Votes[i%5] = 2
		as[i].Votes[(i+1)%5] = 0
	}
	return qs, as
}

// BenchmarkStream40x5 is the window's own work while 40 answers of 5
// samples each stream in, one every 100 ms of the view's clock, with a
// frame every 1/60 s: per op, one answer event (the cards built again)
// and the 6 frames that follow it (every bar and number at its place for
// the frame's time). frames/s is how many such frames a second the view
// could produce; the GPU's drawing of them is not in it (see the
// end-to-end test for the real window).
func BenchmarkStream40x5(b *testing.B) {
	qs, as := stream40x5()
	v, _ := newTestView(b, sizes[0].size, ViewOptions{})
	s := &stream{}
	now := t0
	frames, i := 0, 0
	var inFrames time.Duration
	for b.Loop() {
		if i%40 == 0 {
			v.Event(s.ev(quiz.Event{Type: quiz.EventStarted, ID: fmt.Sprintf("%s%06d", idA[:20], i), Samples: 5, Questions: qs}), now)
		}
		a := as[i%40]
		v.Event(s.ev(quiz.Event{Type: quiz.EventAnswer, ID: v.State().Cur.ID, Answer: &a}), now)
		start := time.Now()
		for range 6 {
			now = now.Add(time.Second / 60)
			v.Frame(now)
			frames++
		}
		inFrames += time.Since(start)
		i++
	}
	b.ReportMetric(float64(frames)/inFrames.Seconds(), "frames/s")
	b.ReportMetric(float64(inFrames.Microseconds())/float64(frames), "µs/frame")
}

// Cards scrolled out of view are hidden, so that a frame draws the few on
// screen, not all forty; scrolling and a taller window bring the others
// back.
func TestCardsOutOfViewAreNotDrawn(t *testing.T) {
	v, w := newTestView(t, fyne.NewSize(1280, 800), ViewOptions{ReducedMotion: true})
	live1(v)
	qs, as := stream40x5()
	s := &stream{}
	v.Event(s.ev(quiz.Event{Type: quiz.EventStarted, ID: idA, Samples: 5, Questions: qs}), t0)
	for _, a := range as[:3] {
		v.Event(s.ev(quiz.Event{Type: quiz.EventAnswer, ID: idA, Answer: &a}), t0)
	}
	settleLayout(w)
	check := func(when string) int {
		t.Helper()
		top, bottom := v.scroll.Offset.Y, v.scroll.Offset.Y+v.scroll.Size().Height
		shown := 0
		for i, o := range v.body.Objects {
			in := o.Position().Y < bottom && o.Position().Y+o.Size().Height > top
			if in != o.Visible() {
				t.Errorf("%s: object %d (at %.0f–%.0f, the view %.0f–%.0f) in view %v, drawn %v",
					when, i, o.Position().Y, o.Position().Y+o.Size().Height, top, bottom, in, o.Visible())
			}
			if o.Visible() {
				shown++
			}
		}
		if shown == 0 || shown >= len(v.body.Objects)/2 {
			t.Errorf("%s: %d of %d objects drawn", when, shown, len(v.body.Objects))
		}
		return shown
	}
	check("at the top")
	v.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -1500}})
	check("scrolled down")
	// Answers arriving while scrolled away keep the list as it was.
	for _, a := range as[3:6] {
		v.Event(s.ev(quiz.Event{Type: quiz.EventAnswer, ID: idA, Answer: &a}), t0)
	}
	check("after more answers")
	before := check("before the window grows")
	w.Resize(fyne.NewSize(1280, 1000))
	if after := check("in a taller window"); after <= before {
		t.Errorf("a taller window draws %d objects, as many as before (%d)", after, before)
	}
	// Following the newest answer scrolls it into view, and draws it.
	v.scroll.ScrollToBottom()
	v.follow = true
	for _, a := range as[6:] {
		v.Event(s.ev(quiz.Event{Type: quiz.EventAnswer, ID: idA, Answer: &a}), t0)
	}
	check("following to the last answer")
	if last := v.body.Objects[len(v.body.Objects)-1]; !last.Visible() {
		t.Error("the newest answer's card, scrolled to, is not drawn")
	}
}
