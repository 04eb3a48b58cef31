package quiz

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// An audit is what a quiz author asks for: the same quiz put to one or
// more models, each with the same number of samples, and optionally a
// choices-only probe, so that the evidence (internal/audit) can say how
// answerable each question is and why.
//
// How an audit is kept: one Analysis, not one per model. The analysis'
// own fields (Model, Answers, Score) are those of the first model named,
// exactly as a single-model analysis of that model would have them, and
// only that model's answers are streamed as answer events; every model's
// answers, each sample's pick and shown order, the probe's answers and the
// evidence live in Analysis.Audit. So history, the event stream and every
// display read an audit as the analysis of its first model, and nothing
// changes for a request that is not an audit (Audit is nil). One record
// also means one ID to export, re-score with a corrected key and delete,
// with no grouping key to keep consistent across two stores.

// MaxModels bounds the models one audit may ask: each costs samples calls
// (twice that with the probe).
const MaxModels = 5

// Probes are the extra questions an audit may ask of each model.
type Probes struct {
	// ChoicesOnly asks each sample a second time with the questions'
	// text withheld: only the options are shown. A question still
	// answered right has options that give the answer away.
	ChoicesOnly bool `json:"choices_only,omitempty"`
}

// Audit is an audit's part of an Analysis.
type Audit struct {
	Models  []string `json:"models"`
	Samples int      `json:"samples"`
	// Seed made the option orders of the samples: an audit asked again
	// with this seed shows every sample the same orders.
	Seed   uint64     `json:"seed"`
	Probes Probes     `json:"probes"`
	Runs   []AuditRun `json:"runs"`
	// Evidence is computed from the runs and the answer key sent with
	// the request that reads it; without a key the parts that need one
	// are absent.
	Evidence *Evidence `json:"evidence,omitempty"`
}

// AuditRun is one model's part of an audit.
type AuditRun struct {
	Model string `json:"model"`
	// Answers are the model's answers, one per question; each carries
	// Picks, every sample's pick with the order it was shown.
	Answers []Answer `json:"answers"`
	// ChoicesOnly are the answers of the choices-only probe, when asked.
	ChoicesOnly []Answer `json:"choices_only,omitempty"`
	Usage       Usage    `json:"usage"`
	ModelMS     float64  `json:"model_ms"`
	// Error says why the model gave no answer at all.
	Error *ErrorBody `json:"error,omitempty"`
}

// Pick is one sample's answer to one question.
type Pick struct {
	Sample int `json:"sample"`
	// Order is the option order the sample was shown: Order[shown] is
	// the page's index. Sample 0 sees the page's order.
	Order []int `json:"order"`
	// Choices are the picked options in the page's numbering.
	Choices    []int   `json:"choices"`
	Confidence float64 `json:"confidence"`
}

// Run returns the run of model, or nil.
func (a *Audit) Run(model string) *AuditRun {
	for i := range a.Runs {
		if a.Runs[i].Model == model {
			return &a.Runs[i]
		}
	}
	return nil
}

// AuditKey is what stands for the model in an audit's fingerprint: the
// models, the probe and the seed (when the client chose it). It starts
// with a NUL, which Normalize strips from model names, so no model a
// request names can share a fingerprint with an audit.
func AuditKey(models []string, probes Probes, seed *uint64) string {
	var b strings.Builder
	b.WriteString("\x00audit/v1")
	for _, m := range models {
		b.WriteString("\x00m=")
		b.WriteString(m)
	}
	if probes.ChoicesOnly {
		b.WriteString("\x00choices_only")
	}
	if seed != nil {
		b.WriteString("\x00seed=")
		b.WriteString(strconv.FormatUint(*seed, 10))
	}
	return b.String()
}

// IsAudit reports whether r asks for an audit: it names models or probes.
func (r *Request) IsAudit() bool { return len(r.Models) > 0 || r.Probes != nil }

// normalizeAudit cleans and checks the audit fields of a request.
func (r *Request) normalizeAudit() error {
	if len(r.Models) == 0 {
		return nil
	}
	if r.Model != "" {
		return Invalid("model", "give either model or models, not both")
	}
	if len(r.Models) > MaxModels {
		return Invalid("models", "names %d models; the limit is %d per audit", len(r.Models), MaxModels)
	}
	for i := range r.Models {
		field := fmt.Sprintf("models[%d]", i)
		m := strings.TrimSpace(stripControl(r.Models[i], false))
		switch n := utf8.RuneCountInString(m); {
		case n == 0:
			return Invalid(field, "is empty; name a model")
		case n > 200:
			return Invalid(field, "is %d characters long; the limit is 200", n)
		}
		if k := slices.Index(r.Models[:i], m); k >= 0 {
			return Invalid(field, "repeats models[%d] (%q)", k, m)
		}
		r.Models[i] = m
	}
	return nil
}

// Evidence is what an audit shows a quiz author, per question and per
// model. Shares are from 0 to 1; a pointer is nil when the figure needs
// an answer key and none was given.
type Evidence struct {
	// Answerability is the mean over models of their answerability.
	Answerability *float64           `json:"answerability,omitempty"`
	Models        []ModelEvidence    `json:"models"`
	Questions     []QuestionEvidence `json:"questions"`
}

// ModelEvidence sums one model up over the whole quiz.
type ModelEvidence struct {
	Model string `json:"model"`
	// Answerability is the mean over keyed questions of the share of
	// samples exactly right; Keyed counts those questions.
	Answerability *float64 `json:"answerability,omitempty"`
	Keyed         int      `json:"keyed"`
	// OrderSensitivity is the share, over all questions, of the shuffled
	// samples whose pick (mapped back to the page's order) differs from
	// the pick of the sample shown the page's order. Reorderings counts
	// those shuffled samples, Changes those that changed.
	OrderSensitivity float64      `json:"order_sensitivity"`
	Reorderings      int          `json:"reorderings"`
	Changes          int          `json:"changes"`
	PositionBias     PositionBias `json:"position_bias"`
	// WeakDistractors counts the questions the choices-only probe
	// answered right for this model.
	WeakDistractors int          `json:"weak_distractors"`
	Calibration     *Calibration `json:"calibration,omitempty"`
	Error           *ErrorBody   `json:"error,omitempty"`
}

// PositionBias is how often a model picks the option shown first or last,
// over the picks of one-choice questions, against what picking at random
// would give.
type PositionBias struct {
	Picks int     `json:"picks"`
	First float64 `json:"first"`
	Last  float64 `json:"last"`
	// Chance is the share expected of either at random: the mean over
	// the picks of 1/(options shown).
	Chance float64 `json:"chance"`
}

// Calibration compares a model's confidence (its vote share) with how
// often it is right, over the keyed questions it answered.
type Calibration struct {
	Questions int     `json:"questions"`
	Brier     float64 `json:"brier"`
	// ECE is the expected calibration error over the Bins: the
	// question-weighted mean of |accuracy − confidence| per bin.
	ECE  float64          `json:"ece"`
	Bins []ReliabilityBin `json:"bins"`
}

// ReliabilityBin is one bar of a reliability diagram: the questions whose
// confidence is in [Lo, Hi) (the last bin includes 1).
type ReliabilityBin struct {
	Lo         float64 `json:"lo"`
	Hi         float64 `json:"hi"`
	Count      int     `json:"count"`
	Confidence float64 `json:"confidence"`
	Accuracy   float64 `json:"accuracy"`
}

// QuestionEvidence is one question's evidence, for every model.
type QuestionEvidence struct {
	Question int `json:"question"`
	// Answerability is the mean over models of their share of samples
	// exactly right.
	Answerability *float64 `json:"answerability,omitempty"`
	// WeakDistractors: some model answered the question right from its
	// options alone (the choices-only probe, a majority of its samples).
	WeakDistractors bool                    `json:"weak_distractors"`
	Models          []QuestionModelEvidence `json:"models"`
}

// QuestionModelEvidence is one question's evidence for one model.
type QuestionModelEvidence struct {
	Model string `json:"model"`
	// Samples counts the samples with a valid pick.
	Samples       int      `json:"samples"`
	Answerability *float64 `json:"answerability,omitempty"`
	// Outcome is the majority answer's outcome against the key
	// (OutcomeCorrect, ...); empty without a key.
	Outcome    string  `json:"outcome,omitempty"`
	Choices    []int   `json:"choices"`
	Confidence float64 `json:"confidence"`
	// Reorderings, Changes and OrderSensitivity as in ModelEvidence, for
	// this question.
	Reorderings      int     `json:"reorderings"`
	Changes          int     `json:"changes"`
	OrderSensitivity float64 `json:"order_sensitivity"`
	// ChoicesOnly is the share of choices-only samples exactly right;
	// nil when the probe was not asked or there is no key.
	ChoicesOnly     *float64 `json:"choices_only,omitempty"`
	WeakDistractors bool     `json:"weak_distractors"`
	// Distractors lists every wrong option with how many samples picked
	// it; an option never picked does not distract.
	Distractors []DistractorUse `json:"distractors,omitempty"`
	Error       *ErrorBody      `json:"error,omitempty"`
}

// DistractorUse is how often one wrong option was picked.
type DistractorUse struct {
	Option int     `json:"option"`
	Picks  int     `json:"picks"`
	Share  float64 `json:"share"`
}
