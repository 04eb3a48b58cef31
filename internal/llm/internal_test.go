package llm

import (
	"net/http"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/quiz"
)

func TestItemScanner(t *testing.T) {
	tests := []struct {
		name  string
		reply string
		want  []string
	}{
		{"plain", `{"answers":[{"question":0,"choices":[1]},{"question":1,"choices":[0,2]}]}`,
			[]string{`{"question":0,"choices":[1]}`, `{"question":1,"choices":[0,2]}`}},
		{"braces and quotes in strings", `{"answers":[{"question":0,"explanation":"a \"}\" and {[ inside"}]}`,
			[]string{`{"question":0,"explanation":"a \"}\" and {[ inside"}`}},
		{"markdown fence", "```json\n{\"answers\": [ {\"question\": 0} ]}\n```",
			[]string{`{"question": 0}`}},
		{"trailing text after the root is ignored", `{"answers":[{"question":0}]} and {"answers":[{"question":9}]}`,
			[]string{`{"question":0}`}},
		{"truncated", `{"answers":[{"question":0},{"question":1,"cho`, []string{`{"question":0}`}},
		{"escaped backslash before quote", `{"answers":[{"explanation":"C:\\"},{"question":1}]}`,
			[]string{`{"explanation":"C:\\"}`, `{"question":1}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Whole, and one byte at a time: chunking must not matter.
			for _, size := range []int{len(tt.reply), 1, 3} {
				var sc itemScanner
				var got []string
				for i := 0; i < len(tt.reply); i += size {
					for _, item := range sc.feed(tt.reply[i:min(i+size, len(tt.reply))]) {
						got = append(got, string(item))
					}
				}
				if diff := cmp.Diff(tt.want, got); diff != "" {
					t.Errorf("chunk size %d (-want +got):\n%s", size, diff)
				}
			}
		})
	}
}

// FuzzItemScanner: whatever a model sends, in whatever chunks, the scanner
// neither panics nor depends on the chunking.
func FuzzItemScanner(f *testing.F) {
	f.Add(`{"answers":[{"question":0,"choices":[1]}]}`, 3)
	f.Add("```json\n{\"answers\":[{\"a\":\"}\\\"{\"}]}", 1)
	f.Add(`}}]]{{[["`, 2)
	f.Fuzz(func(t *testing.T, reply string, size int) {
		if size <= 0 || size > 64 {
			size = 1
		}
		var whole itemScanner
		want := whole.feed(reply)
		var sc itemScanner
		var got [][]byte
		for i := 0; i < len(reply); i += size {
			got = append(got, sc.feed(reply[i:min(i+size, len(reply))])...)
		}
		if !cmp.Equal(want, got) {
			t.Fatalf("chunked %d: %q, whole: %q", size, got, want)
		}
		for _, item := range got {
			if item[0] != '{' || item[len(item)-1] != '}' {
				t.Fatalf("item %q is not an object", item)
			}
		}
	})
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		header http.Header
		want   time.Duration
	}{
		{http.Header{"Retry-After": {"2"}}, 2 * time.Second},
		{http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond},
		{http.Header{"Retry-After-Ms": {"250"}, "Retry-After": {"9"}}, 250 * time.Millisecond},
		{http.Header{"Retry-After": {now.Add(3 * time.Second).Format(http.TimeFormat)}}, 3 * time.Second},
		{http.Header{"Retry-After": {"soon"}}, 0},
		{http.Header{"Retry-After": {"-4"}}, 0},
		{http.Header{"Retry-After": {"86400"}}, maxRetryAfter},
		{http.Header{}, 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.header, now); got != tt.want {
			t.Errorf("retryAfter(%v) = %v, want %v", tt.header, got, tt.want)
		}
	}
}

func TestBackoffDelay(t *testing.T) {
	b := Backoff{Retries: 3, Base: 100 * time.Millisecond, Max: 300 * time.Millisecond}
	for range 200 {
		for attempt, full := range []time.Duration{100, 200, 300, 300} {
			full *= time.Millisecond
			d := b.delay(attempt)
			if d < full/2 || d > full {
				t.Fatalf("delay(%d) = %v, want within [%v, %v]", attempt, d, full/2, full)
			}
		}
	}
}

func TestMerge(t *testing.T) {
	single := quiz.Question{Text: "q", Options: []string{"a", "b", "c"}, Kind: quiz.KindSingle}
	multi := quiz.Question{Text: "q", Options: []string{"a", "b", "c"}, Kind: quiz.KindMultiple}
	text := quiz.Question{Text: "q", Kind: quiz.KindText}
	sa := func(conf float64, choices ...int) *sampleAnswer {
		return &sampleAnswer{choices: choices, confidence: conf, explanation: "e"}
	}
	tests := []struct {
		name     string
		q        quiz.Question
		answers  []*sampleAnswer
		choices  []int
		conf     float64
		votes    []int
		wantText string
	}{
		{"one sample keeps its confidence", single, []*sampleAnswer{sa(0.7, 2)}, []int{2}, 0.7, []int{0, 0, 1}, ""},
		{"majority", single, []*sampleAnswer{sa(0.9, 0), sa(0.6, 1), sa(0.5, 1)}, []int{1}, 2.0 / 3, []int{1, 2, 0}, ""},
		{"a tie has no majority", single, []*sampleAnswer{sa(0.4, 0), sa(0.9, 1)}, []int{}, 0.5, []int{1, 1, 0}, ""},
		{"five ways is no majority", single, []*sampleAnswer{sa(0.9, 0), sa(0.9, 1), sa(0.9, 2)}, []int{}, 1.0 / 3, []int{1, 1, 1}, ""},
		{"two against two and one", single, []*sampleAnswer{sa(0.9, 0), sa(0.9, 0), sa(0.5, 1), sa(0.5, 1), sa(0.9, 2)}, []int{}, 0.4, []int{2, 2, 1}, ""},
		{"sets vote as wholes", multi, []*sampleAnswer{sa(0.5, 0, 1), sa(0.5, 0, 1), sa(0.9, 0)}, []int{0, 1}, 2.0 / 3, []int{3, 2, 0}, ""},
		{"texts compare loosely", text, []*sampleAnswer{{text: "Jupiter", confidence: 0.5}, {text: " jupiter ", confidence: 0.5}, {text: "Saturn", confidence: 0.9}}, []int{}, 2.0 / 3, nil, "Jupiter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := merge(0, tt.q, tt.answers)
			wantTie := tt.q.Kind.Choice() && len(tt.choices) == 0
			if got.Tie != wantTie {
				t.Errorf("merge tie = %v, want %v", got.Tie, wantTie)
			}
			if !slices.Equal(got.Choices, tt.choices) || got.Confidence != tt.conf || !slices.Equal(got.Votes, tt.votes) || got.Text != tt.wantText {
				t.Errorf("merge = choices %v conf %v votes %v text %q; want %v %v %v %q", got.Choices, got.Confidence, got.Votes, got.Text, tt.choices, tt.conf, tt.votes, tt.wantText)
			}
		})
	}
}

// The breaker's timing, on synctest's clock: no sleeps in real time.
func TestBreakerStates(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var states []string
		b := NewBreaker(3, time.Minute)
		b.OnChange = func(s string) { states = append(states, s) }
		for range 3 {
			if err := b.Allow(); err != nil {
				t.Fatal(err)
			}
			b.Done(true, "")
		}
		err := b.Allow()
		if qe, ok := err.(*quiz.Error); !ok || qe.Code != quiz.ECodeModelUnavailable || qe.RetryAfterSeconds != 60 {
			t.Fatalf("open breaker: %v, want model_unavailable, retry after 60", err)
		}
		time.Sleep(time.Minute)
		if err := b.Allow(); err != nil {
			t.Fatalf("after the cooldown, the probe: %v", err)
		}
		if err := b.Allow(); err == nil {
			t.Fatal("a second call went through while the probe was out")
		}
		b.Done(true, "") // the probe failed: open again
		if err := b.Allow(); err == nil {
			t.Fatal("breaker closed after a failed probe")
		}
		time.Sleep(time.Minute)
		if err := b.Allow(); err != nil {
			t.Fatal(err)
		}
		b.Done(false, "")
		if err := b.Allow(); err != nil || b.State() != StateClosed {
			t.Fatalf("after a good probe: %v, state %s", err, b.State())
		}
		want := []string{StateOpen, StateHalfOpen, StateOpen, StateHalfOpen, StateClosed}
		if diff := cmp.Diff(want, states); diff != "" {
			t.Errorf("state changes (-want +got):\n%s", diff)
		}
	})
}

func TestParseItem(t *testing.T) {
	qs := []quiz.Question{
		{Text: "q0", Options: []string{"a", "b", "c"}, Kind: quiz.KindSingle},
		{Text: "q1", Options: []string{"a", "b", "c"}, Kind: quiz.KindMultiple},
		{Text: "q2", Kind: quiz.KindText},
	}
	perms := [][]int{{2, 0, 1}, {0, 1, 2}, {}}
	asked := map[int]bool{0: true, 1: true, 2: true}
	tests := []struct {
		item    string
		choices []int
		problem string
	}{
		{`{"question":0,"choices":[0],"confidence":0.8}`, []int{2}, ""}, // shown 0 is page option 2
		{`{"question":1,"choices":[2,0]}`, []int{0, 2}, ""},
		{`{"question":0,"choices":[0,1]}`, nil, "one option"},
		{`{"question":0,"choices":[3]}`, nil, "out of range"},
		{`{"question":1,"choices":[]}`, nil, "picks no option"},
		{`{"question":1,"choices":[1,1]}`, nil, "twice"},
		{`{"question":5,"choices":[0]}`, nil, "not asked"},
		{`{"choices":[0]}`, nil, "no question index"},
		{`{"question":2,"choices":[],"text":""}`, nil, "no text"},
		{`{"question":"0"}`, nil, "not valid JSON"},
	}
	for _, tt := range tests {
		_, a, err := parseItem([]byte(tt.item), qs, asked, perms, []int{0, 1, 2})
		if tt.problem == "" {
			if err != nil || !slices.Equal(a.choices, tt.choices) {
				t.Errorf("parseItem(%s) = %v, %v; want %v", tt.item, a.choices, err, tt.choices)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), tt.problem) {
			t.Errorf("parseItem(%s) error = %v, want one mentioning %q", tt.item, err, tt.problem)
		}
	}
}

func TestSSEReader(t *testing.T) {
	long := strings.Repeat("x", 20<<10)
	stream := "data: {\"a\":1}\n\n" +
		": a comment\nevent: chunk\nid: 7\ndata: {\"b\":2}\r\n\r\n" +
		"data: line one\ndata: line two\n\n" +
		"data: " + long + "\n\n" +
		"data:no-space\n\n" +
		"data: [DONE]\n\n" +
		"data: unterminated"
	r := newSSEReader(strings.NewReader(stream), 0)
	var got []string
	for {
		d, ok := r.next()
		if !ok {
			break
		}
		got = append(got, string(d))
	}
	want := []string{`{"a":1}`, `{"b":2}`, "line one\nline two", long, "no-space", "[DONE]", "unterminated"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if r.err != nil {
		t.Errorf("err = %v at a clean end", r.err)
	}
}

// FuzzSSEReader: whatever a model server streams, the reader ends, and
// every event it returns came from "data:" lines of the input.
func FuzzSSEReader(f *testing.F) {
	f.Add("data: {\"a\":1}\n\ndata: [DONE]\n\n")
	f.Add("data:x\r\n\r\n: c\n\nevent: e\ndata: y\n")
	f.Add("\n\n\ndata")
	f.Fuzz(func(t *testing.T, stream string) {
		r := newSSEReader(strings.NewReader(stream), 0)
		for range len(stream) + 1 {
			d, ok := r.next()
			if !ok {
				return
			}
			for _, line := range strings.Split(string(d), "\n") {
				if !strings.Contains(stream, line) {
					t.Fatalf("event line %q is not in the input", line)
				}
			}
		}
		t.Fatal("the reader returned more events than the input has lines")
	})
}
