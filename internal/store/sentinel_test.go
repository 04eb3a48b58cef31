package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/redistest"
)

// Behind Sentinels the store follows a failover by itself: writes made
// while the primary is killed wait for the promoted replica instead of
// failing, every write that returned nil is on the new primary, sequence
// numbers keep increasing, and a write no replica confirms says so.
func TestRedisSentinelFailover(t *testing.T) {
	g := redistest.StartGroup(t, 2, 3)
	s, err := store.OpenRedis(g.URL(), store.RedisOptions{ReplicaWait: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	// A failover takes a few seconds; on a machine loaded by the other
	// packages' tests the Sentinels have taken longer than 45 s to agree.
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()

	var (
		mu       sync.Mutex
		saved    []string
		failed   = map[string]int{}
		lastSeq  uint64
		stopLoad = make(chan struct{})
		wg       sync.WaitGroup
	)
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stopLoad:
					return
				default:
				}
				now := time.Now()
				a := &quiz.Analysis{ID: quiz.NewID(now), Status: quiz.StatusCompleted, CreatedAt: now,
					Source: quiz.Source{Title: fmt.Sprintf("w%d-%d", w, i)}}
				err := s.SaveAnalysis(ctx, a)
				events, eerr := s.AppendEvents(ctx, [][]byte{[]byte(`{"type":"stats"}`)})
				mu.Lock()
				if err == nil {
					saved = append(saved, a.ID)
				} else {
					failed[fmt.Sprintf("%.60s", err.Error())]++
				}
				if eerr == nil {
					for _, e := range events {
						lastSeq = max(lastSeq, e.Seq)
					}
				}
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		})
	}
	count := func() int {
		mu.Lock()
		defer mu.Unlock()
		return len(saved)
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			if ctx.Err() != nil {
				t.Fatalf("timed out waiting until %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	waitFor("writes are acknowledged", func() bool { return count() >= 50 })
	old, err := g.Primary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	before := count()
	g.Server(old).Kill()
	killed := time.Now()
	primary := g.WaitForFailover(ctx, old, 1)
	t.Logf("failover done %v after the kill", time.Since(killed))
	waitFor("writes go on after the failover", func() bool { return count() >= before+100 })
	close(stopLoad)
	wg.Wait()

	for _, id := range saved {
		if _, err := s.Analysis(ctx, id); err != nil {
			t.Errorf("analysis %s acknowledged, then %v on the new primary %s", id, err, primary)
		}
	}
	t.Logf("%d writes acknowledged, %v failed, primary %s -> %s", len(saved), failed, old, primary)

	// Every number in the log is given once, increasing, up to the
	// highest any writer was given.
	events, err := s.EventsSince(ctx, 0, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) == 0 || events[len(events)-1].Seq != lastSeq {
		t.Errorf("the log ends before seq %d, the last handed out", lastSeq)
	}
	for i := 1; i < len(events); i++ {
		if events[i].Seq <= events[i-1].Seq {
			t.Fatalf("event log: seq %d after %d", events[i].Seq, events[i-1].Seq)
		}
	}

	// With no replica left, a write says it is not replicated.
	for _, srv := range g.Servers {
		if srv.Addr != primary {
			srv.Kill()
		}
	}
	now := time.Now()
	err = nil
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); {
		err = s.SaveAnalysis(ctx, &quiz.Analysis{ID: quiz.NewID(now), CreatedAt: now})
		if errors.Is(err, quiz.ErrNotReplicated) {
			break
		}
	}
	if !errors.Is(err, quiz.ErrNotReplicated) {
		t.Errorf("save with no replica = %v, want ErrNotReplicated", err)
	}
}

// A bad REDIS_URL stops the server with an error that names it, and never
// shows a password.
func TestOpenRedisBadURL(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"redis://:s3cret@sentinel1:26379/0?master_name=", "master_name is empty"},
		{"redis://:s3cret@sentinel1:26379/x?master_name=mymaster", "invalid database number"},
		{"redis://:s3cret@sentinel1:26379/0?master_name=mymaster&addr=nope", "addr param"},
		{"redis://:s3cret@sentinel1:26379/0?master_name=mymaster&no_such_option=1", "no_such_option"},
		{"http://:s3cret@sentinel1:26379/0?master_name=mymaster", "scheme"},
		{"redis://:s3cret@host:6379/x", "invalid database number"},
	} {
		s, err := store.OpenRedis(tc.url, store.RedisOptions{})
		if err == nil {
			s.Close()
			t.Errorf("OpenRedis(%q) = nil error", tc.url)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "REDIS_URL") || !strings.Contains(msg, tc.want) || strings.Contains(msg, "s3cret") {
			t.Errorf("OpenRedis(%q) = %q: want REDIS_URL, %q, and no password", tc.url, msg, tc.want)
		}
	}
}
