package server

import (
	"context"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"

	"github.com/quizstats/quizstats/internal/quiz"
)

// LoopbackHosts are the Host values a server bound to loopback answers by
// default: a page whose name rebinds to 127.0.0.1 sends its own name, and
// is refused.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// hostAllowed reports whether host (a Host header or an Origin's host, with
// or without a port) names this server.
func (s *Server) hostAllowed(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.Trim(host, "[]"))
	for _, a := range s.cfg.AllowedHosts {
		if strings.EqualFold(a, host) {
			return true
		}
	}
	return false
}

// checkHost refuses requests whose Host is not one of AllowedHosts (when
// set), and event streams whose Origin is not: that is what stops DNS
// rebinding, where a page of another site reaches a server on 127.0.0.1
// under its own name.
func (s *Server) checkHost(next http.Handler) http.Handler {
	if len(s.cfg.AllowedHosts) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !s.hostAllowed(r.Host) {
			s.error(w, r, quiz.Errorf(quiz.ECodeForbidden, "this server does not answer to the name %q; allowed: %s (--allowed-hosts)", truncateHost(r.Host), strings.Join(s.cfg.AllowedHosts, ", ")))
			return
		}
		if origin := r.Header.Get("Origin"); origin != "" && r.URL.Path == "/api/v1/events" {
			u, err := url.Parse(origin)
			if err != nil || !s.hostAllowed(u.Host) {
				s.error(w, r, quiz.Errorf(quiz.ECodeForbidden, "event streams are not served to pages of %q", truncateHost(origin)))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func truncateHost(h string) string {
	if len(h) > 100 {
		return h[:100] + "…"
	}
	return h
}

// authGuard limits failed authentications per client and logs them as one
// line per interval instead of one per attempt: a guesser gets 429s after a
// few tries, and the log stays readable.
type authGuard struct {
	mu       sync.Mutex
	clients  map[string]*rate.Limiter
	failures int
	since    time.Time
	logged   time.Time // when the last line was written
	logger   *slog.Logger
}

const (
	// authFailureRate and authFailureBurst: 10 wrong tokens at once, then
	// one a second.
	authFailureRate  = 1
	authFailureBurst = 10
	authLogEvery     = 30 * time.Second
	authMaxClients   = 10000
)

func newAuthGuard(logger *slog.Logger) *authGuard {
	return &authGuard{clients: map[string]*rate.Limiter{}, logger: logger, since: time.Now()}
}

// blocked reports whether client has used up its failed attempts.
func (g *authGuard) blocked(client string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.clients[client]
	return l != nil && l.Tokens() < 1
}

// failed records a failed attempt by client.
func (g *authGuard) failed(client string, now time.Time) {
	g.mu.Lock()
	defer g.mu.Unlock()
	l := g.clients[client]
	if l == nil {
		if len(g.clients) >= authMaxClients {
			g.clients = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(authFailureRate, authFailureBurst)
		g.clients[client] = l
	}
	l.AllowN(now, 1)
	g.failures++
	if g.logged.IsZero() || now.Sub(g.logged) >= authLogEvery {
		g.logger.Warn("failed authentication", "attempts", g.failures, "clients", len(g.clients), "since", g.since.UTC().Format(time.RFC3339), "last_client", client)
		g.failures, g.since, g.logged = 0, now, now
	}
}

// BodyTimeout is how long a client may take to send a request body.
const BodyTimeout = 10 * time.Second

// maxBodyReads bounds the bodies read at once: each holds a connection and
// up to MaxBody bytes while it arrives.
const maxBodyReads = 256

// bodySlots caps concurrent body reads.
type bodySlots chan struct{}

// acquire takes a slot, waiting at most a second; the error is a 503 with
// Retry-After.
func (b bodySlots) acquire(ctx context.Context) (func(), error) {
	t := time.NewTimer(time.Second)
	defer t.Stop()
	select {
	case b <- struct{}{}:
		return func() { <-b }, nil
	case <-t.C:
	case <-ctx.Done():
	}
	return nil, &quiz.Error{Code: quiz.ECodeUnavailable, Message: "too many requests are sending their bodies at once; try again", RetryAfterSeconds: 1}
}
