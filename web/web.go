// Package web is the dashboard and its presenter view: plain HTML, CSS and
// JavaScript embedded in the binary, so that they work on a machine with no
// network beyond the server itself, served by quizstats serve at / and
// /present.
package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

// static holds the dashboard's files. go:embed works only on a package
// variable; it is read-only, so it is no shared state.
//
//go:embed static
var static embed.FS

// contentType is set explicitly rather than looked up in the system's MIME
// tables, which differ between machines.
func contentType(ext string) (string, bool) {
	switch ext {
	case ".html":
		return "text/html; charset=utf-8", true
	case ".js":
		return "text/javascript; charset=utf-8", true
	case ".css":
		return "text/css; charset=utf-8", true
	case ".svg":
		return "image/svg+xml", true
	}
	return "", false
}

// CSP fits a dashboard that loads only its own files and talks only to its
// own server: scripts and styles from files (no inline code), a WebSocket to
// the same host, never framed by another site.
const CSP = "default-src 'self'; connect-src 'self'; img-src 'self' data:; " +
	"base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'"

// file is one embedded file, ready to serve.
type file struct {
	name        string
	body        []byte
	etag        string
	contentType string
}

// Files returns the dashboard's files by URL path, with their sizes: the
// whole page's weight, for the budget test.
func Files() (map[string]int, error) {
	files, err := load()
	if err != nil {
		return nil, err
	}
	sizes := map[string]int{}
	for p, f := range files {
		sizes[p] = len(f.body)
	}
	return sizes, nil
}

// load reads the embedded files into a table by URL path.
func load() (map[string]*file, error) {
	files := map[string]*file{}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		ct, ok := contentType(path.Ext(p))
		if !ok {
			return fmt.Errorf("web: no content type for %s", p)
		}
		sum := sha256.Sum256(body)
		urlPath := strings.TrimPrefix(p, "static")
		// Pages are served at their names without .html: the dashboard at
		// /, the presenter view at /present, the audit view at /audit.
		switch urlPath {
		case "/index.html":
			urlPath = "/"
		case "/present.html":
			urlPath = "/present"
		case "/audit.html":
			urlPath = "/audit"
		}
		files[urlPath] = &file{name: path.Base(p), body: body, etag: `"` + hex.EncodeToString(sum[:8]) + `"`, contentType: ct}
		return nil
	})
	return files, err
}

// Handler serves the dashboard. Every file is revalidated on each load
// (Cache-Control: no-cache with an ETag): they are small, a 304 costs
// nothing, and a new binary must never meet an old script in a cache.
func Handler() http.Handler {
	files, err := load()
	if err != nil {
		// The files are compiled in: this is a broken build, not a
		// condition to handle at run time.
		panic(err)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", CSP)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		f, ok := files[r.URL.Path]
		if !ok {
			http.Error(w, "404 not found: the dashboard is at /", http.StatusNotFound)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			h.Set("Allow", "GET, HEAD")
			http.Error(w, "405 method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.Set("Content-Type", f.contentType)
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", f.etag)
		http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.body))
	})
}
