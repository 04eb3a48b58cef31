package analyze

import (
	"slices"
	"sync"
)

// window keeps the last few durations (ms) of something, for its median.
type window struct {
	mu   sync.Mutex
	vals []float64
	next int
}

const windowSize = 20

func (w *window) add(v float64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if len(w.vals) < windowSize {
		w.vals = append(w.vals, v)
		return
	}
	w.vals[w.next] = v
	w.next = (w.next + 1) % windowSize
}

// median is the median of the values kept, 0 when there are none.
func (w *window) median() float64 {
	w.mu.Lock()
	vals := slices.Clone(w.vals)
	w.mu.Unlock()
	return median(vals)
}

// median of vals (which it sorts), 0 for none.
func median(vals []float64) float64 {
	if len(vals) == 0 {
		return 0
	}
	slices.Sort(vals)
	n := len(vals)
	if n%2 == 1 {
		return vals[n/2]
	}
	return (vals[n/2-1] + vals[n/2]) / 2
}
