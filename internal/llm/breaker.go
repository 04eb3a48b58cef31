package llm

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Breaker states, as exported in metrics.
const (
	StateClosed   = "closed"
	StateOpen     = "open"
	StateHalfOpen = "half_open"
)

// Breaker is a circuit breaker around the model. After Threshold failures
// in a row it opens: calls fail at once for Cooldown, sparing a model that
// is down (and the people waiting) from a pile of doomed requests. Then one
// probe call is let through; its success closes the breaker, its failure
// opens it again.
type Breaker struct {
	Threshold int
	Cooldown  time.Duration
	// OnChange, if set, is called with the new state on every change.
	OnChange func(state string)

	mu       sync.Mutex
	state    string
	failures int
	openedAt time.Time
	probing  bool
	// lastErr is the last failure's message, told to those turned away.
	lastErr string
}

// Status is the breaker's state for people: whether calls are paused, why
// (the last model error) and when the next call is let through.
type Status struct {
	State     string    `json:"state"`
	Failures  int       `json:"failures"`
	LastError string    `json:"last_error,omitempty"`
	RetryAt   time.Time `json:"retry_at,omitzero"`
}

// Status returns the breaker's status.
func (b *Breaker) Status() Status {
	b.mu.Lock()
	defer b.mu.Unlock()
	st := Status{State: b.state, Failures: b.failures, LastError: b.lastErr}
	if b.state == StateOpen {
		st.RetryAt = b.openedAt.Add(b.Cooldown)
		if !time.Now().Before(st.RetryAt) {
			st.State = StateHalfOpen
		}
	}
	return st
}

// NewBreaker returns a closed breaker.
func NewBreaker(threshold int, cooldown time.Duration) *Breaker {
	return &Breaker{Threshold: threshold, Cooldown: cooldown, state: StateClosed}
}

// State returns the current state.
func (b *Breaker) State() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == StateOpen && time.Since(b.openedAt) >= b.Cooldown {
		return StateHalfOpen
	}
	return b.state
}

// Allow reports whether a call may go ahead. When it returns nil, the
// caller must report the outcome with Done.
func (b *Breaker) Allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case StateClosed:
		return nil
	case StateOpen:
		wait := b.Cooldown - time.Since(b.openedAt)
		if wait > 0 {
			return b.refusal(wait)
		}
		b.setState(StateHalfOpen)
		fallthrough
	default: // half-open: one probe at a time
		if b.probing {
			return b.refusal(time.Second)
		}
		b.probing = true
		return nil
	}
}

func (b *Breaker) refusal(wait time.Duration) error {
	secs := int(math.Ceil(wait.Seconds()))
	msg := fmt.Sprintf("the model failed %d times in a row; calls are paused while it recovers, the next is let through in %d s", max(b.failures, 1), secs)
	if b.lastErr != "" {
		msg += "; last error: " + b.lastErr
	}
	return &quiz.Error{
		Code:              quiz.ECodeModelUnavailable,
		Message:           msg,
		RetryAfterSeconds: secs,
	}
}

// Done records the outcome of an allowed call. failed is true only for
// failures of the model service itself (errors, timeouts), not for a
// reply that was merely invalid; why is the failure's message.
func (b *Breaker) Done(failed bool, why string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	wasProbe := b.probing
	b.probing = false
	if !failed {
		b.failures = 0
		b.lastErr = ""
		if b.state != StateClosed {
			b.setState(StateClosed)
		}
		return
	}
	b.failures++
	if why != "" {
		b.lastErr = why
	}
	if wasProbe || b.failures >= b.Threshold {
		b.openedAt = time.Now()
		b.setState(StateOpen)
	}
}

func (b *Breaker) setState(s string) {
	if b.state == s {
		return
	}
	b.state = s
	if b.OnChange != nil {
		b.OnChange(s)
	}
}
