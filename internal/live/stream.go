package live

import (
	"context"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Load reads what a display shows before any event: the totals, the
// newest analysis of the history, and whether the server can analyze.
func Load(ctx context.Context, c *client.Client) Snapshot {
	var s Snapshot
	if s.Ready, s.Err = c.Ready(ctx); s.Err != nil {
		return s
	}
	if s.Stats, s.Err = c.Stats(ctx); s.Err != nil {
		return s
	}
	page, err := c.Analyses(ctx, "", 1)
	if err != nil {
		s.Err = err
		return s
	}
	if len(page.Analyses) > 0 {
		s.Latest, s.Err = c.Analysis(ctx, page.Analyses[0].ID)
	}
	return s
}

// Sink receives what Stream learns, in order, from Stream's goroutine. A
// display hands each to its own loop (Bubble Tea's Send, Fyne's Do).
type Sink struct {
	Event    func(quiz.Event)
	State    func(client.StateChange)
	Snapshot func(Snapshot)
	Ready    func(*client.Readiness)
}

// Stream follows c's events into sink until ctx ends or the stream fails
// for good, and returns why it ended. When the stream cannot resume (the
// first connection, a server whose event log started over) the state is
// reloaded from the API and handed to sink before the events that follow;
// when it resumes, the events carry on where they stopped and only the
// readiness is read again (a server restarted with a model).
func Stream(ctx context.Context, c *client.Client, sink Sink) error {
	return c.Follow(ctx, nil, func(e quiz.Event) error {
		sink.Event(e)
		return nil
	}, client.OnState(func(s client.StateChange) {
		switch {
		case s.State == client.Live && s.Resync:
			if snap := Load(ctx, c); snap.Err == nil {
				sink.Snapshot(snap)
			}
		case s.State == client.Live:
			if ready, err := c.Ready(ctx); err == nil {
				sink.Ready(ready)
			}
		}
		sink.State(s)
	}))
}
