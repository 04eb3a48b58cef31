package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/store"
)

// A display connected when the server closes its event streams is told
// to go; one connecting afterwards is refused. (Counting a stream and
// CloseEvents' wait were once unordered, which sync.WaitGroup forbids; the
// race detector saw it in the end-to-end tests, where displays reconnect
// while serve stops.)
func TestCloseEventsWithADisplayConnected(t *testing.T) {
	st, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h := hub.New(st, 0, nil)
	s := New(Config{Events: h})
	ts := httptest.NewServer(s)
	defer ts.Close()
	url := "ws" + strings.TrimPrefix(ts.URL, "http") + "/api/v1/events"

	c, _, err := websocket.Dial(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow()
	for h.Followers() == 0 {
		runtime.Gosched() // until the stream follows the hub
	}
	closed := make(chan error, 1)
	go func() {
		_, _, err := c.Read(context.Background())
		closed <- err
	}()
	s.CloseEvents(context.Background())
	if err := <-closed; websocket.CloseStatus(err) != websocket.StatusGoingAway {
		t.Errorf("the connected display got %v, want a going-away close", err)
	}
	_, resp, err := websocket.Dial(context.Background(), url, nil)
	if err == nil || resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a display connecting after CloseEvents: %v, want 503", err)
	}
}
