package store_test

import (
	"context"
	"fmt"
	"github.com/google/go-cmp/cmp"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/storetest"
)

func TestBoltConformance(t *testing.T) {
	storetest.Run(t, storetest.Harness{
		Open: func(t *testing.T) storetest.Store {
			path := filepath.Join(t.TempDir(), "quizstats.db")
			s, err := store.OpenBolt(path, store.BoltOptions{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		Reopen: func(t *testing.T, s storetest.Store) storetest.Store {
			b := s.(*store.Bolt)
			path := b.Path()
			if err := b.Close(); err != nil {
				t.Fatal(err)
			}
			n, err := store.OpenBolt(path, store.BoltOptions{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { n.Close() })
			return n
		},
	})
}

// The event log keeps only the newest events, in memory and on disk.
func TestBoltEventLogTrimmed(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "quizstats.db")
	s, err := store.OpenBolt(path, store.BoltOptions{EventLogSize: 5})
	if err != nil {
		t.Fatal(err)
	}
	var last []quiz.EncodedEvent
	for i := range 12 {
		last, err = s.AppendEvents(ctx, [][]byte{fmt.Appendf(nil, `{"type":"answer","n":%d}`, i)})
		if err != nil {
			t.Fatal(err)
		}
	}
	check := func(when string) {
		got, err := s.EventsSince(ctx, 0, 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 5 || got[4].Seq != last[0].Seq || got[0].Seq != last[0].Seq-4 {
			t.Errorf("%s: kept seqs %v, want the 5 newest ending at %d", when, seqs(got), last[0].Seq)
		}
	}
	check("in memory")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = store.OpenBolt(path, store.BoltOptions{EventLogSize: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("after reopening")
}

// A second process on the same data directory gets a clear error, not a hang.
func TestBoltLockedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quizstats.db")
	s, err := store.OpenBolt(path, store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = store.OpenBolt(path, store.BoltOptions{})
	if err == nil || !strings.Contains(err.Error(), "another quizstats") {
		t.Fatalf("opening a locked store: %v, want an error naming the cause", err)
	}
}

func TestBoltSweepCache(t *testing.T) {
	ctx := context.Background()
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// The store's own goroutines read the clock too: it moves atomically.
	var later atomic.Bool
	clock := func() time.Time {
		if later.Load() {
			return start.Add(30 * time.Minute)
		}
		return start
	}
	s, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{Now: clock})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a := storetest.Analysis(quiz.NewID(start), start)
	s.CacheAnalysis(ctx, "old", a, time.Minute)
	s.CacheAnalysis(ctx, "new", a, time.Hour)
	later.Store(true)
	n, err := s.SweepCache()
	if err != nil || n != 1 {
		t.Fatalf("SweepCache = %d, %v; want 1 removed", n, err)
	}
	if _, err := s.CachedAnalysis(ctx, "new"); err != nil {
		t.Errorf("the live entry was swept: %v", err)
	}
}

func seqs(evs []quiz.EncodedEvent) []uint64 {
	var out []uint64
	for _, e := range evs {
		out = append(out, e.Seq)
	}
	return out
}

// Sequence numbers jump after a restart; trimming keeps the newest events
// by count all the same.
func TestBoltEventLogAcrossRestarts(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "quizstats.db")
	var all []uint64
	for run := range 3 {
		s, err := store.OpenBolt(path, store.BoltOptions{EventLogSize: 5})
		if err != nil {
			t.Fatal(err)
		}
		for i := range 2 {
			evs, err := s.AppendEvents(ctx, [][]byte{fmt.Appendf(nil, `{"type":"answer","n":%d}`, run*10+i)})
			if err != nil {
				t.Fatal(err)
			}
			all = append(all, evs[0].Seq)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	s, err := store.OpenBolt(path, store.BoltOptions{EventLogSize: 5})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.EventsSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all[1:], seqs(got)); diff != "" {
		t.Errorf("events kept over three runs (-want the newest 5 +got):\n%s", diff)
	}
}
