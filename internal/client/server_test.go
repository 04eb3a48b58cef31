package client_test

import (
	"context"
	"errors"
	"net"
	"net/http"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/server"
	"github.com/quizstats/quizstats/internal/store"
)

// testServer is quizstats' server built from its real parts (bbolt store,
// hub, analyzer, HTTP server), with two ways to hurt its displays: drop
// cuts every event stream's connection, as a network failure would, and
// restart replaces the store with an empty one, as a new deployment would.
type testServer struct {
	URL  string
	Fake *llmtest.Fake

	t       *testing.T
	token   string
	noModel bool
	handler atomic.Pointer[http.Handler]
	hub     atomic.Pointer[hub.Hub]

	mu      sync.Mutex
	streams map[net.Conn]bool
	close   []func()
}

type serverOption func(*testServer)

func withToken(tok string) serverOption { return func(s *testServer) { s.token = tok } }
func withoutModel() serverOption        { return func(s *testServer) { s.noModel = true } }

type connKey struct{}

func newTestServer(t *testing.T, opts ...serverOption) *testServer {
	t.Helper()
	s := &testServer{t: t, Fake: llmtest.New(t), streams: map[net.Conn]bool{}}
	for _, o := range opts {
		o(s)
	}
	s.Fake.SetCorrect("Which planet is known as the Red Planet?", "Mars")
	s.Fake.SetCorrect("Which of these are gas giants?", "Jupiter", "Saturn")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s.URL = "http://" + ln.Addr().String()
	s.start()
	hs := &http.Server{
		// Event streams are told apart by path, so drop cuts them and
		// leaves the API's requests alone.
		ConnContext: func(ctx context.Context, c net.Conn) context.Context { return context.WithValue(ctx, connKey{}, c) },
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/api/v1/events" {
				c := r.Context().Value(connKey{}).(net.Conn)
				s.mu.Lock()
				s.streams[c] = true
				s.mu.Unlock()
			}
			(*s.handler.Load()).ServeHTTP(w, r)
		}),
	}
	go hs.Serve(ln)
	t.Cleanup(func() {
		hs.Close()
		s.drop()
		s.stop()
	})
	return s
}

// start builds the server's parts on a new, empty store and serves them.
func (s *testServer) start() {
	st, err := store.OpenBolt(filepath.Join(s.t.TempDir(), "quizstats.db"), store.BoltOptions{})
	if err != nil {
		s.t.Fatal(err)
	}
	h := hub.New(st, 0, nil)
	var model analyze.Model
	if !s.noModel {
		model = llm.New(llm.Config{BaseURL: s.Fake.URL(), Model: "fake-model"})
	}
	svc := analyze.New(analyze.Config{Model: model, Store: st, Publisher: h})
	srv := server.New(server.Config{Analyzer: svc, History: st, Events: h, Token: s.token, Checks: []server.Check{
		{Name: "store", Fn: st.Ping},
		{Name: "model", Fn: func(context.Context) error {
			if s.noModel {
				return errors.New(analyze.NoModelMessage)
			}
			return nil
		}},
	}})
	var handler http.Handler = srv
	s.handler.Store(&handler)
	s.hub.Store(h)
	s.mu.Lock()
	s.close = append(s.close, func() {
		srv.CloseEvents(context.Background())
		svc.Close(context.Background())
		st.Close()
	})
	s.mu.Unlock()
}

func (s *testServer) stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := len(s.close) - 1; i >= 0; i-- {
		s.close[i]()
	}
	s.close = nil
}

// waitFollowed waits until the current server feeds an event stream: a
// client is live when its handshake is done, a moment before the server
// subscribes it, and an event published in that moment is not its to see.
func (s *testServer) waitFollowed() {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for s.hub.Load().Followers() == 0 {
		if time.Now().After(deadline) {
			s.t.Fatal("no event stream followed the server within 10s")
		}
		runtime.Gosched()
	}
}

// drop cuts the connection of every event stream.
func (s *testServer) drop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for c := range s.streams {
		c.Close()
	}
	clear(s.streams)
}

// restart serves from a new, empty store: the event log starts over.
func (s *testServer) restart() {
	s.mu.Lock()
	old := s.close
	s.close = nil
	s.mu.Unlock()
	s.start()
	s.drop()
	for i := len(old) - 1; i >= 0; i-- {
		old[i]()
	}
}
