package server

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/quiz"
)

var (
	errShuttingDown = errors.New("server shutting down")
	errNoPong       = errors.New("no pong")
)

// handleEvents streams events to a display over a WebSocket. With
// ?since=SEQ (the last seq the display saw) it first replays what the
// display missed.
func (s *Server) handleEvents() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var after *uint64
		if v := r.URL.Query().Get("since"); v != "" {
			n, err := strconv.ParseUint(v, 10, 64)
			if err != nil {
				s.error(w, r, quiz.Invalid("since", "must be the seq of the last event seen (a whole number), got %q", v))
				return
			}
			after = &n
		}
		if !s.startStream() {
			s.error(w, r, quiz.Errorf(quiz.ECodeUnavailable, "the server is shutting down"))
			return
		}
		defer s.streams.Done()
		// The default origin check stays on: a page on another site must
		// not read the stream with the user's cookies or network position.
		c, err := websocket.Accept(w, r, nil)
		if err != nil {
			return // Accept has answered the client
		}

		// CloseRead answers the display's pings and notices its close.
		ctx, cancel := context.WithCancelCause(c.CloseRead(r.Context()))
		defer cancel(nil)
		go func() {
			select {
			case <-s.closing:
				cancel(errShuttingDown)
			case <-ctx.Done():
			}
		}()
		go s.ping(ctx, c, cancel)

		err = s.cfg.Events.Follow(ctx, after, func(ctx context.Context, e quiz.EncodedEvent) error {
			wctx, wcancel := context.WithTimeout(ctx, s.cfg.WriteTimeout)
			defer wcancel()
			return c.Write(wctx, websocket.MessageText, e.JSON)
		})
		cause := context.Cause(ctx)
		switch {
		case errors.Is(err, hub.ErrTooSlow):
			c.Close(websocket.StatusPolicyViolation, "too slow: the display fell behind; reconnect with ?since=<last seq>")
		case errors.Is(cause, errShuttingDown):
			c.Close(websocket.StatusGoingAway, "server shutting down; reconnect with ?since=<last seq>")
		case errors.Is(cause, errNoPong):
			s.cfg.Observer.FollowerDropped("no_pong")
			c.CloseNow()
		case errors.Is(err, context.DeadlineExceeded):
			// A write that did not finish in time: the display stopped reading.
			s.cfg.Observer.FollowerDropped("write_timeout")
			c.CloseNow()
		case ctx.Err() != nil:
			c.CloseNow() // the display left
		default:
			s.logFor(r).Warn("event stream ended", "err", err)
			c.Close(websocket.StatusInternalError, "event stream failed")
		}
	})
}

// startStream counts a new event stream, unless the server is closing.
// The check and the count are one step under streamMu, so CloseEvents'
// Wait never races an Add (which sync.WaitGroup forbids), and no stream
// starts after the displays were told to go.
func (s *Server) startStream() bool {
	s.streamMu.Lock()
	defer s.streamMu.Unlock()
	select {
	case <-s.closing:
		return false
	default:
		s.streams.Add(1)
		return true
	}
}

// ping pings the display every PingEvery; one that does not answer within
// that time is gone, and its stream is ended.
func (s *Server) ping(ctx context.Context, c *websocket.Conn, cancel context.CancelCauseFunc) {
	t := time.NewTicker(s.cfg.PingEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			pctx, pcancel := context.WithTimeout(ctx, s.cfg.PingEvery)
			err := c.Ping(pctx)
			pcancel()
			if err != nil {
				if ctx.Err() == nil {
					cancel(errNoPong)
				}
				return
			}
		}
	}
}
