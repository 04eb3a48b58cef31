// Package extension is quizstats' browser extension for Chrome and other
// Chromium browsers (Manifest V3). Its files are embedded in the binary;
// `quizstats extension DIR` writes them, with the extractor, into a
// directory the browser loads unpacked.
package extension

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/quizstats/quizstats/internal/extract"
)

// files are the extension's own files. The extractor, the in-page notice
// and the API's limits (limits.js) are not among them: they are kept once,
// in internal/extract (which scrape and watch run too), and added when the
// extension is written.
//
//go:embed manifest.json background.js request.js options.html options.js icons/*.png
var files embed.FS

// Name is the extension's name, as its manifest gives it.
const Name = "quizstats"

// Write writes the unpacked extension into dir, creating it if needed: the
// extension's files and extract.js. A directory that holds other things
// than an earlier quizstats extension is refused, so that a mistyped path
// does not scatter files over someone's home directory; an earlier
// quizstats extension is updated in place, which the browser's reload
// button then picks up.
func Write(dir string) error {
	if err := checkDir(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write the extension: %w", err)
	}
	err := fs.WalkDir(files, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, path), 0o755)
		}
		b, err := files.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, path), b, 0o644)
	})
	for name, src := range map[string]string{"extract.js": extract.Script(), "notice.js": extract.Notice(), "limits.js": extract.RequestLimitsJS()} {
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644)
		}
	}
	if err != nil {
		return fmt.Errorf("write the extension: %w", err)
	}
	return nil
}

// checkDir refuses a directory that is neither missing, empty, nor an
// earlier quizstats extension.
func checkDir(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("write the extension: %w", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	var m struct {
		Name string `json:"name"`
	}
	if err != nil || json.Unmarshal(raw, &m) != nil || m.Name != Name {
		return fmt.Errorf("%s is not empty and holds no quizstats extension; give a new or empty directory", dir)
	}
	return nil
}
