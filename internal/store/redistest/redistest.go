// Package redistest runs a real redis-server for tests: on a free loopback
// port, with its data (AOF on) in the test's temp dir, stopped when the test
// ends. It can be killed with -9 and started again on the same port and
// data, as an outage would.
package redistest

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Server is a running redis-server.
type Server struct {
	t    testing.TB
	Addr string
	dir  string
	cmd  *exec.Cmd
	// extra lines of configuration (a replica's replicaof).
	extra []string
}

// Require fails the test (or skips it outside CI) when a program is missing.
func Require(t testing.TB, program string) string {
	t.Helper()
	path, err := exec.LookPath(program)
	if err == nil {
		return path
	}
	if os.Getenv("QUIZSTATS_REQUIRE_ALL") != "" {
		t.Fatalf("%s is not installed (apt-get install %s); CI runs every test", program, program)
	}
	t.Skipf("%s is not installed", program)
	return ""
}

// Start starts redis-server with append-only persistence.
func Start(t testing.TB) *Server {
	t.Helper()
	Require(t, "redis-server")
	return startServer(t)
}

func startServer(t testing.TB, extra ...string) *Server {
	t.Helper()
	s := &Server{t: t, dir: t.TempDir(), extra: extra}
	s.Addr = freeAddr(t)
	s.start()
	t.Cleanup(s.Kill)
	return s
}

// URL is the server's redis:// URL.
func (s *Server) URL() string { return "redis://" + s.Addr + "/0" }

func (s *Server) start() {
	s.t.Helper()
	host, port, _ := net.SplitHostPort(s.Addr)
	conf := strings.Join(append([]string{
		"bind " + host,
		"port " + port,
		"dir " + s.dir,
		"appendonly yes",
		"appendfsync always", // what the tests kill must be on disk
		"save \"\"",
		"protected-mode no",
		"daemonize no",
		"logfile \"\"",
		// A replica syncs at once, not after the default 5 s of waiting
		// for others to sync with.
		"repl-diskless-sync-delay 0",
	}, s.extra...), "\n") + "\n"
	confPath := filepath.Join(s.dir, "redis.conf")
	if err := os.WriteFile(confPath, []byte(conf), 0o600); err != nil {
		s.t.Fatal(err)
	}
	s.cmd = exec.Command("redis-server", confPath)
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		s.t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		s.t.Fatalf("start redis-server: %v", err)
	}
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		closed := false
		for sc.Scan() {
			if !closed && strings.Contains(sc.Text(), "Ready to accept connections") {
				close(ready)
				closed = true
			}
		}
	}()
	select {
	case <-ready:
	case <-time.After(10 * time.Second):
		s.t.Fatalf("redis-server did not start on %s", s.Addr)
	}
}

// Kill stops the server with SIGKILL, as a crash would.
func (s *Server) Kill() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
	s.cmd = nil
}

// Restart starts the server again on the same address and data.
func (s *Server) Restart() {
	s.t.Helper()
	s.Kill()
	s.start()
}

func freeAddr(t testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// CLI runs one redis-cli command against the server (CONFIG SET maxmemory,
// say) and returns its output.
func (s *Server) CLI(args ...string) (string, error) {
	host, port, _ := net.SplitHostPort(s.Addr)
	out, err := exec.Command("redis-cli", append([]string{"-h", host, "-p", port}, args...)...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("redis-cli %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out)), nil
}

// Flush empties every key, for tests that share one server.
func (s *Server) Flush() error {
	_, err := cli(s.Addr, "FLUSHALL")
	return err
}

// Running reports whether the server process is up (not killed).
func (s *Server) Running() bool { return s.cmd != nil }

// cli runs one redis-cli command against addr and returns its raw output.
func cli(addr string, args ...string) (string, error) {
	host, port, _ := net.SplitHostPort(addr)
	argv := append([]string{"-h", host, "-p", port}, args...)
	out, err := exec.Command("redis-cli", argv...).CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("redis-cli %s: %v: %s", strings.Join(args, " "), err, out)
	}
	return string(out), nil
}
