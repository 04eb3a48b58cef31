package extract

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The floors for the generated corpus, generic strategies alone: no
// library here has an adapter, so this is what a quiz on a platform the
// extractor was not written for gets.
const (
	floorGeneratedRecall    = 0.97
	floorGeneratedPrecision = 0.97
	floorGeneratedOptions   = 0.97
)

// generatedDir holds the pages rendered by third-party libraries (see its
// README): served from testdata/ like the shared corpus.
const generatedDir = "testdata/generated/pages"

// generatedTruth is a generated page's ground truth: the corpus schema plus
// what the test checks against the rendered page.
type generatedTruth struct {
	groundTruth
	Library string `json:"library"`
	Variant string `json:"variant"`
	// HiddenQuestions are in the page's data but not on screen (later
	// pages of a paged quiz): they must not be visible.
	HiddenQuestions []string `json:"hidden_questions"`
	// DecoyTexts are the question-like groups of a decoy page: they must
	// be visible, so that a decoy that gives zero questions is a decoy
	// read, not a page that failed to render.
	DecoyTexts []string `json:"decoy_texts"`
	// StartScreen marks a quiz still behind its Start button: no question
	// is on screen, and the extractor's notice should say to start it.
	StartScreen bool `json:"start_screen"`
}

// generatedPage is what the test saw on one page.
type generatedPage struct {
	name    string
	truth   generatedTruth
	generic pageScore // adapters off
	all     pageScore // adapters on
	notice  string    // the generic pass's notice
	err     error     // the page did not load or render as its ground truth says
}

// TestGeneratedCorpus extracts every generated page with the generic
// strategies alone and with all strategies, and checks that the page is
// what its ground truth says: it renders in Chromium, every ground-truth
// question text is on screen (and no question of a later page is), and
// nothing it loads leaves 127.0.0.1.
func TestGeneratedCorpus(t *testing.T) {
	srv := serveTestdata(t)
	htmls, err := filepath.Glob(filepath.Join(generatedDir, "*.html"))
	if err != nil || len(htmls) == 0 {
		t.Fatalf("no generated pages in %s: %v", generatedDir, err)
	}
	pages := make([]*generatedPage, len(htmls))
	for i, h := range htmls {
		p := &generatedPage{name: strings.TrimSuffix(filepath.Base(h), ".html")}
		raw, err := os.ReadFile(strings.TrimSuffix(h, ".html") + ".json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &p.truth); err != nil {
			t.Fatalf("%s: ground truth: %v", p.name, err)
		}
		pages[i] = p
	}

	// The pages mostly wait (for timers, for the settle wait), so several
	// run at once, each in its own tabs.
	var wg sync.WaitGroup
	sem := make(chan struct{}, 6)
	for _, p := range pages {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			p.err = runGeneratedPage(srv.URL+"/generated/pages/"+p.name+".html", p)
		})
	}
	wg.Wait()

	var generic, all pageScore
	var b strings.Builder
	fmt.Fprintf(&b, "\n%-34s %-22s %4s | %-26s | %s\n", "", "", "", "generic only", "all strategies")
	fmt.Fprintf(&b, "%-34s %-22s %4s | %4s %4s %4s %4s %5s | %4s %4s %4s %4s\n", "page", "library", "want", "got", "mtch", "opts", "kind", "note", "got", "mtch", "opts", "kind")
	decoyQuestions, startScreens, startNotices := 0, 0, 0
	for _, p := range pages {
		if p.err != nil {
			t.Errorf("%s: %v", p.name, p.err)
			continue
		}
		g, a := p.generic, p.all
		note := ""
		if p.notice != "" {
			note = "yes"
		}
		if p.truth.StartScreen {
			startScreens++
			if p.notice != "" {
				startNotices++
			}
		}
		fmt.Fprintf(&b, "%-34s %-22s %4d | %4d %4d %4d %4d %5s | %4d %4d %4d %4d\n", p.name, p.truth.Platform, g.want,
			g.got, g.matched, g.optionsOK, g.kindOK, note, a.got, a.matched, a.optionsOK, a.kindOK)
		if g.want == 0 {
			decoyQuestions += g.got
		} else {
			addScore(&generic, g)
			addScore(&all, a)
		}
		for _, m := range g.misses {
			t.Logf("%s: generic: missed %q", p.name, m)
		}
		for _, m := range g.extras {
			t.Logf("%s: generic: extra %q", p.name, m)
		}
		for _, m := range g.optDiffs {
			t.Logf("%s: generic: options differ: %s", p.name, m)
		}
	}
	for _, f := range []struct {
		name string
		s    pageScore
	}{{"generic only", generic}, {"all strategies", all}} {
		if f.name == "all strategies" && testing.Short() {
			b.WriteString("all strategies: not run with -short\n")
			continue
		}
		fmt.Fprintf(&b, "%s: want %d got %d matched %d: recall %s precision %s options %s kind %s\n", f.name, f.s.want, f.s.got, f.s.matched,
			ratio(f.s.matched, f.s.want), ratio(f.s.matched, f.s.got), ratio(f.s.optionsOK, f.s.matched), ratio(f.s.kindOK, f.s.matched))
	}
	fmt.Fprintf(&b, "pages with no question on screen (decoys, start screens): %d questions (generic only)\n", decoyQuestions)
	fmt.Fprintf(&b, "start screens with a notice: %d of %d (generic only)\n", startNotices, startScreens)
	b.WriteString("mtch: matched questions; opts: matched with the right options; kind: matched with the right kind; note: the extraction's notice is set\n")
	t.Log(b.String())

	if r := frac(generic.matched, generic.want); r < floorGeneratedRecall {
		t.Errorf("generic-only recall on the generated corpus %.3f < %.2f", r, floorGeneratedRecall)
	}
	if r := frac(generic.matched, generic.got); r < floorGeneratedPrecision {
		t.Errorf("generic-only precision on the generated corpus %.3f < %.2f", r, floorGeneratedPrecision)
	}
	if r := frac(generic.optionsOK, generic.matched); r < floorGeneratedOptions {
		t.Errorf("generic-only option accuracy on the generated corpus %.3f < %.2f", r, floorGeneratedOptions)
	}
	if decoyQuestions != 0 {
		t.Errorf("pages with no question on screen gave %d questions, want 0", decoyQuestions)
	}
	if startNotices != startScreens {
		t.Errorf("start screens with a notice: %d of %d", startNotices, startScreens)
	}
}

// dumpGenerated writes a page's extraction into the -dump directory as
// generated/NAME.generic.json or generated/NAME.all.json.
func dumpGenerated(name string, adapters bool, res *Result) error {
	dir := filepath.Join(*dump, "generated")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	pass := "generic"
	if adapters {
		pass = "all"
	}
	return os.WriteFile(filepath.Join(dir, name+"."+pass+".json"), b, 0o644)
}

func addScore(tot *pageScore, s pageScore) {
	tot.want += s.want
	tot.got += s.got
	tot.matched += s.matched
	tot.optionsOK += s.optionsOK
	tot.kindOK += s.kindOK
	tot.exact += s.exact
}

// runGeneratedPage loads the page twice in fresh tabs: once extracted with
// the generic strategies alone and then checked against its ground truth,
// once extracted with every strategy (not with -short).
func runGeneratedPage(pageURL string, p *generatedPage) error {
	passes := []bool{false, true}
	if testing.Short() {
		passes = passes[:1]
	}
	var problems []string
	for _, adapters := range passes {
		got, check, err := loadGenerated(pageURL, strategiesFor(adapters), !adapters, p.truth)
		if err != nil {
			return err
		}
		problems = append(problems, check...)
		if *dump != "" {
			if err := dumpGenerated(p.name, adapters, got); err != nil {
				return err
			}
		}
		if adapters {
			p.all = score(p.name, p.truth.Questions, got.Questions)
		} else {
			p.generic = score(p.name, p.truth.Questions, got.Questions)
			p.notice = got.Notice
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// visibleTextJS returns the text a person sees on the page: the body's
// innerText and that of every rendered element of every open shadow root
// (innerText does not enter shadow roots).
const visibleTextJS = `(() => {
  const out = [document.body.innerText];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      if (!el.checkVisibility({visibilityProperty: true})) continue;
      for (const c of el.shadowRoot.children) {
        if (c.checkVisibility && c.checkVisibility({visibilityProperty: true})) out.push(c.innerText);
      }
      walk(el.shadowRoot);
    }
  };
  walk(document);
  return out.join('\n');
})()`

// loadGenerated opens pageURL in a new tab, extracts it with opts and, if
// check, waits for the ground truth (questions, and options outside
// dropdowns) to be on screen and reports where it is not, along with requests that left 127.0.0.1 and uncaught exceptions.
func loadGenerated(pageURL string, opts Options, check bool, gt generatedTruth) (*Result, []string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 45*time.Second)
	defer cancel()
	tab, err := testBrowser.NewTab(ctx)
	if err != nil {
		return nil, nil, err
	}
	defer tab.Close()

	var mu sync.Mutex
	var offsite, exceptions []string
	err = chromedp.Listen(tab.Context(), func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if u, err := url.Parse(ev.Request.URL); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Hostname() != "127.0.0.1" {
				offsite = append(offsite, ev.Request.URL)
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				msg = d.Exception.Description
			}
			// Chromium reports a resize observer that could not deliver
			// everything in one frame as an error; popups that position
			// themselves (opened by the extractor) can cause it, harmlessly.
			if strings.Contains(msg, "ResizeObserver loop") {
				return
			}
			exceptions = append(exceptions, fmt.Sprintf("%s (%s:%d)", msg, d.URL, d.LineNumber+1))
		}
	})
	if err != nil {
		return nil, nil, fmt.Errorf("listen to the tab: %w", err)
	}
	if err := tab.Navigate(ctx, pageURL); err != nil {
		return nil, nil, err
	}
	// The late pages render within 3 s; a shorter watch than the default
	// keeps the empty (decoy) pages quick.
	if opts.Settle.Appear == 0 {
		opts.Settle.Appear = 4 * time.Second
	}
	res, err := tab.ExtractWith(ctx, opts)
	if err != nil {
		return nil, nil, fmt.Errorf("extract: %w", err)
	}
	if !check {
		return res, nil, nil
	}

	var problems []string
	want := append(onScreen(gt.Questions), gt.DecoyTexts...)
	// The late pages render up to 3 s after load: wait for them, not for
	// a fixed time.
	var text string
	var missing []string
	for deadline := time.Now().Add(10 * time.Second); ; {
		if text, err = chromedp.Run(tab.Context(), chromedp.Evaluate[string](visibleTextJS)); err != nil {
			return nil, nil, fmt.Errorf("read visible text: %w", err)
		}
		text = norm(text)
		missing = missing[:0]
		for _, w := range want {
			if !strings.Contains(text, norm(w)) {
				missing = append(missing, w)
			}
		}
		if len(missing) == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	for _, m := range missing {
		problems = append(problems, fmt.Sprintf("ground truth %q is not on screen", clip(m)))
	}
	for _, h := range gt.HiddenQuestions {
		if strings.Contains(text, norm(h)) {
			problems = append(problems, fmt.Sprintf("question %q of a later page is on screen", clip(h)))
		}
	}
	mu.Lock()
	defer mu.Unlock()
	for _, u := range offsite {
		problems = append(problems, "request left 127.0.0.1: "+u)
	}
	for _, e := range exceptions {
		problems = append(problems, "uncaught exception: "+e)
	}
	return res, problems, nil
}

// onScreen lists the texts of qs that a person sees without touching the
// page: the questions, and the options of all but dropdowns (whose options
// show only when opened).
func onScreen(qs []Question) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Text)
		if q.Kind != KindDropdown {
			out = append(out, q.Options...)
		}
	}
	return out
}

// offsiteURL finds http(s) URLs in attributes that load something (src,
// href, action, url()) whose host is not 127.0.0.1.
var offsiteURL = regexp.MustCompile(`(?i)(?:src|href|action)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import\s+["']?(https?:)?//`)

// TestGeneratedCorpusSelfContained checks the files the pages load: no
// page or stylesheet points at another host (the page's CSP forbids it
// too, and TestGeneratedCorpus counts requests that leave 127.0.0.1).
func TestGeneratedCorpusSelfContained(t *testing.T) {
	var files []string
	for _, pat := range []string{generatedDir + "/*.html", "testdata/generated/assets/*.css"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no generated pages")
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if loc := offsiteURL.FindIndex(raw); loc != nil {
			t.Errorf("%s loads from another host: %q", f, raw[loc[0]:min(len(raw), loc[1]+60)])
		}
		if strings.HasSuffix(f, ".html") && !strings.Contains(string(raw), `http-equiv="Content-Security-Policy" content="default-src 'self';`) {
			t.Errorf("%s: no same-origin Content-Security-Policy", f)
		}
	}
}

func strategiesFor(adapters bool) Options {
	if adapters {
		return Options{}
	}
	return Options{Strategies: StrategiesGeneric}
}
