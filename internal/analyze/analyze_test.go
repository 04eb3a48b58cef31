package analyze_test

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/analyze"
	"github.com/quizstats/quizstats/internal/hub"
	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
	"github.com/quizstats/quizstats/internal/store"
)

type env struct {
	svc   *analyze.Service
	store *store.Bolt
	hub   *hub.Hub
	fake  *llmtest.Fake
}

func newEnv(t *testing.T) *env {
	t.Helper()
	f := llmtest.New(t)
	f.SetCorrect("Red planet?", "Mars")
	f.SetCorrect("Gas giants?", "Jupiter", "Saturn")
	st, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	h := hub.New(st, 4096, nil)
	client := llm.New(llm.Config{BaseURL: f.URL(), Model: "m", Backoff: llm.Backoff{Retries: 1, Base: time.Millisecond, Max: time.Millisecond}})
	svc := analyze.New(analyze.Config{Model: client, Store: st, Publisher: h})
	t.Cleanup(func() {
		svc.Close(context.Background())
		st.Close()
	})
	return &env{svc: svc, store: st, hub: h, fake: f}
}

func request(key [][]int) *quiz.Request {
	return &quiz.Request{
		Questions: []quiz.Question{
			{Text: "Red planet?", Options: []string{"Venus", "Mars", "Jupiter"}},
			{Text: "Gas giants?", Options: []string{"Jupiter", "Mars", "Saturn"}, Kind: quiz.KindMultiple},
		},
		Samples:   3,
		AnswerKey: key,
	}
}

// A quiz author's key scores the answers; each request is scored with its
// own key, and the shared cache keeps no key.
func TestAnalyzeScoresEachRequestWithItsKey(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	a, err := e.svc.Analyze(ctx, request([][]int{{1}, {0, 2}}))
	if err != nil {
		t.Fatal(err)
	}
	if a.Score == nil || a.Score.Correct != 2 || a.Score.Answerability != 1 {
		t.Fatalf("score = %+v, want 2 of 2, answerability 1", a.Score)
	}
	if a.Answers[0].Votes[1] != 3 || a.Answers[0].Confidence != 1 {
		t.Errorf("3 samples: votes %v confidence %v", a.Answers[0].Votes, a.Answers[0].Confidence)
	}
	stored, err := e.store.Analysis(ctx, a.ID)
	if err != nil || stored.Score == nil || stored.Score.Correct != 2 {
		t.Errorf("history entry = %+v, %v; want it scored", stored, err)
	}
	cached, err := e.store.CachedAnalysis(ctx, a.Fingerprint)
	if err != nil || cached.Score != nil || cached.AnswerKey != nil {
		t.Errorf("cache entry keeps a key or score: %+v %v", cached, err)
	}

	// Another author, another key: the cache answers, the score is theirs.
	b, err := e.svc.Analyze(ctx, request([][]int{{0}, {0, 2}}))
	if err != nil {
		t.Fatal(err)
	}
	if !b.Cached || b.Score.Correct != 1 || b.Score.Questions[0].Correct {
		t.Errorf("second key: cached=%v score %+v", b.Cached, b.Score)
	}
	if c, _ := e.svc.Analyze(ctx, request(nil)); c.Score != nil {
		t.Errorf("no key, but a score: %+v", c.Score)
	}
	if e.fake.Calls() != 3 {
		t.Errorf("model calls = %d, want 3 (one per sample, once)", e.fake.Calls())
	}
}

// A request that joins another's model call is scored with its own key.
func TestAnalyzeCoalescedFollowerUsesItsKey(t *testing.T) {
	e := newEnv(t)
	release := make(chan struct{})
	e.fake.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 0 {
			<-release
		}
	}
	ctx := context.Background()
	leader := make(chan *quiz.Analysis, 1)
	go func() {
		a, err := e.svc.Analyze(ctx, request([][]int{{1}, {0, 2}}))
		if err != nil {
			t.Error(err)
		}
		leader <- a
	}()
	for e.fake.Calls() < 3 {
		time.Sleep(time.Millisecond)
	}
	follower := make(chan *quiz.Analysis, 1)
	go func() {
		a, err := e.svc.Analyze(ctx, request([][]int{{2}, {1}}))
		if err != nil {
			t.Error(err)
		}
		follower <- a
	}()
	time.Sleep(50 * time.Millisecond) // let the follower join the call
	close(release)
	l, f := <-leader, <-follower
	if l.ID != f.ID || e.fake.Calls() != 3 {
		t.Fatalf("leader %s, follower %s, calls %d: want one shared call", l.ID, f.ID, e.fake.Calls())
	}
	if l.Score.Correct != 2 || f.Score.Correct != 0 {
		t.Errorf("leader scored %d, follower %d; want 2 and 0", l.Score.Correct, f.Score.Correct)
	}
}

// A failed analysis is kept in the history and announced.
func TestAnalyzeFailureKeptAndAnnounced(t *testing.T) {
	e := newEnv(t)
	e.fake.Script = func(llmtest.Call) llmtest.Action { return llmtest.Fail401 }
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	events := make(chan quiz.Event, 100)
	zero := uint64(0)
	go e.hub.Follow(ctx, &zero, func(_ context.Context, ev quiz.EncodedEvent) error {
		var x quiz.Event
		json.Unmarshal(ev.JSON, &x)
		events <- x
		return nil
	})
	_, err := e.svc.Analyze(ctx, request(nil))
	if quiz.ErrorCode(err) != quiz.ECodeModelError {
		t.Fatalf("err = %v, want model_error", err)
	}
	list, _ := e.store.Analyses(ctx, "", 10)
	if len(list) != 1 || list[0].Status != quiz.StatusFailed {
		t.Fatalf("history = %+v, want the failed analysis", list)
	}
	for {
		select {
		case ev := <-events:
			if ev.Type == quiz.EventFailed {
				if ev.Error == nil || ev.Error.Code != quiz.ECodeModelError || ev.ID != list[0].ID {
					t.Errorf("failed event = %+v", ev)
				}
				return
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no analysis.failed event")
		}
	}
}

func TestAnalyzeWithoutModel(t *testing.T) {
	st, err := store.OpenBolt(filepath.Join(t.TempDir(), "q.db"), store.BoltOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := analyze.New(analyze.Config{Store: st, Publisher: hub.New(st, 0, nil)})
	defer svc.Close(context.Background())
	_, err = svc.Analyze(context.Background(), request(nil))
	if quiz.ErrorCode(err) != quiz.ECodeNoModel {
		t.Errorf("err = %v, want no_model", err)
	}
	// Invalid input is reported before the missing model.
	_, err = svc.Analyze(context.Background(), &quiz.Request{})
	if quiz.ErrorCode(err) != quiz.ECodeInvalid {
		t.Errorf("err = %v, want invalid", err)
	}
}

// twenty is the quiz: twenty choice questions and one text
// question.
func twenty() *quiz.Request {
	req := &quiz.Request{Samples: 1}
	for i := range 20 {
		req.Questions = append(req.Questions, quiz.Question{Text: fmt.Sprintf("Question %d?", i), Options: []string{"a", "b", "c"}})
	}
	req.Questions = append(req.Questions, quiz.Question{Text: "Name the closest star to Earth."})
	return req
}

// A model that breaks question k, in every way, for every k: the analysis
// is partial with exactly question k unanswered, stored and cached like
// any other, its tokens counted, and the history gives it back the same.
func TestAnalyzePartialKeepsEveryAnswer(t *testing.T) {
	ctx := context.Background()
	for _, spoil := range llmtest.Spoils {
		for _, k := range []int{0, 1, 7, 19, 20} {
			t.Run(fmt.Sprintf("%s/question %d", spoil, k), func(t *testing.T) {
				e := newEnv(t)
				bad := fmt.Sprintf("Question %d?", k)
				if k == 20 {
					bad = "Name the closest star to Earth."
				}
				e.fake.Spoil = func(_ llmtest.Call, q llmtest.Question) llmtest.Spoil {
					if q.Text == bad {
						return spoil
					}
					return llmtest.Intact
				}
				a, err := e.svc.Analyze(ctx, twenty())
				if err != nil {
					t.Fatal(err)
				}
				if a.Status != quiz.StatusPartial || a.Answered != 20 || a.Unanswered != 1 || len(a.Answers) != 21 {
					t.Fatalf("status %s, %d answered, %d unanswered, %d answers; want partial 20/1/21", a.Status, a.Answered, a.Unanswered, len(a.Answers))
				}
				for i, ans := range a.Answers {
					if (i == k) == ans.Answered() {
						t.Errorf("question %d answered = %v, error %+v", i, ans.Answered(), ans.Error)
					}
				}
				// A cut stream never gets to its usage chunk; every other
				// call reports what it cost.
				if a.Usage.PromptTokens == 0 && (spoil != llmtest.Truncate || k != 20) {
					t.Error("no tokens counted")
				}
				stored, err := e.store.Analysis(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if stored.Status != quiz.StatusPartial || stored.Answers[k].Error == nil || stored.Answers[k].Error.Message != a.Answers[k].Error.Message {
					t.Errorf("history has status %s, question %d error %+v", stored.Status, k, stored.Answers[k].Error)
				}
				again, err := e.svc.Analyze(ctx, twenty())
				if err != nil || !again.Cached || again.Status != quiz.StatusPartial || again.ID != a.ID {
					t.Errorf("again: %v cached=%v status=%s, want the partial analysis from the cache", err, again != nil && again.Cached, again.Status)
				}
			})
		}
	}
}

// A corrected answer key sent for a cached quiz updates the score of the
// history entry, which is the same analysis.
func TestAnalyzeCorrectedKeyUpdatesHistory(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	first, err := e.svc.Analyze(ctx, request([][]int{{0}, {0, 2}}))
	if err != nil {
		t.Fatal(err)
	}
	if first.Score.Correct != 1 {
		t.Fatalf("score with the wrong key = %+v", first.Score)
	}
	again, err := e.svc.Analyze(ctx, request([][]int{{1}, {0, 2}}))
	if err != nil || !again.Cached || again.Score.Correct != 2 {
		t.Fatalf("again: %v, %+v", err, again)
	}
	h, err := e.store.Analysis(ctx, first.ID)
	if err != nil {
		t.Fatal(err)
	}
	if h.Score == nil || h.Score.Correct != 2 || h.AnswerKey[0][0] != 1 {
		t.Errorf("history score = %+v, key %v; want the corrected key's 2/2", h.Score, h.AnswerKey)
	}
}

// Once an analysis has had its first answer, the next one's
// analysis.started says how long the first answer usually takes.
func TestAnalyzeStartedSaysTheUsualWait(t *testing.T) {
	e := newEnv(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	started := make(chan quiz.Event, 10)
	zero := uint64(0)
	go e.hub.Follow(ctx, &zero, func(_ context.Context, ev quiz.EncodedEvent) error {
		var x quiz.Event
		json.Unmarshal(ev.JSON, &x)
		if x.Type == quiz.EventStarted {
			started <- x
		}
		return nil
	})
	if _, err := e.svc.Analyze(ctx, request(nil)); err != nil {
		t.Fatal(err)
	}
	second := request(nil)
	second.Questions[0].Text = "Red planet, again?"
	if _, err := e.svc.Analyze(ctx, second); err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{false, true} {
		select {
		case ev := <-started:
			if got := ev.ExpectFirstAnswerMS > 0; got != want {
				t.Errorf("analysis %d: expect_first_answer_ms = %v, want it set: %v", i+1, ev.ExpectFirstAnswerMS, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("no analysis.started")
		}
	}
}

// A fresh request makes its own model call beside a plain one in flight
// (which may end in an answer from the cache), and shares one with an
// identical fresh request.
func TestAnalyzeFreshCoalescesWithFreshOnly(t *testing.T) {
	e := newEnv(t)
	release := make(chan struct{})
	e.fake.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 0 {
			<-release
		}
	}
	ctx := context.Background()
	run := func(fresh bool) chan *quiz.Analysis {
		out := make(chan *quiz.Analysis, 1)
		go func() {
			r := request(nil)
			r.Fresh = fresh
			a, err := e.svc.Analyze(ctx, r)
			if err != nil {
				t.Error(err)
			}
			out <- a
		}()
		return out
	}
	waitCalls := func(n int) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for e.fake.Calls() < n {
			if time.Now().After(deadline) {
				t.Fatalf("%d model calls, want %d", e.fake.Calls(), n)
			}
			time.Sleep(time.Millisecond)
		}
	}
	plain := run(false)
	waitCalls(3) // 3 samples
	fresh := run(true)
	// The fresh request does not wait for the plain one's call: its own
	// samples reach the model while the first call is held.
	waitCalls(6)
	fresh2 := run(true)
	time.Sleep(50 * time.Millisecond) // let it join the fresh call
	close(release)
	p, f, f2 := <-plain, <-fresh, <-fresh2
	if p.ID == f.ID || f.ID != f2.ID || e.fake.Calls() != 6 || f.Cached || p.Cached {
		t.Errorf("plain %s, fresh %s and %s, %d calls: want the fresh ones to share one call of their own", p.ID, f.ID, f2.ID, e.fake.Calls())
	}
	// The fresh answer is what the cache now holds.
	again, err := e.svc.Analyze(ctx, request(nil))
	if err != nil || !again.Cached || (again.ID != f.ID && again.ID != p.ID) {
		t.Errorf("after: %v cached %v id %s", err, again.Cached, again.ID)
	}
}
