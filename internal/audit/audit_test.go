package audit

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/quizstats/quizstats/internal/quiz"
)

func pick(s int, order []int, choices ...int) quiz.Pick {
	return quiz.Pick{Sample: s, Order: order, Choices: choices}
}

var questions = []quiz.Question{
	{Text: "q0", Options: []string{"a", "b", "c", "d"}, Kind: quiz.KindSingle},
	{Text: "q1", Options: []string{"a", "b", "c"}, Kind: quiz.KindSingle},
	{Text: "q2", Options: []string{"a", "b", "c"}, Kind: quiz.KindMultiple},
}

var key = [][]int{{1}, {0}, {0, 2}}

// Model A: four samples, and the choices-only probe.
var runA = quiz.AuditRun{
	Model: "A",
	Answers: []quiz.Answer{
		{Question: 0, Choices: []int{1}, Confidence: 0.75, Picks: []quiz.Pick{
			pick(0, []int{0, 1, 2, 3}, 1), // shown second
			pick(1, []int{1, 0, 2, 3}, 1), // shown first
			pick(2, []int{2, 3, 1, 0}, 1), // shown third
			pick(3, []int{3, 2, 0, 1}, 3), // shown first; a change
		}},
		{Question: 1, Choices: []int{2}, Confidence: 0.5, Picks: []quiz.Pick{
			pick(0, []int{0, 1, 2}, 2), // last
			pick(1, []int{2, 0, 1}, 2), // first
			pick(2, []int{1, 2, 0}, 0), // last; a change
			pick(3, []int{0, 2, 1}, 1), // last; a change
		}},
		{Question: 2, Choices: []int{0, 2}, Confidence: 1, Picks: []quiz.Pick{
			pick(0, []int{0, 1, 2}, 0, 2),
			pick(1, []int{2, 1, 0}, 0, 2),
			pick(2, []int{1, 0, 2}, 0, 2),
			pick(3, []int{0, 2, 1}, 0, 2),
		}},
	},
	ChoicesOnly: []quiz.Answer{
		{Question: 0, Choices: []int{1}, Picks: []quiz.Pick{pick(0, nil, 1), pick(1, nil, 1), pick(2, nil, 0), pick(3, nil, 1)}},
		{Question: 1, Choices: []int{1}, Picks: []quiz.Pick{pick(0, nil, 1), pick(1, nil, 1), pick(2, nil, 2), pick(3, nil, 0)}},
		{Question: 2, Choices: []int{0, 2}, Picks: []quiz.Pick{pick(0, nil, 0, 2), pick(1, nil, 1), pick(2, nil, 0), pick(3, nil, 2)}},
	},
}

// Model B: two samples, a tie and an unanswered question, no probe.
var runB = quiz.AuditRun{
	Model: "B",
	Answers: []quiz.Answer{
		{Question: 0, Choices: []int{1}, Confidence: 1, Picks: []quiz.Pick{
			pick(0, []int{0, 1, 2, 3}, 1),
			pick(1, []int{3, 2, 1, 0}, 1),
		}},
		{Question: 1, Choices: []int{}, Tie: true, Confidence: 0.5, Picks: []quiz.Pick{
			pick(0, []int{0, 1, 2}, 0), // first
			pick(1, []int{1, 0, 2}, 1), // first; a change
		}},
		quiz.Unanswered(2, quiz.ECodeInvalidReply, "no"),
	},
}

// Model C answered nothing.
var runC = quiz.AuditRun{Model: "C", Error: &quiz.ErrorBody{Code: quiz.ECodeModelError, Message: "down"}}

func f(v float64) *float64 { return &v }

func TestEvidenceHandComputed(t *testing.T) {
	ev := Evidence(questions, key, []quiz.AuditRun{runA, runB, runC})
	approx := cmpopts.EquateApprox(0, 1e-9)

	wantModels := []quiz.ModelEvidence{
		{
			Model: "A", Answerability: f((0.75 + 0.25 + 1) / 3), Keyed: 3,
			Reorderings: 9, Changes: 3, OrderSensitivity: 3.0 / 9,
			// 8 one-choice picks: first 2 (q0) + 1 (q1), last 0 + 3;
			// chance (4·1/4 + 4·1/3)/8.
			PositionBias:    quiz.PositionBias{Picks: 8, First: 3.0 / 8, Last: 3.0 / 8, Chance: (1 + 4.0/3) / 8},
			WeakDistractors: 1,
			// (0.75,right) (0.5,wrong) (1,right): Brier (0.0625+0.25+0)/3,
			// ECE (0.25 + 0.5 + 0)/3.
			Calibration: &quiz.Calibration{Questions: 3, Brier: 0.3125 / 3, ECE: 0.25},
		},
		{
			Model: "B", Answerability: f((1 + 0.5 + 0) / 3), Keyed: 3,
			Reorderings: 2, Changes: 1, OrderSensitivity: 0.5,
			PositionBias: quiz.PositionBias{Picks: 4, First: 0.5, Last: 0, Chance: (0.5 + 2.0/3) / 4},
			// (1,right) (0.5,tie: wrong): Brier 0.25/2, ECE ½·0 + ½·0.5.
			Calibration: &quiz.Calibration{Questions: 2, Brier: 0.125, ECE: 0.25},
		},
		{Model: "C", Error: runC.Error},
	}
	if d := cmp.Diff(wantModels, ev.Models, approx, cmpopts.IgnoreFields(quiz.Calibration{}, "Bins")); d != "" {
		t.Errorf("models (-want +got):\n%s", d)
	}
	if got, want := *ev.Answerability, ((0.75+0.25+1)/3+0.5)/2; math.Abs(got-want) > 1e-9 {
		t.Errorf("overall answerability %v, want %v", got, want)
	}

	// A's bins: 0.5 in bin 5, 0.75 in bin 7, 1 in the last.
	bins := ev.Models[0].Calibration.Bins
	if len(bins) != Bins {
		t.Fatalf("%d bins", len(bins))
	}
	wantBins := map[int]quiz.ReliabilityBin{
		5: {Lo: 0.5, Hi: 0.6, Count: 1, Confidence: 0.5, Accuracy: 0},
		7: {Lo: 0.7, Hi: 0.8, Count: 1, Confidence: 0.75, Accuracy: 1},
		9: {Lo: 0.9, Hi: 1, Count: 1, Confidence: 1, Accuracy: 1},
	}
	for b, got := range bins {
		want, ok := wantBins[b]
		if !ok {
			want = quiz.ReliabilityBin{Lo: float64(b) / 10, Hi: float64(b+1) / 10}
		}
		if d := cmp.Diff(want, got, approx); d != "" {
			t.Errorf("bin %d (-want +got):\n%s", b, d)
		}
	}

	wantQ := []struct {
		answerability float64
		weak          bool
	}{{0.875, true}, {0.375, false}, {0.5, false}}
	for q, w := range wantQ {
		got := ev.Questions[q]
		if got.Answerability == nil || math.Abs(*got.Answerability-w.answerability) > 1e-9 || got.WeakDistractors != w.weak {
			t.Errorf("question %d: answerability %v weak %v, want %v %v", q, deref(got.Answerability), got.WeakDistractors, w.answerability, w.weak)
		}
		if len(got.Models) != 3 {
			t.Fatalf("question %d: %d models", q, len(got.Models))
		}
	}
	a1 := ev.Questions[1].Models[0]
	if d := cmp.Diff([]quiz.DistractorUse{{Option: 1, Picks: 1, Share: 0.25}, {Option: 2, Picks: 2, Share: 0.5}}, a1.Distractors); d != "" {
		t.Errorf("A's distractors on question 1 (-want +got):\n%s", d)
	}
	if a1.Outcome != quiz.OutcomeWrong || *a1.ChoicesOnly != 0.25 || a1.Changes != 2 || a1.Reorderings != 3 {
		t.Errorf("A on question 1: %+v", a1)
	}
	if b1 := ev.Questions[1].Models[1]; b1.Outcome != quiz.OutcomeNoMajority || b1.ChoicesOnly != nil {
		t.Errorf("B on question 1: %+v", b1)
	}
	if b2 := ev.Questions[2].Models[1]; b2.Outcome != quiz.OutcomeUnanswered || b2.Error == nil || *b2.Answerability != 0 {
		t.Errorf("B on question 2: %+v", b2)
	}
	if c0 := ev.Questions[0].Models[2]; c0.Error == nil || c0.Answerability != nil {
		t.Errorf("C on question 0: %+v", c0)
	}
}

// Without a key only what needs none is there.
func TestEvidenceWithoutKey(t *testing.T) {
	ev := Evidence(questions, nil, []quiz.AuditRun{runA})
	m := ev.Models[0]
	if m.Answerability != nil || m.Calibration != nil || ev.Answerability != nil || m.Keyed != 0 {
		t.Errorf("figures that need a key: %+v", m)
	}
	if m.Changes != 3 || m.PositionBias.Picks != 8 {
		t.Errorf("order figures: %+v", m)
	}
	if q := ev.Questions[0].Models[0]; q.Distractors != nil || q.ChoicesOnly != nil || q.Outcome != "" {
		t.Errorf("question 0: %+v", q)
	}
}

func TestBin(t *testing.T) {
	for conf, want := range map[float64]int{0: 0, 0.05: 0, 0.1: 1, 3.0 / 10: 3, 0.6: 6, 0.99: 9, 1: 9} {
		if got := bin(conf); got != want {
			t.Errorf("bin(%v) = %d, want %d", conf, got, want)
		}
	}
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// A 40-question audit of 3 models with 5 samples and the probe.
func BenchmarkEvidence(b *testing.B) {
	var qs []quiz.Question
	var key [][]int
	for i := range 40 {
		qs = append(qs, quiz.Question{Text: "q", Options: []string{"a", "b", "c", "d"}, Kind: quiz.KindSingle})
		key = append(key, []int{i % 4})
	}
	var runs []quiz.AuditRun
	for range 3 {
		run := quiz.AuditRun{Model: "m"}
		for q := range qs {
			var picks []quiz.Pick
			for s := range 5 {
				picks = append(picks, quiz.Pick{Sample: s, Order: []int{(s + 1) % 4, s % 4, (s + 2) % 4, (s + 3) % 4}, Choices: []int{(q + s) % 4}, Confidence: 0.8})
			}
			ans := quiz.Answer{Question: q, Choices: []int{q % 4}, Confidence: 0.6, Picks: picks}
			run.Answers = append(run.Answers, ans)
			run.ChoicesOnly = append(run.ChoicesOnly, ans)
		}
		runs = append(runs, run)
	}
	b.ReportAllocs()
	for b.Loop() {
		Evidence(qs, key, runs)
	}
}
