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
	"github.com/quizstats/quizstats/internal/live"
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
	// not resume; the display starts over from it.
	SnapshotMsg = live.Snapshot
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

// qanim is what moves on one question: its confidence (0..1) and, per
// option, the share of the samples that picked it. ans is the answer the
// targets were taken from.
type qanim struct {
	ans   *quiz.Answer
	conf  anim
	votes []anim
}

// Model is the terminal display.
type Model struct {
	opts   Options
	width  int
	height int
	styles styles
	spring harmonica.Spring

	conn  client.StateChange
	fatal error

	st       live.State
	totals   [4]anim        // analyses today, questions, cache hit ratio, median latency
	shown    *live.Analysis // the analysis qa animates
	qa       []qanim        // per question of st.Cur
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
func (m *Model) LastSeq() uint64 { return m.st.LastSeq }

// Events counts the events the display handled.
func (m *Model) Events() int { return m.st.Events }

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
		m.st.ApplySnapshot(msg)
		m.sync()
		return m, m.animate()
	case ReadyMsg:
		m.st.Ready = msg.Ready
	case EventMsg:
		m.st.Apply(msg.Event)
		m.sync()
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
	for i := range m.qa {
		q := &m.qa[i]
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

// sync points the animations at what the state now says: a new analysis
// on screen starts them over and is followed; a new answer springs its
// numbers from zero; the totals spring from where they are.
func (m *Model) sync() {
	if s := m.st.Stats; s != nil {
		m.totals[0].target = float64(s.Today.Analyses)
		m.totals[1].target = float64(s.Questions)
		m.totals[2].target = s.CacheHitRatio
		// The median of the analyses' own times, as the dashboard shows it.
		m.totals[3].target = s.MedianMS
	}
	c := m.st.Cur
	if c != m.shown {
		m.shown, m.qa = c, nil
		m.follow = true
	}
	if c == nil {
		return
	}
	for len(m.qa) < len(c.Questions) {
		m.qa = append(m.qa, qanim{})
	}
	for i, q := range c.Questions {
		qa := &m.qa[i]
		if q.Answer == nil || q.Answer == qa.ans {
			continue
		}
		*qa = qanim{ans: q.Answer, conf: anim{target: q.Answer.Confidence}, votes: make([]anim, len(q.Q.Options))}
		for j := range qa.votes {
			if j < len(q.Answer.Votes) {
				qa.votes[j].target = float64(q.Answer.Votes[j]) / float64(c.Samples)
			}
		}
	}
}
