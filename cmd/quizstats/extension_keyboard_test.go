package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"github.com/quizstats/quizstats/internal/quiz"
)

// The extension as a person installs and uses it: written by `quizstats
// extension DIR`, loaded unpacked into a visible Chromium, its options page
// filled in and saved, then the keyboard shortcut pressed on a quiz page:
// the quiz reaches the running server and the page says how it went.
func TestExtensionShortcutOnAVisibleBrowser(t *testing.T) {
	chrome := requireChromium(t)
	requireProgram(t, "xdotool", "xdotool")
	display := startXvfb(t)
	site := quizSite(t)
	srv := startServe(t, modelEnv(planetFake(t)))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	dir := filepath.Join(t.TempDir(), "extension")
	if r := runCmd(ctx, map[string]string{}, "extension", dir); r.err != nil {
		t.Fatalf("quizstats extension: %v\n%s", r.err, r.stderr)
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		chromedp.ExecPath(chrome),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Env("DISPLAY="+display),
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.DisableGPU,
		chromedp.Flag("no-sandbox", os.Geteuid() == 0),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.WindowSize(1200, 900),
		chromedp.Flag("load-extension", dir),
		chromedp.Flag("disable-extensions-except", dir),
	)
	defer cancelAlloc()
	browser, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(browser); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}

	var swID target.ID
	var extID string
	waitFor(t, "the extension's service worker", 20*time.Second, func() bool {
		infos, err := chromedp.Targets(browser)
		for _, info := range infos {
			if err == nil && info.Type == "service_worker" && strings.HasPrefix(info.URL, "chrome-extension://") && strings.HasSuffix(info.URL, "/background.js") {
				swID = info.TargetID
				extID = strings.TrimSuffix(strings.TrimPrefix(info.URL, "chrome-extension://"), "/background.js")
			}
		}
		return swID != ""
	})
	sw, cancelSW := chromedp.NewContext(browser, chromedp.WithTargetID(swID))
	defer cancelSW()
	if err := chromedp.Do(sw); err != nil {
		t.Fatalf("attach to the service worker: %v", err)
	}

	// The options page, filled in and saved with a click.
	opts, cancelOpts := chromedp.NewContext(browser)
	if err := chromedp.Do(opts, chromedp.Navigate("chrome-extension://"+extID+"/options.html")); err != nil {
		t.Fatalf("open the options page: %v", err)
	}
	// The page fills the form from storage once it has loaded; typing
	// before that would be overwritten.
	waitFor(t, "the options page to show the saved server", 10*time.Second, func() bool {
		return evalIn[string](t, opts, `document.getElementById("server").value`) == "http://127.0.0.1:8080"
	})
	if err := chromedp.Do(opts,
		chromedp.SendKeys(chromedp.ID("server"), "\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b\b"+srv.URL),
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)),
	); err != nil {
		t.Fatalf("fill in the options: %v", err)
	}
	var status string
	waitFor(t, "the options page to say it saved", 10*time.Second, func() bool {
		status = evalIn[string](t, opts, `document.getElementById("status").textContent`)
		return status != ""
	})
	if status != "Saved." {
		t.Fatalf("the options page says %q, want Saved.", status)
	}
	origin := srv.URL
	if !swEval[bool](t, sw, `chrome.permissions.contains({origins: [`+jsonString(origin+"/*")+`]})`) {
		t.Fatalf("after saving %s the extension may not reach it; it holds %v", origin, swEval[any](t, sw, `chrome.permissions.getAll()`))
	}
	cancelOpts() // closes the tab, as the person closes the options

	tab, cancelTab := chromedp.NewContext(browser)
	defer cancelTab()
	pageURL := site.URL + "/planets.html"
	if err := chromedp.Do(tab, chromedp.Navigate(pageURL)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(tab, page.BringToFront, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	display0 := dial(t, ctx, srv.URL, "")
	window := browserWindow(t, display, "Astronomy quiz")
	pressKeys(t, display, window, "alt+shift+q")

	started := readUntil(t, display0, quiz.EventStarted)
	e := started[len(started)-1]
	if e.Source == nil || e.Source.URL != pageURL {
		t.Fatalf("started event %s, want an analysis of %s", e.raw, pageURL)
	}
	want := []quiz.Question{
		{Text: "Which planet is known as the Red Planet?", Options: []string{"Venus", "Mars", "Jupiter", "Saturn"}, Kind: "single"},
		{Text: "Which of these are gas giants?", Options: []string{"Jupiter", "Mars", "Saturn", "Mercury"}, Kind: "multiple"},
		{Text: "The Moon orbits the Earth.", Options: []string{"True", "False"}, Kind: "truefalse"},
	}
	if diff := cmp.Diff(want, e.Questions); diff != "" {
		t.Errorf("questions the server got (-want +got):\n%s", diff)
	}
	waitFor(t, "the notice with the counts", 20*time.Second, func() bool {
		return strings.Contains(noticeText(t, tab), "3 questions found, 3 answered by "+srv.URL)
	})
	// QUIZSTATS_SCREENSHOTS=DIR keeps a picture of the screen, for a person
	// to look at the notice and the toolbar icon.
	if dir := os.Getenv("QUIZSTATS_SCREENSHOTS"); dir != "" {
		cmd := exec.Command("import", "-display", display, "-window", "root", filepath.Join(dir, "extension-shortcut.png"))
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Logf("screenshot: %v\n%s", err, out)
		}
	}
}
