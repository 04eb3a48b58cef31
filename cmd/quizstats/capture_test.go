package main

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/extract"
)

// Helpers of the capture tests: scrape, watch and the extension.

// requireChromium returns the Chromium the capture tests drive. Without one
// the test is skipped, or fails when CI asked for every test to run
// (QUIZSTATS_REQUIRE_ALL=1).
func requireChromium(t *testing.T) string {
	t.Helper()
	path, err := extract.FindBrowser(exec.LookPath)
	if err == nil {
		return path
	}
	if os.Getenv("QUIZSTATS_REQUIRE_ALL") == "1" {
		t.Fatalf("Chromium is required (QUIZSTATS_REQUIRE_ALL=1): %v", err)
	}
	t.Skipf("no Chromium: %v", err)
	return ""
}

// quizSite serves testdata/pages on a loopback test server.
func quizSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata/pages")))
	t.Cleanup(srv.Close)
	return srv
}

// closedURL is the URL of a loopback port nothing listens on.
func closedURL(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return "http://" + addr
}

// cmdRun is one quizstats command run in-process through run().
type cmdRun struct {
	stdout, stderr *syncBuffer
	err            error // once done is closed
	done           chan struct{}
}

// startCmd starts a quizstats command with exactly the environment env.
func startCmd(ctx context.Context, env map[string]string, args ...string) *cmdRun {
	r := &cmdRun{stdout: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan struct{})}
	getenv := func(k string) string { return env[k] }
	go func() {
		defer close(r.done)
		r.err = run(ctx, append([]string{"quizstats"}, args...), getenv, strings.NewReader(""), r.stdout, r.stderr)
	}()
	return r
}

// runCmd runs a quizstats command to its end.
func runCmd(ctx context.Context, env map[string]string, args ...string) *cmdRun {
	r := startCmd(ctx, env, args...)
	<-r.done
	return r
}
