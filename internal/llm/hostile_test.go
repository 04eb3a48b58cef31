package llm_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/llm"
	"github.com/quizstats/quizstats/internal/quiz"
)

// hostile is a model server that misbehaves as a malicious or broken one
// would. It counts what it managed to send: a client that stops reading in
// time makes its writes fail long before it is done.
type hostile struct {
	*httptest.Server
	sent atomic.Int64
}

func newHostile(t *testing.T, serve func(w http.ResponseWriter, write func(string) bool)) *hostile {
	h := &hostile{}
	h.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		flusher := w.(http.Flusher)
		write := func(s string) bool {
			n, err := w.Write([]byte(s))
			h.sent.Add(int64(n))
			if err != nil {
				return false
			}
			flusher.Flush()
			return true
		}
		serve(w, write)
	}))
	t.Cleanup(h.Close)
	return h
}

func hostileClient(h *hostile) *llm.Client {
	return llm.New(llm.Config{BaseURL: h.URL + "/v1", APIKey: "sk-test-secret", Model: "hostile",
		Backoff: llm.Backoff{Retries: 1, Base: time.Millisecond, Max: time.Millisecond}})
}

func sseChunk(content string) string {
	return fmt.Sprintf("data: {\"choices\":[{\"delta\":{\"content\":%q}}]}\n\n", content)
}

func streamHeaders(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(200)
}

const validReply = `{"answers":[{"question":0,"choices":[1],"text":"","confidence":0.9,"explanation":"Iron oxide."}]}`

func oneQuestion() []quiz.Question {
	return []quiz.Question{{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars"}, Kind: quiz.KindSingle}}
}

// the most a hostile server may get through before the client stops
// reading: far below what it tries to send (TCP buffers included).
const readBound = 32 << 20

func wantCode(t *testing.T, err error, code string) {
	t.Helper()
	qe, ok := errors.AsType[*quiz.Error](err)
	if !ok || qe.Code != code {
		t.Fatalf("error %v, want code %s", err, code)
	}
}

// A reply of whitespace that never ends: before, the scanner kept it all
// (RSS 6.8 GB in 30 s). Now the reply is cut at the size the quiz could need.
func TestHostileEndlessWhitespace(t *testing.T) {
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		streamHeaders(w)
		write(sseChunk(`{"answers":[`))
		pad := sseChunk(strings.Repeat(" ", 4096))
		for i := 0; i < 1<<16 && write(pad); i++ {
		}
	})
	_, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	wantCode(t, err, quiz.ECodeInvalidReply)
	if !strings.Contains(err.Error(), "longer than") {
		t.Errorf("the error does not say the reply was too long: %v", err)
	}
	if n := h.sent.Load(); n > readBound {
		t.Errorf("the client read %d bytes of an endless reply", n)
	}
}

// One stream line that never ends.
func TestHostileEndlessLine(t *testing.T) {
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		streamHeaders(w)
		write("data: ")
		pad := strings.Repeat("x", 64<<10)
		for i := 0; i < 1<<14 && write(pad); i++ {
		}
	})
	_, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	wantCode(t, err, quiz.ECodeInvalidReply)
	if n := h.sent.Load(); n > readBound {
		t.Errorf("the client read %d bytes of an endless line", n)
	}
}

// A valid answer followed by 1 GB of chunks: the answer stands, and the
// rest is not read.
func TestHostileGarbageAfterAnswer(t *testing.T) {
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		streamHeaders(w)
		write(sseChunk(validReply))
		junk := sseChunk(strings.Repeat("garbage ", 8192))
		for i := 0; i < 1<<14 && write(junk); i++ {
		}
	})
	res, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Answers) != 1 || len(res.Answers[0].Choices) != 1 || res.Answers[0].Choices[0] != 1 {
		t.Errorf("answers %+v", res.Answers)
	}
	if n := h.sent.Load(); n > readBound {
		t.Errorf("the client read %d bytes after the answer was complete", n)
	}
}

// A 100 MB error body is read no further than 64 KiB.
func TestHostileHugeErrorBody(t *testing.T) {
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		write(`{"error":{"message":"`)
		pad := strings.Repeat("e", 64<<10)
		for i := 0; i < 1600 && write(pad); i++ {
		}
		write(`"}}`)
	})
	_, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	if err == nil {
		t.Fatal("no error")
	}
	if len(err.Error()) > 4096 {
		t.Errorf("the error is %d bytes long", len(err.Error()))
	}
	if n := h.sent.Load(); n > readBound {
		t.Errorf("the client read %d bytes of an error body", n)
	}
}

// A 3,000-character explanation is kept as 1,000 (a 10 MB one makes the
// reply too long, as above).
func TestHostileLongExplanation(t *testing.T) {
	long := strings.Repeat("é", 3000)
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		streamHeaders(w)
		write(sseChunk(`{"answers":[{"question":0,"choices":[1],"text":"","confidence":0.9,"explanation":"` + long + `"}]}`))
		write("data: [DONE]\n\n")
	})
	res, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := []rune(res.Answers[0].Explanation); len(got) > llm.MaxExplanation+1 {
		t.Errorf("explanation kept at %d characters, want at most %d", len(got), llm.MaxExplanation)
	}
}

// The budget running out in the middle of a chunk is a timeout (504), not
// "a chunk that is not JSON" (502).
func TestHostileTimeoutMidChunk(t *testing.T) {
	release := make(chan struct{})
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		streamHeaders(w)
		write(`data: {"choices":[{"delta":{"content":"{\"answers\":[`)
		<-release
	})
	t.Cleanup(func() { close(release) }) // before the server closes
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := hostileClient(h).Answer(ctx, oneQuestion(), 1, nil)
	wantCode(t, err, quiz.ECodeModelTimeout)
}

// A server that echoes the Authorization header in its error: the key is
// not in the error that is returned, stored and logged.
func TestHostileEchoedKeyRedacted(t *testing.T) {
	h := newHostile(t, func(w http.ResponseWriter, write func(string) bool) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(400)
		write(`{"error":{"message":"bad request key=Bearer sk-test-secret api_key=sk-proj-abcdefghijklmnop"}}`)
	})
	_, err := hostileClient(h).Answer(context.Background(), oneQuestion(), 1, nil)
	if err == nil {
		t.Fatal("no error")
	}
	qe, _ := errors.AsType[*quiz.Error](err)
	for _, s := range []string{err.Error(), qe.Message} {
		if strings.Contains(s, "sk-test-secret") || strings.Contains(s, "abcdefghijklmnop") {
			t.Errorf("the key is in the error: %s", s)
		}
	}
}
