// Package live is what every native display knows about the server it
// watches: the analysis on screen, question by question, the running
// totals and whether the server can analyze, built from the event stream
// and the API. The terminal display (internal/tui) and the desktop window
// (cmd/quizstats-desktop) draw it, each in its own way and with its own
// animation; the rules of which analysis is shown and what an event
// changes are kept here once, so the two cannot drift.
//
// State does no I/O; Load and Stream do, through internal/client.
package live

import (
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Question is one question of the analysis on screen.
type Question struct {
	Q quiz.Question
	// Known is false while the display has only an answer to the question:
	// it joined after the question was announced.
	Known bool
	// Answer is nil until the model answered. A display animates a
	// question whose Answer pointer changed: every answer is a new one.
	Answer  *quiz.Answer
	Verdict *quiz.QuestionScore
}

// Analysis is the analysis on screen.
type Analysis struct {
	ID        string
	Status    quiz.Status // "" while the model is answering
	Cached    bool
	Source    quiz.Source
	Model     string
	Samples   int
	CreatedAt time.Time
	Questions []*Question
	Score     *quiz.Score
	Timing    *quiz.Timing
	Err       *quiz.ErrorBody
}

// Answered counts the questions that have an answer (a valid one or the
// reason there is none).
func (a *Analysis) Answered() int {
	n := 0
	for _, q := range a.Questions {
		if q.Answer != nil {
			n++
		}
	}
	return n
}

// Valid counts the questions that have a valid answer.
func (a *Analysis) Valid() int {
	n := 0
	for _, q := range a.Questions {
		if q.Answer != nil && q.Answer.Answered() {
			n++
		}
	}
	return n
}

// Title is what a display calls the analysis: the page's title, else its
// address.
func (a *Analysis) Title() string {
	switch {
	case a.Source.Title != "":
		return a.Source.Title
	case a.Source.URL != "":
		return a.Source.URL
	}
	return "Untitled quiz"
}

// Snapshot is the state loaded from the API when the stream could not
// resume (the first connection, a server whose event log started over):
// totals, the newest analysis, and readiness. The display starts over
// from it; the events that follow build on it.
type Snapshot struct {
	Stats  *quiz.Stats
	Latest *quiz.Analysis
	Ready  *client.Readiness
	Err    error
}

// State is a display's view of the server, changed only by Apply,
// ApplySnapshot and Show.
type State struct {
	Stats *quiz.Stats
	Ready *client.Readiness
	// Cur is the analysis on screen; nil before the first.
	Cur *Analysis
	// LastSeq is the seq of the last event applied; Events counts them.
	LastSeq uint64
	Events  int
}

// ApplySnapshot starts over from s.
func (st *State) ApplySnapshot(s Snapshot) {
	st.Ready = s.Ready
	if s.Stats != nil {
		st.Stats = s.Stats
	}
	st.Cur = nil
	if s.Latest != nil {
		st.Show(s.Latest)
	}
}

// Apply applies one event, as the dashboard does: the newest analysis is
// on screen; a cache hit, which has a single event, is new too.
func (st *State) Apply(e quiz.Event) {
	st.LastSeq = e.Seq
	st.Events++
	switch e.Type {
	case quiz.EventStarted:
		a := &Analysis{ID: e.ID, Model: e.Model, Samples: max(e.Samples, 1), CreatedAt: e.At}
		if e.Source != nil {
			a.Source = *e.Source
		}
		for _, q := range e.Questions {
			a.Questions = append(a.Questions, &Question{Q: q, Known: true})
		}
		st.Cur = a
	case quiz.EventAnswer:
		if e.Answer == nil {
			return
		}
		if st.Cur == nil || e.ID > st.Cur.ID {
			// An analysis that started before this display connected.
			st.Cur = &Analysis{ID: e.ID, Samples: max(len(e.Answer.SampleChoices), 1), CreatedAt: e.At}
		}
		if e.ID == st.Cur.ID {
			st.Cur.answer(*e.Answer)
		}
	case quiz.EventCompleted:
		a, err := e.CompletedAnalysis()
		if err != nil {
			return
		}
		switch {
		case e.Cached || st.Cur == nil || e.ID > st.Cur.ID:
			st.Show(a)
		case e.ID == st.Cur.ID:
			st.Cur.complete(a)
		}
	case quiz.EventFailed:
		// The event carries the failed analysis (older servers: only the
		// error): the questions and each one's reason.
		if a, err := e.CompletedAnalysis(); err == nil {
			a.Status, a.Error = quiz.StatusFailed, e.Error
			switch {
			case st.Cur == nil || e.ID > st.Cur.ID:
				st.Show(a)
			case e.ID == st.Cur.ID:
				st.Cur.complete(a)
			}
			return
		}
		if st.Cur != nil && st.Cur.ID == e.ID {
			st.Cur.Status = quiz.StatusFailed
			st.Cur.Err = e.Error
		}
	case quiz.EventStats:
		if e.Stats != nil {
			st.Stats = e.Stats
		}
	case quiz.EventDeleted:
		// The analysis on screen was deleted: it is not shown any longer.
		if st.Cur != nil && (e.ID == st.Cur.ID || (e.Before != nil && st.Cur.ID < quiz.IDAt(*e.Before))) {
			st.Cur = nil
		}
	}
	// Other types (a newer server's) are ignored: a display keeps working
	// with what it knows.
}

// Show puts a whole analysis on screen (one picked from the history, or
// one the display saw only the end of).
func (st *State) Show(a *quiz.Analysis) {
	st.Cur = FromAnalysis(a)
}

// FromAnalysis is the display's view of a whole analysis.
func FromAnalysis(a *quiz.Analysis) *Analysis {
	v := &Analysis{ID: a.ID, Samples: max(a.Samples, 1), CreatedAt: a.CreatedAt}
	for _, q := range a.Questions {
		v.Questions = append(v.Questions, &Question{Q: q, Known: true})
	}
	v.complete(a)
	return v
}

// answer puts one answer on its question.
func (c *Analysis) answer(a quiz.Answer) {
	for len(c.Questions) <= a.Question {
		c.Questions = append(c.Questions, &Question{})
	}
	q := c.Questions[a.Question]
	q.Answer = &a
	if !q.Known {
		n := len(a.Votes)
		for _, ch := range a.Choices {
			n = max(n, ch+1)
		}
		q.Q.Options = make([]string, n)
	}
}

// complete adds what only the end of an analysis knows.
func (c *Analysis) complete(a *quiz.Analysis) {
	c.Status, c.Cached, c.Source, c.Model = a.Status, a.Cached, a.Source, a.Model
	c.Score, c.Err = a.Score, a.Error
	t := a.Timing
	c.Timing = &t
	for i, q := range a.Questions {
		if i < len(c.Questions) && !c.Questions[i].Known {
			c.Questions[i].Q, c.Questions[i].Known = q, true
		}
	}
	for _, ans := range a.Answers {
		if ans.Question >= len(c.Questions) || c.Questions[ans.Question].Answer == nil {
			c.answer(ans)
		}
	}
	if a.Score != nil {
		for i := range a.Score.Questions {
			qs := a.Score.Questions[i]
			if qs.Question < len(c.Questions) {
				c.Questions[qs.Question].Verdict = &qs
			}
		}
	}
}

// Tie lists the options tied for the most votes of q when its samples
// reached no majority (the server marks the answer a tie), or, for a
// server that does not mark ties, when a question that takes one option
// has several at the top count. It is nil otherwise.
func Tie(q *Question, samples int) []int {
	a := q.Answer
	if a == nil || samples < 2 || len(a.Votes) == 0 {
		return nil
	}
	if !a.Tie && !(q.Q.Kind.OneChoice() || (q.Q.Kind == "" && len(a.Choices) == 1)) {
		return nil
	}
	top := 0
	for _, n := range a.Votes {
		top = max(top, n)
	}
	var tied []int
	for j, n := range a.Votes {
		if n == top && top > 0 {
			tied = append(tied, j)
		}
	}
	if len(tied) < 2 && !a.Tie {
		return nil
	}
	return tied
}

// Notice says why the server cannot analyze (no model, a failing model,
// an unusable store), or "" when it can or nobody knows yet.
func Notice(r *client.Readiness) string {
	if r == nil || r.Ready {
		return ""
	}
	msg := r.Checks["model"]
	if msg == "" || msg == "ok" {
		msg = "the store is not usable: " + r.Checks["store"]
	}
	if rest, ok := strings.CutPrefix(msg, "no model is configured: "); ok {
		return "No model is configured: " + rest
	}
	return "The server cannot analyze: " + msg
}
