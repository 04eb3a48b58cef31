package analyze

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Deleting an analysis removes it from the history and from every cache
// that could answer with it: the store's cache entry (the store deletes it
// with the analysis), this replica's recent analyses, and the writes
// waiting for a retry (which would write it back). The displays are told
// with an analysis.deleted event, which also makes every other replica
// forget it (Forget).
//
// The totals stay as they were: they count work done (model calls, tokens
// spent, cache hits, analyses per day), which a deletion does not undo. What
// stats derive from the history itself, the median time of recent
// analyses, no longer counts a deleted one.

// deleteBatch analyses are deleted per store transaction by DeleteBefore.
const deleteBatch = 500

// Delete deletes the analysis id; a *quiz.Error with ECodeNotFound when
// there is none.
func (s *Service) Delete(ctx context.Context, id string) error {
	// First out of the retry queue, or the retry loop could write it back
	// between the store's deletion and this.
	waiting := s.writes.drop(func(a *quiz.Analysis) bool { return a.ID == id })
	err := s.store.DeleteAnalysis(ctx, id)
	if errors.Is(err, quiz.ErrNotFound) && waiting == 0 {
		return quiz.Errorf(quiz.ECodeNotFound, "no analysis %s", id)
	}
	if err != nil && !errors.Is(err, quiz.ErrNotFound) {
		return deleteFailed(err)
	}
	s.recent.forget(func(a *quiz.Analysis) bool { return a.ID == id })
	s.publish(ctx, quiz.Event{Type: quiz.EventDeleted, ID: id, At: time.Now().UTC()})
	return nil
}

// DeleteBefore deletes every analysis created before t and returns how
// many, a batch per store transaction.
func (s *Service) DeleteBefore(ctx context.Context, t time.Time) (int, error) {
	bound := quiz.IDAt(t)
	older := func(a *quiz.Analysis) bool { return a.ID < bound }
	total := s.writes.drop(older)
	for {
		n, err := s.store.DeleteAnalysesBefore(ctx, t, deleteBatch)
		total += n
		if err != nil {
			if total > 0 {
				s.forgetBefore(ctx, t)
			}
			return total, deleteFailed(err)
		}
		if n < deleteBatch {
			break
		}
	}
	s.forgetBefore(ctx, t)
	return total, nil
}

func (s *Service) forgetBefore(ctx context.Context, t time.Time) {
	bound := quiz.IDAt(t)
	s.recent.forget(func(a *quiz.Analysis) bool { return a.ID < bound })
	at := t.UTC()
	s.publish(ctx, quiz.Event{Type: quiz.EventDeleted, At: time.Now().UTC(), Before: &at})
}

// Forget drops what a deletion announced by e (an analysis.deleted event,
// from this replica or another) from this replica's recent analyses, so
// that no replica answers a quiz from an analysis deleted elsewhere.
// Other events are ignored.
func (s *Service) Forget(e quiz.Event) {
	switch {
	case e.Type != quiz.EventDeleted:
	case e.Before != nil:
		bound := quiz.IDAt(*e.Before)
		s.recent.forget(func(a *quiz.Analysis) bool { return a.ID < bound })
	case e.ID != "":
		s.recent.forget(func(a *quiz.Analysis) bool { return a.ID == e.ID })
	}
}

// deleteFailed is the client's error for a deletion the store did not make:
// 503 as for analyses, store_read_only when the store refused the write.
func deleteFailed(err error) error {
	if errors.Is(err, quiz.ErrUnavailable) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return &quiz.Error{Code: quiz.ECodeUnavailable, Message: "the store is unreachable; nothing was deleted", Err: err}
	}
	return &quiz.Error{
		Code:              quiz.ECodeStoreReadOnly,
		Message:           fmt.Sprintf("the store refused the deletion (%s)", storeReason(err)),
		RetryAfterSeconds: int(retryEvery / time.Second),
		Err:               err,
	}
}

// drop removes the waiting writes that match and returns how many.
func (w *writes) drop(match func(*quiz.Analysis) bool) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	kept := w.waiting[:0]
	n := 0
	for _, a := range w.waiting {
		if match(a) {
			w.bytes -= approxSize(a)
			n++
			continue
		}
		kept = append(kept, a)
	}
	clear(w.waiting[len(kept):])
	w.waiting = kept
	if len(w.waiting) == 0 && n > 0 {
		w.failing = nil
	}
	return n
}
