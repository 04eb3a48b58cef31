package extract

import (
	"context"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"testing"
	"time"
)

var (
	update = flag.Bool("update", false, "rewrite testdata/*.golden from the extractor's output")
	dump   = flag.String("dump", "", "write each corpus page's extraction as JSON into this directory")

	candidatesPage    = flag.String("candidates", "", "log the extractor's candidates for this testdata page path (TestCandidates)")
	candidatesGeneric = flag.Bool("generic", false, "TestCandidates: platform adapters off")
)

// browser is the one Chromium shared by the package's tests (a tab per test).
var testBrowser *Browser

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	path, err := FindBrowser(exec.LookPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	dir, err := os.MkdirTemp("", "extract-test-profile-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := Start(ctx, Config{ExecPath: path, UserDataDir: dir, Flags: map[string]any{
		// The saved pages reference remote scripts, styles and images;
		// the tests must not reach out (nor wait for) the network.
		"host-resolver-rules": "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	testBrowser = b
	defer b.Close()
	return m.Run()
}

// serveTestdata serves testdata/ on a loopback test server.
func serveTestdata(t testing.TB) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	t.Cleanup(srv.Close)
	return srv
}

// openTab opens a tab on the shared browser for the test.
func openTab(t testing.TB) *Tab {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	tab, err := testBrowser.NewTab(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(tab.Close)
	return tab
}

// extractURL loads url in a fresh tab and extracts it.
func extractURL(t testing.TB, url string) *Result {
	t.Helper()
	return extractURLWith(t, url, Options{})
}

func extractURLWith(t testing.TB, url string, opts Options) *Result {
	t.Helper()
	tab := openTab(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := tab.Navigate(ctx, url); err != nil {
		t.Fatal(err)
	}
	// Pages with no question are watched for one to appear; the test
	// pages that render late do so within 3 s, and a shorter watch keeps
	// the many empty (decoy) pages quick.
	if opts.Settle.Appear == 0 {
		opts.Settle.Appear = 3500 * time.Millisecond
	}
	res, err := tab.ExtractWith(ctx, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}
