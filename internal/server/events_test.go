package server

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
)

// A display connected when the server closes its event streams is told
// to go; one connecting afterwards is refused. (Counting a stream and
// CloseEvents' wait were once unordered, which sync.WaitGroup forbids; the
// race detector saw it in the end-to-end tests, where displays reconnect
// while serve stops.)
func TestCloseEventsWithADisplayConnected(t *testing.T) {
	s, h, url := eventServer(t, 0)

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

// A display that stops reading leaves the server's write to it blocked on
// full socket buffers. Closing the event streams must end that write, not
// wait for a reader that never comes.
func TestCloseEventsEndsAWriteBlockedOnADisplay(t *testing.T) {
	// A queue long enough that the display is not dropped as too slow:
	// its stream is left writing into a connection nobody reads.
	s, h, url := eventServer(t, 1024)
	c, _, err := websocket.Dial(context.Background(), url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.CloseNow() // and never read
	for h.Followers() == 0 {
		runtime.Gosched()
	}
	// 32 MiB of events: more than any loopback socket buffers hold.
	text := strings.Repeat("x", 256<<10)
	for i := range 128 {
		e := quiz.Event{Type: quiz.EventAnswer, ID: "blocked", At: time.Now(), Answer: &quiz.Answer{Question: i, Text: text}}
		if err := h.Publish(context.Background(), e); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s.CloseEvents(ctx)
	if ctx.Err() != nil {
		t.Fatal("CloseEvents was still waiting for the stream of a display that does not read")
	}
}

// eventServer is a server with only its event stream wired, over a hub
// with the given queue length on a bolt store; it returns the stream's
// WebSocket URL.
func eventServer(t *testing.T, queue int) (*Server, *hub.Hub, string) {
	st, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := hub.New(st, queue, nil)
	s := New(Config{Events: h})
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, h, "ws" + strings.TrimPrefix(ts.URL, "http") + "/api/v1/events"
}
