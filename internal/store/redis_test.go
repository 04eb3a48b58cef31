package store_test

import (
	"context"
	"fmt"
	"strings"
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

// At maxmemory with noeviction (the shipped policy) writes fail, but
// deletions go through, so retention or a deletion by hand makes room and
// writes resume.
func TestRedisDeletesAtMaxmemory(t *testing.T) {
	ctx := context.Background()
	srv := redistest.Start(t)
	for _, kv := range [][2]string{{"maxmemory-policy", "noeviction"}, {"maxmemory", "4mb"}} {
		if out, err := srv.CLI("CONFIG", "SET", kv[0], kv[1]); err != nil {
			t.Fatalf("CONFIG SET %s: %v %s", kv[0], err, out)
		}
	}
	s, err := store.OpenRedis(srv.URL(), store.RedisOptions{Prefix: "oom:"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now().Add(-time.Hour)
	saved := 0
	for ; saved < 1000; saved++ {
		a := storetest.Analysis(quiz.NewID(start.Add(time.Duration(saved)*time.Millisecond)), start)
		a.Answers[0].Explanation = strings.Repeat("e", 50<<10)
		if err := s.SaveAnalysis(ctx, a); err != nil {
			// The transaction is refused as a whole (EXECABORT) for
			// its command that Redis refused (OOM).
			if !strings.Contains(err.Error(), "OOM") && !strings.Contains(err.Error(), "EXECABORT") {
				t.Fatalf("save %d: %v, want Redis' refusal at maxmemory", saved, err)
			}
			break
		}
	}
	if saved == 0 || saved == 1000 {
		t.Fatalf("saved %d analyses before Redis refused; want it to fill", saved)
	}
	n, err := s.DeleteAnalysesBefore(ctx, start.Add(time.Duration(saved/2)*time.Millisecond), 1000)
	if err != nil || n != saved/2 {
		t.Fatalf("deleting at maxmemory: %d, %v; want %d deleted", n, err, saved/2)
	}
	a := storetest.Analysis(quiz.NewID(time.Now()), time.Now())
	if err := s.SaveAnalysis(ctx, a); err != nil {
		t.Errorf("a write after the deletion made room: %v", err)
	}
}
