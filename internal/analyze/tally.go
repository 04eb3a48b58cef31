package analyze

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// tally gathers counter increments in memory; flush adds them to the store
// in one write. A cache hit then costs no store write at all, which is what
// lets cached answers be served at tens of thousands a second.
type tally struct {
	mu sync.Mutex
	c  quiz.Counters
}

func (t *tally) add(name string, n int64) {
	t.mu.Lock()
	t.c[name] += n
	t.mu.Unlock()
}

func (t *tally) analysis(a *quiz.Analysis, cached bool) {
	n := int64(len(a.Questions))
	t.mu.Lock()
	defer t.mu.Unlock()
	t.c.Add(quiz.CounterAnalyses, 1)
	t.c.Add(quiz.CounterQuestions, n)
	t.c.Add(quiz.DayCounter(a.Timing.StartedAt, quiz.CounterAnalyses), 1)
	t.c.Add(quiz.DayCounter(a.Timing.StartedAt, quiz.CounterQuestions), n)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterAnalyses), 1)
	if cached {
		return
	}
	t.c.Add(quiz.CounterPromptTokens, a.Usage.PromptTokens)
	t.c.Add(quiz.CounterCompletionTokens, a.Usage.CompletionTokens)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterPromptTokens), a.Usage.PromptTokens)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterCompletionTokens), a.Usage.CompletionTokens)
	t.c.Add(quiz.LatencyCounter(a.Timing.TotalMS), 1)
}

func (t *tally) failure(a *quiz.Analysis) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.c.Add(quiz.CounterFailed, 1)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterFailed), 1)
	// A failed analysis cost tokens too.
	t.c.Add(quiz.CounterPromptTokens, a.Usage.PromptTokens)
	t.c.Add(quiz.CounterCompletionTokens, a.Usage.CompletionTokens)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterPromptTokens), a.Usage.PromptTokens)
	t.c.Add(quiz.ModelCounter(a.Model, quiz.CounterCompletionTokens), a.Usage.CompletionTokens)
}

// take returns the pending increments and starts afresh.
func (t *tally) take() quiz.Counters {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.c) == 0 {
		return nil
	}
	c := t.c
	t.c = quiz.Counters{}
	return c
}

// giveBack returns increments that could not be stored, to try again.
func (t *tally) giveBack(c quiz.Counters) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for k, v := range c {
		t.c[k] += v
	}
}

// flush adds pending increments to the store.
func (s *Service) flush(ctx context.Context) error {
	c := s.tally.take()
	if c == nil {
		return nil
	}
	if err := s.store.AddCounters(ctx, c); err != nil {
		s.tally.giveBack(c)
		s.obs.StoreError("add_counters")
		return err
	}
	return nil
}

// flushLoop flushes the counters every interval and, when they changed,
// tells the displays the new totals.
func (s *Service) flushLoop(every time.Duration) {
	defer close(s.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.base.Done():
			return
		case <-t.C:
		}
		s.tally.mu.Lock()
		changed := len(s.tally.c) > 0
		s.tally.mu.Unlock()
		if !changed {
			continue
		}
		ctx, cancel := context.WithTimeout(s.base, every)
		stats, err := s.Stats(ctx)
		if err != nil {
			if !errors.Is(err, quiz.ErrUnavailable) { // the store reports outages itself
				s.logger.Warn("flush counters", "err", err)
			}
		} else {
			s.publish(ctx, quiz.Event{Type: quiz.EventStats, At: time.Now().UTC(), Stats: &stats})
		}
		cancel()
	}
}
