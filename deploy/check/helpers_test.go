package check

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// repoRoot is the repository's top directory (this package is deploy/check).
func repoRoot(t testing.TB) string {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cannot locate the test source")
	}
	return filepath.Clean(filepath.Join(filepath.Dir(file), "..", ".."))
}

// repoPath joins parts onto the repository root.
func repoPath(t testing.TB, parts ...string) string {
	return filepath.Join(append([]string{repoRoot(t)}, parts...)...)
}

// requireTool returns the path of a program the test needs. When it is
// missing the test fails if QUIZSTATS_REQUIRE_ALL=1 (as in CI, where
// scripts/test installs it), and is skipped otherwise.
func requireTool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	msg := name + " is not installed (Debian package " + debianPackage + "; scripts/test installs it)"
	if os.Getenv("QUIZSTATS_REQUIRE_ALL") == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// runTool runs a program in dir and returns its combined output; a
// non-zero exit fails the test with that output.
func runTool(t testing.TB, dir, name string, args ...string) string {
	t.Helper()
	out, err := runToolErr(t, dir, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

// runToolErr runs a program in dir and returns its output and error.
func runToolErr(t testing.TB, dir, name string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.String(), err
}

// readFile returns a repository file's content.
func readFile(t testing.TB, parts ...string) []byte {
	t.Helper()
	b, err := os.ReadFile(repoPath(t, parts...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func writeFile(path, content string) error {
	return os.WriteFile(path, []byte(content), 0o644)
}
