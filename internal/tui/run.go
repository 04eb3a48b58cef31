package tui

import (
	"context"
	"errors"
	"fmt"
	"io"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/live"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Load reads what the display shows before any event.
func Load(ctx context.Context, c *client.Client) SnapshotMsg { return live.Load(ctx, c) }

// Once writes the current state as plain text, for scripts.
func Once(ctx context.Context, c *client.Client, out io.Writer, opts Options) error {
	snap := Load(ctx, c)
	if snap.Err != nil {
		return fmt.Errorf("read the state of %s: %w", c.BaseURL(), snap.Err)
	}
	opts.Height = 0
	m := New(opts)
	m.once = true
	m.Update(snap)
	m.Settle()
	_, err := fmt.Fprintln(out, ansi.Strip(m.Render()))
	return err
}

// Run shows the live display until ctx ends or the person quits (q). It
// returns the display as it was last drawn.
//
// The events come from a Follow of c, which reconnects by itself; when it
// cannot resume (the first connection, a server whose log started over)
// the display is reloaded from the API before the events that follow.
func Run(parent context.Context, c *client.Client, in io.Reader, out io.Writer, opts Options, progOpts ...tea.ProgramOption) (*Model, error) {
	ctx, cancel := context.WithCancel(parent)
	defer cancel()
	m := New(opts)
	p := tea.NewProgram(m, append([]tea.ProgramOption{
		tea.WithContext(ctx),
		tea.WithInput(in),
		tea.WithOutput(out),
		tea.WithFPS(fps),
	}, progOpts...)...)

	followed := make(chan struct{})
	go func() {
		defer close(followed)
		err := live.Stream(ctx, c, live.Sink{
			Event:    func(e quiz.Event) { p.Send(EventMsg{e}) },
			State:    func(s client.StateChange) { p.Send(StateMsg{s}) },
			Snapshot: func(s live.Snapshot) { p.Send(s) },
			Ready:    func(r *client.Readiness) { p.Send(ReadyMsg{r}) },
		})
		if ctx.Err() == nil {
			p.Send(FatalMsg{err})
		}
	}()

	final, err := p.Run()
	cancel()
	<-followed
	fm, _ := final.(*Model)
	if fm == nil {
		fm = m
	}
	switch {
	case fm.fatal != nil:
		return fm, fm.fatal
	case errors.Is(err, tea.ErrProgramKilled) && parent.Err() != nil:
		return fm, nil // the caller ended it, as Ctrl-C through a signal does
	}
	return fm, err
}
