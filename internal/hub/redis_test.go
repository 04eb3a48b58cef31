package hub_test

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/redistest"
)

// replica is one process's hub over the shared Redis.
func replica(t *testing.T, ctx context.Context, url string) *hub.Hub {
	t.Helper()
	st, err := store.OpenRedis(url, store.RedisOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	h := hub.New(st, 4096, nil, hub.WithFeed(st))
	go h.Run(ctx)
	return h
}

// Displays on two replicas see the events published on both, in one
// order, with one sequence.
func TestReplicasShareOneOrder(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := redistest.Start(t)
	a, b := replica(t, ctx, srv.URL()), replica(t, ctx, srv.URL())
	onA := follow(ctx, a, nil, 0)
	onB := follow(ctx, b, nil, 0)
	waitFollowers(t, a, ctx, 1)
	waitFollowers(t, b, ctx, 1)
	onA.waitFor(t, 2) // the two markers
	onB.waitFor(t, 2)

	var wg sync.WaitGroup
	for i, h := range []*hub.Hub{a, b} {
		wg.Go(func() {
			for j := range 50 {
				if err := h.Publish(ctx, answer("x", i*100+j)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	seqA := onA.waitFor(t, 102)
	seqB := onB.waitFor(t, 102)
	checkContiguous(t, seqA, seqA[0])
	if !slices.Equal(seqA, seqB) {
		t.Errorf("replicas delivered different sequences:\nA %v\nB %v", seqA, seqB)
	}
	onA.mu.Lock()
	onB.mu.Lock()
	if !slices.Equal(onA.qs, onB.qs) {
		t.Errorf("replicas delivered events in different orders")
	}
	onA.mu.Unlock()
	onB.mu.Unlock()

	// A display that reconnects to the other replica resumes exactly.
	since := seqA[40]
	resumed := follow(ctx, b, &since, 0)
	got := resumed.waitFor(t, len(seqA)-41)
	checkContiguous(t, got, since+1)
}

// With Redis down, a replica's own displays still get its events; when
// Redis is back, events flow between replicas again, and numbers never go
// back.
func TestReplicaSurvivesRedisOutage(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := redistest.Start(t)
	a, b := replica(t, ctx, srv.URL()), replica(t, ctx, srv.URL())
	onA := follow(ctx, a, nil, 0)
	waitFollowers(t, a, ctx, 1)
	onA.waitFor(t, 1)

	srv.Kill()
	// The first publish may find out the hard way; then the store knows.
	for i := range 5 {
		if err := a.Publish(ctx, answer("down", i)); err != nil {
			t.Fatalf("publish with Redis down: %v", err)
		}
	}
	during := onA.waitFor(t, 6)
	checkContiguous(t, during, during[0])

	srv.Restart()
	deadline := time.Now().Add(15 * time.Second)
	for {
		// Published on B, seen on A: the fan-out is back.
		b.Publish(ctx, answer("up", 99))
		time.Sleep(200 * time.Millisecond)
		onA.mu.Lock()
		back := slices.Contains(onA.qs, 99)
		onA.mu.Unlock()
		if back {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("events from the other replica never came back after Redis returned")
		}
	}
	all := onA.waitFor(t, 7)
	for i := 1; i < len(all); i++ {
		if all[i] <= all[i-1] {
			t.Fatalf("seq went back: %v", all)
		}
	}
}

// loggedLog wraps a store as middleware would (counting, tracing): it has
// the methods of a log and none of a feed's.
type loggedLog struct{ hub.Log }

// The sharing is set, not found on the store: a hub over a wrapper of the
// Redis store, given the store as its feed, still sees the other replica's
// events.
func TestFeedIsAnOptionNotTheStoresType(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := redistest.Start(t)
	st, err := store.OpenRedis(srv.URL(), store.RedisOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	wrapped := hub.New(loggedLog{st}, 4096, nil, hub.WithFeed(st))
	go wrapped.Run(ctx)
	other := replica(t, ctx, srv.URL())

	seen := follow(ctx, wrapped, nil, 0)
	waitFollowers(t, wrapped, ctx, 1)
	if err := other.Publish(ctx, answer("x", 7)); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		seen.mu.Lock()
		got := slices.Contains(seen.qs, 7)
		seen.mu.Unlock()
		if got {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal("the other replica's event did not reach the hub over the wrapped store")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
