package client_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/client"
	"github.com/quizstats/quizstats/internal/llm/llmtest"
	"github.com/quizstats/quizstats/internal/quiz"
)

func planetQuiz() quiz.Request {
	return quiz.Request{
		Source: quiz.Source{URL: "https://example.com/astronomy/quiz-1", Title: "Astronomy quiz 1"},
		Questions: []quiz.Question{
			{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}},
			{Text: "Which of these are gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: quiz.KindMultiple},
			{Text: "Name the closest star to Earth."},
		},
		AnswerKey: [][]int{{1}, {0, 3}, {}},
	}
}

func newClient(t *testing.T, url, token string, opts ...client.Option) *client.Client {
	t.Helper()
	c, err := client.New(url, token, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestNewRejectsBadURLs(t *testing.T) {
	for _, u := range []string{"", "localhost:8080", "ftp://host", "http://", "://x"} {
		if _, err := client.New(u, ""); err == nil {
			t.Errorf("New(%q) accepted it", u)
		}
	}
	if _, err := client.New("http://127.0.0.1:8080/", "", client.WithBackoff(time.Second, time.Millisecond)); err == nil {
		t.Error("New accepted a longest backoff below the first")
	}
	c, err := client.New("http://127.0.0.1:8080/", "")
	if err != nil || c.BaseURL() != "http://127.0.0.1:8080" {
		t.Errorf("New(trailing slash) = %v, %v", c, err)
	}
}

func TestAnalyzeHistoryStats(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "")
	ctx := context.Background()

	res, err := c.Analyze(ctx, planetQuiz())
	if err != nil {
		t.Fatal(err)
	}
	var got [][]int
	for _, a := range res.Answers {
		got = append(got, a.Choices)
	}
	if diff := cmp.Diff([][]int{{1}, {0, 2}, {}}, got); diff != "" {
		t.Errorf("answers (-want +got):\n%s", diff)
	}
	if res.Model != "fake-model" || res.Cached || !quiz.ValidID(res.ID) {
		t.Errorf("result = %+v", res)
	}
	// The key says Mercury, not Saturn: question 1 is scored wrong.
	if res.Score == nil || res.Score.Correct != 1 || res.Score.Total != 2 || res.Score.Questions[1].Correct {
		t.Errorf("score = %+v", res.Score)
	}

	page, err := c.Analyses(ctx, "", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(page.Analyses) != 1 || page.Analyses[0].ID != res.ID || page.Analyses[0].Questions != 3 || page.Next != "" {
		t.Errorf("history = %+v", page)
	}
	a, err := c.Analysis(ctx, res.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source.Title != "Astronomy quiz 1" || len(a.Questions) != 3 || a.Score == nil {
		t.Errorf("analysis = %+v", a)
	}
	st, err := c.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Analyses != 1 || st.Questions != 3 || st.CacheMisses != 1 {
		t.Errorf("stats = %+v", st)
	}
	ready, err := c.Ready(ctx)
	if err != nil || !ready.Ready || ready.Checks["model"] != "ok" {
		t.Errorf("ready = %+v, %v", ready, err)
	}
}

// Errors arrive as *quiz.Error with the server's code, message and field.
func TestErrors(t *testing.T) {
	ctx := context.Background()
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "")

	bad := planetQuiz()
	bad.Questions[1].Options = []string{"Jupiter"}
	_, err := c.Analyze(ctx, bad)
	qe, ok := errors.AsType[*quiz.Error](err)
	if !ok || qe.Code != quiz.ECodeInvalid || qe.Field != "questions[1].options" || qe.Message == "" {
		t.Errorf("invalid request: %#v", err)
	}
	_, err = c.Analysis(ctx, quiz.NewID(time.Now()))
	if quiz.ErrorCode(err) != quiz.ECodeNotFound {
		t.Errorf("unknown analysis: %v", err)
	}

	locked := newTestServer(t, withToken("s3cret"))
	if _, err := newClient(t, locked.URL, "").Stats(ctx); quiz.ErrorCode(err) != quiz.ECodeUnauthorized {
		t.Errorf("no token: %v", err)
	}
	if _, err := newClient(t, locked.URL, "wrong").Stats(ctx); quiz.ErrorCode(err) != quiz.ECodeUnauthorized || !strings.Contains(err.Error(), "wrong") {
		t.Errorf("wrong token: %v", err)
	}
	if _, err := newClient(t, locked.URL, "s3cret").Stats(ctx); err != nil {
		t.Errorf("right token: %v", err)
	}

	bare := newTestServer(t, withoutModel())
	nc := newClient(t, bare.URL, "")
	if _, err := nc.Analyze(ctx, planetQuiz()); quiz.ErrorCode(err) != quiz.ECodeNoModel || !strings.Contains(err.Error(), "OPENAI_BASE_URL") {
		t.Errorf("no model: %v", err)
	}
	ready, err := nc.Ready(ctx)
	if err != nil || ready.Ready || !strings.Contains(ready.Checks["model"], "no model is configured") {
		t.Errorf("ready without a model = %+v, %v", ready, err)
	}
}

// recorder collects what a Follow delivers.
type recorder struct {
	mu     sync.Mutex
	events []quiz.Event
	states []client.StateChange
	wake   chan struct{}
}

func newRecorder() *recorder { return &recorder{wake: make(chan struct{}, 1)} }

func (r *recorder) handle(e quiz.Event) error {
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
	r.poke()
	return nil
}

func (r *recorder) state(s client.StateChange) {
	r.mu.Lock()
	r.states = append(r.states, s)
	r.mu.Unlock()
	r.poke()
}

func (r *recorder) poke() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// waitFor waits until cond holds over what was recorded.
func (r *recorder) waitFor(t *testing.T, what string, cond func(events []quiz.Event, states []client.StateChange) bool) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		r.mu.Lock()
		ok := cond(r.events, r.states)
		r.mu.Unlock()
		if ok {
			return
		}
		select {
		case <-r.wake:
		case <-deadline:
			r.mu.Lock()
			defer r.mu.Unlock()
			t.Fatalf("timed out waiting until %s; events %v, states %v", what, seqTypes(r.events), r.states)
		}
	}
}

func (r *recorder) snapshot() ([]quiz.Event, []client.StateChange) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.events), slices.Clone(r.states)
}

func seqTypes(events []quiz.Event) []string {
	var out []string
	for _, e := range events {
		out = append(out, fmt.Sprintf("%s#%d", e.Type, e.Seq))
	}
	return out
}

func seqs(events []quiz.Event) []uint64 {
	var out []uint64
	for _, e := range events {
		out = append(out, e.Seq)
	}
	return out
}

func completedCount(events []quiz.Event) int {
	n := 0
	for _, e := range events {
		if e.Type == quiz.EventCompleted {
			n++
		}
	}
	return n
}

// follow runs Follow until the test ends and returns its error channel.
func follow(t *testing.T, c *client.Client, since *uint64, r *recorder, state func(client.StateChange)) <-chan error {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Follow(ctx, since, r.handle, client.OnState(state)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; !errors.Is(err, context.Canceled) {
			t.Errorf("Follow returned %v, want context.Canceled", err)
		}
	})
	return done
}

// logSeqs reads the server's whole event log through a fresh Follow.
func logSeqs(t *testing.T, c *client.Client, until uint64) []uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out []uint64
	zero := uint64(0)
	errDone := errors.New("done")
	err := c.Follow(ctx, &zero, func(e quiz.Event) error {
		out = append(out, e.Seq)
		if e.Seq >= until {
			return errDone
		}
		return nil
	})
	if !errors.Is(err, errDone) {
		t.Fatalf("read the log: %v", err)
	}
	return out
}

func TestFollowDeliversEventsInOrder(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "")
	r := newRecorder()
	follow(t, c, nil, r, r.state)
	r.waitFor(t, "live", func(_ []quiz.Event, s []client.StateChange) bool { return len(s) == 2 })
	srv.waitFollowed()

	if _, err := c.Analyze(context.Background(), planetQuiz()); err != nil {
		t.Fatal(err)
	}
	r.waitFor(t, "the analysis completed", func(e []quiz.Event, _ []client.StateChange) bool { return completedCount(e) == 1 })
	events, states := r.snapshot()
	var types []string
	for _, e := range events {
		if e.Type != quiz.EventStats {
			types = append(types, e.Type)
		}
	}
	want := []string{quiz.EventStarted, quiz.EventAnswer, quiz.EventAnswer, quiz.EventAnswer, quiz.EventCompleted}
	if diff := cmp.Diff(want, types); diff != "" {
		t.Errorf("event types (-want +got):\n%s", diff)
	}
	// The first connection cannot resume: the display must load its state.
	wantStates := []client.StateChange{{State: client.Connecting}, {State: client.Live, Resync: true}}
	if diff := cmp.Diff(wantStates, states, cmp.Comparer(func(a, b error) bool { return (a == nil) == (b == nil) })); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(logSeqs(t, c, events[len(events)-1].Seq), seqs(events)); diff != "" {
		t.Errorf("delivered seqs differ from the log (-log +got):\n%s", diff)
	}
}

// The connection drops in the middle of an analysis; what is published
// while the display is away reaches it after it reconnects, once.
func TestFollowReconnectsAndResumes(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "", client.WithBackoff(20*time.Millisecond, 100*time.Millisecond))
	r := newRecorder()

	// The fake holds answer 1 back until the display is cut off; the state
	// function holds the reconnection back until the analysis is done, so
	// the rest of it is published while the display is away.
	away := make(chan struct{})
	analysed := make(chan struct{})
	srv.Fake.BeforeItem = func(_ llmtest.Call, i int) {
		if i == 1 {
			<-away
		}
	}
	var once sync.Once
	follow(t, c, nil, r, func(s client.StateChange) {
		r.state(s)
		if s.State == client.Reconnecting {
			once.Do(func() {
				close(away)
				<-analysed
			})
		}
	})
	r.waitFor(t, "live", func(_ []quiz.Event, s []client.StateChange) bool { return len(s) == 2 })
	srv.waitFollowed()

	go func() {
		defer close(analysed)
		if _, err := c.Analyze(context.Background(), planetQuiz()); err != nil {
			t.Error(err)
		}
	}()
	r.waitFor(t, "the first answer", func(e []quiz.Event, _ []client.StateChange) bool {
		return slices.ContainsFunc(e, func(e quiz.Event) bool { return e.Type == quiz.EventAnswer })
	})
	srv.drop()

	r.waitFor(t, "the analysis completed after the reconnection", func(e []quiz.Event, _ []client.StateChange) bool { return completedCount(e) == 1 })
	events, states := r.snapshot()
	if diff := cmp.Diff(logSeqs(t, c, events[len(events)-1].Seq), seqs(events)); diff != "" {
		t.Errorf("delivered seqs differ from the log (-log +got):\n%s", diff)
	}
	var kinds []string
	for _, s := range states {
		kinds = append(kinds, s.State.String()+map[bool]string{true: "+resync"}[s.Resync])
	}
	if diff := cmp.Diff([]string{"connecting", "live+resync", "reconnecting", "live"}, kinds); diff != "" {
		t.Errorf("states (-want +got):\n%s", diff)
	}
	if states[2].Err == nil || states[2].Attempt != 1 || states[2].Wait <= 0 {
		t.Errorf("reconnecting state = %+v", states[2])
	}
}

// A server whose event log started over numbers its events from 1 again:
// the display is told to resync, and gets the new events.
func TestFollowNoticesALogThatStartedOver(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "", client.WithBackoff(20*time.Millisecond, 100*time.Millisecond))
	r := newRecorder()
	follow(t, c, nil, r, r.state)
	r.waitFor(t, "live", func(_ []quiz.Event, s []client.StateChange) bool { return len(s) == 2 })
	srv.waitFollowed()
	ctx := context.Background()
	for range 2 {
		q := planetQuiz()
		q.Source.Title += time.Now().String() // distinct events, same cache entry
		if _, err := c.Analyze(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	r.waitFor(t, "two analyses", func(e []quiz.Event, _ []client.StateChange) bool { return completedCount(e) == 2 })
	before, _ := r.snapshot()
	lastBefore := before[len(before)-1].Seq

	srv.restart()
	r.waitFor(t, "reconnected", func(_ []quiz.Event, s []client.StateChange) bool { return len(s) == 4 })
	// The new log gives a display that claims a seq beyond its end what
	// comes next: post only once the stream follows it, or the first
	// events go to the history the display reloads, not to the stream.
	srv.waitFollowed()
	if _, err := c.Analyze(ctx, planetQuiz()); err != nil {
		t.Fatal(err)
	}
	r.waitFor(t, "the analysis on the new log", func(e []quiz.Event, _ []client.StateChange) bool { return completedCount(e) == 3 })
	events, states := r.snapshot()
	after := events[len(before):]
	if after[0].Seq != 1 || after[0].Type != quiz.EventStarted || lastBefore <= 1 {
		t.Errorf("first event on the new log: %s (last before %d)", seqTypes(after[:1]), lastBefore)
	}
	if s := states[len(states)-1]; s.State != client.Live || !s.Resync || len(states) != 5 {
		t.Errorf("states after the restart: %+v, want a last live+resync", states)
	}
}

func TestFollowGivesUpOnAWrongToken(t *testing.T) {
	srv := newTestServer(t, withToken("s3cret"))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := newClient(t, srv.URL, "nope").Follow(ctx, nil, func(quiz.Event) error { return nil })
	if quiz.ErrorCode(err) != quiz.ECodeUnauthorized {
		t.Fatalf("Follow with a wrong token: %v", err)
	}
	// With the right one, events flow (Bearer header on the handshake).
	r := newRecorder()
	c := newClient(t, srv.URL, "s3cret")
	follow(t, c, nil, r, r.state)
	r.waitFor(t, "live", func(_ []quiz.Event, s []client.StateChange) bool { return len(s) == 2 })
	srv.waitFollowed()
	if _, err := c.Analyze(ctx, planetQuiz()); err != nil {
		t.Fatal(err)
	}
	r.waitFor(t, "completed", func(e []quiz.Event, _ []client.StateChange) bool { return completedCount(e) == 1 })
}

func TestFollowReturnsTheHandlersError(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "")
	if _, err := c.Analyze(context.Background(), planetQuiz()); err != nil {
		t.Fatal(err)
	}
	stop := errors.New("enough")
	zero := uint64(0)
	n := 0
	err := c.Follow(context.Background(), &zero, func(quiz.Event) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Follow = %v after %d events, want the handler's error after 1", err, n)
	}
}

// A stream silent past the idle timeout is taken for dead and replaced.
func TestFollowReconnectsASilentStream(t *testing.T) {
	srv := newTestServer(t)
	c := newClient(t, srv.URL, "", client.WithIdleTimeout(150*time.Millisecond), client.WithBackoff(10*time.Millisecond, 50*time.Millisecond))
	r := newRecorder()
	follow(t, c, nil, r, r.state)
	r.waitFor(t, "a reconnection after silence", func(_ []quiz.Event, s []client.StateChange) bool {
		return len(s) >= 4 && s[3].State == client.Live
	})
	_, states := r.snapshot()
	if states[2].State != client.Reconnecting || !strings.Contains(states[2].Err.Error(), "silent") {
		t.Errorf("state after silence = %+v", states[2])
	}
}

func TestStateString(t *testing.T) {
	for s, want := range map[client.State]string{client.Connecting: "connecting", client.Live: "live", client.Reconnecting: "reconnecting", 9: "State(9)"} {
		if got := s.String(); got != want {
			t.Errorf("%d.String() = %q, want %q", s, got, want)
		}
	}
}
