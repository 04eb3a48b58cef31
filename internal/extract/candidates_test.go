package extract

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestCandidates is a development aid, skipped unless -candidates names a
// page path under testdata (e.g. -candidates=/pages/plain-text.html): it
// logs every candidate the strategies proposed, with source, score, quiz
// score and whether it was kept.
func TestCandidates(t *testing.T) {
	page := *candidatesPage
	if page == "" {
		t.Skip("no -candidates page given")
	}
	srv := newSite(t)
	tab := openTab(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := tab.Navigate(ctx, srv.URL+page); err != nil {
		t.Fatal(err)
	}
	js := Script()
	opts := `{timings: true}`
	if *candidatesGeneric {
		opts = `{timings: true, adapters: false}`
	}
	js = strings.Replace(js, `typeof arguments === "object" ? arguments[0] || {} : {}`, opts, 1)
	js = strings.Replace(js, "var result = {", "var result = {debug: candidates.map(function(c){return [c.source, c.score, c.quiz, c.q.text.slice(0,80), c.q.options.join('|').slice(0,80), !!c.kept]}), ", 1)
	out, err := chromedp.Run(tab.Context(), chromedp.Evaluate[map[string]any](js))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range out["debug"].([]any) {
		t.Log(d)
	}
	t.Log("errors:", out["errors"])
	t.Log("timings (ms):", out["timings"])
}
