// Package ratelimit limits how often one client may call the API: a token
// bucket per client and class of route, kept in memory on one machine or in
// Redis when replicas must share it. nginx limits too, but is not always in
// front.
package ratelimit

import (
	"context"
	"math"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limit is a bucket's refill rate (per second) and size. A zero Rate
// means no limit.
type Limit struct {
	Rate  float64
	Burst int
}

// Limits are the limits per class of route.
type Limits map[string]Limit

// idleAfter is how long an untouched bucket is kept: by then it is full
// again, and forgetting it changes nothing.
func (l Limit) idleAfter() time.Duration {
	return time.Duration(float64(l.Burst)/l.Rate*float64(time.Second)) + time.Second
}

// Memory keeps buckets in this process.
type Memory struct {
	limits Limits
	now    func() time.Time

	mu      sync.Mutex
	buckets map[string]*bucket
	swept   time.Time
}

type bucket struct {
	lim  *rate.Limiter
	seen time.Time
}

// NewMemory returns an in-memory limiter.
func NewMemory(limits Limits) *Memory {
	return &Memory{limits: limits, now: time.Now, buckets: map[string]*bucket{}}
}

// Allow takes a token from the bucket of key in class. When it refuses, it
// says how long until a token is there.
func (m *Memory) Allow(ctx context.Context, class, key string) (bool, time.Duration) {
	l, ok := m.limits[class]
	if !ok || l.Rate <= 0 {
		return true, 0
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.sweepLocked(now)
	id := class + "\x00" + key
	b := m.buckets[id]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(rate.Limit(l.Rate), l.Burst)}
		m.buckets[id] = b
	}
	b.seen = now
	r := b.lim.ReserveN(now, 1)
	if !r.OK() {
		return false, time.Second
	}
	if d := r.DelayFrom(now); d > 0 {
		r.CancelAt(now)
		return false, d
	}
	return true, 0
}

// sweepLocked forgets idle buckets now and then, so memory stays bounded by
// the clients of the last minutes.
func (m *Memory) sweepLocked(now time.Time) {
	if now.Sub(m.swept) < time.Minute {
		return
	}
	m.swept = now
	var longest time.Duration
	for _, l := range m.limits {
		if l.Rate > 0 {
			longest = max(longest, l.idleAfter())
		}
	}
	for id, b := range m.buckets {
		if now.Sub(b.seen) > longest {
			delete(m.buckets, id)
		}
	}
}

// RetryAfterSeconds rounds a wait up to whole seconds, as Retry-After has it.
func RetryAfterSeconds(d time.Duration) int {
	return max(1, int(math.Ceil(d.Seconds())))
}
