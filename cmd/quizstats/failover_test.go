package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/redis/go-redis/v9"

	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
	"github.com/quizstats/quizstats/internal/store/redistest"
)

// answered is one analyze request of the failover load, as its client saw
// it.
type answered struct {
	sent   time.Time
	at     time.Time
	server int
	status int
	res    quiz.Result
	err    error
}

// follower is a display that stays connected through the whole test and
// keeps every event it gets. Should the server drop it as too slow (the
// machine is loaded), it does what the displays do: reconnect with
// ?since=<the last seq it has>.
type follower struct {
	mu         sync.Mutex
	events     []wsEvent
	reconnects int
	done       chan error
}

func follow(t *testing.T, ctx context.Context, base string) *follower {
	f := &follower{done: make(chan error, 1)}
	c := dial(t, ctx, base, "?since=0")
	go func() {
		for {
			_, b, err := c.Read(ctx)
			if err != nil && ctx.Err() == nil && websocket.CloseStatus(err) == websocket.StatusPolicyViolation {
				f.mu.Lock()
				last := uint64(0)
				if len(f.events) > 0 {
					last = f.events[len(f.events)-1].Seq
				}
				f.reconnects++
				f.mu.Unlock()
				u := "ws" + strings.TrimPrefix(base, "http") + "/api/v1/events?since=" + strconv.FormatUint(last, 10)
				if c, _, err = websocket.Dial(ctx, u, nil); err == nil {
					c.SetReadLimit(8 << 20)
					continue
				}
			}
			if err != nil {
				f.done <- err
				return
			}
			var e wsEvent
			if err := json.Unmarshal(b, &e.Event); err != nil {
				f.done <- fmt.Errorf("event %q: %v", b, err)
				return
			}
			e.raw = b
			f.mu.Lock()
			f.events = append(f.events, e)
			f.mu.Unlock()
		}
	}()
	return f
}

func (f *follower) snapshot() []wsEvent {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]wsEvent(nil), f.events...)
}

// The store survives losing its primary. One primary, two replicas and
// three Sentinels; two servers on the Sentinel URL under a steady analyze
// load; the primary killed with SIGKILL. Every analysis is answered, the
// Sentinels promote a replica and both servers follow it without a
// restart, every analysis acknowledged as stored is in the history
// afterwards, a display connected throughout gets every event once and in
// order, and the old primary, restarted, rejoins as a replica with nothing
// written twice.
func TestFailoverSentinelUnderLoad(t *testing.T) {
	model := planetFake(t)
	g := redistest.StartGroup(t, 2, 3)
	env := func() map[string]string {
		e := modelEnv(model)
		e["REDIS_URL"] = g.URL()
		// The test's displays read as fast as they can, but on a loaded
		// machine they may fall behind a burst; they are not what is tested.
		e["QUIZSTATS_EVENT_QUEUE"] = "100000"
		return e
	}
	servers := []*instance{startServe(t, env()), startServe(t, env())}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	displays := []*follower{follow(t, ctx, servers[0].URL), follow(t, ctx, servers[1].URL)}

	// The load: two clients per server, each posting quizzes no one asked
	// before (so each is a model call and a write), one at a time.
	var (
		mu      sync.Mutex
		results []answered
		stop    = make(chan struct{})
		wg      sync.WaitGroup
	)
	client := &http.Client{Timeout: 30 * time.Second}
	for w := range 4 {
		srv := w % 2
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				q := map[string]any{"questions": []map[string]any{{
					"text": fmt.Sprintf("Failover question %d from client %d?", i, w), "options": []string{"yes", "no"},
				}}}
				r := answered{server: srv, sent: time.Now()}
				r.status, r.err = postAnalyze(ctx, client, servers[srv].URL, q, &r.res)
				r.at = time.Now()
				mu.Lock()
				results = append(results, r)
				mu.Unlock()
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
	storedSince := func(since time.Time, srv int) int {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for _, r := range results {
			if r.at.After(since) && r.server == srv && r.err == nil && r.status == 200 && r.res.Stored {
				n++
			}
		}
		return n
	}
	waitUntil := func(what string, cond func() bool) {
		t.Helper()
		for !cond() {
			if ctx.Err() != nil {
				t.Fatalf("timed out waiting until %s", what)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	start := time.Now()
	waitUntil("both servers store analyses", func() bool { return storedSince(start, 0) >= 20 && storedSince(start, 1) >= 20 })

	old, err := g.Primary(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var seqAtKill uint64
	if ev := displays[0].snapshot(); len(ev) > 0 {
		seqAtKill = ev[len(ev)-1].Seq
	}
	g.Server(old).Kill()
	killed := time.Now()
	primary := g.WaitForFailover(ctx, old, 1)
	promoted := time.Since(killed)
	waitUntil("both servers store analyses on the new primary", func() bool {
		return storedSince(killed.Add(promoted), 0) >= 20 && storedSince(killed.Add(promoted), 1) >= 20
	})
	for i, s := range servers {
		if n := metric(t, s.URL, "quizstats_redis_primary_changes_total"); n < 1 {
			t.Errorf("server %d: quizstats_redis_primary_changes_total = %v after the failover, want ≥ 1", i, n)
		}
	}

	// The old primary comes back with its own data and config (it was the
	// primary when it died): the Sentinels turn it into a replica of the
	// new one, which it copies.
	g.Server(old).Restart()
	rejoined := time.Now()
	primary = g.WaitRejoined(ctx, old, 2)
	rejoin := time.Since(rejoined)
	after := time.Now()
	waitUntil("analyses are stored after the old primary rejoined", func() bool {
		return storedSince(after, 0) >= 10 && storedSince(after, 1) >= 10
	})
	close(stop)
	wg.Wait()
	slices.SortFunc(results, func(a, b answered) int { return a.at.Compare(b.at) })

	// Every analysis was answered; the failover gap is from the first
	// answer after the kill that was not durably stored to the first that
	// was after it.
	var acked, notStored int
	var gapStart, gapEnd time.Time
	ids := map[string]bool{}
	reasons := map[string][2]time.Duration{} // first and last, from the kill
	for _, r := range results {
		if r.err != nil || r.status != 200 {
			t.Errorf("server %d answered %d %v during the failover; analyses must keep being answered", r.server, r.status, r.err)
			continue
		}
		ids[r.res.ID] = true
		if r.res.Stored {
			acked++
			if !gapStart.IsZero() && gapEnd.IsZero() && r.at.After(gapStart) {
				gapEnd = r.at
			}
			continue
		}
		notStored++
		why := fmt.Sprintf("server %d: %+v", r.server, r.res.StoreError)
		if _, ok := reasons[why]; !ok {
			reasons[why] = [2]time.Duration{r.at.Sub(killed), r.at.Sub(killed)}
		}
		reasons[why] = [2]time.Duration{reasons[why][0], r.at.Sub(killed)}
		if gapStart.IsZero() && r.at.After(killed) {
			gapStart = r.at
		}
	}
	gap := "none: no answer said it was not stored"
	if !gapStart.IsZero() {
		gap = gapEnd.Sub(gapStart).Round(time.Millisecond).String()
	}
	// Answers wait for the new primary rather than fail: the pause is the
	// longest a request took, and the longest no durable answer came.
	var slowest, silent time.Duration
	var lastDurable time.Time
	for _, r := range results {
		slowest = max(slowest, r.at.Sub(r.sent))
		if r.status == 200 && r.res.Stored {
			if !lastDurable.IsZero() {
				silent = max(silent, r.at.Sub(lastDurable))
			}
			lastDurable = r.at
		}
	}
	t.Logf("%d analyses answered, %d acknowledged as stored, %d said not stored; promoted %v after the kill; "+
		"failover gap (first not stored to first stored) %s; slowest answer %v; longest without a durable answer %v; old primary rejoined in %v",
		len(results), acked, notStored, promoted.Round(time.Millisecond), gap,
		slowest.Round(time.Millisecond), silent.Round(time.Millisecond), rejoin.Round(time.Millisecond))

	for why, when := range reasons {
		t.Logf("not stored from %v to %v after the kill: %s", when[0].Round(time.Millisecond), when[1].Round(time.Millisecond), why)
	}

	// Every analysis acknowledged as stored is in the history, on both
	// servers and on the old primary, now a replica; the history lists
	// each analysis once.
	lost := 0
	for _, r := range results {
		if r.status != 200 || !r.res.Stored {
			continue
		}
		for i, s := range servers {
			resp, err := client.Get(s.URL + "/api/v1/analyses/" + r.res.ID)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != 200 {
				lost++
				t.Errorf("server %d: analysis %s acknowledged as stored, history answers %d", i, r.res.ID, resp.StatusCode)
			}
		}
	}
	t.Logf("lost: %d of %d acknowledged as stored", lost, acked)
	listed := historyIDs(t, servers[0].URL)
	seen := map[string]bool{}
	for _, id := range listed {
		if seen[id] {
			t.Errorf("history lists %s twice", id)
		}
		seen[id] = true
	}

	oldData := redis.NewClient(&redis.Options{Addr: old})
	defer oldData.Close()
	newData := redis.NewClient(&redis.Options{Addr: primary})
	defer newData.Close()
	waitUntil("the old primary has copied the new one", func() bool {
		a, _ := oldData.XLen(ctx, "quizstats:events").Result()
		b, _ := newData.XLen(ctx, "quizstats:events").Result()
		return a == b && a > 0
	})
	for id := range seen {
		if n, _ := oldData.Exists(ctx, "quizstats:analysis:"+id).Result(); n != 1 {
			t.Errorf("analysis %s is not on the old primary after it rejoined", id)
		}
	}

	// The log numbers each event once, increasing, and has each analysis'
	// completion once.
	s, err := store.OpenRedis(g.URL(), store.RedisOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	logged, err := s.EventsSince(ctx, 0, 1_000_000)
	if err != nil {
		t.Fatal(err)
	}
	completed := map[string]int{}
	for i, e := range logged {
		if i > 0 && e.Seq <= logged[i-1].Seq {
			t.Fatalf("event log: seq %d after %d", e.Seq, logged[i-1].Seq)
		}
		var ev quiz.Event
		json.Unmarshal(e.JSON, &ev)
		if ev.Type == quiz.EventCompleted {
			completed[ev.ID]++
		}
	}
	for id, n := range completed {
		if n != 1 {
			t.Errorf("the log has %d completions of %s", n, id)
		}
	}

	// Each display got every event once, in order: what the log holds,
	// with the same numbers, and every answered analysis' completion.
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		caught := true
		for _, d := range displays {
			ev := d.snapshot()
			if len(ev) == 0 || ev[len(ev)-1].Seq < logged[len(logged)-1].Seq {
				caught = false
			}
		}
		if caught || time.Now().After(deadline) {
			break
		}
	}
	for i, d := range displays {
		got := d.snapshot()
		bySeq := map[uint64]wsEvent{}
		done := map[string]int{}
		for j, e := range got {
			if j > 0 && e.Seq <= got[j-1].Seq {
				t.Errorf("display %d: seq %d after %d", i, e.Seq, got[j-1].Seq)
			}
			bySeq[e.Seq] = e
			if e.Type == quiz.EventCompleted {
				done[e.ID]++
			}
		}
		missing := 0
		for _, e := range logged {
			d, ok := bySeq[e.Seq]
			if !ok {
				if missing++; missing <= 5 {
					t.Errorf("display %d: no event %d (%.100s)", i, e.Seq, e.JSON)
				}
				continue
			}
			if !bytes.Equal(d.raw, e.JSON) {
				t.Errorf("display %d: seq %d is %s, the log has %s", i, e.Seq, d.raw, e.JSON)
			}
		}
		if missing > 0 {
			t.Errorf("display %d: %d of %d logged events never arrived", i, missing, len(logged))
		}
		for id := range ids {
			if done[id] != 1 {
				t.Errorf("display %d: %d completions of %s, want 1", i, done[id], id)
			}
		}
		select {
		case err := <-d.done:
			t.Errorf("display %d: connection ended: %v", i, err)
		default:
		}
		d.mu.Lock()
		reconnects := d.reconnects
		d.mu.Unlock()
		t.Logf("display %d: %d events (last %d), %d logged (last %d), %d reconnections with since", i, len(got), got[len(got)-1].Seq, len(logged), logged[len(logged)-1].Seq, reconnects)
	}
	// A display that was last connected just before the kill resumes
	// afterwards, on the other server, with ?since=: it gets exactly what
	// the log holds after that point, nothing missing, nothing twice.
	resumed := dial(t, ctx, servers[1].URL, fmt.Sprintf("?since=%d", seqAtKill))
	var want []quiz.EncodedEvent
	for _, e := range logged {
		if e.Seq > seqAtKill {
			want = append(want, e)
		}
	}
	for i, w := range want {
		got := readEvent(t, resumed)
		if got.Seq != w.Seq || !bytes.Equal(got.raw, w.JSON) {
			t.Fatalf("resumed with since=%d: event %d is seq %d %.80s, want seq %d %.80s", seqAtKill, i, got.Seq, got.raw, w.Seq, w.JSON)
		}
	}
	t.Logf("a display resuming with since=%d (before the kill) got the %d events logged since, in order", seqAtKill, len(want))
}

// postAnalyze posts q and decodes a 200 answer into out.
func postAnalyze(ctx context.Context, client *http.Client, base string, q any, out *quiz.Result) (int, error) {
	body, _ := json.Marshal(q)
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/api/v1/analyze", bytes.NewReader(body))
	if err != nil {
		return 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return resp.StatusCode, err
	}
	if resp.StatusCode == 200 {
		if err := json.Unmarshal(raw, out); err != nil {
			return resp.StatusCode, fmt.Errorf("answer %q: %v", raw, err)
		}
	}
	return resp.StatusCode, nil
}

// historyIDs pages through the whole history.
func historyIDs(t *testing.T, base string) []string {
	var ids []string
	before := ""
	for {
		var page struct {
			Analyses []quiz.Summary
			Next     string
		}
		api(t, "GET", base+"/api/v1/analyses?limit=100&before="+before, nil, &page)
		for _, a := range page.Analyses {
			ids = append(ids, a.ID)
		}
		if page.Next == "" {
			return ids
		}
		before = page.Next
	}
}
