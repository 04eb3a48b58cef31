package server

import (
	"bytes"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/quiz"
)

// FuzzDecodeRequest: whatever a client sends, decoding and validation
// either fail with an input error (never a crash, never a 500) or give a
// request that satisfies every rule.
func FuzzDecodeRequest(f *testing.F) {
	f.Add(`{"questions":[{"text":"2+2?","options":["3","4"]}]}`)
	f.Add(`{"source":{"url":"u","title":"t"},"questions":[{"text":"Q","options":["a","b","c"],"kind":"multiple"}],"samples":3,"answer_key":[[0,2]]}`)
	f.Add(`{"questions":[{"text":"Name it"}],"answer_key":[[]]}`)
	f.Add(`{"questions":[{"text":"Q","options":["a","a"]}]}`)
	f.Add(`{"questions":[{"text":7}]}`)
	f.Add("{\"questions\":[{\"text\":\"\\u0000\\ud800\",\"options\":[\"\\t\",\"b\"]}]}")
	f.Add(`[]`)
	f.Add(``)
	// One buffer for every input, as the server's pool reuses them.
	var buf bytes.Buffer
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest("POST", "/api/v1/analyze", strings.NewReader(body))
		r.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		var req quiz.Request
		buf.Reset()
		err := decodeRequest(w, r, &buf, &req)
		if err == nil {
			err = req.Normalize()
		}
		if err != nil {
			qe, ok := err.(*quiz.Error)
			if !ok {
				t.Fatalf("error %v is not a *quiz.Error", err)
			}
			if statusOf[qe.Code] >= 500 || statusOf[qe.Code] == 0 || qe.Message == "" {
				t.Fatalf("input error %+v maps to status %d", qe, statusOf[qe.Code])
			}
			return
		}
		if n := len(req.Questions); n < 1 || n > quiz.MaxQuestions {
			t.Fatalf("%d questions accepted", n)
		}
		if req.Samples < 1 || req.Samples > quiz.MaxSamples {
			t.Fatalf("samples %d accepted", req.Samples)
		}
		for i, q := range req.Questions {
			if q.Text == "" || (q.Kind.Choice() && (len(q.Options) < 2 || len(q.Options) > 26)) || (!q.Kind.Choice() && len(q.Options) > 0) {
				t.Fatalf("question %d accepted: %+v", i, q)
			}
			seen := map[string]bool{}
			for _, o := range q.Options {
				if o == "" || seen[o] || strings.ContainsAny(o, "\x00\n\r") {
					t.Fatalf("question %d: option %q accepted", i, o)
				}
				seen[o] = true
			}
			if strings.ContainsRune(q.Text, 0) {
				t.Fatalf("question %d: control character kept", i)
			}
		}
		// Normalizing is idempotent: what was accepted stays as it is.
		before := quiz.Fingerprint(req.Questions, "m", req.Samples)
		// Nothing decoded points into the body's buffer, which the server
		// reuses for the next request.
		scribble := buf.Bytes()
		for i := range scribble {
			scribble[i] = 'x'
		}
		if err := req.Normalize(); err != nil || quiz.Fingerprint(req.Questions, "m", req.Samples) != before {
			t.Fatalf("a second Normalize changed or refused the request: %v", err)
		}
	})
}

func TestFieldPath(t *testing.T) {
	for in, want := range map[string]string{
		"/questions/2/options": "questions[2].options",
		"/samples":             "samples",
		"/answer_key/0/1":      "answer_key[0][1]",
		"/a~1b/c~0d":           "a/b.c~d",
		"":                     "",
	} {
		if got := fieldPath(in); got != want {
			t.Errorf("fieldPath(%q) = %q, want %q", in, got, want)
		}
	}
}
