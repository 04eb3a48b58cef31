package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/store/redistest"
)

// bulkyQuiz is a quiz of its own (n makes it unique, so the cache never
// answers it) of about 30 KB, so that a small store fills in a few dozen.
func bulkyQuiz(n int) map[string]any {
	var qs []map[string]any
	for i := range 8 {
		qs = append(qs, map[string]any{
			"text":    fmt.Sprintf("Quiz %d, question %d: %s", n, i, strings.Repeat("which of these is right? ", 140)),
			"options": []string{"alpha", "beta", "gamma", "delta"},
		})
	}
	return map[string]any{"source": map[string]string{"url": fmt.Sprintf("https://example.com/q/%d", n)}, "questions": qs}
}

// storeFault runs analyses against a store until it refuses writes, then
// checks the contract: every analysis answered "stored": true is in the
// history; those answered "stored": false said why; while the store refuses
// writes, new analyses get 503 store_read_only and /ready says why; once
// fix() gives the store room, the failed writes are redone and new
// analyses are stored again.
func storeFault(t *testing.T, srv *instance, fix func()) {
	t.Helper()
	var stored, notStored []string
	refused := false
	for n := 0; n < 400 && !refused; n++ {
		var res analyzeResponse
		var e errorResponse
		resp := api(t, "POST", srv.URL+"/api/v1/analyze", bulkyQuiz(n), nil)
		switch resp.StatusCode {
		case 200:
			decodeBody(t, resp, &res)
			if res.Stored {
				stored = append(stored, res.ID)
				continue
			}
			if res.StoreError == nil || res.StoreError.Message == "" {
				t.Fatalf("analysis %s answered \"stored\": false without a reason", res.ID)
			}
			notStored = append(notStored, res.ID)
		case 503:
			decodeBody(t, resp, &e)
			if e.Error.Code != "store_read_only" || resp.Header.Get("Retry-After") == "" {
				t.Fatalf("503 while the store refuses writes: %+v, Retry-After %q", e.Error, resp.Header.Get("Retry-After"))
			}
			refused = true
		default:
			t.Fatalf("analyze %d: status %d", n, resp.StatusCode)
		}
	}
	if !refused || len(notStored) == 0 {
		t.Fatalf("the store never filled: %d stored, %d not stored, refused %v\n%s", len(stored), len(notStored), refused, srv.Logs)
	}
	t.Logf("%d analyses stored, %d answered as not stored, then 503", len(stored), len(notStored))

	var ready struct {
		Status string            `json:"status"`
		Checks map[string]string `json:"checks"`
	}
	api(t, "GET", srv.URL+"/ready", nil, &ready)
	if ready.Checks["store_writes"] == "ok" || ready.Checks["store_writes"] == "" {
		t.Errorf("/ready while writes fail: %+v; want the store_writes check to say why", ready)
	}
	for _, id := range stored {
		if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+id, nil, nil); r.StatusCode != 200 {
			t.Fatalf("analysis %s was answered \"stored\": true but GET says %d", id, r.StatusCode)
		}
	}

	fix()
	eventually(t, "the failed writes are redone", func() bool {
		api(t, "GET", srv.URL+"/ready", nil, &ready)
		return ready.Checks["store_writes"] == "ok"
	})
	for _, id := range append(stored, notStored...) {
		if r := api(t, "GET", srv.URL+"/api/v1/analyses/"+id, nil, nil); r.StatusCode != 200 {
			t.Errorf("analysis %s is not in the history after the store has room again: %d", id, r.StatusCode)
		}
	}
	var res analyzeResponse
	if r := api(t, "POST", srv.URL+"/api/v1/analyze", bulkyQuiz(1000), &res); r.StatusCode != 200 || !res.Stored {
		t.Errorf("an analysis once the store has room: status %d, stored %v (%+v)", r.StatusCode, res.Stored, res.StoreError)
	}
}

// A full disk (a 3 MiB tmpfs under the bbolt file): nothing acknowledged
// is lost, and writes resume when there is room.
func TestDiskFullLosesNoAcknowledgedAnalysis(t *testing.T) {
	dir := smallTmpfs(t, "3m")
	// Room is made later by deleting this.
	filler := filepath.Join(dir, "filler")
	if err := os.WriteFile(filler, make([]byte, 1<<20), 0o600); err != nil {
		t.Fatal(err)
	}
	f := planetFake(t)
	env := modelEnv(f)
	env["QUIZSTATS_DATA"] = filepath.Join(dir, "data")
	srv := startServe(t, env)
	storeFault(t, srv, func() {
		if err := os.Remove(filler); err != nil {
			t.Fatal(err)
		}
	})
}

// Redis at maxmemory with noeviction (the shipped policy): the same.
func TestRedisOutOfMemoryLosesNoAcknowledgedAnalysis(t *testing.T) {
	rs := redistest.Start(t)
	if _, err := rs.CLI("CONFIG", "SET", "maxmemory-policy", "noeviction"); err != nil {
		t.Fatal(err)
	}
	// A little above what an empty server uses.
	if _, err := rs.CLI("CONFIG", "SET", "maxmemory", "3mb"); err != nil {
		t.Fatal(err)
	}
	f := planetFake(t)
	env := modelEnv(f)
	env["REDIS_URL"] = rs.URL()
	srv := startServe(t, env)
	storeFault(t, srv, func() {
		if _, err := rs.CLI("CONFIG", "SET", "maxmemory", "0"); err != nil {
			t.Fatal(err)
		}
	})
}

// decodeBody decodes the JSON body api kept.
func decodeBody(t *testing.T, resp *http.Response, out any) {
	t.Helper()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("status %d: the body is not the expected JSON: %v", resp.StatusCode, err)
	}
}

// smallTmpfs mounts a tmpfs of the given size (as mount -o size= takes it)
// in a temp dir and unmounts it when the test ends. It needs root, as CI
// runs.
func smallTmpfs(t *testing.T, size string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		if os.Getenv("QUIZSTATS_REQUIRE_ALL") != "" {
			t.Fatal("a full disk is simulated with a small tmpfs, which needs root; CI runs as root")
		}
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Fatalf("mount tmpfs: %v: %s", err, out)
	}
	// Registered after TempDir's cleanup, so it runs before it.
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", dir, err, out)
		}
	})
	return dir
}
