// Package export turns analyses into rows, one per question × model, and
// writes them as CSV (for a spreadsheet) or JSON. The server's export
// endpoint and quizstats export both write through it, so the two give
// the same columns.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

// Row is one question as one model answered it.
type Row struct {
	Analysis    string    `json:"analysis"`
	CreatedAt   time.Time `json:"created_at"`
	SourceURL   string    `json:"source_url"`
	SourceTitle string    `json:"source_title"`
	// Question is 1-based, as people count.
	Question int       `json:"question"`
	Text     string    `json:"text"`
	Kind     quiz.Kind `json:"kind"`
	Options  []string  `json:"options"`
	Model    string    `json:"model"`
	Samples  int       `json:"samples"`
	// Key and Pick are option letters ("B", "A C").
	Key        string  `json:"key"`
	Pick       string  `json:"pick"`
	Outcome    string  `json:"outcome"`
	Confidence float64 `json:"confidence"`
	// Answerability and the rest are absent when there is no key, or
	// (order, probe) when the analysis is not an audit.
	Answerability   *float64 `json:"answerability"`
	Votes           []int    `json:"votes"`
	Reorderings     *int     `json:"reorderings"`
	OrderChanges    *int     `json:"order_changes"`
	ChoicesOnly     *float64 `json:"choices_only"`
	WeakDistractors bool     `json:"weak_distractors"`
	Distractors     string   `json:"distractors"`
	Error           string   `json:"error"`
}

// Rows returns a's rows: per question, one per model of an audit, or one
// for the model of a plain analysis.
func Rows(a *quiz.Analysis) []Row {
	var rows []Row
	base := func(q int) Row {
		question := a.Questions[q]
		r := Row{
			Analysis: a.ID, CreatedAt: a.CreatedAt, SourceURL: a.Source.URL, SourceTitle: a.Source.Title,
			Question: q + 1, Text: question.Text, Kind: question.Kind, Options: question.Options, Samples: a.Samples,
		}
		if q < len(a.AnswerKey) {
			r.Key = letters(a.AnswerKey[q])
		}
		return r
	}
	if a.Audit != nil && a.Audit.Evidence != nil {
		for _, qe := range a.Audit.Evidence.Questions {
			if qe.Question >= len(a.Questions) {
				continue
			}
			for _, m := range qe.Models {
				r := base(qe.Question)
				r.Model = m.Model
				r.Pick = letters(m.Choices)
				r.Outcome = m.Outcome
				r.Confidence = m.Confidence
				r.Answerability = m.Answerability
				if run := a.Audit.Run(m.Model); run != nil && qe.Question < len(run.Answers) {
					r.Votes = run.Answers[qe.Question].Votes
					if run.Answers[qe.Question].Tie {
						r.Pick = "no majority"
					}
				}
				reorder, changes := m.Reorderings, m.Changes
				r.Reorderings, r.OrderChanges = &reorder, &changes
				r.ChoicesOnly = m.ChoicesOnly
				r.WeakDistractors = m.WeakDistractors
				r.Distractors = distractors(m.Distractors)
				if m.Error != nil {
					r.Error = m.Error.Message
				}
				rows = append(rows, r)
			}
		}
		return rows
	}
	scores := map[int]quiz.QuestionScore{}
	if a.Score != nil {
		for _, qs := range a.Score.Questions {
			scores[qs.Question] = qs
		}
	}
	for q := range a.Questions {
		r := base(q)
		r.Model = a.Model
		if q < len(a.Answers) {
			ans := a.Answers[q]
			r.Pick = letters(ans.Choices)
			if ans.Tie {
				r.Pick = "no majority"
			}
			if !a.Questions[q].Kind.Choice() {
				r.Pick = ans.Text
			}
			r.Confidence = ans.Confidence
			r.Votes = ans.Votes
			if ans.Error != nil {
				r.Error = ans.Error.Message
			}
		}
		if qs, ok := scores[q]; ok {
			r.Outcome = qs.Outcome
			share := qs.Answerability
			r.Answerability = &share
		}
		rows = append(rows, r)
	}
	return rows
}

// Header is the CSV's header row.
var Header = []string{
	"analysis", "created_at", "source_url", "source_title", "question", "text", "kind", "options",
	"model", "samples", "key", "pick", "outcome", "confidence", "answerability", "votes",
	"reorderings", "order_changes", "choices_only", "weak_distractors", "distractors", "error",
}

// CSV writes rows as CSV: UTF-8 with a byte order mark (so that a
// spreadsheet reads it as UTF-8), a header row, CRLF line ends and
// encoding/csv's quoting. A text cell that a spreadsheet would run as a
// formula (it starts with =, +, -, @, a tab or a carriage return) gets a
// leading apostrophe: quiz texts come from arbitrary pages.
func CSV(w io.Writer, rows []Row) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(Header); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{
			r.Analysis, r.CreatedAt.UTC().Format(time.RFC3339), text(r.SourceURL), text(r.SourceTitle),
			strconv.Itoa(r.Question), text(r.Text), string(r.Kind), text(strings.Join(r.Options, " | ")),
			text(r.Model), strconv.Itoa(r.Samples), r.Key, text(r.Pick), r.Outcome, num(&r.Confidence), num(r.Answerability), ints(r.Votes),
			intp(r.Reorderings), intp(r.OrderChanges), num(r.ChoicesOnly), strconv.FormatBool(r.WeakDistractors), r.Distractors, text(r.Error),
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// JSON writes rows as {"rows": [...]}.
func JSON(w io.Writer, rows []Row) error {
	if rows == nil {
		rows = []Row{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		Rows []Row `json:"rows"`
	}{rows})
}

// Formats are the formats export writes.
var Formats = []string{"csv", "json"}

// Write writes rows in format (csv or json).
func Write(w io.Writer, format string, rows []Row) error {
	switch format {
	case "csv":
		return CSV(w, rows)
	case "json":
		return JSON(w, rows)
	}
	return fmt.Errorf("format %q: use csv or json", format)
}

// ContentType is the media type of format.
func ContentType(format string) string {
	if format == "csv" {
		return "text/csv; charset=utf-8"
	}
	return "application/json"
}

func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func num(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func intp(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

func ints(v []int) string {
	parts := make([]string, len(v))
	for i, n := range v {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, " ")
}

func letters(choices []int) string {
	c := slices.Sorted(slices.Values(choices))
	parts := make([]string, 0, len(c))
	for _, o := range c {
		if o >= 0 && o < 26 {
			parts = append(parts, string(rune('A'+o)))
		}
	}
	return strings.Join(parts, " ")
}

func distractors(ds []quiz.DistractorUse) string {
	var parts []string
	for _, d := range ds {
		if d.Picks > 0 && d.Option < 26 {
			parts = append(parts, fmt.Sprintf("%c×%d", 'A'+d.Option, d.Picks))
		}
	}
	return strings.Join(parts, " ")
}
