package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The command holds flags and wiring only: the browser is driven by
// internal/extract, and nothing of chromedp reaches this package but
// through it. An import of chromedp or cdproto here (outside tests) means
// browser work has moved back into the command.
func TestCommandDoesNotDriveTheBrowser(t *testing.T) {
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	out, err := exec.Command(gobin, "list", "-f", `{{join .Imports "\n"}}`, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	imports := strings.Fields(string(out))
	if len(imports) == 0 {
		t.Fatal("go list names no imports; the check would prove nothing")
	}
	for _, imp := range imports {
		if strings.HasPrefix(imp, "github.com/chromedp/") {
			t.Errorf("cmd/quizstats imports %s; drive the browser from internal/extract", imp)
		}
	}
	// Through internal/extract it still depends on chromedp, which shows
	// the check above reads real import lists.
	deps, err := exec.Command(gobin, "list", "-deps", "-f", "{{.ImportPath}}", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps: %v\n%s", err, deps)
	}
	if !strings.Contains(string(deps), "github.com/chromedp/chromedp\n") {
		t.Errorf("go list -deps does not reach chromedp through internal/extract:\n%s", deps)
	}
}
