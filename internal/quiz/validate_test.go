package quiz

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func q(text string, options ...string) Question { return Question{Text: text, Options: options} }

func opts(n int) []string {
	var out []string
	for i := range n {
		out = append(out, strings.Repeat("o", i+1))
	}
	return out
}

func TestNormalizeRejects(t *testing.T) {
	many := make([]Question, 101)
	for i := range many {
		many[i] = q("Q?", "a", "b")
	}
	tests := []struct {
		name  string
		req   Request
		field string
		msg   string
	}{
		{"no questions", Request{}, "questions", "at least one"},
		{"too many questions", Request{Questions: many}, "questions", "limit is 100"},
		{"empty text", Request{Questions: []Question{q("  \t ", "a", "b")}}, "questions[0].text", "empty"},
		{"only control characters", Request{Questions: []Question{q("\x00\x01", "a", "b")}}, "questions[0].text", "empty"},
		{"text too long", Request{Questions: []Question{q(strings.Repeat("é", 4001), "a", "b")}}, "questions[0].text", "4001 characters"},
		{"one option", Request{Questions: []Question{q("Q?", "a")}}, "questions[0].options", "at least 2"},
		{"27 options", Request{Questions: []Question{{Text: "Q?", Options: opts(27)}}}, "questions[0].options", "limit is 26"},
		{"empty option", Request{Questions: []Question{q("Q?", "a", " ")}}, "questions[0].options[1]", "empty"},
		{"duplicate option", Request{Questions: []Question{q("Q1?", "a", "b"), q("Q2?", "x", "y", " x ")}}, "questions[1].options[2]", "repeats option 0"},
		{"option too long", Request{Questions: []Question{q("Q?", "a", strings.Repeat("b", 1001))}}, "questions[0].options[1]", "limit is 1000"},
		{"unknown kind", Request{Questions: []Question{{Text: "Q?", Options: []string{"a", "b"}, Kind: "essay"}}}, "questions[0].kind", `"essay" is not a kind`},
		{"text with options", Request{Questions: []Question{{Text: "Q?", Options: []string{"a", "b"}, Kind: KindText}}}, "questions[0].options", "text question has no options"},
		{"truefalse with three", Request{Questions: []Question{{Text: "Q?", Options: []string{"a", "b", "c"}, Kind: KindTrueFalse}}}, "questions[0].options", "exactly 2"},
		{"samples zero is one, eleven is too many", Request{Questions: []Question{q("Q?", "a", "b")}, Samples: 11}, "samples", "between 1 and 10"},
		{"negative samples", Request{Questions: []Question{q("Q?", "a", "b")}, Samples: -1}, "samples", "between 1 and 10"},
		{"key length", Request{Questions: []Question{q("Q?", "a", "b")}, AnswerKey: [][]int{{0}, {1}}}, "answer_key", "2 entries for 1 questions"},
		{"key out of range", Request{Questions: []Question{q("Q?", "a", "b")}, AnswerKey: [][]int{{2}}}, "answer_key[0]", "out of range"},
		{"key two for single", Request{Questions: []Question{q("Q?", "a", "b")}, AnswerKey: [][]int{{0, 1}}}, "answer_key[0]", "exactly one"},
		{"key repeated", Request{Questions: []Question{{Text: "Q?", Options: []string{"a", "b"}, Kind: KindMultiple}}, AnswerKey: [][]int{{1, 1}}}, "answer_key[0]", "twice"},
		{"key for text", Request{Questions: []Question{q("Name it")}, AnswerKey: [][]int{{0}}}, "answer_key[0]", "must be empty"},
		{"url too long", Request{Source: Source{URL: strings.Repeat("u", 2049)}, Questions: []Question{q("Q?", "a", "b")}}, "source.url", "limit is 2048"},
		{"title too long", Request{Source: Source{Title: strings.Repeat("t", 501)}, Questions: []Question{q("Q?", "a", "b")}}, "source.title", "limit is 500"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.req.Normalize()
			e, ok := err.(*Error)
			if !ok {
				t.Fatalf("Normalize() = %v, want an *Error", err)
			}
			if e.Code != ECodeInvalid || e.Field != tt.field || !strings.Contains(e.Message, tt.msg) {
				t.Errorf("got code %q field %q message %q; want field %q and a message with %q", e.Code, e.Field, e.Message, tt.field, tt.msg)
			}
		})
	}
}

func TestNormalizeCleans(t *testing.T) {
	req := Request{
		Source: Source{URL: " https://example.com/q \n", Title: "My\tquiz\x07  1"},
		Questions: []Question{
			{Text: "  What is\x00 2+2?\r\n  code:\n\tx = 1  ", Options: []string{" 3\u0000", "4\n (four)"}},
			{Text: "Name a colour"},
			{Text: "T/F", Options: []string{"True", "False"}, Kind: KindTrueFalse},
		},
		AnswerKey: [][]int{{1}, {}, {0}},
	}
	if err := req.Normalize(); err != nil {
		t.Fatal(err)
	}
	want := Request{
		Source: Source{URL: "https://example.com/q", Title: "My quiz 1"},
		Questions: []Question{
			{Text: "What is 2+2?\n  code:\n\tx = 1", Options: []string{"3", "4 (four)"}, Kind: KindSingle},
			{Text: "Name a colour", Kind: KindText},
			{Text: "T/F", Options: []string{"True", "False"}, Kind: KindTrueFalse},
		},
		Samples:   1,
		AnswerKey: [][]int{{1}, {}, {0}},
	}
	if diff := cmp.Diff(want, req); diff != "" {
		t.Errorf("normalized request (-want +got):\n%s", diff)
	}
	// Normalizing twice changes nothing.
	again := req
	again.Questions = append([]Question(nil), req.Questions...)
	if err := again.Normalize(); err != nil || !cmp.Equal(req, again) {
		t.Errorf("second Normalize changed the request: %v", cmp.Diff(req, again))
	}
}

func TestFingerprint(t *testing.T) {
	base := []Question{{Text: "Q?", Options: []string{"a", "b"}, Kind: KindSingle}}
	fp := Fingerprint(base, "m", 1)
	if len(fp) != 64 {
		t.Fatalf("fingerprint %q is not a hex sha256", fp)
	}
	variants := map[string]string{
		"model":   Fingerprint(base, "m2", 1),
		"samples": Fingerprint(base, "m", 3),
		"kind":    Fingerprint([]Question{{Text: "Q?", Options: []string{"a", "b"}, Kind: KindMultiple}}, "m", 1),
		"order":   Fingerprint([]Question{{Text: "Q?", Options: []string{"b", "a"}, Kind: KindSingle}}, "m", 1),
		"split":   Fingerprint([]Question{{Text: "Q?", Options: []string{"ab", ""}, Kind: KindSingle}}, "m", 1),
		"text":    Fingerprint([]Question{{Text: "Q!", Options: []string{"a", "b"}, Kind: KindSingle}}, "m", 1),
	}
	for name, v := range variants {
		if v == fp {
			t.Errorf("changing the %s left the fingerprint the same", name)
		}
	}
	if Fingerprint(append([]Question(nil), base...), "m", 1) != fp {
		t.Error("the same quiz fingerprints differently")
	}
}

func TestScoreAnswers(t *testing.T) {
	qs := []Question{
		{Text: "a", Options: []string{"x", "y"}, Kind: KindSingle},
		{Text: "b", Options: []string{"x", "y", "z"}, Kind: KindMultiple},
		{Text: "c", Kind: KindText},
		{Text: "d", Options: []string{"x", "y"}, Kind: KindSingle},
	}
	answers := []Answer{
		{Question: 0, Choices: []int{1}, SampleChoices: [][]int{{1}, {1}, {0}, {1}}},
		{Question: 1, Choices: []int{0, 2}},
		{Question: 2, Text: "anything"},
		{Question: 3, Choices: []int{0}},
	}
	s := ScoreAnswers(qs, answers, [][]int{{1}, {2, 0}, {}, {1}})
	if s.Correct != 2 || s.Total != 3 || s.Ratio != 2.0/3 {
		t.Errorf("score %d/%d ratio %v, want 2/3", s.Correct, s.Total, s.Ratio)
	}
	if got := s.Questions[0].Answerability; got != 0.75 {
		t.Errorf("answerability of question 0 = %v, want 3 of 4 samples", got)
	}
	if got := s.Answerability; got != (0.75+1+0)/3 {
		t.Errorf("overall answerability = %v", got)
	}
	if s.Questions[2].Question != 3 || s.Questions[2].Correct {
		t.Errorf("question 3 scored %+v, want wrong", s.Questions[2])
	}
	if ScoreAnswers(qs, answers, nil) != nil {
		t.Error("a score without a key")
	}
}

func TestStatsFrom(t *testing.T) {
	now := mustTime("2026-11-26T10:00:00Z")
	c := Counters{}
	c.Add(CounterAnalyses, 10)
	c.Add(CounterQuestions, 40)
	c.Add(CounterCacheHits, 3)
	c.Add(CounterCacheMisses, 7)
	c.Add(DayCounter(now, CounterAnalyses), 4)
	c.Add(DayCounter(now.AddDate(0, 0, -1), CounterAnalyses), 6)
	c.Add(ModelCounter("gpt-4o-mini", CounterAnalyses), 7)
	c.Add(ModelCounter("gpt-4o-mini", CounterPromptTokens), 700)
	c.Add(ModelCounter("llama3.1:8b", CounterFailed), 1)
	for range 50 {
		c.Add(LatencyCounter(80), 1) // 50..100 bucket
	}
	for range 50 {
		c.Add(LatencyCounter(1800), 1) // 1500..2000 bucket
	}
	s := StatsFrom(c, now)
	if s.Analyses != 10 || s.Questions != 40 || s.CacheHitRatio != 0.3 || s.Today.Analyses != 4 || s.Today.Date != "2026-11-26" {
		t.Errorf("stats = %+v", s)
	}
	if m := s.Models["gpt-4o-mini"]; m.Analyses != 7 || m.Tokens.PromptTokens != 700 {
		t.Errorf("model stats = %+v", m)
	}
	if m := s.Models["llama3.1:8b"]; m.Failed != 1 {
		t.Errorf("a model name with a colon: %+v", s.Models)
	}
	if s.LatencyMS.P50 < 50 || s.LatencyMS.P50 > 100 || s.LatencyMS.P99 < 1500 || s.LatencyMS.P99 > 2000 {
		t.Errorf("latency percentiles = %+v, want p50 in 50..100 and p99 in 1500..2000", s.LatencyMS)
	}
}

func TestIDs(t *testing.T) {
	t1 := mustTime("2026-01-01T00:00:00Z")
	a, b := NewID(t1), NewID(t1.Add(time.Millisecond))
	if !ValidID(a) || !ValidID(b) || a >= b {
		t.Errorf("IDs %q, %q: want valid and sorted by time", a, b)
	}
	if NewID(t1) == NewID(t1) {
		t.Error("two IDs in the same millisecond are equal")
	}
	for _, bad := range []string{"", "../../etc/passwd", strings.Repeat("u", 26), strings.ToUpper(a)} {
		if ValidID(bad) {
			t.Errorf("ValidID(%q) = true", bad)
		}
	}
}

func TestWithSeq(t *testing.T) {
	got := string(WithSeq(42, []byte(`{"type":"answer"}`)))
	if got != `{"seq":42,"type":"answer"}` {
		t.Errorf("WithSeq = %s", got)
	}
	var v map[string]any
	if err := json.Unmarshal(WithSeq(7, []byte(`{}`)), &v); err != nil || v["seq"] != 7.0 {
		t.Errorf("WithSeq on an empty object: %v %v", v, err)
	}
}

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEventEncode(t *testing.T) {
	a := json.RawMessage(`{"id":"x","answers":[{"question":0,"choices":[1]}]}`)
	b, err := Event{Type: EventCompleted, ID: "x", Analysis: a, Cached: true}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	var got Event
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
	if got.Type != EventCompleted || !got.Cached || string(got.Analysis) != string(a) {
		t.Errorf("round trip of %s = %+v", b, got)
	}
	plain, _ := Event{Type: EventAnswer, ID: "y"}.Encode()
	if string(plain) != `{"type":"answer","id":"y","at":"0001-01-01T00:00:00Z"}` {
		t.Errorf("event without analysis = %s", plain)
	}
}

// An author who knows the key of some questions only gives [] for the
// others: accepted, and those are not scored.
func TestPartialAnswerKey(t *testing.T) {
	r := Request{Questions: []Question{{Text: "A?", Options: []string{"a", "b"}}, {Text: "B?", Options: []string{"a", "b"}}}, AnswerKey: [][]int{{1}, {}}}
	if err := r.Normalize(); err != nil {
		t.Fatalf("a key with an empty entry: %v", err)
	}
	s := ScoreAnswers(r.Questions, []Answer{{Question: 0, Choices: []int{1}}, {Question: 1, Choices: []int{0}}}, r.AnswerKey)
	if s == nil || s.Total != 1 || s.Correct != 1 {
		t.Errorf("score %+v, want 1 of 1: the question without a key is not scored", s)
	}
}
