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
	// orders, for an audit, are the option orders each sample is shown
	// ([sample][question]); with them every sample's pick is kept in
	// its answer's Picks.
	orders [][][]int
	// choicesOnly: the questions are asked with their text withheld.
	choicesOnly bool

	// got and failed are [question*samples+sample]. answers is made when
	// the first question is decided: until then (the model thinking, the
	// longest part of an analysis) a merger holds little.
	mu      sync.Mutex
	got     []*sampleAnswer
	failed  []*quiz.ErrorBody
	count   []int // samples that answered or gave up, per question
	answers []quiz.Answer
}

func newMerger(qs []quiz.Question, samples int, onAnswer func(quiz.Answer)) *merger {
	m := &merger{
		qs:       qs,
		samples:  samples,
		onAnswer: onAnswer,
		got:      make([]*sampleAnswer, len(qs)*samples),
		failed:   make([]*quiz.ErrorBody, len(qs)*samples),
		count:    make([]int, len(qs)),
	}
	return m
}

// at is the index of sample's part in question q.
func (m *merger) at(q, sample int) int { return q*m.samples + sample }

// add records sample's answer to question q. It reports false when that
// sample had already answered q (the first answer stands).
func (m *merger) add(sample, q int, a sampleAnswer) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if i := m.at(q, sample); m.got[i] != nil || m.failed[i] != nil {
		return false
	}
	m.got[m.at(q, sample)] = &a
	m.settleLocked(q)
	return true
}

// fail records that sample gave up on question q, and why.
func (m *merger) fail(sample, q int, why *quiz.ErrorBody) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if i := m.at(q, sample); m.got[i] != nil || m.failed[i] != nil {
		return
	}
	m.failed[m.at(q, sample)] = why
	m.settleLocked(q)
}

// settleLocked counts one more sample done with q and, when it was the
// last, decides q: from the samples that answered it, or, when none did,
// as unanswered with the first sample's reason.
func (m *merger) settleLocked(q int) {
	m.count[q]++
	if m.count[q] < m.samples {
		return
	}
	if m.answers == nil {
		m.answers = make([]quiz.Answer, len(m.qs))
	}
	samples := m.got[m.at(q, 0):m.at(q+1, 0)]
	var answered []*sampleAnswer
	for _, a := range samples {
		if a != nil {
			answered = append(answered, a)
		}
	}
	if len(answered) > 0 {
		m.answers[q] = merge(q, m.qs[q], answered)
		if m.orders != nil {
			for s, a := range samples {
				if a != nil {
					m.answers[q].Picks = append(m.answers[q].Picks, quiz.Pick{Sample: s, Order: m.orders[s][q], Choices: slices.Clone(a.choices), Confidence: a.confidence})
				}
			}
		}
	} else {
		why := m.failed[m.at(q, 0)]
		m.answers[q] = quiz.Unanswered(q, why.Code, why.Message)
	}
	if m.onAnswer != nil {
		// Under the lock, so answers reach the caller one at a time.
		m.onAnswer(m.answers[q])
	}
}

// has reports whether sample is done with q (answered it or gave up).
func (m *merger) has(sample, q int) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	i := m.at(q, sample)
	return m.got[i] != nil || m.failed[i] != nil
}

// done reports whether q is decided.
func (m *merger) done(q int) bool { return m.count[q] >= m.samples }

// result returns every answer; all questions must be done.
func (m *merger) result() []quiz.Answer {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.answers == nil {
		return make([]quiz.Answer, len(m.qs))
	}
	return slices.Clone(m.answers)
}

// answered counts the questions with a valid answer.
func (m *merger) answered() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	n := 0
	for i := range m.answers {
		if m.done(i) && m.answers[i].Answered() {
			n++
		}
	}
	return n
}

// merge decides a question from its samples' answers. The answer is the
// most common pick (the same set of options, or the same text). When two
// picks of a choice question share the most votes there is no majority:
// the answer is a Tie with no choices, and the votes show the split. (Text
// answers are rarely worded alike, so among them the pick the samples were
// surer of wins.) The confidence is the winning pick's share of samples,
// or the model's own estimate for a single sample.
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
	tie := false
	for _, p := range picks[1:] {
		switch {
		case p.count > win.count:
			win, tie = p, false
		case p.count == win.count:
			tie = true
			if p.confidence > win.confidence {
				win = p
			}
		}
	}
	tie = tie && question.Kind.Choice()

	out := quiz.Answer{
		Question:    q,
		Choices:     slices.Clone(win.best.choices),
		Text:        win.best.text,
		Explanation: win.best.explanation,
	}
	if tie {
		out.Tie = true
		out.Choices = nil
		out.Explanation = ""
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
