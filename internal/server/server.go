// Package server is quizstats' HTTP API: analyze, history, stats, the live
// event stream, health, readiness and metrics.
package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/quizstats/quizstats/internal/bufpool"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/quiz"
)

// Analyzer analyzes quizzes and keeps the totals.
type Analyzer interface {
	Analyze(ctx context.Context, req *quiz.Request) (*quiz.Analysis, error)
	Stats(ctx context.Context) (quiz.Stats, error)
}

// History reads past analyses.
type History interface {
	Analysis(ctx context.Context, id string) (*quiz.Analysis, error)
	Analyses(ctx context.Context, before string, limit int) ([]quiz.Summary, error)
}

// Deleter deletes from the history.
type Deleter interface {
	Delete(ctx context.Context, id string) error
	DeleteBefore(ctx context.Context, t time.Time) (int, error)
}

// Events lets displays follow the event stream.
type Events interface {
	Subscribe(ctx context.Context, after *uint64) (*hub.Subscription, error)
}

// Check is one readiness check; Fn returns why the server is not ready.
type Check struct {
	Name string
	Fn   func(ctx context.Context) error
	// Report, used instead of Fn when set, also says what a passing check
	// found ("ok (checked at …)", "unverified").
	Report func(ctx context.Context) (string, error)
	// Degrades marks a dependency the server can answer without (Redis):
	// its failure is reported, but the server stays ready, since taking
	// every replica out of service over a shared dependency would turn a
	// degraded service into none.
	Degrades bool
}

// HTTPObserver hears about every request, for metrics.
type HTTPObserver interface {
	Request(route, method string, code int, seconds float64)
	InFlight(delta int)
	FollowerDropped(reason string)
	RateLimited(class string)
}

// Limiter decides whether a client may make one more request of a class,
// and if not, how long it should wait.
type Limiter interface {
	Allow(ctx context.Context, class, key string) (bool, time.Duration)
}

// Config is everything the server needs.
type Config struct {
	Analyzer Analyzer
	History  History
	// Deleter serves DELETE on the history; nil serves no such route.
	Deleter Deleter
	Events  Events
	Checks  []Check
	// ModelStatus answers GET /api/v1/model: the model checks (fresh: run
	// them now). Nil serves no such route.
	ModelStatus func(ctx context.Context, fresh bool) any
	Logger      *slog.Logger
	Observer    HTTPObserver
	// Gatherer serves /metrics; nil serves none.
	Gatherer prometheus.Gatherer
	// Token, when set, is required on every API and event request.
	Token string
	// Limiter, when set, limits each client's requests per class.
	Limiter Limiter
	// TrustedProxies may say who the client is (X-Real-IP,
	// X-Forwarded-For); everyone else is taken at their address.
	TrustedProxies []netip.Prefix
	// AllowedHosts, when set, are the only Host values answered, and the
	// only origins whose pages may open the event stream (DNS rebinding).
	AllowedHosts []string
	// Web serves the dashboard at /; nil serves a short notice.
	Web http.Handler
	// PingEvery is how often event streams are pinged (30 s when zero).
	PingEvery time.Duration
}

// Server is the HTTP handler of quizstats serve.
type Server struct {
	cfg     Config
	handler http.Handler
	logger  *slog.Logger
	auth    *authGuard
	bodies  bodySlots
	// bufs hold request bodies and responses for reuse, so that a cached
	// analyze grows no new ones.
	bufs *bufpool.Pool

	// closing ends every event stream with a going-away close frame; the
	// http.Server cannot, since it does not track hijacked connections.
	closing    context.Context
	closeStart context.CancelFunc
	streams    sync.WaitGroup
	streamMu   sync.Mutex // orders startStream against CloseEvents
}

// New returns the server.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.Observer == nil {
		cfg.Observer = nopObserver{}
	}
	if cfg.PingEvery <= 0 {
		cfg.PingEvery = 30 * time.Second
	}
	s := &Server{cfg: cfg, logger: cfg.Logger, auth: newAuthGuard(cfg.Logger), bodies: make(bodySlots, maxBodyReads), bufs: bufpool.New(maxPooledBody)}
	s.closing, s.closeStart = context.WithCancel(context.Background())
	s.handler = s.observe(s.reserveOnly(s.checkHost(s.routes())))
	return s
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// CloseEvents ends every event stream with a going-away frame and waits
// (until ctx ends) for them to finish. New streams are refused after.
func (s *Server) CloseEvents(ctx context.Context) {
	s.streamMu.Lock()
	s.closeStart()
	s.streamMu.Unlock()
	done := make(chan struct{})
	go func() {
		s.streams.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-ctx.Done():
	}
}

type nopObserver struct{}

func (nopObserver) Request(string, string, int, float64) {}
func (nopObserver) InFlight(int)                         {}
func (nopObserver) FollowerDropped(string)               {}
func (nopObserver) RateLimited(string)                   {}
