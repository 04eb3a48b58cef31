package quiz

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"
)

// A result with its answers encoded ahead is the same bytes as one encoded
// whole, whatever the strings before the answers hold.
func TestResultEncodeSplicesTheSameBytes(t *testing.T) {
	answers := []Answer{
		{Question: 0, Choices: []int{2}, Confidence: 0.87, Votes: []int{0, 1, 7, 0}, Explanation: `seven <is> "prime" & odd`},
		{Question: 1, Choices: []int{}, Error: &ErrorBody{Code: "invalid_reply", Message: "no valid reply"}},
	}
	for _, a := range []Analysis{
		{ID: "01hzx", Status: StatusCompleted, Cached: true, Model: "m", Samples: 1, Answers: answers, Answered: 1, Unanswered: 1,
			Score: &Score{}, Timing: Timing{StartedAt: time.Unix(1700000000, 5).UTC(), TotalMS: 0.25}},
		{ID: "x", Model: `"answers":null`, Answers: []Answer{}},
		{ID: `\"answers\":null`, Model: `x"answers":null`, Answers: answers, NotStored: &ErrorBody{Code: "unavailable", Message: "m"}},
	} {
		want, err := json.Marshal(a.Result())
		if err != nil {
			t.Fatal(err)
		}
		enc, err := json.Marshal(a.Answers)
		if err != nil {
			t.Fatal(err)
		}
		a.EncodedAnswers = enc
		got, err := a.Result().Encode()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("spliced:\n%s\nwhole:\n%s", got, want)
		}
		a.EncodedAnswers = nil
		if got, _ := a.Result().Encode(); string(got) != string(want) {
			t.Errorf("without encoded answers:\n%s\nwant:\n%s", got, want)
		}
	}
}

// EncodeTo writes the bytes Encode returns, after what the buffer holds.
func TestEventEncodeToIsEncode(t *testing.T) {
	src := Source{URL: "http://quiz.local/<a>&b", Title: "T"}
	for _, e := range []Event{
		{Type: EventCompleted, ID: "01hzx", At: time.Unix(1700000000, 5).UTC(), Analysis: json.RawMessage(`{"id":"01hzx","answers":[]}`),
			Cached: true, Source: &src, Score: &Score{}, Timing: &Timing{TotalMS: 0.25}},
		{Type: EventAnswer, ID: "x", Answer: &Answer{Question: 1, Choices: []int{2}, Explanation: `"<b>"`}},
		{Type: EventStats},
	} {
		want, err := e.Encode()
		if err != nil {
			t.Fatal(err)
		}
		buf := bytes.NewBufferString("before")
		if err := e.EncodeTo(buf); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != "before"+string(want) {
			t.Errorf("EncodeTo:\n%s\nEncode:\n%s", got, want)
		}
	}
}
