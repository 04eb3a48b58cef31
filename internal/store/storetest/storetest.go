// Package storetest is the conformance suite every store passes: the same
// test bodies run against Bolt and Redis, so the server can rely on one
// behaviour whichever is configured.
package storetest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
)

// Store is everything the suite exercises.
type Store interface {
	CachedAnalysis(ctx context.Context, fp string) (*quiz.Analysis, error)
	CacheAnalysis(ctx context.Context, fp string, a *quiz.Analysis, ttl time.Duration) error
	SaveAnalysis(ctx context.Context, a *quiz.Analysis) error
	Analysis(ctx context.Context, id string) (*quiz.Analysis, error)
	Analyses(ctx context.Context, before string, limit int) ([]quiz.Summary, error)
	DeleteAnalysis(ctx context.Context, id string) error
	DeleteAnalysesBefore(ctx context.Context, t time.Time, limit int) (int, error)
	Size(ctx context.Context) (int64, error)
	ApplyRetention(ctx context.Context, r store.Retention) (store.RetentionResult, error)
	AppendEvents(ctx context.Context, bodies [][]byte) ([]quiz.EncodedEvent, error)
	EventsSince(ctx context.Context, after uint64, limit int) ([]quiz.EncodedEvent, error)
	LastSeq(ctx context.Context) (uint64, error)
	AddCounters(ctx context.Context, c quiz.Counters) error
	Counters(ctx context.Context) (quiz.Counters, error)
	Ping(ctx context.Context) error
	Close() error
}

// Harness opens stores for the suite. Open returns a new, empty store;
// Reopen closes s and opens the same data again, as a restart would.
type Harness struct {
	Open   func(t *testing.T) Store
	Reopen func(t *testing.T, s Store) Store
}

// Run runs the whole suite.
func Run(t *testing.T, h Harness) {
	t.Run("CacheMissHitAndExpiry", func(t *testing.T) { testCache(t, h) })
	t.Run("HistoryGetAndPage", func(t *testing.T) { testHistory(t, h) })
	t.Run("HistorySurvivesRestart", func(t *testing.T) { testHistoryRestart(t, h) })
	t.Run("HistoryConcurrentSaves", func(t *testing.T) { testHistoryConcurrent(t, h) })
	t.Run("HistoryDelete", func(t *testing.T) { testHistoryDelete(t, h) })
	t.Run("HistoryDeleteBefore", func(t *testing.T) { testHistoryDeleteBefore(t, h) })
	t.Run("RetentionByAge", func(t *testing.T) { testRetentionByAge(t, h) })
	t.Run("RetentionBySize", func(t *testing.T) { testRetentionBySize(t, h) })
	t.Run("EventsNumberedAndReplayed", func(t *testing.T) { testEvents(t, h) })
	t.Run("EventBodiesNotKept", func(t *testing.T) { testEventBodiesNotKept(t, h) })
	t.Run("EventsConcurrentAppends", func(t *testing.T) { testEventsConcurrent(t, h) })
	t.Run("EventsSurviveRestart", func(t *testing.T) { testEventsRestart(t, h) })
	t.Run("EventsReplayFromFarBack", func(t *testing.T) { testEventsFarBack(t, h) })
	t.Run("Counters", func(t *testing.T) { testCounters(t, h) })
	t.Run("Ping", func(t *testing.T) {
		s := h.Open(t)
		if err := s.Ping(context.Background()); err != nil {
			t.Fatalf("Ping on an open store: %v", err)
		}
	})
}

// Analysis returns a realistic analysis for tests.
func Analysis(id string, created time.Time) *quiz.Analysis {
	qs := []quiz.Question{
		{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}, Kind: quiz.KindSingle},
		{Text: "Which are prime numbers?", Options: []string{"2", "4", "5", "9"}, Kind: quiz.KindMultiple},
	}
	return &quiz.Analysis{
		ID:          id,
		Status:      quiz.StatusCompleted,
		Model:       "test-model",
		Samples:     1,
		Fingerprint: quiz.Fingerprint(qs, "test-model", 1),
		Source:      quiz.Source{URL: "https://example.com/quiz", Title: "Planets"},
		Questions:   qs,
		Answers: []quiz.Answer{
			{Question: 0, Choices: []int{1}, Confidence: 0.9, Votes: []int{0, 1, 0, 0}, Explanation: "Iron oxide."},
			{Question: 1, Choices: []int{0, 2}, Confidence: 0.8, Votes: []int{1, 0, 1, 0}},
		},
		Usage:     quiz.Usage{PromptTokens: 120, CompletionTokens: 40},
		Timing:    quiz.Timing{StartedAt: created.UTC(), TotalMS: 812.5, ModelMS: 800},
		CreatedAt: created.UTC(),
	}
}

func testCache(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	if _, err := s.CachedAnalysis(ctx, "nope"); !errors.Is(err, quiz.ErrNotFound) {
		t.Fatalf("CachedAnalysis of a missing key: got %v, want ErrNotFound", err)
	}
	a := Analysis(quiz.NewID(time.Now()), time.Now())
	if err := s.CacheAnalysis(ctx, a.Fingerprint, a, time.Hour); err != nil {
		t.Fatal(err)
	}
	got, err := s.CachedAnalysis(ctx, a.Fingerprint)
	if err != nil {
		t.Fatalf("CachedAnalysis after CacheAnalysis: %v", err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("cached analysis differs (-want +got):\n%s", diff)
	}

	// A short TTL expires. Stores keep time themselves (Redis does), so
	// wait for it rather than fake a clock.
	if err := s.CacheAnalysis(ctx, "short", a, 50*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := s.CachedAnalysis(ctx, "short")
		if errors.Is(err, quiz.ErrNotFound) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if time.Now().After(deadline) {
			t.Fatal("cache entry with a 50ms TTL still there after 5s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, err := s.CachedAnalysis(ctx, a.Fingerprint); err != nil {
		t.Errorf("the long-lived entry went with the short one: %v", err)
	}
}

func testHistory(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	if _, err := s.Analysis(ctx, quiz.NewID(time.Now())); !errors.Is(err, quiz.ErrNotFound) {
		t.Fatalf("Analysis of a missing ID: got %v, want ErrNotFound", err)
	}
	list, err := s.Analyses(ctx, "", 10)
	if err != nil || len(list) != 0 {
		t.Fatalf("empty history: got %v, %v", list, err)
	}

	base := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	var ids []string
	for i := range 25 {
		a := Analysis(quiz.NewID(base.Add(time.Duration(i)*time.Second)), base.Add(time.Duration(i)*time.Second))
		a.Source.Title = fmt.Sprintf("quiz %d", i)
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	got, err := s.Analysis(ctx, ids[3])
	if err != nil {
		t.Fatal(err)
	}
	if got.Source.Title != "quiz 3" || len(got.Answers) != 2 || got.Usage.PromptTokens != 120 {
		t.Errorf("Analysis(%s) = %+v, want quiz 3 with its answers and usage", ids[3], got)
	}

	// Page through newest first, 10 at a time.
	var seen []string
	before := ""
	for page := 0; page < 5; page++ {
		list, err := s.Analyses(ctx, before, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) == 0 {
			break
		}
		for _, sum := range list {
			seen = append(seen, sum.ID)
		}
		before = list[len(list)-1].ID
	}
	var want []string
	for i := len(ids) - 1; i >= 0; i-- {
		want = append(want, ids[i])
	}
	if diff := cmp.Diff(want, seen); diff != "" {
		t.Errorf("paged history (-want +got):\n%s", diff)
	}
	first, _ := s.Analyses(ctx, "", 1)
	if len(first) != 1 || first[0].Questions != 2 || first[0].Source.Title != "quiz 24" {
		t.Errorf("newest summary = %+v, want quiz 24 with 2 questions", first)
	}

	// Saving the same ID again replaces the entry.
	a := Analysis(ids[0], base)
	a.Status = quiz.StatusFailed
	if err := s.SaveAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Analysis(ctx, ids[0]); got == nil || got.Status != quiz.StatusFailed {
		t.Errorf("after replacing, status = %v, want failed", got)
	}
	if all, _ := s.Analyses(ctx, "", 100); len(all) != 25 {
		t.Errorf("after replacing, history has %d entries, want 25", len(all))
	}
}

func testHistoryRestart(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	a := Analysis(quiz.NewID(time.Now()), time.Now())
	if err := s.SaveAnalysis(ctx, a); err != nil {
		t.Fatal(err)
	}
	s = h.Reopen(t, s)
	got, err := s.Analysis(ctx, a.ID)
	if err != nil {
		t.Fatalf("after a restart: %v", err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("analysis after restart differs (-want +got):\n%s", diff)
	}
}

// Analyses finishing together are all kept (stores may commit them as one
// group).
func testHistoryConcurrent(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	const n = 40
	var wg sync.WaitGroup
	ids := make([]string, n)
	for i := range n {
		ids[i] = quiz.NewID(time.Now())
		wg.Go(func() {
			if err := s.SaveAnalysis(ctx, Analysis(ids[i], time.Now())); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	for _, id := range ids {
		if _, err := s.Analysis(ctx, id); err != nil {
			t.Fatalf("analysis %s: %v", id, err)
		}
	}
	if list, _ := s.Analyses(ctx, "", 100); len(list) != n {
		t.Errorf("history has %d analyses, want %d", len(list), n)
	}
}

type eventBody struct {
	Seq  uint64 `json:"seq"`
	Type string `json:"type"`
	N    int    `json:"n"`
}

func bodies(from, n int) [][]byte {
	var out [][]byte
	for i := from; i < from+n; i++ {
		out = append(out, fmt.Appendf(nil, `{"type":"answer","n":%d}`, i))
	}
	return out
}

// checkEvents asserts that evs carry strictly increasing seqs, that each
// JSON carries its own seq, and returns the decoded bodies.
func checkEvents(t *testing.T, evs []quiz.EncodedEvent) []eventBody {
	t.Helper()
	var out []eventBody
	var last uint64
	for i, e := range evs {
		var b eventBody
		if err := json.Unmarshal(e.JSON, &b); err != nil {
			t.Fatalf("event %d is not JSON: %v: %s", i, err, e.JSON)
		}
		if b.Seq != e.Seq {
			t.Fatalf("event %d: JSON seq %d, Seq field %d", i, b.Seq, e.Seq)
		}
		if e.Seq <= last {
			t.Fatalf("event %d: seq %d after %d, want strictly increasing", i, e.Seq, last)
		}
		last = e.Seq
		out = append(out, b)
	}
	return out
}

func testEvents(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	evs, err := s.EventsSince(ctx, 0, 100)
	if err != nil || len(evs) != 0 {
		t.Fatalf("events of a new store: %v, %v", evs, err)
	}
	first, err := s.AppendEvents(ctx, bodies(0, 5))
	if err != nil {
		t.Fatal(err)
	}
	second, err := s.AppendEvents(ctx, bodies(5, 5))
	if err != nil {
		t.Fatal(err)
	}
	all := append(first, second...)
	checkEvents(t, all)

	got, err := s.EventsSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all, got); diff != "" {
		t.Errorf("EventsSince(0) (-appended +got):\n%s", diff)
	}
	// Replay from the middle: exactly what came after.
	mid := all[3].Seq
	got, err = s.EventsSince(ctx, mid, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all[4:], got); diff != "" {
		t.Errorf("EventsSince(%d) (-want +got):\n%s", mid, diff)
	}
	got, err = s.EventsSince(ctx, mid, 2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(all[4:6], got); diff != "" {
		t.Errorf("EventsSince(%d, limit 2) (-want +got):\n%s", mid, diff)
	}
	got, err = s.EventsSince(ctx, all[len(all)-1].Seq, 100)
	if err != nil || len(got) != 0 {
		t.Errorf("EventsSince(last) = %v, %v; want nothing", got, err)
	}
	if seq, err := s.LastSeq(ctx); err != nil || seq != all[len(all)-1].Seq {
		t.Errorf("LastSeq = %d, %v; want %d", seq, err, all[len(all)-1].Seq)
	}
}

// testEventBodiesNotKept: the bodies handed to AppendEvents are the
// caller's again once it returns (the hub encodes events into reused
// buffers), so what was logged must not change when they do.
func testEventBodiesNotKept(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	in := bodies(0, 3)
	logged, err := s.AppendEvents(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	want := checkEvents(t, logged)
	for _, b := range in {
		copy(b[1:], bytes.Repeat([]byte{' '}, len(b)-2))
	}
	if diff := cmp.Diff(want, checkEvents(t, logged)); diff != "" {
		t.Errorf("returned events changed with their bodies (-before +after):\n%s", diff)
	}
	got, err := s.EventsSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, checkEvents(t, got)); diff != "" {
		t.Errorf("replayed events changed with their bodies (-logged +replayed):\n%s", diff)
	}
}

func testEventsConcurrent(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	const writers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Go(func() {
			for i := range each {
				if _, err := s.AppendEvents(ctx, bodies(w*1000+i, 1)); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	got, err := s.EventsSince(ctx, 0, 10000)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != writers*each {
		t.Fatalf("got %d events, want %d", len(got), writers*each)
	}
	seen := map[int]bool{}
	for _, b := range checkEvents(t, got) {
		if seen[b.N] {
			t.Fatalf("event %d logged twice", b.N)
		}
		seen[b.N] = true
	}
}

func testEventsRestart(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	before, err := s.AppendEvents(ctx, bodies(0, 3))
	if err != nil {
		t.Fatal(err)
	}
	s = h.Reopen(t, s)
	got, err := s.EventsSince(ctx, 0, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, got); diff != "" {
		t.Errorf("events after restart (-want +got):\n%s", diff)
	}
	if seq, err := s.LastSeq(ctx); err != nil || seq < before[len(before)-1].Seq {
		t.Errorf("after restart LastSeq = %d, %v; want at least %d", seq, err, before[len(before)-1].Seq)
	}
	after, err := s.AppendEvents(ctx, bodies(3, 1))
	if err != nil {
		t.Fatal(err)
	}
	if after[0].Seq <= before[len(before)-1].Seq {
		t.Errorf("after restart, seq %d does not follow %d: a display would miss it", after[0].Seq, before[len(before)-1].Seq)
	}
	got, err = s.EventsSince(ctx, before[1].Seq, 100)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(append(before[2:], after...), got); diff != "" {
		t.Errorf("replay across a restart (-want +got):\n%s", diff)
	}
}

// testEventsFarBack is a display that was away for 5,000 events and pages
// through what it missed, 500 at a time: every page must start right after
// the last event it saw, whether the store serves it from memory or disk.
func testEventsFarBack(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	const total, page = 5000, 500
	var all []quiz.EncodedEvent
	for i := 0; i < total; i += 100 {
		evs, err := s.AppendEvents(ctx, bodies(i, 100))
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, evs...)
	}
	for _, since := range []int{0, 10, 1200, 3999, total - 600} {
		after := uint64(0)
		if since > 0 {
			after = all[since-1].Seq
		}
		var got []quiz.EncodedEvent
		for {
			evs, err := s.EventsSince(ctx, after, page)
			if err != nil {
				t.Fatal(err)
			}
			if len(evs) > 0 && evs[0].Seq != nextSeq(all, after) {
				t.Fatalf("since %d: the page after seq %d starts at seq %d, want %d: events were skipped", since, after, evs[0].Seq, nextSeq(all, after))
			}
			got = append(got, evs...)
			if len(evs) < page {
				break
			}
			after = evs[len(evs)-1].Seq
		}
		checkEvents(t, got)
		if diff := cmp.Diff(all[since:], got); diff != "" {
			t.Fatalf("replay of the %d events after event %d (-want +got):\n%s", total-since, since, diff)
		}
	}
}

// nextSeq is the seq of the first event of all after seq after.
func nextSeq(all []quiz.EncodedEvent, after uint64) uint64 {
	for _, e := range all {
		if e.Seq > after {
			return e.Seq
		}
	}
	return 0
}

func testCounters(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	c, err := s.Counters(ctx)
	if err != nil || len(c) != 0 {
		t.Fatalf("counters of a new store: %v, %v", c, err)
	}
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			if err := s.AddCounters(ctx, quiz.Counters{"analyses": 1, "model:m:1:tokens_prompt": 30}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if err := s.AddCounters(ctx, quiz.Counters{"analyses": -2, "questions": 7}); err != nil {
		t.Fatal(err)
	}
	c, err = s.Counters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := quiz.Counters{"analyses": 8, "model:m:1:tokens_prompt": 300, "questions": 7}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("counters (-want +got):\n%s", diff)
	}
	s = h.Reopen(t, s)
	c, err = s.Counters(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, c); diff != "" {
		t.Errorf("counters after restart (-want +got):\n%s", diff)
	}
}

// ids lists the whole history's IDs, newest first.
func ids(t *testing.T, s Store) []string {
	t.Helper()
	list, err := s.Analyses(context.Background(), "", 1000)
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, a := range list {
		out = append(out, a.ID)
	}
	return out
}

// A deleted analysis is gone from the listing, from Analysis, and from
// the cache (when the cache entry is that analysis), and stays gone after
// a restart.
func testHistoryDelete(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	if err := s.DeleteAnalysis(ctx, quiz.NewID(time.Now())); !errors.Is(err, quiz.ErrNotFound) {
		t.Fatalf("deleting an unknown ID: %v, want ErrNotFound", err)
	}
	now := time.Now()
	var all []*quiz.Analysis
	for i := range 4 {
		a := Analysis(quiz.NewID(now.Add(time.Duration(i)*time.Millisecond)), now)
		a.Questions[0].Text = fmt.Sprintf("question of quiz %d", i)
		a.Fingerprint = quiz.Fingerprint(a.Questions, a.Model, a.Samples)
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		if err := s.CacheAnalysis(ctx, a.Fingerprint, a, time.Hour); err != nil {
			t.Fatal(err)
		}
		all = append(all, a)
	}
	// Analysis 3 was asked again and is what the cache holds for the
	// quiz of analysis 2: deleting 2 leaves 3's entry.
	if err := s.CacheAnalysis(ctx, all[2].Fingerprint, all[3], time.Hour); err != nil {
		t.Fatal(err)
	}

	for _, i := range []int{1, 2} {
		if err := s.DeleteAnalysis(ctx, all[i].ID); err != nil {
			t.Fatalf("delete %d: %v", i, err)
		}
	}
	check := func(when string) {
		t.Helper()
		for _, i := range []int{1, 2} {
			if _, err := s.Analysis(ctx, all[i].ID); !errors.Is(err, quiz.ErrNotFound) {
				t.Errorf("%s: Analysis of deleted %d: %v, want ErrNotFound", when, i, err)
			}
		}
		if _, err := s.CachedAnalysis(ctx, all[1].Fingerprint); !errors.Is(err, quiz.ErrNotFound) {
			t.Errorf("%s: the deleted analysis is still a cache hit: %v", when, err)
		}
		if got, err := s.CachedAnalysis(ctx, all[2].Fingerprint); err != nil || got.ID != all[3].ID {
			t.Errorf("%s: the cache entry of another analysis of the same quiz: %v, %v; want it kept", when, got, err)
		}
		if got, err := s.CachedAnalysis(ctx, all[0].Fingerprint); err != nil || got.ID != all[0].ID {
			t.Errorf("%s: an analysis not deleted lost its cache entry: %v", when, err)
		}
		if diff := cmp.Diff([]string{all[3].ID, all[0].ID}, ids(t, s)); diff != "" {
			t.Errorf("%s: history after deleting (-want +got):\n%s", when, diff)
		}
	}
	check("after deleting")
	if err := s.DeleteAnalysis(ctx, all[1].ID); !errors.Is(err, quiz.ErrNotFound) {
		t.Errorf("deleting twice: %v, want ErrNotFound", err)
	}
	s = h.Reopen(t, s)
	check("after a restart")
}

// DeleteAnalysesBefore removes the oldest first, a batch at a time, and
// keeps an analysis created at the bound itself.
func testHistoryDeleteBefore(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	base := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
	var want, saved []string
	for i := range 25 {
		at := base.Add(time.Duration(i) * time.Hour)
		a := Analysis(quiz.NewID(at), at)
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		saved = append(saved, a.ID)
		if i >= 12 {
			want = append([]string{a.ID}, want...)
		}
	}
	bound := base.Add(12 * time.Hour) // analysis 12 was created at the bound
	n, err := s.DeleteAnalysesBefore(ctx, bound, 5)
	if err != nil || n != 5 {
		t.Fatalf("first batch: %d, %v; want 5", n, err)
	}
	if got := ids(t, s); len(got) != 20 || got[len(got)-1] != saved[5] {
		t.Errorf("after the first batch the oldest is %s; want analysis 5 (the 5 oldest gone)", got[len(got)-1])
	}
	total := n
	for {
		n, err := s.DeleteAnalysesBefore(ctx, bound, 5)
		if err != nil {
			t.Fatal(err)
		}
		total += n
		if n < 5 {
			break
		}
	}
	if total != 12 {
		t.Errorf("deleted %d in all, want the 12 before the bound", total)
	}
	if diff := cmp.Diff(want, ids(t, s)); diff != "" {
		t.Errorf("history after deleting before %s (-want +got):\n%s", bound, diff)
	}
	if n, err := s.DeleteAnalysesBefore(ctx, bound, 5); err != nil || n != 0 {
		t.Errorf("again: %d, %v; want nothing left to delete", n, err)
	}
}

func testRetentionByAge(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	now := time.Now()
	var kept []string
	for _, age := range []time.Duration{45 * 24 * time.Hour, 31 * 24 * time.Hour, 29 * 24 * time.Hour, time.Hour} {
		a := Analysis(quiz.NewID(now.Add(-age)), now.Add(-age))
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		if age < 30*24*time.Hour {
			kept = append([]string{a.ID}, kept...)
		}
	}
	res, err := s.ApplyRetention(ctx, store.Retention{MaxAge: 30 * 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if res.Removed != 2 || res.ByAge != 2 {
		t.Errorf("retention of 30 days removed %+v, want the 2 older analyses", res)
	}
	if diff := cmp.Diff(kept, ids(t, s)); diff != "" {
		t.Errorf("kept (-want +got):\n%s", diff)
	}
}

// The oldest analyses go until the store is back under its bound; the
// newest stay.
func testRetentionBySize(t *testing.T, h Harness) {
	ctx := context.Background()
	s := h.Open(t)
	now := time.Now()
	var all []string
	var each int
	for i := range 30 {
		a := Analysis(quiz.NewID(now.Add(time.Duration(i-30)*time.Minute)), now.Add(time.Duration(i-30)*time.Minute))
		a.Answers[0].Explanation = fmt.Sprintf("%d %s", i, strings.Repeat("a long explanation ", 3000))
		if err := s.SaveAnalysis(ctx, a); err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(a)
		each = len(b)
		all = append([]string{a.ID}, all...)
	}
	full, err := s.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if full < int64(30*each) {
		t.Fatalf("Size = %d with 30 analyses of %d bytes: it does not count the history", full, each)
	}
	// Room for about two thirds of them.
	bound := full - int64(10*each)
	res, err := s.ApplyRetention(ctx, store.Retention{MaxBytes: bound})
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.Size(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if after > bound || res.OverSize {
		t.Errorf("after the sweep the store is %d bytes (result %+v), over its bound of %d", after, res, bound)
	}
	left := ids(t, s)
	if res.Removed < 8 || res.Removed > 20 || len(left) != 30-res.Removed {
		t.Fatalf("removed %d to free 10 analyses' worth, %d left: want about 10", res.Removed, len(left))
	}
	if diff := cmp.Diff(all[:len(left)], left); diff != "" {
		t.Errorf("the newest should stay (-want +got):\n%s", diff)
	}
}
