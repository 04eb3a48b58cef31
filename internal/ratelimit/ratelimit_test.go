package ratelimit

import (
	"context"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"github.com/quizstats/quizstats/internal/store/redistest"
)

func TestMemoryBucket(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m := NewMemory(Limits{"analyze": {Rate: 1, Burst: 3}, "api": {Rate: 5, Burst: 10}})
	m.now = func() time.Time { return now }
	for i := range 3 {
		if ok, _ := m.Allow(ctx, "analyze", "1.2.3.4"); !ok {
			t.Fatalf("request %d of the burst refused", i+1)
		}
	}
	ok, wait := m.Allow(ctx, "analyze", "1.2.3.4")
	if ok || wait <= 0 || wait > time.Second {
		t.Fatalf("after the burst: allowed=%v wait=%v; want refused, about 1s", ok, wait)
	}
	if ok, _ := m.Allow(ctx, "analyze", "5.6.7.8"); !ok {
		t.Error("another client shares the first one's bucket")
	}
	if ok, _ := m.Allow(ctx, "api", "1.2.3.4"); !ok {
		t.Error("the api class shares the analyze bucket")
	}
	if ok, _ := m.Allow(ctx, "events", "1.2.3.4"); !ok {
		t.Error("a class without a limit was limited")
	}
	now = now.Add(time.Second)
	if ok, _ := m.Allow(ctx, "analyze", "1.2.3.4"); !ok {
		t.Error("a second later the bucket has not refilled")
	}
	now = now.Add(10 * time.Minute)
	m.Allow(ctx, "api", "9.9.9.9") // sweeps
	if len(m.buckets) != 1 {
		t.Errorf("%d buckets after 10 idle minutes, want only the new one", len(m.buckets))
	}
}

func TestRetryAfterSeconds(t *testing.T) {
	for d, want := range map[time.Duration]int{0: 1, 200 * time.Millisecond: 1, time.Second: 1, 1500 * time.Millisecond: 2} {
		if got := RetryAfterSeconds(d); got != want {
			t.Errorf("RetryAfterSeconds(%v) = %d, want %d", d, got, want)
		}
	}
}

// Two replicas share one bucket through Redis.
func TestRedisSharedBucket(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	opts, _ := redis.ParseURL(srv.URL())
	up := func() bool { return true }
	limits := Limits{"analyze": {Rate: 1, Burst: 3}}
	rdbA, rdbB := redis.NewClient(opts), redis.NewClient(opts)
	defer rdbA.Close()
	defer rdbB.Close()
	a := NewRedis(rdbA, "t:", limits, up)
	b := NewRedis(rdbB, "t:", limits, up)
	allowed := 0
	for i := range 6 {
		lim := a
		if i%2 == 1 {
			lim = b
		}
		if ok, _ := lim.Allow(ctx, "analyze", "client"); ok {
			allowed++
		}
	}
	if allowed != 3 {
		t.Errorf("6 requests over two replicas: %d allowed, want the burst of 3", allowed)
	}
	ok, wait := b.Allow(ctx, "analyze", "client")
	if ok || wait <= 0 || wait > time.Second {
		t.Errorf("refused with wait %v (allowed %v), want about a second", wait, ok)
	}

	// With Redis down, each replica limits on its own.
	down := NewRedis(rdbA, "t:", limits, func() bool { return false })
	for i := range 3 {
		if ok, _ := down.Allow(ctx, "analyze", "client"); !ok {
			t.Fatalf("fallback refused request %d of its own burst", i+1)
		}
	}
	if ok, _ := down.Allow(ctx, "analyze", "client"); ok {
		t.Error("the fallback does not limit")
	}
}
