package server

import (
	"bufio"
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"sync"
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
		// Subscribed before the handshake completes: a display that posts
		// a quiz the moment it is connected sees every event of it.
		sub, err := s.cfg.Events.Subscribe(r.Context(), after)
		if err != nil {
			s.streams.Done()
			s.error(w, r, err)
			return
		}
		// The default origin check stays on: a page on another site must
		// not read the stream with the user's cookies or network position.
		c, err := websocket.Accept(leanBuffers{w}, r, nil)
		if err != nil {
			sub.Close()
			s.streams.Done()
			return // Accept has answered the client
		}
		// The stream goes on in a goroutine of its own, and the handler
		// returns: the HTTP server's goroutine has a deep stack, and an
		// idle display should cost as little as possible (there may be
		// thousands). The request's values (its ID) go along; its
		// cancellation, which comes when the handler returns, does not.
		go func() {
			defer s.streams.Done()
			defer sub.Close()
			s.stream(context.WithoutCancel(r.Context()), c, sub, s.logFor(r))
		}()
	})
}

// startStream counts a new event stream, unless the server is closing.
// The check and the count are one step under streamMu, so CloseEvents'
// Wait never races an Add (which sync.WaitGroup forbids), and no stream
// starts after the displays were told to go.
func (s *Server) startStream() bool {
	s.streamMu.Lock()
	defer s.streamMu.Unlock()
	if s.closing.Err() != nil {
		return false
	}
	s.streams.Add(1)
	return true
}

// leanBuffers hands the WebSocket library smaller buffers than net/http's
// (4 KiB each way) when it takes the connection over. A display only reads
// pongs and a close, and most events fit in 2 KiB; larger ones are written
// through. With thousands of displays open for hours, the buffers would
// otherwise be a third of the memory.
type leanBuffers struct{ http.ResponseWriter }

func (l leanBuffers) Unwrap() http.ResponseWriter { return l.ResponseWriter }

func (l leanBuffers) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, brw, err := http.NewResponseController(l.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	r := brw.Reader
	if r.Buffered() == 0 { // else keep what the client already sent
		r = bufio.NewReaderSize(conn, 512)
	}
	return conn, bufio.NewReadWriter(r, bufio.NewWriterSize(conn, 2048)), nil
}

// stream sends events to one display until it leaves, falls behind, stops
// answering pings, or the server shuts down.
func (s *Server) stream(ctx context.Context, c *websocket.Conn, sub *hub.Subscription, logger *slog.Logger) {
	// CloseRead answers the display's pings and notices its close. An idle
	// display then costs this goroutine and CloseRead's, no more: shutdown
	// and pings are callbacks, not goroutines of their own.
	ctx, cancel := context.WithCancelCause(c.CloseRead(ctx))
	defer cancel(nil)
	stopOnClose := context.AfterFunc(s.closing, func() { cancel(errShuttingDown) })
	defer stopOnClose()
	ka := &keepAlive{c: c, ctx: ctx, cancel: cancel, every: s.cfg.PingEvery}
	ka.arm()
	defer ka.stop()

	// No deadline per write: a timer per event per display is most of the
	// cost of a fan-out to thousands. A display that stops reading is
	// caught anyway: its queue fills (ErrTooSlow), or, with no events
	// flowing, its pings go unanswered; both cancel ctx, which ends a
	// blocked write.
	w := &frameWriter{c: c}
	defer w.unwatch()
	err := sub.Run(ctx, w.send)
	cause := context.Cause(ctx)
	switch {
	case errors.Is(err, hub.ErrTooSlow):
		c.Close(websocket.StatusPolicyViolation, "too slow: the display fell behind; reconnect with ?since=<last seq>")
	case errors.Is(cause, errShuttingDown):
		c.Close(websocket.StatusGoingAway, "server shutting down; reconnect with ?since=<last seq>")
	case errors.Is(cause, errNoPong):
		s.cfg.Observer.FollowerDropped("no_pong")
		c.CloseNow()
	case ctx.Err() != nil:
		c.CloseNow() // the display left
	default:
		logger.Warn("event stream ended", "err", err)
		c.Close(websocket.StatusInternalError, "event stream failed")
	}
}

// keepAlive pings a display every interval from a timer callback; one that
// does not answer within the interval is gone, and its stream is ended.
type keepAlive struct {
	c      *websocket.Conn
	ctx    context.Context
	cancel context.CancelCauseFunc
	every  time.Duration

	mu      sync.Mutex
	t       *time.Timer
	stopped bool
}

func (k *keepAlive) arm() {
	k.mu.Lock()
	defer k.mu.Unlock()
	if !k.stopped {
		k.t = time.AfterFunc(k.every, k.ping)
	}
}

func (k *keepAlive) ping() {
	ctx, cancel := context.WithTimeout(k.ctx, k.every)
	err := k.c.Ping(ctx)
	cancel()
	if err != nil {
		if k.ctx.Err() == nil {
			k.cancel(errNoPong)
		}
		return
	}
	k.arm()
}

func (k *keepAlive) stop() {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.stopped = true
	if k.t != nil {
		k.t.Stop()
	}
}

// frameWriter writes a display's events. The WebSocket library, given a
// context that can end, arms a callback on it for every write, to close
// the connection if the write is still blocked when the context ends: with
// thousands of displays that is as many callbacks set and cleared per
// event. frameWriter watches the stream's context once instead, and writes
// with none.
type frameWriter struct {
	c *websocket.Conn
	// mu is held while a frame is written: abort closes the connection
	// only when a write is blocked on it; otherwise the stream ends at its
	// next step and can still say goodbye with a close frame.
	mu       sync.Mutex
	watching context.Context
	stop     func() bool
}

func (w *frameWriter) send(ctx context.Context, e quiz.EncodedEvent) error {
	if ctx != w.watching { // the same context for every event of a stream
		w.unwatch()
		w.watching, w.stop = ctx, context.AfterFunc(ctx, w.abort)
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	// Checked under mu: once ctx has ended, either abort saw this write in
	// flight and closed the connection, or this write does not start.
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return w.c.Write(context.Background(), websocket.MessageText, e.JSON)
}

// abortGrace is how long a write in flight when the stream's context ends
// may take to finish before it counts as blocked: one merely under way
// (a busy machine, a large event) then ends, and the display still gets
// its close frame (going away, at shutdown) instead of a cut connection.
const abortGrace = time.Second

// abort ends a write that is blocked when the stream's context ends.
func (w *frameWriter) abort() {
	if w.mu.TryLock() {
		w.mu.Unlock() // no write in flight, and none will start
		return
	}
	done := make(chan struct{})
	go func() {
		w.mu.Lock() // the write in flight has ended
		w.mu.Unlock()
		close(done)
	}()
	t := time.NewTimer(abortGrace)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
		w.c.CloseNow() // blocked: cut it; the write returns, done follows
	}
}

func (w *frameWriter) unwatch() {
	if w.stop != nil {
		w.stop()
	}
}
