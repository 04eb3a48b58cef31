package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"

	"github.com/quizstats/quizstats/extension"
	"github.com/quizstats/quizstats/internal/extract"
)

func runExtension(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("quizstats extension", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: quizstats extension DIR

Writes the quizstats browser extension (for Chrome, Chromium, Edge, Brave) into
DIR, with the same extractor as quizstats scrape and watch, for the browser's
"Load unpacked". Run it again after upgrading quizstats to update the
extension in place, then press its reload button in chrome://extensions.
`)
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil
		}
		return &exitError{code: 2, err: errQuiet}
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return &exitError{code: 2, err: fmt.Errorf("extension takes one directory, got %d arguments", fs.NArg())}
	}
	dir, err := filepath.Abs(fs.Arg(0))
	if err != nil {
		return err
	}
	if err := extension.Write(dir); err != nil {
		return err
	}
	fmt.Fprintf(stdout, `Wrote the quizstats extension to %s.

To install it in Chrome (or Chromium, Edge, Brave):
  1. open chrome://extensions and turn on "Developer mode";
  2. press "Load unpacked" and choose %s.

On a page with a quiz, press %s (or the extension's toolbar button): the
questions go to http://127.0.0.1:8080 unless the extension's options name
another server (and its token). The shortcut can be changed at
chrome://extensions/shortcuts.
`, dir, dir, extract.DefaultShortcut)
	return nil
}
