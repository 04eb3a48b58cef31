package llm

import (
	"fmt"
	"io"
	"net/http"
	"regexp"
	"unicode/utf8"
)

// secretLike matches what a model server may echo back from a request: a
// bearer token, an OpenAI-style key, a long key-like token.
var secretLike = regexp.MustCompile(`(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+|\b(sk|pk|rk|key|api[_-]?key)[-_][A-Za-z0-9._-]{6,}|\b[A-Za-z0-9_-]{32,}\b`)

// Redact hides bearer tokens and key-like strings in text from upstream,
// before it is returned, stored, broadcast or logged.
func Redact(s string) string {
	return secretLike.ReplaceAllStringFunc(s, func(m string) string {
		if sub := secretLike.FindStringSubmatch(m); sub != nil && sub[1] != "" {
			return sub[1] + "[redacted]"
		}
		return "[redacted]"
	})
}

// Every read from the model server is bounded: a reply no larger than the
// quiz could need, stream events no larger than a reply, error bodies of
// 64 KiB, explanations of 1,000 characters. A server that crosses a bound
// gets the analysis failed with invalid_model_reply, not the memory.
const (
	// MaxExplanation is the longest explanation kept, in characters; a
	// longer one is cut. Free-text answers are held to the same length.
	MaxExplanation = 1000
	// maxErrorBody is how much of a non-2xx body is read.
	maxErrorBody = 64 << 10
	// replyBase and replyPerQuestion size the largest reply accepted: an
	// item is its index, a few choices, a confidence and two strings of at
	// most 1,000 characters, each up to 6 bytes when escaped.
	replyBase        = 4 << 10
	replyPerQuestion = 14 << 10
	// tailEvents is how many events are read after the answer object
	// closed, for the usage chunk that follows it; then reading stops.
	tailEvents = 16
)

// maxReply is the largest reply to n questions that is read.
func maxReply(n int) int { return replyBase + n*replyPerQuestion }

// maxEvent is the largest stream event for a reply to n questions (a server
// may send the whole reply in one event, escaped in JSON).
func maxEvent(n int) int { return 2*maxReply(n) + 16<<10 }

// replyTooLongError is a reply past maxReply.
type replyTooLongError struct{ max int }

func (e *replyTooLongError) Error() string {
	return fmt.Sprintf("the reply is longer than the %d bytes the questions could need", e.max)
}

// clip cuts s to at most n characters.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := 0
	for count := 0; i < len(s) && count < n; count++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	if i >= len(s) {
		return s
	}
	return s[:i] + "…"
}

// boundedTransport caps what is read of a response that is not a success:
// the SDK reads an error body whole to build its error.
type boundedTransport struct{ base http.RoundTripper }

func (t boundedTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err != nil || resp.StatusCode < 300 {
		return resp, err
	}
	resp.Body = struct {
		io.Reader
		io.Closer
	}{io.LimitReader(resp.Body, maxErrorBody), resp.Body}
	resp.ContentLength = -1
	return resp, nil
}
