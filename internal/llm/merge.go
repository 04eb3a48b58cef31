package llm

import (
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/quizstats/quizstats/internal/quiz"
)

// sampleAnswer is one sample's answer to one question, with choices already
// mapped back to the page's option order.
type sampleAnswer struct {
	choices     []int
	text        string
	confidence  float64
	explanation string
}

// merger collects the samples' answers and, as soon as every sample has
// answered a question, turns them into that question's Answer (votes,
// majority choice, confidence) and hands it on.
type merger struct {
	qs       []quiz.Question
	samples  int
	onAnswer func(quiz.Answer)

	mu      sync.Mutex
	got     [][]*sampleAnswer // [question][sample]
	count   []int
	answers []quiz.Answer
	done    []bool
}

func newMerger(qs []quiz.Question, samples int, onAnswer func(quiz.Answer)) *merger {
	m := &merger{
		qs:       qs,
		samples:  samples,
		onAnswer: onAnswer,
		got:      make([][]*sampleAnswer, len(qs)),
		count:    make([]int, len(qs)),
		answers:  make([]quiz.Answer, len(qs)),
		done:     make([]bool, len(qs)),
	}
	for i := range m.got {
		m.got[i] = make([]*sampleAnswer, samples)
	}
	return m
}

// add records sample's answer to question q. It reports false when that
// sample had already answered q (the first answer stands).
func (m *merger) add(sample, q int, a sampleAnswer) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.got[q][sample] != nil {
		return false
	}
	m.got[q][sample] = &a
	m.count[q]++
	if m.count[q] == m.samples {
		m.answers[q] = merge(q, m.qs[q], m.got[q])
		m.done[q] = true
		if m.onAnswer != nil {
			// Under the lock, so answers reach the caller one at a time.
			m.onAnswer(m.answers[q])
		}
	}
	return true
}

// has reports whether sample has answered q.
func (m *merger) has(sample, q int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.got[q][sample] != nil
}

// result returns every answer; all questions must be done.
func (m *merger) result() []quiz.Answer {
	m.mu.Lock()
	defer m.mu.Unlock()
	return slices.Clone(m.answers)
}

// merge decides a question from its samples' answers. The answer is the
// most common pick (the same set of options, or the same text), ties going
// to the pick the samples were surer of; its confidence is the share of
// samples that made it, or the model's own estimate for a single sample.
func merge(q int, question quiz.Question, answers []*sampleAnswer) quiz.Answer {
	type pick struct {
		key        string
		count      int
		confidence float64
		best       *sampleAnswer
	}
	var picks []*pick
	byKey := map[string]*pick{}
	for _, a := range answers {
		key := pickKey(question, a)
		p := byKey[key]
		if p == nil {
			p = &pick{key: key}
			byKey[key] = p
			picks = append(picks, p)
		}
		p.count++
		p.confidence += a.confidence
		if p.best == nil || a.confidence > p.best.confidence {
			p.best = a
		}
	}
	win := picks[0]
	for _, p := range picks[1:] {
		if p.count > win.count || (p.count == win.count && p.confidence > win.confidence) {
			win = p
		}
	}

	out := quiz.Answer{
		Question:    q,
		Choices:     slices.Clone(win.best.choices),
		Text:        win.best.text,
		Explanation: win.best.explanation,
	}
	if out.Choices == nil {
		out.Choices = []int{}
	}
	if len(answers) == 1 {
		out.Confidence = clamp01(answers[0].confidence)
	} else {
		out.Confidence = float64(win.count) / float64(len(answers))
		for _, a := range answers {
			out.SampleChoices = append(out.SampleChoices, slices.Clone(a.choices))
		}
	}
	if question.Kind.Choice() {
		out.Votes = make([]int, len(question.Options))
		for _, a := range answers {
			for _, c := range a.choices {
				out.Votes[c]++
			}
		}
	}
	return out
}

func pickKey(q quiz.Question, a *sampleAnswer) string {
	if !q.Kind.Choice() {
		return strings.ToLower(strings.Join(strings.Fields(a.text), " "))
	}
	var b strings.Builder
	for _, c := range a.choices {
		b.WriteByte(byte(c)) // fewer than 27 options: one byte each
	}
	return b.String()
}

func clamp01(f float64) float64 {
	if math.IsNaN(f) {
		return 0
	}
	return min(max(f, 0), 1)
}
