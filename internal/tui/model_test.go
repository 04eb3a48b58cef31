package tui

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

var at = time.Date(2026, 3, 14, 9, 26, 0, 0, time.UTC)

const (
	idOld = "01j0000000000000000000000a"
	idNew = "01j0000000000000000000000b"
)

func planet() []quiz.Question {
	return []quiz.Question{
		{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}, Kind: quiz.KindSingle},
		{Text: "Which of these are gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: quiz.KindMultiple},
		{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: quiz.KindTrueFalse},
		{Text: "Name the closest star to Earth.", Kind: quiz.KindText},
	}
}

func planetAnswers() []quiz.Answer {
	return []quiz.Answer{
		{Question: 0, Choices: []int{1}, Confidence: 2.0 / 3, Votes: []int{1, 2, 0, 0}, Explanation: "Iron oxide makes Mars red."},
		{Question: 1, Choices: []int{0, 2}, Confidence: 1, Votes: []int{3, 0, 3, 0}},
		{Question: 2, Choices: []int{0}, Confidence: 1, Votes: []int{3, 0}},
		{Question: 3, Choices: []int{}, Confidence: 0.9, Text: "Proxima Centauri"},
	}
}

// stream numbers the events of one test, as the server does.
type stream struct{ seq uint64 }

func (s *stream) ev(e quiz.Event) EventMsg {
	s.seq++
	e.Seq = s.seq
	if e.At.IsZero() {
		e.At = at
	}
	return EventMsg{e}
}

func (s *stream) started(id string, samples int, qs []quiz.Question) EventMsg {
	return s.ev(quiz.Event{Type: quiz.EventStarted, ID: id, Source: &quiz.Source{URL: "https://example.com/astronomy/quiz-1", Title: "Astronomy quiz 1"}, Model: "fake-model", Samples: samples, Questions: qs})
}

func (s *stream) answer(id string, a quiz.Answer) EventMsg {
	return s.ev(quiz.Event{Type: quiz.EventAnswer, ID: id, Answer: &a})
}

func fullAnalysis(id string, samples int) *quiz.Analysis {
	key := [][]int{{1}, {0, 3}, {0}, {}}
	qs, as := planet(), planetAnswers()
	return &quiz.Analysis{
		ID: id, Status: quiz.StatusCompleted, Model: "fake-model", Samples: samples,
		Source:    quiz.Source{URL: "https://example.com/astronomy/quiz-1", Title: "Astronomy quiz 1"},
		Questions: qs, Answers: as, AnswerKey: key, Score: quiz.ScoreAnswers(qs, as, key),
		Timing:    quiz.Timing{StartedAt: at, TotalMS: 843.2, ModelMS: 840, FirstAnswerMS: 52.7},
		CreatedAt: at,
	}
}

func (s *stream) completed(t *testing.T, a *quiz.Analysis) EventMsg {
	t.Helper()
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return s.ev(quiz.Event{Type: quiz.EventCompleted, ID: a.ID, Analysis: raw})
}

func (s *stream) stats(today, questions int64, hit, p50 float64) EventMsg {
	return s.ev(quiz.Event{Type: quiz.EventStats, Stats: &quiz.Stats{
		Analyses: today, Questions: questions, CacheHitRatio: hit,
		Today: quiz.DayStats{Date: "2026-03-14", Analyses: today, Questions: questions}, LatencyMS: quiz.Percentiles{P50: p50}, MedianMS: p50, MedianOf: 2,
	}})
}

func newModel(w, h int) *Model {
	return New(Options{Server: "http://127.0.0.1:8080", Location: time.UTC, Width: w, Height: h})
}

// feed sends messages through Update and returns the last command.
func feed(m *Model, msgs ...tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	for _, msg := range msgs {
		_, cmd = m.Update(msg)
	}
	return cmd
}

// frames runs animation frames until nothing moves, and returns how many.
func frames(t *testing.T, m *Model) int {
	t.Helper()
	for n := 1; n <= 10*fps; n++ {
		if feed(m, frameMsg{}) == nil {
			return n
		}
	}
	t.Fatal("the animation did not settle within 10 s of frames")
	return 0
}

func TestEventsFillTheViewQuestionByQuestion(t *testing.T) {
	m := newModel(80, 24)
	s := &stream{}
	feed(m, StateMsg{client.StateChange{State: client.Live, Resync: true}}, s.started(idNew, 3, planet()))
	if m.st.Cur == nil || len(m.st.Cur.Questions) != 4 {
		t.Fatalf("after analysis.started: %+v", m.st.Cur)
	}
	for i, q := range m.st.Cur.Questions {
		if q.Answer != nil {
			t.Errorf("question %d answered before its answer", i)
		}
	}
	if m.ticking {
		t.Error("the frame clock runs with nothing to animate")
	}
	cmd := feed(m, s.answer(idNew, planetAnswers()[0]))
	if cmd == nil {
		t.Fatal("an answer started no animation")
	}
	q := &m.qa[0]
	if q.conf.target != 2.0/3 || q.conf.pos != 0 || q.votes[1].target != 2.0/3 || q.votes[0].target != 1.0/3 {
		t.Errorf("question 1's springs: confidence %+v, votes %+v", q.conf, q.votes)
	}
	if m.st.Cur.Questions[1].Answer != nil {
		t.Error("question 2 answered by question 1's answer")
	}
	// Frames move the numbers towards their targets and stop when there.
	feed(m, frameMsg{})
	if q.conf.pos <= 0 || q.conf.pos >= q.conf.target {
		t.Errorf("after one frame the confidence is at %.3f of %.3f", q.conf.pos, q.conf.target)
	}
	n := frames(t, m)
	if q.conf.pos != q.conf.target || q.votes[1].pos != q.votes[1].target {
		t.Errorf("settled at %+v, %+v", q.conf, q.votes[1])
	}
	if n < 5 {
		t.Errorf("settled after %d frames: no animation to speak of", n)
	}
	if m.LastSeq() != s.seq || m.Events() != 2 {
		t.Errorf("LastSeq %d (want %d), Events %d (want 2)", m.LastSeq(), s.seq, m.Events())
	}
}

// One clock runs the animation, however many events arrive meanwhile.
func TestOneFrameClock(t *testing.T) {
	m := newModel(80, 24)
	s := &stream{}
	feed(m, s.started(idNew, 3, planet()))
	if feed(m, s.answer(idNew, planetAnswers()[0])) == nil {
		t.Fatal("no frame clock after the first answer")
	}
	if feed(m, s.answer(idNew, planetAnswers()[1])) != nil {
		t.Error("a second frame clock started while one runs")
	}
	frames(t, m)
	if feed(m, s.stats(1, 4, 0, 843)) == nil {
		t.Error("new totals started no animation once the clock had stopped")
	}
}

func TestCompletionAndScore(t *testing.T) {
	m := newModel(80, 24)
	s := &stream{}
	feed(m, s.started(idNew, 3, planet()))
	for _, a := range planetAnswers()[:2] {
		feed(m, s.answer(idNew, a))
	}
	// The completion brings the missing answers, the score and timings.
	feed(m, s.completed(t, fullAnalysis(idNew, 3)))
	c := m.st.Cur
	if c.Status != quiz.StatusCompleted || c.Score == nil || c.Score.Correct != 2 || c.Timing.TotalMS != 843.2 {
		t.Fatalf("after completion: %+v", c)
	}
	for i, q := range c.Questions {
		if q.Answer == nil {
			t.Errorf("question %d has no answer after completion", i+1)
		}
	}
	if v := c.Questions[1].Verdict; v == nil || v.Correct {
		t.Errorf("question 2's verdict = %+v, want wrong", v)
	}
}

func TestWhichAnalysisIsOnScreen(t *testing.T) {
	t.Run("a newer one takes over; an older one's completion does not", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, s.started(idOld, 1, planet()), s.started(idNew, 1, planet()), s.completed(t, fullAnalysis(idOld, 1)))
		if m.st.Cur.ID != idNew {
			t.Errorf("on screen: %s, want the newer %s", m.st.Cur.ID, idNew)
		}
		feed(m, s.answer(idOld, planetAnswers()[0]))
		if m.st.Cur.Questions[0].Answer != nil {
			t.Error("an answer to the older analysis landed on the newer one")
		}
	})
	t.Run("a cache hit is new on screen", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, s.started(idNew, 1, planet()))
		hit := s.completed(t, fullAnalysis(idOld, 1))
		hit.Event.Cached = true
		hit.Event.Source = &quiz.Source{Title: "Same quiz, elsewhere"}
		feed(m, hit)
		if m.st.Cur.ID != idOld || !m.st.Cur.Cached || m.st.Cur.Source.Title != "Same quiz, elsewhere" || m.st.Cur.Score != nil {
			t.Errorf("after a cache hit: %+v", m.st.Cur)
		}
	})
	t.Run("joining in the middle of an analysis", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		a := planetAnswers()[1]
		a.SampleChoices = [][]int{{0, 2}, {0, 2}, {0, 2}}
		feed(m, s.answer(idNew, a))
		if m.st.Cur == nil || len(m.st.Cur.Questions) != 2 || m.st.Cur.Questions[1].Known || len(m.st.Cur.Questions[1].Q.Options) != 4 || m.st.Cur.Samples != 3 {
			t.Fatalf("after an answer to an unseen analysis: %+v", m.st.Cur)
		}
		feed(m, s.completed(t, fullAnalysis(idNew, 3)))
		if q := m.st.Cur.Questions[1]; !q.Known || q.Q.Text != "Which of these are gas giants?" {
			t.Errorf("the completion did not fill the questions in: %+v", q.Q)
		}
	})
	t.Run("a snapshot starts the display over", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, s.started(idNew, 1, planet()))
		// As after a server whose event log started over: its history is
		// what there is now.
		feed(m, SnapshotMsg{Latest: fullAnalysis(idOld, 1), Stats: &quiz.Stats{Questions: 9}})
		if m.st.Cur.ID != idOld || m.st.Stats.Questions != 9 {
			t.Errorf("after a snapshot: on screen %s, stats %+v", m.st.Cur.ID, m.st.Stats)
		}
		feed(m, SnapshotMsg{Stats: &quiz.Stats{}})
		if m.st.Cur != nil {
			t.Errorf("after a snapshot of an empty server, %s is still on screen", m.st.Cur.ID)
		}
	})
	t.Run("readiness changes alone", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, s.started(idNew, 1, planet()), ReadyMsg{&client.Readiness{Ready: true}})
		if m.st.Cur == nil || m.st.Ready == nil || !m.st.Ready.Ready {
			t.Errorf("after ReadyMsg: analysis %v, ready %+v", m.st.Cur, m.st.Ready)
		}
	})
	t.Run("a failure", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, s.started(idNew, 1, planet()), s.ev(quiz.Event{Type: quiz.EventFailed, ID: idNew, Error: &quiz.ErrorBody{Code: "model_timeout", Message: "no answer within 30s"}}))
		if m.st.Cur.Status != quiz.StatusFailed || m.st.Cur.Err.Code != "model_timeout" {
			t.Errorf("after analysis.failed: %+v", m.st.Cur)
		}
	})
}

func key(s string) tea.KeyPressMsg {
	switch s {
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	}
	return tea.KeyPressMsg{Code: rune(s[0]), Text: s}
}

func TestKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		m := newModel(80, 24)
		cmd := feed(m, key(k))
		if cmd == nil {
			t.Fatalf("%s: no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s does not quit", k)
		}
	}
	m := forty(t)
	m.Render()
	following := m.scroll
	if following == 0 {
		t.Fatal("following the newest answer of forty did not scroll")
	}
	feed(m, key("up"))
	m.Render()
	if m.follow || m.scroll != following-1 {
		t.Errorf("up: follow %v, scroll %d (was %d)", m.follow, m.scroll, following)
	}
	feed(m, key("end"))
	m.Render()
	if !m.follow || m.scroll != following {
		t.Errorf("end: follow %v, scroll %d, want %d", m.follow, m.scroll, following)
	}
}

// forty is a 40-question analysis with five samples, 25 answered.
func forty(t *testing.T) *Model {
	t.Helper()
	m := newModel(80, 24)
	s := &stream{}
	var qs []quiz.Question
	for i := range 40 {
		qs = append(qs, quiz.Question{Text: fmt.Sprintf("Question %d: which of these numbers is prime?", i+1), Options: []string{fmt.Sprint(4 + 6*i), "7", fmt.Sprint(9 + 6*i)}, Kind: quiz.KindSingle})
	}
	feed(m, StateMsg{client.StateChange{State: client.Live}}, s.stats(3, 120, 1.0/3, 1840), s.started(idNew, 5, qs))
	for i := range 25 {
		feed(m, s.answer(idNew, quiz.Answer{Question: i, Choices: []int{1}, Confidence: 0.8, Votes: []int{1, 4, 0}}))
	}
	m.Settle()
	return m
}

// golden compares a frame with testdata/name.golden (go test -update
// rewrites them). Frames are compared without colour: the layout is what
// can break.
func golden(t *testing.T, name string, m *Model) {
	t.Helper()
	got := ansi.Strip(m.Render())
	lines := strings.Split(got, "\n")
	if m.height > 0 && len(lines) != m.height {
		t.Errorf("%s: %d lines, want the height %d", name, len(lines), m.height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Errorf("%s: line %d is %d cells wide, over %d: %q", name, i+1, w, m.width, l)
		}
	}
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("%s frame (-want +got):\n%s", name, diff)
	}
}

func TestFrames(t *testing.T) {
	t.Run("connecting", func(t *testing.T) {
		golden(t, "connecting-80x24", newModel(80, 24))
	})
	t.Run("streaming", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, StateMsg{client.StateChange{State: client.Live, Resync: true}}, s.stats(1, 4, 0, 0), s.started(idNew, 3, planet()))
		for _, a := range planetAnswers()[:2] {
			feed(m, s.answer(idNew, a))
		}
		m.Settle()
		golden(t, "streaming-80x24", m)
	})
	t.Run("mid-animation", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.started(idNew, 3, planet()), s.answer(idNew, planetAnswers()[0]))
		for range 4 {
			feed(m, frameMsg{})
		}
		golden(t, "animating-80x24", m)
	})
	t.Run("completed with a score", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.stats(2, 8, 0.5, 843.2), s.started(idNew, 3, planet()), s.completed(t, fullAnalysis(idNew, 3)))
		m.Settle()
		golden(t, "completed-80x24", m)
	})
	t.Run("one sample, wide", func(t *testing.T) {
		m := newModel(120, 30)
		s := &stream{}
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.stats(2, 8, 0.5, 843.2), s.completed(t, fullAnalysis(idNew, 1)))
		m.Settle()
		golden(t, "one-sample-120x30", m)
	})
	t.Run("forty questions follow the newest answer", func(t *testing.T) {
		golden(t, "forty-80x24", forty(t))
	})
	t.Run("reconnecting, no model", func(t *testing.T) {
		m := newModel(80, 24)
		feed(m,
			SnapshotMsg{Ready: &client.Readiness{Checks: map[string]string{"store": "ok", "model": "no model is configured: set OPENAI_API_KEY (and optionally QUIZSTATS_MODEL) for OpenAI, or OPENAI_BASE_URL for any OpenAI-compatible server, such as Ollama at http://127.0.0.1:11434/v1, then restart quizstats serve"}}},
			StateMsg{client.StateChange{State: client.Reconnecting, Attempt: 3, Wait: 1200 * time.Millisecond, Err: errors.New("connection refused")}},
		)
		golden(t, "reconnecting-no-model-80x24", m)
	})
}

// partialAnalysis has every state a question can end in: correct (Q1),
// wrong (Q2, the key says A, D), a tie with no majority (Q3) and not
// answered (Q4, the model's reply for it stayed invalid).
func partialAnalysis(id string) *quiz.Analysis {
	qs := []quiz.Question{
		planet()[0], planet()[1],
		{Text: "Which is the largest moon?", Options: []string{"Titan", "Ganymede", "Io", "Europa"}, Kind: quiz.KindSingle},
		{Text: "Which planet has the most moons?", Options: []string{"Saturn", "Jupiter", "Uranus"}, Kind: quiz.KindSingle},
	}
	as := []quiz.Answer{
		{Question: 0, Choices: []int{1}, Confidence: 1, Votes: []int{0, 4, 0, 0}, SampleChoices: [][]int{{1}, {1}, {1}, {1}}},
		{Question: 1, Choices: []int{0, 2}, Confidence: 1, Votes: []int{4, 0, 4, 0}, SampleChoices: [][]int{{0, 2}, {0, 2}, {0, 2}, {0, 2}}},
		{Question: 2, Choices: []int{}, Tie: true, Confidence: 0.5, Votes: []int{2, 2, 0, 0}, SampleChoices: [][]int{{0}, {1}, {0}, {1}}},
		quiz.Unanswered(3, quiz.ECodeInvalidReply, "question 3: option 99 is out of range 0..2"),
	}
	key := [][]int{{1}, {0, 3}, {1}, {0}}
	a := &quiz.Analysis{
		ID: id, Model: "fake-model", Samples: 4,
		Source:    quiz.Source{URL: "https://example.com/astronomy/quiz-2", Title: "Moons"},
		Questions: qs, Answers: as, AnswerKey: key, Score: quiz.ScoreAnswers(qs, as, key),
		Timing:    quiz.Timing{StartedAt: at, TotalMS: 1520, ModelMS: 1500, FirstAnswerMS: 310},
		CreatedAt: at,
	}
	a.Finish()
	return a
}

// styleNames turns the display's colours back into names, so a golden
// frame can say which colour each part has: {good}…{/}.
func styleNames(m *Model) func(string) string {
	names := map[string]string{}
	for name, st := range map[string]lipgloss.Style{
		"good": m.styles.good, "bad": m.styles.bad, "warn": m.styles.warn, "pick": m.styles.pick,
		"good-bar": m.styles.good.UnsetBold(), "bad-bar": m.styles.bad.UnsetBold(), "pick-bar": m.styles.pick.UnsetBold(),
	} {
		r := st.Render("x")
		names[r[:strings.Index(r, "x")]] = name
	}
	sgr := regexp.MustCompile("\x1b\\[[0-9;:]*m")
	return func(frame string) string {
		return sgr.ReplaceAllStringFunc(frame, func(seq string) string {
			switch {
			case names[seq] != "":
				return "{" + names[seq] + "}"
			case seq == "\x1b[m" || seq == "\x1b[0m":
				return "{/}"
			}
			return "" // colours that carry no verdict (dim, bold, bars)
		})
	}
}

func TestFramesEveryState(t *testing.T) {
	t.Run("partial, wrong, tie, correct", func(t *testing.T) {
		m := newModel(80, 30)
		s := &stream{}
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.stats(3, 12, 0.25, 1520), s.completed(t, partialAnalysis(idNew)))
		m.Settle()
		golden(t, "partial-80x30", m)
		// The colours tell the truth: the same frame with its colours
		// named. Correct is green, wrong red, the tie amber, the key's
		// missed option a green ring.
		colours := styleNames(m)(m.Render())
		path := filepath.Join("testdata", "partial-colours-80x30.golden")
		if *update {
			os.WriteFile(path, []byte(colours), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), colours); diff != "" {
			t.Errorf("colours (-want +got):\n%s", diff)
		}
		for _, c := range []struct{ what, frag string }{
			{"the correct pick green", "{good}▸ {/}{good}B  {/}{good}Mars"},
			{"the wrong pick red", "{bad}▸ {/}{bad}C  {/}{bad}Saturn"},
			{"the key's missed option a green ring", "{good}○ {/}{good}D  {/}{good}Mercury"},
			{"the tie amber", "{warn}≈ {/}{warn}A  {/}{warn}Titan"},
			{"the tie's verdict", "{warn}no majority · key B{/}"},
			{"the unanswered question", "{warn}not answered{/}"},
		} {
			if !strings.Contains(colours, c.frag) {
				t.Errorf("%s: %q not in\n%s", c.what, c.frag, colours)
			}
		}
	})
	t.Run("unscored picks are neutral", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		a := partialAnalysis(idNew)
		a.AnswerKey, a.Score = nil, nil
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.completed(t, a))
		m.Settle()
		colours := styleNames(m)(m.Render())
		if !strings.Contains(colours, "{pick}▸ {/}{pick}B  {/}{pick}Mars") || strings.Contains(colours, "{good}▸") || strings.Contains(colours, "{bad}▸") || strings.Contains(colours, "{good}○") {
			t.Errorf("without a key, picks are neutral and nothing is green or red:\n%s", colours)
		}
	})
	t.Run("failed, joined late", func(t *testing.T) {
		m := newModel(80, 24)
		s := &stream{}
		a := fullAnalysis(idNew, 1)
		a.Answers, a.AnswerKey, a.Score = nil, nil, nil
		for i := range a.Questions {
			a.Answers = append(a.Answers, quiz.Unanswered(i, quiz.ECodeModelTimeout, fmt.Sprintf("question %d: model fake-model did not answer within the time budget", i)))
		}
		a.Finish()
		a.Error = &quiz.ErrorBody{Code: quiz.ECodeModelTimeout, Message: "model fake-model did not answer within the time budget"}
		raw, _ := json.Marshal(a)
		feed(m, StateMsg{client.StateChange{State: client.Live}}, s.ev(quiz.Event{Type: quiz.EventFailed, ID: a.ID, Error: a.Error, Analysis: raw}))
		m.Settle()
		golden(t, "failed-80x24", m)
	})
	t.Run("breaker open", func(t *testing.T) {
		m := newModel(80, 24)
		feed(m, SnapshotMsg{Ready: &client.Readiness{Ready: true, Checks: map[string]string{"store": "ok", "model": "ok",
			"model_breaker": "the model has been failing; calls are paused (circuit breaker open) until 2026-03-14T09:26:30Z (in 25 s); last error: model server answered 500: the server had an error"}}},
			StateMsg{client.StateChange{State: client.Live}})
		golden(t, "breaker-open-80x24", m)
	})
}
