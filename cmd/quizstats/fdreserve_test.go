//go:build linux

package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

const fdChildEnv = "QUIZSTATS_TEST_FD_CHILD"

// Slow clients that would take every file descriptor of the server do not
// take /health: a serve limited to 200 open files gets 400 connections
// that never finish their request, and /health still answers while they
// hang (without the reserve, accept fails until the header timeout, 10 s,
// frees them).
func TestHealthAnswersWhenSlowClientsFillTheFileLimit(t *testing.T) {
	if dir := os.Getenv(fdChildEnv); dir != "" {
		lim := syscall.Rlimit{Cur: 200, Max: 200}
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			t.Fatal(err)
		}
		env := map[string]string{"QUIZSTATS_DATA": dir, "QUIZSTATS_OLLAMA_URL": "off", "QUIZSTATS_RATE_API": "0"}
		err := run(context.Background(), []string{"quizstats", "serve", "--addr", "127.0.0.1:0"}, func(k string) string { return env[k] }, strings.NewReader(""), os.Stdout, os.Stderr)
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHealthAnswersWhenSlowClientsFillTheFileLimit$")
	cmd.Env = append(os.Environ(), fdChildEnv+"="+t.TempDir())
	logs, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
	})
	addr := ""
	sc := bufio.NewScanner(logs)
	for addr == "" && sc.Scan() {
		addr = listenAddr(sc.Text())
	}
	if addr == "" {
		t.Fatal("the server never listened")
	}
	go func() { // drain the log
		for sc.Scan() {
		}
	}()

	var slow []net.Conn
	defer func() {
		for _, c := range slow {
			c.Close()
		}
	}()
	for range 400 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "GET /api/v1/stats HTTP/1.1\r\nHost: %s\r\n", addr) // and never the blank line
		slow = append(slow, c)
	}
	hc := &http.Client{Timeout: time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	deadline := time.Now().Add(8 * time.Second)
	for {
		resp, err := hc.Get("http://" + addr + "/health")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != 200 {
				t.Fatalf("/health answered %d", resp.StatusCode)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("/health did not answer while 400 slow clients held the server's 200 files: %v", err)
		}
	}
}
