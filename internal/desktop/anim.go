package desktop

import (
	"math"
	"time"
)

// tween is a number on its way from one value to another, as a pure
// function of the time: at(now). The window draws a frame by asking every
// tween where it is at the frame's time; tests ask at times they choose,
// so an animation is tested by stepping its clock, never by sleeping.
type tween struct {
	from, to float64
	start    time.Time
	dur      time.Duration
}

// at is the value at now: from before start, to from start+dur on, eased
// in between (fast start, soft landing: a number that arrives).
func (t *tween) at(now time.Time) float64 {
	if t.dur <= 0 || !now.Before(t.start.Add(t.dur)) {
		return t.to
	}
	p := float64(now.Sub(t.start)) / float64(t.dur)
	if p <= 0 {
		return t.from
	}
	return t.from + (t.to-t.from)*easeOutCubic(p)
}

// moving reports whether the value still changes after now.
func (t *tween) moving(now time.Time) bool {
	return t.dur > 0 && now.Before(t.start.Add(t.dur)) && t.from != t.to
}

// set sends the number to a new value from wherever it is at now; with a
// zero duration (reduced motion, paused) it is there at once.
func (t *tween) set(to float64, now time.Time, dur time.Duration) {
	if to == t.to && !t.moving(now) {
		return
	}
	t.from, t.to, t.start, t.dur = t.at(now), to, now, dur
}

// jump puts the number at v with no animation.
func (t *tween) jump(v float64) { *t = tween{from: v, to: v} }

func easeOutCubic(p float64) float64 { return 1 - math.Pow(1-p, 3) }
