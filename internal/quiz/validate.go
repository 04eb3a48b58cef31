package quiz

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what a request may hold. They keep a prompt within what models
// accept and a request within what one analysis should cost.
const (
	MaxQuestions      = 100
	MinOptions        = 2
	MaxOptions        = 26 // one letter each
	MaxQuestionRunes  = 4000
	MaxOptionRunes    = 1000
	MaxSamples        = 10
	MaxURLRunes       = 2048
	MaxTitleRunes     = 500
	DefaultSampleSize = 1
)

// Normalize cleans a request in place (control characters stripped, spaces
// trimmed, kinds defaulted, samples defaulted) and then validates it. The
// error, if any, is an *Error naming the field and the rule it broke.
func (r *Request) Normalize() error {
	r.Source.URL = strings.TrimSpace(stripControl(r.Source.URL, false))
	r.Source.Title = collapseSpace(stripControl(r.Source.Title, false))
	r.Model = strings.TrimSpace(stripControl(r.Model, false))
	if n := utf8.RuneCountInString(r.Model); n > 200 {
		return Invalid("model", "is %d characters long; the limit is 200", n)
	}
	if n := utf8.RuneCountInString(r.Source.URL); n > MaxURLRunes {
		return Invalid("source.url", "is %d characters long; the limit is %d", n, MaxURLRunes)
	}
	if n := utf8.RuneCountInString(r.Source.Title); n > MaxTitleRunes {
		return Invalid("source.title", "is %d characters long; the limit is %d", n, MaxTitleRunes)
	}

	switch n := len(r.Questions); {
	case n == 0:
		return Invalid("questions", "at least one question is required")
	case n > MaxQuestions:
		return Invalid("questions", "has %d questions; the limit is %d per analysis", n, MaxQuestions)
	}
	if cap(r.Questions)-len(r.Questions) > len(r.Questions)/4 {
		// The questions are kept for the whole analysis (the model's
		// answer takes seconds); decoding grew the slice by doubling,
		// up to 45 % of it unused.
		r.Questions = slices.Clone(r.Questions)
	}
	images := 0
	for i := range r.Questions {
		if err := r.Questions[i].normalize(); err != nil {
			// The question's own error names the field within it.
			err.Field = fmt.Sprintf("questions[%d]%s", i, err.Field)
			return err
		}
		if images += len(r.Questions[i].Images); images > MaxImages {
			return Invalid(fmt.Sprintf("questions[%d].images", i), "brings the quiz to %d images; the limit is %d per analysis", images, MaxImages)
		}
	}

	switch {
	case r.Samples == 0:
		r.Samples = DefaultSampleSize
	case r.Samples < 1 || r.Samples > MaxSamples:
		return Invalid("samples", "must be between 1 and %d, got %d", MaxSamples, r.Samples)
	}

	if err := r.normalizeAudit(); err != nil {
		return err
	}
	if r.AnswerKey != nil {
		if err := validateKey(r.AnswerKey, r.Questions); err != nil {
			return err
		}
	}
	return nil
}

// normalize cleans and checks one question. Its error's Field is relative
// to the question (".options[2]").
func (q *Question) normalize() *Error {
	q.Text = strings.TrimSpace(stripControl(q.Text, true))
	if q.Text == "" {
		return Invalid(".text", "is empty; every question needs its text")
	}
	if n := utf8.RuneCountInString(q.Text); n > MaxQuestionRunes {
		return Invalid(".text", "is %d characters long; the limit is %d", n, MaxQuestionRunes)
	}

	if q.Kind == "" {
		q.Kind = KindText
		if len(q.Options) > 0 {
			q.Kind = KindSingle
		}
	}
	switch q.Kind {
	case KindSingle, KindMultiple, KindTrueFalse, KindDropdown, KindText:
	default:
		return Invalid(".kind", "%q is not a kind; use single, multiple, truefalse, dropdown or text", q.Kind)
	}
	if len(q.Images) > MaxImages {
		return Invalid(".images", "has %d images; the limit is %d per analysis", len(q.Images), MaxImages)
	}
	for j := range q.Images {
		if err := q.Images[j].normalize(); err != nil {
			err.Field = fmt.Sprintf(".images[%d]%s", j, err.Field)
			return err
		}
	}
	for j, m := range q.Media {
		if m != MediaAudio && m != MediaVideo {
			return Invalid(fmt.Sprintf(".media[%d]", j), "%q is not a medium; use audio or video", m)
		}
		if slices.Contains(q.Media[:j], m) {
			return Invalid(fmt.Sprintf(".media[%d]", j), "repeats %q", m)
		}
	}

	if !q.Kind.Choice() {
		if len(q.Options) > 0 {
			return Invalid(".options", "a text question has no options, got %d", len(q.Options))
		}
		q.Options = nil
		return nil
	}
	switch n := len(q.Options); {
	case n < MinOptions:
		return Invalid(".options", "a %s question needs at least %d options, got %d", q.Kind, MinOptions, n)
	case n > MaxOptions:
		return Invalid(".options", "has %d options; the limit is %d", n, MaxOptions)
	case q.Kind == KindTrueFalse && n != 2:
		return Invalid(".options", "a truefalse question has exactly 2 options, got %d", n)
	}
	for j, o := range q.Options {
		o = collapseSpace(stripControl(o, false))
		of := func() string { return fmt.Sprintf(".options[%d]", j) }
		if o == "" {
			return Invalid(of(), "is empty")
		}
		if n := utf8.RuneCountInString(o); n > MaxOptionRunes {
			return Invalid(of(), "is %d characters long; the limit is %d", n, MaxOptionRunes)
		}
		// At most 26 options: a scan of the earlier ones beats a map.
		if k := slices.Index(q.Options[:j], o); k >= 0 {
			return Invalid(of(), "repeats option %d (%q)", k, truncate(o, 40))
		}
		q.Options[j] = o
	}
	return nil
}

func validateKey(key [][]int, qs []Question) error {
	if len(key) != len(qs) {
		return Invalid("answer_key", "has %d entries for %d questions; give one list of correct option indices per question", len(key), len(qs))
	}
	for i, correct := range key {
		field := fmt.Sprintf("answer_key[%d]", i)
		q := qs[i]
		if !q.Kind.Choice() {
			if len(correct) > 0 {
				return Invalid(field, "question %d is a text question; its key must be empty", i)
			}
			continue
		}
		if len(correct) == 0 {
			continue // not scored: the author knows no key for it
		}
		if q.Kind.OneChoice() && len(correct) != 1 {
			return Invalid(field, "question %d is %s and has exactly one correct option, got %d", i, q.Kind, len(correct))
		}
		seen := make(map[int]bool, len(correct))
		for _, c := range correct {
			if c < 0 || c >= len(q.Options) {
				return Invalid(field, "option index %d is out of range 0..%d", c, len(q.Options)-1)
			}
			if seen[c] {
				return Invalid(field, "option index %d is listed twice", c)
			}
			seen[c] = true
		}
	}
	return nil
}

// stripControl removes control characters, which no quiz shows and which can
// corrupt logs and terminals. Newlines and tabs survive in question text,
// where they carry code snippets and tables.
func stripControl(s string, keepLines bool) string {
	clean := true
	for _, r := range s {
		if unicode.IsControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case keepLines && (r == '\n' || r == '\t'):
			return r
		case !keepLines && (r == '\n' || r == '\t'):
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// collapseSpace trims s and folds each run of white space into one space.
// Most text arrives clean, so it is checked before anything is allocated.
func collapseSpace(s string) string {
	if isCollapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func isCollapsed(s string) bool {
	prevSpace := true // a leading space is not collapsed
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}
