package llm

import (
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"strconv"
	"syscall"
	"time"

	"github.com/openai/openai-go/v3"
	"github.com/openai/openai-go/v3/packages/ssestream"
)

// Backoff is the retry policy for transient model failures.
type Backoff struct {
	Retries int           // retries after the first attempt
	Base    time.Duration // first delay; doubles each retry
	Max     time.Duration // cap on one delay
}

// DefaultBackoff: up to 3 retries, 0.5 s, 1 s, 2 s, each with jitter.
var DefaultBackoff = Backoff{Retries: 3, Base: 500 * time.Millisecond, Max: 8 * time.Second}

// delay is the wait before retry number attempt (0-based): exponential,
// with "equal jitter" (half fixed, half random) so that many clients failed
// by the same outage do not come back in step.
func (b Backoff) delay(attempt int) time.Duration {
	d := b.Base << attempt
	if d > b.Max || d <= 0 {
		d = b.Max
	}
	half := d / 2
	return half + rand.N(half+1)
}

// transient reports whether err is worth retrying (429, 5xx, a dropped
// connection) and how long the server asked us to wait, if it did.
// Anything else (a bad key, an unknown model, a bad request) will fail the
// same way again.
func transient(err error) (bool, time.Duration) {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false, 0
	}
	if apiErr, ok := errors.AsType[*openai.Error](err); ok {
		code := apiErr.StatusCode
		if code == http.StatusTooManyRequests || code >= 500 {
			var after time.Duration
			if apiErr.Response != nil {
				after = retryAfter(apiErr.Response.Header, time.Now())
			}
			return true, after
		}
		return false, 0
	}
	if _, ok := errors.AsType[*ssestream.StreamError](err); ok {
		// The server reported an error in the middle of the stream: an
		// overloaded or restarted backend, as good as a 5xx.
		return true, 0
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.EPIPE) {
		return true, 0
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return true, 0
	}
	return false, 0
}

// maxRetryAfter bounds a server's Retry-After; the analysis budget bounds
// it further.
const maxRetryAfter = time.Minute

// retryAfter reads OpenAI's retry-after-ms, then the standard Retry-After
// (seconds or an HTTP date).
func retryAfter(h http.Header, now time.Time) time.Duration {
	var d time.Duration
	if v := h.Get("Retry-After-Ms"); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms > 0 {
			d = time.Duration(ms * float64(time.Millisecond))
		}
	} else if v := h.Get("Retry-After"); v != "" {
		if s, err := strconv.ParseFloat(v, 64); err == nil && s > 0 {
			d = time.Duration(s * float64(time.Second))
		} else if t, err := http.ParseTime(v); err == nil {
			d = t.Sub(now)
		}
	}
	return min(max(d, 0), maxRetryAfter)
}

// sleep waits for d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
