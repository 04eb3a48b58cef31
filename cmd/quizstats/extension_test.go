package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/extract"
	"github.com/quizstats/quizstats/internal/quiz"
)

// origin is the scheme and host of a URL.
func origin(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return u
	}
	return p.Scheme + "://" + p.Host
}

// swEval evaluates expr in the extension's service worker, awaiting a
// promise, and decodes its value.
func swEval[T any](t *testing.T, sw context.Context, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(sw, 30*time.Second)
	defer cancel()
	var v T
	r, err := chromedp.Call(ctx, runtime.Evaluate, runtime.EvaluateParams{Expression: expr, AwaitPromise: new(true), ReturnByValue: new(true)})
	if err == nil && r.ExceptionDetails != nil {
		err = &chromedp.ExceptionError{ExceptionDetails: r.ExceptionDetails}
	}
	if err == nil {
		err = json.Unmarshal(r.Result.Value, &v)
	}
	if err != nil {
		t.Fatalf("service worker: %s: %v", expr, err)
	}
	return v
}

// The extension, written by `quizstats extension` and loaded into Chromium,
// reads the page with the same extractor and sends it to the server when
// its command runs.
func TestExtension(t *testing.T) {
	chrome := requireChromium(t)
	site := quizSite(t)
	f := planetFake(t)
	srv := startServe(t, modelEnv(f))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	dir := filepath.Join(t.TempDir(), "extension")
	if r := runCmd(ctx, map[string]string{}, "extension", dir); r.err != nil || !strings.Contains(r.stdout.String(), "Load unpacked") {
		t.Fatalf("quizstats extension: %v\n%s", r.err, r.stdout)
	}
	if js, err := os.ReadFile(filepath.Join(dir, "extract.js")); err != nil || string(js) != extract.Script() {
		t.Fatalf("extract.js is not the extractor of internal/extract (%v)", err)
	}

	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chrome), chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("load-extension", dir), chromedp.Flag("disable-extensions-except", dir),
		// The saved corpus pages name remote scripts, styles and images;
		// the test must not reach out for them, nor wait.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"))...)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		t.Fatal(err)
	}
	var swID target.ID
	waitFor(t, "the extension's service worker", 20*time.Second, func() bool {
		infos, err := chromedp.Targets(browser)
		for _, info := range infos {
			if err == nil && info.Type == "service_worker" && strings.HasPrefix(info.URL, "chrome-extension://") && strings.HasSuffix(info.URL, "/background.js") {
				swID = info.TargetID
			}
		}
		return swID != ""
	})
	sw, cancelSW := chromedp.NewContext(browser, chromedp.WithTargetID(swID))
	defer cancelSW()
	if err := chromedp.Do(sw); err != nil {
		t.Fatalf("attach to the service worker: %v", err)
	}

	tab, cancelTab := chromedp.NewContext(browser)
	defer cancelTab()
	pageURL := site.URL + "/planets.html"
	if err := chromedp.Do(tab, chromedp.Navigate(pageURL)); err != nil {
		t.Fatal(err)
	}
	// The command handler, called as Chrome calls it with the tab the
	// shortcut was pressed in (browser shortcuts cannot be pressed through
	// the DevTools protocol).
	command := `(async () => { const [tab] = await chrome.tabs.query({url: ` + jsonString(pageURL) + `}); return onCommand("capture", tab); })()`
	type outcome struct {
		Sent  int
		ID    string
		Error string
	}

	t.Run("sends the quiz to the configured server", func(t *testing.T) {
		display := dial(t, ctx, srv.URL, "")
		// As the options page saves it.
		swEval[any](t, sw, `chrome.storage.local.set({server: `+jsonString(srv.URL)+`}).then(() => null)`)
		got := swEval[outcome](t, sw, command)
		if got.Error != "" || got.Sent != 3 || !quiz.ValidID(got.ID) {
			t.Fatalf("command returned %+v", got)
		}
		started := readUntil(t, display, quiz.EventStarted)
		e := started[len(started)-1]
		want := []quiz.Question{
			{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}, Kind: "single"},
			{Text: "Which of these are gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: "multiple"},
			{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: "truefalse"},
		}
		if e.ID != got.ID || e.Source == nil || e.Source.URL != pageURL || e.Source.Title != "Astronomy quiz" {
			t.Errorf("started event %s, want analysis %s of %s", e.raw, got.ID, pageURL)
		}
		if diff := cmp.Diff(want, e.Questions); diff != "" {
			t.Errorf("questions the server got (-want +got):\n%s", diff)
		}
		badge := swEval[string](t, sw, `chrome.tabs.query({url: `+jsonString(pageURL)+`}).then(([tab]) => chrome.action.getBadgeText({tabId: tab.id}))`)
		if badge != "3" {
			t.Errorf("badge %q, want the number of questions sent", badge)
		}
		waitFor(t, "the notice in the page", 10*time.Second, func() bool {
			return strings.Contains(noticeText(t, tab), "quizstats 3 questions found, 3 answered by "+srv.URL)
		})
	})

	t.Run("says when the server cannot be reached", func(t *testing.T) {
		down := closedURL(t)
		swEval[any](t, sw, `chrome.storage.local.set({server: `+jsonString(down)+`}).then(() => null)`)
		got := swEval[outcome](t, sw, command)
		if !strings.Contains(got.Error, "Cannot reach the quizstats server at "+down) {
			t.Errorf("command returned %+v, want it to say the server cannot be reached", got)
		}
		waitFor(t, "the notice in the page", 10*time.Second, func() bool {
			return strings.Contains(noticeText(t, tab), "Cannot reach the quizstats server")
		})
	})

	// request.js maps what the extension reads as extract.ToRequest maps
	// what scrape and watch read: the same request, page by page, over the
	// shared and the generated corpus and a page with a cross-site frame.
	t.Run("maps every corpus page as scrape does", func(t *testing.T) {
		corpus := httptest.NewServer(http.FileServer(http.Dir("../../internal/extract/testdata")))
		defer corpus.Close()
		var pages []string
		for _, pattern := range []string{"corpus/*.html", "generated/pages/*.html", "pages/media.html"} {
			names, _ := filepath.Glob(filepath.Join("../../internal/extract/testdata", pattern))
			for _, n := range names {
				rel, _ := filepath.Rel("../../internal/extract/testdata", n)
				pages = append(pages, corpus.URL+"/"+filepath.ToSlash(rel))
			}
		}
		if len(pages) < 60 {
			t.Fatalf("%d corpus pages found, want the shared and the generated corpus", len(pages))
		}
		pages = append(pages, site.URL+"/frame-outer.html")
		// A saved page that opens an alert would hold the tab until a
		// person closes it: close it as one would.
		go func() {
			for _, err := range chromedp.Events(tab, page.JavascriptDialogOpening) {
				if err != nil {
					return
				}
				_, _ = chromedp.Call(tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
			}
		}()
		compared, opened, framed := 0, 0, 0
		for _, u := range pages {
			// Some saved pages name resources of sites that cannot be
			// reached from here; they are read once loaded enough, as
			// scrape reads them.
			nav, cancelNav := context.WithTimeout(tab, 10*time.Second)
			err := chromedp.Do(nav, chromedp.Navigate(u))
			cancelNav()
			if err != nil && !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("%s: %v", u, err)
			}
			res, err := extract.ExtractTab(tab, extract.Settle{Appear: 4 * time.Second})
			if err != nil {
				t.Fatalf("%s: %v", u, err)
			}
			if res.Opened > 0 {
				// The extension only reads: it does not open the custom
				// dropdowns that render their options only while open.
				opened++
				continue
			}
			want, err := json.Marshal(extract.ToRequest(res).Request)
			if err != nil {
				t.Fatal(err)
			}
			read := swEval[struct {
				Mapped struct {
					Request json.RawMessage `json:"request"`
				} `json:"mapped"`
			}](t, sw, `(async () => { const [t] = await chrome.tabs.query({url: `+jsonString(origin(u)+"/*")+`}); return readTab(t.id); })()`)
			// The same request, in Go's encoding of it.
			var req quiz.Request
			if err := json.Unmarshal(read.Mapped.Request, &req); err != nil {
				t.Fatalf("%s: the extension's request %s: %v", u, read.Mapped.Request, err)
			}
			if len(req.Questions) == 0 {
				req.Questions = nil // [] and null: no questions either way
			}
			got, _ := json.Marshal(req)
			if string(got) != string(want) {
				t.Errorf("%s: the extension would send\n%s\nscrape and watch send\n%s", u, got, want)
			}
			compared++
			if res.InFrames > 0 {
				framed++
			}
		}
		t.Logf("%d pages compared (%d with questions in frames), %d left out for the dropdowns the Go driver opened", compared, framed, opened)
		if framed == 0 {
			t.Error("no page with questions in a frame was compared")
		}
	})
}
