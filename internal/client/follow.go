package client

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/quiz"
)

// State is where an event stream stands, for a display to show honestly.
type State int

const (
	// Connecting: the first connection is being made.
	Connecting State = iota + 1
	// Live: connected; events arrive as they happen.
	Live
	// Reconnecting: the connection was lost or refused; another attempt
	// follows after StateChange.Wait.
	Reconnecting
)

func (s State) String() string {
	switch s {
	case Connecting:
		return "connecting"
	case Live:
		return "live"
	case Reconnecting:
		return "reconnecting"
	}
	return "State(" + strconv.Itoa(int(s)) + ")"
}

// StateChange tells a display that the stream's state changed.
type StateChange struct {
	State State
	// Attempt counts the failed attempts since the stream was last live
	// (Reconnecting).
	Attempt int
	// Wait is the time until the next attempt (Reconnecting).
	Wait time.Duration
	// Err is why the stream is not live (Reconnecting).
	Err error
	// Resync (Live) says events may be missing from what the display has
	// seen, because the stream could not resume after an event it saw: it
	// is the first connection and no seq was given, or the server's event
	// log started over (a new store). The display should reload its state
	// from the API (Stats, Analyses) before it handles the events that
	// follow; they wait until the state function returns.
	Resync bool
}

// FollowOption configures one Follow.
type FollowOption func(*follower)

// OnState has fn called with every change of the stream's state, from
// Follow's goroutine, in order with the events.
func OnState(fn func(StateChange)) FollowOption { return func(f *follower) { f.onState = fn } }

// Follow streams the server's events to handle, in order, until ctx ends or
// handle returns an error, and returns that error (ctx's error when it
// ended).
//
// With since set it starts after that seq (the last one the caller saw);
// with nil, at the live end. It reconnects by itself, with backoff, when
// the connection drops, and resumes after the last event it delivered, so
// handle sees every event once and in order. The exception is a server
// whose event log started over: its numbers go back, and Follow reports a
// Live StateChange with Resync before delivering its first event.
//
// Follow gives up only on errors that waiting cannot fix: a token that is
// missing or wrong (a *quiz.Error, unauthorized), a URL that is not a
// quizstats server, an event it cannot decode.
func (c *Client) Follow(ctx context.Context, since *uint64, handle func(quiz.Event) error, opts ...FollowOption) error {
	f := &follower{c: c, handle: handle, onState: func(StateChange) {}}
	if since != nil {
		f.last, f.seen = *since, true
	}
	for _, o := range opts {
		o(f)
	}
	f.onState(StateChange{State: Connecting})
	attempt := 0
	for {
		live, err := f.session(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if permanent(err) {
			if he, ok := errors.AsType[*handlerError](err); ok {
				return he.err
			}
			return err
		}
		if live {
			attempt = 0
		}
		attempt++
		wait := backoff(c.minBackoff, c.maxBackoff, attempt, rand.Int64N)
		f.onState(StateChange{State: Reconnecting, Attempt: attempt, Wait: wait, Err: err})
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// follower is the state of one Follow.
type follower struct {
	c       *Client
	handle  func(quiz.Event) error
	onState func(StateChange)
	// last is the seq of the last event delivered (or given as since);
	// seen says there is one.
	last uint64
	seen bool
}

// handlerError is an error of the caller's handler, returned as is.
type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }

// protocolError is a message that is not an event.
type protocolError struct{ err error }

func (e *protocolError) Error() string {
	return "the event stream sent something that is not an event: " + e.err.Error()
}

// permanent reports whether reconnecting cannot help.
func permanent(err error) bool {
	if _, ok := errors.AsType[*handlerError](err); ok {
		return true
	}
	if _, ok := errors.AsType[*protocolError](err); ok {
		return true
	}
	if qe, ok := errors.AsType[*quiz.Error](err); ok {
		switch qe.Code {
		case quiz.ECodeUnauthorized, quiz.ECodeForbidden, quiz.ECodeInvalid, quiz.ECodeNotFound:
			return true
		}
	}
	return false
}

// session makes one connection and delivers its events until it ends. live
// says the connection was made.
func (f *follower) session(ctx context.Context) (live bool, err error) {
	c := f.c
	u := *c.base
	u.Scheme = map[string]string{"http": "ws", "https": "wss"}[c.base.Scheme]
	u.Path = c.base.Path + "/api/v1/events"
	resumed := f.seen
	if resumed {
		u.RawQuery = url.Values{"since": {strconv.FormatUint(f.last, 10)}}.Encode()
	}
	header := http.Header{}
	if c.token != "" {
		header.Set("Authorization", "Bearer "+c.token)
	}

	// A connection that stays silent past the idle timeout, pings
	// included, is dead though no error said so (a laptop that slept, a
	// dropped route): the watchdog closes it so the read ends.
	var watchdog atomic.Pointer[time.Timer]
	var idle atomic.Bool
	alive := func() {
		if t := watchdog.Load(); t != nil {
			t.Reset(c.idleTimeout)
		}
	}
	dctx, cancel := context.WithTimeout(ctx, c.idleTimeout)
	conn, resp, err := websocket.Dial(dctx, u.String(), &websocket.DialOptions{
		HTTPClient: c.http,
		HTTPHeader: header,
		OnPingReceived: func(context.Context, []byte) bool {
			alive()
			return true
		},
	})
	cancel()
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
			return false, decodeError(resp)
		}
		return false, fmt.Errorf("connect to %s: %w", u.Redacted(), err)
	}
	defer conn.CloseNow()
	conn.SetReadLimit(c.readLimit)
	watchdog.Store(time.AfterFunc(c.idleTimeout, func() {
		idle.Store(true)
		conn.CloseNow()
	}))
	defer watchdog.Load().Stop()

	f.onState(StateChange{State: Live, Resync: !resumed})
	first := true
	for {
		_, b, err := conn.Read(ctx)
		if err != nil {
			if idle.Load() {
				return true, fmt.Errorf("the event stream was silent for %v", c.idleTimeout)
			}
			return true, err
		}
		alive()
		var e quiz.Event
		if err := json.Unmarshal(b, &e); err != nil {
			return true, &protocolError{err}
		}
		switch {
		case first && resumed && e.Seq <= f.last:
			// Resumed after f.last, yet numbered at or below it: the
			// server's log started over. What the display has is stale.
			f.onState(StateChange{State: Live, Resync: true})
		case f.seen && e.Seq <= f.last:
			continue // seen already; the server does not resend, but a display must never show an event twice
		}
		first = false
		f.last, f.seen = e.Seq, true
		if err := f.handle(e); err != nil {
			return true, &handlerError{err}
		}
	}
}

// backoff is the wait before attempt n (1-based): exponential from first,
// capped at longest, with jitter so that displays cut off together do not
// come back together. randN returns a number in [0, n).
func backoff(first, longest time.Duration, n int, randN func(int64) int64) time.Duration {
	d := first
	for i := 1; i < n && d < longest; i++ {
		d *= 2
	}
	d = min(d, longest)
	half := d / 2
	return half + time.Duration(randN(int64(d-half)+1))
}
