// Package tui is the terminal display, `quizstats stats`: the same live view
// as the web dashboard, in a terminal (80×24 and up, over SSH too). The
// Model is a Bubble Tea model fed with the server's events; it does no I/O,
// so its tests drive it with messages and read its frames.
package tui

import (
	"math"
	"slices"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/harmonica"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

// fps is the animation rate: smooth enough for springs, light enough for
// a display watched over SSH. Frames run only while something moves.
const fps = 30

// Messages the display handles, besides Bubble Tea's own.
type (
	// EventMsg is one event of the server's stream, in order, once.
	EventMsg struct{ Event quiz.Event }
	// StateMsg is a change of the stream's connection.
	StateMsg struct{ State client.StateChange }
	// SnapshotMsg is the state loaded from the API when the stream could
	// not resume (the first connection, a server whose event log started
	// over): totals, the newest analysis, and readiness. The display starts
	// over from it; the events that follow build on it.
	SnapshotMsg struct {
		Stats  *quiz.Stats
		Latest *quiz.Analysis
		Ready  *client.Readiness
		Err    error
	}
	// ReadyMsg says whether the server can analyze (a model is configured
	// and answering).
	ReadyMsg struct{ Ready *client.Readiness }
	// FatalMsg ends the display with an error that retrying cannot fix.
	FatalMsg struct{ Err error }

	frameMsg struct{}
)

// Options configure a Model.
type Options struct {
	// Server is shown in the title line.
	Server string
	// Location is the time zone of times shown (local when nil).
	Location *time.Location
	// Width and Height are the size until the terminal says otherwise.
	Width, Height int
}

// anim is a number that springs towards its target.
type anim struct{ pos, vel, target float64 }

func (a *anim) settled() bool {
	return math.Abs(a.pos-a.target) < 1e-3 && math.Abs(a.vel) < 1e-3
}

// step moves the number one frame; it reports false once the number has
// arrived (and then sits exactly on its target).
func (a *anim) step(s *harmonica.Spring) bool {
	if !a.settled() {
		a.pos, a.vel = s.Update(a.pos, a.vel, a.target)
	}
	if a.settled() {
		a.pos, a.vel = a.target, 0
		return false
	}
	return true
}

// question is one question of the analysis on screen.
type question struct {
	q       quiz.Question
	known   bool // false: the display joined after the question was announced
	answer  *quiz.Answer
	conf    anim   // confidence, 0..1
	votes   []anim // per option, share of the samples
	verdict *quiz.QuestionScore
}

// analysis is the analysis on screen.
type analysis struct {
	id        string
	status    quiz.Status // "" while the model is answering
	cached    bool
	source    quiz.Source
	model     string
	samples   int
	createdAt time.Time
	questions []*question
	score     *quiz.Score
	timing    *quiz.Timing
	err       *quiz.ErrorBody
}

// Model is the terminal display.
type Model struct {
	opts   Options
	width  int
	height int
	styles styles
	spring harmonica.Spring

	conn  client.StateChange
	ready *client.Readiness
	fatal error

	stats    *quiz.Stats
	totals   [4]anim // analyses today, questions, cache hit ratio, median latency
	cur      *analysis
	lastSeq  uint64
	events   int
	ticking  bool
	scroll   int  // first question line shown, when not following
	follow   bool // keep the newest answer in view
	once     bool // a one-shot render: no connection state, no height limit
	quitting bool
}

// New returns a display waiting for its first connection.
func New(opts Options) *Model {
	if opts.Location == nil {
		opts.Location = time.Local
	}
	return &Model{
		opts:   opts,
		width:  opts.Width,
		height: opts.Height,
		styles: newStyles(),
		// A little under critical damping: numbers overshoot a touch and
		// settle, which reads as "arrived".
		spring: harmonica.NewSpring(harmonica.FPS(fps), 7, 0.55),
		conn:   client.StateChange{State: client.Connecting},
		follow: true,
	}
}

// LastSeq is the seq of the last event the display handled.
func (m *Model) LastSeq() uint64 { return m.lastSeq }

// Events counts the events the display handled.
func (m *Model) Events() int { return m.events }

// Init starts nothing: events and states come from outside.
func (m *Model) Init() tea.Cmd { return nil }

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		return m, m.key(msg)
	case StateMsg:
		m.conn = msg.State
	case SnapshotMsg:
		m.snapshot(msg)
		return m, m.animate()
	case ReadyMsg:
		m.ready = msg.Ready
	case EventMsg:
		m.event(msg.Event)
		return m, m.animate()
	case frameMsg:
		m.ticking = false
		if m.step() {
			return m, m.animate()
		}
	case FatalMsg:
		m.fatal = msg.Err
		m.quitting = true
		return m, tea.Quit
	}
	return m, nil
}

// anims lists every number that animates.
func (m *Model) anims() []*anim {
	var out []*anim
	for i := range m.totals {
		out = append(out, &m.totals[i])
	}
	for _, q := range m.questions() {
		out = append(out, &q.conf)
		for j := range q.votes {
			out = append(out, &q.votes[j])
		}
	}
	return out
}

// step advances every animation one frame and reports whether any moves.
func (m *Model) step() bool {
	moving := false
	for _, a := range m.anims() {
		moving = a.step(&m.spring) || moving
	}
	return moving
}

func (m *Model) key(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "q", "ctrl+c", "esc":
		m.quitting = true
		return tea.Quit
	case "up", "k":
		m.follow = false
		m.scroll = max(0, m.scroll-1)
	case "down", "j":
		m.follow = false
		m.scroll++
	case "pgup":
		m.follow = false
		m.scroll = max(0, m.scroll-10)
	case "pgdown":
		m.follow = false
		m.scroll += 10
	case "home", "g":
		m.follow = false
		m.scroll = 0
	case "end", "G", "f":
		m.follow = true
	}
	return nil
}

// animate starts the frame clock if something has to move and the clock
// is not running already.
func (m *Model) animate() tea.Cmd {
	if m.ticking || !slices.ContainsFunc(m.anims(), func(a *anim) bool { return !a.settled() }) {
		return nil
	}
	m.ticking = true
	return tea.Tick(time.Second/fps, func(time.Time) tea.Msg { return frameMsg{} })
}

// Settle ends every animation at its target, as a one-shot render wants.
func (m *Model) Settle() {
	for _, a := range m.anims() {
		a.pos, a.vel = a.target, 0
	}
}

func (m *Model) questions() []*question {
	if m.cur == nil {
		return nil
	}
	return m.cur.questions
}

func (m *Model) snapshot(s SnapshotMsg) {
	m.ready = s.Ready
	if s.Stats != nil {
		m.setStats(s.Stats)
	}
	m.cur = nil
	if s.Latest != nil {
		m.show(s.Latest)
	}
}

func (m *Model) setStats(s *quiz.Stats) {
	m.stats = s
	m.totals[0].target = float64(s.Today.Analyses)
	m.totals[1].target = float64(s.Questions)
	m.totals[2].target = s.CacheHitRatio
	// The median of the analyses' own times, as the dashboard shows it.
	m.totals[3].target = s.MedianMS
}

// event applies one event, as the dashboard does: the newest analysis is
// on screen; a cache hit, which has a single event, is new too.
func (m *Model) event(e quiz.Event) {
	m.lastSeq = e.Seq
	m.events++
	switch e.Type {
	case quiz.EventStarted:
		a := &analysis{id: e.ID, model: e.Model, samples: max(e.Samples, 1), createdAt: e.At}
		if e.Source != nil {
			a.source = *e.Source
		}
		for _, q := range e.Questions {
			a.questions = append(a.questions, &question{q: q, known: true})
		}
		m.cur = a
		m.follow = true
	case quiz.EventAnswer:
		if e.Answer == nil {
			return
		}
		if m.cur == nil || e.ID > m.cur.id {
			// An analysis that started before this display connected.
			m.cur = &analysis{id: e.ID, samples: max(len(e.Answer.SampleChoices), 1), createdAt: e.At}
		}
		if e.ID == m.cur.id {
			m.answer(*e.Answer)
		}
	case quiz.EventCompleted:
		a, err := e.CompletedAnalysis()
		if err != nil {
			return
		}
		switch {
		case e.Cached || m.cur == nil || e.ID > m.cur.id:
			m.show(a)
		case e.ID == m.cur.id:
			m.complete(a)
		}
	case quiz.EventFailed:
		// The event carries the failed analysis (older servers: only the
		// error): the questions and each one's reason.
		if a, err := e.CompletedAnalysis(); err == nil {
			a.Status, a.Error = quiz.StatusFailed, e.Error
			if m.cur == nil || e.ID > m.cur.id {
				m.show(a)
			} else if e.ID == m.cur.id {
				m.complete(a)
			}
			return
		}
		if m.cur != nil && m.cur.id == e.ID {
			m.cur.status = quiz.StatusFailed
			m.cur.err = e.Error
		}
	case quiz.EventStats:
		if e.Stats != nil {
			m.setStats(e.Stats)
		}
	}
}

// answer puts one answer on its question; its numbers spring from zero.
func (m *Model) answer(a quiz.Answer) {
	for len(m.cur.questions) <= a.Question {
		m.cur.questions = append(m.cur.questions, &question{})
	}
	q := m.cur.questions[a.Question]
	q.answer = &a
	if !q.known {
		n := len(a.Votes)
		for _, c := range a.Choices {
			n = max(n, c+1)
		}
		q.q.Options = make([]string, n)
	}
	q.conf.target = a.Confidence
	q.votes = make([]anim, len(q.q.Options))
	for j := range q.votes {
		if j < len(a.Votes) {
			q.votes[j].target = float64(a.Votes[j]) / float64(m.cur.samples)
		}
	}
}

// show puts a whole analysis on screen, its answers springing in.
func (m *Model) show(a *quiz.Analysis) {
	v := &analysis{id: a.ID, samples: max(a.Samples, 1), createdAt: a.CreatedAt}
	for _, q := range a.Questions {
		v.questions = append(v.questions, &question{q: q, known: true})
	}
	m.cur = v
	m.follow = true
	m.complete(a)
}

// complete adds what only the end of an analysis knows.
func (m *Model) complete(a *quiz.Analysis) {
	c := m.cur
	c.status, c.cached, c.source, c.model = a.Status, a.Cached, a.Source, a.Model
	c.score, c.err = a.Score, a.Error
	t := a.Timing
	c.timing = &t
	for i, q := range a.Questions {
		if i < len(c.questions) && !c.questions[i].known {
			c.questions[i].q, c.questions[i].known = q, true
		}
	}
	for _, ans := range a.Answers {
		if ans.Question >= len(c.questions) || c.questions[ans.Question].answer == nil {
			m.answer(ans)
		}
	}
	if a.Score != nil {
		for i := range a.Score.Questions {
			qs := a.Score.Questions[i]
			if qs.Question < len(c.questions) {
				c.questions[qs.Question].verdict = &qs
			}
		}
	}
}
