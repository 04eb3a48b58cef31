package analyze

import (
	"container/list"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// recent keeps the most recently answered analyses in memory, decoded, in
// front of the store's cache: a repeated quiz (the same page captured again,
// a class pressing the shortcut on the same quiz) is then answered without
// reading and decoding it from the store. Entries never change for a
// fingerprint, so replicas' copies cannot disagree; they live at most ttl,
// so one does not outlive the store's entry by much.
type recent struct {
	mu    sync.Mutex
	max   int
	ttl   time.Duration
	order *list.List // front: most recently used
	byFP  map[string]*list.Element
}

type recentEntry struct {
	fp      string
	a       *quiz.Analysis
	encoded json.RawMessage // a as JSON, for the events of cache hits
	answers json.RawMessage // a.Answers as JSON, for the responses
	expires time.Time
}

func newRecent(max int, ttl time.Duration) *recent {
	return &recent{max: max, ttl: ttl, order: list.New(), byFP: make(map[string]*list.Element)}
}

// get returns the entry for fp, or nil. The analysis is shared: callers
// copy it before changing anything.
func (r *recent) get(fp string, now time.Time) *recentEntry {
	r.mu.Lock()
	defer r.mu.Unlock()
	el, ok := r.byFP[fp]
	if !ok {
		return nil
	}
	e := el.Value.(*recentEntry)
	if now.After(e.expires) {
		r.order.Remove(el)
		delete(r.byFP, fp)
		return nil
	}
	r.order.MoveToFront(el)
	return e
}

// put remembers a under fp and returns its entry.
func (r *recent) put(fp string, a *quiz.Analysis, now time.Time) (*recentEntry, error) {
	encoded, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("encode analysis %s: %w", a.ID, err)
	}
	answers, err := json.Marshal(a.Answers)
	if err != nil {
		return nil, fmt.Errorf("encode answers of %s: %w", a.ID, err)
	}
	e := &recentEntry{fp: fp, a: a, encoded: encoded, answers: answers, expires: now.Add(r.ttl)}
	r.mu.Lock()
	defer r.mu.Unlock()
	if el, ok := r.byFP[fp]; ok {
		el.Value = e
		r.order.MoveToFront(el)
		return e, nil
	}
	r.byFP[fp] = r.order.PushFront(e)
	for r.order.Len() > r.max {
		last := r.order.Back()
		r.order.Remove(last)
		delete(r.byFP, last.Value.(*recentEntry).fp)
	}
	return e, nil
}

// forget drops the entries whose analysis matches.
func (r *recent) forget(match func(*quiz.Analysis) bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for fp, el := range r.byFP {
		if match(el.Value.(*recentEntry).a) {
			r.order.Remove(el)
			delete(r.byFP, fp)
		}
	}
}
