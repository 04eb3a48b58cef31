package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/quizstats/quizstats/internal/quiz"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds quizstats once per test run.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "quizstats-bin-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "quizstats")
		out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// process is quizstats serve running as a separate process.
type process struct {
	cmd  *exec.Cmd
	URL  string
	logs *syncBuffer
}

func startProcess(t *testing.T, env map[string]string, dataDir string) *process {
	t.Helper()
	cmd := exec.Command(binary(t), "serve", "--addr", "127.0.0.1:0", "--data", dataDir)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir(), "QUIZSTATS_OLLAMA_URL=off",
		"QUIZSTATS_RATE_API=0", "QUIZSTATS_RATE_ANALYZE=0",
		// The model check at start is a model call of its own; tests
		// that count calls count the analyses' only, as the in-process
		// servers of helpers_test.go do.
		"QUIZSTATS_MODEL_CHECK_EVERY=0"}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, logs: &syncBuffer{}}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			p.logs.Write(append(sc.Bytes(), '\n'))
			if a := listenAddr(sc.Text()); a != "" {
				addr <- a
			}
		}
	}()
	select {
	case a := <-addr:
		p.URL = "http://" + a
	case <-time.After(15 * time.Second):
		t.Fatalf("quizstats did not listen:\n%s", p.logs)
	}
	return p
}

// An answered analysis survives kill -9, and event numbers never go back.
func TestProcessKill9KeepsHistory(t *testing.T) {
	f := planetFake(t)
	data := t.TempDir()
	p := startProcess(t, modelEnv(f), data)

	display := dial(t, context.Background(), p.URL, "")
	var r analyzeResponse
	if resp := api(t, "POST", p.URL+"/api/v1/analyze", planetQuiz, &r); resp.StatusCode != 200 {
		t.Fatalf("analyze: %d\n%s", resp.StatusCode, p.logs)
	}
	events := readUntil(t, display, quiz.EventCompleted)
	lastSeq := events[len(events)-1].Seq

	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	p.cmd.Wait()

	p2 := startProcess(t, modelEnv(f), data)
	var a quiz.Analysis
	if resp := api(t, "GET", p2.URL+"/api/v1/analyses/"+r.ID, nil, &a); resp.StatusCode != 200 {
		t.Fatalf("after kill -9 the analysis is gone: %d", resp.StatusCode)
	}
	if len(a.Answers) != 4 || a.Answers[0].Choices[0] != 1 || a.Source.Title != "Astronomy quiz 1" {
		t.Errorf("analysis after restart = %+v", a)
	}
	// Still cached: no second model call.
	var again analyzeResponse
	api(t, "POST", p2.URL+"/api/v1/analyze", planetQuiz, &again)
	if !again.Cached || f.Calls() != 1 {
		t.Errorf("after restart: cached=%v, model calls %d", again.Cached, f.Calls())
	}
	// A display that resumes from the last seq it saw gets the new events,
	// numbered after it.
	back := dial(t, context.Background(), p2.URL, fmt.Sprintf("?since=%d", lastSeq))
	other := map[string]any{"questions": []map[string]any{{"text": "Largest planet?", "options": []string{"Earth", "Jupiter"}}}}
	api(t, "POST", p2.URL+"/api/v1/analyze", other, nil)
	for _, e := range readUntil(t, back, quiz.EventStarted) {
		if e.Seq <= lastSeq {
			t.Errorf("after restart, event seq %d is not after %d", e.Seq, lastSeq)
		}
	}
}

// quizstats version prints a version.
func TestProcessVersion(t *testing.T) {
	out, err := exec.Command(binary(t), "version").CombinedOutput()
	if err != nil || !strings.HasPrefix(string(out), "quizstats ") {
		t.Errorf("version: %q %v", out, err)
	}
	out, err = exec.Command(binary(t), "frobnicate").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "unknown command") {
		t.Errorf("unknown command: %q %v", out, err)
	}
}
