package analyze

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// An analysis is acknowledged as stored only once the store has it. When a
// write fails, the response says so ("stored": false, with the reason), the
// analysis waits here, and a background loop writes it as soon as the store
// takes writes again. While a store refuses writes (a full disk, Redis out of
// memory) new analyses are refused with 503 rather than answered and lost.

const (
	// retryBytes bounds the analyses kept for a later write, by their
	// approximate size: a store that stays full must not fill memory too.
	retryBytes = 32 << 20
	// retryEvery is how often the waiting writes are tried again.
	retryEvery = time.Second
)

// writes tracks failed history writes and retries them.
type writes struct {
	mu      sync.Mutex
	waiting []*quiz.Analysis
	bytes   int
	// refused is the last refusal of a store that is up but does not take
	// writes; nil once a write succeeds. An unreachable store (Redis down)
	// is not "refused": it is reported by its own check, and replicas go
	// on answering without it.
	refused   error
	refusedAt time.Time
	// failing is the last failure of any kind, for /ready.
	failing error
	// retrying is held by whoever is redoing the waiting writes.
	retrying sync.Mutex
}

// save writes a to the history. On failure it keeps a for a later write
// (room permitting) and marks a as not stored, with a reason a client can
// read.
func (s *Service) save(ctx context.Context, a *quiz.Analysis) {
	err := s.store.SaveAnalysis(ctx, a)
	if err == nil {
		a.NotStored = nil
		s.writes.succeeded()
		return
	}
	s.storeFailed("save_analysis", a.ID, err)
	if errors.Is(err, quiz.ErrNotReplicated) {
		// The primary has it; only its copy on a replica is unconfirmed.
		// Writing it again would not change that.
		a.NotStored = notStored(err)
		return
	}
	body := &quiz.ErrorBody{Code: quiz.ECodeUnavailable, Message: "the store is unreachable"}
	if !errors.Is(err, quiz.ErrUnavailable) && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		body = &quiz.ErrorBody{Code: quiz.ECodeStoreReadOnly, Message: "the store refused the write: " + storeReason(err)}
	}
	// Set before a is shared with the retry loop.
	a.NotStored = body
	kept := s.writes.keep(a, err, time.Now())
	if kept {
		body.Message += "; it will be written when the store takes writes again"
	} else {
		body.Message += "; too many analyses are already waiting to be written, so this one is not kept"
	}
}

// storeReason is the part of a store error a client may see: its message
// without file paths or addresses, which stay in the log.
func storeReason(err error) string {
	msg := err.Error()
	switch {
	case containsAny(msg, "no space left", "ENOSPC"):
		return "the disk is full"
	case containsAny(msg, "OOM", "maxmemory"):
		return "Redis is out of memory (maxmemory)"
	case containsAny(msg, "read-only", "READONLY", "readonly"):
		return "the store is read-only"
	}
	return "write failed"
}

func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func (w *writes) succeeded() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.refused = nil
	if len(w.waiting) == 0 {
		w.failing = nil
	}
}

// keep remembers a for a later write; it reports false when there is no
// room left.
func (w *writes) keep(a *quiz.Analysis, err error, now time.Time) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.failing = err
	if !errors.Is(err, quiz.ErrUnavailable) && !errors.Is(err, context.Canceled) && !errors.Is(err, context.DeadlineExceeded) {
		if w.refused == nil {
			w.refusedAt = now
		}
		w.refused = err
	}
	for _, k := range w.waiting {
		if k.ID == a.ID {
			return true
		}
	}
	n := approxSize(a)
	if w.bytes+n > retryBytes {
		return false
	}
	w.waiting = append(w.waiting, a)
	w.bytes += n
	return true
}

// refusing returns the store's refusal while it refuses writes.
func (w *writes) refusing() (error, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.refused, w.refusedAt
}

// retry writes the waiting analyses, oldest first, until one fails.
func (s *Service) retryWrites(ctx context.Context) {
	s.writes.retrying.Lock()
	defer s.writes.retrying.Unlock()
	for {
		s.writes.mu.Lock()
		if len(s.writes.waiting) == 0 {
			s.writes.mu.Unlock()
			return
		}
		a := s.writes.waiting[0]
		s.writes.mu.Unlock()

		wctx, cancel := context.WithTimeout(ctx, 5*time.Second)
		err := s.store.SaveAnalysis(wctx, a)
		cancel()
		if errors.Is(err, quiz.ErrNotReplicated) {
			err = nil // written; a replica's copy is the store's concern
		}
		s.writes.mu.Lock()
		if err != nil {
			s.writes.failing = err
			s.writes.mu.Unlock()
			return
		}
		s.writes.waiting = s.writes.waiting[1:]
		s.writes.bytes -= approxSize(a)
		s.writes.refused = nil
		if len(s.writes.waiting) == 0 {
			s.writes.failing = nil
		}
		s.writes.mu.Unlock()
		s.logger.Info("analysis written after the store failed", "id", a.ID)
	}
}

// retryLoop retries failed writes until the service closes.
func (s *Service) retryLoop(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.base.Done():
			return
		case <-t.C:
			s.retryWrites(s.base)
		}
	}
}

// WriteCheck is the readiness check of history writes: it fails while a
// write has failed and not yet been redone.
func (s *Service) WriteCheck(ctx context.Context) error {
	s.writes.mu.Lock()
	defer s.writes.mu.Unlock()
	if s.writes.failing == nil {
		return nil
	}
	return fmt.Errorf("history writes are failing (%s); %d analyses waiting to be written", storeReason(s.writes.failing), len(s.writes.waiting))
}

// errReadOnly is what an analysis gets while the store refuses writes.
func errReadOnly(refused error, since time.Time) error {
	return &quiz.Error{
		Code: quiz.ECodeStoreReadOnly,
		Message: fmt.Sprintf("the store has refused writes since %s (%s): the analysis would not be kept, so it is not made; try again once the store has room",
			since.UTC().Format(time.RFC3339), storeReason(refused)),
		RetryAfterSeconds: int(retryEvery / time.Second),
	}
}

// approxSize is about how many bytes a takes in memory: its strings.
func approxSize(a *quiz.Analysis) int {
	n := 512 + len(a.Source.URL) + len(a.Source.Title)
	for _, q := range a.Questions {
		n += len(q.Text) + 32
		for _, o := range q.Options {
			n += len(o) + 16
		}
	}
	for _, ans := range a.Answers {
		n += len(ans.Text) + len(ans.Explanation) + 64 + 8*len(ans.Votes)
	}
	return n
}
