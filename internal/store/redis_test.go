package store_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"

	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/redistest"
	"github.com/quizstats/quizstats/internal/store/storetest"
)

// The conformance suite, unchanged, against a real redis-server.
func TestRedisConformance(t *testing.T) {
	srv := redistest.Start(t)
	var n atomic.Int64
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) storetest.Store {
			// A prefix per test: an empty store without restarting Redis.
			prefix := fmt.Sprintf("t%d:", n.Add(1))
			s, err := store.OpenRedis(srv.URL(), store.RedisOptions{Prefix: prefix})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return &prefixed{Redis: s, prefix: prefix}
		},
		Reopen: func(t *testing.T, s storetest.Store) storetest.Store {
			p := s.(*prefixed)
			p.Close()
			srv.Restart() // a real restart: what survives is what AOF kept
			n, err := store.OpenRedis(srv.URL(), store.RedisOptions{Prefix: p.prefix})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { n.Close() })
			return &prefixed{Redis: n, prefix: p.prefix}
		},
	})
}

type prefixed struct {
	*store.Redis
	prefix string
}

// With --retain every analysis gets a TTL from its creation time, so Redis
// expires history by itself even when no replica sweeps.
func TestRedisRetentionSetsTTL(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	s, err := store.OpenRedis(srv.URL(), store.RedisOptions{Prefix: "ttl:", Retention: store.Retention{MaxAge: 30 * 24 * time.Hour}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	created := time.Now().Add(-10 * 24 * time.Hour)
	a := storetest.Analysis(quiz.NewID(created), created)
	if err := s.SaveAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	ttl, err := s.Client().TTL(ctx, "ttl:analysis:"+a.ID).Result()
	if err != nil {
		t.Fatal(err)
	}
	if want := 20 * 24 * time.Hour; ttl > want || ttl < want-time.Minute {
		t.Errorf("TTL of an analysis 10 days old under a 30-day retention: %v, want about %v", ttl, want)
	}
}
