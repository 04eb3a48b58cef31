package store_test

import (
	"fmt"
	"sync/atomic"
	"testing"

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
