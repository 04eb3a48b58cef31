package server

import (
	"context"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// A process that runs out of file descriptors cannot accept the
// connection of a health check any more than another: slow clients that
// hold every descriptor make /health time out, and the orchestrator kills
// a server that was only busy. LimitConnections keeps the last descriptors
// for the probes: past the first max-reserve connections, a connection
// may only ask for /health or /ready, and must do so quickly; past max,
// connections are closed as they come.

// reserveHeaderTimeout is how long a connection in the reserve has to send
// its request: a probe does at once, and a slow client must not keep the
// reserve.
const reserveHeaderTimeout = 2 * time.Second

// LimitConnections wraps ln so that at most max connections are open at
// once, the last reserve of them kept for /health and /ready. The
// http.Server serving it must use ConnContext.
func LimitConnections(ln net.Listener, max, reserve int) net.Listener {
	return &limitListener{Listener: ln, max: int64(max), reserve: int64(reserve)}
}

type limitListener struct {
	net.Listener
	max, reserve int64
	open         atomic.Int64
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		n := l.open.Add(1)
		if n > l.max {
			// Closed at once: held in the backlog it would only time out.
			l.open.Add(-1)
			c.Close()
			continue
		}
		lc := &limitedConn{Conn: c, l: l}
		if n > l.max-l.reserve {
			lc.reserved = true
			lc.deadline = time.Now().Add(reserveHeaderTimeout)
			c.SetReadDeadline(lc.deadline)
		}
		return lc, nil
	}
}

type limitedConn struct {
	net.Conn
	l        *limitListener
	reserved bool
	deadline time.Time
	once     sync.Once
}

func (c *limitedConn) Close() error {
	c.once.Do(func() { c.l.open.Add(-1) })
	return c.Conn.Close()
}

// SetReadDeadline keeps a reserved connection's deadline: the http.Server
// sets its own before each request, which would give a slow client the
// full ReadHeaderTimeout.
func (c *limitedConn) SetReadDeadline(t time.Time) error {
	if c.reserved && (t.IsZero() || t.After(c.deadline)) {
		t = c.deadline
	}
	return c.Conn.SetReadDeadline(t)
}

func (c *limitedConn) SetDeadline(t time.Time) error {
	if err := c.Conn.SetWriteDeadline(t); err != nil {
		return err
	}
	return c.SetReadDeadline(t)
}

type reservedKey struct{}

// ConnContext marks the requests of a connection from the reserve of
// LimitConnections; set it as the http.Server's ConnContext.
func ConnContext(ctx context.Context, c net.Conn) context.Context {
	if lc, ok := c.(*limitedConn); ok && lc.reserved {
		return context.WithValue(ctx, reservedKey{}, true)
	}
	return ctx
}

// reserveOnly answers only /health and /ready on a connection from the
// reserve; anything else is told the server is at its connection limit.
func (s *Server) reserveOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if reserved, _ := r.Context().Value(reservedKey{}).(bool); reserved && r.URL.Path != "/health" && r.URL.Path != "/ready" {
			w.Header().Set("Connection", "close")
			w.Header().Set("Retry-After", "1")
			s.error(w, r, &quiz.Error{Code: quiz.ECodeUnavailable, Message: "the server is at its connection limit; try again shortly"})
			return
		}
		next.ServeHTTP(w, r)
	})
}
