package main

import (
	"bufio"
	"context"
	"html/template"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

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

// requireProgram returns the path of a program the test needs, like
// requireChromium.
func requireProgram(t *testing.T, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("QUIZSTATS_REQUIRE_ALL") == "1" {
		t.Fatalf("%s is required (QUIZSTATS_REQUIRE_ALL=1): apt-get install %s", name, pkg)
	}
	t.Skipf("no %s (apt-get install %s)", name, pkg)
	return ""
}

// startXvfb starts a virtual X display for a visible browser, on a display
// number Xvfb picks itself, and returns its DISPLAY. It is stopped, by its
// PID, when the test ends.
func startXvfb(t *testing.T) string {
	t.Helper()
	path := requireProgram(t, "Xvfb", "xvfb")
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(path, "-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatalf("start Xvfb: %v", err)
	}
	w.Close()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	// Xvfb writes its display number once it accepts connections.
	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			t.Fatal("Xvfb exited without a display")
		}
		return ":" + n
	// A loaded machine (the other packages' browsers starting at the same
	// time) has taken over 10 s; waiting longer costs nothing when it is not.
	case <-time.After(60 * time.Second):
		t.Fatal("Xvfb did not start within 60s")
	}
	return ""
}

// quizSite serves testdata/pages on a loopback test server. Its pages are
// at http://127.0.0.1:PORT and, for a second site, http://localhost:PORT;
// frame-outer.html on the one embeds frame-inner.html from the other, a
// cross-site iframe that Chromium runs in a process of its own.
func quizSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir("testdata/pages")))
	outer := template.Must(template.ParseFiles("testdata/pages/frame-outer.html"))
	mux.HandleFunc("GET /frame-outer.html", func(w http.ResponseWriter, r *http.Request) {
		other := "localhost"
		if strings.HasPrefix(r.Host, "localhost:") {
			other = "127.0.0.1"
		}
		_, port, _ := net.SplitHostPort(r.Host)
		inner := template.URL("http://" + net.JoinHostPort(other, port) + "/frame-inner.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		outer.Execute(w, map[string]any{"Inner": inner})
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// otherSite is the same test server under its second site's name.
func otherSite(srv *httptest.Server) string {
	return strings.Replace(srv.URL, "127.0.0.1", "localhost", 1)
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
