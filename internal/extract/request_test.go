package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/quiz"
)

// mappingCases are extractions and the requests they become.
var mappingCases = []struct {
	name    string
	in      []Question
	want    []quiz.Question
	labels  []string
	skipped int
}{
	{
		name: "the API's own kinds map one to one",
		in: []Question{
			{Text: "Red planet?", Options: []string{"Venus", "Mars"}, Kind: "single"},
			{Text: "Gas giants?", Options: []string{"Jupiter", "Mars", "Saturn"}, Kind: "multiple"},
			{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: "truefalse"},
			{Text: "Capital of Peru", Options: []string{"Lima", "Quito"}, Kind: "dropdown"},
			{Text: "Name the closest star.", Options: []string{}, Kind: "text"},
		},
		want: []quiz.Question{
			{Text: "Red planet?", Options: []string{"Venus", "Mars"}, Kind: "single"},
			{Text: "Gas giants?", Options: []string{"Jupiter", "Mars", "Saturn"}, Kind: "multiple"},
			{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: "truefalse"},
			{Text: "Capital of Peru", Options: []string{"Lima", "Quito"}, Kind: "dropdown"},
			{Text: "Name the closest star.", Kind: "text"},
		},
		labels: []string{"1", "2", "3", "4", "5"},
	},
	{
		name: "rows, items and blanks become questions with their parent's text",
		in: []Question{
			{Text: "Match each port to its protocol.", Kind: "matching", Subquestions: []Question{
				{Text: "22", Options: []string{"SSH", "HTTPS"}, Kind: "dropdown"},
				{Text: "443", Options: []string{"SSH", "HTTPS"}, Kind: "dropdown"},
			}},
			{Text: "RAM is [blank 1] memory.", Kind: "cloze", Subquestions: []Question{
				{Text: "Blank 1", Options: []string{"volatile", "persistent"}, Kind: "dropdown"},
				{Text: "Blank 2", Options: []string{}, Kind: "text"},
			}},
			{Text: "How often?", Kind: "grid", Subquestions: []Question{
				{Text: "Mountains", Options: []string{"Never", "Often"}, Kind: "single"},
			}},
			{Text: "Lorem [blank 1] dolor", Kind: "dragdrop", Subquestions: []Question{
				{Text: "Blank 1", Options: []string{"amet", "ipsum"}, Kind: "dragdrop"},
			}},
		},
		want: []quiz.Question{
			{Text: "Match each port to its protocol. — 22", Options: []string{"SSH", "HTTPS"}, Kind: "dropdown"},
			{Text: "Match each port to its protocol. — 443", Options: []string{"SSH", "HTTPS"}, Kind: "dropdown"},
			{Text: "RAM is [blank 1] memory. — Blank 1", Options: []string{"volatile", "persistent"}, Kind: "dropdown"},
			{Text: "RAM is [blank 1] memory. — Blank 2", Kind: "text"},
			{Text: "How often? — Mountains", Options: []string{"Never", "Often"}, Kind: "single"},
			{Text: "Lorem [blank 1] dolor — Blank 1", Options: []string{"amet", "ipsum"}, Kind: "single"},
		},
		labels: []string{"1.1", "1.2", "2.1", "2.2", "3.1", "4.1"},
	},
	{
		name: "what has no right option to pick is left out, the rest still goes",
		in: []Question{
			{Text: "Rate the site", Kind: "rating"},
			{Text: "Place the markers", Options: []string{"Bull", "Triple 20"}, Kind: "dragdrop"},
			{Text: "Only one?", Options: []string{"Yes"}, Kind: "single"},
			{Text: "", Options: []string{"a", "b"}, Kind: "single"},
			{Text: "Country?", Options: countries(30), Kind: "dropdown"},
			{Text: "Kept", Options: []string{"x", "y"}, Kind: "single"},
		},
		want:    []quiz.Question{{Text: "Kept", Options: []string{"x", "y"}, Kind: "single"}},
		labels:  []string{"6"},
		skipped: 5,
	},
	{
		name: "repeated and blank options are sent once, odd kinds as single choices",
		in: []Question{
			{Text: "Pick", Options: []string{"A", " A ", "", "B"}, Kind: "single"},
			{Text: "True?", Options: []string{"True", "False", "Unsure"}, Kind: "truefalse"},
			{Text: "Odd", Options: []string{"p", "q"}, Kind: "hotspot"},
		},
		want: []quiz.Question{
			{Text: "Pick", Options: []string{"A", "B"}, Kind: "single"},
			{Text: "True?", Options: []string{"True", "False", "Unsure"}, Kind: "single"},
			{Text: "Odd", Options: []string{"p", "q"}, Kind: "single"},
		},
		labels: []string{"1", "2", "3"},
	},
}

func countries(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("Country %d", i+1)
	}
	return out
}

func TestToRequest(t *testing.T) {
	for _, tc := range mappingCases {
		t.Run(tc.name, func(t *testing.T) {
			got := ToRequest(&Result{URL: "https://example.com/q", Title: "Quiz", Questions: tc.in})
			if diff := cmp.Diff(tc.want, got.Request.Questions); diff != "" {
				t.Errorf("questions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.labels, got.Labels); diff != "" {
				t.Errorf("labels (-want +got):\n%s", diff)
			}
			if len(got.Skipped) != tc.skipped {
				t.Errorf("skipped %q, want %d", got.Skipped, tc.skipped)
			}
			if got.Request.Source != (quiz.Source{URL: "https://example.com/q", Title: "Quiz"}) {
				t.Errorf("source = %+v", got.Request.Source)
			}
			// Whatever the page held, the server accepts the request.
			req := got.Request
			if err := req.Normalize(); err != nil {
				t.Errorf("the server would refuse the request: %v", err)
			}
		})
	}
}

func TestToRequestFitsTheAPI(t *testing.T) {
	long := strings.Repeat("word ", 2000)
	var qs []Question
	for i := range 120 {
		qs = append(qs, Question{Text: fmt.Sprintf("Q%d %s", i, long), Options: []string{long, "short"}, Kind: "single"})
	}
	got := ToRequest(&Result{URL: "https://example.com/" + strings.Repeat("x", 3000), Title: long, Questions: qs})
	req := got.Request
	if err := req.Normalize(); err != nil {
		t.Fatalf("the server would refuse the request: %v", err)
	}
	if len(req.Questions) != quiz.MaxQuestions || len(got.Labels) != quiz.MaxQuestions {
		t.Errorf("%d questions, %d labels, want %d", len(req.Questions), len(got.Labels), quiz.MaxQuestions)
	}
	if len(got.Skipped) != 1 || !strings.Contains(got.Skipped[0], "questions 101 to 120") {
		t.Errorf("skipped = %q, want the questions past the limit named", got.Skipped)
	}
	if n := utf8.RuneCountInString(req.Questions[0].Text); n != quiz.MaxQuestionRunes || !strings.HasSuffix(req.Questions[0].Text, "…") {
		t.Errorf("a long question is %d characters, want cut to %d with an ellipsis", n, quiz.MaxQuestionRunes)
	}
}
