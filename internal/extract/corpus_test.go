package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The corpus floors: what the extractor must reach on the real saved pages in
// testdata/corpus (see its README for where they come from).
const (
	floorRecall    = 0.99
	floorPrecision = 0.99
	floorOptions   = 0.98

	// The generic strategies alone (TestCorpusGenericOnly): issue 9 asks
	// for 0.90; they reach 0.954 and 0.971, and a page read one question
	// worse moves them by 0.006.
	floorGenericRecall    = 0.93
	floorGenericPrecision = 0.96
)

// groundTruth is a corpus page's hand-checked JSON.
type groundTruth struct {
	Platform  string     `json:"platform"`
	Questions []Question `json:"questions"`
}

// pageScore counts one page's agreement with its ground truth.
type pageScore struct {
	name                     string
	want, got, matched       int
	optionsOK, kindOK        int
	exact                    int // matched with equal text (no tolerance needed)
	misses, extras, optDiffs []string
}

func TestCorpus(t *testing.T) {
	scores, tot := scoreCorpus(t, Options{})
	for _, s := range scores {
		if s.want == 0 && s.got != 0 {
			t.Errorf("%s: negative page gave %d questions, want 0: %q", s.name, s.got, s.extras)
		}
		for _, m := range s.misses {
			t.Logf("%s: missed question %q", s.name, m)
		}
		for _, m := range s.extras {
			t.Logf("%s: extra question %q", s.name, m)
		}
		for _, m := range s.optDiffs {
			t.Logf("%s: options differ: %s", s.name, m)
		}
	}
	if r := frac(tot.matched, tot.want); r < floorRecall {
		t.Errorf("question recall %.3f < %.2f", r, floorRecall)
	}
	if r := frac(tot.matched, tot.got); r < floorPrecision {
		t.Errorf("question precision %.3f < %.2f", r, floorPrecision)
	}
	if r := frac(tot.optionsOK, tot.matched); r < floorOptions {
		t.Errorf("option accuracy %.3f < %.2f", r, floorOptions)
	}
}

// TestCorpusGenericOnly measures the generic strategies alone (platform
// adapters off): adapters improve on them but are never the only path.
// Its floors are what the generic strategies reach today, so that they do
// not silently rot; the negative pages must stay empty.
func TestCorpusGenericOnly(t *testing.T) {
	if testing.Short() {
		t.Skip("second pass over the corpus")
	}
	scores, tot := scoreCorpus(t, Options{Strategies: StrategiesGeneric})
	for _, s := range scores {
		if s.want == 0 && s.got != 0 {
			t.Errorf("%s: negative page gave %d questions, want 0: %q", s.name, s.got, s.extras)
		}
	}
	if r := frac(tot.matched, tot.want); r < floorGenericRecall {
		t.Errorf("generic-only question recall %.3f < %.2f", r, floorGenericRecall)
	}
	if r := frac(tot.matched, tot.got); r < floorGenericPrecision {
		t.Errorf("generic-only question precision %.3f < %.2f", r, floorGenericPrecision)
	}
}

// scoreCorpus extracts every corpus page, logs the table and returns the
// per-page scores and the total over the pages with questions.
func scoreCorpus(t *testing.T, opts Options) ([]pageScore, pageScore) {
	t.Helper()
	srv := serveTestdata(t)
	pages, err := filepath.Glob("testdata/corpus/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no corpus pages: %v", err)
	}
	var scores []pageScore
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		raw, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var gt groundTruth
		if err := json.Unmarshal(raw, &gt); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		res := extractURLWith(t, srv.URL+"/corpus/"+filepath.Base(page), opts)
		if *dump != "" && opts.Strategies != StrategiesGeneric {
			writeDump(t, name, res)
		}
		scores = append(scores, score(name, gt.Questions, res.Questions))
	}

	var tot pageScore
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-48s %5s %5s %7s %7s %7s %7s %7s\n", "page", "want", "got", "recall", "prec", "options", "kind", "exact")
	for _, s := range scores {
		fmt.Fprintf(&b, "%-48s %5d %5d %7s %7s %7s %7s %7s\n", s.name, s.want, s.got,
			ratio(s.matched, s.want), ratio(s.matched, s.got), ratio(s.optionsOK, s.matched), ratio(s.kindOK, s.matched), ratio(s.exact, s.matched))
		if s.want > 0 {
			tot.want += s.want
			tot.got += s.got
			tot.matched += s.matched
			tot.optionsOK += s.optionsOK
			tot.kindOK += s.kindOK
			tot.exact += s.exact
		}
	}
	fmt.Fprintf(&b, "%-48s %5d %5d %7s %7s %7s %7s %7s\n", "ALL (pages with questions)", tot.want, tot.got,
		ratio(tot.matched, tot.want), ratio(tot.matched, tot.got), ratio(tot.optionsOK, tot.matched), ratio(tot.kindOK, tot.matched), ratio(tot.exact, tot.matched))
	b.WriteString("exact: share of matched questions whose text equals the ground truth with whitespace collapsed; the others needed the blank-marker tolerance\n")
	t.Log(b.String())
	return scores, tot
}

// score matches extracted questions to the ground truth by text, in order,
// and compares the options and kinds of the matched ones.
func score(name string, want, got []Question) pageScore {
	s := pageScore{name: name, want: len(want), got: len(got)}
	used := make([]bool, len(got))
	next := 0
	for _, w := range want {
		j := findMatch(w, got, used, next)
		if j < 0 {
			s.misses = append(s.misses, clip(w.Text))
			continue
		}
		used[j] = true
		next = j + 1
		s.matched++
		g := got[j]
		if norm(w.Text) == norm(g.Text) {
			s.exact++
		}
		if sameOptions(w, g) {
			s.optionsOK++
		} else {
			s.optDiffs = append(s.optDiffs, fmt.Sprintf("%q: want %q%s, got %q%s", clip(w.Text), w.Options, subOptions(w), g.Options, subOptions(g)))
		}
		if w.Kind == g.Kind {
			s.kindOK++
		}
	}
	for j, g := range got {
		if !used[j] {
			s.extras = append(s.extras, clip(g.Text))
		}
	}
	return s
}

// findMatch returns the index of the first unused extracted question at or
// after from (else anywhere) whose text matches w's.
func findMatch(w Question, got []Question, used []bool, from int) int {
	for _, order := range [][2]int{{from, len(got)}, {0, from}} {
		for j := order[0]; j < order[1]; j++ {
			if !used[j] && sameText(w.Text, got[j].Text) {
				return j
			}
		}
	}
	return -1
}

var (
	spaces = regexp.MustCompile(`\s+`)
	// The ground truth marks blanks and inline controls in brackets
	// ("Lorem [blank 1] dolor", "[13 embedded sub-questions]"); the
	// extractor marks them its own way. Both are dropped before comparing.
	placeholder = regexp.MustCompile(`\[(blank|sub-question)[^\]]*\]`)
	// "[13 embedded sub-questions]" in the ground truth stands for the
	// rest of a cloze text; the text before it must begin the extraction.
	summary = regexp.MustCompile(`\s*\[\d+ embedded sub-questions\]\s*$`)
)

// norm collapses whitespace; case is kept.
func norm(s string) string { return strings.TrimSpace(spaces.ReplaceAllString(s, " ")) }

// sameText is the tolerant comparison of question texts: equal after
// collapsing whitespace and dropping blank placeholders (both sides mark
// blanks, each its own way).
func sameText(want, got string) bool {
	if norm(want) == norm(got) {
		return true
	}
	if summary.MatchString(want) {
		head := norm(summary.ReplaceAllString(want, ""))
		return head != "" && strings.HasPrefix(norm(got), head)
	}
	return norm(placeholder.ReplaceAllString(want, " ")) == norm(placeholder.ReplaceAllString(got, " "))
}

// sameOptions compares the option lists, and for questions made of
// subquestions (grid rows, matching items, cloze blanks) each subquestion's
// options in order.
func sameOptions(w, g Question) bool {
	if !slices.Equal(normAll(w.Options), normAll(g.Options)) {
		return false
	}
	if len(w.Subquestions) != len(g.Subquestions) {
		return false
	}
	for i := range w.Subquestions {
		if !slices.Equal(normAll(w.Subquestions[i].Options), normAll(g.Subquestions[i].Options)) {
			return false
		}
	}
	return true
}

func normAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = norm(s)
	}
	return out
}

func subOptions(q Question) string {
	if len(q.Subquestions) == 0 {
		return ""
	}
	var parts []string
	for _, s := range q.Subquestions {
		parts = append(parts, fmt.Sprintf("%q", s.Options))
	}
	return " subs " + strings.Join(parts, " ")
}

func clip(s string) string {
	s = norm(s)
	if r := []rune(s); len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}

func frac(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", frac(n, d))
}

func writeDump(t *testing.T, name string, res *Result) {
	t.Helper()
	if err := os.MkdirAll(*dump, 0o755); err != nil {
		t.Fatal(err)
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*dump, name+".json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
}
