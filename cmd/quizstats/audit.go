package main

import (
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/quizstats/quizstats/internal/quiz"
)

// printAudit prints an audit's evidence: a row per question × model, then
// a row per model.
func printAudit(w io.Writer, cq capturedQuiz, au *quiz.Audit) {
	ev := au.Evidence
	if ev == nil {
		return
	}
	probe := ""
	if au.Probes.ChoicesOnly {
		probe = ", choices-only probe"
	}
	fmt.Fprintf(w, "\nAudit: %d models × %d samples, seed %d%s\n\n", len(au.Models), au.Samples, au.Seed, probe)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "question\tmodel\tpick\tright\treordered\tchoices only\twrong picks")
	qs := cq.Request.Questions
	for _, q := range ev.Questions {
		label := fmt.Sprint(q.Question + 1)
		if q.Question < len(cq.Labels) {
			label = cq.Labels[q.Question]
		}
		for i, m := range q.Models {
			if i > 0 {
				label = ""
			}
			if m.Error != nil {
				fmt.Fprintf(tw, "%s\t%s\tnot answered: %s\t\t\t\t\n", label, m.Model, oneLine(m.Error.Message, 60))
				continue
			}
			var question quiz.Question
			if q.Question < len(qs) {
				question = qs[q.Question]
			}
			co := "–"
			if m.ChoicesOnly != nil {
				co = percent(*m.ChoicesOnly)
				if m.WeakDistractors {
					co += " weak distractors"
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", label, m.Model, letters(question, m.Choices),
				share(m.Answerability), changed(m.Changes, m.Reorderings), co, wrongPicks(m.Distractors))
		}
	}
	tw.Flush()

	fmt.Fprintln(w)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "model\tanswerability\treordered\tshown first\tshown last\tchance\tBrier\tECE\tweak distractors")
	for _, m := range ev.Models {
		if m.Error != nil {
			fmt.Fprintf(tw, "%s\tfailed: %s\t\t\t\t\t\t\t\n", m.Model, oneLine(m.Error.Message, 80))
			continue
		}
		brier, ece := "–", "–"
		if c := m.Calibration; c != nil {
			brier, ece = fmt.Sprintf("%.3f", c.Brier), fmt.Sprintf("%.3f", c.ECE)
		}
		pb := m.PositionBias
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", m.Model, share(m.Answerability), changed(m.Changes, m.Reorderings),
			percent(pb.First), percent(pb.Last), percent(pb.Chance), brier, ece, m.WeakDistractors)
	}
	tw.Flush()
	if ev.Answerability != nil {
		fmt.Fprintf(w, "\nanswerability over all models: %s\n", percent(*ev.Answerability))
	}
}

func percent(f float64) string { return fmt.Sprintf("%d%%", int(math.Round(100*f))) }

func share(f *float64) string {
	if f == nil {
		return "–"
	}
	return percent(*f)
}

// changed says how many reorderings changed the pick: "1/4".
func changed(changes, reorderings int) string {
	if reorderings == 0 {
		return "–"
	}
	return fmt.Sprintf("%d/%d", changes, reorderings)
}

// letters names picked options by letter ("B", "A C"), or "tie".
func letters(q quiz.Question, choices []int) string {
	if len(choices) == 0 {
		if !q.Kind.Choice() {
			return "(text)"
		}
		return "no majority"
	}
	parts := make([]string, len(choices))
	for i, c := range choices {
		parts[i] = string(rune('A' + c))
	}
	return strings.Join(parts, " ")
}

// wrongPicks lists the wrong options picked, most picked first: "C×3 A×1".
func wrongPicks(ds []quiz.DistractorUse) string {
	ds = slices.Clone(ds)
	slices.SortStableFunc(ds, func(a, b quiz.DistractorUse) int { return b.Picks - a.Picks })
	var parts []string
	for _, d := range ds {
		if d.Picks > 0 {
			parts = append(parts, fmt.Sprintf("%c×%d", 'A'+d.Option, d.Picks))
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " ")
}
