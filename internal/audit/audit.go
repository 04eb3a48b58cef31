// Package audit computes a quiz author's evidence from an audit's runs:
// answerability, order sensitivity, position bias, the choices-only probe,
// distractor use and calibration. Every function is pure: the same runs
// and key give the same evidence, so it is recomputed whenever a request
// brings another key rather than stored per key.
package audit

import (
	"math"
	"slices"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Bins is the number of equal-width confidence bins of the reliability
// diagram and of the expected calibration error.
const Bins = 10

// WeakShare is the share of choices-only samples that must be right for
// a question to be flagged "weak distractors": a majority of them, so
// that one lucky guess among several samples is not a flag.
const WeakShare = 0.5

// Evidence computes the evidence of runs (one per model) over questions,
// against key (nil when the author gave none).
func Evidence(questions []quiz.Question, key [][]int, runs []quiz.AuditRun) *quiz.Evidence {
	ev := &quiz.Evidence{Models: []quiz.ModelEvidence{}, Questions: make([]quiz.QuestionEvidence, len(questions))}
	for q := range questions {
		ev.Questions[q] = quiz.QuestionEvidence{Question: q, Models: []quiz.QuestionModelEvidence{}}
	}
	var modelShares []float64
	for _, run := range runs {
		me := quiz.ModelEvidence{Model: run.Model, Error: run.Error}
		if run.Error != nil && len(run.Answers) == 0 {
			// A model that gave no answer at all says nothing about the
			// quiz: it is listed with its error and left out of the means.
			for q := range questions {
				ev.Questions[q].Models = append(ev.Questions[q].Models, quiz.QuestionModelEvidence{Model: run.Model, Choices: []int{}, Error: run.Error})
			}
			ev.Models = append(ev.Models, me)
			continue
		}
		var shares []float64
		var first, last, picks int
		var chance float64
		var calib []point
		for q, question := range questions {
			qe := quiz.QuestionModelEvidence{Model: run.Model, Choices: []int{}}
			expected := keyOf(key, q)
			var ans *quiz.Answer
			if q < len(run.Answers) {
				ans = &run.Answers[q]
			}
			if ans == nil || !ans.Answered() {
				if ans != nil {
					qe.Error = ans.Error
				}
				if expected != nil && question.Kind.Choice() {
					zero := 0.0
					qe.Answerability = &zero
					qe.Outcome = quiz.OutcomeUnanswered
					shares = append(shares, 0)
					me.Keyed++
				}
				ev.Questions[q].Models = append(ev.Questions[q].Models, qe)
				continue
			}
			qe.Choices = ans.Choices
			qe.Confidence = ans.Confidence
			qe.Samples = len(ans.Picks)
			qe.Reorderings, qe.Changes = orderChanges(ans.Picks)
			qe.OrderSensitivity = ratio(qe.Changes, qe.Reorderings)
			me.Reorderings += qe.Reorderings
			me.Changes += qe.Changes
			if question.Kind.OneChoice() {
				for _, p := range ans.Picks {
					n := len(p.Order)
					if len(p.Choices) != 1 || n == 0 {
						continue
					}
					picks++
					chance += 1 / float64(n)
					shown := slices.Index(p.Order, p.Choices[0])
					if shown == 0 {
						first++
					}
					if shown == n-1 {
						last++
					}
				}
			}
			if expected != nil && question.Kind.Choice() {
				share := exactShare(ans.Picks, expected)
				qe.Answerability = &share
				qe.Outcome = outcome(ans, expected)
				qe.Distractors = distractors(len(question.Options), ans.Picks, expected)
				shares = append(shares, share)
				me.Keyed++
				correct := 0.0
				if qe.Outcome == quiz.OutcomeCorrect {
					correct = 1
				}
				calib = append(calib, point{conf: ans.Confidence, correct: correct})
				if q < len(run.ChoicesOnly) && run.ChoicesOnly[q].Answered() {
					co := exactShare(run.ChoicesOnly[q].Picks, expected)
					qe.ChoicesOnly = &co
					qe.WeakDistractors = co > 0 && co >= WeakShare
				} else if run.ChoicesOnly != nil {
					zero := 0.0
					qe.ChoicesOnly = &zero
				}
				if qe.WeakDistractors {
					me.WeakDistractors++
					ev.Questions[q].WeakDistractors = true
				}
			}
			ev.Questions[q].Models = append(ev.Questions[q].Models, qe)
		}
		me.OrderSensitivity = ratio(me.Changes, me.Reorderings)
		me.PositionBias = quiz.PositionBias{Picks: picks, First: ratio(first, picks), Last: ratio(last, picks)}
		if picks > 0 {
			me.PositionBias.Chance = chance / float64(picks)
		}
		if me.Keyed > 0 {
			m := mean(shares)
			me.Answerability = &m
			modelShares = append(modelShares, m)
		}
		if len(calib) > 0 {
			me.Calibration = calibrate(calib)
		}
		ev.Models = append(ev.Models, me)
	}
	for q := range ev.Questions {
		var s []float64
		for _, m := range ev.Questions[q].Models {
			if m.Answerability != nil {
				s = append(s, *m.Answerability)
			}
		}
		if len(s) > 0 {
			m := mean(s)
			ev.Questions[q].Answerability = &m
		}
	}
	if len(modelShares) > 0 {
		m := mean(modelShares)
		ev.Answerability = &m
	}
	return ev
}

// keyOf is question q's key, sorted, or nil when it has none.
func keyOf(key [][]int, q int) []int {
	if q >= len(key) || len(key[q]) == 0 {
		return nil
	}
	return slices.Sorted(slices.Values(key[q]))
}

// orderChanges counts the shuffled samples (all but sample 0, which saw
// the page's order) and those whose pick differs from sample 0's. Without
// a valid pick of sample 0 there is nothing to compare with.
func orderChanges(picks []quiz.Pick) (reorderings, changes int) {
	i := slices.IndexFunc(picks, func(p quiz.Pick) bool { return p.Sample == 0 })
	if i < 0 {
		return 0, 0
	}
	base := picks[i].Choices
	for _, p := range picks {
		if p.Sample == 0 {
			continue
		}
		reorderings++
		if !slices.Equal(p.Choices, base) {
			changes++
		}
	}
	return reorderings, changes
}

// exactShare is the share of picks that chose exactly expected.
func exactShare(picks []quiz.Pick, expected []int) float64 {
	right := 0
	for _, p := range picks {
		if slices.Equal(p.Choices, expected) {
			right++
		}
	}
	return ratio(right, len(picks))
}

// outcome is the majority answer's outcome against expected.
func outcome(a *quiz.Answer, expected []int) string {
	switch {
	case a.Tie:
		return quiz.OutcomeNoMajority
	case slices.Equal(a.Choices, expected):
		return quiz.OutcomeCorrect
	}
	return quiz.OutcomeWrong
}

// distractors counts, for every option not in expected, the picks that
// chose it.
func distractors(options int, picks []quiz.Pick, expected []int) []quiz.DistractorUse {
	out := []quiz.DistractorUse{}
	for o := range options {
		if slices.Contains(expected, o) {
			continue
		}
		n := 0
		for _, p := range picks {
			if slices.Contains(p.Choices, o) {
				n++
			}
		}
		out = append(out, quiz.DistractorUse{Option: o, Picks: n, Share: ratio(n, len(picks))})
	}
	return out
}

type point struct{ conf, correct float64 }

// calibrate computes the Brier score, the expected calibration error and
// the reliability bins of points.
func calibrate(points []point) *quiz.Calibration {
	c := &quiz.Calibration{Questions: len(points), Bins: make([]quiz.ReliabilityBin, Bins)}
	sumConf := make([]float64, Bins)
	sumCorrect := make([]float64, Bins)
	var brier float64
	for _, p := range points {
		d := p.conf - p.correct
		brier += d * d
		b := bin(p.conf)
		c.Bins[b].Count++
		sumConf[b] += p.conf
		sumCorrect[b] += p.correct
	}
	n := float64(len(points))
	c.Brier = brier / n
	for b := range c.Bins {
		c.Bins[b].Lo = float64(b) / Bins
		c.Bins[b].Hi = float64(b+1) / Bins
		if k := c.Bins[b].Count; k > 0 {
			c.Bins[b].Confidence = sumConf[b] / float64(k)
			c.Bins[b].Accuracy = sumCorrect[b] / float64(k)
			c.ECE += float64(k) / n * math.Abs(c.Bins[b].Accuracy-c.Bins[b].Confidence)
		}
	}
	return c
}

// bin is the bin of a confidence: [b/Bins, (b+1)/Bins), 1 in the last.
// A tiny tolerance keeps 0.3 (a vote share computed as 3/10) in bin 3.
func bin(conf float64) int {
	b := int(math.Floor(conf*Bins + 1e-9))
	return min(max(b, 0), Bins-1)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func mean(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	var s float64
	for _, x := range v {
		s += x
	}
	return s / float64(len(v))
}
