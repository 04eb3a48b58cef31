package extract

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzScoreMatching: the scorer's text matching never panics, matches a
// text with itself, is unchanged by whitespace, and never matches more
// questions than either side has.
func FuzzScoreMatching(f *testing.F) {
	f.Add("Which planet?", "Which  planet? ", "Lorem [blank 1] dolor", "x")
	f.Add("Match: [13 embedded sub-questions]", "Match: a b c", "\u200b", "[sub-question 2]")
	f.Fuzz(func(t *testing.T, a, b, c, d string) {
		if !sameText(a, a) {
			t.Errorf("sameText(%q, itself) = false", a)
		}
		if n := norm(a); norm(n) != n {
			t.Errorf("norm is not idempotent on %q", a)
		}
		if sameText(a, b) != sameText(a, " "+b+"\n") {
			t.Errorf("whitespace around %q changes the match with %q", b, a)
		}
		want := []Question{{Text: a, Options: []string{c}}, {Text: b}}
		got := []Question{{Text: c}, {Text: d, Options: []string{a}}, {Text: a}}
		s := score("fuzz", want, got)
		if s.matched > len(want) || s.matched > len(got) || s.optionsOK > s.matched || s.kindOK > s.matched {
			t.Errorf("score %+v is larger than its sides", s)
		}
	})
}

// TestExtractRandomDOM runs the extractor on random DOM-like documents
// (nested blocks, inline markup, controls of every kind, labels pointing
// anywhere, open shadow roots, ARIA roles, odd text and whitespace) and
// checks what must hold on any page: the extractor finishes, no strategy
// throws, and every text it returns is normalised.
func TestExtractRandomDOM(t *testing.T) {
	const docs = 40
	mux := http.NewServeMux()
	mux.HandleFunc("GET /random/{seed}", func(w http.ResponseWriter, r *http.Request) {
		var seed uint64
		fmt.Sscan(r.PathValue("seed"), &seed)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, randomDocument(rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	tab := openTab(t)
	total := 0
	for seed := range docs {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		url := fmt.Sprintf("%s/random/%d", srv.URL, seed)
		if err := tab.Navigate(ctx, url); err != nil {
			cancel()
			t.Fatal(err)
		}
		res, err := tab.ExtractWith(ctx, Options{Settle: Settle{Appear: -1}})
		cancel()
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if len(res.Errors) > 0 {
			t.Errorf("seed %d: strategies threw: %q", seed, res.Errors)
		}
		total += len(res.Questions)
		for _, q := range res.Questions {
			checkNormalised(t, seed, q)
		}
	}
	t.Logf("%d questions from %d random documents", total, docs)
	if total == 0 {
		t.Error("no random document gave a question: nothing was checked")
	}
}

func checkNormalised(t *testing.T, seed int, q Question) {
	t.Helper()
	texts := append([]string{q.Text}, q.Options...)
	for _, s := range texts {
		if s != strings.TrimSpace(s) || strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t\u200b") || !utf8.ValidString(s) {
			t.Errorf("seed %d: text not normalised: %q", seed, s)
		}
	}
	if utf8.RuneCountInString(q.Text) > 4001 {
		t.Errorf("seed %d: question text of %d characters, over the limit", seed, len(q.Text))
	}
	for _, sub := range q.Subquestions {
		checkNormalised(t, seed, sub)
	}
}

// randomDocument builds a page of random, often broken, quiz-like markup.
func randomDocument(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head><meta charset=utf-8><title>")
	b.WriteString(randomText(r))
	b.WriteString("</title></head><body>")
	for range 1 + r.IntN(12) {
		randomNode(r, &b, 0)
	}
	// Some content inside open shadow roots, with slots.
	b.WriteString(`<x-card id=host1><span slot=title>` + randomText(r) + `</span><label><input type=radio name=s1> ` + randomText(r) + `</label></x-card>
<script>
(function () {
  var h = document.getElementById("host1");
  var root = h.attachShadow({mode: "open"});
  root.innerHTML = '<h3><slot name="title">fallback</slot></h3><div role="radiogroup" aria-labelledby="nope"><slot></slot><div role="radio" aria-checked="false">` + strings.ReplaceAll(randomText(r), "'", "") + `</div></div>';
})();
</script></body></html>`)
	return b.String()
}

var randomTags = []string{"div", "p", "span", "section", "fieldset", "legend", "label", "ul", "ol", "li", "table", "tr", "td", "form", "b", "i", "h2", "h3", "button", "dialog", "template", "select", "x-radio", "sl-select"}

func randomNode(r *rand.Rand, b *strings.Builder, depth int) {
	switch k := r.IntN(10); {
	case depth > 5 || k < 3:
		b.WriteString(randomText(r))
	case k == 3:
		fmt.Fprintf(b, `<input type=%s name=q%d id=i%d>`, []string{"radio", "checkbox", "text", "date", "hidden", "number", "email"}[r.IntN(7)], r.IntN(4), r.IntN(20))
	case k == 4:
		fmt.Fprintf(b, `<label for=i%d>%s</label>`, r.IntN(20), randomText(r))
	case k == 5:
		fmt.Fprintf(b, `<select name=s%d><option value="">Choose…</option><option label="%s"></option><option>%s</option></select>`, r.IntN(3), strings.ReplaceAll(randomText(r), `"`, ""), randomText(r))
	case k == 6:
		role := []string{"radio", "checkbox", "option", "listbox", "radiogroup", "combobox", "group", "dialog"}[r.IntN(8)]
		fmt.Fprintf(b, `<div role=%s aria-labelledby=i%d aria-controls=i%d aria-haspopup=listbox>`, role, r.IntN(20), r.IntN(20))
		randomNode(r, b, depth+1)
		b.WriteString("</div>")
	default:
		tag := randomTags[r.IntN(len(randomTags))]
		attrs := ""
		if r.IntN(3) == 0 {
			attrs = fmt.Sprintf(` id=i%d class="%s"`, r.IntN(20), []string{"answer", "option", "question", "sr-only", "hidden", "choices", "price"}[r.IntN(7)])
		}
		if r.IntN(6) == 0 {
			attrs += ` style="display:none"`
		}
		fmt.Fprintf(b, "<%s%s>", tag, attrs)
		for range 1 + r.IntN(4) {
			randomNode(r, b, depth+1)
		}
		fmt.Fprintf(b, "</%s>", tag)
	}
}

var randomWords = []string{"Which", "planet", "is", "red?", "1.", "A.", "b)", "(c)", "True", "False", "Yes", "No", "&amp;", "&lt;b&gt;", "x²", "北京", "القاهرة", "שלום", "\u200b", "  ", "\n", "\t", "Question 3 / 10", "$4.99", "Select one:", "[blank 1]", "*", "Next", "Add to cart", "cookies", "😀", "\u00a0", "Σ", "—"}

func randomText(r *rand.Rand) string {
	n := 1 + r.IntN(8)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = randomWords[r.IntN(len(randomWords))]
	}
	return strings.Join(parts, " ")
}
