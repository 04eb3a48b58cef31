package analyze_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/redistest"
	"github.com/quizstats/quizstats/internal/store/storetest"
)

// A deleted analysis is gone from the history and is never a cache hit
// again, neither from the store's cache nor from the service's recent
// analyses: the same quiz is asked of the model anew. The displays hear of
// it.
func TestDeleteIsNeverACacheHit(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	first, err := e.svc.Analyze(ctx, request(nil))
	if err != nil {
		t.Fatal(err)
	}
	calls := e.fake.Calls()
	again, err := e.svc.Analyze(ctx, request(nil))
	if err != nil || !again.Cached || e.fake.Calls() != calls {
		t.Fatalf("the same quiz again: cached %v, %d model calls, %v; want a cache hit", again.Cached, e.fake.Calls(), err)
	}
	var last uint64
	if seq, err := e.store.LastSeq(ctx); err == nil {
		last = seq
	}

	if err := e.svc.Delete(ctx, first.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := e.store.Analysis(ctx, first.ID); !errors.Is(err, quiz.ErrNotFound) {
		t.Errorf("the deleted analysis is still in the history: %v", err)
	}
	third, err := e.svc.Analyze(ctx, request(nil))
	if err != nil {
		t.Fatal(err)
	}
	if third.Cached || third.ID == first.ID || e.fake.Calls() == calls {
		t.Errorf("after deleting, the same quiz: cached %v, id %s (deleted %s), %d model calls; want the model asked again", third.Cached, third.ID, first.ID, e.fake.Calls())
	}
	evs, err := e.store.EventsSince(ctx, last, 100)
	if err != nil {
		t.Fatal(err)
	}
	if !hasDeleted(t, evs, first.ID) {
		t.Errorf("no analysis.deleted event for %s among %d events", first.ID, len(evs))
	}

	var qe *quiz.Error
	if err := e.svc.Delete(ctx, first.ID); !errors.As(err, &qe) || qe.Code != quiz.ECodeNotFound {
		t.Errorf("deleting it again: %v, want not_found", err)
	}
}

func hasDeleted(t *testing.T, evs []quiz.EncodedEvent, id string) bool {
	t.Helper()
	for _, ev := range evs {
		var e quiz.Event
		if err := json.Unmarshal(ev.JSON, &e); err != nil {
			t.Fatal(err)
		}
		if e.Type == quiz.EventDeleted && e.ID == id {
			return true
		}
	}
	return false
}

// DeleteBefore deletes the older analyses, in batches, and says how many;
// the newer stay, and an analysis of the recent memory that is older is
// not answered from it.
func TestDeleteBefore(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	old := time.Now().Add(-48 * time.Hour)
	for i := range 3 {
		at := old.Add(time.Duration(i) * time.Minute)
		if err := e.store.SaveAnalysis(ctx, storetest.Analysis(quiz.NewID(at), at)); err != nil {
			t.Fatal(err)
		}
	}
	recent, err := e.svc.Analyze(ctx, request(nil))
	if err != nil {
		t.Fatal(err)
	}
	n, err := e.svc.DeleteBefore(ctx, time.Now().Add(-time.Hour))
	if err != nil || n != 3 {
		t.Fatalf("DeleteBefore an hour ago: %d, %v; want the 3 older", n, err)
	}
	if _, err := e.store.Analysis(ctx, recent.ID); err != nil {
		t.Errorf("the newer analysis went too: %v", err)
	}
	if n, err := e.svc.DeleteBefore(ctx, time.Now().Add(time.Second)); err != nil || n != 1 {
		t.Fatalf("DeleteBefore now: %d, %v; want the one left", n, err)
	}
	if a, err := e.svc.Analyze(ctx, request(nil)); err != nil || a.Cached {
		t.Errorf("after deleting everything, the quiz again: cached %v, %v; want it asked again", a != nil && a.Cached, err)
	}
}

// A store that refuses writes refuses deletions too: the error is the
// analyze path's, 503 store_read_only, not an internal error. Redis as a
// read-only replica refuses them.
func TestDeleteOnAReadOnlyStore(t *testing.T) {
	ctx := context.Background()
	primary := redistest.Start(t)
	replica := redistest.Start(t)
	ps, err := store.OpenRedis(primary.URL(), store.RedisOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ps.Close()
	a := storetest.Analysis(quiz.NewID(time.Now()), time.Now())
	if err := ps.SaveAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(primary.Addr)
	if out, err := replica.CLI("REPLICAOF", "127.0.0.1", port); err != nil {
		t.Fatalf("REPLICAOF: %v %s", err, out)
	}
	rs, err := store.OpenRedis(replica.URL(), store.RedisOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer rs.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := rs.Analysis(ctx, a.ID); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the replica never had the analysis")
		}
		time.Sleep(20 * time.Millisecond)
	}
	f := llmtest.New(t)
	svc := analyze.New(analyze.Config{
		Model: llm.New(llm.Config{BaseURL: f.URL(), Model: "m"}), Store: rs, Publisher: hub.New(rs, 16, nil),
	})
	defer svc.Close(ctx)
	var qe *quiz.Error
	err = svc.Delete(ctx, a.ID)
	if !errors.As(err, &qe) || qe.Code != quiz.ECodeStoreReadOnly || qe.RetryAfterSeconds == 0 {
		t.Fatalf("deleting on a read-only replica: %v, want store_read_only with a Retry-After", err)
	}
	if _, err := svc.DeleteBefore(ctx, time.Now().Add(time.Second)); !errors.As(err, &qe) || qe.Code != quiz.ECodeStoreReadOnly {
		t.Errorf("DeleteBefore on a read-only replica: %v, want store_read_only", err)
	}
}
