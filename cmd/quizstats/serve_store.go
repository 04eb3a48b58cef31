package main

import (
	"log/slog"
	"path/filepath"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/metrics"
	"github.com/quizstats/quizstats/internal/ratelimit"
	"github.com/quizstats/quizstats/internal/server"
	"github.com/quizstats/quizstats/internal/store"
)

// appStore is everything serve keeps, whichever store keeps it.
type appStore interface {
	analyze.Store
	server.History
	hub.Log
	Close() error
}

// Each store is what serve uses it as; the compiler checks it here, the one
// place that knows both, rather than at the first run with that store.
var (
	_ appStore       = (*store.Bolt)(nil)
	_ appStore       = (*store.Redis)(nil)
	_ hub.Feed       = (*store.Redis)(nil)
	_ analyze.Locker = (*store.Redis)(nil)

	_ store.ReplicationObserver = (*metrics.Metrics)(nil)
)

// openedStore is the configured store with what comes with it.
type openedStore struct {
	appStore
	// feed shares events with the other replicas: the Redis store's;
	// nil for the embedded one.
	feed    hub.Feed
	check   server.Check
	locker  analyze.Locker
	limiter server.Limiter
}

// openStore opens Redis when one is configured, else the embedded bbolt
// file. It is the one place that knows both exist.
func openStore(cfg *serveConfig, logger *slog.Logger, m *metrics.Metrics) (*openedStore, error) {
	retain := store.Retention{MaxAge: time.Duration(cfg.retain), MaxBytes: int64(cfg.maxStoreSize)}
	if cfg.redisURL == "" {
		b, err := store.OpenBolt(filepath.Join(cfg.dataDir, "quizstats.db"), store.BoltOptions{Logger: logger, Retention: retain})
		if err != nil {
			return nil, err
		}
		m.StoreReachable(true)
		return &openedStore{
			appStore: b,
			check:    server.Check{Name: "store", Fn: b.Ping},
			limiter:  ratelimit.NewMemory(cfg.limits),
		}, nil
	}
	r, err := store.OpenRedis(cfg.redisURL, store.RedisOptions{
		Prefix: cfg.redisPrefix, Logger: logger, OnChange: m.StoreReachable, Observer: m,
		Password: cfg.redisPassword, ReplicaWait: cfg.redisReplicaWait, FailoverWait: cfg.redisFailoverWait,
		Retention: retain,
	})
	if err != nil {
		return nil, err
	}
	m.StoreReachable(r.Up())
	return &openedStore{
		appStore: r,
		feed:     r,
		check:    server.Check{Name: "redis", Fn: r.Ping, Degrades: true},
		locker:   r,
		limiter:  ratelimit.NewRedis(r.Client(), cfg.redisPrefix, cfg.limits, r.Up),
	}, nil
}
