package extension

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quizstats/quizstats/internal/extract"
)

func TestWrite(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ext")
	if err := Write(dir); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"manifest.json", "background.js", "request.js", "notice.js", "limits.js", "options.html", "options.js", "extract.js"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("%s not written: %v", name, err)
		}
	}
	if js, _ := os.ReadFile(filepath.Join(dir, "extract.js")); string(js) != extract.Script() {
		t.Error("extract.js is not internal/extract's extractor")
	}
	var m struct {
		Name       string `json:"name"`
		Background struct {
			ServiceWorker string `json:"service_worker"`
		} `json:"background"`
		Commands map[string]struct {
			SuggestedKey map[string]string `json:"suggested_key"`
		} `json:"commands"`
		Permissions []string `json:"permissions"`
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	if m.Name != Name || m.Background.ServiceWorker != "background.js" || m.Commands["capture"].SuggestedKey["default"] != "Alt+Shift+Q" {
		t.Errorf("manifest = %+v", m)
	}
	// Every script the worker imports is written.
	bg, _ := os.ReadFile(filepath.Join(dir, "background.js"))
	if !strings.Contains(string(bg), `importScripts("limits.js", "request.js", "notice.js")`) {
		t.Error("background.js does not import limits.js, request.js and notice.js")
	}

	// Written again over itself: updated in place.
	if err := os.WriteFile(filepath.Join(dir, "extract.js"), []byte("stale"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Write(dir); err != nil {
		t.Fatalf("writing over an earlier extension: %v", err)
	}
	if js, _ := os.ReadFile(filepath.Join(dir, "extract.js")); string(js) != extract.Script() {
		t.Error("extract.js was not updated")
	}
}

func TestWriteRefusesAForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := Write(dir)
	if err == nil || !strings.Contains(err.Error(), "holds no quizstats extension") {
		t.Fatalf("Write into a directory of other files: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "manifest.json")); err == nil {
		t.Error("files were written anyway")
	}
}
