package hub_test

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
)

func newHub(t *testing.T, queue int) (*hub.Hub, *store.Bolt) {
	t.Helper()
	s, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return hub.New(s, queue, nil), s
}

func answer(id string, q int) quiz.Event {
	return quiz.Event{Type: quiz.EventAnswer, ID: id, At: time.Now(), Answer: &quiz.Answer{Question: q, Choices: []int{0}}}
}

// collector follows the hub and records what it receives.
type collector struct {
	mu   sync.Mutex
	seqs []uint64
	qs   []int
	err  error
	done chan struct{}
}

func follow(ctx context.Context, h *hub.Hub, after *uint64, delay time.Duration) *collector {
	c := &collector{done: make(chan struct{})}
	go func() {
		defer close(c.done)
		c.err = h.Follow(ctx, after, func(_ context.Context, e quiz.EncodedEvent) error {
			var ev quiz.Event
			if err := json.Unmarshal(e.JSON, &ev); err != nil {
				return err
			}
			if ev.Seq != e.Seq {
				return errors.New("seq in JSON differs")
			}
			c.mu.Lock()
			c.seqs = append(c.seqs, e.Seq)
			if ev.Answer != nil {
				c.qs = append(c.qs, ev.Answer.Question)
			}
			c.mu.Unlock()
			time.Sleep(delay)
			return nil
		})
	}()
	return c
}

func (c *collector) waitFor(t *testing.T, n int) []uint64 {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		c.mu.Lock()
		got := append([]uint64(nil), c.seqs...)
		c.mu.Unlock()
		if len(got) >= n {
			return got
		}
		select {
		case <-c.done:
			t.Fatalf("follow ended after %d of %d events: %v", len(got), n, c.err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("got %d of %d events", len(got), n)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func checkContiguous(t *testing.T, seqs []uint64, first uint64) {
	t.Helper()
	for i, s := range seqs {
		if s != first+uint64(i) {
			t.Fatalf("event %d has seq %d, want %d (gap, duplicate or reorder): %v", i, s, first+uint64(i), seqs)
		}
	}
}

// Concurrent publishers; every follower sees every event once, in order.
func TestPublishOrdered(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, _ := newHub(t, 4096) // room for the burst: this tests order, not dropping
	c1 := follow(ctx, h, nil, 0)
	c2 := follow(ctx, h, nil, 0)
	waitFollowers(t, h, ctx, 2)
	var wg sync.WaitGroup
	for p := range 4 {
		wg.Go(func() {
			for i := range 50 {
				if err := h.Publish(ctx, answer("a", p*100+i)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	for _, c := range []*collector{c1, c2} {
		seqs := c.waitFor(t, 200+1)
		checkContiguous(t, seqs[1:], seqs[1])
	}
}

// waitFollowers waits until n followers are subscribed, then publishes a
// marker event, so tests do not race the subscription.
func waitFollowers(t *testing.T, h *hub.Hub, ctx context.Context, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for h.Followers() < n {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d followers subscribed", h.Followers(), n)
		}
		time.Sleep(time.Millisecond)
	}
	if err := h.Publish(ctx, answer("marker", -1)); err != nil {
		t.Fatal(err)
	}
}

// A follower that reconnects with the last seq it saw gets exactly what it
// missed, then live events, while publishing goes on.
func TestFollowReplayNoGapNoDuplicate(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, _ := newHub(t, 4096) // room for the whole burst: this tests replay, not dropping
	for i := range 30 {
		if err := h.Publish(ctx, answer("a", i)); err != nil {
			t.Fatal(err)
		}
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 30; i < 300; i++ {
			select {
			case <-stop:
				return
			default:
			}
			h.Publish(ctx, answer("a", i))
		}
	})
	since := uint64(10)
	c := follow(ctx, h, &since, 0)
	seqs := c.waitFor(t, 150)
	close(stop)
	wg.Wait()
	checkContiguous(t, seqs, 11)

	// since=0 replays everything.
	zero := uint64(0)
	all := follow(ctx, h, &zero, 0).waitFor(t, 30)
	checkContiguous(t, all, 1)
}

// A follower that cannot keep up is dropped with ErrTooSlow; the one that
// keeps up gets everything, and publishing never waits for either.
func TestSlowFollowerDropped(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, _ := newHub(t, 8)
	stuck := make(chan struct{})
	defer close(stuck)
	slow := &collector{done: make(chan struct{})}
	go func() {
		defer close(slow.done)
		slow.err = h.Follow(ctx, nil, func(ctx context.Context, _ quiz.EncodedEvent) error {
			select { // a display that stopped reading
			case <-stuck:
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	fast := follow(ctx, h, nil, 0)
	waitFollowers(t, h, ctx, 2)
	fast.waitFor(t, 1)
	for batch := range 25 {
		for i := range 4 {
			if err := h.Publish(ctx, answer("a", batch*4+i)); err != nil {
				t.Fatal(err)
			}
		}
		// The fast follower drains each batch; the queue of 8 never fills.
		fast.waitFor(t, 1+(batch+1)*4)
	}
	select {
	case <-slow.done:
		if !errors.Is(slow.err, hub.ErrTooSlow) {
			t.Errorf("slow follower ended with %v, want ErrTooSlow", slow.err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("slow follower was not dropped")
	}
	seqs := fast.waitFor(t, 101)
	checkContiguous(t, seqs, seqs[0])
	if h.Followers() != 1 {
		t.Errorf("followers = %d, want the fast one only", h.Followers())
	}
}

// A display that followed an older, larger history gets live events again.
func TestFollowFromTheFuture(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h, _ := newHub(t, 0)
	h.Publish(ctx, answer("a", 0))
	since := uint64(1 << 40)
	c := follow(ctx, h, &since, 0)
	for h.Followers() < 1 {
		time.Sleep(time.Millisecond)
	}
	h.Publish(ctx, answer("a", 1))
	if seqs := c.waitFor(t, 1); seqs[0] > 1<<40 {
		t.Errorf("got seq %d", seqs[0])
	}
}

// A display that connects while an analysis runs (no since) is first given
// that analysis' events from its analysis.started; once it has ended, a
// new display gets live events only.
func TestFollowJoiningMidAnalysisReplaysItFromItsStart(t *testing.T) {
	h, _ := newHub(t, 64)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	const id = "01j00000000000000000000001"
	earlier := quiz.Event{Type: quiz.EventCompleted, ID: "01j00000000000000000000000", At: time.Now(), Analysis: json.RawMessage(`{}`)}
	started := quiz.Event{Type: quiz.EventStarted, ID: id, At: time.Now(), Source: &quiz.Source{Title: "Mid"}, Samples: 3, Questions: []quiz.Question{{Text: "q", Options: []string{"a", "b"}}}}
	if err := h.Publish(ctx, earlier, started, answer(id, 0), answer(id, 1)); err != nil {
		t.Fatal(err)
	}
	late := follow(ctx, h, nil, 0)
	waitFor(t, "the replay", func() bool { late.mu.Lock(); defer late.mu.Unlock(); return len(late.seqs) == 3 })
	if err := h.Publish(ctx, answer(id, 2), quiz.Event{Type: quiz.EventCompleted, ID: id, At: time.Now(), Analysis: json.RawMessage(`{}`)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the live events", func() bool { late.mu.Lock(); defer late.mu.Unlock(); return len(late.seqs) == 5 })
	late.mu.Lock()
	if want := []uint64{2, 3, 4, 5, 6}; !slicesEqual(late.seqs, want) || !slicesEqual(late.qs, []int{0, 1, 2}) {
		t.Errorf("late joiner got seqs %v (answers %v), want %v: the running analysis from its start, then live", late.seqs, late.qs, want)
	}
	late.mu.Unlock()

	after := follow(ctx, h, nil, 0)
	waitFor(t, "the second display to subscribe", func() bool { return h.Followers() == 2 })
	if err := h.Publish(ctx, answer("01j00000000000000000000002", 0)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a live event", func() bool { after.mu.Lock(); defer after.mu.Unlock(); return len(after.seqs) > 0 })
	after.mu.Lock()
	defer after.mu.Unlock()
	if !slicesEqual(after.seqs, []uint64{7}) {
		t.Errorf("with nothing running, a new display got %v, want only the live event 7", after.seqs)
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
